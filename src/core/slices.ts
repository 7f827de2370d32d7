/**
 * Long work cut into slices that let the browser breathe between them: a show at the documented
 * limits (docs/limits.md) takes a quarter of a second to read, longer than a page may be blocked.
 * The work is a generator that `yield`s wherever it may stop; {@link runInSlices} runs it until a
 * slice is spent, then waits for `pause()` (the element passes a yield to the browser's task queue).
 * A small show never waits: it is read in one go, as before. DOM-free.
 * @module
 */

/** How {@link runInSlices} runs. */
export interface SliceOptions {
  /** Lets the browser run other tasks (input, rendering) and resolves to continue. */
  readonly pause: () => Promise<void>;
  /** Milliseconds of work per slice (default 30: a long task starts at 50). */
  readonly sliceMs?: number;
  /** When the current slice began, if work before the steps (parsing, say) already used some of it. */
  readonly since?: number;
  /** Stops the work at the next pause when it becomes true (a new show was asked for). */
  readonly signal?: { readonly aborted: boolean };
  /** The clock (default `performance.now`). */
  readonly now?: () => number;
}

/** Default milliseconds of work per slice. */
export const SLICE_MS = 30;

/**
 * Runs `steps` to the end, pausing whenever a slice is spent at one of its `yield`s, and once more
 * before returning if it paused at all (what the caller does next, e.g. render, gets a task of its
 * own). Resolves to what `steps` returns, or `undefined` when `signal` was aborted at a pause.
 */
export async function runInSlices<T>(steps: Generator<void, T>, options: SliceOptions): Promise<T | undefined> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let end = (options.since ?? now()) + sliceMs;
  let paused = false;
  const pause = async (): Promise<boolean> => {
    paused = true;
    await options.pause();
    end = now() + sliceMs;
    return !options.signal?.aborted;
  };
  for (;;) {
    const step = steps.next();
    if (step.done) return paused && !(await pause()) ? undefined : step.value;
    if (now() >= end && !(await pause())) return undefined;
  }
}
