import '../components/shoppable-video/shoppable-video.js';
import './timeline.js';
import './hotspots.js';
import { ShoppableStudio } from './studio.component.js';

if (!customElements.get('shoppable-studio')) customElements.define('shoppable-studio', ShoppableStudio);

declare global {
  interface HTMLElementTagNameMap {
    'shoppable-studio': ShoppableStudio;
  }
}
