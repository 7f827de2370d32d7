// The studio's live stream as hls.js sees it: it plays, and hls.js's own DateRange objects carry
// the pins that src/core/pins.ts turns into moments.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import Hls, { type LevelDetails } from 'hls.js';
import { momentsFromDateRanges, type DateRangeLike } from '../../src/core/pins.js';

describe('live studio stream in hls.js', () => {
  let hls: Hls | undefined;
  let video: HTMLVideoElement | undefined;
  const id = `h-${Math.random().toString(36).slice(2, 10)}`;

  afterEach(async () => {
    hls?.detachMedia();
    hls?.destroy();
    video?.remove();
    await fetch(`/__live/${id}`, { method: 'DELETE' });
  });

  it('plays the live window and exposes the pins as date ranges', async () => {
    await fetch(`/__live/${id}/start?elapsed=8&window=6`, { method: 'POST' });
    const pin = await (await fetch(`/__live/${id}/pin`, { method: 'POST', body: JSON.stringify({ productId: 'music-box-01', duration: 20 }) })).json();
    video = Object.assign(document.createElement('video'), { muted: true, autoplay: true });
    document.body.append(video);
    hls = new Hls({ liveDurationInfinity: true });
    let details: LevelDetails | undefined;
    const errors: string[] = [];
    hls.on(Hls.Events.LEVEL_LOADED, (_e, data) => (details = data.details));
    hls.on(Hls.Events.ERROR, (_e, data) => data.fatal && errors.push(data.details));
    hls.loadSource(`/__live/${id}/live.m3u8`);
    hls.attachMedia(video);
    await waitUntil(() => errors.length > 0 || video!.currentTime > 0.5, 'the live stream did not play', { timeout: 10_000 });
    expect(errors).to.deep.equal([]);
    expect(details!.live).to.equal(true);

    const ranges = Object.values(details!.dateRanges).filter(Boolean) as unknown as DateRangeLike[];
    const toMediaTime = (date: Date) => {
      const frag = details!.fragments.find((f) => f.programDateTime !== null)!;
      return frag.start + (date.getTime() - frag.programDateTime!) / 1000;
    };
    const { moments, issues } = momentsFromDateRanges(ranges, toMediaTime);
    expect(issues).to.deep.equal([]);
    expect(moments).to.have.length(1);
    expect(moments[0]).to.include({ id: pin.id, productId: 'music-box-01', source: 'stream' });
    expect(moments[0]!.end - moments[0]!.start).to.be.closeTo(20, 0.001);
    expect(moments[0]!.startDate.toISOString()).to.equal(pin.startDate);
  });
});
