import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { clickAt } from '../helpers/input.js';
import '../../src/studio/index.js';
import type { ShoppableStudio } from '../../src/studio/studio.component.js';
import { q } from './helpers.js';

const REPLAY = '/demo/media/replay/master.m3u8';

async function type(input: HTMLElement, text: string): Promise<void> {
  await clickAt(input);
  await sendKeys({ type: text });
}

describe('studio: a replay and typed products to a show', function () {
  // Typing two products key by key and marking in real time: more than 30 s on a busy machine.
  this.timeout(60_000);
  before(async () => {
    localStorage.clear();
    await setViewport({ width: 1280, height: 900 });
  });

  it('opens the replay, takes typed products, marks moments by key while playing', async () => {
    const el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="en" storage-key="studio-flow-test"></shoppable-studio>`);
    await type(q(el.shadowRoot!, 'input[name="replay"]'), REPLAY);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.draft.video.src === REPLAY, 'the replay did not open');
    for (const [title, price] of [['Carousel music box', '19.99'], ['Brass lamp', '45']]) {
      await type(q(el.shadowRoot!, 'form.add input[name="title"]'), title!);
      await type(q(el.shadowRoot!, 'form.add input[name="price"]'), price!);
      await type(q(el.shadowRoot!, 'form.add input[name="currency"]'), 'GBP');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(el.draft.products.map((p) => [p.id, p.price?.amount])).to.deep.equal([['carousel-music-box', 1999], ['brass-lamp', 4500]]);
    await waitUntil(() => el.shadowRoot!.querySelector('shoppable-video')!.duration > 0, 'no duration');
    await clickAt(q(el.shadowRoot!, '.status'));
    await sendKeys({ press: 'Space' });
    const player = q(el.shadowRoot!, 'shoppable-video') as HTMLElement & { currentTime: number; paused: boolean };
    await waitUntil(() => !player.paused && player.currentTime > 0.3, 'Space did not play');
    await sendKeys({ press: '1' });
    const t1 = player.currentTime;
    await waitUntil(() => player.currentTime > t1 + 1, 'playback stalled');
    await sendKeys({ press: '1' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => player.paused, 'Space did not pause');
    expect(el.draft.moments).to.have.length(1);
    const [m] = el.draft.moments;
    expect(m!.productId).to.equal('carousel-music-box');
    expect(m!.end - m!.start).to.be.greaterThan(0.9);
  });
});
