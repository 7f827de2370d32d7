// `window.cycle()`: mounts a muted autoplaying embed, waits until it plays, then removes it. The
// runner calls it 50 times and reads the heap after garbage collection. Nothing here keeps a
// reference to an element once the cycle is over.
import { firstFrame, settle } from './cycle-common.js';

const host = document.getElementById('host');
await customElements.whenDefined('shoppable-video');

window.cycle = async () => {
  const el = document.createElement('shoppable-video');
  el.className = 'player';
  el.setAttribute('src', '/demo/media/replay/master.m3u8');
  el.setAttribute('muted', '');
  el.setAttribute('autoplay', '');
  host.append(el);
  if (!el.video) await el.updateComplete;
  const played = await firstFrame(el.video ?? el.shadowRoot.querySelector('video'));
  await settle();
  el.remove();
  return played;
};
window.cyclesReady = true;
