/** Registers `<shoppable-video>` (safe to load twice). @module */
import { ShoppableVideo } from './shoppable-video.component.js';

export { ShoppableVideo };

if (!customElements.get('shoppable-video')) customElements.define('shoppable-video', ShoppableVideo);

declare global {
  interface HTMLElementTagNameMap {
    'shoppable-video': ShoppableVideo;
  }
}
