// Issue #25, the start-up waterfall of the CDN build (dist/cdn, from `npm run build`): a muted
// autoplaying player imports its hls.js build while the master playlist comes down, and a page's
// <link rel="modulepreload"> of that build is the one fetch of it. Each page runs in a frame of its
// own (its own module map and resource timing); the master playlist is answered 400 ms late
// (test/servers/media-faults.mjs) so that "while it comes down" is a window resource timing shows.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';

const SLOW_MASTER = '/__faults/slow/400/demo/media/replay/master.m3u8';
const ENGINE = /\/dist\/cdn\/hls-(light|subtitles|full)\.js$/;

/**
 * A page with the CDN entry, `head` in its <head>, and one muted autoplaying player of `src`
 * (with `attrs`); the page notes when the player fires `playing` (`__playing`, its clock).
 */
async function page(head: string, src = SLOW_MASTER, lang = 'en', attrs = '') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'border:0;width:100vw;height:100vh;display:block';
  frame.srcdoc = `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head>${head}
<script type="module" src="/dist/cdn/shoppable-video.js"></script></head>
<body style="margin:0"><shoppable-video src="${src}" muted autoplay style="width:100%" ${attrs}></shoppable-video>
<script>document.querySelector('shoppable-video').addEventListener('playing', () => (window.__playing ??= performance.now()))</script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  const resources = () => win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const player = () => win.document.querySelector('shoppable-video') as (HTMLElement & { currentTime: number }) | null;
  await waitUntil(() => (player()?.currentTime ?? 0) > 0.2, 'the player plays', { timeout: 15_000 });
  const engines = resources().filter((e) => ENGINE.test(new URL(e.name).pathname));
  const master = resources().find((e) => e.name.endsWith(SLOW_MASTER) || e.name.endsWith('/master.m3u8'))!;
  const entry = resources().find((e) => e.name.endsWith('/dist/cdn/shoppable-video.js'))!;
  const playingAt = (win as unknown as { __playing: number }).__playing;
  const at = (name: string) => (win as unknown as Record<string, number>)[name];
  const find = (path: string) => resources().find((e) => new URL(e.name).pathname.startsWith(path));
  return { engines, master, entry, playingAt, find, player, at, names: engines.map((e) => ENGINE.exec(new URL(e.name).pathname)![1]), done: () => frame.remove() };
}

describe('start-up waterfall of the CDN build', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the modulepreload recipe: the engine is fetched once, before the master playlist has arrived, and plays (phone, ar)', async () => {
    await setViewport({ width: 390, height: 844 });
    const { engines, master, entry, names, done } = await page('<link rel="modulepreload" href="/dist/cdn/hls-subtitles.js">', SLOW_MASTER, 'ar');
    expect(names, 'one request for the engine, the linked build').to.deep.equal(['subtitles']);
    expect(engines[0].responseStatus, 'the link names the file the entry imports').to.equal(200);
    // Chromium gives a modulepreload's entry the initiator type "other": that the link fetched it
    // shows in its start, before the entry module that would import it had arrived.
    expect(engines[0].startTime, 'fetched by the link').to.be.below(entry.responseEnd);
    expect(engines[0].startTime, 'requested before the master playlist arrived').to.be.below(master.responseEnd);
    done();
  });

  it('without a link, the likely build is imported in parallel with the master playlist (desktop)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { engines, master, names, done } = await page('');
    expect(names, 'the subtitles build only').to.deep.equal(['subtitles']);
    expect(engines[0].startTime, 'requested before the master playlist arrived').to.be.below(master.responseEnd);
    done();
  });

  it("the entry's first code requests the master playlist and the engine, before the elements are defined (phone, ar)", async () => {
    await setViewport({ width: 390, height: 844 });
    // Before the entry: the moment `shoppable-video` is defined (the entry's last step), in the page's clock.
    const defineClock = `<script>{const define = customElements.define.bind(customElements);
customElements.define = (name, ...rest) => { if (name === 'shoppable-video') window.__defined = performance.now(); return define(name, ...rest); };}</script>`;
    const { engines, master, names, at, player, done } = await page(defineClock, SLOW_MASTER, 'ar');
    expect(names, 'one request for the engine').to.deep.equal(['subtitles']);
    expect(master.startTime, 'the master playlist was requested before the element was defined').to.be.below(at('__defined'));
    expect(engines[0].startTime, 'the engine was requested before the element was defined').to.be.below(at('__defined'));
    expect(resourcesOf(player()!, SLOW_MASTER), 'the master playlist, once: the engine took the early fetch over').to.equal(1);
    done();
  });

  it("opens the video's MediaSource while the master playlist is on its way, and hls.js plays through it (desktop)", async () => {
    await setViewport({ width: 1280, height: 800 });
    // Before the entry: every MediaSource made on the page, and when it opened.
    const recorder = `<script>window.__sources = []; const Native = MediaSource;
window.MediaSource = class extends Native { constructor() { super(); const made = { made: performance.now() }; __sources.push(made);
this.addEventListener('sourceopen', () => (made.open ??= performance.now())); } };</script>`;
    const { master, player, done } = await page(recorder);
    const sources = (player()!.ownerDocument.defaultView as unknown as { __sources: { made: number; open?: number }[] }).__sources;
    expect(sources.length, "one MediaSource: hls.js took the early one over rather than making its own").to.equal(1);
    expect(sources[0].open, 'it opened before the master playlist arrived (400 ms late)').to.be.below(master.responseEnd);
    done();
  });

  it('a muted autoplaying player far below the fold starts nothing early, nor by itself (phone)', async () => {
    await setViewport({ width: 390, height: 844 });
    const frame = document.createElement('iframe');
    frame.style.cssText = 'border:0;width:100vw;height:100vh;display:block';
    frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="/dist/cdn/shoppable-video.js"></script></head>
<body style="margin:0"><div style="height:4000px"></div><shoppable-video src="${SLOW_MASTER}" muted autoplay style="display:block;width:100%;aspect-ratio:16/9"></shoppable-video></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('shoppable-video');
    // Two frames: the element's first update and its visibility observer's first answer have run.
    for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    const fetched = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname);
    expect(fetched.filter((p) => p.endsWith('.m3u8') || ENGINE.test(p)), 'no playlist, no engine').to.deep.equal([]);
    frame.remove();
  });

  it('a playlist that needs another build than the linked one still plays, with the build it needs (phone)', async () => {
    await setViewport({ width: 390, height: 844 });
    const { engines, master, names, done } = await page('<link rel="modulepreload" href="/dist/cdn/hls-light.js">');
    expect(names, 'the linked light build, then the subtitles build the playlist needs').to.deep.equal(['light', 'subtitles']);
    expect(engines[1].startTime, 'chosen from the playlist').to.be.at.least(master.responseEnd);
    done();
  });

  it('the show document is fetched before the first frame, and the shop layer only after it, then shows the show (phone)', async () => {
    await setViewport({ width: 390, height: 844 });
    const { playingAt, find, player, done } = await page('', SLOW_MASTER, 'en', 'show="/demo/shows/spring-launch.json"');
    const show = find('/demo/shows/spring-launch.json');
    expect(show, 'the show document was fetched').to.exist;
    expect(show!.startTime, 'the show document was requested before the video played').to.be.below(playingAt);
    const moments = () =>
      (player() as unknown as { shopLoader: { shop?: { showController: { moments: unknown[] } } } }).shopLoader.shop?.showController.moments.length ?? 0;
    await waitUntil(() => moments() > 0, 'the shop layer came with the show');
    const layer = find('/dist/cdn/shop-layer-');
    expect(layer!.startTime, 'the shop layer was requested after the video played').to.be.above(playingAt);
    expect(resourcesOf(player()!, '/demo/shows/spring-launch.json'), 'the show document, once').to.equal(1);
    done();
  });
});

/** How many requests for `path` the player's page made. */
const resourcesOf = (el: Element, path: string) =>
  el.ownerDocument.defaultView!.performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === path).length;
