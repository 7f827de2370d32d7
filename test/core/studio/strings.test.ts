import { expect } from '@open-wc/testing';
import { studioEn, studioFormat } from '../../../src/core/studio/strings.js';
import { STUDIO_LOCALES, studioDir, studioStrings } from '../../../src/core/studio/strings-intl.js';

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('studio strings', () => {
  for (const locale of STUDIO_LOCALES) {
    it(`${locale}: every key, with the same placeholders as English`, () => {
      const table = studioStrings(locale);
      for (const key of Object.keys(studioEn) as Array<keyof typeof studioEn>) {
        expect(table[key], key).to.be.a('string').and.not.equal('');
        expect(placeholders(table[key]), key).to.deep.equal(placeholders(studioEn[key]));
      }
      if (locale !== 'en') expect(table.products).to.not.equal(studioEn.products);
    });
  }

  const picks: Array<[string | undefined, string, 'ltr' | 'rtl']> = [
    ['fr-CA', 'Produits', 'ltr'],
    ['zh-CN', '商品', 'ltr'],
    ['zh-Hant-TW', 'Products', 'ltr'],
    ['ar-EG', 'المنتجات', 'rtl'],
    ['__proto__', 'Products', 'ltr'],
    [undefined, 'Products', 'ltr'],
  ];
  for (const [locale, products, dir] of picks) {
    it(`${locale} → ${products}, ${dir}`, () => {
      expect(studioStrings(locale).products).to.equal(products);
      expect(studioDir(locale)).to.equal(dir);
    });
  }

  it('fills placeholders and leaves unknown ones', () => {
    expect(studioFormat('{name}, {start} to {end}', { name: 'Box', start: 1 })).to.equal('Box, 1 to {end}');
  });
});
