// A cart refusal that a retry cannot fix (`out-of-stock`, `quantity-limited`): the card shows the
// store's message, and no Retry (issue #20). Any other failure keeps Retry. Real input (a finger at
// phone size, the mouse on a desktop), in English and in Arabic (right to left).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/product-card/product-card.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import { CartError } from '../../src/cart/errors.js';
import type { CartFailureReason } from '../../src/events.js';
import { clickAt, screenshot, tap } from '../helpers/input.js';
import { specMusicBox } from '../fixtures/products.js';
import { waitUntil } from '../wait.js';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, press: tap },
  { name: 'desktop', width: 1280, height: 800, press: clickAt },
] as const;
const $ = (el: Element, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
const text = (el: Element, part: string) => $(el, part)?.textContent?.replace(/\s+/g, ' ').trim();

/** A card whose store refuses every add with `reason` (and `message`, '' for the card's own text). */
async function refusing(locale: string, reason: CartFailureReason, message = '') {
  const el = await fixture<ShoppableProductCard>(
    html`<shoppable-product-card locale=${locale} .product=${specMusicBox()} style="display:block;max-width:360px"></shoppable-product-card>`,
  );
  el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.reject(new CartError(message, { reason }))));
  el.addEventListener('shoppable-error', (e) => e.stopPropagation());
  await el.updateComplete;
  return el;
}

describe('<shoppable-product-card> refusals a retry cannot fix', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const vp of VIEWPORTS) {
    for (const locale of ['en-GB', 'ar']) {
      for (const reason of ['out-of-stock', 'quantity-limited'] as const) {
        it(`${reason}: the store's message, no Retry (${vp.name}, ${locale})`, async () => {
          await setViewport({ width: vp.width, height: vp.height });
          const el = await refusing(locale, reason);
          await vp.press($(el, 'add-to-cart')!);
          await waitUntil(() => $(el, 'card-status'), 'no status after the refusal');
          const expected = locale === 'ar'
            ? { 'out-of-stock': 'عذرًا، هذا المنتج غير متوفر في المخزون.', 'quantity-limited': 'لا يتوفر سوى جزء من هذه الكمية.' }[reason]
            : { 'out-of-stock': 'Sorry, this is out of stock.', 'quantity-limited': 'Only part of that quantity is available.' }[reason];
          expect(text(el, 'card-status')).to.equal(expected);
          expect($(el, 'retry'), 'Retry cannot succeed').to.equal(null);
          // The add button is back, for another quantity or variant.
          expect($(el, 'add-to-cart')!.getAttribute('aria-disabled')).to.not.equal('true');
          if (reason === 'quantity-limited') await screenshot(`/tmp/wt20r/refusal-${vp.name}-${locale}.png`);
        });
      }
    }

    it(`shows the store's own words for a refusal, without Retry (${vp.name})`, async () => {
      await setViewport({ width: vp.width, height: vp.height });
      const el = await refusing('en-GB', 'quantity-limited', 'Only 2 left in stock');
      await vp.press($(el, 'add-to-cart')!);
      await waitUntil(() => $(el, 'card-status'), 'no status after the refusal');
      expect(text(el, 'card-status')).to.equal('Only 2 left in stock');
      expect($(el, 'retry')).to.equal(null);
    });

    it(`keeps Retry for a failure a retry may fix (${vp.name})`, async () => {
      await setViewport({ width: vp.width, height: vp.height });
      const el = await refusing('ar', 'unknown');
      await vp.press($(el, 'add-to-cart')!);
      await waitUntil(() => $(el, 'retry'), 'no Retry after an unknown failure');
      expect(text(el, 'retry')).to.not.equal('');
    });
  }
});
