import { expect } from '@open-wc/testing';
import { PIN_TAG, dropReservedDateRanges, takePinTags } from '../../src/core/playlist-guard.js';

const range = (id: string, extra = '') =>
  `#EXT-X-DATERANGE:${extra}ID="${id}",CLASS="com.shoppable.product",START-DATE="2026-03-01T02:00:00Z",X-PRODUCT-ID="p"`;
const playlist = (...tags: string[]) => ['#EXTM3U', '#EXT-X-TARGETDURATION:2', ...tags, '#EXTINF:2,', 'a.ts', '#EXT-X-ENDLIST'].join('\n');

describe('dropReservedDateRanges', () => {
  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
    it(`drops a range with ID="${id}" and names it`, () => {
      const dropped: string[] = [];
      const out = dropReservedDateRanges(playlist(range(id), range('pin-1')), (d) => dropped.push(d));
      expect(dropped).to.deep.equal([id]);
      expect(out).to.equal(playlist(range('pin-1')));
    });
  }

  it('finds the ID after other attributes, and keeps IDs that only contain a reserved name', () => {
    const dropped: string[] = [];
    const tags = [range('toString', 'CLASS="x",'), range('constructor-2'), range('my-toString'), range('Constructor')];
    const out = dropReservedDateRanges(playlist(...tags), (d) => dropped.push(d));
    expect(dropped).to.deep.equal(['toString']);
    expect(out).to.equal(playlist(...tags.slice(1)));
  });

  it('does not take X-PRODUCT-ID for the ID', () => {
    const tag = '#EXT-X-DATERANGE:ID="ok",X-PRODUCT-ID="constructor"';
    expect(dropReservedDateRanges(playlist(tag), () => expect.fail())).to.equal(playlist(tag));
  });

  it('returns the same text when nothing is dropped', () => {
    const text = playlist(range('pin-1'));
    expect(dropReservedDateRanges(text, () => expect.fail())).to.equal(text);
    expect(dropReservedDateRanges('#EXTM3U\n', () => expect.fail())).to.equal('#EXTM3U\n');
  });
});

describe('takePinTags', () => {
  const pin = (id: string) => `#EXT-X-DATERANGE:ID="${id}",CLASS="com.shoppable.product",START-DATE="2026-03-01T02:00:00Z",X-PRODUCT-ID="p"`;
  const other = '#EXT-X-DATERANGE:ID="ad",CLASS="com.other",START-DATE="2026-03-01T02:00:00Z"';

  it('writes each product pin as an X-SHOPPABLE-PIN tag with the same attributes, and leaves other ranges', () => {
    const text = ['#EXTM3U', pin('a'), other, '#EXTINF:2,', 'a.ts', '#EXT-X-ENDLIST'].join('\n');
    expect(takePinTags(text).split('\n')).to.deep.equal([
      '#EXTM3U',
      `#${PIN_TAG}:${pin('a').slice('#EXT-X-DATERANGE:'.length)}`,
      other,
      '#EXTINF:2,',
      'a.ts',
      '#EXT-X-ENDLIST',
    ]);
  });

  it('moves pins after the last segment before its URI, so a segment carries them', () => {
    const text = ['#EXTM3U', '#EXTINF:2,', 'a.ts', '#EXTINF:2,', 'b.ts', pin('late'), '#EXT-X-ENDLIST'].join('\n');
    expect(takePinTags(text).split('\n')).to.deep.equal([
      '#EXTM3U', '#EXTINF:2,', 'a.ts', '#EXTINF:2,', `#${PIN_TAG}:${pin('late').slice(17)}`, 'b.ts', '#EXT-X-ENDLIST',
    ]);
  });

  it('returns a playlist without pins as it is', () => {
    const text = playlist(other);
    expect(takePinTags(text)).to.equal(text);
  });

  it('is linear: 20,000 pins after the last segment take well under a second', () => {
    const text = ['#EXTM3U', '#EXTINF:2,', 'a.ts', ...Array.from({ length: 20_000 }, (_, i) => pin(`p${i}`)), '#EXT-X-ENDLIST'].join('\n');
    const started = performance.now();
    const out = takePinTags(text).split('\n');
    expect(performance.now() - started).to.be.below(1000);
    expect(out[out.length - 2]).to.equal('a.ts');
    expect(out.filter((l) => l.startsWith(`#${PIN_TAG}:`))).to.have.length(20_000);
  });
});
