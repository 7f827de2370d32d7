/** Registers every element (side effects only), and re-exports the public API. @module */
import './components/product-card/product-card.js';
import './components/product-list/product-list.js';

export * from './index.js';
