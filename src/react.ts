/**
 * React components for the elements, made with `@lit/react`: properties set as properties (objects
 * included), and the library's events as typed `on...` props. Works with React 17, 18 and 19;
 * importing this module registers the elements. Render on the client: the elements need the DOM.
 *
 * ```tsx
 * import { ShoppableVideo } from 'shoppable-video/react';
 *
 * <ShoppableVideo src="/replay.m3u8" show="/show.json"
 *   onAddToCart={(e) => e.detail.waitUntil(cart.add(e.detail.product.id, e.detail.quantity))} />
 * ```
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ShoppableVideo as ShoppableVideoElement } from './components/shoppable-video/shoppable-video.component.js';
import { ShoppableProductCard as ShoppableProductCardElement } from './components/product-card/product-card.component.js';
import { ShoppableProductList as ShoppableProductListElement } from './components/product-list/product-list.component.js';
import type {
  ShoppableAddToCartCompleteEvent,
  ShoppableAddToCartEvent,
  ShoppableErrorEvent,
  ShoppableProductClickEvent,
  ShoppableProductHideEvent,
  ShoppableProductShowEvent,
  ShoppableSeekRequestEvent,
} from './events.js';
import './register.js';

/** The shop events every element forwards: prop name to event name, typed with the event class. */
const shopEvents = {
  onAddToCart: 'shoppable-add-to-cart' as EventName<ShoppableAddToCartEvent>,
  onAddToCartComplete: 'shoppable-add-to-cart-complete' as EventName<ShoppableAddToCartCompleteEvent>,
  onProductClick: 'shoppable-product-click' as EventName<ShoppableProductClickEvent>,
  onShoppableError: 'shoppable-error' as EventName<ShoppableErrorEvent>,
};

/**
 * `<shoppable-video>` as a React component. Props are the element's properties (`src`, `show` as
 * a URL or an object, `poster`, `currency`, `market`, ...) plus these event props:
 * `onAddToCart`, `onAddToCartComplete`, `onProductClick`, `onProductShow`, `onProductHide`,
 * `onShoppableError` (the library's typed events), and `onPlay`, `onPause`, `onTimeUpdate`,
 * `onEnded` (the media events it re-dispatches). A `ref` gives the element (`play()`, `currentTime`).
 */
export const ShoppableVideo = createComponent({
  react: React,
  tagName: 'shoppable-video',
  elementClass: ShoppableVideoElement,
  displayName: 'ShoppableVideo',
  events: {
    ...shopEvents,
    onProductShow: 'shoppable-product-show' as EventName<ShoppableProductShowEvent>,
    onProductHide: 'shoppable-product-hide' as EventName<ShoppableProductHideEvent>,
    onPlay: 'play' as EventName<Event>,
    onPause: 'pause' as EventName<Event>,
    onTimeUpdate: 'timeupdate' as EventName<Event>,
    onEnded: 'ended' as EventName<Event>,
  },
});

/**
 * `<shoppable-product-card>` as a React component: `product`, `market`, `rates`, ... as props, and
 * `onAddToCart`, `onAddToCartComplete`, `onProductClick`, `onShoppableError`.
 */
export const ShoppableProductCard = createComponent({
  react: React,
  tagName: 'shoppable-product-card',
  elementClass: ShoppableProductCardElement,
  displayName: 'ShoppableProductCard',
  events: shopEvents,
});

/**
 * `<shoppable-product-list>` as a React component: `products`, ... as props, the card events, and
 * `onSeekRequest` ("Watch the moment") and `onListClose`.
 */
export const ShoppableProductList = createComponent({
  react: React,
  tagName: 'shoppable-product-list',
  elementClass: ShoppableProductListElement,
  displayName: 'ShoppableProductList',
  events: {
    ...shopEvents,
    onSeekRequest: 'shoppable-seek-request' as EventName<ShoppableSeekRequestEvent>,
    onListClose: 'shoppable-list-close' as EventName<CustomEvent<undefined>>,
  },
});
