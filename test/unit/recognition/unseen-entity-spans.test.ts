import * as assert from 'node:assert/strict';
import { recognize } from '../../../src/core/recognition/recognize';
import type { EntityType } from '../../../src/core/recognition/types';

// Span classes of the unseen articles 7xx (armed-forces releases); the sentences are made up for these tests.

function typedByRules(text: string): [string, EntityType][] {
  return recognize(text, { tagger: false }).entities.map((entity) => [entity.text, entity.type]);
}

describe('recognize: entity spans of unseen articles', () => {
  it('leaves the title out of "Commander of the <institution>"', () => {
    assert.deepEqual(typedByRules('The Commander of the Kestrel Task Force, Col. Ana Brill, spoke.'), [
      ['Kestrel Task Force', 'organization'],
      ['Ana Brill', 'person'],
    ]);
    assert.deepEqual(typedByRules('The Head of the Coastal Patrol Directorate said so.'), [['Coastal Patrol Directorate', 'organization']]);
  });

  it('keeps titles that hold "of" whole', () => {
    assert.deepEqual(typedByRules('Secretary of State Mara Quell said so.'), [['Mara Quell', 'person']]);
  });

  it('leaves the grade of a rank out of the person', () => {
    assert.deepEqual(typedByRules('Sergeant First Class Odo Ferrante was hurt.'), [['Odo Ferrante', 'person']]);
    assert.deepEqual(typedByRules('The boat, led by Captain 2nd Rank Pavel Irtysh, left.'), [['Pavel Irtysh', 'person']]);
  });

  it('keeps a possessive name and the institution head after it as one name', () => {
    assert.deepEqual(typedByRules('The file went to the Solicitor General’s Office on Friday.'), [['Solicitor General’s Office', 'organization']]);
    assert.deepEqual(typedByRules('She was flown to King Olav’s Hospital overnight.'), [['King Olav’s Hospital', 'place']]);
    assert.deepEqual(typedByRules('Norway’s Office of Polar Research said so.'), [
      ['Norway', 'place'],
      ['Office of Polar Research', 'organization'],
    ]);
  });

  it('leaves the article after a dateline dash out of the name', () => {
    assert.deepEqual(typedByRules('KUPANG - A Timor Sea Patrol Command boat docked.'), [
      ['KUPANG', 'place'],
      ['Timor Sea Patrol Command', 'organization'],
    ]);
  });
});

