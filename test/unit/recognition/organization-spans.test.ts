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

  describe('an acronym whose long form spans several names', () => {
    it('joins the names and connectors its letters cover into one organization', () => {
      assert.deepEqual(typed('Envoys of the Economic Union of Coastal Pacific Islands (EUCPI) met in Suva.').slice(0, 2), [
        ['Economic Union of Coastal Pacific Islands', 'organization'],
        ['EUCPI', 'organization'],
      ]);
      assert.deepEqual(typed('The Northern Andean Trade Community (NATC) opened talks.')[0], ['Northern Andean Trade Community', 'organization']);
    });

    it('types the long form by the head of its first part, not by the place after "in"', () => {
      assert.deepEqual(typed('Monitors of the Joint Observer Mission in Belize (JOMB) left.').slice(0, 2), [
        ['Joint Observer Mission in Belize', 'organization'],
        ['JOMB', 'organization'],
      ]);
    });

    it('does not reach over lower-case words that are no connector', () => {
      const names = typed('Reporters from Lagos said Harbour Transit Authority (LSHTA) staff left.').map(([text]) => text);
      assert.ok(names.includes('Lagos') && names.includes('Harbour Transit Authority'), names.join(', '));
    });
  });

  describe("an organization's own organ after its possessive", () => {
    it('is one name when the organ has an of-phrase after its head', () => {
      assert.deepEqual(typed('She works at Halden College’s Centre for Arctic Shipping now.')[0], ['Halden College’s Centre for Arctic Shipping', 'organization']);
      assert.deepEqual(typed("The Riverside Assembly's Committee on Water and Fisheries met.")[0], ["Riverside Assembly's Committee on Water and Fisheries", 'organization']);
    });
  });

  describe('a national demonym before a government office', () => {
    it('is left out of the office name', () => {
      assert.deepEqual(typed('The Danish Transport Ministry and the Peruvian Ministry of Energy disagreed.'), [
        ['Transport Ministry', 'organization'],
        ['Ministry of Energy', 'organization'],
      ]);
      assert.deepEqual(typed('The Kenyan Revenue Service audited it.')[0], ['Revenue Service', 'organization']);
    });

    it('stays in the names of armed forces and regional commands', () => {
      assert.deepEqual(typed('Ships of the Danish Navy joined the Northern Sea Command drill.')[0], ['Danish Navy', 'organization']);
      assert.deepEqual(typed('Troops of the Eastern Highlands Command left.')[0], ['Eastern Highlands Command', 'organization']);
      assert.deepEqual(typed('The European Maritime Safety Service issued a notice.')[0], ['European Maritime Safety Service', 'organization']);
    });
  });

  describe('names the chunker cut short', () => {
    it('keeps a lower-case Arabic article that belongs to a listed name', () => {
      assert.deepEqual(typed('Cells loyal to al Qaeda struck twice, and al Qaeda’s leaders fled.'), [
        ['al Qaeda', 'organization'],
        ['al Qaeda', 'organization'],
      ]);
    });

    it('reads the letter X after "on" as the platform, also before a sentence ends', () => {
      assert.deepEqual(typed('The mayor wrote on X that roads were shut.'), [['X', 'organization']]);
      assert.deepEqual(typed('The ministry said in a post on X. Roads stayed shut.'), [['X', 'organization']]);
      assert.deepEqual(typed('It opened a store on X Street.', false), [['X Street', 'place']]);
    });
  });

  describe('organization types from the name and its context', () => {
    it("types a listed group's province branch as the group, not a place", () => {
      assert.deepEqual(typed('The Islamic State Lake Chad Province claimed the raid.')[0], ['Islamic State Lake Chad Province', 'organization']);
      assert.deepEqual(typed('Troops entered Cabo Delgado Province at dawn.')[0], ['Cabo Delgado Province', 'place']);
    });

    it('types the author of a poll or survey as an organization', () => {
      assert.deepEqual(typed('A poll by Northgate Public Opinion found wide support.', false)[0], ['Northgate Public Opinion', 'organization']);
    });
  });

  describe('a lone name before a group noun', () => {
    it('is an armed group', () => {
      assert.deepEqual(typed('In the hills, Korvani militias clashed with police.', false), [['Korvani', 'organization']]);
      assert.deepEqual(typed('Later Tessaro fighters withdrew.', false), [['Tessaro', 'organization']]);
    });
  });

  describe('"and" between two fields of one institution', () => {
    it('keeps "X and Y Council" whole, and names or firms on either side of "and" apart', () => {
      for (const tagger of [true, false]) {
        assert.deepEqual(typed('Pilots of the Norvian Air and Space Force flew on Monday.', tagger), [['Norvian Air and Space Force', 'organization']]);
        assert.deepEqual(typed('Delegates met the Culture and Heritage Council on Monday.', tagger), [['Culture and Heritage Council', 'organization']]);
      }
      assert.deepEqual(typed('On Monday Maria Halvorsen and Culture Ministry aides met.', false).map(([text]) => text), ['Maria Halvorsen', 'Culture Ministry']);
      assert.deepEqual(typed('Talks between Ukraine and Russian Forces stalled.', false).map(([text]) => text), ['Ukraine', 'Russian Forces']);
      assert.deepEqual(typed('The rig is built by Kelvar Forge and Tamsin Marine Systems.', false).map(([text]) => text), ['Kelvar Forge', 'Tamsin Marine Systems']);
    });
  });

  describe('a numbered military unit named for a base or region', () => {
    it('is an organization, while a numbered street stays a place', () => {
      for (const tagger of [true, false]) {
        assert.deepEqual(typed('Jets of the 73rd Air Base took off.', tagger), [['73rd Air Base', 'organization']]);
        assert.deepEqual(typed('Boats of the Ninth Naval Region sailed.', tagger), [['Ninth Naval Region', 'organization']]);
      }
      assert.deepEqual(typed('Crowds filled Fifth Avenue Square on Sunday.', false), [['Fifth Avenue Square', 'place']]);
    });
  });

  describe('a mixed-case acronym after its long form', () => {
    it('takes the long form\'s type, also where it stands alone later', () => {
      assert.deepEqual(typed('The Bank of Norvia (BoN) held rates. Later the BoN said prices rose.', false), [
        ['Bank of Norvia', 'organization'],
        ['BoN', 'organization'],
        ['BoN', 'organization'],
      ]);
    });
  });
});
