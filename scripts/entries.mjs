// The package's entry points, read from package.json `exports`: the one list that the rollup
// build (the recipes' single-file CDN copies), typedoc (the API reference) and the pack check
// read, so adding a store recipe is its module in src/cart/ plus one `exports` line.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const exported = Object.entries(pkg.exports);

/** The store recipes: every `./cart/<name>` export, by name (`shopify`, ...). */
export const cartRecipes = exported.flatMap(([key]) => key.match(/^\.\/cart\/([\w-]+)$/)?.slice(1) ?? []);

/**
 * The source module of every export with types in dist/, for the API reference. The elements'
 * registration modules (`./shoppable-video.js`, ...) are left out: they declare nothing, and their
 * classes are documented from the root.
 */
export const docEntryPoints = [
  ...new Set(
    exported
      .filter(([key, value]) => !key.endsWith('.js') && typeof value === 'object' && value.types?.startsWith('./dist/'))
      .map(([, value]) => value.types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts')),
  ),
];
