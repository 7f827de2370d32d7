/**
 * Undo and redo over immutable states: each commit keeps the state before it. A run of commits
 * with the same `group` (the moves of one drag, the keystrokes of one field) is one step. DOM-free.
 * @module
 */

/** The states behind and ahead of the present one. */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The group of the last commit; a commit in the same group replaces it instead of adding a step. */
  readonly group?: string;
}

/** How many steps back undo reaches; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/** A history with nothing to undo. */
export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/**
 * Makes `next` the present. The same object as the present is no step at all; a commit in the
 * last commit's `group` merges into that step. Redo is cleared, as in every editor.
 */
export function commit<T>(h: History<T>, next: T, group?: string): History<T> {
  if (next === h.present) return h;
  if (group !== undefined && group === h.group) return { past: h.past, present: next, future: [], group };
  const past = [...h.past, h.present].slice(-HISTORY_LIMIT);
  return group === undefined ? { past, present: next, future: [] } : { past, present: next, future: [], group };
}

/** The state before the last step, or the same history when there is none. */
export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1]!, future: [h.present, ...h.future] };
}

/** The step undo took back, or the same history when there is none. */
export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1) };
}
