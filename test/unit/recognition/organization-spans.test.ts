import * as assert from 'node:assert/strict';
import { recognize } from '../../../src/core/recognition/recognize';
import type { EntityType } from '../../../src/core/recognition/types';

// Organization error classes (spans and types); the sentences are made up for these tests.

function typed(text: string, tagger = true): [string, EntityType][] {
  return recognize(text, { tagger }).entities.map((entity) => [entity.text, entity.type]);
}

describe('recognize: organization spans', () => {
  describe('a country or body before a lone institution word', () => {
    it('keeps "U.S." with the service or office it qualifies, with and without the tagger', () => {
      for (const tagger of [true, false]) {
        assert.deepEqual(typed('Later the U.S. Navy towed the barge, and the U.S. Embassy said it was safe.', tagger), [
          ['U.S. Navy', 'organization'],
          ['U.S. Embassy', 'organization'],
        ]);
      }
    });

    it('keeps the country when a rank and a person follow the service', () => {
      assert.deepEqual(typed('The medal went to U.S. Army Cpl. Jonah Whitcombe on Friday.'), [
        ['U.S. Army', 'organization'],
        ['Jonah Whitcombe', 'person'],
      ]);
    });

    it('keeps "U.N." with its command', () => {
      assert.deepEqual(typed('Talks ran through the U.N. Command on Monday.').slice(0, 1), [['U.N. Command', 'organization']]);
    });

    it('leaves a country alone before a word that names no institution', () => {
      assert.deepEqual(typed('Officials in the U.S. Monday declined to comment.', false)[0], ['U.S.', 'place']);
    });
  });
});
