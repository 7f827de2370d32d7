// web-test-runner commands that @web/test-runner-commands lacks, run on the page's Chromium:
// - `executeServerCommand('tap', { x, y })`: a finger's tap through Chromium's input pipeline
//   (CDP Input.dispatchTouchEvent, touch start then end), so hit testing, pointer events
//   (pointerType "touch") and the synthesised click are the browser's own;
// - `executeServerCommand('swipe', { x, y, dx, dy, steps?, ms?, hold? })`: a finger put down at (x, y)
//   and moved by (dx, dy) in `steps` moves over about `ms` milliseconds, rested `hold` ms, then
//   lifted (CDP touch events);
// - `executeServerCommand('wheel', { x, y, deltaY })`: one mouse-wheel event at (x, y) (CDP mouseWheel);
// - `executeServerCommand('screenshot', { path, clip? })`: a PNG (or JPEG, by the path's ending) of
//   the page's viewport or of a clip of it (`npm run shots`).
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export function chromeCommandsPlugin() {
  return {
    name: 'shoppable-chrome-commands',
    async executeCommand({ command, payload, session }) {
      if (!['tap', 'swipe', 'wheel', 'screenshot', 'dblclick'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'screenshot') {
        const path = resolve(payload.path);
        await mkdir(dirname(path), { recursive: true });
        const jpeg = /\.jpe?g$/i.test(path);
        await page.screenshot({ path, clip: payload.clip, type: jpeg ? 'jpeg' : 'png', ...(jpeg ? { quality: 80 } : {}) });
        return true;
      }
      const client = await page.target().createCDPSession();
      if (command === 'wheel') {
        try {
          await client.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: payload.x, y: payload.y, deltaX: 0, deltaY: payload.deltaY });
        } finally {
          await client.detach();
        }
        return true;
      }
      // A double click in one round trip (two sendMouse clicks take two, which a loaded machine can
      // stretch past what the page treats as one gesture): press and release, clickCount 1 then 2.
      if (command === 'dblclick') {
        try {
          const at = { x: payload.x, y: payload.y, button: 'left' };
          await client.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: payload.x, y: payload.y });
          for (const clickCount of [1, 2]) {
            await client.send('Input.dispatchMouseEvent', { type: 'mousePressed', clickCount, ...at });
            await client.send('Input.dispatchMouseEvent', { type: 'mouseReleased', clickCount, ...at });
          }
        } finally {
          await client.detach();
        }
        return true;
      }
      if (command === 'swipe') {
        try {
          const steps = Math.max(1, payload.steps ?? 8);
          const at = (i) => [{ x: payload.x + (payload.dx * i) / steps, y: payload.y + (payload.dy * i) / steps, radiusX: 4, radiusY: 4, force: 1, id: 1 }];
          await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
          for (let i = 1; i <= steps; i++) {
            await new Promise((r) => setTimeout(r, (payload.ms ?? 160) / steps));
            await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
          }
          // A finger that rests before lifting starts no fling (a tap during a fling is not a click).
          if (payload.hold) await new Promise((r) => setTimeout(r, payload.hold));
          await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        } finally {
          await client.detach();
        }
        return true;
      }
      try {
        const point = { x: payload.x, y: payload.y, radiusX: 4, radiusY: 4, force: 1, id: 1 };
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
        await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } finally {
        await client.detach();
      }
      return true;
    },
  };
}
