/**
 * Full screen for the whole player (never the bare video, so the overlay and controls stay), with
 * the `webkit`-prefixed API for Safari before 16.4.
 * @module
 */

type WebkitDocument = Document & {
  webkitFullscreenElement?: Element | null;
  webkitFullscreenEnabled?: boolean;
  webkitExitFullscreen?: () => void;
};
type WebkitElement = Element & { webkitRequestFullscreen?: () => void };

/** The element in full screen, if any. */
export function fullscreenElement(): Element | null {
  const doc = document as WebkitDocument;
  return doc.fullscreenElement ?? doc.webkitFullscreenElement ?? null;
}

/** True when the page may put an element in full screen (false in iframes without `allow`, on iPhone). */
export function fullscreenEnabled(): boolean {
  const doc = document as WebkitDocument;
  return !!(doc.fullscreenEnabled || doc.webkitFullscreenEnabled);
}

/** Puts `el` in full screen, or takes the page out of it. */
export async function toggleFullscreen(el: Element): Promise<void> {
  const doc = document as WebkitDocument;
  if (fullscreenElement() === el) {
    if (doc.exitFullscreen) await doc.exitFullscreen();
    else doc.webkitExitFullscreen?.();
    return;
  }
  const target = el as WebkitElement;
  if (target.requestFullscreen) await target.requestFullscreen();
  else target.webkitRequestFullscreen?.();
}

/** The change events to listen for on `document`. */
export const FULLSCREEN_EVENTS = ['fullscreenchange', 'webkitfullscreenchange'] as const;
