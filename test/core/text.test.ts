import { expect } from '@open-wc/testing';
import { likelyLocale, resolveText } from '../../src/core/text.js';
import { localizedText } from '../../src/core/market.js';

describe('resolveText', () => {
  const map = {
    en: 'Music box',
    'en-GB': 'Music box (UK)',
    zh: '音乐盒',
    'zh-Hant': '音樂盒',
    ja: 'オルゴール',
  };

  it('returns a plain string as is, inheriting the language', () => {
    expect(resolveText('Music box', 'ja')).to.deep.equal({ text: 'Music box', lang: undefined });
  });
  it('returns empty text for undefined', () => {
    expect(resolveText(undefined, 'en')).to.deep.equal({ text: '', lang: undefined });
  });

  const cases: Array<[string | undefined, string | undefined, string, string]> = [
    ['ja', undefined, 'オルゴール', 'ja'],
    ['ja-JP', undefined, 'オルゴール', 'ja'],
    ['en-GB', undefined, 'Music box (UK)', 'en-GB'],
    ['en-US', undefined, 'Music box', 'en'],
    ['zh-Hans-CN', undefined, '音乐盒', 'zh'],
    ['zh-Hant-TW', undefined, '音樂盒', 'zh-Hant'],
    ['ZH-HANT', undefined, '音樂盒', 'zh-Hant'],
    ['zh_Hant_HK', undefined, '音樂盒', 'zh-Hant'],
    ['fr-FR', 'ja-JP', 'オルゴール', 'ja'],
    ['fr-FR', undefined, 'Music box', 'en'],
    [undefined, undefined, 'Music box', 'en'],
  ];
  for (const [locale, fallback, text, lang] of cases) {
    it(`${locale} (fallback ${fallback}) → ${lang}`, () => {
      expect(resolveText(map, locale, fallback)).to.deep.equal({ text, lang });
    });
  }

  it('walks the full chain zh-Hans-CN → zh-Hans → zh', () => {
    expect(resolveText({ 'zh-Hans': '简体', zh: '中文' }, 'zh-Hans-CN').lang).to.equal('zh-Hans');
    expect(resolveText({ 'zh-Hans-CN': '大陆', 'zh-Hans': '简体' }, 'zh-Hans-CN').lang).to.equal(
      'zh-Hans-CN',
    );
  });
  it('uses the first entry when neither the locale, the fallback nor en match', () => {
    expect(resolveText({ de: 'Spieluhr', ja: 'オルゴール' }, 'fr', 'es')).to.deep.equal({
      text: 'Spieluhr',
      lang: 'de',
    });
  });
  it('returns empty text for an empty map', () => {
    expect(resolveText({}, 'en')).to.deep.equal({ text: '', lang: undefined });
  });
});

describe('resolveText: the likely script', () => {
  const title = { en: 'Music box', 'zh-Hans': '音乐盒', 'zh-Hant': '音樂盒', ja: 'オルゴール' };
  it('finds script-keyed text for a region-only locale', () => {
    expect(likelyLocale('zh-CN')).to.equal('zh-Hans-CN');
    expect(resolveText(title, 'zh-CN')).to.deep.equal({ text: '音乐盒', lang: 'zh-Hans' });
    expect(resolveText(title, 'zh-TW')).to.deep.equal({ text: '音樂盒', lang: 'zh-Hant' });
    expect(resolveText(title, 'ja-JP')).to.deep.equal({ text: 'オルゴール', lang: 'ja' });
    expect(resolveText(title, 'fr-FR')).to.deep.equal({ text: 'Music box', lang: 'en' });
    expect(resolveText('Plain', 'zh-CN')).to.deep.equal({ text: 'Plain', lang: undefined });
    expect(likelyLocale('not a tag!')).to.equal(undefined);
  });
});

describe('one text resolver', () => {
  it('localizedText is resolveText under its earlier name', () => {
    const title = { en: 'Music box', 'zh-Hans': '音乐盒' };
    expect(localizedText(title, 'zh-CN')).to.deep.equal(resolveText(title, 'zh-CN'));
  });
});
