// Shared by the tests that press the player as a shopper would.
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { deepQueryAll } from './hit-audit.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** The first element with `part` name in a (shadow) root. */
export const part = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);

/**
 * Waits until what a shopper would see has settled: Lit's updates below the player (cards, list),
 * two frames of layout, and every finite fade or entrance (the control bar's, the sheet's). The
 * hotspots' pulse never ends and is not waited for.
 */
export async function settle(el: ShoppableVideo): Promise<void> {
  await el.updateComplete;
  await Promise.all(deepQueryAll(el.shadowRoot!, 'shoppable-product-card, shoppable-product-list').map((c) => (c as Lit).updateComplete));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // Entrances and transitions run once; a repeating animation (the hotspots' pulse, three times
  // over 4.8 s) moves nothing a test measures, so it is not waited for.
  const finite = el.shadowRoot!.getAnimations().filter((a) => (a.effect?.getComputedTiming().iterations ?? 1) <= 1);
  await Promise.all(finite.map((a) => a.finished.catch(() => {})));
}

/** The Add to cart button of the first overlay card whose text matches `title` (any card without). */
export function overlayAdd(el: ShoppableVideo, title?: RegExp): HTMLElement {
  const cards = [...el.shadowRoot!.querySelectorAll<Lit>('[part~="overlay-cards"] shoppable-product-card')];
  const card = title ? cards.find((c) => title.test(c.shadowRoot!.textContent ?? '')) : cards[0];
  if (!card) throw new Error(`no overlay card${title ? ` for ${title}` : ''}`);
  return part(card.shadowRoot!, 'add-to-cart')!;
}
