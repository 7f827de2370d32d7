// The library playing the replay with the show at every documented limit (limits-show.js), read
// from its `show` URL as a page without a build step would.
await customElements.whenDefined('shoppable-video');
const el = document.querySelector('shoppable-video');
if (!el.video) await el.updateComplete;
__bench.watch(el.video ?? el.shadowRoot?.querySelector('video'));
