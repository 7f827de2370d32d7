import { expect } from '@open-wc/testing';
import { en, registerStrings, stringsFor, type StringKey, type Strings } from '../../src/core/strings.js';
import { BUILT_IN_LOCALES, isRtl, loadStrings } from '../../src/core/locales/index.js';
import { ar } from '../../src/core/locales/ar.js';
import { de } from '../../src/core/locales/de.js';
import { es } from '../../src/core/locales/es.js';
import { fr } from '../../src/core/locales/fr.js';
import { ja } from '../../src/core/locales/ja.js';
import { zhHans } from '../../src/core/locales/zh-Hans.js';

const tables: Record<string, Partial<Strings>> = { ar, de, es, fr, ja, 'zh-Hans': zhHans };
const placeholders = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('built-in locales', () => {
  it('lists English and every built-in table', () => {
    expect([...BUILT_IN_LOCALES].sort()).to.deep.equal(['en', ...Object.keys(tables)].sort());
  });

  for (const [lang, table] of Object.entries(tables)) {
    describe(lang, () => {
      it('has exactly the keys of the English table', () => {
        expect(Object.keys(table).sort()).to.deep.equal(Object.keys(en).sort());
      });
      it('keeps every placeholder of the English string, and no other', () => {
        for (const key of Object.keys(en) as StringKey[]) {
          expect(placeholders(table[key]), `${lang}.${key}`).to.deep.equal(placeholders(en[key]));
        }
      });
      it('has no empty or padded strings', () => {
        for (const [key, value] of Object.entries(table)) {
          expect(value, `${lang}.${key}`).to.be.a('string').and.not.equal('');
          expect(value, `${lang}.${key}`).to.equal(value.trim());
        }
      });
    });
  }

  const cases: Array<[string, string, string, string]> = [
    ['de-AT', 'In den Warenkorb', 'inkl. MwSt.', 'zzgl. Steuern'],
    ['de', 'In den Warenkorb', 'inkl. MwSt.', 'zzgl. Steuern'],
    ['fr-CA', 'Ajouter au panier', 'TTC', 'HT'],
    ['es-MX', 'Añadir al carrito', 'IVA incluido', 'impuestos no incluidos'],
    ['ja-JP', 'カートに入れる', '税込', '税別'],
    ['ar-EG', 'أضف إلى السلة', 'شامل الضريبة', 'غير شامل الضريبة'],
    ['zh', '加入购物车', '含税', '不含税'],
    ['zh-CN', '加入购物车', '含税', '不含税'],
    ['zh-Hans', '加入购物车', '含税', '不含税'],
    ['zh-SG', '加入购物车', '含税', '不含税'],
    ['zh-Hans-HK', '加入购物车', '含税', '不含税'],
  ];
  it('loads a language on demand: English until then, the page\'s own entries on top after', async () => {
    expect(stringsFor('es-MX').addToCart).to.equal('Add to cart');
    registerStrings('es', { addToCart: 'Comprar' });
    const pending = loadStrings('es-MX');
    expect(pending).to.be.instanceOf(Promise);
    expect(loadStrings('es')).to.equal(pending);
    await pending;
    expect(loadStrings('es-ES')).to.equal(undefined);
    expect([stringsFor('es').addToCart, stringsFor('es').checkout]).to.deep.equal(['Comprar', es.checkout]);
    registerStrings('es', { addToCart: es.addToCart });
  });

  it('has nothing to load for English, unknown languages and Traditional Chinese', () => {
    for (const locale of [undefined, 'en', 'en-GB', 'ko-KR', 'zh-TW', 'zh-Hant-HK']) {
      expect(loadStrings(locale), String(locale)).to.equal(undefined);
    }
  });

  for (const [locale, addToCart, inclVat, plusTax] of cases) {
    it(`resolves ${locale} through its language`, async () => {
      await loadStrings(locale);
      const s = stringsFor(locale);
      expect([s.addToCart, s.inclVat, s.plusTax]).to.deep.equal([addToCart, inclVat, plusTax]);
    });
  }

  for (const locale of ['zh-TW', 'zh-Hant', 'zh-Hant-TW', 'zh-HK', 'ZH-MO']) {
    it(`gives Traditional Chinese (${locale}) English, not Simplified`, () => {
      expect(stringsFor(locale)).to.deep.equal(en);
    });
  }

  it('falls back to English for a language without a table', () => {
    expect(stringsFor('ko-KR').addToCart).to.equal('Add to cart');
  });

  it('lets overrides win over a built-in table', async () => {
    await loadStrings('de-DE');
    const s = stringsFor('de-DE', { addToCart: 'Kaufen' });
    expect([s.addToCart, s.checkout]).to.deep.equal(['Kaufen', 'Zur Kasse']);
  });
});

describe('isRtl', () => {
  const rtl = ['ar', 'ar-EG', 'he', 'iw', 'fa-IR', 'ur', 'ps', 'ckb', 'yi', 'dv', 'pa-Arab'];
  const ltr = ['en', 'en-US', 'de-AT', 'ja', 'zh-Hant-TW', 'az-Latn', 'ku', 'not a tag!'];

  const check = () => {
    for (const locale of rtl) expect(isRtl(locale), locale).to.equal(true);
    for (const locale of ltr) expect(isRtl(locale), locale).to.equal(false);
  };

  it('tells right-to-left locales from left-to-right ones', check);

  it('answers the same without Intl.Locale text info (Firefox)', () => {
    const proto = Intl.Locale.prototype;
    const saved = ['getTextInfo', 'textInfo'].map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const);
    try {
      for (const [name] of saved) Object.defineProperty(proto, name, { value: undefined, configurable: true });
      check();
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(proto, name, descriptor);
        else delete (proto as unknown as Record<string, unknown>)[name];
      }
    }
  });
});
