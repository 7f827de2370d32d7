import { expect } from '@open-wc/testing';
import {
  defaultSelection,
  defaultVariant,
  findVariant,
  isValueAvailable,
  needsChoice,
  purchasableVariants,
  select,
} from '../../src/core/variants.js';
import type { Product, ProductVariant } from '../../src/types.js';

const v = (id: string, colour: string, size: string, available = true): ProductVariant => ({
  id,
  options: { Colour: colour, Size: size },
  available,
});

const shirt: Product = {
  id: 'shirt',
  title: 'Shirt',
  prices: [],
  options: [
    { name: 'Colour', values: ['Red', 'Blue', 'Green'] },
    { name: 'Size', values: ['S', 'M'] },
  ],
  variants: [v('red-s', 'Red', 'S', false), v('red-m', 'Red', 'M'), v('blue-s', 'Blue', 'S'), v('green-s', 'Green', 'S', false)],
  available: true,
};

const bare: Product = { id: 'bare', title: 'Bare', prices: [], options: [], variants: [], available: true };

describe('variants', () => {
  it('defaults to the first available variant', () => {
    expect(defaultVariant(shirt)?.id).to.equal('red-m');
    expect(defaultSelection(shirt)).to.deep.equal({ Colour: 'Red', Size: 'M' });
  });
  it('defaults to the first variant when none is available, and to first values without variants', () => {
    const soldOut = { ...shirt, variants: shirt.variants.map((x) => ({ ...x, available: false })) };
    expect(defaultVariant(soldOut)?.id).to.equal('red-s');
    expect(defaultSelection({ ...shirt, variants: [] })).to.deep.equal({ Colour: 'Red', Size: 'S' });
    expect(defaultVariant(bare)).to.equal(undefined);
  });
  it('finds the variant a selection names, or none', () => {
    expect(findVariant(shirt, { Colour: 'Blue', Size: 'S' })?.id).to.equal('blue-s');
    expect(findVariant(shirt, { Colour: 'Blue', Size: 'M' })).to.equal(undefined);
    expect(findVariant(bare, {})).to.equal(undefined);
  });
  it('a value is available when some available variant uses it', () => {
    expect(isValueAvailable(shirt, 'Colour', 'Red')).to.equal(true);
    expect(isValueAvailable(shirt, 'Colour', 'Green')).to.equal(false);
    expect(isValueAvailable(shirt, 'Size', 'S')).to.equal(true);
    expect(isValueAvailable({ ...shirt, variants: [] }, 'Colour', 'Green')).to.equal(true);
  });
  it('a pick keeps the other options when that combination is available', () => {
    expect(select(shirt, { Colour: 'Red', Size: 'M' }, 'Colour', 'Red')).to.deep.equal({ Colour: 'Red', Size: 'M' });
  });
  it('a pick moves the other options to the first available variant with that value', () => {
    expect(select(shirt, { Colour: 'Red', Size: 'M' }, 'Colour', 'Blue')).to.deep.equal({ Colour: 'Blue', Size: 'S' });
    expect(select(shirt, { Colour: 'Blue', Size: 'S' }, 'Size', 'M')).to.deep.equal({ Colour: 'Red', Size: 'M' });
  });
  it('a pick with no available variant at all is kept as is', () => {
    expect(select(shirt, { Colour: 'Red', Size: 'M' }, 'Colour', 'Green')).to.deep.equal({ Colour: 'Green', Size: 'M' });
  });
});

describe('needsChoice', () => {
  const one = { ...shirt, variants: [v('red-m', 'Red', 'M'), v('red-s', 'Red', 'S', false)] };
  const cases: Array<[string, Product, boolean]> = [
    ['two available variants', shirt, true],
    ['one available variant among sold-out ones', one, false],
    ['no variants at all', bare, false],
    ['every variant sold out', { ...shirt, variants: shirt.variants.map((x) => ({ ...x, available: false })) }, false],
    ['a sold-out product with available variants', { ...shirt, available: false }, false],
  ];
  for (const [name, product, expected] of cases) {
    it(`${expected ? 'asks' : 'does not ask'} for a choice with ${name}`, () => {
      expect(needsChoice(product)).to.equal(expected);
    });
  }
  it('counts only the available variants as purchasable', () => {
    expect(purchasableVariants(shirt).map((x) => x.id)).to.deep.equal(['red-m', 'blue-s']);
  });
});
