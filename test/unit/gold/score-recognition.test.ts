import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  addScores,
  keyPrf,
  loadGold,
  prf,
  sameValue,
  scoreRecognition,
  totalCounts,
} from '../../../bench/recognition-quality';
import type { EntityMention, FigureMention, Recognition } from '../../../src/core/recognition/types';

const TEXT = 'Choe Son Hui met Putin in Moscow. Choe said approximately 11,000 troops left on Nov. 4.';

function entity(text: string, type: EntityMention['type'], key: string, occurrence = 0): EntityMention {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(text, start + 1);
  return { start, end: start + text.length, text, type, key };
}

function figure(text: string, type: FigureMention['type'], value: FigureMention['value'], qualifier: string | null = null, unit: string | null = null): FigureMention {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, text, type, value, qualifier, unit };
}

const GOLD: Recognition = {
  entities: [
    entity('Choe Son Hui', 'person', 'person:choe son hui'),
    entity('Putin', 'person', 'person:vladimir putin'),
    entity('Moscow', 'place', 'place:moscow'),
    entity('Choe', 'person', 'person:choe son hui', 1),
  ],
  figures: [figure('approximately 11,000', 'count', 11000, 'approximately', 'troops'), figure('Nov. 4', 'date', null)],
};

describe('recognition scorer', () => {
  it('gives perfect scores when the system output equals the gold', () => {
    const s = scoreRecognition(GOLD, GOLD);
    assert.deepEqual(totalCounts(s.strict, ['person', 'place', 'count', 'date']), { tp: 6, fp: 0, fn: 0 });
    assert.deepEqual(keyPrf(s.keyPairs), { p: 1, r: 1, f1: 1 });
    assert.equal(s.figureAttributes.valueOk, 1);
    assert.equal(s.figureAttributes.valueKnown, 1);
  });

  it('counts a span that misses the qualifier as a strict error but a lenient match', () => {
    const system: Recognition = { entities: [], figures: [figure('11,000', 'count', 11000, null, 'troops')] };
    const s = scoreRecognition(GOLD, system);
    assert.deepEqual(s.strict.count, { tp: 0, fp: 1, fn: 1 });
    assert.deepEqual(s.lenient.count, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(s.strict.date, { tp: 0, fp: 0, fn: 1 });
  });

  it('counts a right span with the wrong type as one false positive and one false negative', () => {
    const system: Recognition = { entities: [entity('Moscow', 'organization', 'organization:moscow')], figures: [] };
    const s = scoreRecognition(GOLD, system);
    assert.deepEqual(s.strict.place, { tp: 0, fp: 0, fn: 1 });
    assert.deepEqual(s.strict.organization, { tp: 0, fp: 1, fn: 0 });
    assert.deepEqual(s.lenient.place, { tp: 0, fp: 0, fn: 1 });
  });

  it('scores keys pairwise: a missed back-reference link lowers key recall, not precision', () => {
    const system: Recognition = {
      entities: [
        entity('Choe Son Hui', 'person', 'person:choe son hui'),
        entity('Putin', 'person', 'person:putin'),
        entity('Choe', 'person', 'person:choe', 1),
      ],
      figures: [],
    };
    const s = scoreRecognition(GOLD, system);
    assert.deepEqual(s.keyPairs, { gold: 1, system: 0, both: 0 });
    assert.equal(keyPrf(s.keyPairs).r, 0);
  });

  it('scores keys pairwise: merging two people lowers key precision', () => {
    const system: Recognition = {
      entities: [
        entity('Choe Son Hui', 'person', 'person:x'),
        entity('Putin', 'person', 'person:x'),
        entity('Choe', 'person', 'person:x', 1),
      ],
      figures: [],
    };
    const s = scoreRecognition(GOLD, system);
    assert.deepEqual(s.keyPairs, { gold: 1, system: 3, both: 1 });
    assert.equal(keyPrf(s.keyPairs).p, 1 / 3);
  });

  it('checks figure values, qualifiers and units only on exact matches', () => {
    const system: Recognition = {
      entities: [],
      figures: [figure('approximately 11,000', 'count', 11000.0000000001, 'about', 'troops'), figure('Nov. 4', 'date', '2024-11-04')],
    };
    const s = scoreRecognition(GOLD, system);
    assert.deepEqual(s.figureAttributes, { matched: 2, valueKnown: 1, valueOk: 1, qualifierOk: 1, unitOk: 2 });
  });

  it('adds scores by summing counts', () => {
    const s = addScores(scoreRecognition(GOLD, GOLD), scoreRecognition(GOLD, { entities: [], figures: [] }));
    assert.deepEqual(s.strict.person, { tp: 3, fp: 0, fn: 3 });
    assert.deepEqual(prf(s.strict.person), { p: 1, r: 0.5, f1: 2 / 3 });
  });

  it('compares range values structurally', () => {
    assert.ok(sameValue({ min: 10900, max: 12000 }, { min: 10900, max: 12000 }));
    assert.ok(!sameValue({ min: 10900, max: 12000 }, 12000));
    assert.ok(!sameValue('2024-10', { start: '2024-10', end: '2024-10' }));
  });
});

describe('gold set', () => {
  // Compiled to out/test/unit/gold/, so the repository root is four levels up.
  const dir = path.resolve(__dirname, '../../../../test/fixtures/gold');

  it('has text slices equal to every mention and no overlaps within a list', () => {
    const docs = loadGold(dir);
    assert.ok(docs.filter((d) => d.group === 'other').length >= 4);
    for (const doc of docs) {
      for (const list of [doc.gold.entities, doc.gold.figures] as const) {
        let lastEnd = -1;
        for (const m of list) {
          assert.equal(doc.text.slice(m.start, m.end), m.text, `${doc.name} @${m.start}`);
          assert.ok(m.start >= lastEnd, `${doc.name}: overlap at ${m.start}`);
          lastEnd = m.end;
        }
      }
    }
  });

  it('has an annotation source for every gold file', () => {
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.gold.json'))) {
      assert.ok(fs.existsSync(path.join(dir, 'annotations', f.replace('.gold.json', '.ann'))), f);
    }
  });
});
