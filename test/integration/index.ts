// The integration test runner: VS Code loads this module in the extension host (extensionTestsPath) and
// calls run(), under code-server (scripts/test.mjs) or desktop VS Code (run-electron.ts) alike.
//
// The driver cannot see the extension host's console, so with $SOURCEMARK_TEST_REPORT_DIR set the runner
// also writes mocha's spec output to integration.log (the driver prints it as it grows) and the counts to
// integration.json.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface Summary {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}

export function run(): Promise<void> {
  const reportDir = process.env.SOURCEMARK_TEST_REPORT_DIR;
  const logFile = reportDir ? path.join(reportDir, 'integration.log') : undefined;
  const summaryFile = reportDir ? path.join(reportDir, 'integration.json') : undefined;
  if (reportDir) fs.mkdirSync(reportDir, { recursive: true });
  if (logFile) fs.writeFileSync(logFile, '');

  // The spec reporter prints through Base.consoleLog; tee it into the log file.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const consoleLog = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    consoleLog(...args);
    if (logFile) fs.appendFileSync(logFile, formatLine(args) + '\n');
  };

  const summary: Summary = { passed: 0, failed: 0, pending: 0, failures: [] };
  const finish = (): void => {
    base.consoleLog = consoleLog;
    if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
  };

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  if (process.env.SOURCEMARK_TEST_GREP) mocha.grep(process.env.SOURCEMARK_TEST_GREP);

  return new Promise<void>((resolve, reject) => {
    try {
      for (const file of findTestFiles(__dirname)) mocha.addFile(file);
      const runner = mocha.run((failures) => {
        finish();
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      // On a timeout the driver names the test that hung (the spec reporter prints a title only at its end).
      runner.on('test', (test) => reportDir && fs.writeFileSync(path.join(reportDir, 'integration.running'), test.fullTitle()));
      runner.on('pass', () => summary.passed++);
      runner.on('pending', () => summary.pending++);
      runner.on('fail', (test, error: unknown) => {
        summary.failed++;
        summary.failures.push({ title: test.fullTitle(), error: describeError(error) });
      });
    } catch (error) {
      // A test file that throws while loading: report it as a failure rather than as "no tests ran".
      summary.failed++;
      summary.failures.push({ title: 'loading the integration test files', error: describeError(error) });
      base.consoleLog(`Could not load the integration tests:\n${describeError(error)}`);
      finish();
      reject(error);
    }
  });
}

function findTestFiles(dir: string): string[] {
  // tsc never deletes output: skip compiled tests whose .ts source is gone (dir is out/test/integration).
  // The smoke test goes first: it checks that opening an article activates the extension, which any
  // earlier test would already have done.
  const sourceDir = path.resolve(dir, '../../../test/integration');
  const hasSources = fs.existsSync(sourceDir);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => !hasSources || fs.existsSync(path.join(sourceDir, name.replace(/\.js$/, '.ts'))))
    .sort((a, b) => Number(b === 'smoke.test.js') - Number(a === 'smoke.test.js') || a.localeCompare(b))
    .map((name) => path.join(dir, name));
}

function formatLine(args: unknown[]): string {
  // Mocha passes printf-style arguments ('%s%s', indent, title); only %s and %d occur.
  if (typeof args[0] !== 'string') return args.map(String).join(' ');
  const rest = args.slice(1);
  const line = args[0].replace(/%[sd]/g, () => String(rest.length ? rest.shift() : ''));
  return [line, ...rest.map(String)].join(' ');
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}
