/** Registers `<shoppable-product-list>` and the `<shoppable-product-card>` it uses (side effects). @module */
import '../product-card/product-card.js';
import { defineElsewhere, own } from '../define-element.js';
import { ShoppableProductList } from './product-list.component.js';

export { ShoppableProductList };

// A page that took the name gets a warning and this element under another (see define-element).
own(ShoppableProductList);
if (!customElements.get('shoppable-product-list')) customElements.define('shoppable-product-list', ShoppableProductList);
else defineElsewhere('shoppable-product-list', ShoppableProductList);

declare global {
  interface HTMLElementTagNameMap {
    'shoppable-product-list': ShoppableProductList;
  }
}
