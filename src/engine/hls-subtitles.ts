/**
 * hls.js with subtitle/caption renditions and alternate audio but otherwise as light as
 * `hls.js/light`. In the sources (and in tests) this is hls.js's full build; `npm run build`
 * replaces the compiled file with a build of hls.js's own sources with only those features
 * (scripts/build-hls.mjs), when hls.js's dependencies are installed to build it.
 * @module
 */
export { default } from 'hls.js';
