// Removes previous build output so stale modules never ship.
import { rmSync } from 'node:fs';
for (const p of ['dist', 'custom-elements.json']) rmSync(p, { recursive: true, force: true });
