/**
 * Stateless pieces of the product card's template: image, link and quantity stepper. The card owns
 * every value and handler; these only draw them.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../core/strings.js';

/** The product image; `src` must already be a safe URL. */
export function renderImage(src: string | undefined, alt: string): TemplateResult | typeof nothing {
  if (!src) return nothing;
  // Explicit size reserves the box before the image loads, so the card does not shift.
  return html`<img
    part="card-image"
    class="image"
    src=${src}
    alt=${alt}
    loading="lazy"
    decoding="async"
    width="320"
    height="320"
  />`;
}

/** The "View product" link; `href` must already be a safe URL. */
export function renderLink(
  href: string | undefined,
  label: string,
  onClick: () => void,
): TemplateResult | typeof nothing {
  if (!href) return nothing;
  return html`<a
    part="card-link"
    class="link"
    href=${href}
    target="_blank"
    rel="noopener"
    @click=${onClick}
    >${label}</a
  >`;
}

/** What the quantity stepper shows and calls. */
export interface QuantityStepper {
  readonly quantity: number;
  readonly min: number;
  readonly max: number;
  readonly strings: Strings;
  /** A − or + press: `-1` or `1`. */
  readonly step: (delta: number) => void;
  /** The typed value changed. */
  readonly input: (e: Event) => void;
}

/** The − / number / + stepper. */
export function renderQuantity(q: QuantityStepper): TemplateResult {
  const t = q.strings;
  return html`<div part="quantity" class="quantity" role="group" aria-label=${t.quantity}>
    <button
      type="button"
      class="step"
      aria-label=${t.decrease}
      ?disabled=${q.quantity <= q.min}
      @click=${() => q.step(-1)}
    >
      <span aria-hidden="true">−</span>
    </button>
    <input
      type="number"
      inputmode="numeric"
      min=${q.min}
      max=${q.max}
      .value=${String(q.quantity)}
      aria-label=${t.quantity}
      @change=${q.input}
    />
    <button
      type="button"
      class="step"
      aria-label=${t.increase}
      ?disabled=${q.quantity >= q.max}
      @click=${() => q.step(1)}
    >
      <span aria-hidden="true">+</span>
    </button>
  </div>`;
}
