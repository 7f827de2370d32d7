import * as fc from 'fast-check';
import {
  PIN_CLASS,
  momentsFromDateRanges,
  parseAttributeList,
  parseDateRangeTags,
  programDateTimeMap,
  type DateRangeLike,
  type PinMomentsResult,
} from '../../src/core/pins.js';
import { check, hostileText } from './arbitraries.js';
import { ok, prototypeGuard } from './invariants.js';

const guard = { check: () => {} };
before(() => {
  guard.check = prototypeGuard();
});

const NAMES = [
  'ID', 'CLASS', 'START-DATE', 'END-DATE', 'DURATION', 'END-ON-NEXT', 'X-PRODUCT-ID', 'X-POSITION-X', 'X-POSITION-Y',
  'X-ACTION', 'X-ENDS', '__proto__', 'constructor', 'toString',
];
const VALUES = [
  `"${PIN_CLASS}"`, '"p1"', '""', '"', 'YES', 'NO', '30', '-1', 'NaN', '1e308', '', '0.5', '2', '"2026-03-01T02:00:10Z"',
  '"2026-03-01T02:00:00.000Z"', '"not a date"', '"a,b=c"', 'flash-sale', 'sold-out', '"<script>"',
];

/** Attribute soup: names, `=`, quotes and commas in any order. */
const soup = fc.string({ unit: fc.constantFrom(...NAMES, ...VALUES, '=', ',', '"', ' ', '\t', 'x'), maxLength: 40 });

/** Mostly well-formed attribute lists, with hostile names and values mixed in. */
const attributes = fc
  .array(
    fc.tuple(fc.constantFrom(...NAMES), fc.oneof(fc.constantFrom(...VALUES), hostileText(20).map((s) => JSON.stringify(s)))),
    { maxLength: 10 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join(','));

const isoDate = fc
  .date({ min: new Date('2026-03-01T01:59:00Z'), max: new Date('2026-03-01T02:02:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const pin = isoDate.map((d) => `ID="r",CLASS="${PIN_CLASS}",START-DATE="${d}",X-PRODUCT-ID="p"`);

const line = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(attributes, soup, pin).map((a) => `#EXT-X-DATERANGE:${a}`) },
  { weight: 2, arbitrary: fc.oneof(isoDate, fc.constantFrom('garbage', '')).map((d) => `#EXT-X-PROGRAM-DATE-TIME:${d}`) },
  { weight: 2, arbitrary: fc.constantFrom('2.0,', '2', '-1,', 'NaN', '1e308,', '', 'x').map((d) => `#EXTINF:${d}`) },
  { weight: 2, arbitrary: fc.constantFrom('seg0.ts', 'seg1.ts', '  seg2.ts  ', 'https://127.0.0.1/x.ts') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('#EXTM3U', '#EXT-X-DISCONTINUITY', '#EXT-X-ENDLIST', '#EXT-X-MEDIA-SEQUENCE:7', '#EXT-X-MEDIA-SEQUENCE:x'),
  },
  { weight: 1, arbitrary: hostileText(30) },
);

const playlist = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

/** What every result must be: pins with an id and a product, `end >= start`, sorted by start. */
function expectPins(result: PinMomentsResult): void {
  let previous = -Infinity;
  for (const m of result.moments) {
    ok(m.source === 'stream' && typeof m.id === 'string' && m.id !== '', `pin without id: ${JSON.stringify(m)}`);
    ok(typeof m.productId === 'string' && m.productId !== '', `pin without product: ${m.id}`);
    ok(!Number.isNaN(m.start) && !Number.isNaN(m.end) && m.end >= m.start, `pin ${m.id}: [${m.start}, ${m.end})`);
    ok(m.start >= previous, `pin ${m.id}: not sorted`);
    previous = m.start;
    if (m.position) ok(m.position.x >= 0 && m.position.x <= 1 && m.position.y >= 0 && m.position.y <= 1, `pin ${m.id}: position`);
  }
  for (const issue of result.issues) ok(typeof issue.path === 'string' && issue.message !== '', 'malformed issue');
}

describe('fuzz: in-band pins', function (this: Mocha.Suite) {
  // CPU-bound properties: on a loaded 2-core machine one may take longer than the 15 s default.
  this.timeout(60_000);
  it('parseAttributeList never throws and returns own string values only', () => {
    check(
      fc.property(fc.oneof(soup, attributes, fc.string({ unit: 'binary' })), (input) => {
        const attrs = parseAttributeList(input);
        ok(Object.getPrototypeOf(attrs) === Object.prototype, 'not a plain object');
        for (const [k, v] of Object.entries(attrs)) ok(typeof v === 'string', `${k}: not a string`);
        guard.check();
      }),
      400,
    );
  });

  it('parseDateRangeTags and momentsFromDateRanges never throw on random playlists', () => {
    check(
      fc.property(playlist, fc.constantFrom(undefined, 0, 60, Infinity), (text, openEnd) => {
        const ranges = parseDateRangeTags(text);
        const tags = text.split(/\r?\n/).filter((l) => l.trim().startsWith('#EXT-X-DATERANGE:')).length;
        ok(ranges.length === tags, `${ranges.length} ranges for ${tags} tags`);
        const map = programDateTimeMap(text);
        const result = momentsFromDateRanges(ranges, map.toMediaTime, openEnd === undefined ? {} : { openEnd });
        expectPins(result);
        // A player passes every range it has seen on each refresh: repeats change nothing.
        const again = momentsFromDateRanges([...ranges, ...ranges], map.toMediaTime, openEnd === undefined ? {} : { openEnd });
        ok(JSON.stringify(again.moments) === JSON.stringify(result.moments), 'repeated ranges changed the moments');
        guard.check();
      }),
      400,
    );
  });

  it('momentsFromDateRanges never throws on hls.js-shaped ranges with hostile fields and clocks', () => {
    const date = fc.date({ min: new Date('2026-03-01T00:00:00Z'), max: new Date('2026-03-02T00:00:00Z') });
    const range: fc.Arbitrary<DateRangeLike> = fc.record({
      id: fc.oneof(fc.constantFrom('', 'a', 'b', '"a"', ' b '), hostileText(20)),
      class: fc.option(fc.constantFrom(PIN_CLASS, `"${PIN_CLASS}"`, 'other'), { nil: undefined }),
      startDate: date,
      endDate: fc.option(date),
      duration: fc.option(fc.oneof(fc.double(), fc.constantFrom(0, 30, -1, Number.NaN, Infinity))),
      endOnNext: fc.boolean(),
      attr: fc.oneof(
        fc.dictionary(fc.constantFrom(...NAMES), fc.oneof(fc.constantFrom(...VALUES), hostileText(20))),
        // Own __proto__ keys, as JSON.parse makes them.
        fc.constant(JSON.parse('{"__proto__":"x","X-PRODUCT-ID":"p","constructor":"y"}') as Record<string, string>),
      ),
    });
    const clock = fc.constantFrom(
      (d: Date) => (d.getTime() - Date.parse('2026-03-01T00:00:00Z')) / 1000,
      (d: Date) => (d.getTime() - Date.parse('2026-03-01T12:00:00Z')) / 1000,
      () => undefined,
      () => Number.NaN,
      () => Infinity,
      () => 1e307,
    );
    check(
      fc.property(fc.array(range, { maxLength: 25 }), clock, (ranges, toMediaTime) => {
        expectPins(momentsFromDateRanges(ranges, toMediaTime));
        guard.check();
      }),
      400,
    );
  });

  it('handles 3,000 pins over 3,000 dated segments (bounded work; see docs/limits.md)', () => {
    const t0 = Date.parse('2026-03-01T02:00:00Z');
    const lines = ['#EXTM3U'];
    for (let i = 0; i < 3000; i++) {
      const at = new Date(t0 + i * 2000).toISOString();
      lines.push(`#EXT-X-DATERANGE:ID="pin-${i}",CLASS="${PIN_CLASS}",START-DATE="${at}",X-PRODUCT-ID="p${i % 7}"`);
      lines.push(`#EXT-X-PROGRAM-DATE-TIME:${at}`, '#EXTINF:2.0,', `seg${i}.ts`);
    }
    const text = lines.join('\n');
    const result = momentsFromDateRanges(parseDateRangeTags(text), programDateTimeMap(text).toMediaTime);
    expectPins(result);
    ok(result.moments.length === 3000 && result.issues.length === 0, `${result.moments.length} pins, ${result.issues.length} issues`);
    ok(result.moments[2999].start === 5998 && result.moments[2998].end === 5998, 'pins placed wrong');
  });
});
