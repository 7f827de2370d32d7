import * as fc from 'fast-check';
import '../../src/components/product-card/product-card.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import { localizedText } from '../../src/core/market.js';
import { validateProduct, validateShow } from '../../src/core/show.js';
import type { Product } from '../../src/types.js';
import { HOSTILE_TEXT, checkAsync, hostileText, keptUrl, unsafeUrl, validProduct } from './arbitraries.js';
import { ok } from './invariants.js';
import { guardPage } from './page-guard.js';

/** Every element the card's own templates draw; anything else came from data. */
const TEMPLATE_TAGS = new Set(['ARTICLE', 'IMG', 'DIV', 'H3', 'P', 'SPAN', 'S', 'FIELDSET', 'LEGEND', 'LABEL', 'INPUT', 'BUTTON', 'A']);

const { uncaught: errors, host } = guardPage();

const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;

/**
 * Renders `input`, clicks through its options and Add to cart, and checks the shadow DOM against
 * `product`, what the card reads `input` as (`input` itself when it is already read).
 */
async function renderAndCheck(
  product: Product,
  locale: string,
  compact: boolean,
  clicks: readonly number[],
  input: unknown = product,
): Promise<void> {
  const card = document.createElement('shoppable-product-card') as ShoppableProductCard;
  card.locale = locale;
  card.compact = compact;
  card.product = input as Product;
  host.append(card);
  try {
    await card.updateComplete;
    const root = card.shadowRoot!;
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    for (const i of clicks) {
      if (radios.length === 0) break;
      radios[i % radios.length].click();
      await card.updateComplete;
    }
    root.querySelector<HTMLButtonElement>('[part="add-to-cart"]')?.click();
    await card.updateComplete;

    for (const el of root.querySelectorAll('*')) {
      ok(TEMPLATE_TAGS.has(el.tagName), `a <${el.tagName.toLowerCase()}> element came from data`);
      for (const attr of el.getAttributeNames()) ok(!attr.startsWith('on'), `<${el.tagName.toLowerCase()} ${attr}> came from data`);
      const url = el instanceof HTMLAnchorElement ? el.href : el instanceof HTMLImageElement ? el.src : undefined;
      if (url !== undefined) {
        const protocol = new URL(url).protocol;
        ok(protocol === 'http:' || protocol === 'https:', `<${el.tagName.toLowerCase()}> points at ${protocol}`);
      }
    }
    ok(root.querySelectorAll('img').length <= 1, 'more than one image');
    const title = localizedText(product.title, locale).text;
    ok(root.querySelector('[part="card-title"]')!.textContent === title, 'the title is not shown as its raw text');
    ok(root.querySelector('[part="card"]')!.getAttribute('aria-label') === title, 'the label is not the raw title');
    const description = localizedText(product.description, locale).text;
    if (!compact && description) ok(root.querySelector('[part="card-description"]')!.textContent!.includes(description), 'description');
    ok(pwned() === undefined, 'script from data ran');
    ok(errors.length === 0, `uncaught: ${errors.join('; ')}`);
  } finally {
    card.remove();
  }
}

const locale = fc.constantFrom('en', 'en-GB', 'ja', 'ar', 'zh-CN', 'de-CH', '', 'x-invalid-', '__proto__');
const clicks = fc.array(fc.nat(), { maxLength: 4 });

describe('fuzz: <shoppable-product-card> with hostile data', function (this: Mocha.Suite) {
  // CPU-bound properties: on a loaded 2-core machine one may take longer than the 15 s default.
  this.timeout(60_000);
  afterEach(() => ok(errors.length === 0, `uncaught: ${errors.join('; ')}`));

  it('renders validated hostile products as text, with only http(s) or relative links', async () => {
    await checkAsync(
      fc.asyncProperty(validProduct(true), locale, fc.boolean(), clicks, async (raw, loc, compact, picks) => {
        const { show } = validateShow({ id: 's', products: [raw] });
        const product = show.products[0];
        ok(product, 'a valid product was dropped');
        await renderAndCheck(product, loc, compact, picks);
      }),
      40,
    );
  });

  it('reads unvalidated products set straight on the property: 10,000-character titles, unsafe URLs', async () => {
    const title = fc.oneof(
      fc.constantFrom(...HOSTILE_TEXT),
      fc
        .tuple(fc.constantFrom(...HOSTILE_TEXT), fc.integer({ min: 1, max: 10_000 }))
        .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
      fc.dictionary(fc.constantFrom('en', 'ja', 'ar', '__proto__', 'EN-gb', 'zh_Hans'), hostileText()),
    );
    const url = fc.oneof(unsafeUrl, keptUrl(true));
    const product = fc.record({ id: hostileText(), title, description: title, url, image: url }).map(
      (p): Product => ({ ...p, prices: [], options: [], variants: [], available: true, price: { amount: 1999, currency: 'GBP' } }),
    );
    await checkAsync(
      fc.asyncProperty(product, locale, fc.boolean(), async (p, loc, compact) => {
        // The card reads what it is given as the player reads a show: what the reader keeps is
        // drawn (as text), what it refuses is not drawn at all (see test/fuzz/standalone.test.ts).
        const read = validateProduct(p).product;
        if (read) await renderAndCheck(read, loc, compact, [], p);
      }),
      30,
    );
  });
});
