// Shared by the tap tests: real taps through the browser's input pipeline, where a shopper sees
// the target.
import { sendMouse } from '@web/test-runner-commands';

/** The innermost element at a point, through open shadow roots. */
export function deepElementAt(x: number, y: number): Element | null {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** Whether `inner` is `outer` or inside it, across shadow roots. */
function within(inner: Element | null, outer: Element): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n === outer) return true;
  }
  return false;
}

/**
 * A point of `target` that a tap reaches: its centre when nothing lies over it, else the first
 * point of a 5×5 grid over its box that reaches it. Throws when no point does (the target is
 * covered or off-screen), so a test cannot pass by tapping something else.
 */
export function tapPoint(target: Element): [number, number] {
  const r = target.getBoundingClientRect();
  const points: Array<[number, number]> = [[r.left + r.width / 2, r.top + r.height / 2]];
  for (const fy of [0.1, 0.3, 0.5, 0.7, 0.9]) {
    for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) points.push([r.left + r.width * fx, r.top + r.height * fy]);
  }
  const point = points.find(([x, y]) => within(deepElementAt(x, y), target));
  if (!point) {
    const [x, y] = points[0];
    throw new Error(`nothing of <${target.localName}> can be tapped: ${deepElementAt(x, y)?.outerHTML.slice(0, 120)} lies over it`);
  }
  return [Math.round(point[0]), Math.round(point[1])];
}

/** A real tap (mouse press and release) on `target`, scrolled into view first as a shopper would. */
export async function tap(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  await sendMouse({ type: 'click', position: tapPoint(target) });
}
