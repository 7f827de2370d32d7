// Shared pieces of the reliability suite: short hls.js retry policies (so a fatal case ends in
// seconds, not hls.js's default minutes), a player fixture that records shoppable-error events,
// unique fault keys, and the player's parts.
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableErrorEvent } from '../../src/events.js';

const retry = (n: number) => ({ maxNumRetry: n, retryDelayMs: 100, maxRetryDelayMs: 200 });
const policy = (ms: number, errors: number) => ({
  default: { maxTimeToFirstByteMs: ms, maxLoadTimeMs: ms * 4, timeoutRetry: retry(0), errorRetry: retry(errors) },
});

/**
 * hls.js 1.7 reads `*LoadPolicy` (the `*LoadingMaxRetry` options are deprecated aliases): one
 * manifest retry and a 1.5 s first-byte limit, two fragment retries 100 ms apart.
 */
export const FAST_HLS = {
  manifestLoadPolicy: policy(1500, 1),
  playlistLoadPolicy: policy(1500, 1),
  fragLoadPolicy: policy(4000, 2),
  steeringManifestLoadPolicy: policy(1500, 0),
};

export const REPLAY = 'demo/media/replay/master.m3u8';
export const MP4 = '/demo/media/replay.mp4';

/**
 * A fault key no other test (or earlier run against the same server) uses: random, because test
 * files run side by side in pages of their own, where a clock and a counter can coincide.
 */
export const uniqueKey = (name: string) => `${name}-${crypto.randomUUID()}`;

export const part = (el: ShoppableVideo, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** A muted autoplaying player on `src` with the short retry policies; records shoppable-error. */
export async function player(src: string, opts: { fallback?: string; hls?: Record<string, unknown> } = {}) {
  const errors: ShoppableErrorEvent[] = [];
  const el = await fixture<ShoppableVideo>(html`<shoppable-video
    src=${src}
    fallback-src=${opts.fallback ?? ''}
    muted
    autoplay
    .hlsConfig=${{ ...FAST_HLS, ...opts.hls }}
    @shoppable-error=${(e: ShoppableErrorEvent) => errors.push(e)}
  ></shoppable-video>`);
  return { el, errors };
}

/** Waits until playback is past `time` seconds. */
export function playsPast(el: ShoppableVideo, time: number, timeout = 12_000) {
  return waitUntil(() => el.video.currentTime > time, `did not play past ${time} s (at ${el.video.currentTime})`, {
    timeout,
    interval: 50,
  });
}

/** Waits for the error state (part `error` with its Retry). */
export async function errorState(el: ShoppableVideo, errors: ShoppableErrorEvent[], timeout = 8000) {
  await waitUntil(() => errors.length > 0 && part(el, 'error') && part(el, 'retry'), 'no error state', { timeout });
}
