// An unsafe `src` (javascript:, data:) beside a `fallback-src` (issue #20): it used to do nothing at
// all. Now it is skipped with one non-fatal media-unsupported error, and the fallback plays.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/components/shoppable-video/shoppable-video.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableErrorEvent } from '../../src/events.js';

const FALLBACK = '/demo/media/replay.mp4';
const part = (el: ShoppableVideo, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function player(src: string, fallback: string | undefined) {
  const errors: ShoppableErrorEvent[] = [];
  const el = await fixture<ShoppableVideo>(html`<shoppable-video
    src=${src}
    fallback-src=${fallback ?? ''}
    autoplay
    muted
    @shoppable-error=${(e: ShoppableErrorEvent) => errors.push(e)}
  ></shoppable-video>`);
  return { el, errors };
}

describe('reliability: an unsafe src', function () {
  this.timeout(30_000);

  for (const src of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:video/mp4;base64,AAAAIGZ0eXBpc29t']) {
    it(`skips ${src.trim().slice(0, 16)}… with a non-fatal error and plays fallback-src`, async () => {
      const { el, errors } = await player(src, FALLBACK);
      await waitUntil(() => el.currentTime > 0.5, 'the fallback did not play');
      expect(el.video.src).to.contain(FALLBACK);
      expect(errors.map((e) => [e.detail.code, e.detail.fatal])).to.deep.equal([['media-unsupported', false]]);
      expect(errors[0].detail.message).to.not.contain('alert');
      expect(part(el, 'error')).to.equal(null);
    });
  }

  it('without a fallback, it is still reported, and nothing loads', async () => {
    const { el, errors } = await player('javascript:alert(1)', undefined);
    await waitUntil(() => errors.length > 0, 'the unsafe src was not reported');
    await new Promise((r) => setTimeout(r, 300)); // nothing more comes
    expect(errors.map((e) => [e.detail.code, e.detail.fatal])).to.deep.equal([['media-unsupported', false]]);
    expect(el.video.getAttribute('src')).to.equal(null);
  });
});
