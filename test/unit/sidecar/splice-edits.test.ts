import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseSidecar, type ParsedSidecarOk } from '../../../src/core/sidecar/parse-sidecar';
import { addAnnotation, setAnchors, setSourceMetadata, updateAnnotation } from '../../../src/core/sidecar/sidecar-edits';
import { recordShape, spliceEdits } from '../../../src/core/sidecar/splice-edits';

const FIXTURE = path.resolve(__dirname, '../../../../test/fixtures/sidecars/commented.txt.sourcemark.yaml');

// The fixture as analysts really leave files: aligned comments, padded flow lists, a long line, mixed line endings.
const MESSY = readFileSync(FIXTURE, 'utf8')
  .replace('version: 1 # schema version', 'version: 1      # schema version')
  .replace('    tags: [troops]\n    created: 2024-11-20T10:00:00Z\n    updated: 2024-11-20T10:00:00Z\n    target:\n      quote: approximately', '    tags: [ troops ]   # padded\n    created: 2024-11-20T10:00:00Z\n    updated: 2024-11-20T10:00:00Z\n    target:\n      quote: approximately')
  .replace('    text: 12,000 soon.', `    text: ${'Twelve thousand soon, said the president in a long interview with a national broadcaster. '.repeat(2).trim()}`)
  .split('\n')
  .map((line, i) => (i % 3 === 0 && i > 0 ? line + '\r' : line))
  .join('\n');

// A valid annotation block whose `target` is given as its YAML lines (indented by 4).
const block = (target: string) => `version: 1\nannotations:\n  - id: c-aaaaaa\n    kind: claim\n    text: t\n    created: 2024-11-20\n    updated: 2024-11-20\n${target}`;

const NOTE = {
  id: 'n-cccccc', kind: 'note' as const, text: 'Check the date: late October?', tags: ['dates'], created: '2024-12-01T09:00:00Z', updated: '2024-12-01T09:00:00Z',
  target: { quote: 'late October.\nThese troops', prefix: 'deployed to Kursk by ', suffix: ' have been integrated', start: 200, end: 226 },
};

function load(source: string): ParsedSidecarOk {
  const parsed = parseSidecar(source);
  if (!parsed.ok) assert.fail(parsed.errors[0].message);
  return parsed;
}

/** Applies `edit` and returns the spliced text (undefined: the caller would stringify the whole Document). */
function spliced(source: string, edit: (sidecar: ParsedSidecarOk) => void): { text: string | undefined; sidecar: ParsedSidecarOk } {
  const sidecar = load(source);
  const shape = recordShape(sidecar.doc);
  edit(sidecar);
  return { text: spliceEdits(source, shape, sidecar.doc), sidecar };
}

describe('spliceEdits', () => {
  it('changes only the offset digits of a messy file, keeping spacing, comments, long lines and each line ending', () => {
    const { text } = spliced(MESSY, ({ doc }) => setAnchors(doc, [{ id: 'c-aaaaaa', start: 1023, end: 1043, orphaned: false }]));
    assert.equal(text, MESSY.replace('start: 23', 'start: 1023').replace('end: 43', 'end: 1043'));
  });

  it('keeps a comment on the changed value', () => {
    const source = block('    target:\n      quote: q\n      start: 5   # checked by hand\n      end: 9\n');
    const { text } = spliced(source, ({ doc }) => setAnchors(doc, [{ id: 'c-aaaaaa', start: 6, end: 9, orphaned: false }]));
    assert.equal(text, source.replace('start: 5 ', 'start: 6 '));
  });

  it('adds "orphaned: true" as one line after the block, with the line ending there, and removes it again byte for byte', () => {
    const orphaned = spliced(MESSY, ({ doc }) => setAnchors(doc, [{ id: 'c-aaaaaa', start: 0, end: 0, orphaned: true }]));
    const endLine = MESSY.split('\n').find((line) => line.startsWith('      end: 43')) ?? '';
    const eol = endLine.endsWith('\r') ? '\r\n' : '\n';
    assert.equal(orphaned.text, MESSY.replace(`${endLine}\n`, `${endLine}\n    orphaned: true${eol}`));
    const found = spliced(orphaned.text ?? '', ({ doc }) => setAnchors(doc, [{ id: 'c-aaaaaa', start: 23, end: 43, orphaned: false }]));
    assert.equal(found.text, MESSY);
  });

  it('appends the line at the end of a file without a final newline', () => {
    const source = block('    target: { quote: q, start: 1, end: 2 }');
    const { text } = spliced(source, ({ doc }) => setAnchors(doc, [{ id: 'c-aaaaaa', start: 0, end: 0, orphaned: true }]));
    assert.equal(text, `${source}\n    orphaned: true\n`);
  });

  it('rewrites numbers inside a flow mapping in place', () => {
    const source = block('    target: {quote: q, start: 1,   end: 2}\n');
    const { text } = spliced(source, ({ doc }) => setAnchors(doc, [{ id: 'c-aaaaaa', start: 10, end: 20, orphaned: false }]));
    assert.equal(text, source.replace('start: 1,', 'start: 10,').replace('end: 2}', 'end: 20}'));
  });

  it('splices a one-line text edit and the updated timestamp, leaving the rest alone', () => {
    const { text } = spliced(MESSY, ({ doc }) => updateAnnotation(doc, 'c-aaaaaa', { text: 'About 11,000: NIS.' }, '2025-01-01T00:00:00Z'));
    const first = MESSY.indexOf('updated: 2024-11-20T10:00:00Z');
    const expected = MESSY.replace('text: About 11,000 troops.', 'text: "About 11,000: NIS."');
    assert.equal(text, expected.slice(0, first + 8) + expected.slice(first + 8).replace('2024-11-20T10:00:00Z', '2025-01-01T00:00:00Z'));
  });

  it('appends a new annotation after the last one, at the list\'s indentation and line ending, leaving the rest alone', () => {
    for (const source of [MESSY, readFileSync(FIXTURE, 'utf8'), 'version: 1\nannotations:\n- id: c-aaaaaa\n  kind: claim\n  text: t\n  created: 2024-11-20\n  updated: 2024-11-20\n  target: {quote: q, start: 0, end: 1}']) {
      const { text, sidecar } = spliced(source, ({ doc }) => addAnnotation(doc, NOTE));
      assert.ok(text !== undefined);
      const kept = source.endsWith('\n') ? source : source + '\n';
      assert.ok(text.startsWith(kept), 'every existing byte kept');
      const added = text.slice(kept.length);
      const dash = /^( *)- id:/m.exec(source)?.[1] ?? '';
      assert.match(added, new RegExp(`^\\r?\\n${dash}- id: n-cccccc\\r?\\n${dash}  kind: note`));
      const eol = /\r?\n$/.exec(source)?.[0] ?? '\n';
      assert.ok(added.split(/(?<=\n)/).every((line) => line.endsWith(eol)), 'the line ending of the last line');
      assert.deepEqual(load(text).doc.toJS(), sidecar.doc.toJS());
    }
  });

  it('gives up (whole-Document rendering) on edits that add structure elsewhere', () => {
    const source = readFileSync(FIXTURE, 'utf8');
    assert.equal(spliced('version: 1\nannotations: []\n', ({ doc }) => addAnnotation(doc, NOTE)).text, undefined);
    assert.equal(spliced(source, ({ doc }) => updateAnnotation(doc, 'c-aaaaaa', { tags: ['a', 'b'] }, '2025-01-01T00:00:00Z')).text, undefined);
    assert.equal(spliced('version: 1\nannotations: []\n', ({ doc }) => setSourceMetadata(doc, { language: 'en' })).text, undefined);
  });

  it('always yields the same data as rendering the whole Document (random anchor updates)', function () {
    this.timeout(30_000); // a shared, busy machine; the property itself is not timed
    const ids = ['c-aaaaaa', 'c-bbbbbb'];
    const update = fc.record({ id: fc.constantFrom(...ids), start: fc.nat(5000), length: fc.nat(300), orphaned: fc.boolean() }).map(({ id, start, length, orphaned }) => ({ id, start, end: start + length, orphaned }));
    fc.assert(
      fc.property(fc.constantFrom(MESSY, readFileSync(FIXTURE, 'utf8')), fc.array(fc.array(update, { maxLength: 3 }), { minLength: 1, maxLength: 4 }), (start, rounds) => {
        let source = start;
        for (const updates of rounds) {
          const { text, sidecar } = spliced(source, ({ doc }) => setAnchors(doc, updates));
          assert.ok(text !== undefined, 'anchor updates are always spliced');
          assert.deepEqual(load(text).doc.toJS(), sidecar.doc.toJS());
          source = text;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('writes any one-line text or attribution so it reads back as the same string', function () {
    this.timeout(30_000);
    const awkward = fc.constantFrom('a: b', '- x', '# y', 'x #y', '"q"', "'", '*alias', '&anchor', '!tag', '@', '`', '{a}', '[b]', '|', '>', '%', '?', ' lead', 'trail ', 'true', '12', '1e3', '~', 'null', '', '\t', 'é', '\u2028', '\r');
    const text = fc.array(fc.oneof(awkward, fc.string({ unit: 'grapheme', maxLength: 8 })), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.constantFrom(MESSY, readFileSync(FIXTURE, 'utf8')), text, text, (source, wording, attribution) => {
        const { text: out, sidecar } = spliced(source, ({ doc }) => updateAnnotation(doc, 'c-aaaaaa', { text: wording, attribution }, '2025-01-01T00:00:00Z'));
        const expected = sidecar.doc.toJS() as { annotations: { text: string; attribution?: string }[] };
        if (out === undefined) return; // whole-Document rendering: the classic path
        const back = load(out).doc.toJS() as typeof expected;
        assert.deepEqual(back, expected);
        assert.equal(back.annotations[0].text, wording);
      }),
      { numRuns: 300 },
    );
  });
});
