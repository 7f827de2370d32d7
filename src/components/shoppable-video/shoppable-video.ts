/** Registers `<shoppable-video>` (safe to load twice). @module */
import { defineElsewhere, own } from '../define-element.js';
import { ShoppableVideo } from './shoppable-video.component.js';

export { ShoppableVideo };

// A page that took the name gets a warning and this element under another (see define-element).
own(ShoppableVideo);
if (!customElements.get('shoppable-video')) customElements.define('shoppable-video', ShoppableVideo);
else defineElsewhere('shoppable-video', ShoppableVideo);

declare global {
  interface HTMLElementTagNameMap {
    'shoppable-video': ShoppableVideo;
  }
}
