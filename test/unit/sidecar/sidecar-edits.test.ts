import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Annotation } from '../../../src/core/sidecar/annotation';
import { parseSidecar, type ParsedSidecarOk } from '../../../src/core/sidecar/parse-sidecar';
import { serializeSidecar } from '../../../src/core/sidecar/serialize-sidecar';
import { addAnnotation, deleteAnnotation, setAnchors, setSourceMetadata, updateAnnotation } from '../../../src/core/sidecar/sidecar-edits';

const FIXTURE = path.resolve(__dirname, '../../../../test/fixtures/sidecars/commented.txt.sourcemark.yaml');

function load(source = readFileSync(FIXTURE, 'utf8')): ParsedSidecarOk {
  const parsed = parseSidecar(source);
  if (!parsed.ok) assert.fail(parsed.errors[0].message);
  return parsed;
}

function text(doc: ParsedSidecarOk['doc']): string {
  return new TextDecoder().decode(serializeSidecar(doc));
}

const NEW: Annotation = {
  id: 'n-cccccc', kind: 'note', text: 'Check the date.', tags: ['dates', 'kursk'],
  created: '2024-12-01T09:00:00Z', updated: '2024-12-01T09:00:00Z',
  target: { quote: 'late October.\nThese troops', prefix: 'deployed to Kursk by ', suffix: ' have been integrated', start: 200, end: 226 },
};

describe('sidecar edits', () => {
  it('round-trips the analyst\'s file unchanged', () => {
    const source = readFileSync(FIXTURE, 'utf8');
    assert.equal(text(load(source).doc), source);
  });

  it('appends a new annotation in block style and keeps every comment, key and blank line', () => {
    const source = readFileSync(FIXTURE, 'utf8');
    const sidecar = load(source);
    addAnnotation(sidecar.doc, NEW);
    const out = text(sidecar.doc);
    assert.ok(out.startsWith(source), 'existing text is untouched');
    assert.match(out, /\n\n  - id: n-cccccc\n    kind: note\n/);
    assert.match(out, /    tags: \[ ?dates, kursk ?\]\n/);
    assert.match(out, /      quote: \|-\n        late October.\n        These troops\n/);
    assert.deepEqual(load(out).data.annotations[2], NEW);
  });

  it('updates fields in place and bumps updated only when something changed', () => {
    const sidecar = load();
    assert.equal(updateAnnotation(sidecar.doc, 'c-aaaaaa', { text: 'About 11,000 troops.' }, '2025-01-01T00:00:00Z'), false);
    assert.equal(updateAnnotation(sidecar.doc, 'c-aaaaaa', { text: 'Roughly 11,000.', attribution: undefined }, '2025-01-01T00:00:00Z'), true);
    const out = text(sidecar.doc);
    assert.match(out, /# NIS figure\n  - id: c-aaaaaa\n    kind: claim\n    text: Roughly 11,000.\n    tags/);
    assert.match(out, /updated: 2025-01-01T00:00:00Z/);
    assert.match(out, /# Zelenskyy's figure/);
    assert.equal(load(out).data.annotations[1].updated, '2024-11-20T10:00:00Z');
  });

  it('deletes one block, returns it for undo, and leaves the others with their comments', () => {
    const sidecar = load();
    const removed = deleteAnnotation(sidecar.doc, 'c-aaaaaa');
    assert.equal(removed?.text, 'About 11,000 troops.');
    assert.equal(deleteAnnotation(sidecar.doc, 'c-zzzzzz'), undefined);
    const out = text(sidecar.doc);
    assert.doesNotMatch(out, /c-aaaaaa/);
    assert.match(out, /# Zelenskyy's figure\n  - id: c-bbbbbb/);
    assert.match(out, /^# Analyst notes for kursk.txt\nversion: 1 # schema version\n/);
  });

  it('sets source fields without reordering, keeping unknown fields and comments', () => {
    const sidecar = load();
    setSourceMetadata(sidecar.doc, { url: 'https://www.koreatimes.co.kr/x', credibility: 3 });
    const out = text(sidecar.doc);
    assert.match(out, /  outlet: The Korea Times # checked\n  reliability: B\n  credibility: 3\n  reviewer: jdoe # unknown field, must survive\n  url: https:\/\/www.koreatimes.co.kr\/x\n/);
  });

  it('creates source right after version when absent', () => {
    const sidecar = load('version: 1\nannotations: []\n');
    setSourceMetadata(sidecar.doc, { language: 'en' });
    assert.equal(text(sidecar.doc), 'version: 1\nsource:\n  language: en\nannotations: []\n');
  });

  it('writes anchors only when they changed, flags orphans and clears the flag once found', () => {
    const sidecar = load();
    assert.deepEqual(setAnchors(sidecar.doc, [{ id: 'c-aaaaaa', start: 23, end: 43, orphaned: false }]), []);
    assert.equal(text(sidecar.doc), readFileSync(FIXTURE, 'utf8'));
    assert.deepEqual(setAnchors(sidecar.doc, [{ id: 'c-aaaaaa', start: 30, end: 50, orphaned: false }, { id: 'c-bbbbbb', start: 0, end: 0, orphaned: true }]), ['c-aaaaaa', 'c-bbbbbb']);
    let data = load(text(sidecar.doc)).data;
    assert.deepEqual([data.annotations[0].target.start, data.annotations[0].target.end], [30, 50]);
    assert.equal(data.annotations[1].orphaned, true);
    assert.equal(data.annotations[1].target.start, 85, 'an orphan keeps its last offsets');
    setAnchors(sidecar.doc, [{ id: 'c-bbbbbb', start: 90, end: 106, orphaned: false }]);
    data = load(text(sidecar.doc)).data;
    assert.equal(data.annotations[1].orphaned, undefined);
    assert.equal(data.annotations[1].target.start, 90);
  });
});
