/**
 * Imports one hls.js build. Each import is its own lazy chunk in the CDN build; bundlers resolve
 * `hls.js` and `hls.js/light` through hls.js's package exports and the subtitles build by path.
 * @module
 */
import type { HlsBuild } from '../core/hls-features.js';
import type { HlsConstructor } from './hls-types.js';

/** Imports the Hls class of `build`. */
export function loadHlsBuild(build: HlsBuild): Promise<HlsConstructor> {
  const loaded =
    build === 'light' ? import('hls.js/light') : build === 'subtitles' ? import('./hls-subtitles.js') : import('hls.js');
  // hls.js's class, seen through the library's structural type of it (engine/hls-types).
  return loaded.then((m) => m.default as unknown as HlsConstructor);
}
