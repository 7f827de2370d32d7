import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/url.js';

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
