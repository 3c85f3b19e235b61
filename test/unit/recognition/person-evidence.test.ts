import * as assert from 'node:assert/strict';
import type { EntityCandidate } from '../../../src/core/recognition/entities/find-line-entities';
import { NameVotes } from '../../../src/core/recognition/entities/name-votes';
import { EntityResolver } from '../../../src/core/recognition/entities/resolve-entities';
import { recognize } from '../../../src/core/recognition/recognize';
import type { Confidence } from '../../../src/core/recognition/entities/classify-chunk';
import type { EntityType } from '../../../src/core/recognition/types';

// How much document-wide evidence a person needs; the names are made up for these tests.

function candidate(text: string, type: EntityType | null, confidence: Confidence): EntityCandidate {
  return { start: 0, end: text.length, text, type, confidence, name: text.toLowerCase(), acronym: null, longForm: undefined };
}

function resolveAll(lines: EntityCandidate[][]): (string | null)[] {
  const votes = NameVotes.of(lines);
  const resolver = new EntityResolver();
  resolver.update(lines.map((entities) => ({ entities, defines: false })), votes);
  return lines.flat().map((found) => resolver.resolve(found)?.type ?? null);
}

describe('document pass: evidence for a person', () => {
  it('drops a lone word that only guesses call a person', () => {
    assert.deepEqual(resolveAll([[candidate('Veltrano', 'person', 1)], [candidate('Veltrano', 'person', 1)]]), [null, null]);
  });

  it('keeps a lone word that one mention cues as a person, and guessed names of two words', () => {
    assert.deepEqual(resolveAll([[candidate('Morvani', 'person', 1)], [candidate('Morvani', 'person', 2)]]), ['person', 'person']);
    assert.deepEqual(resolveAll([[candidate('Anka Morvani', 'person', 1)]]), ['person']);
  });

  it('keeps a lone word that is the surname of a person named in full', () => {
    assert.deepEqual(resolveAll([[candidate('Anka Morvani', 'person', 2)], [candidate('Morvani', 'person', 1)]]), ['person', 'person']);
  });
});

describe('recognize: ships named for a person', () => {
  it('reads a title after a vessel noun as part of the ship\'s name, and keeps a titled person elsewhere', () => {
    const types = recognize('The frigate Admiral Korvin sailed, Admiral Anka Morvani said.', { tagger: false }).entities.map((entity) => [entity.text, entity.type]);
    assert.deepEqual(types, [
      ['Admiral Korvin', 'equipment'],
      ['Anka Morvani', 'person'],
    ]);
  });
});
