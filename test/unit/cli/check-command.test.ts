import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { checkCommand, checkHelp } from '../../../src/cli/check-command';
import { CapturingIO, copySeed, SIDECAR_SUFFIX, tempFolder } from './cli-test-utils';

// The sentence holding claim c-s4z2vz's quote in seed 000 (with its trailing space).
const CHOE_SENTENCE =
  'The NIS noted that Foreign Minister Choe Son Hui\u2019s recent meeting with Russian President Vladimir Putin likely involved significant discussions, indicating the growing ties between the two nations. ';
const CHOE_ID = 'c-s4z2vz';

interface Target {
  quote: string;
  start: number;
  end: number;
}
interface AnnotationData {
  id: string;
  orphaned?: boolean;
  target: Target;
}

async function check(args: string[]): Promise<{ code: number; io: CapturingIO }> {
  const io = new CapturingIO();
  const code = await checkCommand(args, io);
  return { code, io };
}

function annotations(sidecarPath: string): AnnotationData[] {
  return (parseDocument(readFileSync(sidecarPath, 'utf8')).toJS() as { annotations: AnnotationData[] }).annotations;
}

/** 1-based line and column of the first occurrence of `needle` in `source`. */
function positionOf(source: string, needle: string): { line: number; column: number } {
  const index = source.indexOf(needle);
  assert.ok(index >= 0, `${needle} not found`);
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function removeFrom(file: string, text: string): void {
  const source = readFileSync(file, 'utf8');
  assert.ok(source.includes(text), `fixture no longer contains ${text}`);
  writeFileSync(file, source.replace(text, ''));
}

describe('sourcemark check', () => {
  let folder: string;
  let article: string;
  let sidecar: string;
  beforeEach(() => {
    folder = tempFolder('check');
    article = copySeed(folder);
    sidecar = article + SIDECAR_SUFFIX;
  });

  it('exits 0 and prints nothing for an untouched seed article', async () => {
    const { code, io } = await check([folder]);
    assert.equal(io.out, '');
    assert.equal(io.err, '');
    assert.equal(code, 0);
  });

  it('defaults to the current folder when no path is given', async () => {
    const cwd = process.cwd();
    removeFrom(article, CHOE_SENTENCE);
    try {
      process.chdir(folder);
      const { code, io } = await check([]);
      assert.equal(code, 1);
      assert.match(io.out, new RegExp(`annotation ${CHOE_ID} is orphaned`));
    } finally {
      process.chdir(cwd);
    }
  });

  describe('orphans', () => {
    it('reports an orphan as path:line:column pointing at its block in the sidecar, and exits 1', async () => {
      removeFrom(article, CHOE_SENTENCE);
      const { code, io } = await check([folder]);
      assert.equal(code, 1);
      const { line, column } = positionOf(readFileSync(sidecar, 'utf8'), `id: ${CHOE_ID}`);
      const lines = io.out.split('\n').filter((l) => l.includes('orphaned'));
      assert.equal(lines.length, 1, io.out);
      assert.ok(lines[0].startsWith(`${sidecar}:${line}:${column}: error: annotation ${CHOE_ID} is orphaned`), lines[0]);
    });

    it('keeps an orphaned annotation, marked orphaned with its old offsets, and re-anchors the others on --fix', async () => {
      const before = annotations(sidecar);
      removeFrom(article, CHOE_SENTENCE);
      const { code } = await check([folder, '--fix']);
      assert.equal(code, 1, 'still an error after --fix');
      const after = annotations(sidecar);
      assert.deepEqual(after.map((a) => a.id), before.map((a) => a.id), 'no annotation dropped or reordered');
      const text = readFileSync(article, 'utf8');
      for (const [i, annotation] of after.entries()) {
        if (annotation.id === CHOE_ID) {
          assert.equal(annotation.orphaned, true);
          assert.equal(annotation.target.start, before[i].target.start);
          assert.equal(annotation.target.end, before[i].target.end);
        } else {
          assert.equal(annotation.orphaned, undefined);
          assert.equal(text.slice(annotation.target.start, annotation.target.end), annotation.target.quote);
        }
      }
      // Running again reports the orphan again: the mark does not silence it.
      const again = await check([folder]);
      assert.equal(again.code, 1);
      assert.match(again.io.out, new RegExp(`${CHOE_ID} is orphaned`));
    });
  });

  describe('--fix', () => {
    it('writes the shifted offsets after a paragraph is inserted at the top, changing only start/end lines', async () => {
      const inserted = 'Editor\u2019s note: a paragraph added later \u{1F680}.\n\n';
      const original = readFileSync(sidecar, 'utf8');
      const before = annotations(sidecar);
      writeFileSync(article, inserted + readFileSync(article, 'utf8'));

      const report = await check([folder]);
      assert.equal(report.code, 0, 'moved annotations are not errors');
      assert.equal(report.io.out.split('\n').filter((l) => / info: annotation \S+ moved to/.test(l)).length, before.length, report.io.out);

      const { code, io } = await check([folder, '--fix', '--json']);
      assert.equal(code, 0, io.out);
      assert.equal((JSON.parse(io.out) as { fixed: number }).fixed, 1);

      const after = annotations(sidecar);
      const text = readFileSync(article, 'utf8');
      assert.equal(after.length, before.length);
      for (const [i, annotation] of after.entries()) {
        assert.equal(annotation.target.start, before[i].target.start + inserted.length, annotation.id);
        assert.equal(annotation.target.end, before[i].target.end + inserted.length, annotation.id);
        assert.equal(text.slice(annotation.target.start, annotation.target.end), annotation.target.quote);
      }
      // Everything but the offset lines survives byte for byte, comments included.
      const originalLines = original.split('\n');
      const fixedLines = readFileSync(sidecar, 'utf8').split('\n');
      assert.equal(fixedLines.length, originalLines.length);
      const changed = originalLines.flatMap((line, i) => (line === fixedLines[i] ? [] : [[line, fixedLines[i]]]));
      assert.equal(changed.length, 2 * before.length);
      for (const [was, now] of changed) {
        assert.match(was, /^ {6}(start|end): \d+$/);
        assert.equal(now.replace(/\d+$/, ''), was.replace(/\d+$/, ''));
      }
      assert.ok(fixedLines.includes('# Outlet not named in the text; grade C2 until we find the original.'));
      assert.ok(fixedLines.includes('    # Tags drive the claims tree grouping.'));

      const clean = await check([folder]);
      assert.equal(clean.code, 0);
      assert.equal(clean.io.out, '', 'nothing left to fix');
    });

    it('changes nothing but the offset digits of a hand-formatted sidecar with mixed line endings', async () => {
      // Aligned comments, padded flow lists, a line longer than 80 characters, every third line CRLF.
      const messy = readFileSync(sidecar, 'utf8')
        .replace('version: 1 # Sourcemark sidecar schema', 'version: 1        # Sourcemark sidecar schema')
        .replace('tags: [troops]', 'tags: [ troops ]    # padded')
        .split('\n')
        .map((line, i) => (i % 3 === 0 && i > 0 && line !== '' ? line + '\r' : line))
        .join('\n');
      writeFileSync(sidecar, messy);
      const inserted = 'A new first paragraph.\n\n';
      writeFileSync(article, inserted + readFileSync(article, 'utf8'));
      const { code } = await check([folder, '--fix']);
      assert.equal(code, 0);
      const expected = messy.replace(/^( {6}(?:start|end): )(\d+)/gm, (_, key: string, value: string) => key + (Number(value) + inserted.length));
      assert.notEqual(expected, messy);
      assert.equal(readFileSync(sidecar, 'utf8'), expected);
    });

    it('marks an orphan with one added line and removes exactly that line once the quote is back', async () => {
      const original = readFileSync(sidecar, 'utf8');
      const text = readFileSync(article, 'utf8');
      removeFrom(article, CHOE_SENTENCE);
      await check([folder, '--fix']);
      const orphaned = readFileSync(sidecar, 'utf8');
      const added = orphaned.split('\n').filter((line) => !original.split('\n').includes(line) && !/^ {6}(start|end): /.test(line));
      assert.deepEqual(added, ['    orphaned: true']);
      writeFileSync(article, text);
      await check([folder, '--fix']);
      assert.equal(readFileSync(sidecar, 'utf8'), original);
    });

    it('does not rewrite a sidecar whose anchors are all still right', async () => {
      const original = readFileSync(sidecar);
      const { code, io } = await check([folder, '--fix', '--json']);
      assert.equal(code, 0);
      assert.equal((JSON.parse(io.out) as { fixed: number }).fixed, 0);
      assert.deepEqual(readFileSync(sidecar), original);
    });
  });

  describe('malformed sidecars', () => {
    it('reports a duplicate key at its line and column, and --fix leaves the bytes identical', async () => {
      const source = readFileSync(sidecar, 'utf8');
      const broken = source.replace('    kind: claim\n', '    kind: claim\n    kind: note\n');
      assert.notEqual(broken, source);
      writeFileSync(sidecar, broken);
      // Move the article's text so a write would be wanted if the sidecar were valid.
      writeFileSync(article, 'A new first paragraph.\n' + readFileSync(article, 'utf8'));
      const bytes = readFileSync(sidecar);

      const { line, column } = positionOf(broken, 'kind: note');
      for (const args of [[folder], [folder, '--fix']]) {
        const { code, io } = await check(args);
        assert.equal(code, 1);
        assert.ok(io.out.startsWith(`${sidecar}:${line}:${column}: error: `), io.out);
        assert.deepEqual(readFileSync(sidecar), bytes, `sidecar modified by ${args.join(' ')}`);
      }
    });

    it('reports a YAML syntax error with its line and leaves the file alone on --fix', async () => {
      const broken = 'version: 1\nannotations:\n  - id: c-aaaaaa\n    kind: claim\n    text: "never closed\n';
      writeFileSync(sidecar, broken);
      const { code, io } = await check([folder, '--fix', '--json']);
      assert.equal(code, 1);
      const { problems, fixed } = JSON.parse(io.out) as { problems: { path: string; line: number; column: number; severity: string }[]; fixed: number };
      assert.equal(fixed, 0);
      assert.ok(problems.length > 0);
      for (const problem of problems) {
        assert.equal(problem.path, sidecar);
        assert.equal(problem.severity, 'error');
        assert.ok(problem.line >= 5 && problem.line <= 6, `line ${problem.line}`);
      }
      assert.equal(readFileSync(sidecar, 'utf8'), broken);
    });

    it('reports a field of the wrong type at the value, not at 1:1', async () => {
      const source = readFileSync(sidecar, 'utf8');
      const broken = source.replace('      start: 2033\n', '      start: "far away"\n');
      assert.notEqual(broken, source);
      writeFileSync(sidecar, broken);
      const { code, io } = await check([folder]);
      assert.equal(code, 1);
      const { line, column } = positionOf(broken, '"far away"');
      assert.ok(io.out.startsWith(`${sidecar}:${line}:${column}: error: `), io.out);
    });
  });

  it('reports a sidecar whose article was deleted as an orphaned sidecar', async () => {
    rmSync(article);
    const { code, io } = await check([folder]);
    assert.equal(code, 1);
    assert.equal(io.out, `${sidecar}:1:1: error: orphaned sidecar: its article ${article} does not exist\n`);
  });

  it('prints parseable --json with problems, checked and fixed', async () => {
    removeFrom(article, CHOE_SENTENCE);
    const { code, io } = await check([folder, '--json']);
    assert.equal(code, 1);
    const json = JSON.parse(io.out) as { problems: Record<string, unknown>[]; checked: number; fixed: number };
    assert.deepEqual(Object.keys(json).sort(), ['checked', 'fixed', 'problems']);
    assert.equal(json.checked, 1);
    assert.equal(json.fixed, 0);
    const orphan = json.problems.find((p) => p.id === CHOE_ID);
    assert.ok(orphan, io.out);
    assert.deepEqual(Object.keys(orphan).sort(), ['column', 'id', 'line', 'message', 'path', 'severity']);
    assert.deepEqual({ ...positionOf(readFileSync(sidecar, 'utf8'), `id: ${CHOE_ID}`), path: sidecar, severity: 'error' },
      { line: orphan.line, column: orphan.column, path: orphan.path, severity: orphan.severity });
  });

  it('checks a single article given by path', async () => {
    removeFrom(article, CHOE_SENTENCE);
    const { code, io } = await check([article]);
    assert.equal(code, 1);
    assert.match(io.out, new RegExp(`^${sidecar.replace(/[.\\]/g, '\\$&')}:\\d+:5: error: annotation ${CHOE_ID} is orphaned`, 'm'));
  });

  // Regression: a sidecar path given directly used to be neither validated nor re-anchored ("checked":0, exit 0).
  it('validates a malformed sidecar given directly by path', async () => {
    writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace('    kind: claim\n', '    kind: claim\n    kind: note\n'));
    const { code, io } = await check([sidecar, '--json']);
    const json = JSON.parse(io.out) as { problems: { path: string; severity: string }[]; checked: number };
    assert.equal(json.checked, 1);
    assert.ok(json.problems.some((p) => p.path === sidecar && p.severity === 'error'), io.out);
    assert.equal(code, 1);
  });

  it('exits 2 on an unknown option', async () => {
    const { code, io } = await check([folder, '--fixx']);
    assert.equal(code, 2);
    assert.ok(io.err.includes('Unknown option --fixx'));
    assert.ok(io.err.includes(checkHelp));
  });

  it('reports a missing path as an error', async () => {
    const missing = path.join(folder, 'gone');
    const { code, io } = await check([missing]);
    assert.equal(code, 1);
    assert.equal(io.out, `${missing}:1:1: error: no such file or folder\n`);
  });
});
