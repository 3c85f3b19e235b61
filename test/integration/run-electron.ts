// Runs the integration suite in a desktop VS Code downloaded by @vscode/test-electron, for machines that can
// download one (`node out/test/integration/run-electron.js` after `npm run compile-tests`). Machines without
// that download use scripts/test.mjs, which runs the same index.ts in code-server.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  // Tests may write sidecars: give them a copy of the fixture workspace.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-workspace-'));
  fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { SOURCEMARK_TEST_REPORT_DIR: path.join(root, 'test-results', 'integration') },
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
