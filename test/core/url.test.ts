import { expect } from '@open-wc/testing';
import { safeMediaUrl, safeUrl } from '../../src/core/url.js';

describe('safeUrl', () => {
  const cases: Array<[unknown, string | undefined]> = [
    ['https://shop.example/p', 'https://shop.example/p'],
    ['http://shop.example/p', 'http://shop.example/p'],
    ['/products/a', '/products/a'],
    ['img/a.jpg', 'img/a.jpg'],
    ['//cdn.example/a.jpg', '//cdn.example/a.jpg'],
    ['?q=1', '?q=1'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['vbscript:msgbox', undefined],
    ['blob:https://a/b', undefined],
    ['', undefined],
    [42, undefined],
    [null, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(safeUrl(input)).to.equal(expected);
    });
  }
});

describe('safeMediaUrl', () => {
  const cases: Array<[unknown, string | undefined]> = [
    ['blob:http://127.0.0.1:8000/5f0c6a1e-0000-4000-8000-000000000000', 'blob:http://127.0.0.1:8000/5f0c6a1e-0000-4000-8000-000000000000'],
    [' blob:https://shop.example/abc ', 'blob:https://shop.example/abc'],
    ['https://cdn.example/replay.m3u8', 'https://cdn.example/replay.m3u8'],
    ['media/replay.mp4', 'media/replay.mp4'],
    ['blob:null/abc', undefined],
    ['blob:javascript:alert(1)', undefined],
    ['javascript:alert(1)', undefined],
    ['data:video/mp4;base64,AAAA', undefined],
    [42, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(safeMediaUrl(input)).to.equal(expected);
    });
  }
});
