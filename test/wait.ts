import { waitUntil as poll } from '@open-wc/testing';

/** The least time any wait gets before it fails: a guard against a hang, never the expected time. */
export const GUARD_MS = 15_000;

/**
 * @open-wc/testing's `waitUntil` (the predicate is checked every `interval` ms until it holds), with
 * its timeout raised to at least {@link GUARD_MS}. Its default of one second is a bet on the
 * machine's speed: a test waits for the state, and fails only when the state never comes.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return poll(predicate, message, { ...options, timeout: Math.max(options.timeout ?? 0, GUARD_MS) });
}
