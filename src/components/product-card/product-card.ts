/** Registers `<shoppable-product-card>` (side effect). @module */
import { defineElsewhere, own } from '../define-element.js';
import { ShoppableProductCard } from './product-card.component.js';

export { ShoppableProductCard };

// A page that took the name gets a warning and this element under another (see define-element).
own(ShoppableProductCard);
if (!customElements.get('shoppable-product-card')) customElements.define('shoppable-product-card', ShoppableProductCard);
else defineElsewhere('shoppable-product-card', ShoppableProductCard);

declare global {
  interface HTMLElementTagNameMap {
    'shoppable-product-card': ShoppableProductCard;
  }
}
