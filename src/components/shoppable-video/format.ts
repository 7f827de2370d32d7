/** Time formatting and clamping for the player's controls. DOM-free. @module */

export { formatTime } from '../../core/media-time.js';

/** `value` limited to `[min, max]`. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
