import { expect } from '@open-wc/testing';
// Only the registry, as the script-tag entry has it: strings.ts (the English table) is imported
// by the last tests, as a lazy chunk would bring it.
import { entryEnglish, lookupStrings, markEnglish, registerStrings } from '../../src/core/string-registry.js';

describe('string registry (the entry, before the English table)', () => {
  it('answers the entry\'s own English for any locale, and nothing more', () => {
    for (const locale of [undefined, 'en', 'fr-FR', 'zh-TW']) {
      expect(lookupStrings(locale), String(locale)).to.deep.equal(entryEnglish);
    }
  });

  it('lays `under` tables below, and later tables over, what a language has', () => {
    registerStrings('xa', { play: 'page', pause: 'page' });
    registerStrings('xa', { play: 'built-in', pause: 'built-in', mute: 'built-in' }, { under: true });
    registerStrings('xa', { mute: 'later built-in', seek: 'later built-in' }, { under: true });
    registerStrings('xa-YY', { seek: 'region' });
    expect(lookupStrings('xa-yy')).to.include({ play: 'page', pause: 'page', mute: 'built-in', seek: 'region', retry: 'Retry' });
  });

  it('keeps English above `under` tables of English tags, and the page\'s entries above English', () => {
    registerStrings('en', { play: 'under' }, { under: true });
    markEnglish('xb-Hant');
    registerStrings('xb', { play: 'parent', retry: 'parent' });
    registerStrings('xb-Hant', { retry: 'own' });
    expect(lookupStrings('en-GB').play).to.equal('Play');
    expect(lookupStrings('XB-hant-ZZ')).to.include({ play: 'Play', retry: 'own' });
    expect(lookupStrings('xb').play).to.equal('parent');
  });

  it('gives the same object for the same inputs until something is registered', () => {
    const overrides = { play: 'Go' };
    const first = lookupStrings('fr', overrides);
    expect(lookupStrings('fr', overrides)).to.equal(first);
    expect(first.play).to.equal('Go');
    registerStrings('fr', { retry: 'Réessayer' });
    expect(lookupStrings('fr', overrides)).not.to.equal(first);
  });

  it('answers every English string once strings.ts has loaded, with what was registered before on top', async () => {
    const { en, stringsFor } = await import('../../src/core/strings.js');
    const s = lookupStrings('xa-YY');
    expect(Object.keys(s)).to.include.members(Object.keys(en));
    expect(s).to.include({ play: 'page', mute: 'built-in', addToCart: en.addToCart });
    expect(stringsFor('zh-TW')).to.deep.equal(en);
    expect(stringsFor('xb-Hant')).to.deep.equal({ ...en, retry: 'own' });
  });
});
