import { expect } from '@open-wc/testing';
import { sheetPlacement } from '../../src/core/sheet-placement.js';

describe('sheetPlacement', () => {
  const phone = { width: 390, height: 844 };
  const cases: Array<[string, { width: number; height: number }, { width: number; height: number }, boolean, string]> = [
    ['a 16:9 player across a phone', { width: 358, height: 201 }, phone, false, 'page'],
    ['a 9:16 player on a phone', { width: 374, height: 665 }, phone, false, 'player'],
    ['a 16:9 player on a desktop', { width: 1264, height: 711 }, { width: 1280, height: 900 }, false, 'player'],
    ['a 640×360 player', { width: 640, height: 360 }, { width: 640, height: 800 }, false, 'player'],
    ['a 320×180 player in a short window (half of it is still taller)', { width: 320, height: 180 }, { width: 320, height: 300 }, false, 'page'],
    ['a 320×180 player in a window no taller than it', { width: 320, height: 180 }, { width: 320, height: 200 }, false, 'player'],
    ['a full-screen phone in landscape', { width: 844, height: 390 }, { width: 844, height: 390 }, true, 'player'],
    ['a short wide player in a tall window', { width: 600, height: 250 }, { width: 600, height: 900 }, false, 'page'],
  ];
  for (const [name, player, viewport, fullscreen, want] of cases) {
    it(`${name}: ${want}`, () => {
      expect(sheetPlacement(player, viewport, fullscreen)).to.equal(want);
    });
  }
});
