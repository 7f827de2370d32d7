// The library playing the replay with the show at every documented limit (limits-show.js), passed
// as the `.show` property once the element is defined. `__bench.showAt` is when it was set.
import { limitsShow } from './limits-show.js';

const show = limitsShow();
await customElements.whenDefined('shoppable-video');
const el = document.querySelector('shoppable-video');
__bench.showAt = performance.now();
el.show = show;
if (!el.video) await el.updateComplete;
__bench.watch(el.video ?? el.shadowRoot?.querySelector('video'));
