// The hit-test audit: every control a shopper can see must take a tap at its centre and be big
// enough for a finger. Walks a component's shadow trees, so the player, its cards and its list
// are checked as one.
import { composedContains, deepHit } from './input.js';

const INTERACTIVE = 'button, a[href], input:not([type="hidden"]), select, textarea, [role="slider"], [role="button"], [tabindex="0"]';

/** A visible control that a tap at its centre would miss, or that is too small. */
export interface HitProblem {
  readonly control: string;
  readonly problem: string;
}

/** Every element matching `selector` in `root` and in the shadow roots below it. */
export function deepQueryAll(root: ParentNode, selector: string): HTMLElement[] {
  const out: HTMLElement[] = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.shadowRoot) out.push(...deepQueryAll(el.shadowRoot, selector));
  }
  return out;
}

function describe(el: HTMLElement): string {
  const name = el.getAttribute('aria-label') || (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `<${el.localName} part="${el.getAttribute('part') ?? ''}"> "${name}"`;
}

/** Inside an `inert` subtree (across shadow roots): a feed's preloading neighbour takes no input. */
function isInert(el: Element): boolean {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof Element && n.hasAttribute('inert')) return true;
  }
  return false;
}

/** Shown to a person: laid out, not transparent, not hidden, at least 2×2 (not visually hidden), not inert. */
function isShown(el: HTMLElement): boolean {
  if (isInert(el)) return false;
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  return el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
}

/**
 * Scrolls a control inside a scrolling list (the product sheet, the card column) to where a
 * finger can reach it, as a shopper would. Only real scrollers move: `scrollIntoView` would also
 * scroll an `overflow: hidden` box (the player), which no shopper can do.
 */
function scrollIntoReach(el: HTMLElement, moved: Map<HTMLElement, number>): void {
  for (let n: Node | null = el.parentNode; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (!(n instanceof HTMLElement) || n === document.body) continue;
    if (!/auto|scroll/.test(getComputedStyle(n).overflowY) || n.scrollHeight <= n.clientHeight) continue;
    if (!moved.has(n)) moved.set(n, n.scrollTop);
    const box = n.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (r.top < box.top) n.scrollTop -= box.top - r.top;
    else if (r.bottom > box.bottom) n.scrollTop += Math.min(r.bottom - box.bottom, r.top - box.top);
  }
}

/** The product sheet that `el` is in, if any. */
function coveringSheet(el: Element): Element | null {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof Element && n.matches('[part~="product-sheet"]')) return n;
  }
  return null;
}

/** Whether the element, or a shadow host above it, is a popover (drawn in the top layer). */
function inTopLayer(el: Element): boolean {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof Element && n.hasAttribute('popover')) return true;
  }
  return false;
}

/**
 * Audits the visible controls inside `host`: the element the browser hits at each one's centre is
 * that control (or inside it), its centre lies inside `box` (the player: nothing cut off) unless
 * it is in the top layer, and it is at least 24×24 CSS px (WCAG 2.2 target size).
 */
export function auditHits(host: HTMLElement, box: DOMRect = host.getBoundingClientRect()): HitProblem[] {
  const problems: HitProblem[] = [];
  const controls = deepQueryAll(host.shadowRoot ?? host, INTERACTIVE).filter(isShown);
  // Scrollers the audit moves are put back after it, as the shopper left them.
  const moved = new Map<HTMLElement, number>();
  for (const el of controls) {
    scrollIntoReach(el, moved);
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const topLayer = inTopLayer(el);
    const control = describe(el);
    if (r.width < 23.5 || r.height < 23.5) problems.push({ control, problem: `${r.width.toFixed(1)}×${r.height.toFixed(1)} px, under 24×24` });
    const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    if (!topLayer && (!inside || r.left < box.left - 0.5 || r.right > box.right + 0.5)) {
      problems.push({ control, problem: `cut off: ${Math.round(r.left)}..${Math.round(r.right)} outside the player ${Math.round(box.left)}..${Math.round(box.right)}` });
      continue;
    }
    const hit = deepHit(x, y);
    // Under an open product sheet, what the sheet covers is out of sight (and out of reach) by design.
    const cover = hit && coveringSheet(hit);
    if (cover && !composedContains(cover, el)) continue;
    const label = hit?.closest('label');
    if (!composedContains(el, hit) && !(label && label.contains(el))) {
      problems.push({ control, problem: `a tap at its centre hits ${hit ? describe(hit as HTMLElement) : 'nothing'}` });
    }
  }
  for (const [scroller, top] of moved) scroller.scrollTop = top;
  return problems;
}
