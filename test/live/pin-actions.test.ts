// Live-selling actions carried by pins: a flash sale counts down to its wall-clock end, and a
// sold-out pin makes the card sold out from that moment, on the live stream (as the replay would).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import '../../src/register.js';

const streams: string[] = [];
const WAIT = { timeout: 15_000 };

async function liveStream(): Promise<string> {
  const id = `pa-${Math.random().toString(36).slice(2, 10)}`;
  expect((await fetch(`/__live/${id}/start?elapsed=6&window=6`, { method: 'POST' })).status).to.equal(201);
  streams.push(id);
  return id;
}
async function pin(id: string, body: Record<string, unknown>) {
  expect((await fetch(`/__live/${id}/pin`, { method: 'POST', body: JSON.stringify(body) })).status).to.equal(201);
}
const cards = (el: ShoppableVideo) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="overlay-cards"] shoppable-product-card')];

describe('<shoppable-video> live pin actions', function () {
  this.timeout(40_000);
  afterEach(async () => {
    await Promise.all(streams.splice(0).map((id) => fetch(`/__live/${id}`, { method: 'DELETE' })));
  });

  it('counts a flash sale down to its end, and a sold-out pin shows the product sold out', async () => {
    const id = await liveStream();
    const el = await fixture<ShoppableVideo>(
      html`<shoppable-video src=${`/__live/${id}/live.m3u8`} show="/demo/live/show.json" muted autoplay></shoppable-video>`,
    );
    await waitUntil(() => el.hasAttribute('live') && el.currentTime > 0.2, 'the live stream did not play', WAIT);

    const ends = new Date(Date.now() + 90_000).toISOString();
    await pin(id, { productId: 'music-box-01', action: 'flash-sale', ends, endOnNext: true });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="flash-sale"]'), 'no flash-sale badge', WAIT);
    const badge = () => el.shadowRoot!.querySelector('[part~="flash-sale"]')!.textContent!.trim();
    expect(badge()).to.match(/^Flash sale · ends in 1:[0-3]\d$/);
    const first = badge();
    await waitUntil(() => badge() !== first, 'the countdown did not tick', { timeout: 3000 });

    const [product] = (await (await fetch('/demo/live/show.json')).json()).products.slice(1, 2);
    await pin(id, { productId: product.id, action: 'sold-out' });
    await waitUntil(
      () => cards(el).some((c) => (c as HTMLElement & { product?: { id: string } }).product?.id === product.id),
      'the sold-out pin did not show its card',
      WAIT,
    );
    const card = cards(el).find((c) => (c as HTMLElement & { product?: { id: string } }).product?.id === product.id)!;
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Sold out');
    expect(card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-to-cart"]')!.disabled).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="flash-sale"]'), 'the flash sale ended with the next pin').to.equal(null);
  });
});
