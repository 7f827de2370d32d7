/**
 * `styleProps`: inline styles that work under a strict Content Security Policy.
 *
 * Lit's `styleMap` writes its first value as a `style="..."` attribute, which a policy without
 * `'unsafe-inline'` in `style-src` refuses (`style-src-attr`): the first position of a hotspot or of
 * the progress bar would be dropped. This directive always goes through the CSSOM
 * (`element.style.setProperty`), which CSP allows. Use it on the element, not in an attribute:
 *
 * ```ts
 * html`<div part="hotspot" ${styleProps({ left: `${x * 100}%`, '--_aspect': ratio })}></div>`
 * ```
 * @module
 */
import { nothing, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/** Property name (camelCase, dash-case or `--custom`) to value; `null`/`undefined` removes it. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

/** `backgroundColor` → `background-color`; names with a dash (custom properties too) stay as they are. */
const dashed = (name: string) => (name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class StylePropsDirective extends Directive {
  private readonly applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('styleProps() goes on the element itself: <div ${styleProps({ ... })}>');
    }
  }

  render(_styles: StyleProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [StyleProps]): typeof nothing {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.applied) {
      if (styles[name] == null) {
        style.removeProperty(dashed(name));
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      style.setProperty(dashed(name), String(value));
      this.applied.add(name);
    }
    return nothing;
  }
}

/** Sets inline style properties through the CSSOM, on every render including the first. */
export const styleProps = directive(StylePropsDirective);
