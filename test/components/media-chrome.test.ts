// <shoppable-video nocontrols> skinned with Media Chrome (docs/media-chrome.md): Media Chrome's
// controls drive the element through the standard media API alone, pressed with the real mouse,
// while the shop layer stays on screen and tappable. Every player here has `nocontrols`, so the
// player's own chrome chunk must never be fetched in this page.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import 'media-chrome';
import 'media-chrome/menu';
import { waitUntil } from '../wait.js';
import { centre, clickAt, tap } from '../helpers/input.js';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';

const SHOW = '/demo/shows/spring-launch.json';

/** The show's player in a <media-controller> with a bar of Media Chrome's controls. */
async function skinned(attrs: { show?: string; src?: string; lang?: string } = { show: SHOW }) {
  const box = await fixture<HTMLElement>(html`<div style="width: min(640px, 100vw)" lang=${attrs.lang ?? 'en'}>
    <media-controller gesturesdisabled style="width: 100%; aspect-ratio: 16 / 9">
      <shoppable-video slot="media" nocontrols muted preload="auto" show=${attrs.show ?? ''} src=${attrs.src ?? ''}
        locale=${attrs.lang ?? 'en'}></shoppable-video>
      <media-error-dialog slot="dialog"></media-error-dialog>
      <media-captions-menu hidden anchor="auto"></media-captions-menu>
      <media-control-bar>
        <media-play-button></media-play-button>
        <media-time-range></media-time-range>
        <media-captions-menu-button></media-captions-menu-button>
        <media-pip-button></media-pip-button>
      </media-control-bar>
    </media-controller>
  </div>`);
  const el = box.querySelector('shoppable-video')!;
  const bar = (name: string) => box.querySelector<HTMLElement>(name)!;
  return { box, el, bar };
}

const part = (el: ShoppableVideo, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const chromeFetched = () => performance.getEntriesByType('resource').some((e) => /\/chrome\/chrome\.(ts|js)/.test(e.name));

for (const [size, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  describe(`<shoppable-video nocontrols> in Media Chrome (${size})`, () => {
    before(() => setViewport(viewport));

    it('plays, seeks, lists the subtitle renditions and turns one on, with real clicks; the shop overlay stays tappable', async () => {
      const { el, bar } = await skinned();
      await waitUntil(() => el.readyState >= 1 && el.duration > 0, 'the media did not load');
      expect(part(el, 'controls'), 'the built-in bar').to.be.null;
      expect(part(el, 'big-play-button'), 'the built-in Play').to.be.null;

      await clickAt(bar('media-play-button'));
      await waitUntil(() => !el.paused && el.currentTime > 0.2, 'Play did not play');
      await clickAt(bar('media-play-button'));
      await waitUntil(() => el.paused, 'Pause did not pause');

      // Seek: a click at 40 % of the time range.
      const range = bar('media-time-range').getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(range.left + range.width * 0.4), Math.round(range.top + range.height / 2)] });
      await waitUntil(() => Math.abs(el.currentTime - el.duration * 0.4) < el.duration * 0.06, `the seek landed at ${el.currentTime}`);

      // Captions: the menu lists the playlist's subtitle renditions; choosing one shows it.
      await waitUntil(() => el.textTracks.length === 2, 'no subtitle renditions');
      await clickAt(bar('media-captions-menu-button'));
      const menu = bar('media-captions-menu');
      await waitUntil(() => !menu.hidden, 'the captions menu did not open');
      // The menu renders its items into its own shadow root.
      const items = () => [...menu.shadowRoot!.querySelectorAll<HTMLElement>('media-chrome-menu-item')];
      await waitUntil(() => items().length >= 3, 'the menu does not list the renditions');
      expect(items().map((i) => i.textContent!.trim())).to.include.members(['English', '中文']);
      await clickAt(items().find((i) => i.textContent!.trim() === 'English')!);
      await waitUntil(() => [...el.textTracks].some((t) => t.language === 'en' && t.mode === 'showing'), 'English is not showing');

      // The shop layer: a card at the current moment, tapped with a finger, opens the product sheet.
      el.currentTime = 5;
      await waitUntil(() => part(el, 'overlay-cards')?.querySelector('shoppable-product-card'), 'no card over the video');
      const card = part(el, 'overlay-cards')!.querySelector('shoppable-product-card')!;
      await el.updateComplete;
      const title = card.shadowRoot!.querySelector<HTMLElement>('[part~="card-title"]')!;
      await tap(title);
      await waitUntil(() => part(el, 'product-sheet'), 'the card did not open the sheet');
      el.closeProducts();
      await waitUntil(() => !part(el, 'product-sheet'), 'closeProducts() did not close the sheet');
      el.openProducts();
      await waitUntil(() => part(el, 'product-sheet'), 'openProducts() did not open the sheet');
      expect(chromeFetched(), 'the chrome chunk was fetched').to.be.false;
    });

    it('enters picture-in-picture from Media Chrome’s button', async () => {
      const { el, bar } = await skinned();
      await waitUntil(() => el.readyState >= 1, 'the media did not load');
      const button = bar('media-pip-button');
      await waitUntil(() => !button.hasAttribute('mediapipunavailable'), 'picture-in-picture is unavailable');
      const entered = oneEvent(el, 'enterpictureinpicture') as unknown as Promise<PictureInPictureEvent>;
      await clickAt(button);
      await waitUntil(() => document.pictureInPictureElement === el, 'not in picture-in-picture');
      // Re-dispatched as the video's own PictureInPictureEvent, with its window.
      expect((await entered).pictureInPictureWindow.width).to.be.greaterThan(0);
      await waitUntil(() => button.hasAttribute('mediaispip'), 'the button does not show the state');
      await clickAt(button);
      await waitUntil(() => !document.pictureInPictureElement, 'did not leave picture-in-picture');
    });

    it('shows Media Chrome’s error dialog for a missing source', async () => {
      const { el, bar } = await skinned({ src: '/demo/media/missing.m3u8' });
      const dialog = bar('media-error-dialog');
      await waitUntil(() => dialog.hasAttribute('open'), 'the error dialog did not open');
      expect(el.error!.code).to.equal(MediaError.MEDIA_ERR_NETWORK);
      expect(dialog.shadowRoot!.textContent + dialog.textContent).to.match(/network/i);
      const [x, y] = centre(dialog);
      expect(x).to.be.greaterThan(0);
      expect(y).to.be.greaterThan(0);
      expect(part(el, 'error'), 'the built-in error box').to.be.null;
    });
  });
}

describe('<shoppable-video nocontrols> in Media Chrome, Arabic', () => {
  it('plays with Media Chrome’s button in an RTL page', async () => {
    await setViewport({ width: 390, height: 844 });
    const { el, bar, box } = await skinned({ show: SHOW, lang: 'ar' });
    box.dir = 'rtl';
    await waitUntil(() => el.readyState >= 1, 'the media did not load');
    await clickAt(bar('media-play-button'));
    await waitUntil(() => !el.paused, 'Play did not play');
    expect(part(el, 'controls')).to.be.null;
  });
});
