import { strict as assert } from 'node:assert';
import { Document } from 'yaml';
import { GuardedYamlFile } from '../../../src/core/sidecar/guarded-yaml-file';
import { parseYamlSource } from '../../../src/core/sidecar/parse-yaml-source';
import type { SidecarProblem } from '../../../src/core/sidecar/sidecar-problem';
import { MemoryFileStore } from '../memory-file-store';

const PATH = '/w/.sourcemark/notes.yaml';

type ParsedNotes = { ok: true; doc: Document; readOnly: boolean; warnings: SidecarProblem[]; keys: string[] } | { ok: false; errors: SidecarProblem[] };

// A file kind of the tests' own: a mapping; `version` above 1 makes it read-only; a key `forbidden` makes it invalid.
function parseNotes(text: string): ParsedNotes {
  const parsed = parseYamlSource(text);
  if (!parsed.ok) return parsed;
  const data = (parsed.doc.toJS() ?? {}) as Record<string, unknown>;
  if ('forbidden' in data) return { ok: false, errors: [{ message: 'forbidden key', line: 1, column: 1 }] };
  const readOnly = typeof data.version === 'number' && data.version > 1;
  const warnings = readOnly ? [{ message: 'Notes file version 2 is newer; it is read-only.', line: 1, column: 1 }] : [];
  return { ok: true, doc: parsed.doc, readOnly, warnings, keys: Object.keys(data) };
}

function notesFile(files: MemoryFileStore, options: { maxAttempts?: number; verifyOutput?: boolean; folders?: string[] } = {}): GuardedYamlFile<ParsedNotes> {
  const folders = options.folders;
  return new GuardedYamlFile<ParsedNotes>(files, {
    parse: parseNotes,
    createDocument: () => new Document({ version: 1 }),
    noun: 'notes file',
    maxAttempts: options.maxAttempts,
    verifyOutput: options.verifyOutput,
    ensureFolder: folders ? async (folder) => void folders.push(folder) : undefined,
  });
}

describe('GuardedYamlFile', () => {
  it('creates a missing file from a fresh Document, its folder first', async () => {
    const files = new MemoryFileStore();
    const folders: string[] = [];
    const result = await notesFile(files, { folders }).update(PATH, (doc, parsed) => {
      assert.equal(parsed, undefined);
      doc.set('topic', 'Kursk');
    });
    assert.ok(result.ok && result.written);
    assert.deepEqual(folders, ['/w/.sourcemark']);
    assert.equal(files.text(PATH), 'version: 1\ntopic: Kursk\n');
  });

  it('re-applies the edit to what another program wrote right before the replace, keeping both', async () => {
    const files = new MemoryFileStore();
    files.put(PATH, 'version: 1\n');
    files.beforeReplace = () => {
      files.beforeReplace = undefined;
      files.put(PATH, '# theirs\nversion: 1\ntheirs: yes\n');
    };
    let runs = 0;
    const result = await notesFile(files).update(PATH, (doc) => {
      runs++;
      doc.set('ours', 'yes');
    });
    assert.ok(result.ok && result.written);
    assert.equal(runs, 2);
    assert.equal(files.writes, 1);
    assert.equal(files.text(PATH), '# theirs\nversion: 1\ntheirs: yes\nours: yes\n');
  });

  it('never writes a file that fails to parse, and gives its errors with line and column', async () => {
    const files = new MemoryFileStore();
    files.put(PATH, 'version: 1\nlist: [\n');
    const result = await notesFile(files).update(PATH, (doc) => doc.set('ours', 'yes'));
    assert.ok(!result.ok && result.reason === 'invalid');
    assert.ok(result.errors[0].line >= 2, JSON.stringify(result.errors));
    assert.equal(files.writes, 0);
    assert.equal(files.text(PATH), 'version: 1\nlist: [\n');
  });

  it('stops when the file became invalid before the replace', async () => {
    const files = new MemoryFileStore();
    files.put(PATH, 'version: 1\n');
    files.beforeReplace = () => files.put(PATH, 'version: 1\nforbidden: true\n');
    const result = await notesFile(files).update(PATH, (doc) => doc.set('ours', 'yes'));
    assert.ok(!result.ok && result.reason === 'invalid');
    assert.equal(files.text(PATH), 'version: 1\nforbidden: true\n');
  });

  it('never writes a read-only (newer) file', async () => {
    const files = new MemoryFileStore();
    files.put(PATH, 'version: 2\n');
    const result = await notesFile(files).update(PATH, (doc) => doc.set('ours', 'yes'));
    assert.ok(!result.ok && result.reason === 'read-only');
    assert.match(result.message, /newer/);
    assert.equal(files.writes, 0);
  });

  it('gives up after the bounded number of attempts when the file keeps changing', async () => {
    const files = new MemoryFileStore();
    files.put(PATH, 'version: 1\n');
    let theirs = 0;
    files.beforeReplace = () => files.put(PATH, `version: 1\ntheirs: ${++theirs}\n`);
    let runs = 0;
    const result = await notesFile(files, { maxAttempts: 4 }).update(PATH, (doc) => {
      runs++;
      doc.set('ours', 'yes');
    });
    assert.ok(!result.ok && result.reason === 'conflict');
    assert.match(result.message, /kept changing/);
    assert.equal(runs, 4);
    assert.equal(files.writes, 0);
    assert.equal(files.text(PATH), 'version: 1\ntheirs: 4\n');
  });

  it('reports bytes that are not UTF-8 with line and column, and never writes them', async () => {
    const files = new MemoryFileStore();
    const bytes = Uint8Array.from([...new TextEncoder().encode('version: 1\nplace: Caf'), 0xc3, 0x28, 0x0a]);
    files.put(PATH, bytes);
    const file = notesFile(files);
    const { parsed } = await file.read(PATH);
    assert.ok(parsed && !parsed.ok);
    assert.equal(parsed.errors[0].line, 2);
    assert.equal(parsed.errors[0].column, 11);
    assert.match(parsed.errors[0].message, /not valid UTF-8 \(byte 0xC3\)/);
    const result = await file.update(PATH, (doc) => doc.set('ours', 'yes'));
    assert.ok(!result.ok && result.reason === 'invalid' && result.errors[0].line === 2);
    assert.deepEqual(await files.readFile(PATH), bytes);
  });

  it('reports a file it cannot read as invalid at 1:1, naming the kind of file', async () => {
    const files = new MemoryFileStore();
    files.readFile = async () => {
      throw new Error('permission denied');
    };
    const { parsed } = await notesFile(files).read(PATH);
    assert.deepEqual(parsed, { ok: false, errors: [{ message: 'cannot read the notes file: permission denied', line: 1, column: 1 }] });
  });

  it('keeps CRLF line endings and the BOM', async () => {
    const files = new MemoryFileStore();
    files.put(PATH, '\uFEFFversion: 1\r\n');
    await notesFile(files).update(PATH, (doc) => doc.set('ours', 'yes'));
    assert.equal(files.text(PATH), '\uFEFFversion: 1\r\nours: yes\r\n');
  });

  it('with verifyOutput, throws instead of writing what would not read back, and returns what was written', async () => {
    const files = new MemoryFileStore();
    files.put(PATH, 'version: 1\n');
    const file = notesFile(files, { verifyOutput: true });
    await assert.rejects(file.update(PATH, (doc) => doc.set('forbidden', true)), /invalid notes file: forbidden key/);
    assert.equal(files.writes, 0);
    const result = await file.update(PATH, (doc) => doc.set('ours', 'yes'));
    assert.ok(result.ok && result.output);
    assert.deepEqual(result.output.keys, ['version', 'ours']);
  });

  it('edits a basis snapshot in place while the file still holds its bytes, and re-reads once it changed', async () => {
    const files = new MemoryFileStore();
    files.put(PATH, 'version: 1\n');
    const file = notesFile(files);
    const basis = await file.read(PATH);
    assert.ok(basis.parsed?.ok);
    const basisDoc = basis.parsed.doc;
    let edited: Document | undefined;
    await file.update(PATH, (doc) => void ((edited = doc), doc.set('a', 1)), basis);
    assert.equal(edited, basisDoc);
    const stale = await file.read(PATH);
    files.put(PATH, 'version: 1\nb: 2\n');
    await file.update(PATH, (doc) => void ((edited = doc), doc.set('c', 3)), stale);
    assert.ok(stale.parsed?.ok && edited !== stale.parsed.doc);
    assert.equal(files.text(PATH), 'version: 1\nb: 2\nc: 3\n');
  });

  it('runs updates of one file one after another so none is lost', async () => {
    const files = new MemoryFileStore();
    const file = notesFile(files);
    await Promise.all(Array.from({ length: 8 }, (_, i) => file.update(PATH, (doc) => doc.set(`k${i}`, i))));
    const { parsed } = await file.read(PATH);
    assert.ok(parsed?.ok);
    assert.deepEqual(parsed.keys, ['version', 'k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7']);
    assert.equal(files.writes, 8);
  });
});
