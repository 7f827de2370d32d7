/**
 * The transmuxing worker under Trusted Types. A page that enforces
 * `require-trusted-types-for 'script'` refuses `new Worker(string)`, and hls.js starts its worker
 * from a plain string. The library's own policy, `shoppable-video`, turns the worker's `blob:`
 * URL (made by the library, of this page's origin) into a `TrustedScriptURL`, and nothing else.
 * The page allows it with `trusted-types shoppable-video` (docs/csp.md). Part of the lazy
 * transmuxing chunk.
 * @module
 */

/** The policy, shared by every copy of the library on the page (a script loaded twice). */
const SHARED = Symbol.for('shoppable-video.trusted-types-policy');

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesHost {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy };
  [SHARED]?: ScriptUrlPolicy | null;
}

/**
 * `url` as a `TrustedScriptURL` of the `shoppable-video` policy, or `url` itself where Trusted
 * Types do not exist or the page does not allow the policy (then a page enforcing them refuses
 * the worker, and hls.js transmuxes on the main thread). The policy is made once per page and
 * kept under a registered symbol, so a second copy of the script reuses it rather than failing
 * to create it again ("Policy shoppable-video already exists"). Typed as a string, as the DOM's
 * `Worker` signature in TypeScript knows no `TrustedScriptURL`.
 */
export function trustedScriptUrl(url: string): string {
  const host = globalThis as TrustedTypesHost;
  if (!host.trustedTypes) return url;
  if (host[SHARED] === undefined) {
    try {
      host[SHARED] = host.trustedTypes.createPolicy('shoppable-video', {
        createScriptURL(value) {
          if (value.startsWith(`blob:${location.origin}/`)) return value;
          throw new TypeError('shoppable-video: only the library\'s own blob: worker URLs are trusted');
        },
      });
    } catch {
      host[SHARED] = null; // the page's trusted-types directive does not name the policy
    }
  }
  return (host[SHARED]?.createScriptURL(url) as string | undefined) ?? url;
}

/**
 * Runs `make` (which makes hls.js start its worker from `url`) with `Worker` standing in, for that
 * synchronous call only, for one that starts `url` from its trusted form; other URLs pass as they are.
 */
export function withTrustedWorker<T>(url: string, make: () => T): T {
  const trusted = trustedScriptUrl(url);
  const Native = globalThis.Worker;
  if (trusted === url) return make();
  globalThis.Worker = class extends Native {
    constructor(script: string | URL, options?: WorkerOptions) {
      super(script === url ? trusted : script, options);
    }
  };
  try {
    return make();
  } finally {
    globalThis.Worker = Native;
  }
}
