import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HLS_DEFAULTS, MediaEngineController, isHlsUrl, type MediaFailure } from '../../src/engine/media-engine.js';
import { FakeHls } from './fake-hls.js';

const SRC = '/demo/media/replay/master.m3u8';
const MP4 = '/demo/media/replay.mp4';
const fatal = (type: string, details = 'x') => ({ type, details, fatal: true, error: new Error(details) });

function setup(opts: { loadHls?: () => Promise<any> } = {}) {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
  const video = document.createElement('video');
  video.muted = true;
  const failures: MediaFailure[] = [];
  let tracks = 0;
  const engine = new MediaEngineController(host, {
    video: () => video,
    loadHls: opts.loadHls ?? (() => Promise.resolve(FakeHls)),
    onError: (f) => failures.push(f),
    onTracks: () => tracks++,
  });
  return { engine, video, failures, controllers, tracks: () => tracks };
}

/** Makes performance.now() answer `now()` for the duration of a test. */
function fakeClock(start = 10_000) {
  let t = start;
  Object.defineProperty(performance, 'now', { value: () => t, configurable: true });
  return { advance: (ms: number) => (t += ms), restore: () => delete (performance as any).now };
}

describe('MediaEngineController', () => {
  beforeEach(() => FakeHls.reset());

  it('recognises HLS URLs', () => {
    expect(isHlsUrl('/a/master.m3u8')).to.be.true;
    expect(isHlsUrl('https://x/live.m3u8?token=1')).to.be.true;
    expect(isHlsUrl('/a/video.mp4')).to.be.false;
    expect(isHlsUrl('/m3u8/video.mp4')).to.be.false;
  });

  it('plays HLS through hls.js with its defaults, the start position and the page config last', async () => {
    const { engine, video } = setup();
    await engine.load(SRC, { startPosition: 12, hlsConfig: { maxBufferLength: 8 } });
    const hls = FakeHls.last;
    expect(engine.kind).to.equal('hls.js');
    expect(engine.hls).to.equal(hls);
    expect(hls.media).to.equal(video);
    expect(hls.source).to.equal(SRC);
    expect(hls.config).to.include({ ...HLS_DEFAULTS, maxBufferLength: 8, startPosition: 12, autoStartLoad: true });
  });

  it('uses a host-supplied Hls class without importing hls.js', async () => {
    let imported = false;
    const { engine } = setup({ loadHls: () => ((imported = true), Promise.resolve(FakeHls)) });
    await engine.load(SRC, { hlsConstructor: FakeHls });
    expect(engine.hls).to.equal(FakeHls.last);
    expect(imported).to.be.false;
  });

  it('with the first frame wanted now, hands hls.js a MediaSource already on the video', async () => {
    const { engine, video } = setup();
    await engine.load(SRC, { autoStartLoad: true });
    const hls = FakeHls.last;
    expect(hls.media).to.equal(video);
    expect(hls.mediaSource, 'the early MediaSource').to.be.instanceOf(MediaSource);
    expect(video.getAttribute('src'), "the video plays the early MediaSource's URL").to.match(/^blob:/);
  });

  it("hands a page's own Hls class the video alone (it may predate taking a MediaSource over)", async () => {
    const { engine, video } = setup();
    await engine.load(SRC, { autoStartLoad: true, hlsConstructor: FakeHls });
    expect(FakeHls.last.media === video, 'attached to the video').to.be.true;
    // Compared, not inspected: chai's message for a live MediaSource never finishes.
    expect(FakeHls.last.mediaSource === null, 'no MediaSource handed over').to.be.true;
  });

  it('without autoStartLoad, lets hls.js make its own MediaSource', async () => {
    const { engine } = setup();
    await engine.load(SRC, { autoStartLoad: false });
    expect(FakeHls.last.mediaSource === null, 'no MediaSource handed over').to.be.true;
  });

  it('leaves no early MediaSource on the video when hls.js cannot be imported', async () => {
    const { engine, video, failures } = setup({ loadHls: () => Promise.reject(new TypeError('offline')) });
    await engine.load(SRC, { autoStartLoad: true });
    expect(failures.map((f) => f.code)).to.deep.equal(['media-engine']);
    expect(video.hasAttribute('src'), 'the early source was taken off the video').to.be.false;
  });

  it('plays MP4 through the video itself', async () => {
    const { engine, video } = setup();
    await engine.load(MP4);
    expect(engine.kind).to.equal('native');
    expect(engine.hls).to.be.null;
    expect(FakeHls.instances).to.have.length(0);
    expect(video.getAttribute('src')).to.equal(MP4);
  });

  it('uses native HLS only where MSE does not work but the video can play HLS', async () => {
    FakeHls.supported = false;
    const { engine, video } = setup();
    video.canPlayType = () => 'maybe';
    await engine.load(SRC);
    expect(engine.kind).to.equal('native');
    expect(video.getAttribute('src')).to.equal(SRC);
  });

  it('reports media-unsupported when neither hls.js nor the browser can play HLS', async () => {
    FakeHls.supported = false;
    const { engine, video, failures } = setup();
    video.canPlayType = () => '';
    await engine.load(SRC);
    expect(failures.map((f) => f.code)).to.deep.equal(['media-unsupported']);
    expect(engine.failure?.code).to.equal('media-unsupported');
  });

  it('reports media-engine when hls.js cannot be imported', async () => {
    const boom = new TypeError('Failed to fetch dynamically imported module');
    const { engine, failures } = setup({ loadHls: () => Promise.reject(boom) });
    await engine.load(SRC);
    expect(failures).to.have.length(1);
    expect(failures[0]).to.include({ code: 'media-engine', cause: boom });
  });

  it('ignores non-fatal errors', async () => {
    const { engine, failures } = setup();
    await engine.load(SRC);
    const hls = FakeHls.last;
    hls.emit(FakeHls.Events.ERROR, { type: 'mediaError', details: 'bufferStalledError', fatal: false });
    hls.emit(FakeHls.Events.ERROR, { type: 'networkError', details: 'fragLoadError', fatal: false });
    expect(hls.calls).to.deep.equal(['attachMedia', 'loadSource']);
    expect(failures).to.have.length(0);
    expect(engine.hls).to.equal(hls);
  });

  it('recovers a fatal media error, and gives up on a second one within the throttle window', async () => {
    const clock = fakeClock();
    try {
      const { engine, failures } = setup();
      await engine.load(SRC);
      const hls = FakeHls.last;
      hls.emit(FakeHls.Events.ERROR, fatal('mediaError', 'bufferAppendError'));
      // hls.js stopped loading on the fatal error: the recovery loads again (from the viewer's time, -1 at 0:00).
      expect(hls.calls).to.deep.equal(['attachMedia', 'loadSource', 'recoverMediaError', 'startLoad(-1)']);
      expect(failures).to.have.length(0);
      // hls.js reports one broken fragment fatal more than once: before the recovery's new
      // MediaSource is attached, a second report is the same failure.
      // hls.js stopped loading again for it (its own listener runs first): loading starts again.
      hls.emit(FakeHls.Events.ERROR, fatal('mediaError', 'fragParsingError'));
      expect(hls.calls.slice(4)).to.deep.equal(['startLoad(-1)']);
      expect(failures).to.have.length(0);
      await Promise.resolve(); // MEDIA_ATTACHED
      clock.advance(1000);
      hls.emit(FakeHls.Events.ERROR, fatal('mediaError', 'bufferAppendError'));
      expect(hls.calls.slice(5)).to.deep.equal(['detachMedia', 'destroy']);
      expect(failures.map((f) => f.code)).to.deep.equal(['media-decode']);
      expect(engine.hls).to.be.null;
    } finally {
      clock.restore();
    }
  });

  it('swaps the audio codec on the second recovery, and never recovers a third time', async () => {
    const clock = fakeClock();
    try {
      const { engine, failures } = setup();
      await engine.load(SRC);
      const hls = FakeHls.last;
      hls.emit(FakeHls.Events.ERROR, fatal('mediaError'));
      await Promise.resolve();
      clock.advance(3000);
      hls.emit(FakeHls.Events.ERROR, fatal('mediaError'));
      expect(hls.calls.slice(2)).to.deep.equal(['recoverMediaError', 'startLoad(-1)', 'swapAudioCodec', 'recoverMediaError', 'startLoad(-1)']);
      await Promise.resolve();
      clock.advance(60_000);
      hls.emit(FakeHls.Events.ERROR, fatal('mediaError'));
      expect(hls.calls.slice(7)).to.deep.equal(['detachMedia', 'destroy']);
      expect(failures).to.have.length(1);
      expect(engine.failure?.code).to.equal('media-decode');
    } finally {
      clock.restore();
    }
  });

  it('gives up at once on a fatal network error (hls.js already retried): no reload', async () => {
    const { engine, failures } = setup();
    await engine.load(SRC);
    const hls = FakeHls.last;
    hls.emit(FakeHls.Events.ERROR, fatal('networkError', 'manifestLoadError'));
    expect(hls.calls).to.deep.equal(['attachMedia', 'loadSource', 'detachMedia', 'destroy']);
    expect(FakeHls.instances).to.have.length(1);
    expect(failures).to.have.length(1);
    expect(failures[0].code).to.equal('media-network');
    expect(failures[0].message).to.contain('manifestLoadError');
  });

  it('switches to fallbackSrc instead of failing, once', async () => {
    const { engine, video, failures } = setup();
    await engine.load(SRC, { fallbackSrc: MP4 });
    FakeHls.last.emit(FakeHls.Events.ERROR, fatal('networkError', 'manifestLoadError'));
    await waitUntil(() => engine.kind === 'native');
    expect(video.getAttribute('src')).to.equal(MP4);
    expect(failures).to.have.length(0);
  });

  it('fails once when the fallback fails too', async () => {
    const { engine, failures } = setup();
    await engine.load(SRC, { fallbackSrc: '/demo/media/other.m3u8' });
    FakeHls.last.emit(FakeHls.Events.ERROR, fatal('networkError'));
    await waitUntil(() => FakeHls.instances.length === 2);
    await Promise.resolve();
    expect(FakeHls.last.source).to.equal('/demo/media/other.m3u8');
    FakeHls.last.emit(FakeHls.Events.ERROR, fatal('networkError'));
    expect(failures).to.have.length(1);
    expect(FakeHls.instances).to.have.length(2);
  });

  it('ignores callbacks from a destroyed instance', async () => {
    const { engine, failures, tracks } = setup();
    await engine.load(SRC);
    const old = FakeHls.last;
    engine.destroy();
    expect(old.calls).to.deep.equal(['attachMedia', 'loadSource', 'detachMedia', 'destroy']);
    old.emit(FakeHls.Events.ERROR, fatal('mediaError'));
    old.emit(FakeHls.Events.ERROR, fatal('networkError'));
    old.emit(FakeHls.Events.SUBTITLE_TRACKS_UPDATED, { subtitleTracks: [] });
    expect(old.calls).to.have.length(4);
    expect(failures).to.have.length(0);
    expect(tracks()).to.equal(0);
  });

  it('tears down the previous instance when the source changes', async () => {
    const { engine } = setup();
    await engine.load(SRC);
    const first = FakeHls.last;
    await engine.load('/demo/media/vertical/index.m3u8');
    expect(first.calls.slice(-2)).to.deep.equal(['detachMedia', 'destroy']);
    expect(engine.hls).to.equal(FakeHls.last);
    expect(FakeHls.last).to.not.equal(first);
    first.emit(FakeHls.Events.ERROR, fatal('networkError'));
    expect(engine.hls).to.equal(FakeHls.last);
  });

  it('drops a load superseded while hls.js was still being imported', async () => {
    let release!: (c: typeof FakeHls) => void;
    const { engine } = setup({ loadHls: () => new Promise((r) => (release = r)) });
    const pending = engine.load(SRC);
    // The import starts once the playlist was fetched (to choose the build).
    await waitUntil(() => release, 'hls.js import started');
    await engine.load(MP4);
    release(FakeHls);
    await pending;
    expect(FakeHls.instances).to.have.length(0);
    expect(engine.kind).to.equal('native');
  });

  it('clears the video source on teardown and on host disconnect', async () => {
    const { engine, video, controllers } = setup();
    await engine.load(MP4);
    expect(video.hasAttribute('src')).to.be.true;
    controllers.forEach((c) => c.hostDisconnected?.());
    expect(video.hasAttribute('src')).to.be.false;
    expect(engine.kind).to.equal('none');
  });

  it('with autoStartLoad false, fetches segments only once the video plays', async () => {
    const { engine, video } = setup();
    await engine.load(SRC, { autoStartLoad: false, startPosition: 4 });
    const hls = FakeHls.last;
    expect(hls.config.autoStartLoad).to.be.false;
    video.dispatchEvent(new Event('play'));
    expect(hls.calls).to.not.include('startLoad(4)');
    hls.emit(FakeHls.Events.MANIFEST_PARSED, {});
    expect(hls.calls.filter((c) => c.startsWith('startLoad'))).to.deep.equal(['startLoad(4)']);
    video.dispatchEvent(new Event('play'));
    expect(hls.calls.filter((c) => c.startsWith('startLoad'))).to.have.length(1);
  });

  it('tells the host when subtitle tracks change', async () => {
    const { engine, tracks } = setup();
    await engine.load(SRC);
    FakeHls.last.emit(FakeHls.Events.SUBTITLE_TRACKS_UPDATED, {});
    FakeHls.last.emit(FakeHls.Events.SUBTITLE_TRACK_SWITCH, { id: 0 });
    expect(tracks()).to.equal(2);
  });

  it('retry loads the original source again from scratch', async () => {
    const { engine, failures } = setup();
    await engine.load(SRC);
    FakeHls.last.emit(FakeHls.Events.ERROR, fatal('networkError'));
    expect(engine.failure).to.exist;
    await engine.retry();
    expect(engine.failure).to.be.undefined;
    expect(FakeHls.instances).to.have.length(2);
    expect(FakeHls.last.source).to.equal(SRC);
    expect(failures).to.have.length(1);
  });

  it('reports a native video error once', async () => {
    const { engine, failures } = setup();
    await engine.load('/__faults/404/video.mp4');
    await waitUntil(() => failures.length > 0, 'no failure reported', { timeout: 4000 });
    expect(failures).to.have.length(1);
    expect(failures[0].code).to.be.oneOf(['media-network', 'media-unsupported']);
    expect(engine.kind).to.equal('none');
  });
});
