// The library playing the replay with the generated show of 2,000 moments (show-2000.js), passed
// as the `.show` property.
import { show } from './show-2000.js';

await customElements.whenDefined('shoppable-video');
const el = document.querySelector('shoppable-video');
el.show = show;
if (!el.video) await el.updateComplete;
__bench.watch(el.video ?? el.shadowRoot?.querySelector('video'));
