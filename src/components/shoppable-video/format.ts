/** Time formatting for the player's controls. DOM-free. @module */

const pad = (n: number) => String(n).padStart(2, '0');

/** `75` → `"1:15"`, `3725` → `"1:02:05"`; anything not a finite, positive number → `"0:00"`. */
export function formatTime(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** `value` limited to `[min, max]`. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
