// Real input for tests: the mouse, the keyboard and a finger through the browser's own input
// pipeline (never element.click()), and the hit test a person's tap goes through.
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';

/** The centre of an element's box, in whole CSS pixels of the viewport. */
export function centre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** A mouse click at the element's centre. */
export async function clickAt(el: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centre(el) });
}

/** A finger's tap at the element's centre (touch start and end, as Chromium receives them). */
export async function tapAt(el: Element): Promise<void> {
  const [x, y] = centre(el);
  await executeServerCommand('tap', { x, y });
}

/**
 * A finger's swipe from the element's centre by (dx, dy) CSS px (negative dy: upwards), over
 * about `ms` milliseconds, through CDP touch events as Chromium receives them. With `hold` (ms) the
 * finger rests before lifting, so no fling follows: Chromium takes a tap during a fling as
 * stopping it, not as a click.
 */
export async function swipe(el: Element, dx: number, dy: number, ms = 160, hold = 0): Promise<void> {
  const [x, y] = centre(el);
  await executeServerCommand('swipe', { x, y, dx, dy, ms, hold });
}

/** The innermost element at a point of the viewport, through open shadow roots, as a tap would hit. */
export function deepHit(x: number, y: number): Element | null {
  let root: Document | ShadowRoot = document;
  let hit: Element | null = null;
  for (;;) {
    const next: Element | null = root.elementFromPoint(x, y);
    if (!next || next === hit) return hit;
    hit = next;
    if (!next.shadowRoot) return hit;
    root = next.shadowRoot;
  }
}

/** Whether `inner` is `outer` or inside it, across shadow boundaries. */
export function composedContains(outer: Element, inner: Element | null): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n === outer) return true;
  }
  return false;
}

/**
 * Saves a picture of the viewport, or of `clip` (CSS px), as PNG or JPEG by the path's ending (for
 * `npm run shots`, and for looking at a state while debugging). The path is the runner's (Node's).
 */
export async function screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  await executeServerCommand('screenshot', { path, clip });
}

/**
 * A finger's tap at the centre of `target`, scrolled into view first as a shopper would. Fails when
 * something else lies over that centre, so a test cannot pass by tapping what covers the target.
 */
export async function tap(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const [x, y] = centre(target);
  const hit = deepHit(x, y);
  if (!composedContains(target, hit)) {
    throw new Error(`a tap at the centre of <${target.localName} part="${target.getAttribute('part') ?? ''}"> hits ${hit?.outerHTML.slice(0, 120)}`);
  }
  await executeServerCommand('tap', { x, y });
}
