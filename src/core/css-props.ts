/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), which a strict
 * Content Security Policy allows. Lit's styleMap writes a `style="…"` attribute on first render,
 * which `style-src 'self'` blocks. Use as an element binding: `<div ${cssProps({ height: '3px' })}>`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps must be used as an element binding');
  }

  render(_props: Readonly<Record<string, string | undefined>>) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | undefined>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (props[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

/** Property names are CSS names: `padding-top`, `padding-inline-start`, `--zwgk-x`. */
export const cssProps = directive(CssPropsDirective);
