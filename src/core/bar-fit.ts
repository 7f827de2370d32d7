/**
 * Which controls a control bar gives up when it is too narrow. DOM-free: the player measures its
 * items once when something that changes their widths changes (not per frame) and asks this.
 * @module
 */

/** A control that may leave the bar, with its width in px (gap included). */
export interface BarItem {
  readonly name: string;
  readonly width: number;
  /** `menu`: it moves into the overflow menu; `hide`: it goes (the information is elsewhere). */
  readonly leave: 'menu' | 'hide';
}

/**
 * The names of the `items` that must leave the bar so that everything fits in `available` px.
 * `fixed` is the width of everything that always stays; `items` are in the order they leave (the
 * first leaves first); `more` is the width of the overflow button, needed as soon as one item has
 * moved into the menu. When even all of them leaving is not enough, all leave.
 */
export function fitBar(fixed: number, items: readonly BarItem[], available: number, more: number): string[] {
  let used = fixed + items.reduce((sum, item) => sum + item.width, 0);
  let menu = false;
  const out: string[] = [];
  for (const item of items) {
    if (used + (menu ? more : 0) <= available) break;
    out.push(item.name);
    used -= item.width;
    menu ||= item.leave === 'menu';
  }
  return out;
}
