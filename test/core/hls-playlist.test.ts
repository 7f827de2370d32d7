import { expect } from '@open-wc/testing';
import { replayDuration, segmentClock } from '../../src/core/hls-playlist.js';

const media = (end: boolean, ...durations: number[]) =>
  ['#EXTM3U', '#EXT-X-TARGETDURATION:6', ...durations.flatMap((d, i) => [`#EXTINF:${d},`, `seg${i}.ts`]), end ? '#EXT-X-ENDLIST' : '']
    .join('\n');

describe('replayDuration', () => {
  it('adds up the segments of a replay', () => {
    expect(replayDuration(media(true, 6, 6, 4.5))).to.equal(16.5);
  });
  it('reads integer durations and durations with titles', () => {
    expect(replayDuration('#EXTM3U\n#EXTINF:10,Intro\na.ts\n#EXTINF:2.25,\nb.ts\n#EXT-X-ENDLIST\n')).to.equal(12.25);
  });
  it('knows no length for a live playlist (no ENDLIST)', () => {
    expect(replayDuration(media(false, 6, 6))).to.equal(undefined);
  });
  it('knows no length for a master playlist or an empty replay', () => {
    expect(replayDuration('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nlow.m3u8\n')).to.equal(undefined);
    expect(replayDuration('#EXTM3U\n#EXT-X-ENDLIST\n')).to.equal(undefined);
  });
});

describe('segmentClock', () => {
  const starts = [0, 2, 4, 6];
  const dates = [1000, 3000, 5000, 7000];
  /** The scan it replaces: the last segment dated at or before the date, from the end; else the first. */
  const scan = (s: number[], d: number[], t: number) => {
    let k = 0;
    for (let i = d.length - 1; i >= 0; i--) if (d[i]! <= t) { k = i; break; }
    return s[k]! + (t - d[k]!) / 1000;
  };

  it('places a date from the last segment dated at or before it, else from the first', () => {
    const clock = segmentClock(starts, dates);
    for (const t of [0, 999, 1000, 2999, 3000, 4500, 7000, 9000]) expect(clock(new Date(t)), `t=${t}`).to.equal(scan(starts, dates, t));
  });

  it('answers as the scan does when dates go back somewhere', () => {
    const back = [1000, 9000, 3000, 7000];
    const clock = segmentClock(starts, back);
    for (const t of [0, 2000, 3000, 8000, 9500]) expect(clock(new Date(t)), `t=${t}`).to.equal(scan(starts, back, t));
  });

  it('is undefined without dated segments or for an invalid date', () => {
    expect(segmentClock([], [])(new Date(5))).to.equal(undefined);
    expect(segmentClock(starts, dates)(new Date(Number.NaN))).to.equal(undefined);
  });

  it('places 20,000 dates over 20,000 segments at once (bisection)', () => {
    const n = 20_000;
    const s = Array.from({ length: n }, (_, i) => i * 2);
    const d = s.map((x) => 1e12 + x * 1000);
    const clock = segmentClock(s, d);
    const started = performance.now();
    for (let i = 0; i < n; i++) expect(clock(new Date(d[i]! + 500))).to.equal(s[i]! + 0.5);
    expect(performance.now() - started).to.be.below(2000);
  });
});
