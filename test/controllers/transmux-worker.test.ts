import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { FIXTURE, plainMaster, setupEngine } from './engine-fixture.js';

interface Started {
  url: string;
  /** Segments the worker sent back transmuxed. */
  transmuxed: number;
  terminated: boolean;
}

// Every worker the page starts, and what it does: hls.js creates its worker with `new self.Worker`.
const started: Started[] = [];
const NativeWorker = window.Worker;
class RecordingWorker extends NativeWorker {
  private readonly record: Started;
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    this.record = { url: String(url), transmuxed: 0, terminated: false };
    started.push(this.record);
    this.addEventListener('message', (e: MessageEvent) => {
      if (e.data?.event === 'transmuxComplete') this.record.transmuxed++;
    });
  }
  override terminate(): void {
    this.record.terminated = true;
    super.terminate();
  }
}

const setup = () => setupEngine();

/** performance.now() of the video's first presented frame. */
const firstFrame = (video: HTMLVideoElement) =>
  new Promise<number>((resolve) => video.requestVideoFrameCallback(() => resolve(performance.now())));

const workerFetches = () =>
  performance.getEntriesByType('resource').filter((e) => /\/hls-worker-[a-z]+\.js$/.test(e.name)) as PerformanceResourceTiming[];

describe('MediaEngineController: transmuxing in a worker', () => {
  beforeEach(() => {
    started.length = 0;
    performance.clearResourceTimings();
    window.Worker = RecordingWorker;
  });
  afterEach(() => {
    window.Worker = NativeWorker;
  });

  it('moves transmuxing into its worker once the video plays, fetched after the first frame', async () => {
    const { engine, video, done } = setup();
    // A short forward buffer: with the library's (30 s, at most 60 s; hls.js takes the most for a
    // 260 kb/s stream) the whole 60 s fixture may be buffered before the hand-over, and the jump
    // below would then land in the buffer with nothing left to transmux (CI, under load).
    await engine.load(plainMaster(), { hlsConfig: { maxBufferLength: 4, maxMaxBufferLength: 8 } });
    expect(engine.build).to.equal('light');
    const frame = firstFrame(video);
    await video.play();
    const frameAt = await frame;
    // The library tries the script on a worker of its own, ends it, then hands it to hls.js between
    // two fragments. How much hls.js has buffered on the main thread by then depends on the machine's
    // speed, so the test does not wait for the next fragment to come by itself: a jump past the
    // buffer (at most 8 s ahead) makes hls.js load (and transmux) more, which from the hand-over on
    // is in the worker.
    await waitUntil(() => started[0]?.terminated, 'the worker script was not tried');
    video.currentTime = 40;
    await waitUntil(() => started[1]?.transmuxed > 0, 'a worker transmuxes a segment');
    await waitUntil(() => video.currentTime > 41, 'plays on after the jump');
    // Two starts of one script: the library's trial of it (ended once it answers), then hls.js's.
    expect(started).to.have.length(2);
    expect(started[0].url).to.match(/^blob:/);
    expect(started[1].url).to.equal(started[0].url);
    expect(started[0].transmuxed).to.equal(0);
    const fetches = workerFetches();
    expect(fetches.map((e) => e.name.replace(/^.*\//, ''))).to.deep.equal(['hls-worker-light.js']);
    expect(fetches[0].startTime, 'worker script requested after the first frame').to.be.greaterThan(frameAt);
    expect(engine.failure).to.be.undefined;
    done();
    expect(started[1].terminated, 'the worker ends with its player').to.be.true;
  });

  it('keeps transmuxing on the main thread with hlsConfig.enableWorker false', async () => {
    const { engine, video, done } = setup();
    await engine.load(plainMaster(), { hlsConfig: { enableWorker: false } });
    await video.play();
    await waitUntil(() => video.currentTime > 2.5, 'plays past the first segment', { timeout: 10_000 });
    expect(started).to.have.length(0);
    expect(workerFetches()).to.have.length(0);
    done();
  });

  it('plays on, transmuxing on the main thread, when the worker script cannot be fetched', async () => {
    // The full build (asked for by its config) has not fetched its worker on this page yet.
    const nativeFetch = window.fetch;
    const refused: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (/\/hls-worker-full\.js$/.test(url)) {
        refused.push(url);
        return Promise.resolve(new Response('not here', { status: 404 }));
      }
      return nativeFetch(input, init);
    };
    try {
      const { engine, video, done } = setup();
      await engine.load(plainMaster(), { hlsConfig: { useMediaCapabilities: true } });
      expect(engine.build).to.equal('full');
      await video.play();
      await waitUntil(() => refused.length > 0, 'the worker script is asked for', { timeout: 10_000 });
      video.currentTime = 40;
      await waitUntil(() => video.currentTime > 41, 'plays on after a jump past the buffer', { timeout: 10_000 });
      expect(started).to.have.length(0);
      expect(engine.failure).to.be.undefined;
      done();
    } finally {
      window.fetch = nativeFetch;
    }
  });

  it('does not hand hls.js a worker that fails to start, and the page sees no error', async () => {
    // The subtitles build has not fetched its worker on this page yet; this one throws as it starts.
    const nativeFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (/\/hls-worker-subtitles\.js$/.test(url)) return Promise.resolve(new Response('throw new Error("broken worker");'));
      return nativeFetch(input, init);
    };
    try {
      const { engine, video, done } = setup();
      await engine.load(FIXTURE);
      expect(engine.build).to.equal('subtitles');
      await video.play();
      await waitUntil(() => started[0]?.terminated, 'the worker is tried and ended', { timeout: 10_000 });
      video.currentTime = 40;
      await waitUntil(() => video.currentTime > 41, 'plays on after a jump past the buffer', { timeout: 10_000 });
      expect(started, 'only the trial').to.have.length(1);
      expect(engine.failure).to.be.undefined;
      done();
    } finally {
      window.fetch = nativeFetch;
    }
  });

  it('does not fetch the worker for a video that does not play', async () => {
    const { engine, video, done } = setup();
    await engine.load(plainMaster());
    await waitUntil(() => video.readyState >= 2, 'a frame is buffered', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(started).to.have.length(0);
    expect(workerFetches()).to.have.length(0);
    done();
  });
});
