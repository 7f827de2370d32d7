import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import Hls from 'hls.js';
import HlsLight from 'hls.js/light';
import type { HlsBuild } from '../../src/engine/media-engine.js';
import { FIXTURE, plainMaster, setupEngine } from './engine-fixture.js';
import { FakeHls } from './fake-hls.js';

const setup = setupEngine;

describe('MediaEngineController: which hls.js build', () => {
  beforeEach(() => FakeHls.reset());

  it('asks the loader for the build the playlist needs', async () => {
    const asked: HlsBuild[] = [];
    const { engine, done } = setup((build) => (asked.push(build), Promise.resolve(FakeHls)));
    await engine.load(FIXTURE);
    expect(engine.build).to.equal('subtitles');
    await engine.load(plainMaster());
    expect(engine.build).to.equal('light');
    await engine.load(FIXTURE, { hlsConfig: { emeEnabled: true } });
    expect(engine.build).to.equal('full');
    expect(asked).to.deep.equal(['subtitles', 'light', 'full']);
    done();
  });

  it('falls back to the full build when the playlist cannot be fetched, and lets hls.js report it', async () => {
    const { engine, done } = setup(() => Promise.resolve(FakeHls));
    await engine.load('/__faults/404/missing.m3u8');
    expect(engine.build).to.equal('full');
    expect(FakeHls.last.source).to.equal('/__faults/404/missing.m3u8');
    done();
  });

  it('does not scan when the page supplies its Hls class', async () => {
    let loaded = false;
    const { engine, done } = setup(() => ((loaded = true), Promise.resolve(FakeHls)));
    await engine.load(FIXTURE, { hlsConstructor: FakeHls });
    expect(engine.build).to.equal('page');
    expect(loaded).to.be.false;
    done();
  });

  it('plays a source without subtitles with hls.js light, the playlist fetched once', async () => {
    const { engine, video, done } = setup();
    await engine.load(plainMaster());
    expect(engine.build).to.equal('light');
    expect(engine.hls).to.be.instanceOf(HlsLight);
    await video.play();
    await waitUntil(() => video.currentTime > 0.2, 'plays', { timeout: 10_000 });
    done();
  });

  it('plays the fixture with its captions through the subtitles build', async () => {
    const { engine, video, done } = setup();
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource' });
    await engine.load(FIXTURE);
    expect(engine.build).to.equal('subtitles');
    // In the sources the subtitles build is hls.js's full one; `npm run build` makes the smaller one.
    expect(engine.hls).to.be.instanceOf(Hls);
    await waitUntil(() => (engine.hls?.subtitleTracks.length ?? 0) > 0, 'subtitle tracks', { timeout: 10_000 });
    engine.hls!.subtitleTrack = 0;
    await video.play();
    await waitUntil(() => [...video.textTracks].some((t) => (t.cues?.length ?? 0) > 0), 'caption cues', { timeout: 10_000 });
    observer.disconnect();
    // The master playlist was fetched by the engine and handed to hls.js, not requested twice.
    expect(seen.filter((name) => name.endsWith('/replay/master.m3u8'))).to.have.length(1);
    done();
  });

  it("fetches the only variant's playlist while hls.js loads, and hls.js does not ask for it again", async () => {
    const entries = () =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('/replay/video.m3u8'));
    performance.clearResourceTimings();
    let askedAt = NaN;
    const { engine, video, done } = setup(async () => {
      askedAt = performance.now();
      return Hls as never;
    });
    await engine.load(FIXTURE);
    await video.play();
    await waitUntil(() => video.currentTime > 0.2, 'plays', { timeout: 10_000 });
    const fetched = entries();
    expect(fetched, 'one request for the variant playlist').to.have.length(1);
    expect(fetched[0].startTime, 'requested before hls.js was asked for').to.be.at.most(askedAt);
    done();
  });

  it('reads a replay’s length from its variant before play (autoStartLoad false), and hands hls.js that fetch at play', async () => {
    performance.clearResourceTimings();
    const { engine, video, done } = setup(() => Promise.resolve(Hls as never));
    await engine.load(FIXTURE, { autoStartLoad: false });
    await waitUntil(() => engine.playlistDuration > 0, 'no length from the playlist');
    expect(engine.playlistDuration).to.be.closeTo(60, 0.5);
    const variantRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/replay/video.m3u8'));
    expect(variantRequests(), 'the variant playlist, once').to.have.length(1);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.ts')), 'no segment before play').to.have.length(0);
    await video.play();
    await waitUntil(() => video.currentTime > 0.2, 'plays', { timeout: 10_000 });
    expect(variantRequests(), 'hls.js took the prefetched replay playlist').to.have.length(1);
    done();
  });

  it('shows captions with the subtitles build `npm run build` made from hls.js sources', async function () {
    const built = '/dist/engine/hls-subtitles.js';
    const text = await fetch(built).then((r) => (r.ok ? r.text() : ''));
    if (!text.includes('subtitleTrack')) return this.skip(); // not built, or the stand-in re-export
    const { engine, video, done } = setup(async (build) => (await import(/* @vite-ignore */ built + '?' + build)).default);
    await engine.load(FIXTURE);
    expect(engine.build).to.equal('subtitles');
    expect(engine.hls).not.to.be.instanceOf(Hls);
    await waitUntil(() => (engine.hls?.subtitleTracks.length ?? 0) > 0, 'subtitle tracks', { timeout: 10_000 });
    engine.hls!.subtitleTrack = 0;
    await video.play();
    await waitUntil(() => [...video.textTracks].some((t) => (t.cues?.length ?? 0) > 0), 'caption cues', { timeout: 10_000 });
    done();
  });
});
