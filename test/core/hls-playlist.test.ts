import { expect } from '@open-wc/testing';
import { replayDuration } from '../../src/core/hls-playlist.js';

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
