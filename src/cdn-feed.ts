/**
 * CDN entry of `<shoppable-feed>`: `<script type="module" src=".../shoppable-feed.js">` registers
 * the feed and `<shoppable-video>`. A separate script from `shoppable-video.js`, so that pages
 * without a feed do not pay for it (that entry stays within its 20 KB budget); both share their
 * chunks, so a page loading both fetches Lit and the player once.
 * @module
 */
// First, as in the player's entry (cdn.ts): the two entries then share one chunk, the player's.
import './engine/start-early.js';
import './register.js';
import './components/shoppable-feed/shoppable-feed.js';
