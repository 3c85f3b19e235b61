import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { newAnnotationId } from '../../../src/core/sidecar/annotation-id';
import { MemoryFileStore } from '../memory-file-store';
import { nodeFileStore } from '../../../src/platform/node-file-store';
import { addAnnotation, setSourceMetadata } from '../../../src/core/sidecar/sidecar-edits';
import { articlePathFor, sidecarPathFor } from '../../../src/core/sidecar/sidecar-paths';
import { SidecarStore } from '../../../src/core/sidecar/sidecar-store';


const ANNOTATION = {
  id: 'c-aaaaaa', kind: 'claim' as const, text: 'A claim', tags: [], created: '2024-11-20T10:00:00Z', updated: '2024-11-20T10:00:00Z',
  target: { quote: 'quote', prefix: '', suffix: '', start: 0, end: 5 },
};

describe('sidecar paths and ids', () => {
  it('maps an article to its sidecar and back', () => {
    assert.equal(sidecarPathFor('news/kursk.txt'), 'news/kursk.txt.sourcemark.yaml');
    assert.equal(articlePathFor('news/kursk.txt.sourcemark.yaml'), 'news/kursk.txt');
    assert.equal(articlePathFor('news/kursk.txt'), undefined);
    assert.equal(articlePathFor('news/.sourcemark.yaml'), undefined);
  });

  it('makes short prefixed ids that avoid taken ones', () => {
    const fixed = () => 0;
    assert.equal(newAnnotationId('claim', new Set(), fixed), 'c-aaaaaa');
    let calls = 0;
    const id = newAnnotationId('note', new Set(['n-aaaaaa']), () => (calls++ < 6 ? 0 : 0.5));
    assert.match(id, /^n-[a-z2-9]{6}$/);
    assert.notEqual(id, 'n-aaaaaa');
  });
});

describe('SidecarStore', () => {
  it('creates a missing sidecar and reports missing before that', async () => {
    const files = new MemoryFileStore();
    const store = new SidecarStore(files);
    assert.equal((await store.load('a.txt')).status, 'missing');
    const result = await store.update('a.txt', (doc) => addAnnotation(doc, ANNOTATION));
    assert.ok(result.ok && result.written);
    const loaded = await store.load('a.txt');
    assert.ok(loaded.status === 'ok' && loaded.sidecar.data.annotations[0].id === 'c-aaaaaa');
  });

  it('does not write when the edit changes nothing', async () => {
    const files = new MemoryFileStore();
    files.put('a.txt.sourcemark.yaml', 'version: 1\nsource:\n  language: en\nannotations: []\n');
    const result = await new SidecarStore(files).update('a.txt', (doc) => setSourceMetadata(doc, { language: 'en' }));
    assert.ok(result.ok && !result.written);
    assert.equal(files.writes, 0);
  });

  it('leaves a sidecar that fails to parse untouched and says why', async () => {
    const files = new MemoryFileStore();
    files.put('a.txt.sourcemark.yaml', 'version: 1\nannotations: [\n');
    const result = await new SidecarStore(files).update('a.txt', (doc) => addAnnotation(doc, ANNOTATION));
    assert.ok(!result.ok && result.reason === 'invalid' && result.errors.length > 0);
    assert.equal(files.writes, 0);
  });

  it('never rewrites a sidecar of a newer version', async () => {
    const files = new MemoryFileStore();
    files.put('a.txt.sourcemark.yaml', 'version: 2\nannotations: []\n');
    const result = await new SidecarStore(files).update('a.txt', (doc) => addAnnotation(doc, ANNOTATION));
    assert.ok(!result.ok && result.reason === 'read-only');
    assert.equal(files.writes, 0);
  });

  it('merges with a change made on disk right before the rename instead of clobbering it', async () => {
    const files = new MemoryFileStore();
    const p = 'a.txt.sourcemark.yaml';
    files.put(p, 'version: 1\nannotations: []\n');
    files.beforeReplace = () => files.put(p, '# added by git pull\nversion: 1\nsource:\n  outlet: Yonhap\nannotations: []\n');
    const result = await new SidecarStore(files).update('a.txt', (doc) => addAnnotation(doc, ANNOTATION));
    assert.ok(result.ok && result.written);
    const text = files.text(p) ?? '';
    assert.match(text, /^# added by git pull\n/);
    assert.match(text, /outlet: Yonhap/);
    assert.match(text, /id: c-aaaaaa/);
  });

  it('refuses when the file on disk became unparseable meanwhile', async () => {
    const files = new MemoryFileStore();
    const p = 'a.txt.sourcemark.yaml';
    files.put(p, 'version: 1\nannotations: []\n');
    files.beforeReplace = () => files.put(p, 'version: 1\n<<<<<<< HEAD\n');
    const result = await new SidecarStore(files).update('a.txt', (doc) => addAnnotation(doc, ANNOTATION));
    assert.ok(!result.ok && result.reason === 'invalid');
    assert.equal(files.text(p), 'version: 1\n<<<<<<< HEAD\n');
  });

  it('reports a sidecar the store cannot read as invalid at 1:1, and does not write it', async () => {
    const files = new MemoryFileStore();
    files.readFile = async () => {
      throw new Error('it is a folder, not a file');
    };
    const loaded = await new SidecarStore(files).load('a.txt');
    assert.deepEqual(loaded, { status: 'invalid', path: 'a.txt.sourcemark.yaml', errors: [{ message: 'cannot read the sidecar: it is a folder, not a file', line: 1, column: 1 }] });
    const result = await new SidecarStore(files).update('a.txt', (doc) => addAnnotation(doc, ANNOTATION));
    assert.ok(!result.ok && result.reason === 'invalid');
    assert.equal(files.writes, 0);
  });

  it('reports a write the file system refused, with its reason', async () => {
    const files = new MemoryFileStore();
    files.writeFileAtomic = async () => {
      throw new Error('permission denied');
    };
    const result = await new SidecarStore(files).update('a.txt', (doc) => addAnnotation(doc, ANNOTATION));
    assert.ok(!result.ok && result.reason === 'unwritable' && /permission denied/.test(result.message), JSON.stringify(result));
  });

  it('serializes concurrent updates to one file so none is lost', async () => {
    const files = new MemoryFileStore();
    const store = new SidecarStore(files);
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.update('a.txt', (doc) => addAnnotation(doc, { ...ANNOTATION, id: `c-${i}aaaaa` }))));
    const loaded = await store.load('a.txt');
    assert.ok(loaded.status === 'ok');
    assert.equal(loaded.sidecar.data.annotations.length, 10);
  });

  it('keeps CRLF line endings and the BOM of an existing sidecar', async () => {
    const files = new MemoryFileStore();
    files.put('a.txt.sourcemark.yaml', '\uFEFFversion: 1\r\nannotations: []\r\n');
    await new SidecarStore(files).update('a.txt', (doc) => setSourceMetadata(doc, { language: 'en' }));
    assert.equal(files.text('a.txt.sourcemark.yaml'), '\uFEFFversion: 1\r\nsource:\r\n  language: en\r\nannotations: []\r\n');
  });

  it('writes atomically on disk through a temporary file in the same folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sourcemark-store-'));
    const article = path.join(dir, 'kursk.txt');
    writeFileSync(sidecarPathFor(article), '# mine\nversion: 1\nannotations: []\n');
    const result = await new SidecarStore(nodeFileStore).update(article, (doc) => addAnnotation(doc, ANNOTATION));
    assert.ok(result.ok && result.written);
    assert.deepEqual(readdirSync(dir), ['kursk.txt.sourcemark.yaml'], 'no temporary file left behind');
    assert.match(readFileSync(sidecarPathFor(article), 'utf8'), /^# mine\nversion: 1\nannotations:\n  - id: c-aaaaaa/);
  });
});
