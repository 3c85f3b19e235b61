import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '../../../../src/core');

// The web extension bundles src/core for a browser host: Node's fs, path and crypto enter only through src/platform.
describe('src/core stays free of Node', () => {
  it('imports no node: module, fs, path, os or crypto', () => {
    const offenders = (readdirSync(CORE, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /from\s+'(node:[^']+|fs|path|os|crypto|child_process)(\/[^']*)?'|require\('(node:|fs|path)/.test(readFileSync(path.join(CORE, file), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
