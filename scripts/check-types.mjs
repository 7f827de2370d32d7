// Type-checks the per-framework typings in types/ (React, Preact, Svelte, Vue) against the
// stand-ins in test/types/stubs, each with its own tsconfig. Needs dist/jsx.d.ts: run after the build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
if (!existsSync(new URL('dist/jsx.d.ts', root))) {
  console.error('dist/jsx.d.ts is missing: run `npm run build` first.');
  process.exit(1);
}
const tsc = new URL('node_modules/typescript/bin/tsc', root).pathname;
let failed = 0;
for (const framework of ['react', 'preact', 'svelte', 'vue']) {
  try {
    execFileSync(process.execPath, [tsc, '-p', `test/types/tsconfig.${framework}.json`], { cwd: root, stdio: 'pipe' });
    console.log(`types/${framework}.d.ts: ok`);
  } catch (error) {
    failed++;
    console.error(`types/${framework}.d.ts: type errors\n${error.stdout}${error.stderr}`);
  }
}
process.exit(failed ? 1 : 0);
