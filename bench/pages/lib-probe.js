// Points the probe at the first <shoppable-video>'s inner <video> once the element is defined.
await customElements.whenDefined('shoppable-video');
const el = document.querySelector('shoppable-video');
if (el) {
  if (!el.video) await el.updateComplete;
  __bench.watch(el.video ?? el.shadowRoot?.querySelector('video'));
}
