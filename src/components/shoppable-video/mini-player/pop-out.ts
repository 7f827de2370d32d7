/**
 * The mini-player's pop-out: with Document Picture-in-Picture (Chromium 116+ on desktop), the
 * whole `<shoppable-video>` (overlay, sheet and cart included) moves into an always-on-top window
 * and comes back to its place when that window closes; elsewhere the video alone goes into the
 * browser's Picture-in-Picture. Part of the mini-player's lazy chunk.
 * @module
 */

interface DocumentPip {
  requestWindow(options: { width: number; height: number }): Promise<Window>;
}

/** Which pop-out this browser offers: the whole element, the video alone, or none. */
export function popOutKind(win: Window = window): 'document' | 'video' | undefined {
  if ('documentPictureInPicture' in win) return 'document';
  return win.document.pictureInPictureEnabled ? 'video' : undefined;
}

// Copies of the page's constructed sheets for another document, made once per sheet and document.
const copies = new WeakMap<Document, WeakMap<CSSStyleSheet, CSSStyleSheet>>();

// Each copy's page original, to give the page's own sheets back when the element returns.
const originals = new WeakMap<CSSStyleSheet, CSSStyleSheet>();

function copyFor(sheet: CSSStyleSheet, doc: Document): CSSStyleSheet {
  sheet = originals.get(sheet) ?? sheet;
  if (doc === document) return sheet;
  let byDoc = copies.get(doc);
  if (!byDoc) copies.set(doc, (byDoc = new WeakMap()));
  let copy = byDoc.get(sheet);
  if (!copy) {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    copy = new Sheet();
    copy.replaceSync([...sheet.cssRules].map((r) => r.cssText).join('\n'));
    byDoc.set(sheet, copy);
    originals.set(copy, sheet);
  }
  return copy;
}

const adopted = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
let popped = 0;

/**
 * Constructed style sheets belong to the document that made them, and Lit gives every element of
 * a class the same ones: an element that first renders inside the window (a product that comes on
 * screen there) would be refused them (NotAllowedError). While an element is popped out, a
 * shadow root in another document gets copies made for that document instead. Only such
 * cross-document assignments are touched, and only until the last window closes.
 */
function patchAdoption(on: boolean): void {
  if (!adopted?.set || !adopted.get) return;
  popped += on ? 1 : -1;
  if (popped > 1 || (popped === 1 && !on)) return;
  if (popped === 0) {
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', adopted);
    return;
  }
  const set = adopted.set;
  Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
    ...adopted,
    set(this: ShadowRoot, sheets: CSSStyleSheet[]) {
      const doc = this.ownerDocument;
      set.call(this, sheets.map((s) => copyFor(s, doc)));
    },
  });
}

/**
 * Moves `host` with `move()`, keeping its styles: Chromium drops a shadow root's sheets of another
 * document when the root moves, so every root's sheets are read before and set again (as sheets of
 * the new document) after.
 */
function moveWithStyles(host: HTMLElement, move: () => void): void {
  const roots: Array<[ShadowRoot, CSSStyleSheet[]]> = [];
  const collect = (root: ShadowRoot) => {
    roots.push([root, [...root.adoptedStyleSheets]]);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
  };
  if (host.shadowRoot) collect(host.shadowRoot);
  move();
  for (const [root, sheets] of roots) root.adoptedStyleSheets = sheets.map((s) => copyFor(s, root.ownerDocument));
}

/** Pops `host` out (see the module doc); resolves once it is out. */
export async function popOut(host: HTMLElement & { readonly video: HTMLVideoElement }): Promise<void> {
  if (popOutKind() === 'video') {
    await host.video.requestPictureInPicture();
    return;
  }
  const pip = (window as unknown as { documentPictureInPicture: DocumentPip }).documentPictureInPicture;
  const r = host.getBoundingClientRect();
  const win = await pip.requestWindow({ width: Math.round(r.width), height: Math.round(r.height) });
  const place = document.createComment('shoppable-video');
  host.before(place);
  win.document.body.style.margin = '0';
  patchAdoption(true);
  // The window is the player's box now: it fills it (see mini-dock.ts `popped-out`).
  host.setAttribute('popped-out', '');
  moveWithStyles(host, () => win.document.body.append(host));
  win.addEventListener('pagehide', () => {
    host.removeAttribute('popped-out');
    moveWithStyles(host, () => place.replaceWith(host));
    patchAdoption(false);
  });
}
