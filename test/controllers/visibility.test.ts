import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { LitElement } from 'lit';
import { VisibilityController } from '../../src/controllers/visibility.js';

class VisibilityProbe extends LitElement {
  readonly changes: boolean[] = [];
  readonly visibility = new VisibilityController(this, { onChange: (near) => this.changes.push(near) });
}
customElements.define('visibility-probe', VisibilityProbe);

describe('VisibilityController', () => {
  it('is near only within the root margin of the viewport, and stops observing when disconnected', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 3000px"></div>
      <visibility-probe style="display: block; height: 10px"></visibility-probe>
    </div>`);
    const probe = wrap.querySelector<VisibilityProbe>('visibility-probe')!;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(probe.visibility.near).to.be.false;
    probe.scrollIntoView();
    await waitUntil(() => probe.visibility.near, 'not near after scrolling into view');
    expect(probe.changes).to.deep.equal([true]);
    probe.remove();
    expect(probe.visibility.near).to.be.false;
    window.scrollTo(0, 0);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(probe.changes).to.deep.equal([true]);
  });

  it('counts 200px below the viewport as near', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="height: calc(100vh + 150px)"></div>
      <visibility-probe style="display: block; height: 10px"></visibility-probe>
    </div>`);
    const probe = wrap.querySelector<VisibilityProbe>('visibility-probe')!;
    window.scrollTo(0, 0);
    await waitUntil(() => probe.visibility.near, 'not near at 150px below the fold');
  });
});
