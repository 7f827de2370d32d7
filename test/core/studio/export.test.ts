import { expect } from '@open-wc/testing';
import { emptyDraft, reduceDraft, typedProduct, type ShowDraft } from '../../../src/core/studio/draft.js';
import { checkDraft, draftToShow, embedSnippets, showToDraft } from '../../../src/core/studio/export.js';
import { amountText, marketRows, parseAmount, parseCountries, parsePrices, pricesText } from '../../../src/core/studio/markets.js';
import { firstVariantUrl, fractionToTime, segmentBoundaries, snapTime, timeToFraction, zoomView } from '../../../src/core/studio/snap.js';
import { validateShow } from '../../../src/core/show.js';

function sample(): ShowDraft {
  let d = reduceDraft(emptyDraft('spring'), { type: 'video', src: 'https://cdn.example/replay.m3u8' });
  d = reduceDraft(d, { type: 'add-products', products: [typedProduct('box', 'Box </script>', 1999, 'GBP'), typedProduct('lamp', 'Lamp {% endraw %}', 4500, 'GBP')] });
  return reduceDraft(d, {
    type: 'add-moments',
    moments: [
      { productId: 'lamp', start: 20, end: 30, position: { x: 0.5, y: 0.25 } },
      { productId: 'box', start: 5, end: 10 },
    ],
  });
}

describe('studio export', () => {
  it('the exported document validates with no issue and keeps the moments, without their keys', () => {
    const doc = draftToShow(sample());
    const { show, issues } = validateShow(doc);
    expect(issues).to.deep.equal([]);
    expect(show.moments.map((m) => [m.productId, m.start, m.end, m.position])).to.deep.equal([
      ['box', 5, 10, undefined],
      ['lamp', 20, 30, { x: 0.5, y: 0.25 }],
    ]);
    expect(JSON.stringify(doc)).to.not.contain('"key"');
  });

  it('a blob: video (a local file) is never exported, and is reported', () => {
    const d = reduceDraft(sample(), { type: 'video', src: 'blob:http://127.0.0.1/x' });
    expect(draftToShow(d).video).to.deep.equal({});
    expect(checkDraft(d).map((i) => i.path)).to.deep.equal(['video.src']);
  });

  it('problems are placed on their product or moment', () => {
    let d = reduceDraft(sample(), { type: 'update-product', id: 'lamp', patch: { price: { amount: 1.5, currency: 'GBP' } } });
    d = reduceDraft(d, { type: 'add-products', products: [typedProduct('idle', 'Idle', 100, 'GBP')] });
    const issues = checkDraft(d);
    expect(issues.find((i) => i.path.startsWith('products[1].price'))?.productId).to.equal('lamp');
    expect(issues.find((i) => i.path === 'products[2]')).to.include({ productId: 'idle' });
  });

  it('reopening an exported show gives the same document back', () => {
    const doc = draftToShow(sample());
    const { draft, issues } = showToDraft(JSON.parse(JSON.stringify(doc)));
    expect(issues).to.deep.equal([]);
    expect(draftToShow(draft)).to.deep.equal(JSON.parse(JSON.stringify(doc)));
    expect(showToDraft('nope').issues).to.have.length(1);
  });

  it('snippets cannot be ended by the data: no raw "</script>" nor "{% endraw %}"', () => {
    const s = embedSnippets(draftToShow(sample()), 'https://cdn.example/shoppable-video.js');
    expect(s.html.match(/<\/script>/g)).to.have.length(2);
    expect(s.html).to.contain('<script type="module" src="https://cdn.example/shoppable-video.js"></script>');
    expect(s.react).to.contain("from 'shoppable-video/react'");
    expect(s.liquid).to.contain("from 'https://cdn.example/shopify-cart.js'");
    expect(s.liquid.match(/\{% endraw %\}/g)).to.have.length(1);
    // A section needs presets to be offered in the theme editor's Add section list.
    expect(JSON.parse(/\{% schema %\}([\s\S]*)\{% endschema %\}/.exec(s.liquid)![1]!).presets).to.have.length(1);
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(s.html)![1]!;
    expect(JSON.parse(json).products[0].title).to.equal('Box </script>');
  });
});

describe('studio markets', () => {
  it('prices and delivery per market follow the player rules', () => {
    let d = reduceDraft(sample(), { type: 'update-product', id: 'box', patch: { prices: [{ amount: 2499, currency: 'USD' }], excludedCountries: ['US'] } });
    d = reduceDraft(d, { type: 'update-product', id: 'lamp', patch: { shipsTo: ['GB'] } });
    const us = marketRows(d, { id: 'us', country: 'US', currency: 'USD', locale: 'en-US', taxInclusive: false });
    expect(us).to.deep.equal([
      { productId: 'box', exact: true, deliverable: false, price: '$24.99', tax: 'plusTax' },
      { productId: 'lamp', exact: false, deliverable: false, price: '£45.00', tax: 'plusTax' },
    ]);
    const uk = marketRows(d, { id: 'uk', country: 'GB', currency: 'GBP', locale: 'en-GB', taxInclusive: true });
    expect(uk.map((r) => [r.price, r.tax, r.deliverable])).to.deep.equal([['£19.99', 'inclVat', true], ['£45.00', 'inclVat', true]]);
  });

  const amounts: Array<[string, string, number | undefined]> = [
    ['19.99', 'GBP', 1999],
    ['19,5', 'EUR', 1950],
    ['3800', 'JPY', 3800],
    ['12.345', 'KWD', 12345],
    ['abc', 'GBP', undefined],
    ['-1', 'GBP', undefined],
    ['', 'GBP', undefined],
  ];
  for (const [text, currency, amount] of amounts) {
    it(`"${text}" ${currency} → ${amount}`, () => expect(parseAmount(text, currency)).to.equal(amount));
  }

  it('price lists and country lists read as typed and print back', () => {
    const prices = parsePrices('usd 24.99, JPY 3800; bad, EUR x');
    expect(prices).to.deep.equal([{ amount: 2499, currency: 'USD' }, { amount: 3800, currency: 'JPY' }]);
    expect(pricesText({ prices })).to.equal('USD 24.99, JPY 3800');
    expect(amountText({ amount: 5, currency: 'GBP' })).to.equal('0.05');
    expect(parseCountries('gb, ie  fr x')).to.deep.equal(['GB', 'IE', 'FR']);
    expect(parseCountries(' ')).to.equal(undefined);
  });
});

describe('studio snapping and zoom', () => {
  const playlist = '#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:4.0,\na.ts\n#EXTINF:4.0,\nb.ts\n#EXTINF:2.5,\nc.ts\n#EXT-X-ENDLIST\n';
  it('segment boundaries include the end of the last segment', () => {
    expect(segmentBoundaries(playlist)).to.deep.equal([0, 4, 8, 10.5]);
    expect(segmentBoundaries('#EXTM3U\n')).to.deep.equal([]);
  });

  const snaps: Array<[number, number]> = [[3.8, 4], [4.31, 4.31], [10.25, 10.5], [-0.1, 0], [6, 6]];
  for (const [t, expected] of snaps) it(`${t} snaps to ${expected}`, () => expect(snapTime(t, [0, 4, 8, 10.5], 0.3)).to.equal(expected));

  it('finds the first variant of a multivariant playlist', () => {
    const master = '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nlow/video.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=2\nhigh.m3u8\n';
    expect(firstVariantUrl(master, 'https://a.example/show/master.m3u8')).to.equal('https://a.example/show/low/video.m3u8');
    expect(firstVariantUrl(playlist, 'https://a.example/')).to.equal(undefined);
  });

  it('zooming keeps the anchor in place and the view inside the media', () => {
    const view = { start: 0, end: 100 };
    const zoomed = zoomView(view, 0.5, 50, 100);
    expect(zoomed).to.deep.equal({ start: 25, end: 75 });
    expect(timeToFraction(50, zoomed)).to.equal(0.5);
    expect(zoomView(view, 0.5, 0, 100)).to.deep.equal({ start: 0, end: 50 });
    expect(zoomView(zoomed, 4, 30, 100)).to.deep.equal({ start: 0, end: 100 });
    const tight = zoomView(view, 0.001, 99, 100);
    expect(tight.end - tight.start).to.be.closeTo(2, 1e-9);
    expect(timeToFraction(99, tight)).to.be.closeTo(0.99, 1e-9);
    expect(fractionToTime(0.25, { start: 10, end: 30 })).to.equal(15);
  });
});
