import { expect } from '@open-wc/testing';
import { fitBar, type BarItem } from '../../src/core/bar-fit.js';
import { formatInteger, formatTime } from '../../src/core/media-time.js';

describe('fitBar', () => {
  const items: BarItem[] = [
    { name: 'volume', width: 72, leave: 'hide' },
    { name: 'pip', width: 40, leave: 'menu' },
    { name: 'rate', width: 50, leave: 'menu' },
    { name: 'time', width: 80, leave: 'hide' },
  ];
  const cases: [number, string[]][] = [
    [400, []], // 158 fixed + 242 = 400: everything fits, exactly
    [399, ['volume']], // 328 left, no menu needed
    [328, ['volume']],
    // Without pip, 288 + the More button (40) = 328 > 327: a menu of one gains nothing here.
    [327, ['volume', 'pip', 'rate']], // 238 + 40 = 278
    [278, ['volume', 'pip', 'rate']],
    [277, ['volume', 'pip', 'rate', 'time']],
    [10, ['volume', 'pip', 'rate', 'time']], // nothing more can leave
  ];
  for (const [available, away] of cases) {
    it(`${available} px → ${away.join(', ') || 'nothing'} leaves`, () => {
      expect(fitBar(158, items, available, 40)).to.deep.equal(away);
    });
  }
  it('needs no More button when only hidden items left', () => {
    expect(fitBar(100, [{ name: 'volume', width: 72, leave: 'hide' }], 100, 40)).to.deep.equal(['volume']);
  });
});

describe('formatTime with a locale', () => {
  it('keeps Latin digits by default and for en and ar (CLDR), Arabic-Indic for ar-EG', () => {
    expect(formatTime(3725)).to.equal('1:02:05');
    expect(formatTime(65, 'ar')).to.equal(new Intl.NumberFormat('ar').format(1) === '1' ? '1:05' : '١:٠٥');
    expect(formatTime(65, 'ar-EG')).to.equal('١:٠٥');
    expect(formatInteger(720, 'ar-EG')).to.equal('٧٢٠');
    expect(formatInteger(1080, 'de')).to.equal('1080'); // no grouping
  });
  it('survives an invalid locale', () => {
    expect(formatTime(5, 'not a locale!')).to.match(/^0:05$/);
  });
});
