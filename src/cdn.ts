/**
 * CDN entry: `<script type="module" src=".../shoppable-video.js">` registers every element.
 * It exports nothing, so the bundle carries only what the elements use; hls.js is a lazy chunk
 * next to it, fetched relative to this file's URL when a source needs it. Its first code starts the
 * players that will play at once (engine/early-start), before Lit and the elements are evaluated.
 * @module
 */
import './engine/start-early.js';
import './register.js';
