import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps, type StyleProps } from '../../src/directives/style-props.js';

// A plain host, not fixture(): fixture waits for an animation frame, which a background tab never gets.
let host: HTMLDivElement;
beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'));
});
afterEach(() => host.remove());

describe('styleProps', () => {
  it('sets properties through the CSSOM on the first render, never a style attribute string', () => {
    const setAttribute = Element.prototype.setAttribute;
    const written: string[] = [];
    Element.prototype.setAttribute = function (name: string, value: string) {
      if (name === 'style') written.push(value);
      return setAttribute.call(this, name, value);
    };
    try {
      render(html`<span ${styleProps({ left: '25%', backgroundColor: 'rgb(1, 2, 3)', '--_aspect': '9 / 16' })}></span>`, host);
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    const span = host.querySelector('span')!;
    expect(written).to.deep.equal([]);
    expect(span.style.left).to.equal('25%');
    expect(span.style.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(span.style.getPropertyValue('--_aspect')).to.equal('9 / 16');
  });

  it('updates, and removes what is no longer given', () => {
    const paint = (styles: StyleProps) => render(html`<span ${styleProps(styles)}></span>`, host);
    paint({ left: '10%', top: '20%' });
    paint({ left: '30%', top: null });
    const span = host.querySelector('span')!;
    expect(span.style.left).to.equal('30%');
    expect(span.style.top).to.equal('');
    paint({});
    expect(span.getAttribute('style') ?? '').to.equal('');
  });

  it('refuses to be used inside an attribute', () => {
    expect(() => render(html`<span style=${styleProps({ left: '1px' })}></span>`, host)).to.throw(/on the element/);
  });
});
