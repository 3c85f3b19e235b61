import * as assert from 'node:assert/strict';
import { gazetteers } from '../../../src/core/recognition/tagger/gazetteers';
import { recognize } from '../../../src/core/recognition/recognize';
import type { EntityType } from '../../../src/core/recognition/types';

// One block per error class issue 10 reports on real documents; the sentences are made up for these tests.

function typed(text: string): [string, EntityType][] {
  return recognize(text).entities.map((entity) => [entity.text, entity.type]);
}

function typeOf(text: string, name: string): EntityType | undefined {
  return recognize(text).entities.find((entity) => entity.text === name)?.type;
}

describe('recognize: error classes from real documents', () => {
  describe('unknown place names are not people', () => {
    it('types transliterated Arabic place names by their first word', () => {
      assert.deepEqual(typed('Clashes were reported near Ar Rastan and Dayr Hafir overnight.'), [
        ['Ar Rastan', 'place'],
        ['Dayr Hafir', 'place'],
      ]);
      assert.equal(typeOf('The convoy passed through Tal Abyad at dawn.', 'Tal Abyad'), 'place');
      assert.equal(typeOf('Residents of Ayn Issa fled north.', 'Ayn Issa'), 'place');
    });

    it('types an Arabic article before a town GeoNames lists as a place, not a person called Al', () => {
      assert.equal(typeOf('Fighting was reported in Al Hawijah.', 'Al Hawijah'), 'place');
      // Which non-person type the tagger gives a sentence-final object is learned (the weights of 2026-12-08 say organization).
      assert.notEqual(typeOf('The militia seized Al Hawijah.', 'Al Hawijah'), 'person');
      assert.equal(recognize('The militia seized Al Hawijah.', { tagger: false }).entities[0]?.type, 'person');
      assert.equal(typeOf('Al Gore spoke in Al Hawijah.', 'Al Gore'), 'person');
    });

    it('types small towns after a place noun', () => {
      assert.equal(typeOf('Shelling hit the village of Hrabove before noon.', 'Hrabove'), 'place');
    });

    // Whether the tagger then types "seized Konduga" as a place is learned (the retrained weights of 2026-12-07 do
    // not); what is fixed is that the rules do not know the town and the tagger's gazetteer feature does.
    it('gives the tagger a GeoNames flag for a town the rules do not know', () => {
      assert.deepEqual(recognize('The militia seized Konduga.', { tagger: false }).entities, []);
      assert.ok(gazetteers().placeBand('konduga') >= 1);
      assert.equal(gazetteers().placeBand('zorblatt'), 0);
    });
  });

  describe('weapon and platform acronyms are equipment', () => {
    it('types IED, VBIED, UAV and MANPADS as equipment, singular or plural', () => {
      assert.deepEqual(typed('An IED struck the patrol, and two VBIEDs were stopped.'), [
        ['IED', 'equipment'],
        ['VBIEDs', 'equipment'],
      ]);
      assert.deepEqual(typed('The UAV was downed by MANPADS fired from a ridge.'), [
        ['UAV', 'equipment'],
        ['MANPADS', 'equipment'],
      ]);
    });
  });

  describe('groups after a cue for people are not people', () => {
    it('reads the group after "claimed by" as an organization (the tagger overrules the cue)', () => {
      assert.equal(typeOf('The bombing was claimed by Daesh, officials said.', 'Daesh'), 'organization');
      assert.equal(recognize('The bombing was claimed by Daesh, officials said.', { tagger: false }).entities[0]?.type, 'person');
    });

    it('still reads a titled name after "by" as a person', () => {
      assert.equal(typeOf('The strike was ordered by Gen. Mark Hale, officials said.', 'Mark Hale'), 'person');
    });
  });

  describe('armed groups and gangs without a listed name are organizations', () => {
    it('types a name after "the leader of", before "gangs" or in an apposition naming a movement as an organization', () => {
      assert.equal(typeOf('Abu Mohammed al-Julani, the leader of Hayat Tahrir al-Sham, spoke.', 'Hayat Tahrir al-Sham'), 'organization');
      assert.equal(typeOf('Witnesses said Viv Ansanm gangs attacked the district.', 'Viv Ansanm'), 'organization');
      assert.equal(typeOf('Ansar Allah, the Houthi movement, claimed the attack.', 'Ansar Allah'), 'organization');
      assert.equal(typeOf('The leader of Hayat Tahrir al-Sham, Abu Mohammed al-Julani, spoke.', 'Abu Mohammed al-Julani'), 'person');
    });

    it('ends organization names with "Cartel" and reads a generic noun opening a sentence as no name', () => {
      assert.deepEqual(typed('Police said the Jalisco New Generation Cartel clashed with troops.'), [['Jalisco New Generation Cartel', 'organization']]);
    });
  });

  describe('products and brands are not people', () => {
    it('does not read app and platform names as people', () => {
      for (const [text, name] of [
        ['He spoke to the recruiters over Skype before he left.', 'Skype'],
        ['The group posted the video on Facebook on Sunday.', 'Facebook'],
        ['Messages sent on Telegram were traced.', 'Telegram'],
      ]) {
        assert.notEqual(typeOf(text, name), 'person', name);
      }
    });
  });

  describe('ranks and titles do not split or cut names', () => {
    it('strips abbreviated army and naval ranks and keeps the whole name', () => {
      assert.deepEqual(typed('Lt. Gen. Harlan Voss visited the base.'), [['Harlan Voss', 'person']]);
      assert.deepEqual(typed('Spc. Jordan Reyes was wounded.'), [['Jordan Reyes', 'person']]);
      assert.deepEqual(typed('Col. Yevhen Maro said the brigade withdrew.'), [['Yevhen Maro', 'person']]);
      assert.deepEqual(typed('Petty Officer 2nd Class Ana Lopez was rescued.'), [['Ana Lopez', 'person']]);
      assert.deepEqual(typed('Sgt. Maj. Dale Pruitt told reporters the unit was ready.'), [['Dale Pruitt', 'person']]);
    });

    it('strips a second title of several words before the name', () => {
      assert.deepEqual(typed('Deputy Secretary of State Antony Blinken will travel to Iraq.'), [
        ['Antony Blinken', 'person'],
        ['Iraq', 'place'],
      ]);
    });

    it('keeps the title-like first word of a place a place cue names', () => {
      assert.deepEqual(typed('Shelling hit the Sheikh Maqsoud neighbourhood.'), [['Sheikh Maqsoud', 'place']]);
      assert.deepEqual(typed('Sheikh Maqsoud said the talks failed.'), [['Maqsoud', 'person']]);
    });

    it('keeps a title without a period out of the name the tagger types', () => {
      assert.deepEqual(typed('Mr Hammond said: Syria has suffered for too long.'), [
        ['Hammond', 'person'],
        ['Syria', 'place'],
      ]);
    });

    it('finds no person in a rank alone', () => {
      assert.deepEqual(typed('A Petty Officer said the ship was safe.'), []);
    });

    it('reads a title after an institution, with the person named apart, as the institution', () => {
      assert.deepEqual(typed('Foreign Office Minister, Tobias Ellwood, said the attack was horrific.'), [
        ['Foreign Office', 'organization'],
        ['Tobias Ellwood', 'person'],
      ]);
      assert.deepEqual(typed('The Pentagon Press Secretary declined to comment.'), [['Pentagon', 'organization']]);
      // A name that is not an institution keeps the word after it.
      assert.deepEqual(typed('Ahmed Jibril Secretary was named.'), [['Ahmed Jibril Secretary', 'person']]);
    });
  });

  describe('a short capitalized line that says who spoke is a sentence, not a heading', () => {
    it('finds the person in an apposition before a lower-case speech verb', () => {
      assert.deepEqual(typed('The Foreign Secretary, Boris Johnson, said:'), [['Boris Johnson', 'person']]);
    });

    it('still reads a Title Case heading as a heading, whose capitals name no one by themselves', () => {
      assert.deepEqual(recognize('Foreign Secretary Boris Johnson Says Inquiry Was Clear', { tagger: false }).entities, []);
    });
  });

  describe('words of page furniture inside institutions keep their names whole', () => {
    it('keeps "Popular", "Home" and "Rights" in names with an institution head or "of"/"for"', () => {
      assert.deepEqual(typed('Fighters of the Popular Mobilization Forces entered the town.'), [['Popular Mobilization Forces', 'organization']]);
      assert.deepEqual(typed('The Home Office said it would appeal.'), [['Home Office', 'organization']]);
      assert.deepEqual(typed('The toll was reported by the Syrian Observatory for Human Rights.'), [['Syrian Observatory for Human Rights', 'organization']]);
    });

    it('still strips them from other names', () => {
      assert.deepEqual(typed('Related Sudan coverage'), [['Sudan', 'place']]);
    });
  });

  describe('plural and Syrian place nouns cue places', () => {
    it('reads the name after "the towns of" and before "countryside" as a place', () => {
      assert.deepEqual(typed('Strikes hit the towns of Jabla and Baniyas.'), [
        ['Jabla', 'place'],
        ['Baniyas', 'place'],
      ]);
      assert.equal(typeOf('Rebels shelled the Qardaha countryside.', 'Qardaha'), 'place');
    });
  });

  describe('places in contract releases and place lists', () => {
    it('reads a U.S. state after a town, a facility head and a list a plural place noun names as places', () => {
      assert.equal(typeOf('Oshkosh Defense LLC, Oshkosh, Wisconsin, has been awarded a contract.', 'Wisconsin'), 'place');
      assert.equal(typeOf('Army Contracting Command, Redstone Arsenal, Alabama, is the contracting activity.', 'Redstone Arsenal'), 'place');
      assert.equal(recognize('Gunmen attacked between the towns of Tassara and Tillia.', { tagger: false }).entities[1]?.type, 'place');
      assert.equal(typeOf('Russia and Putin were named, Putin said.', 'Putin'), 'person');
    });
  });

  describe('quoted nicknames stay inside names', () => {
    it('keeps John "J.D." Dorrian whole', () => {
      assert.deepEqual(typed('John "J.D." Dorrian, a spokesman, declined to comment.'), [['John "J.D." Dorrian', 'person']]);
      assert.deepEqual(typed('Ahmad “Abu Bakr” Samir was arrested.'), [['Ahmad “Abu Bakr” Samir', 'person']]);
      assert.deepEqual(typed('Lt. Col. Owain “Taff” Pritchard said the unit was ready.'), [['Owain “Taff” Pritchard', 'person']]);
    });
  });

  describe('decomposed Unicode names are whole', () => {
    it('does not cut a name at a combining mark', () => {
      const francois = 'Franc\u0327ois Lemaire';
      const jose = 'Jose\u0301 Mari\u0301a Ortega';
      assert.deepEqual(typed(`${francois} met ${jose} in Lyon.`), [
        [francois, 'person'],
        [jose, 'person'],
        ['Lyon', 'place'],
      ]);
    });
  });

  describe('number words and relative time (GUIDELINES.md: figures)', () => {
    it('counts spelled-out numbers that quantify a noun', () => {
      const figures = recognize('Two soldiers were killed and three others were missing.').figures;
      assert.deepEqual(
        figures.map((figure) => [figure.text, figure.type, figure.value]),
        [
          ['Two', 'count', 2],
          ['three', 'count', 3],
        ],
      );
    });

    it('reads a qualified duration as a date lasting that long', () => {
      const [figure] = recognize('The siege lasted nearly four years.').figures;
      assert.deepEqual([figure.text, figure.type, figure.value, figure.qualifier, figure.unit], ['nearly four years', 'date', 'P4Y', 'nearly', null]);
    });

    it('reads weekdays and relative dates as dates, and a vague quantity only when it counts a noun', () => {
      const figures = recognize('It happened on Tuesday, and dozens fled last week; hundreds of drones followed.').figures;
      assert.deepEqual(
        figures.map((figure) => [figure.text, figure.type, figure.value, figure.unit]),
        [
          ['Tuesday', 'date', null, null],
          ['last week', 'date', null, null],
          ['hundreds', 'count', null, 'drones'],
        ],
      );
    });
  });

  describe('rules only', () => {
    it('recognizes without the tagger when asked', () => {
      const text = 'Clashes were reported near Ar Rastan, residents said.';
      assert.deepEqual(recognize(text, { tagger: false }).entities.map((entity) => entity.text), ['Ar Rastan']);
    });
  });

  describe('country names with "and" are one place', () => {
    it('keeps "and" inside a listed country name, and two places joined by "and" apart', () => {
      assert.deepEqual(typed('Envoys flew to Bosnia and Herzegovina on Friday.'), [['Bosnia and Herzegovina', 'place']]);
      assert.equal(typeOf('Fishing boats from São Tomé and Príncipe were seized.', 'São Tomé and Príncipe'), 'place');
      assert.deepEqual(typed('Envoys flew to Serbia and Croatia on Friday.'), [['Serbia', 'place'], ['Croatia', 'place']]);
    });
  });
});
