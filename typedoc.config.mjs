// TypeDoc's options for the API reference (`npm run docs`). The entry points are the package's
// exports (scripts/entries.mjs), so a new export is documented without a second list to keep.
import { readdirSync } from 'node:fs';
import { docEntryPoints } from './scripts/entries.mjs';

// The guides, Getting started first: the path from the landing page to a working embed.
const guides = readdirSync(new URL('docs/', import.meta.url))
  .filter((name) => name.endsWith('.md'))
  .sort((a, b) => Number(b === 'getting-started.md') - Number(a === 'getting-started.md') || a.localeCompare(b))
  .map((name) => `docs/${name}`);

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: docEntryPoints,
  name: 'shoppable-video',
  tsconfig: 'tsconfig.build.json',
  out: 'docs/api',
  readme: 'README.md',
  projectDocuments: guides,
  includeVersion: true,
  excludePrivate: true,
  excludeProtected: true,
  excludeInternal: true,
  excludeExternals: true,
  sort: ['kind', 'instance-first', 'alphabetical-ignoring-documents'],
  // An element's members as a page author reads them (scripts/typedoc-plugin.mjs sets the groups).
  groupOrder: ['Guides', 'Attributes', 'Properties', 'Methods', '*'],
  validation: {
    notExported: true,
    invalidLink: true,
    invalidPath: true,
    rewrittenLink: true,
    notDocumented: false,
    unusedMergeModuleWith: true
  },
  treatWarningsAsErrors: true,
  githubPages: false,
  cleanOutputDir: true,
  disableSources: true,
  plugin: ['./scripts/typedoc-plugin.mjs'],
  highlightLanguages: ['bash', 'css', 'html', 'javascript', 'js', 'json', 'jsonc', 'jsx', 'liquid', 'php', 'sh', 'svelte', 'text', 'ts', 'tsx', 'typescript', 'vue'],
};
