// Issue #25: when the first frame is wanted now (autoStartLoad), the engine imports the likely
// hls.js build while the master playlist comes down, and imports another only when the playlist
// needs more than the guess plays.
import { expect } from '@open-wc/testing';
import Hls from 'hls.js';
import { waitUntil } from '../wait.js';
import type { HlsBuild } from '../../src/engine/media-engine.js';
import { FIXTURE, plainMaster, setupEngine } from './engine-fixture.js';

// The master playlist answered 400 ms late (test/servers/media-faults.mjs), so that "while the
// playlist comes down" is a window the test can see in resource timing.
const SLOW_MASTER = '/__faults/slow/400' + FIXTURE;

/** An engine whose loader records each build asked for and when; `fail` rejects those builds. */
function recorded(fail: HlsBuild[] = []) {
  const asked: { build: HlsBuild; at: number }[] = [];
  const engine = setupEngine(async (build) => {
    asked.push({ build, at: performance.now() });
    if (fail.includes(build)) throw new Error(`no ${build} chunk`);
    return Hls;
  });
  return { ...engine, asked, builds: () => asked.map((a) => a.build) };
}

/**
 * A `<link rel="modulepreload">` in the document's head, as the recipe puts one; removed by the
 * returned function. These tests load hls.js from the sources, so only the link's file name counts:
 * it names a missing file (a 404 the link reports to itself) rather than fetch a built chunk.
 */
function preload(file: string): () => void {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = `/__faults/404/dist/cdn/${file}`;
  document.head.append(link);
  return () => link.remove();
}

const masterEntry = (suffix: string) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith(suffix));

describe('MediaEngineController: the likely build beside the master playlist', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('asks for the subtitles build before the master playlist has arrived, and plays with it', async () => {
    const { engine, video, asked, builds, done } = recorded();
    await engine.load(SLOW_MASTER, { autoStartLoad: true });
    const master = masterEntry('/slow/400/demo/media/replay/master.m3u8');
    expect(master, 'the master playlist was fetched').to.exist;
    expect(builds()).to.deep.equal(['subtitles']);
    expect(asked[0].at, 'hls.js asked for before the playlist arrived').to.be.below(master!.responseEnd);
    expect(engine.build).to.equal('subtitles');
    await video.play();
    await waitUntil(() => video.currentTime > 0.2, 'plays', { timeout: 10_000 });
    done();
  });

  it('plays a stream without subtitles with the build it guessed (subtitles covers light): one import', async () => {
    const { engine, builds, done } = recorded();
    await engine.load(plainMaster(), { autoStartLoad: true });
    expect(builds()).to.deep.equal(['subtitles']);
    expect(engine.build).to.equal('subtitles');
    done();
  });

  it('guesses the build a modulepreload link names, and uses it when it covers the playlist', async () => {
    const remove = preload('hls-full.js');
    try {
      const { engine, builds, done } = recorded();
      await engine.load(plainMaster(), { autoStartLoad: true });
      expect(builds()).to.deep.equal(['full']);
      expect(engine.build).to.equal('full');
      done();
    } finally {
      remove();
    }
  });

  it('imports the build a playlist needs when the guess cannot play it (light named, subtitles needed), and plays', async () => {
    const remove = preload('hls-light.js');
    try {
      const { engine, video, builds, done } = recorded();
      await engine.load(FIXTURE, { autoStartLoad: true });
      expect(builds()).to.deep.equal(['light', 'subtitles']);
      expect(engine.build).to.equal('subtitles');
      await video.play();
      await waitUntil(() => video.currentTime > 0.2, 'plays', { timeout: 10_000 });
      done();
    } finally {
      remove();
    }
  });

  it('a guess that fails to load and is not needed is no error of the page', async () => {
    const remove = preload('hls-light.js');
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const { engine, video, builds, done } = recorded(['light']);
      await engine.load(FIXTURE, { autoStartLoad: true });
      expect(builds()).to.deep.equal(['light', 'subtitles']);
      expect(engine.failure).to.be.undefined;
      await video.play();
      await waitUntil(() => video.currentTime > 0.2, 'plays', { timeout: 10_000 });
      expect(rejections).to.deep.equal([]);
      done();
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      remove();
    }
  });

  it('imports nothing before the playlist when the first frame is not wanted yet (preload="metadata")', async () => {
    const { engine, asked, builds, done } = recorded();
    await engine.load(SLOW_MASTER, { autoStartLoad: false });
    const master = masterEntry('/slow/400/demo/media/replay/master.m3u8');
    expect(builds()).to.deep.equal(['subtitles']);
    expect(asked[0].at, 'the build chosen from the playlist, after it').to.be.at.least(master!.responseEnd);
    done();
  });

  it('imports the full build at once, without guessing, when the page config needs it', async () => {
    const { engine, builds, done } = recorded();
    await engine.load(FIXTURE, { autoStartLoad: true, hlsConfig: { emeEnabled: true } });
    expect(builds()).to.deep.equal(['full']);
    done();
  });
});
