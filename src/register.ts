/** Registers every element: side effects only, exports nothing. @module */
import './components/shoppable-video/shoppable-video.js';
import './components/product-card/product-card.js';
import './components/product-list/product-list.js';
