// Runs inside /__csp/tt/tt-page.html: the strict policy plus Trusted Types, with the line docs/csp.md
// documents (`require-trusted-types-for 'script'; trusted-types lit-html shoppable-video
// 'allow-duplicates'`). Plays HLS until hls.js transmuxes in the library's worker, loads a second
// copy of the library's policy module and of Lit (as a second copy of the script would), and
// reports what it saw to the test that opened it.
import '../../src/define.js';
import '../../src/components/shoppable-video/shoppable-video.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { trustedScriptUrl } from '../../src/engine/trusted-worker.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

const report = (result: Record<string, unknown>) => opener.postMessage({ csp: true, violations, errors, ...result }, location.origin);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Internals {
  streamController?: { transmuxer?: { workerContext?: object | null; transmuxer?: object | null } | null };
}

async function run() {
  const player = document.createElement('shoppable-video') as ShoppableVideo;
  player.muted = true;
  // A short forward buffer, so that fragments keep coming after the hand-over: with the library's
  // (hls.js takes up to 60 s for this 260 kb/s stream) the whole 60 s replay may be buffered on the
  // main thread before the hand-over under load, and nothing is left for the worker (seen in a
  // loaded full run, as in test/controllers/transmux-worker.test.ts).
  player.hlsConfig = { maxBufferLength: 4, maxMaxBufferLength: 8 };
  player.setAttribute('src', '/demo/media/replay/master.m3u8');
  document.body.append(player);
  player.play().catch(() => {});

  const transmuxer = () => (player.hls as unknown as Internals | null)?.streamController?.transmuxer;
  const buffered = () => (player.video.buffered.length ? player.video.buffered.end(player.video.buffered.length - 1) : 0);
  const deadline = Date.now() + 15_000;
  while (!transmuxer()?.workerContext && Date.now() < deadline) await sleep(100);
  // A fragment buffered after the hand-over went through the worker.
  const handedOverAt = buffered();
  while (buffered() <= handedOverAt && Date.now() < deadline) await sleep(100);
  const tm = transmuxer();

  // A second copy of the script brings a second copy of the policy module and of Lit.
  const secondPolicy = '/src/engine/trusted-worker.ts?copy=2';
  const secondLit = '/node_modules/lit-html/development/lit-html.js?copy=2';
  const copy = (await import(secondPolicy)) as { trustedScriptUrl: typeof trustedScriptUrl };
  let litTwice = 'ok';
  await import(secondLit).catch((e: unknown) => (litTwice = String(e)));
  const blob = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
  const TrustedScriptURL = (globalThis as unknown as { TrustedScriptURL: new () => object }).TrustedScriptURL;
  let refused = '';
  try {
    trustedScriptUrl('https://evil.example/worker.js');
  } catch (e) {
    refused = String(e);
  }
  await sleep(100); // securitypolicyviolation events are dispatched asynchronously

  report({
    workerRunning: !!tm?.workerContext && !tm?.transmuxer,
    bufferedAfterHandOver: buffered() - handedOverAt,
    firstTrusted: (trustedScriptUrl(blob) as unknown) instanceof TrustedScriptURL,
    secondTrusted: (copy.trustedScriptUrl(blob) as unknown) instanceof TrustedScriptURL,
    litTwice,
    refused,
  });
}

run().catch((error) => report({ error: String(error) }));
