// The control bar at phone and desktop sizes, in every built-in language: everything fits inside
// the player and a real pointer at each control's centre reaches it; the overflow, audio and
// quality menus work with real clicks; times read left to right, isolated, with the locale's digits.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { Strings } from '../../src/core/strings.js';
import { en } from '../../src/core/strings.js';
import { ar } from '../../src/core/locales/ar.js';
import { de } from '../../src/core/locales/de.js';
import { es } from '../../src/core/locales/es.js';
import { fr } from '../../src/core/locales/fr.js';
import { ja } from '../../src/core/locales/ja.js';
import { zhHans } from '../../src/core/locales/zh-Hans.js';

const SHOW = '/demo/shows/spring-launch.json';
/** 6 s, two quality levels (180p, 90p), two audio renditions (English, Français). */
const RENDITIONS = '/demo/media/renditions/master.m3u8';
const TABLES: [string, Partial<Strings>][] = [
  ['en', en],
  ['ja', ja],
  ['de', de],
  ['ar', ar],
  ['es', es],
  ['fr', fr],
  ['zh-CN', zhHans],
];

type Hls = { audioTrack: number; audioTracks: unknown[]; levels: { height: number }[]; manualLevel: number; autoLevelEnabled: boolean };
const hlsOf = (el: ShoppableVideo) => el.hls as unknown as Hls | null;
const part = (el: ShoppableVideo, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const box = (el: ShoppableVideo) => part(el, 'player')!.getBoundingClientRect();
const centre = (target: Element): [number, number] => {
  const r = target.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
};

/** What a pointer at (x, y) lands on, through open shadow roots. */
function hit(x: number, y: number): Element | null {
  let node = document.elementFromPoint(x, y);
  while (node?.shadowRoot) {
    const inner = node.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === node) break;
    node = inner;
  }
  return node;
}

/** Two frames (the bar's ResizeObserver answers in between) and the renders they cause. */
async function settle(el: ShoppableVideo) {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
  }
}

/** A player of the given width and shape with every control: captions, audio, quality, products, cart. */
async function player(width: number, locale: string, shape: '16:9' | '9:16' = '16:9'): Promise<ShoppableVideo> {
  const el = await fixture<ShoppableVideo>(html`<div style="width: ${width}px">
    <shoppable-video
      style="--shoppable-aspect-ratio: ${shape === '16:9' ? '16 / 9' : '9 / 16'}"
      show=${SHOW}
      src=${RENDITIONS}
      locale=${locale}
      cart-url="/cart"
      cart-count="3"
      preload="auto"
      muted
    ></shoppable-video>
  </div>`).then((w) => w.querySelector('shoppable-video')!);
  el.captions = [{ src: '/demo/media/en.vtt', srclang: 'en', label: 'English' }];
  el.scrollIntoView({ block: 'start' });
  const table = TABLES.find(([l]) => l === locale)![1];
  await waitUntil(
    () => part(el, 'products-button') && part(el, 'play-button')?.getAttribute('aria-label') === table.play && (hlsOf(el)?.levels.length ?? 0) > 1 && (hlsOf(el)?.audioTracks.length ?? 0) > 1,
    `${locale}: the player, its show, strings and renditions did not load`,
    { timeout: 10000 },
  );
  await settle(el);
  return el;
}

/** Every visible control of the bar (and the seek bar and time): inside the player, and hit at its centre. */
function expectAllReachable(el: ShoppableVideo, what: string) {
  part(el, 'controls')!.scrollIntoView({ block: 'end' }); // a 9:16 player 1280 px wide is taller than the page
  const outer = box(el);
  const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.bar [part~="control"], .bar [part~="volume"], .bar [part~="time"], [part~="timeline"]')].filter(
    (c) => c.getClientRects().length > 0, // shown (the volume slider is display: none on phones)
  );
  expect(controls.length, what).to.be.greaterThan(4);
  for (const c of controls) {
    const r = c.getBoundingClientRect();
    const name = `${what}: ${c.getAttribute('part')}`;
    expect(r.left, name).to.be.at.least(outer.left - 0.5);
    expect(r.right, name).to.be.at.most(outer.right + 0.5);
    expect(r.top, name).to.be.at.least(outer.top - 0.5);
    expect(r.bottom, `${name} on screen`).to.be.at.most(innerHeight);
    expect(r.bottom, name).to.be.at.most(outer.bottom + 0.5);
    // The time is text, not a control: it lets taps through to the video.
    if (c.matches('[part~="time"]')) continue;
    const landed = hit(...centre(c));
    const target = c.matches('[part~="timeline"]') ? c.parentElement! : c; // a marker on it seeks too
    expect(!!landed && target.contains(landed), `${name} is covered by ${landed?.outerHTML.slice(0, 80)}`).to.be.true;
  }
  // One line each: a wrapped "1倍速" would be twice as tall.
  const rate = el.shadowRoot!.querySelector('.bar .rate');
  if (rate) expect(rate.getClientRects().length, `${what}: rate wraps`).to.equal(1);
}

describe('<shoppable-video> control bar that fits', () => {
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, viewport] of [
    [320, 390],
    [358, 390],
    [1280, 1300],
  ] as const) {
    for (const shape of ['16:9', '9:16'] as const) {
      for (const [locale] of TABLES) {
        it(`${width} px ${shape}, ${locale}: every control inside the player and reachable at its centre`, async () => {
          await setViewport({ width: viewport, height: 844 });
          const el = await player(width, locale, shape);
          expectAllReachable(el, `${width} ${shape} ${locale}`);
          if (width === 1280) {
            expect(part(el, 'more-button'), 'no overflow at 1280').to.be.null;
            for (const name of ['audio-button', 'quality-button', 'rate-button', 'captions-button', 'fullscreen-button']) {
              expect(part(el, name), name).to.exist;
            }
          } else {
            expect(part(el, 'more-button'), 'an overflow button on a phone').to.exist;
          }
        });
      }
    }
  }

  it('the overflow menu opens with a real click, lists the moved controls, and sets the speed from there', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await player(320, 'en');
    expect(part(el, 'rate-button')).to.be.null;
    const more = part(el, 'more-button')!;
    expect(more.getAttribute('aria-label')).to.equal('More');
    await sendMouse({ type: 'click', position: centre(more) });
    await el.updateComplete;
    const menu = part(el, 'menu')!;
    expect(menu.getAttribute('aria-label')).to.equal('More');
    const items = () => [...part(el, 'menu')!.querySelectorAll<HTMLElement>('[part~="menu-item"]')];
    const labels = items().map((i) => i.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.include.members(['Audio English', 'Quality Auto', 'Captions Off', 'Playback speed 1×']);
    await expect(el).to.be.accessible();
    const speed = items().find((i) => i.textContent!.includes('Playback speed'))!;
    expect(speed.getAttribute('aria-haspopup')).to.equal('menu');
    /** A real click at an item's centre, which must be inside the player and hit the item. */
    const press = async (item: HTMLElement) => {
      item.scrollIntoView({ block: 'nearest' });
      const [x, y] = centre(item);
      const outer = box(el);
      expect(y, item.textContent!).to.be.within(outer.top, outer.bottom);
      expect(x, item.textContent!).to.be.within(outer.left, outer.right);
      expect(item.contains(hit(x, y)), `${item.textContent} covered`).to.be.true;
      await sendMouse({ type: 'click', position: [x, y] });
      await el.updateComplete;
    };
    // Every entry is reachable at its centre; each that opens a menu opens it, Escape comes back.
    const count = items().length;
    for (let i = 0; i < count; i++) {
      if (!part(el, 'menu')) await sendMouse({ type: 'click', position: centre(more) });
      await el.updateComplete;
      const item = items()[i];
      if (item.getAttribute('aria-haspopup') !== 'menu') {
        item.scrollIntoView({ block: 'nearest' }); // the menu scrolls when taller than the room above the bar
        expect(item.contains(hit(...centre(item))), `${item.textContent} covered`).to.be.true;
        continue;
      }
      const label = item.textContent!.replace(/\s+/g, ' ').trim();
      await press(item);
      expect(label.startsWith(part(el, 'menu')!.getAttribute('aria-label')!), label).to.be.true;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'menu')).to.be.null;
    }
    if (!part(el, 'menu')) await sendMouse({ type: 'click', position: centre(more) });
    await el.updateComplete;
    await press(items().find((i) => i.textContent!.includes('Playback speed'))!);
    expect(part(el, 'menu')!.getAttribute('aria-label')).to.equal('Playback speed');
    await press(items().find((i) => i.textContent!.trim() === '1.5×')!);
    expect(el.playbackRate).to.equal(1.5);
    expect(part(el, 'menu')).to.be.null;
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'more-button'), 'focus did not return to More');
  });

  for (const [locale, table] of TABLES) {
    it(`320 px, ${locale}: the overflow menu and each of its menus lie inside the player, every item reachable`, async () => {
      await setViewport({ width: 390, height: 844 });
      const el = await player(320, locale);
      const more = part(el, 'more-button')!;
      const items = () => [...part(el, 'menu')!.querySelectorAll<HTMLElement>('[part~="menu-item"]')];
      const expectInside = (what: string) => {
        const outer = box(el);
        const menu = part(el, 'menu')!.getBoundingClientRect();
        expect(menu.left, `${what} left`).to.be.at.least(outer.left - 0.5);
        expect(menu.right, `${what} right`).to.be.at.most(outer.right + 0.5);
        expect(menu.top, `${what} top`).to.be.at.least(outer.top - 0.5);
        // Nothing runs out of the menu sideways (a long German label, a hint such as "Automatisch").
        const list = part(el, 'menu')!;
        expect(list.scrollWidth, `${what}: wider than its menu`).to.be.at.most(list.clientWidth + 1);
        for (const item of items()) {
          expect(item.scrollWidth, `${what}: ${item.textContent!.trim()} overflows`).to.be.at.most(item.clientWidth + 1);
          item.scrollIntoView({ block: 'nearest' });
          const landed = hit(...centre(item));
          expect(!!landed && item.contains(landed), `${what}: ${item.textContent!.trim()} covered`).to.be.true;
        }
      };
      await sendMouse({ type: 'click', position: centre(more) });
      await el.updateComplete;
      expect(part(el, 'menu')!.getAttribute('aria-label')).to.equal(table.more);
      expectInside(`${locale} More`);
      const count = items().length;
      for (let i = 0; i < count; i++) {
        const item = items()[i];
        if (item.getAttribute('aria-haspopup') !== 'menu') continue;
        item.scrollIntoView({ block: 'nearest' });
        await sendMouse({ type: 'click', position: centre(item) });
        await el.updateComplete;
        expectInside(`${locale} ${part(el, 'menu')!.getAttribute('aria-label')}`);
        await sendMouse({ type: 'click', position: centre(more) }); // closes the submenu
        await el.updateComplete;
        expect(part(el, 'menu')).to.be.null;
        await sendMouse({ type: 'click', position: centre(more) });
        await el.updateComplete;
      }
    });
  }

  it('audio and quality menus switch hls.js renditions with real clicks; Auto hands the choice back', async () => {
    await setViewport({ width: 1300, height: 844 });
    const el = await player(1280, 'en');
    const hls = hlsOf(el)!;
    const open = async (name: string) => {
      await sendMouse({ type: 'click', position: centre(part(el, name)!) });
      await el.updateComplete;
      return [...part(el, 'menu')!.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
    };
    let items = await open('audio-button');
    expect(items.map((i) => i.textContent!.trim())).to.deep.equal(['English', 'Français']);
    expect(items[0].getAttribute('aria-checked')).to.equal('true');
    await sendMouse({ type: 'click', position: centre(items[1]) });
    expect(hls.audioTrack).to.equal(1);
    await el.updateComplete;
    items = await open('audio-button');
    expect(items[1].getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'Escape' });

    items = await open('quality-button');
    expect(items.map((i) => i.textContent!.trim())).to.deep.equal(['Auto', '180p', '90p']);
    expect(items[0].getAttribute('aria-checked')).to.equal('true');
    expect(hls.autoLevelEnabled).to.be.true;
    await sendMouse({ type: 'click', position: centre(items[2]) });
    expect(hls.autoLevelEnabled).to.be.false;
    expect(hls.levels[hls.manualLevel].height).to.equal(90);
    items = await open('quality-button');
    expect(items[2].getAttribute('aria-checked')).to.equal('true');
    await sendMouse({ type: 'click', position: centre(items[0]) });
    expect(hls.autoLevelEnabled).to.be.true;
  });

  it('has no audio or quality menu when there is one choice', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src="/demo/media/replay/master.m3u8" preload="auto" muted></shoppable-video>`);
    await waitUntil(() => (hlsOf(el)?.levels.length ?? 0) > 0 && part(el, 'captions-button'), 'no levels', { timeout: 8000 });
    await el.updateComplete;
    expect(part(el, 'audio-button')).to.be.null;
    expect(part(el, 'quality-button')).to.be.null;
  });

  it('the cart link has the colour of the other icons, not the link blue', async () => {
    const el = await player(1280, 'en');
    expect(getComputedStyle(part(el, 'cart-button')!).color).to.equal(getComputedStyle(part(el, 'play-button')!).color);
  });
});

describe('<shoppable-video> time and seek bar in right-to-left', () => {
  afterEach(() => resetMouse());

  it('ar: the time reads current / total, isolated, left to right; the seek bar fills and seeks left to right', async () => {
    const el = await player(640, 'ar');
    const time = part(el, 'time')!;
    expect(getComputedStyle(time).direction).to.equal('ltr');
    expect(getComputedStyle(time).unicodeBidi).to.equal('isolate');
    el.currentTime = 4;
    await waitUntil(() => time.textContent!.replace(/\s+/g, '') === '0:04/0:06', `time reads ${time.textContent}`);
    const current = time.querySelector('.current')!.getBoundingClientRect();
    expect(current.right).to.be.lessThan(time.getBoundingClientRect().right - current.width); // on the left
    expect(getComputedStyle(part(el, 'progress')!).transformOrigin.startsWith('0px')).to.be.true;
    // The playback controls are not mirrored (Chromium's, YouTube's); the menus' text is right to left.
    expect(part(el, 'play-button')!.getBoundingClientRect().left).to.be.lessThan(part(el, 'fullscreen-button')!.getBoundingClientRect().left);
    await sendMouse({ type: 'click', position: centre(part(el, 'rate-button')!) });
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'menu')!).direction).to.equal('rtl');
    expect(part(el, 'menu')!.getAttribute('aria-label')).to.equal(ar.playbackRate);
    await waitUntil(() => part(el, 'menu')!.contains(el.shadowRoot!.activeElement), 'focus not in the menu');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'menu')).to.be.null;
    // A click at 25 % of the bar from its left seeks to 25 %, as Chromium's and YouTube's bars do in Arabic.
    const track = part(el, 'timeline')!.querySelector('.track')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(track.x + track.width * 0.25), Math.round(track.y + track.height / 2)] });
    expect(el.currentTime / el.duration).to.be.closeTo(0.25, 0.03);
    part(el, 'timeline')!.focus();
    const before = el.currentTime;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.currentTime > before, `ArrowRight did not seek on from ${before} (at ${el.currentTime})`, { timeout: 5000 });
  });

  it('ar-EG: the times use the locale\'s own digits, in the bar and in the slider\'s value', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${RENDITIONS} locale="ar-EG" preload="auto" muted></shoppable-video>`);
    const zero = new Intl.NumberFormat('ar-EG').format(0);
    await waitUntil(() => el.duration > 0 && part(el, 'time')?.textContent?.includes(`:${zero}${new Intl.NumberFormat('ar-EG').format(6)}`), 'no time', { timeout: 8000 });
    const digits = new Intl.NumberFormat('ar-EG').format(6);
    expect(part(el, 'time')!.textContent!.replace(/\s+/g, '')).to.equal(`${new Intl.NumberFormat('ar-EG').format(0)}:${new Intl.NumberFormat('ar-EG', { minimumIntegerDigits: 2 }).format(0)}/${new Intl.NumberFormat('ar-EG').format(0)}:${new Intl.NumberFormat('ar-EG', { minimumIntegerDigits: 2 }).format(6)}`);
    expect(digits).to.not.equal('6'); // the case is worth something only if ar-EG has its own digits
    expect(part(el, 'timeline')!.getAttribute('aria-valuetext')).to.contain(new Intl.NumberFormat('ar-EG', { minimumIntegerDigits: 2 }).format(6));
  });
});
