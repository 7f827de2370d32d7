import { expect } from '@open-wc/testing';
import { clamp } from '../../src/core/clamp.js';
import { formatTime } from '../../src/core/media-time.js';

describe('formatTime', () => {
  const cases: [number, string][] = [
    [0, '0:00'],
    [0.99, '0:00'],
    [12.5, '0:12'],
    [60, '1:00'],
    [599, '9:59'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [36000, '10:00:00'],
    [-5, '0:00'],
    [NaN, '0:00'],
    [Infinity, '0:00'],
  ];
  for (const [seconds, text] of cases) {
    it(`${seconds} → ${text}`, () => expect(formatTime(seconds)).to.equal(text));
  }

  it('clamps', () => {
    expect(clamp(-1, 0, 1)).to.equal(0);
    expect(clamp(2, 0, 1)).to.equal(1);
    expect(clamp(0.5, 0, 1)).to.equal(0.5);
  });
});
