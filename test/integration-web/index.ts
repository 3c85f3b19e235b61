// The integration test runner of the web worker extension host (bundled for the browser by scripts/build.mjs:
// no Node here, so no fs and no environment). It runs the Node suite's host-independent files and the web
// suite's own, and writes the spec lines and counts beside the workspace folder, in ../web-report/, where
// scripts/test.mjs reads them: the extension host's console does not reach the driver.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
// The report scripts/test.mjs reads, as the Node host's runner writes it (a type only: no fs comes along).
import type { Summary } from '../integration/index';

export function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return Promise.reject(new Error('the web integration tests need a workspace folder'));
  const reportDir = vscode.Uri.joinPath(folder.uri, '..', 'web-report');
  const lines: string[] = [];
  const summary: Summary = { passed: 0, failed: 0, pending: 0, failures: [] };
  const write = (name: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(reportDir, name), new TextEncoder().encode(text));
  // Rewritten as tests end, so a hung run still shows how far it got.
  let writing = Promise.resolve();
  const log = (line: string) => {
    lines.push(line);
    console.log(line);
    writing = writing.then(() => write('integration.log', lines.join('\n') + '\n')).then(undefined, () => undefined);
  };

  mocha.setup({
    ui: 'bdd',
    timeout: 30_000,
    reporter: function WebReporter(runner: Mocha.Runner) {
      runner.on('suite', (suite) => suite.title && log(suite.fullTitle()));
      runner.on('test', (test) => void write('integration.running', test.fullTitle()).then(undefined, () => undefined));
      runner.on('pass', (test) => {
        summary.passed++;
        log(`  ✔ ${test.title}`);
      });
      runner.on('pending', (test) => {
        summary.pending++;
        log(`  - ${test.title}`);
      });
      runner.on('fail', (test, error: unknown) => {
        summary.failed++;
        const described = error instanceof Error ? error.stack ?? error.message : String(error);
        summary.failures.push({ title: test.fullTitle(), error: described });
        log(`  ✘ ${test.title}\n${described}`);
      });
    } as unknown as Mocha.ReporterConstructor,
  });
  // After setup, so describe/it exist; smoke first, as in the Node suite.
  require('../integration/smoke.test');
  require('../integration/highlights.test');
  require('../integration/navigation.test');
  require('../integration/sample-articles.test');
  require('./web-host.test');

  return new Promise<void>((resolve, reject) => {
    mocha.run((failures) => {
      log(`${summary.passed} passing, ${summary.failed} failing`);
      void writing
        .then(() => write('integration.json', JSON.stringify(summary, null, 2)))
        .then(() => (failures > 0 ? reject(new Error(`${failures} web integration test(s) failed`)) : resolve()), reject);
    });
  });
}
