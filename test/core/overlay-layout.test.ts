import { expect } from '@open-wc/testing';
import { CHIP, cardsSide, chipBox, overlayForm, type ChipCorner } from '../../src/core/overlay-layout.js';

/** Whether the point (0..1 of the frame) lies in the box, for a player of that size. */
const inside = (b: { left: number; top: number; width: number; height: number }, x: number, y: number, w: number, h: number) =>
  x * w >= b.left && x * w <= b.left + b.width && y * h >= b.top && y * h <= b.top + b.height;

describe('overlayForm', () => {
  const cases: Array<[number, number, 'card' | 'chip']> = [
    [358, 201, 'chip'], // a 390 px phone's 16:9 embed
    [390, 219, 'chip'],
    [600, 338, 'chip'],
    [640, 360, 'card'], // tall enough for a compact card above the bar
    [1168, 657, 'card'],
    [358, 636, 'card'], // 9:16: today's vertical layout stays
    [0, 0, 'card'], // not measured yet
  ];
  for (const [w, h, form] of cases) {
    it(`${w}×${h} shows ${form}s`, () => expect(overlayForm(w, h)).to.equal(form));
  }
});

describe('chipBox', () => {
  const W = 358;
  const H = 201;
  it('covers at most a quarter of a 358×201 player', () => {
    const box = chipBox({ width: W, height: H, rtl: false, hotspots: [] });
    expect((box.width * box.height) / (W * H)).to.be.at.most(0.25);
    expect(box.width).to.equal(CHIP.maxWidth);
  });
  it('never takes more than its share of a narrow player, and stays inside it', () => {
    const box = chipBox({ width: 300, height: 169, rtl: false, hotspots: [] });
    expect(box.width).to.equal(300 * CHIP.widthShare);
    expect(box.left + box.width).to.be.at.most(300);
    expect(box.top).to.be.at.least(0);
  });

  const cases: Array<[string, boolean, Array<{ x: number; y: number }>, ChipCorner]> = [
    ['no hotspot', false, [], 'bottom-start'],
    ['a hotspot far from the corner', false, [{ x: 0.72, y: 0.35 }], 'bottom-start'],
    ['a hotspot under the bottom-start corner', false, [{ x: 0.1, y: 0.6 }], 'bottom-end'],
    ['a hotspot in the middle of the bottom row', false, [{ x: 0.3, y: 0.6 }], 'top-start'],
    ['hotspots under both bottom corners', false, [{ x: 0.1, y: 0.6 }, { x: 0.9, y: 0.6 }], 'top-start'],
    ['a hotspot only just outside the chip (its disc would touch it)', false, [{ x: 0.1, y: 0.37 }], 'bottom-end'],
    ['right to left, a hotspot under the bottom-start (right) corner', true, [{ x: 0.9, y: 0.6 }], 'bottom-end'],
    ['right to left, a hotspot on the left', true, [{ x: 0.1, y: 0.6 }], 'bottom-start'],
  ];
  for (const [name, rtl, hotspots, corner] of cases) {
    it(`goes to ${corner} with ${name}`, () => {
      const box = chipBox({ width: W, height: H, rtl, hotspots });
      expect(box.corner).to.equal(corner);
      for (const h of hotspots) expect(inside(box, h.x, h.y, W, H), `covers ${h.x},${h.y}`).to.equal(false);
    });
  }

  it('puts start on the right when right to left', () => {
    const ltr = chipBox({ width: W, height: H, rtl: false, hotspots: [] });
    const rtl = chipBox({ width: W, height: H, rtl: true, hotspots: [] });
    expect(ltr.left).to.equal(CHIP.margin);
    expect(rtl.left + rtl.width).to.equal(W - CHIP.margin);
  });

  it('covers the fewest hotspots when every corner covers one', () => {
    const everywhere = [
      { x: 0.1, y: 0.6 },
      { x: 0.9, y: 0.6 },
      { x: 0.9, y: 0.62 },
      { x: 0.1, y: 0.15 },
      { x: 0.9, y: 0.15 },
      { x: 0.5, y: 0.15 },
    ];
    const box = chipBox({ width: W, height: H, rtl: false, hotspots: everywhere });
    expect(box.corner).to.equal('bottom-start');
  });
});

describe('cardsSide', () => {
  const base = { width: 640, height: 360, rtl: false };
  it('keeps the start side with no hotspot, or one outside the column', () => {
    expect(cardsSide({ ...base, hotspots: [] })).to.equal('start');
    expect(cardsSide({ ...base, hotspots: [{ x: 0.72, y: 0.35 }] })).to.equal('start');
  });
  it('moves to the end side when a hotspot falls under the column at the start', () => {
    expect(cardsSide({ ...base, hotspots: [{ x: 0.3, y: 0.6 }] })).to.equal('end');
  });
  it('reads start as the right edge right to left', () => {
    expect(cardsSide({ ...base, rtl: true, hotspots: [{ x: 0.72, y: 0.35 }] })).to.equal('end');
    expect(cardsSide({ ...base, rtl: true, hotspots: [{ x: 0.3, y: 0.6 }] })).to.equal('start');
  });
  it('stays at the start when hotspots are on both sides', () => {
    expect(cardsSide({ ...base, hotspots: [{ x: 0.1, y: 0.5 }, { x: 0.9, y: 0.5 }] })).to.equal('start');
  });
});

describe('chipBox: the big Play button', () => {
  it('moves the chip off a centred box it would cover (a 358×201 player before play)', () => {
    const free = chipBox({ width: 358, height: 201, rtl: false, hotspots: [] });
    const clear = chipBox({ width: 358, height: 201, rtl: false, hotspots: [], keepClear: { width: 70, height: 70 } });
    expect(free.corner).to.equal('bottom-start');
    expect(clear.corner.startsWith('top')).to.be.true;
    expect(clear.top + clear.height).to.be.at.most((201 - 70) / 2);
  });
});
