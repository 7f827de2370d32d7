/**
 * Registration beside a page that already took one of the library's tag names. A page (or another
 * widget) that defined `<shoppable-product-card>` itself once made the player's shop disappear: its
 * shadow DOM drew the page's element instead. Each registration module defines its tag as usual
 * and, when the name is taken by an element that is not this library's, calls
 * {@link defineElsewhere}: the element is registered as the first free `<tag>-<n>` (n ≥ 2), the
 * console says so once, and the player's and the list's shadow DOM use that name ({@link tagOf}).
 * Another copy of this library (the script loaded twice) is not a collision: its element serves.
 * @module
 */

/** Marks the library's element classes, across copies of the library on one page. */
const OWN = Symbol.for('shoppable-video.element');
const moved = new Map<string, string>();

type Marked = CustomElementConstructor & { [OWN]?: 1 };

/** Marks `cls` as one of the library's elements (before it is defined, in every copy of the library). */
export function own<T extends CustomElementConstructor>(cls: T): T {
  (cls as Marked)[OWN] = 1;
  return cls;
}

/** The name this library's element `tag` is registered under: `tag`, or its fallback. */
export const tagOf = (tag: string): string => moved.get(tag) ?? tag;

/** `tag` is defined already: registers `cls` under a free fallback name if the page's element holds `tag`. */
export function defineElsewhere(tag: string, cls: CustomElementConstructor): void {
  let name = tag;
  for (let n = 2, taken; (taken = customElements.get(name) as Marked | undefined) && !taken[OWN]; n++) name = `${tag}-${n}`;
  if (name === tag) return;
  if (!customElements.get(name)) customElements.define(name, cls);
  moved.set(tag, name);
  console.warn(`shoppable-video: <${tag}> is taken by the page; using <${name}>`);
}
