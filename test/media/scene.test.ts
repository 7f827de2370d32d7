// The demo show's picture (scripts/make-scene.mjs) against its show document: every moment of
// demo/shows/spring-launch.json has its product drawn and a hotspot that lands on it, in 16:9 and
// 9:16 (scene-taps.test.ts then presses each hotspot in the player). The numbers
// come from demo/media/scene.json, which the script measures from the rendered pixels; the frames
// themselves are then sampled in Chromium, so a scene.json that lied about the video would fail too.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';

type Box = { x: number; y: number; width: number; height: number };
type Aspect = '16x9' | '9x16';
type SceneMoment = { productId: string; start: number; end: number; rest: [number, number]; at: { x: number; y: number }; box: Partial<Record<Aspect, Box>> };
type Scene = { frames: Record<Aspect, { width: number; height: number; duration: number }>; moments: SceneMoment[] };
type ShowMoment = { productId: string; start: number; end: number; position?: { x: number; y: number } };

const MEDIA: Record<Aspect, string> = { '16x9': '/demo/media/replay/master.m3u8', '9x16': '/demo/media/vertical/index.m3u8' };
const get = async <T>(url: string) => (await (await fetch(url)).json()) as T;
const scene = () => get<Scene>('/demo/media/scene.json');
const showMoments = async () => (await get<{ moments: ShowMoment[] }>('/demo/shows/spring-launch.json')).moments;

/** The middle of the part of a moment that a frame of `duration` seconds shows. */
const middle = (m: { start: number; end: number }, duration: number) => (m.start + Math.min(m.end, duration)) / 2;
const inside = (p: { x: number; y: number }, b: Box) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

describe('the demo scene', () => {
  it('draws the show\'s moments, in its order and at its times', async () => {
    const [s, moments] = await Promise.all([scene(), showMoments()]);
    expect(s.moments.map(({ productId, start, end }) => ({ productId, start, end }))).to.deep.equal(
      moments.map(({ productId, start, end }) => ({ productId, start, end })),
    );
    // Both pictures run the whole show.
    expect(s.frames['9x16'].duration).to.equal(s.frames['16x9'].duration);
    for (const m of s.moments) {
      // Mid-moment, the product rests: it has slid in and not yet begun to leave.
      for (const aspect of ['16x9', '9x16'] as const) {
        expect(m.box[aspect], `${m.productId} at ${m.start} s in ${aspect}`).to.exist;
        const t = middle(m, s.frames[aspect].duration);
        expect(t, `${m.productId} still at ${t} s`).to.be.within(m.rest[0], m.rest[1]);
      }
    }
  });

  it('gives every moment a hotspot inside its product\'s drawn box at mid-moment, in 16:9 and 9:16', async () => {
    const [s, moments] = await Promise.all([scene(), showMoments()]);
    for (const [i, m] of moments.entries()) {
      expect(m.position, `${m.productId} at ${m.start} s has no hotspot`).to.exist;
      // Where the scene put the product's focus is where the show points.
      expect(m.position, `${m.productId} at ${m.start} s: the show and the scene disagree`).to.deep.equal(s.moments[i].at);
      for (const [aspect, box] of Object.entries(s.moments[i].box)) {
        expect(inside(m.position!, box), `${m.productId} ${JSON.stringify(m.position)} in ${aspect} ${JSON.stringify(box)}`).to.equal(true);
      }
    }
  });

  for (const aspect of ['16x9', '9x16'] as const) {
    it(`${aspect}: the decoded frames show each product in its box and under its hotspot`, async function () {
      this.timeout(90_000);
      const [s, moments] = await Promise.all([scene(), showMoments()]);
      const { width: W, height: H, duration } = s.frames[aspect];
      const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${MEDIA[aspect]} preload="auto" muted></shoppable-video>`);
      await waitUntil(() => el.video.readyState >= 2, `${aspect}: no frame`, { timeout: 20_000 });
      const canvas = document.createElement('canvas');
      Object.assign(canvas, { width: W, height: H });
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      /** The frame at `t`, once presented: a `seeked` alone can come from an earlier seek (hls.js seeks too) and leave the last frame drawn. */
      const frameAt = async (t: number) => {
        let shown = -1;
        const watch = () => el.video.requestVideoFrameCallback((_, frame) => {
          shown = frame.mediaTime;
          if (Math.abs(shown - t) > 0.1) watch();
        });
        watch();
        el.currentTime = t;
        await waitUntil(() => !el.video.seeking && el.video.readyState >= 2 && Math.abs(shown - t) <= 0.1, `no frame presented at ${t} s (last ${shown} s)`);
        ctx.drawImage(el.video, 0, 0, W, H);
        return ctx.getImageData(0, 0, W, H).data;
      };
      /** How far a region's pixels are from the empty set's, on average (0..255). */
      const change = (a: Uint8ClampedArray, b: Uint8ClampedArray, r: Box) => {
        let sum = 0;
        let n = 0;
        // Clipped to the frame: a hanging lantern's string starts above it.
        for (let y = Math.max(0, Math.round(r.y * H)); y < Math.min(H, Math.round((r.y + r.height) * H)); y++) {
          for (let x = Math.max(0, Math.round(r.x * W)); x < Math.min(W, Math.round((r.x + r.width) * W)); x++) {
            const k = (y * W + x) * 4;
            sum += (Math.abs(a[k] - b[k]) + Math.abs(a[k + 1] - b[k + 1]) + Math.abs(a[k + 2] - b[k + 2])) / 3;
            n += 1;
          }
        }
        return sum / n;
      };
      const empty = await frameAt(0.5); // before the first product comes in
      for (const [i, m] of s.moments.entries()) {
        const box = m.box[aspect]!;
        const frame = await frameAt(middle(m, duration));
        expect(change(frame, empty, box), `${m.productId} at ${middle(m, duration)} s: nothing drawn in its box`).to.be.above(15);
        // A patch the size of the hotspot's disc (about 1/20 of the frame's width) around its centre.
        const spot = moments[i].position!;
        const r = 0.025 * W;
        const patch = { x: spot.x - r / W, y: spot.y - r / H, width: (2 * r) / W, height: (2 * r) / H };
        expect(change(frame, empty, patch), `${m.productId} at ${middle(m, duration)} s: its hotspot is not on it`).to.be.above(25);
      }
    });
  }
});
