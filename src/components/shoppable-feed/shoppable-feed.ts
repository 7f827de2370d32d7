/** Registers `<shoppable-feed>` and the `<shoppable-video>` its full-screen player uses (side effects). @module */
import '../shoppable-video/shoppable-video.js';
import { ShoppableFeed } from './shoppable-feed.component.js';

export { ShoppableFeed };

if (!customElements.get('shoppable-feed')) {
  customElements.define('shoppable-feed', ShoppableFeed);
}

declare global {
  interface HTMLElementTagNameMap {
    'shoppable-feed': ShoppableFeed;
  }
}
