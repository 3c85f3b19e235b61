import { strict as assert } from 'node:assert';
import { buildLedger } from '../../../src/core/ledger/build-ledger';
import { mergeSubjects, parseSubjects, renameSubject, setSubjectExcluded, splitSubject } from '../../../src/core/ledger/subject-decisions';
import { SubjectsFile } from '../../../src/core/ledger/subjects-file';
import { MemoryFileStore } from '../memory-file-store';
import { readArticles, SEEDS } from './ledger-articles';


const FILE = '/ws/.sourcemark/subjects.yaml';

function decisionsOf(source: string) {
  const parsed = parseSubjects(source);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors));
  return parsed.decisions;
}

describe('subject decisions', () => {
  const articles = readArticles(SEEDS);

  it('renames, merges, splits and excludes subjects', () => {
    const decisions = decisionsOf(`version: 1
subjects:
  troops/north-korea:
    label: DPRK troops in Russia
    merge: [troops/north-korea/first-group]
  troops/north-korea~kursk:
    label: Troops at the Kursk front
    reports: ["003_3b85a8226ef5a039.txt#at least 3,000", "003_3b85a8226ef5a039.txt#Some 3,000"]
  workers/north-korea:
    exclude: true
`);
    const ledger = buildLedger(articles, { root: SEEDS, decisions, minArticles: 1 });
    const troops = ledger.subjects.find((s) => s.id === 'troops/north-korea')!;
    assert.equal(troops.label, 'DPRK troops in Russia');
    assert.ok(troops.reports.some((r) => r.text === '1,500'), 'merged first group');
    assert.ok(!ledger.subjects.some((s) => s.id === 'troops/north-korea/first-group'));
    const kursk = ledger.subjects.find((s) => s.id === 'troops/north-korea~kursk')!;
    assert.deepEqual(kursk.reports.map((r) => r.text), ['at least 3,000', 'Some 3,000']);
    assert.equal(kursk.label, 'Troops at the Kursk front');
    assert.ok(!troops.reports.some((r) => r.text === 'Some 3,000'));
    const workers = ledger.subjects.find((s) => s.id === 'workers/north-korea')!;
    assert.equal(workers.excluded, true);
    assert.equal(ledger.subjects.at(-1), workers, 'excluded subjects sort last');
  });

  it('ignores decisions about subjects or reports that no longer exist, and keeps them', () => {
    const decisions = decisionsOf('subjects:\n  gone/subject:\n    merge: [also-gone]\n    reports: ["missing.txt#12"]\n');
    const ledger = buildLedger(articles, { root: SEEDS, decisions });
    assert.ok(ledger.subjects.some((s) => s.id === 'troops/north-korea'));
    assert.ok(!ledger.subjects.some((s) => s.id === 'gone/subject'));
  });

  it('reports malformed files with line and column', () => {
    const broken = parseSubjects('subjects:\n  a:\n    label: [unclosed\n');
    assert.ok(!broken.ok);
    assert.ok(broken.errors[0].line >= 3);
    const wrongType = parseSubjects('subjects:\n  a:\n    merge: 12\n');
    assert.ok(!wrongType.ok);
    assert.deepEqual(wrongType.errors, [{ message: '"merge" must be a list of strings.', line: 3, column: 12 }]);
  });

  it('reads a newer schema version as read-only', () => {
    const parsed = parseSubjects('version: 2\nsubjects: {}\n');
    assert.ok(parsed.ok && parsed.readOnly);
  });
});

describe('SubjectsFile', () => {
  it('creates the file on the first decision with a header', async () => {
    const files = new MemoryFileStore();
    const store = new SubjectsFile(files, FILE);
    assert.deepEqual(await store.load(), { status: 'missing', decisions: new Map() });
    assert.deepEqual(await store.update((doc) => renameSubject(doc, 'troops/north-korea', 'DPRK troops')), { ok: true, written: true });
    const text = files.text(FILE)!;
    assert.match(text, /^# Figure ledger decisions/);
    assert.match(text, /subjects:\n  troops\/north-korea:\n    label: DPRK troops\n/);
    const loaded = await store.load();
    assert.equal(loaded.status, 'ok');
    assert.equal(loaded.decisions.get('troops/north-korea')?.label, 'DPRK troops');
  });

  it('keeps comments and key order through edits', async () => {
    const files = new MemoryFileStore();
    files.put(FILE, '# my notes\nversion: 1\nsubjects:\n  # the big one\n  troops/north-korea:\n    note: checked with desk # why\n    label: Troops\n');
    const store = new SubjectsFile(files, FILE);
    await store.update((doc) => {
      mergeSubjects(doc, 'troops/north-korea', ['troops']);
      splitSubject(doc, 'troops~kursk', 'Kursk', ['003.txt#Some 3,000']);
      setSubjectExcluded(doc, 'workers', true);
    });
    const text = files.text(FILE)!;
    assert.match(text, /^# my notes\n/);
    assert.match(text, /  # the big one\n  troops\/north-korea:\n    note: checked with desk # why\n    label: Troops\n    merge: \[troops\]\n/);
    assert.match(text, /  troops~kursk:\n    label: Kursk\n    reports:\n      - 003.txt#Some 3,000\n/);
    assert.match(text, /  workers:\n    exclude: true\n/);
    await store.update((doc) => setSubjectExcluded(doc, 'workers', false));
    assert.ok(!/exclude/.test(files.text(FILE)!));
  });

  it('never writes a file that fails to parse', async () => {
    const files = new MemoryFileStore();
    files.put(FILE, 'subjects:\n  a: [\n');
    const store = new SubjectsFile(files, FILE);
    const result = await store.update((doc) => renameSubject(doc, 'a', 'b'));
    assert.equal(result.ok, false);
    assert.equal(files.writes, 0);
    assert.equal(files.text(FILE), 'subjects:\n  a: [\n');
    assert.equal((await store.load()).status, 'invalid');
  });

  it('re-applies an edit when another program wrote the file meanwhile', async () => {
    const files = new MemoryFileStore();
    files.put(FILE, 'version: 1\nsubjects:\n  a:\n    label: A\n');
    let writes = 0;
    files.beforeReplace = () => {
      // Right before our replace, another window's edit lands.
      if (++writes === 1) files.put(FILE, 'version: 1\nsubjects:\n  a:\n    label: A\n  b:\n    label: B # theirs\n');
    };
    const store = new SubjectsFile(files, FILE);
    assert.deepEqual(await store.update((doc) => renameSubject(doc, 'a', 'A2')), { ok: true, written: true });
    assert.equal(files.text(FILE), 'version: 1\nsubjects:\n  a:\n    label: A2\n  b:\n    label: B # theirs\n');
  });

  it('keeps CRLF line endings', async () => {
    const files = new MemoryFileStore();
    files.put(FILE, 'version: 1\r\nsubjects:\r\n  a:\r\n    label: A\r\n');
    await new SubjectsFile(files, FILE).update((doc) => renameSubject(doc, 'a', 'B'));
    assert.equal(files.text(FILE), 'version: 1\r\nsubjects:\r\n  a:\r\n    label: B\r\n');
  });

  it('reports a file that is not UTF-8 with line and column and never writes it', async () => {
    const files = new MemoryFileStore();
    const bytes = Uint8Array.from([...new TextEncoder().encode('version: 1\nsubjects:\n  a:\n    label: Caf'), 0xe9, 0x0a]);
    files.put(FILE, bytes);
    const store = new SubjectsFile(files, FILE);
    const loaded = await store.load();
    assert.ok(loaded.status === 'invalid');
    assert.deepEqual([loaded.errors[0].line, loaded.errors[0].column], [4, 15]);
    const result = await store.update((doc) => renameSubject(doc, 'a', 'B'));
    assert.equal(result.ok, false);
    assert.equal(files.writes, 0);
    assert.deepEqual(await files.readFile(FILE), bytes);
  });

  it('gives an empty file the header and version on the first decision', async () => {
    const files = new MemoryFileStore();
    files.put(FILE, '');
    await new SubjectsFile(files, FILE).update((doc) => renameSubject(doc, 'a', 'A'));
    assert.match(files.text(FILE)!, /^# Figure ledger decisions.*\nversion: 1\nsubjects:\n  a:\n    label: A\n$/s);
  });
});
