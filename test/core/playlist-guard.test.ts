import { expect } from '@open-wc/testing';
import { dropReservedDateRanges } from '../../src/core/playlist-guard.js';

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
