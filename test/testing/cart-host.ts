// A stand-in product card for the testing-kit tests (the real card lives in src/components):
// an outer element whose shadow root holds a card whose shadow root holds the button.
import { LitElement, html } from 'lit';
import { AddToCartController, type AddToCartRequest } from '../../src/controllers/add-to-cart.js';
import { musicBox, variant } from '../fixtures/products.js';

export const product = musicBox({ variants: [variant('mb-waltz'), variant('mb-lullaby', { available: false })] });

export class TestKitCard extends LitElement {
  timeout = 15_000;
  request: AddToCartRequest = { product, variant: product.variants[0], quantity: 1, currentTime: 3, showId: 'show-1' };
  readonly cart = new AddToCartController(this, { timeout: () => this.timeout });

  override render() {
    const pending = this.cart.status === 'pending';
    return html`<button part="add-to-cart" aria-busy=${String(pending)} ?disabled=${pending}
      @click=${() => this.cart.press(this.request)}>Add to cart</button>`;
  }
}

export class TestKitShelf extends LitElement {
  override render() {
    return html`<test-kit-card></test-kit-card><test-kit-card></test-kit-card>`;
  }
}

if (!customElements.get('test-kit-card')) customElements.define('test-kit-card', TestKitCard);
if (!customElements.get('test-kit-shelf')) customElements.define('test-kit-shelf', TestKitShelf);
