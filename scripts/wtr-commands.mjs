// web-test-runner commands that @web/test-runner-commands lacks, run on the page's Chromium:
// - `executeServerCommand('tap', { x, y })`: a finger's tap through Chromium's input pipeline
//   (CDP Input.dispatchTouchEvent, touch start then end), so hit testing, pointer events
//   (pointerType "touch") and the synthesised click are the browser's own;
// - `executeServerCommand('screenshot', { path, clip? })`: a PNG (or JPEG, by the path's ending) of
//   the page's viewport or of a clip of it (`npm run shots`).
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export function chromeCommandsPlugin() {
  return {
    name: 'shoppable-chrome-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tap' && command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'screenshot') {
        const path = resolve(payload.path);
        await mkdir(dirname(path), { recursive: true });
        const jpeg = /\.jpe?g$/i.test(path);
        await page.screenshot({ path, clip: payload.clip, type: jpeg ? 'jpeg' : 'png', ...(jpeg ? { quality: 80 } : {}) });
        return true;
      }
      const client = await page.target().createCDPSession();
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
