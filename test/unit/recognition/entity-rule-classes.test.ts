import * as assert from 'node:assert/strict';
import { recognize } from '../../../src/core/recognition/recognize';
import type { EntityType } from '../../../src/core/recognition/types';

// Rule-side error classes found on real defence documents (issue 10); rules only, so the tagger cannot hide a rule's mistake.
// The sentences are made up for these tests.

function ruleTyped(text: string): [string, EntityType][] {
  return recognize(text, { tagger: false }).entities.map((entity) => [entity.text, entity.type]);
}

describe('entity rules: error classes from real documents', () => {
  it('ends place names with facility heads (dam, barrage, reservoir, airfield)', () => {
    assert.deepEqual(ruleTyped('Engineers inspected the Karvan Dam near Ostrel.'), [
      ['Karvan Dam', 'place'],
      ['Ostrel', 'place'],
    ]);
    assert.deepEqual(ruleTyped('Troops held the Seltun Barrage and the Omvik Airfield.'), [
      ['Seltun Barrage', 'place'],
      ['Omvik Airfield', 'place'],
    ]);
  });

  it('types a service word before a rank as an organization, not part of the person', () => {
    assert.deepEqual(ruleTyped('"We hold the ridge," said Army Col. Dana Whitlow.'), [
      ['Army', 'organization'],
      ['Dana Whitlow', 'person'],
    ]);
    // Negative: a place before a rank stays a place.
    assert.deepEqual(ruleTyped('said Colombia Col. Dana Whitlow.'), [
      ['Colombia', 'place'],
      ['Dana Whitlow', 'person'],
    ]);
  });

  it('keeps "X State of Y and the Z" one name, and the listed organization types it', () => {
    assert.deepEqual(ruleTyped('Fighters of the Islamic State of Iraq and the Levant fled.'), [
      ['Islamic State of Iraq and the Levant', 'organization'],
    ]);
    assert.deepEqual(ruleTyped('A life free from Islamic State of Iraq and Levant rule.'), [
      ['Islamic State of Iraq and Levant', 'organization'],
    ]);
    // Negative: "and the" does not join two institutions, nor an office and a title.
    assert.deepEqual(ruleTyped('The Ministry of Defence and the Army disagreed.')[0], ['Ministry of Defence', 'organization']);
    assert.deepEqual(ruleTyped('The Secretary of State and the President met.'), []);
  });

  it('keeps the number of a designation in the name ("CTF 50", "Task Force 51")', () => {
    assert.deepEqual(
      ruleTyped('The frigate joined CTF 50 in May, and Task Force 51 is led by Sweden.').map(([text]) => text),
      ['CTF 50', 'Task Force 51', 'Sweden'],
    );
    // Negative: a count, a measure, a year or a decimal after an acronym is not part of it.
    assert.deepEqual(
      ruleTyped('ISIL lost 300 fighters; ISIL 300 fighters fled, the SDF 3 km away, the NATO 2030 plan, the SDF 1.5 km.').map(([text]) => text),
      ['ISIL', 'ISIL', 'SDF', 'NATO', 'SDF'],
    );
  });
});
