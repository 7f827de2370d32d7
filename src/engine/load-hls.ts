/**
 * Imports one hls.js build. Each import is its own lazy chunk in the CDN build; bundlers resolve
 * `hls.js` and `hls.js/light` through hls.js's package exports and the subtitles build by path.
 * @module
 */
import type { HlsBuild } from '../core/hls-features.js';
import type { HlsConstructor } from './hls-types.js';

/**
 * The build to import beside the master playlist, before it says which one it needs: the one a
 * `<link rel="modulepreload">` of the page names, else `subtitles`. That default also plays what the
 * light build plays, so for a stream without subtitles it costs the 22 KB (gzip) between the two,
 * where guessing `light` for a stream with subtitles would cost all of light's 115 KB and the wait.
 */
export function likelyBuild(): HlsBuild {
  // A CDN build's engine file, dist/cdn/hls-<build>.js: unhashed, so that the page's link and the
  // entry's import are one URL (rollup.config.mjs).
  const link = document.querySelector<HTMLLinkElement>('link[rel~=modulepreload][href*="/hls-"]');
  return (link?.href.match(/\/hls-(light|subtitles|full)\.js/)?.[1] as HlsBuild | undefined) ?? 'subtitles';
}

/** Imports the Hls class of `build`. */
export function loadHlsBuild(build: HlsBuild): Promise<HlsConstructor> {
  const loaded =
    build === 'light' ? import('hls.js/light') : build === 'subtitles' ? import('./hls-subtitles.js') : import('hls.js');
  // hls.js's class, seen through the library's structural type of it (engine/hls-types).
  return loaded.then((m) => m.default as unknown as HlsConstructor);
}
