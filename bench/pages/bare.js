// What a page without the library does: a <video> and hls.js, imported statically. The engine at
// /bench/engine/hls.js is stock hls.js's default build, `hls.min.mjs` (the runner maps the URL; see
// bench/run.mjs): what `import Hls from 'hls.js'` gives a page without the library. The bare pages
// modulepreload this file, so hls.js is two hops from the HTML (page script, then hls.js), as on a
// page whose own script imports hls.js.
import * as engine from '/bench/engine/hls.js';

/** The hls.js class, wherever the chunk exports it (rollup may rename or nest a chunk's exports). */
export const Hls = findHls(engine);

function findHls(mod) {
  for (const value of Object.values(mod)) {
    if (typeof value === 'function' && typeof value.isSupported === 'function') return value;
    if (value && typeof value.default === 'function' && typeof value.default.isSupported === 'function') return value.default;
  }
  throw new Error('The engine chunk exports no Hls class.');
}

/** Page options from the query string: `src`, `autoplay` (1/0) and `top` (pixels above the player). */
export function options() {
  const q = new URLSearchParams(location.search);
  return {
    src: q.get('src') ?? '/demo/media/replay/master.m3u8',
    autoplay: q.get('autoplay') !== '0',
    top: Number(q.get('top') ?? 0),
    workerPath: q.get('worker') ?? undefined,
  };
}

/** Plays `src` on `video` the plain way: hls.js with its defaults for HLS, the video's own src otherwise. */
export function attach(video, src) {
  if (!/\.m3u8(?:[?#]|$)/.test(src)) {
    video.src = src;
    return null;
  }
  const { workerPath } = options();
  const hls = new Hls(workerPath ? { workerPath } : undefined);
  hls.attachMedia(video);
  hls.loadSource(src);
  return hls;
}
