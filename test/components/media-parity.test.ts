import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import Hls from 'hls.js';
import { waitUntil } from '../wait.js';
import { HLS_DEFAULTS } from '../../src/engine/media-engine.js';
import '../../src/components/shoppable-video/shoppable-video.js';
import { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';

const HLS = '/demo/media/replay/master.m3u8';

/**
 * Members whose value differs from a `<video>` playing the same media through hls.js, on purpose
 * (docs/media-chrome.md lists them with the same reasons). Their type still must match.
 */
const VALUE_EXCEPTIONS: Record<string, string> = {
  src: 'the playlist URL (as a native-HLS <video> reports it), not the MediaSource blob: URL hls.js puts on the video',
  currentSrc: 'the playlist URL being played, not the blob: URL',
  controls: 'true unless nocontrols: the element shows its own controls by default',
  playsInline: 'true: the inner video always plays inline (the shop layer must stay over it)',
};

/**
 * Every member of Chromium's two prototypes, decided: implemented by the element itself (the Lit
 * properties, play/pause/load, currentTime, muted; error, currentSrc, defaultMuted, controls in
 * media-parity.ts) or forwarded to the inner video. media-parity.ts forwards whatever the browser
 * has that the element lacks, so a new member works at once; this list makes it a decision.
 */
const DECIDED = new Set(
  `error src currentSrc crossOrigin networkState preload buffered readyState seeking currentTime duration paused
  defaultPlaybackRate playbackRate played seekable ended autoplay loop preservesPitch controls controlsList volume
  muted defaultMuted textTracks webkitAudioDecodedByteCount webkitVideoDecodedByteCount onencrypted onwaitingforkey
  srcObject NETWORK_EMPTY NETWORK_IDLE NETWORK_LOADING NETWORK_NO_SOURCE HAVE_NOTHING HAVE_METADATA HAVE_CURRENT_DATA
  HAVE_FUTURE_DATA HAVE_ENOUGH_DATA addTextTrack canPlayType captureStream load pause play loading sinkId remote
  disableRemotePlayback setSinkId mediaKeys setMediaKeys width height videoWidth videoHeight poster
  webkitDecodedFrameCount webkitDroppedFrameCount playsInline onenterpictureinpicture onleavepictureinpicture
  disablePictureInPicture cancelVideoFrameCallback getVideoPlaybackQuality requestPictureInPicture
  requestVideoFrameCallback`.split(/\s+/),
);

/** Members compared by value (deterministic once both have loaded the same media and are paused at 0). */
const BY_VALUE = [
  'paused', 'ended', 'seeking', 'duration', 'currentTime', 'volume', 'muted', 'defaultMuted', 'playbackRate',
  'defaultPlaybackRate', 'preservesPitch', 'crossOrigin', 'loop', 'autoplay', 'preload', 'networkState', 'videoWidth',
  'videoHeight', 'width', 'height', 'playsInline', 'disablePictureInPicture', 'disableRemotePlayback', 'srcObject',
  'sinkId', 'loading', 'mediaKeys', 'src', 'currentSrc', 'controls', 'error', 'poster',
];

/** Every member of Chromium's `HTMLMediaElement.prototype` and `HTMLVideoElement.prototype`. */
function browserMembers(): string[] {
  const names = [HTMLMediaElement.prototype, HTMLVideoElement.prototype].flatMap((p) => Object.getOwnPropertyNames(p));
  return [...new Set(names)].filter((n) => n !== 'constructor');
}

/** typeof, and the class of an object value (TimeRanges, TextTrackList, ...); a getter that throws says so. */
function kind(target: object, name: string): string {
  try {
    const value = (target as Record<string, unknown>)[name];
    if (value === null) return 'null';
    return typeof value === 'object' ? `object ${Object.getPrototypeOf(value)?.constructor.name}` : typeof value;
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

async function pair(): Promise<{ el: ShoppableVideo; video: HTMLVideoElement; hls: Hls }> {
  const box = await fixture<HTMLDivElement>(html`<div>
    <shoppable-video src=${HLS} preload="auto" muted></shoppable-video>
    <video muted preload="auto"></video>
  </div>`);
  const el = box.querySelector('shoppable-video')!;
  const video = box.querySelector('video')!;
  const hls = new Hls();
  hls.attachMedia(video);
  hls.loadSource(HLS);
  await waitUntil(() => el.readyState >= 2 && video.readyState >= 2, 'the two did not load');
  await waitUntil(() => el.textTracks.length === 2 && video.textTracks.length === 2, 'no subtitle renditions');
  return { el, video, hls };
}

describe('<shoppable-video> parity with <video>', () => {
  it('knows every member of Chromium’s HTMLMediaElement and HTMLVideoElement (a new one is a decision)', () => {
    const undecided = browserMembers().filter((n) => !DECIDED.has(n));
    expect(undecided, 'new members of <video>: check the forwarded value is right (media-parity.ts), then add them to DECIDED').to.deep.equal([]);
  });

  it('has every member of HTMLMediaElement and HTMLVideoElement with the type it has on a <video>', async () => {
    const { el, video, hls } = await pair();
    const missing = browserMembers().filter((n) => !(n in el));
    expect(missing, 'members of <video> the element lacks: add them to media-parity.ts or list them in docs/media-chrome.md').to.deep.equal([]);
    const differ = browserMembers()
      .filter((n) => kind(el, n) !== kind(video, n))
      .map((n) => `${n}: ${kind(el, n)} on the element, ${kind(video, n)} on <video>`);
    expect(differ).to.deep.equal([]);
    const values = BY_VALUE.filter((n) => !(n in VALUE_EXCEPTIONS))
      .filter((n) => (el as unknown as Record<string, unknown>)[n] !== (video as unknown as Record<string, unknown>)[n])
      .map((n) => `${n}: ${String((el as unknown as Record<string, unknown>)[n])} vs ${String((video as unknown as Record<string, unknown>)[n])}`);
    expect(values).to.deep.equal([]);
    // Live objects answer as the video's do: a range of the same length, the same track list.
    expect(el.seekable.end(0)).to.equal(video.seekable.end(0));
    expect(el.buffered.length).to.be.greaterThan(0);
    expect([...el.textTracks].map((t) => t.language)).to.deep.equal([...video.textTracks].map((t) => t.language));
    expect(el.canPlayType('video/mp4')).to.equal(video.canPlayType('video/mp4'));
    expect(el.getVideoPlaybackQuality()).to.be.instanceOf(VideoPlaybackQuality);
    expect(el.addTextTrack('chapters', 'Chapters').kind).to.equal('chapters');
    hls.destroy();
  });

  it('answers the exceptions as documented', async () => {
    const { el, video, hls } = await pair();
    expect(el.src).to.equal(new URL(HLS, location.href).href);
    expect(el.currentSrc).to.equal(el.src);
    expect(video.src).to.match(/^blob:/);
    expect(el.controls).to.be.true;
    const bar = () => el.shadowRoot!.querySelector('[part~="controls"]');
    await waitUntil(bar, 'the built-in bar did not come');
    el.controls = false;
    await el.updateComplete;
    expect(el.hasAttribute('nocontrols')).to.be.true;
    expect(bar(), 'nocontrols hides a bar already loaded').to.be.null;
    el.controls = true;
    await el.updateComplete;
    expect(el.hasAttribute('nocontrols')).to.be.false;
    expect(bar()).to.exist;
    hls.destroy();
  });

  it('has the NETWORK_* and HAVE_* constants on the class and its instances', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video preload="none"></shoppable-video>`);
    const names = Object.getOwnPropertyNames(HTMLMediaElement).filter((n) => /^(NETWORK|HAVE)_/.test(n));
    expect(names).to.have.length(9);
    for (const n of names) {
      const value = (HTMLMediaElement as unknown as Record<string, number>)[n];
      expect((ShoppableVideo as unknown as Record<string, number>)[n], n).to.equal(value);
      expect((el as unknown as Record<string, number>)[n], n).to.equal(value);
    }
    // Nothing loaded yet, as an empty <video>: src '' and no error.
    expect(el.src).to.equal('');
    expect(el.currentSrc).to.equal('');
    expect(el.error).to.be.null;
    expect(el.networkState).to.equal(el.NETWORK_EMPTY);
  });

  it('resolves src and poster as a <video> does, and calls an on* handler for a re-dispatched event', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video preload="none" src="media/x.m3u8" poster="p.jpg"></shoppable-video>`);
    const video = document.createElement('video');
    video.setAttribute('src', 'media/x.m3u8');
    video.setAttribute('poster', 'p.jpg');
    expect(el.src).to.equal(video.src);
    expect(el.poster).to.equal(video.poster);
    const seen: string[] = [];
    el.onencrypted = (e) => seen.push(e.type);
    el.dispatchEvent(new Event('encrypted'));
    el.onencrypted = null;
    el.dispatchEvent(new Event('encrypted'));
    expect(seen).to.deep.equal(['encrypted']);
    expect(el.onwaitingforkey).to.be.null;
  });

  it('re-dispatches resize, and ends load() paused at 0', async () => {
    const el = document.createElement('shoppable-video');
    el.muted = true;
    el.preload = 'auto';
    el.src = HLS;
    const seen = new Set<string>();
    for (const type of ['resize', 'suspend', 'loadedmetadata']) el.addEventListener(type, () => seen.add(type));
    document.body.append(el);
    try {
      await waitUntil(() => seen.has('resize'), `no resize (${[...seen]})`);
      expect(el.videoWidth).to.be.greaterThan(0);
      await el.play();
      await waitUntil(() => el.currentTime > 0.5, 'did not play');
      seen.clear();
      el.load();
      await waitUntil(() => seen.has('loadedmetadata'), 'did not load again');
      expect(el.paused).to.be.true;
      expect(el.currentTime).to.equal(0);
    } finally {
      el.remove();
    }
  });

  it('re-dispatches suspend (a progressive file with preload="metadata" stops fetching)', async () => {
    const el = document.createElement('shoppable-video');
    el.src = '/demo/media/replay.mp4';
    const suspended = oneEvent(el, 'suspend');
    document.body.append(el);
    try {
      await suspended;
      expect(el.networkState).to.equal(el.NETWORK_IDLE);
    } finally {
      el.remove();
    }
  });

  it('fires error with a MediaError for a missing playlist, before shoppable-error, and no emptied after', async () => {
    const el = document.createElement('shoppable-video');
    el.preload = 'auto';
    el.src = '/demo/media/missing.m3u8';
    const order: string[] = [];
    for (const type of ['error', 'shoppable-error', 'emptied']) el.addEventListener(type, () => order.push(type));
    const failed = oneEvent(el, 'error');
    document.body.append(el);
    try {
      await failed;
      expect(el.error).to.be.instanceOf(MediaError);
      expect(el.error!.code).to.equal(MediaError.MEDIA_ERR_NETWORK);
      expect(el.error!.message).to.contain('manifestLoadError');
      expect(el.error).to.equal(el.error);
      await waitUntil(() => el.networkState === el.NETWORK_EMPTY, 'the failed source was not released');
      // The engine's teardown must not clear the error as an `emptied` would.
      await new Promise((r) => setTimeout(r, 200));
      expect(order).to.deep.equal(['error', 'shoppable-error']);
      expect(el.error).to.not.be.null;
    } finally {
      el.remove();
    }
  });

  it('answers seekable with the live window, as a <video> playing the same live stream', async () => {
    // A live stream of the test studio (test/servers/live.mjs): 2 s segments, a 6-segment window.
    const id = `parity-${Math.random().toString(36).slice(2, 10)}`;
    expect((await fetch(`/__live/${id}/start?elapsed=12&window=6`, { method: 'POST' })).status).to.equal(201);
    const src = `/__live/${id}/live.m3u8`;
    const box = await fixture<HTMLDivElement>(html`<div>
      <shoppable-video src=${src} muted autoplay></shoppable-video>
      <video muted></video>
    </div>`);
    const el = box.querySelector('shoppable-video')!;
    const video = box.querySelector('video')!;
    // The reference plays it through hls.js with the player's own options (live duration Infinity).
    const hls = new Hls(HLS_DEFAULTS);
    try {
      hls.attachMedia(video);
      hls.loadSource(src);
      await waitUntil(() => el.seekable.length > 0 && video.seekable.length > 0 && el.duration === Infinity, 'no live window');
      expect(video.duration).to.equal(Infinity);
      // The same window, give or take the playlist refresh each made.
      expect(el.seekable.end(0) - el.seekable.start(0)).to.be.greaterThan(4);
      expect(Math.abs(el.seekable.end(0) - video.seekable.end(0))).to.be.lessThan(4.5);
      expect(Math.abs(el.seekable.start(0) - video.seekable.start(0))).to.be.lessThan(4.5);
    } finally {
      hls.destroy();
      await fetch(`/__live/${id}`, { method: 'DELETE' });
    }
  });
});
