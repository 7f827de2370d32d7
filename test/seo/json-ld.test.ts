import { expect } from '@open-wc/testing';
import { decimalPrice, injectJsonLd, jsonLdScript, showJsonLd } from '../../src/seo/json-ld.js';
import { validateShow } from '../../src/core/show.js';
import type { Show } from '../../src/types.js';
import { money, musicBox } from '../fixtures/products.js';

type Node = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const isText: Check = (v) => typeof v === 'string' && v.trim() !== '';
const isUrl: Check = (v) => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v);
const isInteger: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const isDecimal: Check = (v) => typeof v === 'string' && /^\d+(\.\d+)?$/.test(v);
const isCurrency: Check = (v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v);
const isDate: Check = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isDuration: Check = (v) => typeof v === 'string' && /^PT(\d+H)?(\d+M)?\d+S$/.test(v);
const isAvailability: Check = (v) => v === 'https://schema.org/InStock' || v === 'https://schema.org/OutOfStock';
const isCountries: Check = (v) => Array.isArray(v) && v.every((c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c));

/**
 * The schema.org shapes this module promises: required properties (what search engines need for
 * video key moments and product offers), then optional ones; each with the type of its value.
 * Nested nodes are checked by their own @type.
 */
const SHAPES: Record<string, { required: Record<string, Check>; optional: Record<string, Check> }> = {
  VideoObject: {
    required: { name: isText, description: isText, url: isUrl },
    optional: {
      '@id': isUrl,
      uploadDate: isDate,
      thumbnailUrl: isUrl,
      contentUrl: isUrl,
      duration: isDuration,
      inLanguage: isText,
      hasPart: (v) => Array.isArray(v) && v.length > 0,
    },
  },
  Clip: {
    required: { name: isText, startOffset: isInteger, endOffset: isInteger, url: isUrl, about: (v) => typeof v === 'object' },
    optional: {},
  },
  Product: {
    required: { name: isText },
    optional: { '@id': isUrl, productID: isText, description: isText, image: isUrl, url: isUrl, offers: (v) => typeof v === 'object' },
  },
  Offer: {
    required: { price: isDecimal, priceCurrency: isCurrency, availability: isAvailability, url: isUrl },
    optional: { eligibleRegion: isCountries, ineligibleRegion: isCountries },
  },
};

/** Every problem with `node` and the nodes inside it, as `Type.property: problem` lines. */
function shapeProblems(node: Node, path = 'root'): string[] {
  const type = node['@type'];
  const shape = typeof type === 'string' ? SHAPES[type] : undefined;
  if (!shape) return [`${path}: unknown @type ${String(type)}`];
  const problems: string[] = [];
  for (const [key, check] of Object.entries(shape.required)) {
    if (!(key in node)) problems.push(`${type}.${key}: missing`);
    else if (!check(node[key])) problems.push(`${type}.${key}: bad value ${JSON.stringify(node[key])}`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type' || key === '@context' || key in shape.required) continue;
    const check = shape.optional[key];
    if (!check) problems.push(`${type}.${key}: not a property of the shape`);
    else if (!check(value)) problems.push(`${type}.${key}: bad value ${JSON.stringify(value)}`);
  }
  const children = [node.hasPart, node.about, node.offers].flat().filter((c): c is Node => typeof c === 'object' && c !== null);
  children.forEach((child, i) => problems.push(...shapeProblems(child, `${path}.${String(child['@type'])}[${i}]`)));
  return problems;
}

const show = (doc: Record<string, unknown>): Show => {
  const { show: valid, issues } = validateShow(doc, { baseUrl: 'https://cdn.example/shows/spring.json' });
  expect(issues).to.deep.equal([]);
  return valid;
};

const spring = () =>
  show({
    id: 'spring',
    title: { en: 'Spring launch', ja: '春の新作' },
    locale: 'en-GB',
    currency: 'GBP',
    video: { src: 'replay.m3u8', poster: 'poster.jpg' },
    products: [
      musicBox({
        title: { en: 'Carousel music box', ja: 'オルゴール' },
        description: 'Hand-cranked.',
        image: '../img/music-box.jpg',
        prices: [money(3800, 'JPY')],
        shipsTo: ['GB', 'JP'],
      }),
      { id: 'teapot', title: 'Celadon teapot', price: { amount: 4500, currency: 'GBP' }, available: false },
      { id: 'never-shown', title: 'Kite' },
    ],
    moments: [
      { productId: 'music-box-01', start: 12.5, end: 48.2 },
      { productId: 'teapot', start: 50, end: 59 },
      { productId: 'music-box-01', start: 3, end: 4 },
    ],
  });

const PAGE = 'https://shop.example/live/spring?ref=home#old';

describe('showJsonLd', () => {
  it('is a schema.org VideoObject with one Clip per moment, each about its Product and Offer', () => {
    const ld = showJsonLd(spring(), { pageUrl: PAGE, uploadDate: '2026-03-01T02:00:00Z', duration: 60 });
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@type']).to.equal('VideoObject');
    expect(shapeProblems(ld)).to.deep.equal([]);
    expect(ld).to.include({
      name: 'Spring launch',
      url: 'https://shop.example/live/spring?ref=home',
      uploadDate: '2026-03-01T02:00:00Z',
      thumbnailUrl: 'https://cdn.example/shows/poster.jpg',
      contentUrl: 'https://cdn.example/shows/replay.m3u8',
      duration: 'PT1M0S',
      inLanguage: 'en-GB',
    });
    const clips = ld.hasPart as Node[];
    expect(clips.map((c) => [c.name, c.startOffset, c.endOffset, c.url])).to.deep.equal([
      ['Carousel music box', 3, 4, 'https://shop.example/live/spring?ref=home#t=3'],
      ['Carousel music box', 12, 49, 'https://shop.example/live/spring?ref=home#t=12'],
      ['Celadon teapot', 50, 59, 'https://shop.example/live/spring?ref=home#t=50'],
    ]);
    const box = clips[0].about as Node;
    expect(box).to.include({
      '@type': 'Product',
      name: 'Carousel music box',
      description: 'Hand-cranked.',
      image: 'https://cdn.example/img/music-box.jpg',
      url: 'https://shop.example/products/music-box',
    });
    expect(box.offers).to.deep.equal({
      '@type': 'Offer',
      price: '19.99',
      priceCurrency: 'GBP',
      availability: 'https://schema.org/InStock',
      url: 'https://shop.example/products/music-box',
      eligibleRegion: ['GB', 'JP'],
    });
    expect(((clips[2].about as Node).offers as Node).availability).to.equal('https://schema.org/OutOfStock');
  });

  it('writes prices with the currency’s own minor units', () => {
    expect(decimalPrice({ amount: 3800, currency: 'JPY' })).to.equal('3800');
    expect(decimalPrice({ amount: 1999, currency: 'GBP' })).to.equal('19.99');
    expect(decimalPrice({ amount: 5, currency: 'USD' })).to.equal('0.05');
    expect(decimalPrice({ amount: 1234, currency: 'KWD' })).to.equal('1.234');
    const ld = showJsonLd(spring(), { pageUrl: PAGE, currency: 'JPY', locale: 'ja' });
    const clips = ld.hasPart as Node[];
    expect(clips[0].name).to.equal('オルゴール');
    expect((clips[0].about as Node).offers).to.include({ price: '3800', priceCurrency: 'JPY' });
    // The teapot has no JPY price: its own GBP price, labelled GBP, never a converted guess.
    expect((clips[2].about as Node).offers).to.include({ price: '45.00', priceCurrency: 'GBP' });
    expect(shapeProblems(ld)).to.deep.equal([]);
  });

  it('leaves out what it does not know, and products without a price offer nothing', () => {
    const ld = showJsonLd(
      show({ id: 'bare', products: [{ id: 'kite', title: 'Kite' }], moments: [{ productId: 'kite', start: 0, end: 0.4 }] }),
      { pageUrl: 'https://shop.example/p' },
    );
    expect(Object.keys(ld).sort()).to.deep.equal(['@context', '@id', '@type', 'description', 'hasPart', 'name', 'url']);
    expect(ld.name).to.equal('bare');
    const clip = (ld.hasPart as Node[])[0];
    expect([clip.startOffset, clip.endOffset]).to.deep.equal([0, 1]);
    expect(clip.about).to.not.have.property('offers');
    expect(shapeProblems(ld)).to.deep.equal([]);
  });

  it('drops unsafe URLs even from a show that skipped validation', () => {
    const unsafe = { ...spring(), video: { src: 'javascript:alert(1)', poster: 'data:image/png,x', captions: [] } } as Show;
    const ld = showJsonLd(unsafe, { pageUrl: PAGE });
    expect(ld).to.not.have.property('contentUrl');
    expect(ld).to.not.have.property('thumbnailUrl');
  });

  it('throws on a relative pageUrl', () => {
    expect(() => showJsonLd(spring(), { pageUrl: '/live/spring' })).to.throw(TypeError);
  });
});

describe('jsonLdScript', () => {
  const hostile = '</script><script>alert(1)</script><!--';
  const hostileShow = () =>
    show({
      id: 'x',
      title: hostile,
      products: [{ id: 'p', title: hostile, price: { amount: 100, currency: 'USD' } }],
      moments: [{ productId: 'p', start: 1, end: 2 }],
    });

  it('cannot be closed or commented out by data, and parses back to the same object', () => {
    const html = jsonLdScript(hostileShow(), { pageUrl: 'https://shop.example/p' });
    expect(html.startsWith('<script type="application/ld+json">')).to.equal(true);
    expect(html.endsWith('</script>')).to.equal(true);
    const body = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(body).to.not.match(/[<>&]/);
    expect(JSON.parse(body)).to.deep.equal(showJsonLd(hostileShow(), { pageUrl: 'https://shop.example/p' }));
  });

  it('yields exactly one script element with the data when a page parses it', () => {
    const html = jsonLdScript(hostileShow(), { pageUrl: 'https://shop.example/p' });
    const parsed = new DOMParser().parseFromString(`<!doctype html><head>${html}</head>`, 'text/html');
    const scripts = parsed.querySelectorAll('script');
    expect(scripts.length).to.equal(1);
    const ld = JSON.parse(scripts[0].textContent ?? '');
    expect(ld.name).to.equal(hostile);
    expect(ld.hasPart[0].about.name).to.equal(hostile);
  });
});

describe('injectJsonLd', () => {
  afterEach(() => document.head.querySelectorAll('script[data-shoppable-show]').forEach((s) => s.remove()));

  it('adds one script to the head, replaced (not duplicated) when called again', () => {
    const first = injectJsonLd(document, spring(), { uploadDate: '2026-03-01' });
    expect(first.parentNode).to.equal(document.head);
    expect(first.type).to.equal('application/ld+json');
    const ld = JSON.parse(first.textContent ?? '');
    expect(ld.url).to.equal(new URL(location.href.split('#')[0]).href);
    expect(ld.uploadDate).to.equal('2026-03-01');
    const second = injectJsonLd(document, spring(), { pageUrl: 'https://shop.example/other' });
    expect(second).to.equal(first);
    expect(document.head.querySelectorAll('script[data-shoppable-show="spring"]').length).to.equal(1);
    expect(JSON.parse(second.textContent ?? '').url).to.equal('https://shop.example/other');
  });
});
