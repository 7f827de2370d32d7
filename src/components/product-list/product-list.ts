/** Registers `<shoppable-product-list>` and the `<shoppable-product-card>` it uses (side effects). @module */
import '../product-card/product-card.js';
import { ShoppableProductList } from './product-list.component.js';

export { ShoppableProductList };

if (!customElements.get('shoppable-product-list')) {
  customElements.define('shoppable-product-list', ShoppableProductList);
}

declare global {
  interface HTMLElementTagNameMap {
    'shoppable-product-list': ShoppableProductList;
  }
}
