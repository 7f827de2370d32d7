import { expect } from '@open-wc/testing';
import { PIN_CLASS, parseDateRangeTags } from '../../src/core/pins.js';
import { PIN_TAG } from '../../src/core/playlist-guard.js';
import { StreamPins, type HlsEventSource, type LevelDetailsLike } from '../../src/controllers/stream-pins.js';

const T0 = Date.parse('2026-03-01T02:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

/** Level details of a 20 s playlist from T0 (2 s segments) carrying the given pins. */
function details(pins: Array<{ id: string; start: number; duration: number }>): LevelDetailsLike {
  const tags = pins
    .map((p) => `#EXT-X-DATERANGE:ID="${p.id}",CLASS="${PIN_CLASS}",START-DATE="${at(p.start)}",DURATION=${p.duration},X-PRODUCT-ID="${p.id}"`)
    .join('\n');
  const ranges = parseDateRangeTags(`#EXTM3U\n${tags}\n`);
  return {
    dateRanges: Object.fromEntries(ranges.map((r) => [r.id!, r])),
    fragments: Array.from({ length: 10 }, (_, i) => ({ start: i * 2, programDateTime: T0 + i * 2000 })),
  };
}

/** An hls.js stand-in: `latestLevelDetails` and the level events. */
class FakeSource implements HlsEventSource {
  latestLevelDetails: LevelDetailsLike | null = null;
  private listeners = new Map<string, Set<(e: string, d: { details?: LevelDetailsLike }) => void>>();
  on(event: string, fn: (e: string, d: { details?: LevelDetailsLike }) => void) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(fn);
  }
  off(event: string, fn: (e: string, d: { details?: LevelDetailsLike }) => void) {
    this.listeners.get(event)?.delete(fn);
  }
  load(d: LevelDetailsLike) {
    this.latestLevelDetails = d;
    for (const fn of this.listeners.get('hlsLevelLoaded') ?? []) fn('hlsLevelLoaded', { details: d });
  }
}

describe('StreamPins (hls.js path)', () => {
  it('reads the pins of a playlist hls.js loaded before the pins were attached', () => {
    const hls = new FakeSource();
    hls.load(details([{ id: 'teapot', start: 4, duration: 3 }]));
    const seen: Array<{ productId: string; start: number; end: number }[]> = [];
    const pins = new StreamPins((moments) => seen.push(moments.map((m) => ({ productId: m.productId, start: m.start, end: m.end }))));
    pins.attachHls(hls);
    expect(seen).to.deep.equal([[{ productId: 'teapot', start: 4, end: 7 }]]);
  });

  it('follows later playlists, keeps pins a sliding window dropped, and stops when detached', () => {
    const hls = new FakeSource();
    const seen: string[][] = [];
    const pins = new StreamPins((moments) => seen.push(moments.map((m) => m.productId)));
    pins.attachHls(hls);
    expect(seen, 'nothing loaded yet').to.deep.equal([]);
    hls.load(details([{ id: 'a', start: 2, duration: 2 }]));
    hls.load(details([{ id: 'b', start: 8, duration: 2 }]));
    expect(seen).to.deep.equal([['a'], ['a', 'b']]);
    pins.detach();
    hls.load(details([{ id: 'c', start: 12, duration: 2 }]));
    expect(seen).to.have.length(2);
  });

  it('reads the pins the playlist loader handed over as X-SHOPPABLE-PIN tags in the segments, placed by date', () => {
    const attrs = (id: string, start: number, extra = '') =>
      `ID="${id}",CLASS="${PIN_CLASS}",START-DATE="${at(start)}",X-PRODUCT-ID="${id}"${extra}`;
    const fragments = Array.from({ length: 10 }, (_, i) => ({ start: i * 2, programDateTime: T0 + i * 2000, tagList: [['INF', '2']] as string[][] }));
    fragments[2]!.tagList.push([PIN_TAG, attrs('kite', 4.5, ',DURATION=2')]);
    // A later tag with the same ID adds attributes, as RFC 8216 allows; the first values win.
    fragments[3]!.tagList.push([PIN_TAG, attrs('mug', 6)], [PIN_TAG, attrs('mug', 6, ',DURATION=1')]);
    fragments[4]!.tagList.push(['X-OTHER', 'whatever']);
    const hls = new FakeSource();
    const seen: Array<{ productId: string; start: number; end: number }[]> = [];
    new StreamPins((moments) => seen.push(moments.map((m) => ({ productId: m.productId, start: m.start, end: m.end })))).attachHls(hls);
    hls.load({ fragments });
    expect(seen).to.deep.equal([[{ productId: 'kite', start: 4.5, end: 6.5 }, { productId: 'mug', start: 6, end: 7 }]]);
  });
});
