import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { CAPTIONS_STORAGE_KEY } from '../../src/components/shoppable-video/chrome/captions.js';

const CAPTIONS = [{ src: '/demo/media/en.vtt', srclang: 'en', label: 'English' }];

async function player(): Promise<ShoppableVideo> {
  const el = await fixture<ShoppableVideo>(html`<shoppable-video src="/demo/media/replay.mp4" preload="none" .captions=${CAPTIONS}></shoppable-video>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="captions-button"]'), 'no captions button');
  return el;
}

describe('captions by the shopper’s choice, remembered', () => {
  afterEach(() => localStorage.removeItem(CAPTIONS_STORAGE_KEY));

  it('are off until the shopper turns them on; the choice carries to the next player', async () => {
    localStorage.removeItem(CAPTIONS_STORAGE_KEY);
    const first = await player();
    expect(first.video.textTracks[0].mode).to.not.equal('showing');
    first.shadowRoot!.querySelector<HTMLElement>('[part~="player"]')!.focus();
    await sendKeys({ press: 'c' });
    await first.updateComplete;
    expect(first.video.textTracks[0].mode).to.equal('showing');
    expect(localStorage.getItem(CAPTIONS_STORAGE_KEY)).to.equal('en');

    const next = await player();
    await next.updateComplete;
    expect(next.video.textTracks[0].mode).to.equal('showing');
  });

  it('remembers "off" too', async () => {
    localStorage.setItem(CAPTIONS_STORAGE_KEY, 'en');
    const el = await player();
    await el.updateComplete;
    expect(el.video.textTracks[0].mode).to.equal('showing');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="player"]')!.focus();
    await sendKeys({ press: 'c' });
    await el.updateComplete;
    expect(el.video.textTracks[0].mode).to.equal('disabled');
    expect(localStorage.getItem(CAPTIONS_STORAGE_KEY)).to.equal('off');
  });
});
