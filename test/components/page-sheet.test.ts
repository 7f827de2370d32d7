// The product sheet over the page, on a 16:9 player across a phone: it opens in the top layer, at
// least half the viewport tall, and a finger's tap outside it closes it (the player follows).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { tap, tapAt } from '../helpers/input.js';
import { part, settle } from '../helpers/player.js';

describe('<shoppable-video> sheet over the page', () => {
  it('opens half the viewport tall on a 358×201 player, and a tap outside it closes it', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await fixture<ShoppableVideo>(html`<shoppable-video style="width: 358px" show="/demo/shows/spring-launch.json" muted></shoppable-video>`);
    await waitUntil(() => part(el.shadowRoot!, 'products-button'), 'no Products button', { timeout: 10_000 });
    await settle(el);
    await tap(part(el.shadowRoot!, 'products-button')!);
    await waitUntil(() => part(el.shadowRoot!, 'product-sheet')?.matches(':popover-open'), 'the sheet did not open over the page');
    const sheet = part(el.shadowRoot!, 'product-sheet')!;
    await settle(el);
    expect(sheet.getBoundingClientRect().height).to.be.at.least(844 / 2);
    // The player's top, above the sheet, behind its backdrop.
    const box = el.getBoundingClientRect();
    await tapAt(Object.assign(document.createElement('div'), { getBoundingClientRect: () => new DOMRect(box.left + 20, box.top + 20, 1, 1) }));
    await waitUntil(() => !part(el.shadowRoot!, 'product-sheet'), 'a tap outside did not close the sheet');
    expect(part(el.shadowRoot!, 'products-button')!.getAttribute('aria-expanded')).to.equal('false');
  });
});
