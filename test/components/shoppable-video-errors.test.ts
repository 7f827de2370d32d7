import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/components/shoppable-video/shoppable-video.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableErrorEvent } from '../../src/events.js';
import { FakeHls } from '../controllers/fake-hls.js';

const MISSING = '/__faults/404/replay/master.m3u8';
const part = (el: ShoppableVideo, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function failing(src: string, extra = html``) {
  const errors: ShoppableErrorEvent[] = [];
  const wrap = await fixture<HTMLDivElement>(html`<div @shoppable-error=${(e: ShoppableErrorEvent) => errors.push(e)}>
    <shoppable-video src=${src} muted preload="auto"></shoppable-video>${extra}
  </div>`);
  return { el: wrap.querySelector('shoppable-video')!, errors };
}

describe('<shoppable-video> errors', () => {
  beforeEach(() => FakeHls.reset());

  it('shows an error state with Retry and dispatches one fatal media-network error on a 404 manifest', async () => {
    const { el, errors } = await failing(MISSING);
    await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 8000 });
    expect(part(el, 'error')!.textContent).to.contain('This video could not be played.');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'retry')!.textContent!.trim()).to.equal('Retry');
    expect(el.hasAttribute('error')).to.be.true;
    expect(el.hls).to.be.null;
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ code: 'media-network', fatal: true });
    expect(errors[0].bubbles && errors[0].composed).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('Retry loads the source again', async () => {
    const { el, errors } = await failing(MISSING);
    await waitUntil(() => part(el, 'retry'), 'no retry', { timeout: 8000 });
    part(el, 'retry')!.click();
    await el.updateComplete;
    expect(part(el, 'error')).to.be.null;
    await waitUntil(() => errors.length === 2, 'retry did not load again', { timeout: 8000 });
    expect(part(el, 'error')).to.exist;
  });

  it('switches to fallback-src after the 404 and plays it, with no fatal error', async () => {
    const errors: ShoppableErrorEvent[] = [];
    const el = await fixture<ShoppableVideo>(html`<shoppable-video
      src=${MISSING}
      fallback-src="/demo/media/replay.mp4"
      autoplay
      muted
      @shoppable-error=${(e: ShoppableErrorEvent) => errors.push(e)}
    ></shoppable-video>`);
    await waitUntil(() => el.currentTime > 0.5, 'fallback did not play', { timeout: 10_000 });
    expect(el.video.src).to.contain('/demo/media/replay.mp4');
    expect(el.hls).to.be.null;
    expect(part(el, 'error')).to.be.null;
    expect(errors).to.have.length(0);
  });

  it('reports a missing MP4 as a fatal error once', async () => {
    const { el, errors } = await failing('/__faults/404/replay.mp4');
    await waitUntil(() => errors.length > 0, 'no error', { timeout: 8000 });
    await el.updateComplete;
    expect(part(el, 'error')).to.exist;
    expect(errors).to.have.length(1);
    expect(errors[0].detail.fatal).to.be.true;
    expect(errors[0].detail.code).to.be.oneOf(['media-network', 'media-unsupported']);
  });

  it('ignores non-fatal hls.js errors and recovers a fatal media error (page-supplied Hls)', async () => {
    const errors: ShoppableErrorEvent[] = [];
    const el = await fixture<ShoppableVideo>(html`<shoppable-video
      src="/demo/media/replay/master.m3u8"
      .hlsConstructor=${FakeHls}
      @shoppable-error=${(e: ShoppableErrorEvent) => errors.push(e)}
    ></shoppable-video>`);
    await waitUntil(() => el.hls !== null);
    const hls = FakeHls.last;
    expect(el.hls as unknown).to.equal(hls);
    hls.emit(FakeHls.Events.ERROR, { type: 'networkError', details: 'fragLoadError', fatal: false });
    hls.emit(FakeHls.Events.ERROR, { type: 'mediaError', details: 'bufferAppendError', fatal: true });
    await el.updateComplete;
    expect(hls.calls).to.include('recoverMediaError');
    expect(part(el, 'error')).to.be.null;
    expect(errors).to.have.length(0);
    hls.emit(FakeHls.Events.ERROR, { type: 'mediaError', details: 'bufferAppendError', fatal: true });
    await el.updateComplete;
    expect(part(el, 'error')).to.exist;
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['media-decode']);
    expect(hls.calls.slice(-2)).to.deep.equal(['detachMedia', 'destroy']);
  });

  it('re-dispatches the video error event from the host', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src="/__faults/404/x.mp4" preload="auto"></shoppable-video>`);
    const event = await oneEvent(el, 'error');
    expect(event.bubbles).to.be.false;
    expect(event.target).to.equal(el);
  });
});
