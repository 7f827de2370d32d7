/**
 * The page the element fuzz files mount into: records every uncaught error and unhandled rejection,
 * handles every add to cart (no run may navigate or open a window), and gives a host to mount in.
 * @module
 */

/** What the guard records and where to mount; `uncaught` is emptied by nobody but the caller. */
export interface PageGuard {
  readonly uncaught: string[];
  readonly host: HTMLElement;
}

/** Registers Mocha `before`/`after` hooks for the enclosing file or suite. */
export function guardPage(): PageGuard {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(e.reason)}`);
  const onAdd = (e: Event) => e.preventDefault();
  const guard = { uncaught, host: document.createElement('div') };
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    document.addEventListener('shoppable-add-to-cart', onAdd);
    document.body.append(guard.host);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('shoppable-add-to-cart', onAdd);
    guard.host.remove();
  });
  return guard;
}
