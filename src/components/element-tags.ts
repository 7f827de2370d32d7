/**
 * The library's tags as Lit static values, for templates that draw its elements inside shadow
 * DOM (the player's overlay and sheet, the product list): the name each is registered under,
 * which differs when the page took the usual one (see define-element).
 * @module
 */
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { tagOf } from './define-element.js';

const values = new Map<string, StaticValue>();

/** `tag` as registered now, as a static value for `lit/static-html.js` templates. */
export function staticTag(tag: 'shoppable-product-card' | 'shoppable-product-list'): StaticValue {
  const name = tagOf(tag);
  let value = values.get(name);
  if (!value) values.set(name, (value = unsafeStatic(name)));
  return value;
}
