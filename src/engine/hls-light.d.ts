// hls.js's light build: `exports["./light"]` in its package.json, which ships no types of its own.
declare module 'hls.js/light' {
  import Hls from 'hls.js';
  export default Hls;
}
