// Bundles the extension (Node and browser) and the CLI into dist/ with esbuild.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--outdir DIR`: DIR/dist/... instead of dist/ (the packaging stage, which must not clobber the development build).
const outdirAt = process.argv.indexOf('--outdir');
const outRoot = outdirAt > 0 ? process.argv[outdirAt + 1] : '.';
const out = (file) => `${outRoot}/${file}`;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

// The web worker extension host has no Node: src/extension/platform.ts gives way to platform.web.ts there.
const webPlatform = {
  name: 'web-platform',
  setup(build) {
    const platformWeb = fileURLToPath(new URL('../src/extension/platform.web.ts', import.meta.url));
    build.onResolve({ filter: /^\.\/platform$/ }, () => ({ path: platformWeb }));
  },
};
const browser = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], plugins: [webPlatform] };

// `--web-tests`: only the web worker host's integration runner and its tests, for scripts/test.mjs. Node's
// strict assert comes from the `assert` package there.
const webTests = {
  ...browser,
  entryPoints: ['test/integration-web/index.ts'],
  outfile: 'out/test-web/index.js',
  external: ['vscode'],
  alias: { 'node:assert/strict': './test/integration-web/assert-strict.cjs' },
  define: { 'process.env.NODE_DEBUG': 'false' },
};

const builds = process.argv.includes('--web-tests') ? [webTests] : ([
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: out('dist/extension.js'), external: ['vscode'] },
  { ...browser, entryPoints: ['src/extension/extension.ts'], outfile: out('dist/web/extension.js'), external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: out('dist/cli.js'), banner: { js: '#!/usr/bin/env node' } },
]);

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
