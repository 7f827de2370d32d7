/**
 * The base of every element: the element class (its properties, attributes and public methods) is
 * in the script-tag entry, and the heavy parts of its behaviour (the shop layer, a card's cart
 * logic, a language's strings table) arrive as lazy chunks when an element first needs them. While
 * such a chunk is on its way, `updateComplete` waits for it, so `await el.updateComplete` still
 * means "rendered with everything it asked for".
 * @module
 */
import { LitElement, adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';
import { loadStrings } from '../core/locales/index.js';
import { ErrorCode, ShoppableErrorEvent } from '../events.js';

/**
 * A dynamic import made once per page, whoever asks first: `const loadView = once(() =>
 * import('./view.js'))`. A failed load is forgotten, so the next call tries again.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((cause: unknown) => {
      pending = undefined;
      throw cause;
    }));
}

/** See the module doc. */
export class LazyElement extends LitElement {
  private readonly pending = new Set<Promise<unknown>>();
  private extraStyles: CSSResultOrNative[] = [];

  /**
   * Renders again once `work` settles, and holds `updateComplete` until then. A rejection is
   * reported as a non-fatal `shoppable-error` (`chunk-load`) and resolves to `undefined`.
   */
  protected waitFor<T>(work: Promise<T>): Promise<T | undefined> {
    const settled = work.then(
      (value) => value,
      (cause: unknown) => {
        this.dispatchEvent(
          new ShoppableErrorEvent({
            code: ErrorCode.ChunkLoad,
            message: `A part of shoppable-video could not be loaded: ${String(cause)}`,
            fatal: false,
            cause,
          }),
        );
        return undefined;
      },
    );
    this.pending.add(settled);
    void settled.then(() => {
      this.pending.delete(settled);
      this.requestUpdate();
    });
    return settled;
  }

  /** Asks for `locale`'s built-in strings table (a chunk per language) when it is not loaded yet. */
  protected waitForStrings(locale: string | undefined): void {
    const table = loadStrings(locale);
    if (table) void this.waitFor(table);
  }

  /** Adds styles that came with a lazy chunk to this element's shadow root (CSP-safe: adopted sheets). */
  protected adoptLazyStyles(styles: CSSResultOrNative[]): void {
    const added = styles.filter((s) => !this.extraStyles.includes(s));
    if (added.length === 0) return;
    this.extraStyles = [...this.extraStyles, ...added];
    const root = this.renderRoot;
    if (root instanceof ShadowRoot) this.adoptInto(root, added);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot && this.extraStyles.length) this.adoptInto(root, this.extraStyles);
    return root;
  }

  private adoptInto(root: ShadowRoot, added: CSSResultOrNative[]): void {
    // Adopted sheets are replaced as a whole list; the `<style>` fallback only appends.
    if (supportsAdoptingStyleSheets) {
      adoptStyles(root, [...(this.constructor as typeof LitElement).elementStyles, ...this.extraStyles]);
    } else adoptStyles(root, added);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pending.size > 0) {
      await Promise.all(this.pending);
      done = await super.getUpdateComplete();
    }
    // The elements this one rendered (a player's cards, a list's cards) may wait for chunks too.
    const inner = [...(this.renderRoot?.querySelectorAll('*') ?? [])].filter((el): el is LazyElement => el instanceof LazyElement);
    if (inner.length) await Promise.all(inner.map((el) => el.updateComplete));
    return done;
  }
}
