import { aTimeout, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';

/** The demo show: its first moment (the music box) runs from 2 s to 20 s, with a hotspot. */
export const SHOW = '/demo/shows/spring-launch.json';
export const HLS = '/demo/media/replay/master.m3u8';

/** The first element matching `selector` in `el`'s shadow root, or in the shadow roots below it. */
export function deep<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  const root = el.shadowRoot;
  if (!root) return null;
  const hit = root.querySelector<T>(selector);
  if (hit) return hit;
  for (const child of root.querySelectorAll('*')) {
    const found = child.shadowRoot ? deep<T>(child, selector) : null;
    if (found) return found;
  }
  return null;
}

/** The focused element, looking through open shadow roots. */
export function activeDeep(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** A player with the demo show, loaded (its products button is there). */
export async function showPlayer(attrs: { locale?: string; theme?: string } = {}): Promise<ShoppableVideo> {
  const el = await fixture<ShoppableVideo>(
    html`<shoppable-video show=${SHOW} muted preload="none" locale=${attrs.locale ?? 'en'} theme=${ifDefined(attrs.theme)}></shoppable-video>`,
  );
  await loaded(el);
  return el;
}

/** Waits for the player's show to load (its products button is there). */
export async function loaded(el: ShoppableVideo): Promise<void> {
  // The shop layer loads once the player is near the viewport: earlier fixtures may push it below.
  el.scrollIntoView();
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="products-button"]'), 'the show did not load', { timeout: 5000 });
  await el.updateComplete;
}

/** Seeks and waits for the overlay to follow. */
export async function seek(el: ShoppableVideo, t: number): Promise<void> {
  el.currentTime = t;
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

/** The compact cards in the overlay. */
export function overlayCards(el: ShoppableVideo): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="overlay-cards"] shoppable-product-card')];
}
