import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { newAnnotationId } from '../../../src/core/sidecar/annotation-id';
import { parseSidecar } from '../../../src/core/sidecar/parse-sidecar';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/sidecars');
const SEEDS = path.resolve(__dirname, '../../../../seeds');

function errorsOf(source: string) {
  const parsed = parseSidecar(source);
  assert.equal(parsed.ok, false, 'expected the sidecar to be rejected');
  return parsed.ok ? [] : parsed.errors;
}

const MINIMAL_ANNOTATION = `  - id: c-aaaaaa
    kind: claim
    text: t
    created: 2024-11-20T10:00:00Z
    updated: 2024-11-20T10:00:00Z
    target: { quote: q, prefix: "", suffix: "", start: 0, end: 1 }
`;

describe('parseSidecar', () => {
  it('reads a commented sidecar into the model, keeping unknown fields out of the data', () => {
    const parsed = parseSidecar(readFileSync(path.join(FIXTURES, 'commented.txt.sourcemark.yaml'), 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.data.version, 1);
    assert.equal(parsed.data.source?.outlet, 'The Korea Times');
    assert.deepEqual(parsed.data.annotations.map((a) => a.id), ['c-aaaaaa', 'c-bbbbbb']);
    assert.deepEqual(parsed.data.annotations[0].target, { quote: 'approximately 11,000', prefix: 'the NIS confirmed that ', suffix: ' North Korean soldiers', start: 23, end: 43 });
    assert.equal(parsed.readOnly, false);
  });

  it('accepts every seed sidecar', () => {
    for (const name of ['000_38dd43a7f4a69a66', '003_3b85a8226ef5a039']) {
      const parsed = parseSidecar(readFileSync(path.join(SEEDS, `${name}.txt.sourcemark.yaml`), 'utf8'));
      assert.ok(parsed.ok && parsed.data.annotations.length >= 3, name);
    }
  });

  it('reports malformed YAML with its 1-based line and column', () => {
    const [error] = errorsOf('version: 1\nannotations:\n  - id: c-x: y\n');
    assert.equal(error.line, 3);
    assert.ok(error.column >= 1);
    assert.doesNotMatch(error.message, /\n/);
  });

  it('reports a schema error at the offending node', () => {
    const source = `version: 1\nannotations:\n${MINIMAL_ANNOTATION.replace('kind: claim', 'kind: rumour')}`;
    const [error] = errorsOf(source);
    assert.match(error.message, /"kind" must be "claim" or "note"/);
    assert.deepEqual([error.line, error.column], [4, 11]);
  });

  it('reports a missing field at the annotation and a bad grade at its value', () => {
    const errors = errorsOf(`version: 1\nsource:\n  reliability: G\nannotations:\n${MINIMAL_ANNOTATION.replace('    text: t\n', '')}`);
    assert.deepEqual(errors.map((e) => [e.line, e.column]), [[3, 16], [5, 5]]);
    assert.match(errors[1].message, /missing "text"/);
  });

  it('rejects duplicate ids and duplicate keys', () => {
    assert.match(errorsOf(`version: 1\nannotations:\n${MINIMAL_ANNOTATION}${MINIMAL_ANNOTATION}`)[0].message, /Duplicate annotation id "c-aaaaaa"/);
    assert.equal(errorsOf('version: 1\nversion: 1\n')[0].line, 2);
  });

  it('opens a newer version read-only with a clear message', () => {
    const parsed = parseSidecar('version: 2\nannotations: []\nhighlights: {}\n');
    assert.ok(parsed.ok);
    assert.equal(parsed.readOnly, true);
    assert.match(parsed.warnings[0].message, /version 2 is newer .* read-only/);
  });

  it('rejects custom tags such as !!js/function', () => {
    const [error] = errorsOf('version: 1\nannotations: !!js/function "function () { return 1 }"\n');
    assert.match(error.message, /Unresolved tag/);
    assert.equal(error.line, 2);
  });

  it('fails fast on a billion-laughs alias bomb', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    assert.match(errorsOf(`version: 1\n${levels.join('\n')}\n`)[0].message, /alias/i);
  });

  it('accepts a legal alias in tags, as a list and as an item, and reads the values it stands for', () => {
    const first = MINIMAL_ANNOTATION.replace('    text: t\n', '    text: t\n    tags: &troops [troops, kursk]\n');
    const second = MINIMAL_ANNOTATION.replace('c-aaaaaa', 'c-bbbbbb').replace('    text: t\n', '    text: t\n    tags: *troops\n');
    const third = MINIMAL_ANNOTATION.replace('c-aaaaaa', 'c-cccccc').replace('    text: t\n', '    text: &word casualties\n    tags: [*word, losses]\n');
    const parsed = parseSidecar(`version: 1\nannotations:\n${first}${second}${third}`);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors[0].message);
    assert.deepEqual(parsed.data.annotations.map((a) => a.tags), [['troops', 'kursk'], ['troops', 'kursk'], ['casualties', 'losses']]);
    assert.equal(parsed.data.annotations[2].text, 'casualties');
  });

  it('rejects an id that is not c-/n- plus 6 or more lowercase letters or digits, at the id', () => {
    for (const id of ['c-abc', 'x-aaaaaa', 'c-AAAAAA', '"c-aaa`x`aaa"', '"c-aaaaaa) [run](command:sourcemark.deleteAnnotation"']) {
      const [error] = errorsOf(`version: 1\nannotations:\n${MINIMAL_ANNOTATION.replace('c-aaaaaa', id)}`);
      assert.match(error.message, /is not a Sourcemark id: "c-" \(claim\) or "n-" \(note\)/, id);
      assert.deepEqual([error.line, error.column], [3, 9], id);
    }
  });

  it('accepts every id newAnnotationId makes', () => {
    for (let i = 0; i < 200; i++) {
      const id = newAnnotationId(i % 2 ? 'claim' : 'note', new Set());
      assert.ok(parseSidecar(`version: 1\nannotations:\n${MINIMAL_ANNOTATION.replace('c-aaaaaa', id)}`).ok, id);
    }
  });

  it('treats an empty file as an empty version-1 sidecar, with a warning', () => {
    const parsed = parseSidecar('');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data, { version: 1, annotations: [] });
    assert.equal(parsed.warnings.length, 1);
  });

  it('reads CRLF sidecars and reports CRLF positions by line', () => {
    const source = `version: 1\r\nannotations:\r\n${MINIMAL_ANNOTATION.replace(/\n/g, '\r\n')}`;
    assert.ok(parseSidecar(source).ok);
    assert.equal(errorsOf(source.replace('kind: claim', 'kind: 7'))[0].line, 4);
  });

  it('rejects a root that is not a mapping and a missing version', () => {
    assert.match(errorsOf('- a\n- b\n')[0].message, /must be a mapping/);
    assert.match(errorsOf('annotations: []\n')[0].message, /Missing "version"/);
  });
});
