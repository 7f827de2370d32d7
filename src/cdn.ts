/** CDN entry: `<script type="module" src=".../shoppable-video.js">` registers every element. @module */
export * from './define.js';
