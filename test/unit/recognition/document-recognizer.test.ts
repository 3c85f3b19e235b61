import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { DocumentRecognizer } from '../../../src/core/recognition/document-recognizer';
import { recognize } from '../../../src/core/recognition/recognize';

const seedDirectory = path.resolve(__dirname, '../../../../seeds');
const seeds = readdirSync(seedDirectory)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(path.join(seedDirectory, name), 'utf8'));

function replace(text: string, start: number, end: number, inserted: string): string {
  return text.slice(0, start) + inserted + text.slice(end);
}

describe('DocumentRecognizer', () => {
  it('starts with the recognition of the whole text', () => {
    assert.deepEqual(new DocumentRecognizer(seeds[0]).result, recognize(seeds[0]));
  });

  it('shifts the mentions after an edit and retypes the edited line', () => {
    const text = 'Putin met Choe Son Hui.\nThe NIS said 11,000 troops reached Kursk.';
    const recognizer = new DocumentRecognizer(text);
    const edited = recognizer.applyEdit(0, 0, 'Foreign Minister Sergey Lavrov spoke.\n');
    const expected = recognize(replace(text, 0, 0, 'Foreign Minister Sergey Lavrov spoke.\n'));
    assert.deepEqual(edited, expected);
    assert.ok(edited.entities.some((entity) => entity.text === 'Sergey Lavrov'));
    assert.ok(edited.figures.length > 0);
  });

  it('drops the link list under a "Most Read" heading and restores it when an edit removes the heading', () => {
    const prose = 'Officials in Tarvonia said the new ferry line would open in the spring after long delays and much public debate.';
    const text = ['Most Read', 'Storm batters Ostrava coast', 'Five things to watch in Veldran', prose].join('\n');
    const recognizer = new DocumentRecognizer(text);
    assert.deepEqual(recognizer.result, recognize(text));
    assert.deepEqual(recognizer.result.entities.map((entity) => entity.text), ['Tarvonia']);
    assert.deepEqual(recognizer.result.figures, []);
    const edited = recognizer.applyEdit(0, 'Most Read'.length, 'Weather');
    assert.deepEqual(edited, recognize(replace(text, 0, 'Most Read'.length, 'Weather')));
    assert.ok(edited.entities.some((entity) => entity.text === 'Ostrava'));
  });

  it('updates back-references in untouched lines when the full name is typed elsewhere', () => {
    const text = 'Choe arrived.\nShe met officials.';
    // Rules only: whether the tagger types a lone "Choe" is the model's call, and this test is about the document pass.
    const recognizer = new DocumentRecognizer(text, { tagger: false });
    assert.deepEqual(recognizer.result.entities, []);
    const edited = recognizer.applyEdit(text.length, text.length, '\nForeign Minister Choe Son Hui left.');
    assert.deepEqual(
      edited.entities.map((entity) => [entity.text, entity.key]),
      [
        ['Choe', 'person:choe son hui'],
        ['Choe Son Hui', 'person:choe son hui'],
      ],
    );
  });

  it('forgets a type when the only line that gave it is deleted, and learns it again when retyped', () => {
    const text = 'Troops arrived in Zhorvik.\nZhorvik is busy.';
    const recognizer = new DocumentRecognizer(text);
    assert.equal(recognizer.result.entities.length, 2);
    const firstLine = 'Troops arrived in Zhorvik.\n';
    assert.deepEqual(recognizer.applyEdit(0, firstLine.length, '').entities, []);
    const restored = recognizer.applyEdit(0, 0, firstLine);
    assert.deepEqual(restored, recognize(text));
    assert.deepEqual(restored.entities.map((entity) => entity.key), ['place:zhorvik', 'place:zhorvik']);
  });

  it('splits and joins CRLF line breaks as a fresh recognition does', () => {
    const text = 'Seoul said.\rKursk region.\nMoscow';
    const recognizer = new DocumentRecognizer(text);
    let current = text;
    for (const [start, end, inserted] of [
      [12, 12, '\n'],
      [11, 12, ''],
      [5, 5, '\r\n\r'],
      [0, current.length - 2, 'Putin\r'],
    ] as const) {
      const clampedEnd = Math.min(end, current.length);
      current = replace(current, start, clampedEnd, inserted);
      assert.deepEqual(recognizer.applyEdit(start, clampedEnd, inserted), recognize(current));
    }
  });

  it('rejects an edit outside the text', () => {
    assert.throws(() => new DocumentRecognizer('abc').applyEdit(2, 5, ''), RangeError);
  });

  it('equals a fresh recognition after any sequence of edits on the seeds', function () {
    // 150 random edit sequences, each recognized twice; the first also unpacks the tagger: slow on a busy machine.
    this.timeout(20_000);
    const pieces = ['', 'a', ' ', '\n', '\r\n', '\r', 'Putin', 'Kim Jong-un’s', ' (NIS)', 'North Korean', '12,000 troops', 'Su-25', "'s", '.', 'Oct. 23'];
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.nat({ max: 40 }),
      inserted: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (seed, edits) => {
        let text = seeds[seed];
        const recognizer = new DocumentRecognizer(text);
        for (const { at, length, inserted } of edits) {
          const start = Math.floor(at * text.length);
          const end = Math.min(text.length, start + length);
          text = replace(text, start, end, inserted);
          recognizer.applyEdit(start, end, inserted);
        }
        assert.deepEqual(recognizer.result, recognize(text));
      }),
      { numRuns: 150 },
    );
  });
});
