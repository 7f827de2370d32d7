/**
 * The shop layer of `<shoppable-video>` as one lazy chunk: the show document and its validation,
 * the cue timeline, stream pins, markets, and the overlay and product sheet that render them.
 * The player imports it once it has a show and is near the viewport. The card's and list's own
 * chunks come along: the overlay shows cards as soon as the show has a moment on screen.
 * @module
 */
export { CardBehaviour } from '../../product-card/product-card.behaviour.js';
export { ListBehaviour } from '../../product-list/product-list.behaviour.js';
export { ShopController } from './shop-controller.js';
export { renderShopControls, renderShopOverlay, renderShopSheet, shopMarkers } from './shop-templates.js';
export { shopStyles } from './shop.styles.js';
