/**
 * The settings menus (playback speed, captions, audio, quality) and the overflow menu: a button
 * with `aria-haspopup="menu"` and a list of `menuitemradio`s (or, in the overflow menu, of
 * `menuitem`s that open a menu or act). Arrow keys, Home and End move between items; Escape closes the menu and
 * focus returns to its button; Tab closes it.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';

/** One choice in a menu. */
export interface MenuItem {
  readonly label: string;
  /** For a `menuitemradio`; a `menuitem` has none. */
  readonly checked?: boolean;
  /** Shown after the label (an overflow entry's current value, such as "1×"). */
  readonly hint?: string;
  /** The item opens a menu (an overflow entry). */
  readonly submenu?: boolean;
  readonly lang?: string;
  readonly select: () => void;
}

/** A menu button and, when open, its menu. */
export interface MenuSpec {
  /** Used for ids, the button's `data-menu` and the wrapper's `data-fit` (see `bar-fit.ts`). */
  readonly name: string;
  /** The button's `part`. */
  readonly part: string;
  /** The menu's accessible name (and the button's, unless `buttonLabel` is given). */
  readonly label: string;
  /** The button's accessible name, when it shows text (which the name must contain). */
  readonly buttonLabel?: string;
  /** The button's content (an icon or a short text). */
  readonly face: unknown;
  readonly items: readonly MenuItem[];
  readonly open: boolean;
  readonly toggle: () => void;
  /** Close; `returnFocus`: put focus back on the button. */
  readonly close: (returnFocus: boolean) => void;
}

function onMenuKeydown(e: KeyboardEvent, close: MenuSpec['close']): void {
  const menu = e.currentTarget as HTMLElement;
  const items = [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
  const index = items.indexOf(e.target as HTMLElement);
  let next: number;
  switch (e.key) {
    case 'ArrowDown':
      next = (index + 1) % items.length;
      break;
    case 'ArrowUp':
      next = (index - 1 + items.length) % items.length;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = items.length - 1;
      break;
    case 'Escape':
      e.preventDefault();
      e.stopPropagation();
      close(true);
      return;
    case 'Tab':
      close(false);
      return;
    default:
      return;
  }
  e.preventDefault();
  items[next]?.focus();
}

function onMenuFocusout(e: FocusEvent, close: MenuSpec['close']): void {
  const wrap = e.currentTarget as HTMLElement;
  if (!wrap.contains(e.relatedTarget as Node | null)) close(false);
}

/** Renders a menu button with its menu; see the module doc. */
export function renderMenu(spec: MenuSpec): TemplateResult {
  const id = `menu-${spec.name}`;
  // Focus lands on the checked item; in a menu with none (the overflow menu), on the first.
  const focused = Math.max(0, spec.items.findIndex((item) => item.checked));
  return html`<div class="menu-wrap" data-fit=${spec.name} @focusout=${(e: FocusEvent) => spec.open && onMenuFocusout(e, spec.close)}>
    <button
      part="control ${spec.part}"
      class="control"
      data-menu=${spec.name}
      aria-label=${spec.buttonLabel ?? spec.label}
      aria-haspopup="menu"
      aria-expanded=${spec.open ? 'true' : 'false'}
      aria-controls=${spec.open ? id : nothing}
      @click=${spec.toggle}
    >
      ${spec.face}
    </button>
    ${spec.open
      ? html`<div id=${id} part="menu" class="menu" role="menu" aria-label=${spec.label} @keydown=${(e: KeyboardEvent) => onMenuKeydown(e, spec.close)}>
          ${spec.items.map(
            (item, i) => html`<button
              part="menu-item"
              class="menu-item"
              role=${item.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked=${item.checked === undefined ? nothing : item.checked ? 'true' : 'false'}
              aria-haspopup=${item.submenu ? 'menu' : nothing}
              tabindex=${i === focused ? '0' : '-1'}
              lang=${item.lang ?? nothing}
              @click=${item.select}
            >
              <span class="menu-label">${item.label}</span>${item.hint ? html` <span class="menu-hint">${item.hint}</span>` : nothing}
            </button>`,
          )}
        </div>`
      : nothing}
  </div>`;
}
