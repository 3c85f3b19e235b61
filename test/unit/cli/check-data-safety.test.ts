import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { checkCommand } from '../../../src/cli/check-command';
import type { FileStore } from '../../../src/core/sidecar/file-store';
import { addAnnotation } from '../../../src/core/sidecar/sidecar-edits';
import { SidecarStore } from '../../../src/core/sidecar/sidecar-store';
import { lockPathFor, nodeFileStore } from '../../../src/platform/node-file-store';
import { CapturingIO, copySeed, REPO_ROOT, SIDECAR_SUFFIX, tempFolder } from './cli-test-utils';

// The real CLI entry as tsc compiles it (no bundle needed): a separate process, as a second terminal would be.
const CLI_MAIN = path.join(REPO_ROOT, 'out', 'src', 'cli', 'main.js');
const OTHER_SEED = '003_3b85a8226ef5a039.txt';

/** A hand-written annotation, as an analyst (or the editor) appends it to the sidecar. */
const HAND_WRITTEN = `
  - id: c-handad
    kind: claim
    text: Added by hand while the fix ran.
    created: 2026-11-26T09:00:00Z
    updated: 2026-11-26T09:00:00Z
    target:
      quote: Kursk
      start: 0
      end: 5
`;

async function check(args: string[], files?: FileStore): Promise<{ code: number; io: CapturingIO }> {
  const io = new CapturingIO();
  const code = await checkCommand(args, io, files);
  return { code, io };
}

function ids(sidecar: string): string[] {
  return (parseDocument(readFileSync(sidecar, 'utf8')).toJS() as { annotations: { id: string }[] }).annotations.map((a) => a.id);
}

/** Moves every annotation of the article, so --fix has offsets to write. */
function insertParagraph(article: string): void {
  writeFileSync(article, 'A paragraph added at the top.\n\n' + readFileSync(article, 'utf8'));
}

/** The node store with one call replaced: the boundary where the disk, a second program or the OS misbehaves. */
function boundary(overrides: Partial<FileStore>): FileStore {
  return { readFile: (p) => nodeFileStore.readFile(p), writeFileAtomic: (p, b, e) => nodeFileStore.writeFileAtomic(p, b, e), ...overrides };
}

function errorWithCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('sourcemark check --fix: data safety', function () {
  this.timeout(30_000); // real processes and files on a shared machine; nothing here is timed
  let folder: string;
  let article: string;
  let sidecar: string;
  beforeEach(() => {
    folder = tempFolder('safety');
    article = copySeed(folder);
    sidecar = article + SIDECAR_SUFFIX;
  });

  describe('concurrent writers', () => {
    it('keeps an annotation appended to the sidecar between our read and our rename', async () => {
      const before = ids(sidecar);
      insertParagraph(article);
      let appended = false;
      const racing = boundary({
        async writeFileAtomic(p, bytes, expected) {
          if (!appended) {
            appended = true;
            appendFileSync(p, HAND_WRITTEN);
          }
          return nodeFileStore.writeFileAtomic(p, bytes, expected);
        },
      });
      const { io } = await check([folder, '--fix', '--json'], racing);
      assert.ok(appended, 'the race was staged');
      assert.deepEqual(ids(sidecar), [...before, 'c-handad'], 'the appended annotation survives the fix');
      assert.equal((JSON.parse(io.out) as { fixed: number }).fixed, 1);
      const fixedAgain = await check([folder, '--json']);
      const moved = (JSON.parse(fixedAgain.io.out) as { problems: { id?: string; message: string }[] }).problems.filter((p) => / moved to /.test(p.message));
      // The hand-written one was added after this run anchored; the next run moves it.
      assert.deepEqual(moved.map((p) => p.id), ['c-handad'], 'the offsets of the others were written too');
    });

    it('loses none of the annotations two independent stores (two processes) add at once', async () => {
      const first = new SidecarStore(nodeFileStore);
      const second = new SidecarStore(nodeFileStore);
      const annotation = (id: string) => ({
        id, kind: 'claim' as const, text: id, tags: [], created: '2026-11-26T09:00:00Z', updated: '2026-11-26T09:00:00Z',
        target: { quote: 'Kursk', prefix: '', suffix: '', start: 0, end: 5 },
      });
      const added = Array.from({ length: 12 }, (_, i) => `c-race${i.toString().padStart(2, '0')}`);
      const results = await Promise.all(added.map((id, i) => (i % 2 ? first : second).update(article, (doc) => addAnnotation(doc, annotation(id)))));
      assert.ok(results.every((r) => r.ok), JSON.stringify(results.filter((r) => !r.ok)));
      const stored = ids(sidecar);
      for (const id of added) assert.ok(stored.includes(id), `${id} lost`);
    });

    it('does not write while another process holds the sidecar lock, and says so', function () {
      this.timeout(20_000);
      insertParagraph(article);
      const bytes = readFileSync(sidecar);
      writeFileSync(lockPathFor(sidecar), `${process.pid}@${hostname()}\n`);
      const run = spawnSync(process.execPath, [CLI_MAIN, 'check', folder, '--fix'], { encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, new RegExp(`^${escape(sidecar)}:1:1: error: not fixed: .*locked by another Sourcemark process`, 'm'));
      assert.deepEqual(readFileSync(sidecar), bytes);
    });

    it('takes over a lock left behind by a process that died', () => {
      insertParagraph(article);
      const dead = spawnSync(process.execPath, ['-e', '']).pid;
      writeFileSync(lockPathFor(sidecar), `${dead}@${hostname()}\n`);
      const run = spawnSync(process.execPath, [CLI_MAIN, 'check', folder, '--fix', '--json'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.equal((JSON.parse(run.stdout) as { fixed: number }).fixed, 1);
      assert.throws(() => statSync(lockPathFor(sidecar)), /ENOENT/, 'lock released');
    });

    it('two real CLI processes fixing at once while a third appends: nothing appended is lost', async function () {
      this.timeout(60_000);
      for (let round = 0; round < 3; round++) {
        insertParagraph(article);
        const runs = [0, 1].map(() => new Promise<number>((resolve) => spawn(process.execPath, [CLI_MAIN, 'check', folder, '--fix'], { stdio: 'ignore' }).on('exit', (code) => resolve(code ?? -1))));
        // The appender is a polite writer too: through the store, so it merges rather than clobbers.
        const id = `c-hand0${round}`;
        await new SidecarStore(nodeFileStore).update(article, (doc) => addAnnotation(doc, {
          id, kind: 'claim', text: 'by hand', tags: [], created: '2026-11-26T09:00:00Z', updated: '2026-11-26T09:00:00Z',
          target: { quote: 'Kursk', prefix: '', suffix: '', start: 0, end: 5 },
        }));
        await Promise.all(runs);
        assert.ok(ids(sidecar).includes(id), `round ${round}: ${id} lost`);
      }
    });
  });

  describe('encoding', () => {
    it('reports a Latin-1 byte with its line and column and never writes the file', async () => {
      const source = readFileSync(sidecar);
      const at = source.indexOf('Outlet not named');
      assert.ok(at > 0);
      const latin1 = Buffer.concat([source.subarray(0, at + 'Outlet n'.length), Buffer.from([0xe9]), source.subarray(at + 'Outlet no'.length)]);
      writeFileSync(sidecar, latin1);
      insertParagraph(article);
      for (const args of [[folder], [folder, '--fix']]) {
        const { code, io } = await check(args);
        assert.equal(code, 1, args.join(' '));
        assert.match(io.out, new RegExp(`^${escape(sidecar)}:2:11: error: not valid UTF-8 \\(byte 0xE9\\)`, 'm'), io.out);
        assert.deepEqual(readFileSync(sidecar), latin1, `written by ${args.join(' ')}`);
      }
    });
  });

  describe('permissions and ownership', () => {
    it('keeps the mode of a private (600) sidecar it rewrites', async () => {
      chmodSync(sidecar, 0o600);
      insertParagraph(article);
      const { code } = await check([folder, '--fix']);
      assert.equal(code, 0);
      assert.equal(statSync(sidecar).mode & 0o777, 0o600);
      assert.notDeepEqual(ids(sidecar), [], 'still a sidecar');
    });

    it('keeps the owner of a sidecar it rewrites (as root)', async function () {
      if (process.getuid?.() !== 0) this.skip();
      chownSync(sidecar, 4242, 4343);
      insertParagraph(article);
      await check([folder, '--fix']);
      const info = statSync(sidecar);
      assert.deepEqual([info.uid, info.gid], [4242, 4343]);
    });

    it('reports a read-only (444) sidecar instead of writing it', async () => {
      chmodSync(sidecar, 0o444);
      insertParagraph(article);
      const bytes = readFileSync(sidecar);
      const { code, io } = await check([folder, '--fix']);
      assert.equal(code, 1);
      assert.match(io.out, new RegExp(`^${escape(sidecar)}:1:1: error: not fixed: .*read-only`, 'm'), io.out);
      assert.deepEqual(readFileSync(sidecar), bytes);
      assert.equal(statSync(sidecar).mode & 0o777, 0o444);
    });
  });

  describe('one bad file does not stop the run', () => {
    let other: string;
    beforeEach(() => {
      other = copySeed(folder, OTHER_SEED);
      insertParagraph(other);
    });

    it('reports a sidecar that is a folder and still fixes the next article (real CLI: exit 1, no internal error)', () => {
      renameSync(sidecar, `${sidecar}.bak`);
      mkdirSync(sidecar);
      const run = spawnSync(process.execPath, [CLI_MAIN, 'check', folder, '--fix'], { encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /internal error/);
      assert.match(run.stdout, new RegExp(`^${escape(sidecar)}:1:1: error: cannot read the sidecar: it is a folder, not a file`, 'm'), run.stdout);
      assert.doesNotMatch(run.stdout, / moved to /, 'the other article was fixed');
      const again = spawnSync(process.execPath, [CLI_MAIN, 'check', other], { encoding: 'utf8' });
      assert.equal(again.stdout, '');
    });

    it('reports an unreadable sidecar and an unreadable folder (real EACCES, as an unprivileged user) and goes on', function () {
      const run = asUnprivileged(folder);
      if (!run) this.skip();
      chmodSync(sidecar, 0o000);
      mkdirSync(path.join(folder, 'private'), { mode: 0o000 });
      const result = run('check', folder, '--fix', '--json');
      assert.equal(result.status, 1, result.stderr);
      const json = JSON.parse(result.stdout) as { problems: { path: string; message: string }[]; fixed: number };
      const messages = json.problems.map((p) => `${p.path}: ${p.message}`);
      assert.ok(messages.includes(`${sidecar}: cannot read the sidecar: permission denied`), messages.join('\n'));
      assert.ok(messages.includes(`${path.join(folder, 'private')}: cannot read the folder: permission denied`), messages.join('\n'));
      assert.equal(json.fixed, 1, 'the other article was fixed');
    });

    it('reports an unreadable sidecar (EACCES at the boundary) and goes on', async () => {
      const unreadable = boundary({
        async readFile(p) {
          if (p === sidecar) throw errorWithCode('permission denied', 'EACCES');
          return nodeFileStore.readFile(p);
        },
      });
      const { code, io } = await check([folder, '--fix', '--json'], unreadable);
      assert.equal(code, 1);
      const json = JSON.parse(io.out) as { problems: { path: string; message: string; severity: string }[]; fixed: number };
      assert.deepEqual(json.problems.filter((p) => p.path === sidecar).map((p) => [p.severity, p.message]), [['error', 'cannot read the sidecar: permission denied']]);
      assert.equal(json.fixed, 1, 'the other article was fixed');
    });

    it('reports a sidecar the OS will not replace (EPERM on rename) and goes on', async () => {
      const immutable = boundary({
        async writeFileAtomic(p, bytes, expected) {
          if (p === sidecar) throw errorWithCode('operation not permitted (the file or its folder may be immutable)', 'EPERM');
          return nodeFileStore.writeFileAtomic(p, bytes, expected);
        },
      });
      const bytes = readFileSync(sidecar);
      insertParagraph(article);
      const { code, io } = await check([folder, '--fix', '--json'], immutable);
      assert.equal(code, 1);
      const json = JSON.parse(io.out) as { problems: { path: string; message: string }[]; fixed: number };
      assert.ok(json.problems.some((p) => p.path === sidecar && /^not fixed: .*operation not permitted/.test(p.message)), io.out);
      assert.equal(json.fixed, 1);
      assert.deepEqual(readFileSync(sidecar), bytes);
    });
  });

  describe('symbolic links', () => {
    it('writes through a symlinked sidecar to its target and keeps the link', async () => {
      const store = path.join(folder, 'store');
      mkdirSync(store);
      const target = path.join(store, 'kept-elsewhere.yaml');
      renameSync(sidecar, target);
      symlinkSync(path.relative(folder, target), sidecar);
      insertParagraph(article);
      const { code } = await check([folder, '--fix']);
      assert.equal(code, 0);
      assert.ok(lstatSync(sidecar).isSymbolicLink(), 'still a link');
      assert.equal((await check([folder])).io.out, '', 'the target holds the new offsets');
    });

    it('reports a dangling symlinked sidecar instead of ignoring it', async () => {
      symlinkSync(path.join(folder, 'nowhere.yaml'), `${article}.tmp-link`);
      renameSync(`${article}.tmp-link`, sidecar);
      const { code, io } = await check([folder]);
      assert.equal(code, 1);
      assert.match(io.out, new RegExp(`^${escape(sidecar)}:1:1: error: cannot read the sidecar: it is a symbolic link to .*nowhere.yaml, which does not exist`, 'm'), io.out);
    });
  });
});

/**
 * Runs the real CLI as a user without root's override of file modes, so chmod 000 means "permission denied":
 * ourselves when we are not root, else `nobody` through setpriv. Undefined when neither is possible.
 */
function asUnprivileged(folder: string): ((...args: string[]) => SpawnSyncReturns<string>) | undefined {
  const options = { encoding: 'utf8' as const };
  if (process.getuid?.() !== 0) return (...args) => spawnSync(process.execPath, [CLI_MAIN, ...args], options);
  if (spawnSync('setpriv', ['--version']).status !== 0) return undefined;
  const run = (...args: string[]) => spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI_MAIN, ...args], options);
  if (run('--help').status !== 0) return undefined; // the checkout is not readable by nobody (a home folder)
  // nobody needs to enter the folder, read the articles and replace the sidecars.
  spawnSync('chmod', ['-R', 'a+rwX', folder]);
  return run;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
