/**
 * Stateless pieces of the product card's template: image, link, option group, quantity stepper and
 * Add to cart button.
 * The card's view owns every value and handler; these only draw them.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveText, type ResolvedText } from '../../core/text.js';
import type { AddToCartStatus } from '../../controllers/add-to-cart.js';
import type { Strings } from '../../core/strings.js';
import { isValueAvailable, type Selection } from '../../core/variants.js';
import type { Product, ProductOption } from '../../types.js';

/**
 * The product image; `src` must already be a safe URL. With `open` (the overlay forms) a tap on it
 * opens the product: a pointer convenience, the title's button is the keyboard's way to the same.
 */
export function renderImage(
  src: string | undefined,
  alt: string,
  open?: () => void,
): TemplateResult | typeof nothing {
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
    ?data-opens=${!!open}
    @click=${ifDefined(open)}
  />`;
}

/**
 * The title. With `open` (the overlay forms) its text is a button that opens the product; the
 * heading keeps the title as its whole text (no whitespace around the button).
 */
export function renderTitle(title: ResolvedText, open?: () => void): TemplateResult {
  return open
    ? html`<h3 part="card-title" class="title" lang=${ifDefined(title.lang)}><button
          part="card-open"
          class="open"
          type="button"
          @click=${open}
        >${title.text}</button></h3>`
    : html`<h3 part="card-title" class="title" lang=${ifDefined(title.lang)}>${title.text}</h3>`;
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

/**
 * The most values an option shows as buttons; one with more is a drop-down list. A show may give
 * 10 options of 100 values each (within docs/limits.md): a thousand buttons per card would bury
 * the card and cost thousands of nodes, while a native list is one control, works with the keyboard
 * and opens the phone's own picker.
 */
export const MAX_VALUE_BUTTONS = 12;

/**
 * One option as a radio group of segmented buttons (a drop-down list past
 * {@link MAX_VALUE_BUTTONS} values), labels picked for `locale`; values no available variant has
 * are disabled. `pick` receives the option's name and the chosen value.
 */
export function renderOption(
  product: Product,
  option: ProductOption,
  locale: string,
  selection: Selection,
  pick: (option: string, value: string) => void,
): TemplateResult {
  const label = resolveText(option.label ?? option.name, locale);
  const many = option.values.length > MAX_VALUE_BUTTONS;
  return html`<fieldset part="option" class="option">
    <legend lang=${ifDefined(label.lang)}>${label.text}</legend>
    ${many ? renderSelect(product, option, locale, selection, pick, label.text) : renderValues(product, option, locale, selection, pick)}
  </fieldset>`;
}

function renderValues(product: Product, option: ProductOption, locale: string, selection: Selection, pick: (option: string, value: string) => void) {
  return html`<div class="values">
    ${option.values.map((value, i) => {
      const text = resolveText(option.valueLabels?.[i] ?? value, locale);
      const available = isValueAvailable(product, option.name, value);
      return html`<label part="option-value" class="value" lang=${ifDefined(text.lang)}>
        <input
          type="radio"
          name=${`option-${option.name}`}
          .value=${value}
          .checked=${selection[option.name] === value}
          ?disabled=${!available}
          aria-disabled=${available ? 'false' : 'true'}
          @change=${() => pick(option.name, value)}
        /><span>${text.text}</span>
      </label>`;
    })}
  </div>`;
}

function renderSelect(
  product: Product,
  option: ProductOption,
  locale: string,
  selection: Selection,
  pick: (option: string, value: string) => void,
  name: string,
) {
  const chosen = selection[option.name];
  // Nothing chosen yet shows "—", not the first value: a list must not look as if it had chosen.
  return html`<select
    part="option-select"
    class="select"
    aria-label=${name}
    @change=${(e: Event) => pick(option.name, option.values[(e.target as HTMLSelectElement).selectedIndex - 1]!)}
  >
    <option value="" disabled ?selected=${chosen === undefined}>—</option>
    ${option.values.map((value, i) => {
      const text = resolveText(option.valueLabels?.[i] ?? value, locale);
      return html`<option
        lang=${ifDefined(text.lang)}
        .selected=${chosen === value}
        ?disabled=${!isValueAvailable(product, option.name, value)}
      >${text.text}</option>`;
    })}
  </select>`;
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

/** What the Add to cart button shows and calls. */
export interface AddButton {
  readonly label: string;
  /** Where the add stands, for the product shown now. */
  readonly status: AddToCartStatus;
  /** Nothing to buy as chosen: the button is disabled. */
  readonly soldOut: boolean;
  /** The add would be refused (not sold in the region): presses only show why. */
  readonly refused: boolean;
  /** The id of the status line, when one shows. */
  readonly describedBy: string | undefined;
  readonly add: () => void;
}

/** The Add to cart button, with a spinner while pending. */
export function renderAddButton(b: AddButton): TemplateResult {
  const pending = b.status === 'pending';
  // While pending, and while "Added" shows, the button stays focusable (aria-disabled, presses
  // ignored): a `disabled` button would drop keyboard focus to the page in the middle of the add.
  const inert = pending || b.status === 'success' || b.refused;
  return html`<button
    part="add-to-cart"
    class="add"
    type="button"
    ?disabled=${b.soldOut}
    aria-disabled=${inert ? 'true' : 'false'}
    aria-busy=${pending ? 'true' : 'false'}
    aria-describedby=${ifDefined(b.describedBy)}
    data-status=${b.status}
    @click=${b.add}
  >
    ${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<span>${b.label}</span>
  </button>`;
}
