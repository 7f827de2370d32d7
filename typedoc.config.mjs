// TypeDoc's options for the API reference (`npm run docs`). The entry points are the package's
// exports (scripts/entries.mjs), so a new export is documented without a second list to keep.
import { docEntryPoints } from './scripts/entries.mjs';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: docEntryPoints,
  name: 'shoppable-video',
  tsconfig: 'tsconfig.build.json',
  out: 'docs/api',
  readme: 'README.md',
  projectDocuments: ['docs/*.md'],
  includeVersion: true,
  excludePrivate: true,
  excludeProtected: true,
  excludeInternal: true,
  excludeExternals: true,
  sort: ['kind', 'instance-first', 'alphabetical-ignoring-documents'],
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
