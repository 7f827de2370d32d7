/** Registers `<shoppable-product-card>` (side effect). @module */
import { ShoppableProductCard } from './product-card.component.js';

export { ShoppableProductCard };

if (!customElements.get('shoppable-product-card')) {
  customElements.define('shoppable-product-card', ShoppableProductCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'shoppable-product-card': ShoppableProductCard;
  }
}
