import { expect } from '@open-wc/testing';
import {
  alivePlayers,
  clampBox,
  formatFeedLink,
  nearestCorner,
  parseFeedLink,
  sharePlan,
  stepIndex,
  swipeStep,
  wheelStep,
} from '../../src/core/feed.js';
import { readFeed, summariseShow } from '../../src/core/feed-doc.js';
import { feedStringsFor, feedEn } from '../../src/core/feed-strings.js';
import { BUILT_IN_LOCALES } from '../../src/core/locales/index.js';

describe('swipeStep', () => {
  const h = 780;
  const cases: Array<[string, { dx: number; dy: number; ms: number; height: number }, -1 | 0 | 1]> = [
    ['a long slow swipe up: next', { dx: 0, dy: -200, ms: 900, height: h }, 1],
    ['a long slow swipe down: previous', { dx: 10, dy: 200, ms: 900, height: h }, -1],
    ['exactly 120 px up (the cap on a tall stage)', { dx: 0, dy: -120, ms: 2000, height: h }, 1],
    ['119 px up, slowly: stays', { dx: 0, dy: -119, ms: 2000, height: h }, 0],
    ['a short quick flick up', { dx: 0, dy: -40, ms: 60, height: h }, 1],
    ['a tap wobble (under 24 px), however quick', { dx: 0, dy: -23, ms: 5, height: h }, 0],
    ['mostly sideways: never a swipe between shows', { dx: -300, dy: -200, ms: 100, height: h }, 0],
    ['a short stage: a fifth of it is enough', { dx: 0, dy: -60, ms: 1000, height: 300 }, 1],
    ['no time at all (clock did not move), not far: stays', { dx: 0, dy: -50, ms: 0, height: h }, 0],
    ['NaN travel: stays', { dx: 0, dy: Number.NaN, ms: 100, height: h }, 0],
  ];
  for (const [name, swipe, want] of cases) it(`${name}: ${want}`, () => expect(swipeStep(swipe)).to.equal(want));
});

describe('wheelStep', () => {
  const cases: Array<[number, number, -1 | 0 | 1]> = [
    [120, 1000, 1],
    [-120, 1000, -1],
    [49, 1000, 0],
    [50, 1000, 1],
    [500, 100, 0], // a trackpad's momentum right after a step
    [500, 450, 1],
    [Number.NaN, 1000, 0],
  ];
  for (const [total, since, want] of cases) it(`${total} px, ${since} ms after a step: ${want}`, () => expect(wheelStep(total, since)).to.equal(want));
});

describe('stepIndex and alivePlayers', () => {
  const steps: Array<[number, number, number, number]> = [
    [0, 1, 4, 1],
    [3, 1, 4, 3],
    [0, -1, 4, 0],
    [2, -5, 4, 0],
    [1, 1, 0, 0],
    [1.7, 1, 4, 2],
  ];
  for (const [i, step, count, want] of steps) it(`stepIndex(${i}, ${step}, ${count}) = ${want}`, () => expect(stepIndex(i, step, count)).to.equal(want));

  const alive: Array<[number, number, -1 | 1, number[]]> = [
    [0, 4, 1, [0, 1]],
    [3, 4, 1, [3, 2]], // at the end, the one before is what the shopper can go to
    [2, 4, -1, [2, 1]], // moving back preloads backwards
    [0, 4, -1, [0, 1]],
    [0, 1, 1, [0]],
    [0, 0, 1, []],
    [9, 4, 1, [3, 2]],
  ];
  for (const [i, count, dir, want] of alive) {
    it(`alivePlayers(${i}, ${count}, ${dir}) = [${want}]`, () => {
      expect(alivePlayers(i, count, dir)).to.deep.equal(want);
      expect(alivePlayers(i, count, dir).length).to.be.at.most(2);
    });
  }
});

describe('deep links', () => {
  const parsed: Array<[string, unknown]> = [
    ['#show=kite-short&t=12.5', { showId: 'kite-short', time: 12.5 }],
    ['#show=kite-short', { showId: 'kite-short', time: 0 }],
    ['show=a%20b&t=3', { showId: 'a b', time: 3 }],
    ['#t=3', undefined],
    ['', undefined],
    ['#show=x&t=-4', { showId: 'x', time: 0 }],
    ['#show=x&t=abc', { showId: 'x', time: 0 }],
    ['#tab=2&show=x&t=1', { showId: 'x', time: 1 }],
  ];
  for (const [hash, want] of parsed) it(`parseFeedLink(${JSON.stringify(hash)})`, () => expect(parseFeedLink(hash)).to.deep.equal(want));

  it('formats whole seconds, leaves out t at 0, keeps other parameters and round-trips', () => {
    expect(formatFeedLink({ showId: 'kite-short', time: 12.9 })).to.equal('#show=kite-short&t=12');
    expect(formatFeedLink({ showId: 'kite-short', time: 0 })).to.equal('#show=kite-short');
    expect(formatFeedLink({ showId: 'a b&c', time: 3 }, '#tab=2')).to.equal('#tab=2&show=a+b%26c&t=3');
    expect(parseFeedLink(formatFeedLink({ showId: 'a b&c', time: 3 }))).to.deep.equal({ showId: 'a b&c', time: 3 });
    expect(formatFeedLink(undefined, '#tab=2&show=x&t=3')).to.equal('#tab=2');
    expect(formatFeedLink(undefined, '#show=x')).to.equal('');
  });
});

describe('mini-player box', () => {
  it('clamps a box into the viewport with a margin, and to the top-left when it cannot fit', () => {
    expect(clampBox({ x: -50, y: 900, width: 200, height: 120 }, 390, 844)).to.deep.equal({ x: 8, y: 716, width: 200, height: 120 });
    expect(clampBox({ x: 100, y: 100, width: 200, height: 120 }, 390, 844)).to.deep.equal({ x: 100, y: 100, width: 200, height: 120 });
    expect(clampBox({ x: 100, y: 100, width: 500, height: 120 }, 390, 844).x).to.equal(0);
  });
  it('snaps to the nearest corner, start and end following the direction', () => {
    const box = { x: 20, y: 700, width: 100, height: 60 };
    expect(nearestCorner(box, 390, 844)).to.equal('bottom-start');
    expect(nearestCorner(box, 390, 844, true)).to.equal('bottom-end');
    expect(nearestCorner({ ...box, x: 280, y: 10 }, 390, 844)).to.equal('top-end');
    expect(nearestCorner({ ...box, x: 280, y: 10 }, 390, 844, true)).to.equal('top-start');
  });
});

describe('sharePlan', () => {
  const data = { title: 'Kites', url: 'https://shop.example/#show=kite' };
  it('shares where Web Share takes the data, copies elsewhere', () => {
    expect(sharePlan({ share: async () => {}, canShare: () => true }, data).kind).to.equal('share');
    expect(sharePlan({ share: async () => {} }, data).kind).to.equal('share');
    expect(sharePlan({ share: async () => {}, canShare: () => false }, data)).to.deep.equal({ kind: 'copy', url: data.url });
    expect(sharePlan({}, data)).to.deep.equal({ kind: 'copy', url: data.url });
    const throwing = () => {
      throw new TypeError('no');
    };
    expect(sharePlan({ share: async () => {}, canShare: throwing }, data).kind).to.equal('copy');
  });
});

describe('readFeed', () => {
  const base = 'https://shop.example/feeds/home.json';
  it('reads URLs, show documents and entries, resolving URLs against the feed', () => {
    const { entries, issues } = readFeed(
      {
        shows: [
          'a.json',
          { show: '../b.json', id: 'b', title: 'B', live: true, products: 3, poster: 'b.jpg' },
          { id: 'c', video: { src: 'c.m3u8', poster: 'c.jpg' }, products: [{}, {}], title: { en: 'C' } },
          { show: { id: 'd', products: [] }, duration: 61.5 },
        ],
      },
      base,
    );
    expect(issues).to.deep.equal([]);
    expect(entries.map((e) => e.id)).to.deep.equal(['https://shop.example/feeds/a.json', 'b', 'c', 'd']);
    expect(entries[1]).to.deep.include({ show: 'https://shop.example/b.json', title: 'B', live: true, productCount: 3, poster: 'https://shop.example/feeds/b.jpg' });
    expect(entries[2]).to.deep.include({ poster: 'https://shop.example/feeds/c.jpg', productCount: 2, live: false });
    expect(entries[3]).to.deep.include({ duration: 61.5, productCount: 0 });
  });

  it('skips what it cannot use, naming where, and never throws', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const getter = Object.defineProperty({}, 'show', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const { entries, issues } = readFeed({
      shows: [42, { show: 'javascript:alert(1)' }, { show: 'ok.json', id: 'x' }, { show: 'other.json', id: 'x' }, revoked.proxy, getter, { title: 'no show' }],
    });
    expect(entries.map((e) => e.id)).to.deep.equal(['x']);
    expect(issues.map((i) => i.path)).to.deep.equal(['shows[0]', 'shows[1]', 'shows[3].id', 'shows[4]', 'shows[5]', 'shows[6]']);
    expect(readFeed(null).issues).to.deep.equal([{ path: 'shows', message: 'must be an array of shows' }]);
    expect(readFeed({ shows: Array.from({ length: 205 }, (_, i) => ({ show: `${i}.json` })) }).entries).to.have.length(200);
  });

  it('summarises a show document for its thumbnail', () => {
    expect(summariseShow({ id: 's', title: 'T', video: { poster: 'p.jpg' }, products: [1, 2, 3] }, 'https://x.example/s/show.json')).to.deep.equal({
      id: 's',
      title: 'T',
      poster: 'https://x.example/s/p.jpg',
      productCount: 3,
    });
    expect(summariseShow({ video: { poster: 'javascript:x' } }).poster).to.equal(undefined);
    expect(summariseShow('nope')).to.deep.equal({});
  });
});

describe('feed strings', () => {
  it('has every key in every built-in language', () => {
    for (const locale of BUILT_IN_LOCALES) {
      const s = feedStringsFor(locale);
      for (const key of Object.keys(feedEn) as (keyof typeof feedEn)[]) {
        expect(s[key], `${locale}.${key}`).to.be.a('string').and.not.equal('');
        if (locale !== 'en' && key !== 'shows' && key !== 'live') expect(s[key], `${locale}.${key} is English`).to.not.equal(feedEn[key]);
      }
    }
    expect(feedStringsFor('zh-TW').close).to.equal('Close');
    expect(feedStringsFor('fr-CA', { close: 'X' }).close).to.equal('X');
    expect(feedStringsFor('__proto__').close).to.equal('Close');
  });
});

describe('schema/feed.schema.json', () => {
  async function check(docs: unknown[]): Promise<boolean[]> {
    const response = await fetch('/__schema/validate?schema=feed', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(docs) });
    const body = await response.json();
    if (!response.ok) throw new Error(`schema server: ${body.error}`);
    return (body as { valid: boolean }[]).map((r) => r.valid);
  }
  it('accepts what readFeed reads and refuses what it skips', async () => {
    const demo = await (await fetch('/demo/feeds/home.json')).json();
    const good = [demo, { shows: ['a.json', { show: 'b.json', id: 'b', live: true, duration: 3, products: 2 }, { id: 'c', video: { src: 'c.m3u8' } }] }];
    const bad = [{ shows: [42] }, { shows: [{ show: 'javascript:alert(1)' }] }, { shows: [{ show: 'a.json', duration: -1 }] }, {}];
    expect(await check(good)).to.deep.equal([true, true]);
    for (const doc of good) expect(readFeed(doc).issues, JSON.stringify(doc)).to.deep.equal([]);
    expect(await check(bad)).to.deep.equal([false, false, false, false]);
    expect(readFeed(bad[0]).issues).to.have.length(1);
    expect(readFeed(bad[1]).issues).to.have.length(1);
  });
});
