// Shared by the importer tests: the committed sample files, and the two checks every import's
// output must pass, the show document's own validator and its JSON Schema (ajv, in Node, behind
// test/servers/show-schema.mjs).
import { expect } from '@open-wc/testing';
import { validateShow } from '../../../src/core/show.js';
import type { Moment, Product } from '../../../src/types.js';

/** A committed sample file under test/fixtures/, as text. */
export async function fixture(path: string): Promise<string> {
  const response = await fetch(`/test/fixtures/${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/**
 * Puts `products` and `moments` in a show document, as JSON (what the studio exports), and checks
 * it against validateShow (nothing dropped, no issue) and against schema/show.schema.json.
 */
export async function expectValidShow(products: readonly Product[], moments: readonly Moment[] = []): Promise<void> {
  const doc = JSON.parse(JSON.stringify({ version: 1, id: 'imported', products, moments }));
  const { show, issues } = validateShow(doc);
  expect(issues, 'validateShow issues').to.deep.equal([]);
  expect(show.products.length).to.equal(products.length);
  expect(show.moments.length).to.equal(moments.length);
  const response = await fetch('/__schema/validate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify([doc]),
  });
  const [result] = (await response.json()) as { valid: boolean; errors: string[] }[];
  expect(result!.errors, 'schema errors').to.deep.equal([]);
  expect(result!.valid).to.equal(true);
}

/** A product by id, or a failed assertion. */
export function byId(products: readonly Product[], id: string): Product {
  const product = products.find((p) => p.id === id);
  expect(product, `product ${id}`).to.exist;
  return product!;
}
