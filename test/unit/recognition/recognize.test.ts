import * as assert from 'node:assert/strict';
import { recognize } from '../../../src/core/recognition/recognize';
import type { EntityMention, EntityType } from '../../../src/core/recognition/types';

function entities(text: string): EntityMention[] {
  return recognize(text).entities;
}

function typed(text: string): [string, EntityType][] {
  return entities(text).map((entity) => [entity.text, entity.type]);
}

function find(text: string, name: string): EntityMention {
  const found = entities(text).find((entity) => entity.text === name);
  assert.ok(found, `no entity "${name}" in ${JSON.stringify(typed(text))}`);
  return found;
}

describe('recognize: entities', () => {
  describe('possessives', () => {
    it('ends a name before a curly possessive', () => {
      const text = 'The agency said Kim Jong Un’s visit to Russia was likely.';
      const kim = find(text, 'Kim Jong Un');
      assert.equal(text.slice(kim.start, kim.end), 'Kim Jong Un');
      assert.equal(kim.type, 'person');
    });

    it('ends a name before a straight possessive', () => {
      assert.equal(find("Officials said South Korea's spy agency confirmed it.", 'South Korea').type, 'place');
    });

    it('keeps an organization’s own organ as one organization', () => {
      assert.deepEqual(typed('It met the National Assembly’s Intelligence Committee on Monday.'), [
        ['National Assembly’s Intelligence Committee', 'organization'],
      ]);
    });
  });

  describe('titles', () => {
    it('leaves titles and demonyms out of person names', () => {
      assert.deepEqual(typed('Russian President Vladimir Putin met North Korean Foreign Minister Choe Son Hui in Moscow.'), [
        ['Vladimir Putin', 'person'],
        ['Choe Son Hui', 'person'],
        ['Moscow', 'place'],
      ]);
    });

    it('strips abbreviated titles and types the name as a person', () => {
      assert.deepEqual(typed('According to Rep. Lee Seong-kweun and Gen. Mark Milley, talks continue.'), [
        ['Lee Seong-kweun', 'person'],
        ['Mark Milley', 'person'],
      ]);
    });

    it('separates an organization from the title and name that follow it', () => {
      assert.deepEqual(typed('National Intelligence Service (NIS) Director Cho Tae-yong attends a session.'), [
        ['National Intelligence Service', 'organization'],
        ['NIS', 'organization'],
        ['Cho Tae-yong', 'person'],
      ]);
    });

    it('strips a two-word title such as Defense Secretary', () => {
      assert.equal(find('On Friday, Defense Secretary Lloyd Austin spoke.', 'Lloyd Austin').type, 'person');
    });
  });

  describe('romanizations and back-references', () => {
    it('gives spaced, hyphenated and surname-only spellings one key', () => {
      const text = 'Foreign Minister Choe Son Hui arrived.\nLater Choe Son-hui met officials.\nChoe left on Monday.';
      const keys = entities(text).map((entity) => entity.key);
      assert.deepEqual(keys, ['person:choe son hui', 'person:choe son hui', 'person:choe son hui']);
    });

    it('links a surname to the full name mentioned elsewhere in the document', () => {
      const text = 'Putin greeted the delegation.\nRussian President Vladimir Putin spoke later.';
      assert.deepEqual(
        entities(text).map((entity) => [entity.text, entity.key]),
        [
          ['Putin', 'person:vladimir putin'],
          ['Vladimir Putin', 'person:vladimir putin'],
        ],
      );
    });

    it('keys Kim Jong Un and Kim Jong-un alike', () => {
      const text = 'Kim Jong Un spoke. Leader Kim Jong-un left.';
      assert.deepEqual(new Set(entities(text).map((entity) => entity.key)), new Set(['person:kim jong un']));
    });
  });

  describe('people and places by shape and context', () => {
    it('strips a second title before the name', () => {
      assert.equal(find('Prime Minister Sheikh Hamad bin Khalifa met envoys.', 'Hamad bin Khalifa').type, 'person');
    });

    it('accepts surnames with an inner capital', () => {
      assert.equal(find('The envoy Brent McTavish spoke.', 'Brent McTavish').type, 'person');
    });

    it('types names with place-like first words or compass words as places', () => {
      assert.deepEqual(typed('Shelling hit Beit Hanoun, Deir al-Zor and West Kordofan.'), [
        ['Beit Hanoun', 'place'],
        ['Deir al-Zor', 'place'],
        ['West Kordofan', 'place'],
      ]);
    });

    it('types facilities by their head word', () => {
      assert.deepEqual(typed('Guards left the Marvel Palace for the Kestin Hospital.'), [
        ['Marvel Palace', 'place'],
        ['Kestin Hospital', 'place'],
      ]);
    });

    it('types names by the place words around them', () => {
      assert.deepEqual(typed('They reached the city of Varnok, north of Tesliv, and Orrin islet.'), [
        ['Varnok', 'place'],
        ['Tesliv', 'place'],
        ['Orrin', 'place'],
      ]);
    });

    it('types untyped names in a list of places as places', () => {
      assert.deepEqual(typed('Explosions were reported in Lviv, Varnok, Tesliv and Kharkiv.'), [
        ['Lviv', 'place'],
        ['Varnok', 'place'],
        ['Tesliv', 'place'],
        ['Kharkiv', 'place'],
      ]);
    });

    it('types both names of "the X and Y administrations" as people', () => {
      // The rules' typing; with the tagger a name that is also a town (Voss, Norway) may stay a place, as "the Puntland administration" should.
      assert.deepEqual(recognize('It cited the Harlan and Voss administrations.', { tagger: false }).entities.map((entity) => [entity.text, entity.type]), [
        ['Harlan', 'person'],
        ['Voss', 'person'],
      ]);
    });

    it('reads the names of a credit line though most of its words are capitalized', () => {
      const text = '(Reporting by Dara Kelm in Cairo; Additional reporting by Omar al-Rashed; Editing by Ivo Brandt)';
      assert.deepEqual(
        typed(text).filter(([, type]) => type === 'person'),
        [
          ['Dara Kelm', 'person'],
          ['Omar al-Rashed', 'person'],
          ['Ivo Brandt', 'person'],
        ],
      );
    });

    it('drops a capitalized describer opening a sentence before a listed name', () => {
      assert.equal(find('Paramilitary Rapid Support Forces shelled the city.', 'Rapid Support Forces').type, 'organization');
    });
  });

  describe('organizations and abbreviations', () => {
    it('recognizes multi-word organizations by their head word', () => {
      const text =
        'Rep. Park of the People Power Party and the Democratic Party of Korea spoke to Korean Central News Agency reporters.';
      const organizations = entities(text).filter((entity) => entity.type === 'organization').map((entity) => entity.text);
      assert.deepEqual(organizations, ['People Power Party', 'Democratic Party of Korea', 'Korean Central News Agency']);
    });

    it('gives an abbreviation defined in parentheses the key of its long form', () => {
      const text = 'The National Intelligence Service (NIS) said so.\nThe NIS added more.';
      const mentions = entities(text);
      assert.deepEqual(
        mentions.map((entity) => [entity.text, entity.type, entity.key]),
        [
          ['National Intelligence Service', 'organization', 'organization:national intelligence service'],
          ['NIS', 'organization', 'organization:national intelligence service'],
          ['NIS', 'organization', 'organization:national intelligence service'],
        ],
      );
    });

    it('keeps every "of" phrase of an institution name and links its abbreviation', () => {
      const text = 'The Office for the Review of Maritime Claims (ORMC) said so. The ORMC added more.';
      assert.deepEqual(
        entities(text).map((entity) => [entity.text, entity.type, entity.key]),
        [
          ['Office for the Review of Maritime Claims', 'organization', 'organization:office for the review of maritime claims'],
          ['ORMC', 'organization', 'organization:office for the review of maritime claims'],
          ['ORMC', 'organization', 'organization:office for the review of maritime claims'],
        ],
      );
    });

    it('does not make an entity of an abbreviation of ordinary words', () => {
      assert.deepEqual(typed('It noted reports about prisoners of war (POWs) and the POWs held.'), []);
    });
  });

  describe('what is not an entity', () => {
    it('excludes demonyms and derived adjectives', () => {
      assert.deepEqual(typed('North Korean and Russian troops met Ukrainian and Korean-speaking soldiers.'), []);
    });

    it('excludes sentence-initial ordinary words, weekdays and months', () => {
      assert.deepEqual(typed('Regarding the talks, nothing changed. Finally it ended. Some said Monday, others November.'), []);
    });

    it('excludes web-page furniture', () => {
      const page = 'Settings\n\nⓕ font-size\n\n  • Facebook share button\n  • Twitter share button\nTop 10 Stories\nMost Commented\ngo top LETTER\nX\nCLOSE\n';
      assert.deepEqual(typed(page), []);
    });

    it('keeps a byline name and drops the Views label after it', () => {
      assert.deepEqual(typed('Daniel Kim Views'), [['Daniel Kim', 'person']]);
    });

    it('excludes menu lines of short items split by bars or wide spaces', () => {
      const page = 'HOME | NEWS | ASIA | JAPAN\nWorld  Middle East  Business  Sport\nShare on Facebook   Share on X   Print\nMORE: KOREA  CHINA  ECONOMY\nA- A A+';
      assert.deepEqual(typed(page), []);
    });

    it('does not take an uncued run of four capitalized words for a person', () => {
      assert.deepEqual(typed('Our Standards: The Carver Mellon Trust Principles.'), []);
    });

    it('does not type a Title Case headline word by word', () => {
      assert.deepEqual(typed('Secret Talks With Allies: What’s Really Going On Between The Two Countries?'), []);
    });
  });

  describe('equipment', () => {
    it('recognizes letters-digits designators', () => {
      const text = 'Planes such as the AN-124, Su-25 jets, KN-23 and Shahed-136 were seen, with a T-14 Armata.';
      const found = entities(text).filter((entity) => entity.type === 'equipment').map((entity) => entity.text);
      assert.deepEqual(found, ['AN-124', 'Su-25', 'KN-23', 'Shahed-136', 'T-14 Armata']);
    });

    it('recognizes named systems', () => {
      assert.deepEqual(typed('The U.S. sent ATACMS and HIMARS.').filter(([, type]) => type === 'equipment'), [
        ['ATACMS', 'equipment'],
        ['HIMARS', 'equipment'],
      ]);
    });

    it('recognizes weapon classes with their modifiers', () => {
      const text =
        'It sent self-propelled howitzers, multiple rocket launchers, drones, landing ships, ballistic missiles and artillery shells.';
      assert.deepEqual(
        entities(text).map((entity) => entity.text),
        ['self-propelled howitzers', 'multiple rocket launchers', 'drones', 'landing ships', 'ballistic missiles', 'artillery shells'],
      );
    });

    it('does not take an adjective compound or a lone generic noun for a class', () => {
      assert.deepEqual(typed('They received counter-drone training and new ships, vehicles and artillery systems.'), []);
    });

    it('joins a designation and the class noun after it into one mention', () => {
      const text = 'Pilots flew Q-7 fighter jets and Zb-40 bombers, and crews fired Kt-9 cruise missiles from PXL-11 multiple rocket launchers.';
      assert.deepEqual(typed(text), [
        ['Q-7 fighter jets', 'equipment'],
        ['Zb-40 bombers', 'equipment'],
        ['Kt-9 cruise missiles', 'equipment'],
        ['PXL-11 multiple rocket launchers', 'equipment'],
      ]);
    });

    it('keeps only the designation before a generic noun', () => {
      assert.deepEqual(typed('They saw Q-7 jets and Patriot systems.'), [
        ['Q-7', 'equipment'],
        ['Patriot', 'equipment'],
      ]);
    });

    it('joins a listed system, its plural and its variants with the class noun after it', () => {
      assert.deepEqual(typed('More Patriots arrived, with Iskander-K cruise missiles, Shahed-type drones and NASAMS air defence systems.'), [
        ['Patriots', 'equipment'],
        ['Iskander-K cruise missiles', 'equipment'],
        ['Shahed-type drones', 'equipment'],
        ['NASAMS air defence systems', 'equipment'],
      ]);
      assert.equal(find('Two Patriots and a Patriot.', 'Patriots').key, 'equipment:patriot');
    });

    it('types an unknown name by the class noun after it, even one used as a modifier', () => {
      const text = 'Crews manned Kestrel Vane missile batteries and Interceptor drones flew.';
      assert.deepEqual(typed(text), [
        ['Kestrel Vane', 'equipment'],
        ['Interceptor drones', 'equipment'],
      ]);
    });

    it('does not take a class noun that modifies another noun, nor generic adjectives', () => {
      assert.deepEqual(typed('An aircraft carrier group, drone attacks and missile batteries; military cargo planes landed.'), [
        ['cargo planes', 'equipment'],
      ]);
    });

    it('drops the describing compound before a system name', () => {
      assert.deepEqual(typed('They launched Iranian-designed Shahed drones.'), [['Shahed drones', 'equipment']]);
    });

    it('keys singular and plural classes alike', () => {
      const keys = entities('A ballistic missile flew. More ballistic missiles followed.').map((entity) => entity.key);
      assert.deepEqual(keys, ['equipment:ballistic missile', 'equipment:ballistic missile']);
    });
  });

  describe('events', () => {
    it('recognizes compound wars, summits and named events', () => {
      const text = 'The Russia-Ukraine war dominated the G20 summit, as in World War II and at the Eurasian Women’s Forum.';
      const events = entities(text).filter((entity) => entity.type === 'event').map((entity) => entity.text);
      assert.deepEqual(events, ['Russia-Ukraine war', 'G20 summit', 'World War II', 'Eurasian Women’s Forum']);
    });

    it('recognizes operations', () => {
      assert.equal(find('They launched Operation Desert Storm in 1991.', 'Operation Desert Storm').type, 'event');
    });

    it('reads a designation before "rebels" as an armed group, and a hyphenated one before "fighters" as the aircraft (the word outside its span)', () => {
      assert.deepEqual(typed('Clashes with K19 rebels grew as Q-7 fighters flew over.'), [
        ['K19', 'organization'],
        ['Q-7', 'equipment'],
      ]);
    });

    it('reads a year in a designation as a named exercise, not a system', () => {
      assert.deepEqual(typed('The drills, code-named Iron Tide-2026B, followed Blue Lance-2023.'), [
        ['Iron Tide-2026B', 'event'],
        ['Blue Lance-2023', 'event'],
      ]);
    });

    it('types a name before an exercise noun as the exercise, leaving the noun out', () => {
      assert.deepEqual(typed('Troops prepared for the annual Kor Vanta military exercises.'), [['Kor Vanta', 'event']]);
    });

    it('recognizes a war named by a demonym and a meeting named by an organization', () => {
      const text = 'Troops fought in the Ukrainian war, discussed at the Nordic Council meeting.';
      assert.deepEqual(
        entities(text).filter((entity) => entity.type === 'event').map((entity) => entity.text),
        ['Ukrainian war', 'Nordic Council meeting'],
      );
    });

    it('does not make a ceasefire an event', () => {
      assert.deepEqual(typed('Mediators push Gaza ceasefire talks.'), [['Gaza', 'place']]);
    });
  });

  describe('offsets and keys', () => {
    it('gives offsets into CRLF text that slice back to the mention', () => {
      const text = 'Seoul said so.\r\nPutin met Choe Son Hui in Moscow.\r\n\r\nKursk region.';
      const mentions = entities(text);
      assert.ok(mentions.length >= 4);
      for (const mention of mentions) {
        assert.equal(text.slice(mention.start, mention.end), mention.text);
      }
      assert.equal(find(text, 'Kursk').start, text.indexOf('Kursk'));
    });

    it('gives one place several aliases under one key', () => {
      const keys = entities('The U.S. and the United States agreed.').map((entity) => entity.key);
      assert.deepEqual(keys, ['place:united states', 'place:united states']);
    });

    it('types a name once and propagates the type through the document', () => {
      const text = 'Troops arrived in Vladivostok.\nVladivostok is busy.';
      assert.deepEqual(typed(text), [
        ['Vladivostok', 'place'],
        ['Vladivostok', 'place'],
      ]);
      const unknown = 'Troops arrived in Zhorvik.\nZhorvik is busy.';
      assert.deepEqual(typed(unknown), [
        ['Zhorvik', 'place'],
        ['Zhorvik', 'place'],
      ]);
    });

    it('returns sorted, non-overlapping entities and figures', () => {
      const text = 'On Oct. 23, about 11,000 troops of the 11th Corps and Su-25 jets reached Kursk, said NIS Director Cho Tae-yong.';
      const { entities: found, figures } = recognize(text);
      for (const list of [found, figures]) {
        for (let index = 1; index < list.length; index++) {
          assert.ok(list[index - 1].end <= list[index].start);
        }
      }
      assert.ok(found.some((entity) => entity.text === '11th Corps' && entity.type === 'organization'));
      assert.ok(found.some((entity) => entity.text === 'Su-25' && entity.type === 'equipment'));
      assert.ok(!found.some((entity) => entity.text.includes('Oct')));
      for (const figure of figures) {
        assert.ok(!found.some((entity) => entity.start < figure.end && figure.start < entity.end));
      }
    });
  });
});
