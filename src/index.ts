/**
 * shoppable-video: element classes, event types and the DOM-free core. Registers nothing:
 * import `shoppable-video` (the package root) or an element's module to register elements.
 * @module
 */
export * from './types.js';
export * from './events.js';
export { safeUrl } from './core/url.js';
