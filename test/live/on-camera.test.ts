// The producer page's "on camera" (demo/live/on-camera.js) against the committed scene: the studio
// loops the replay, so a product is on camera during its moments, and a pin made then lands its
// hotspot on the drawn product.
import { expect } from '@open-wc/testing';
// @ts-expect-error: the demo's plain-JS module has no types
import { onCamera, streamSeconds } from '../../demo/live/on-camera.js';

type Box = { x: number; y: number; width: number; height: number };
type Seen = { productId: string; x: number; y: number; leavesIn: number };
const scene = async () => (await (await fetch('/demo/media/scene.json')).json()) as { moments: { productId: string; box: { '16x9': Box } }[] };
const ids = (seen: Seen[]) => seen.map((p) => p.productId);

describe('the live studio: what is on camera', () => {
  it('follows the looped replay\'s moments, every 60 s', async () => {
    const s = await scene();
    expect(ids(onCamera(s, 1))).to.deep.equal([]);
    expect(ids(onCamera(s, 13))).to.deep.equal(['music-box-01', 'lantern-02']);
    expect(ids(onCamera(s, 40))).to.deep.equal(['fan-04']);
    expect(ids(onCamera(s, 60 + 13))).to.deep.equal(['music-box-01', 'lantern-02']);
    expect(ids(onCamera(s, 600 + 55))).to.deep.equal(['kite-05', 'music-box-01']);
    // From the moment's start until the product starts to leave (0.8 s before its end).
    expect(ids(onCamera(s, 12))).to.deep.equal(['music-box-01', 'lantern-02']);
    expect(ids(onCamera(s, 19.1))).to.deep.equal(['music-box-01', 'lantern-02']);
    expect(ids(onCamera(s, 19.2))).to.deep.equal(['lantern-02']);
  });

  it('puts the hotspot inside the drawn product, and says how long it stays', async () => {
    const s = await scene();
    const [box] = onCamera(s, 13) as Seen[];
    const drawn = s.moments[0].box['16x9'];
    expect(box.x).to.be.within(drawn.x, drawn.x + drawn.width);
    expect(box.y).to.be.within(drawn.y, drawn.y + drawn.height);
    expect(box.leavesIn).to.be.closeTo(19.2 - 13, 1e-9);
  });

  it('reads the stream\'s position from the studio state', () => {
    expect(streamSeconds({ startDate: '2026-03-01T02:00:00.000Z', clock: '2026-03-01T02:01:13.500Z' })).to.equal(73.5);
  });
});
