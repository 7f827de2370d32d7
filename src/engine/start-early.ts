/**
 * Side effect only: runs {@link startEarly} when imported. The CDN entry imports it first, so that
 * it runs before Lit and the elements are evaluated (a call in the entry's own body would run after
 * every import).
 * @module
 */
import { startEarly } from './early-start.js';

startEarly();
