import { expect } from '@open-wc/testing';
import {
  PIN_CLASS,
  momentsFromDateRanges,
  parseAttributeList,
  parseDateRangeTags,
  programDateTimeMap,
  type DateRangeLike,
} from '../../src/core/pins.js';

const T0 = Date.parse('2026-03-01T02:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
/** Media time = seconds since T0, as a playlist starting at T0 would give. */
const sinceT0 = (date: Date) => (date.getTime() - T0) / 1000;

/** A playlist of `count` 2 s segments from T0 with the given DATERANGE attribute lists. */
function playlist(ranges: string[], count = 30): string {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:6', '#EXT-X-TARGETDURATION:2', '#EXT-X-MEDIA-SEQUENCE:0'];
  lines.push(...ranges.map((r) => `#EXT-X-DATERANGE:${r}`));
  for (let i = 0; i < count; i++) lines.push(`#EXT-X-PROGRAM-DATE-TIME:${at(i * 2)}`, '#EXTINF:2.000,', `seg${i}.ts`);
  return lines.join('\n');
}

const pin = (id: string, start: number, extra = '') =>
  `ID="${id}",CLASS="${PIN_CLASS}",START-DATE="${at(start)}",X-PRODUCT-ID="p-${id}"${extra}`;

const moments = (ranges: string[]) => momentsFromDateRanges(parseDateRangeTags(playlist(ranges)), sinceT0);

describe('parseAttributeList', () => {
  it('keeps commas and equals signs inside quoted strings and strips the quotes', () => {
    expect(parseAttributeList('ID="a,b=c",DURATION=12.5,END-ON-NEXT=YES,X-EMPTY=""')).to.deep.equal({
      ID: 'a,b=c',
      DURATION: '12.5',
      'END-ON-NEXT': 'YES',
      'X-EMPTY': '',
    });
  });

  it('reads hexadecimal and enumerated values as written, and keeps the first of a repeated name', () => {
    expect(parseAttributeList('X-DATA=0xA1B2,CUE=PRE,CUE=POST')).to.deep.equal({ 'X-DATA': '0xA1B2', CUE: 'PRE' });
  });
});

describe('parseDateRangeTags', () => {
  it('reads id, class, dates, duration and END-ON-NEXT from each tag in order', () => {
    const [first, second] = parseDateRangeTags(
      playlist([
        pin('a', 4, ',DURATION=30'),
        `ID="b",CLASS="${PIN_CLASS}",START-DATE="${at(10)}",END-DATE="${at(20)}",END-ON-NEXT=YES`,
      ]),
    );
    expect(first).to.include({ id: 'a', class: PIN_CLASS, duration: 30, endOnNext: false, endDate: null });
    expect(first!.startDate.toISOString()).to.equal(at(4));
    expect(first!.attr['X-PRODUCT-ID']).to.equal('p-a');
    expect(second).to.include({ id: 'b', duration: null, endOnNext: true });
    expect(second!.endDate!.toISOString()).to.equal(at(20));
  });
});

describe('programDateTimeMap', () => {
  it('maps dates to media time through the program date times, across a discontinuity', () => {
    const map = programDateTimeMap(
      [
        '#EXTM3U',
        '#EXT-X-MEDIA-SEQUENCE:58',
        `#EXT-X-PROGRAM-DATE-TIME:${at(0)}`,
        '#EXTINF:2,',
        'seg028.ts',
        '#EXTINF:2,',
        'seg029.ts',
        '#EXT-X-DISCONTINUITY',
        `#EXT-X-PROGRAM-DATE-TIME:${at(10)}`,
        '#EXTINF:2,',
        'seg000.ts',
      ].join('\n'),
      116,
    );
    expect(map.segments.map((s) => [s.sequence, s.start, s.discontinuity])).to.deep.equal([
      [58, 116, false],
      [59, 118, false],
      [60, 120, true],
    ]);
    expect(map.segments[1]!.programDateTime!.toISOString()).to.equal(at(2));
    expect(map.toMediaTime(new Date(at(3)))).to.equal(119);
    expect(map.toMediaTime(new Date(at(11)))).to.equal(121);
    expect(map.toMediaTime(new Date(at(-1)))).to.equal(115);
    expect(map.endList).to.equal(false);
    expect(programDateTimeMap('#EXTM3U\n#EXTINF:2,\na.ts').toMediaTime(new Date(T0))).to.equal(undefined);
  });
});

describe('momentsFromDateRanges', () => {
  it('gives a DURATION pin its own end and an open pin the start of the next pin of any product', () => {
    const { moments: result, issues } = moments([pin('a', 4, ',DURATION=30'), pin('b', 10), pin('c', 16, ',END-ON-NEXT=YES'), pin('d', 40)]);
    expect(issues).to.deep.equal([]);
    expect(result.map((m) => [m.id, m.productId, m.start, m.end])).to.deep.equal([
      ['a', 'p-a', 4, 34],
      ['b', 'p-b', 10, 16],
      ['c', 'p-c', 16, 40],
      ['d', 'p-d', 40, Infinity],
    ]);
    expect(result[0]).to.include({ source: 'stream', action: 'pin' });
    expect(result[0]!.startDate.toISOString()).to.equal(at(4));
  });

  it('ends the last open pin at openEnd when given, and honours END-DATE', () => {
    const ranges = parseDateRangeTags(playlist([pin('a', 4), pin('b', 10, `,END-DATE="${at(12.5)}"`)]));
    const { moments: result } = momentsFromDateRanges(ranges, sinceT0, { openEnd: 60 });
    expect(result.map((m) => [m.id, m.end])).to.deep.equal([
      ['a', 10],
      ['b', 12.5],
    ]);
    expect(momentsFromDateRanges(parseDateRangeTags(playlist([pin('z', 4)])), sinceT0, { openEnd: 60 }).moments[0]!.end).to.equal(60);
  });

  it('does not end an open pin at a pin that starts at the same time', () => {
    const { moments: result } = moments([pin('a', 4), pin('b', 4), pin('c', 8)]);
    expect(result.map((m) => [m.id, m.start, m.end])).to.deep.equal([
      ['a', 4, 8],
      ['b', 4, 8],
      ['c', 8, Infinity],
    ]);
  });

  it('reads positions, actions and flash-sale end dates, quoted or not', () => {
    const { moments: result, issues } = moments([
      pin('a', 2, ',X-POSITION-X=0.72,X-POSITION-Y="0.35"'),
      pin('b', 4, `,X-ACTION="flash-sale",X-ENDS="${at(600)}"`),
      pin('c', 6, ',X-ACTION=sold-out'),
    ]);
    expect(issues).to.deep.equal([]);
    expect(result[0]!.position).to.deep.equal({ x: 0.72, y: 0.35 });
    expect(result[1]).to.include({ action: 'flash-sale' });
    expect(result[1]!.endsAt!.toISOString()).to.equal(at(600));
    expect(result[2]).to.include({ action: 'sold-out' });
    expect(result[2]!.position).to.equal(undefined);
  });

  it('keeps a pin with a bad position, action or X-ENDS but drops that part and says why', () => {
    const { moments: result, issues } = moments([
      pin('a', 2, ',X-POSITION-X=1.5,X-POSITION-Y=0.2'),
      pin('b', 4, ',X-POSITION-X=0.5'),
      pin('c', 6, ',X-ACTION="giveaway",X-ENDS="soon"'),
    ]);
    expect(result.map((m) => [m.id, m.position, m.action, m.endsAt])).to.deep.equal([
      ['a', undefined, 'pin', undefined],
      ['b', undefined, 'pin', undefined],
      ['c', undefined, 'pin', undefined],
    ]);
    expect(issues.map((i) => i.path)).to.deep.equal([
      'EXT-X-DATERANGE[ID="a"].X-POSITION',
      'EXT-X-DATERANGE[ID="b"].X-POSITION',
      'EXT-X-DATERANGE[ID="c"].X-ACTION',
      'EXT-X-DATERANGE[ID="c"].X-ENDS',
    ]);
  });

  it('skips invalid pins with an issue each, and ignores other classes silently', () => {
    const { moments: result, issues } = moments([
      `ID="ad",CLASS="com.example.ad",START-DATE="${at(1)}",X-PRODUCT-ID="x"`,
      `ID="no-product",CLASS="${PIN_CLASS}",START-DATE="${at(2)}"`,
      `ID="empty-product",CLASS="${PIN_CLASS}",START-DATE="${at(2)}",X-PRODUCT-ID=""`,
      `ID="no-date",CLASS="${PIN_CLASS}",X-PRODUCT-ID="x"`,
      pin('negative', 3, ',DURATION=-1'),
      pin('nan', 3, ',DURATION=abc'),
      pin('backwards', 3, `,END-DATE="${at(1)}"`),
      pin('ok', 5),
    ]);
    expect(result.map((m) => m.id)).to.deep.equal(['ok']);
    expect(issues.map((i) => i.path)).to.deep.equal([
      'EXT-X-DATERANGE[ID="no-product"].X-PRODUCT-ID',
      'EXT-X-DATERANGE[ID="empty-product"].X-PRODUCT-ID',
      'EXT-X-DATERANGE[ID="no-date"].START-DATE',
      'EXT-X-DATERANGE[ID="negative"].DURATION',
      'EXT-X-DATERANGE[ID="nan"].DURATION',
      'EXT-X-DATERANGE[ID="backwards"].END-DATE',
    ]);
    expect(issues[0]!.message).to.contain('skipped');
  });

  it('skips a pin the media timeline cannot place', () => {
    const ranges = parseDateRangeTags(playlist([pin('a', 4)]));
    const { moments: result, issues } = momentsFromDateRanges(ranges, () => undefined);
    expect(result).to.deep.equal([]);
    expect(issues[0]!.path).to.equal('EXT-X-DATERANGE[ID="a"].START-DATE');
  });

  it('merges tags that share an ID, as a live playlist repeats them on every refresh', () => {
    const first = parseDateRangeTags(playlist([pin('a', 4), pin('b', 10)]));
    const later = parseDateRangeTags(playlist([pin('b', 10), pin('c', 20, ',DURATION=5')]));
    const { moments: result } = momentsFromDateRanges([...first, ...later], sinceT0);
    expect(result.map((m) => [m.id, m.start, m.end])).to.deep.equal([
      ['a', 4, 10],
      ['b', 10, 20],
      ['c', 20, 25],
    ]);
  });

  it('reads hls.js-style objects whose fields are getters', () => {
    class FakeHlsDateRange {
      constructor(readonly attr: Record<string, string>) {}
      get id() {
        return this.attr.ID!;
      }
      get class() {
        return this.attr.CLASS;
      }
      get startDate() {
        return new Date(this.attr['START-DATE']!);
      }
      get duration() {
        return this.attr.DURATION ? Number(this.attr.DURATION) : null;
      }
      get endOnNext() {
        return this.attr['END-ON-NEXT'] === 'YES';
      }
    }
    const range = new FakeHlsDateRange(parseAttributeList(pin('a', 4, ',DURATION=6')));
    const { moments: result } = momentsFromDateRanges([range as unknown as DateRangeLike], sinceT0);
    expect(result.map((m) => [m.id, m.productId, m.start, m.end])).to.deep.equal([['a', 'p-a', 4, 10]]);
  });

  it('gives the same moments whichever segment anchors the date mapping', () => {
    // 10 + 2.002 and 12 + 0.002 differ in floating point; moments are kept to the millisecond.
    const ranges = parseDateRangeTags(playlist([pin('a', 12.002, ',DURATION=0.5')]));
    const from10 = momentsFromDateRanges(ranges, (d) => 10 + (d.getTime() - (T0 + 10_000)) / 1000);
    const from12 = momentsFromDateRanges(ranges, (d) => 12 + (d.getTime() - (T0 + 12_000)) / 1000);
    expect(from10).to.deep.equal(from12);
    expect(from10.moments.map((m) => [m.start, m.end])).to.deep.equal([[12.002, 12.502]]);
  });

  it('gives the same moments whatever order the tags come in', () => {
    const tags = [pin('a', 4, ',DURATION=30'), pin('b', 10), pin('c', 10), pin('d', 16, ',X-ACTION="sold-out"')];
    const forward = moments(tags);
    const backward = moments([...tags].reverse());
    expect(backward).to.deep.equal(forward);
    expect(forward.moments.map((m) => m.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});
