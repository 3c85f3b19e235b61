import * as assert from 'node:assert/strict';
import { recognize } from '../../../src/core/recognition/recognize';
import type { EntityType } from '../../../src/core/recognition/types';

// Person and place error classes; the sentences are made up for these tests.

function typed(text: string, options?: { tagger: false }): [string, EntityType][] {
  return recognize(text, options).entities.map((entity) => [entity.text, entity.type]);
}

describe('recognize: persons and places', () => {
  it('reads a country adjective that differs from its demonym as no place ("Philippine vessels")', () => {
    assert.deepEqual(typed('A Philippine coast guard boat, two Philippine vessels and a Malagasy coast guard cutter were hit.', { tagger: false }), []);
    assert.deepEqual(typed('Ships of the Philippine Navy crossed the Philippine Sea.'), [
      ['Philippine Navy', 'organization'],
      ['Philippine Sea', 'place'],
    ]);
  });
});

describe('recognize: ranks before names', () => {
  it('keeps naval and air-force ranks and hyphenated army ranks out of the name', () => {
    assert.deepEqual(typed('Coast guard spokesman Commodore Ana Ruiz said the boat was hit.', { tagger: false }), [['Ana Ruiz', 'person']]);
    assert.deepEqual(typed('Wing Commander Tom Hale met Colonel-General Igor Petrov.', { tagger: false }), [
      ['Tom Hale', 'person'],
      ['Igor Petrov', 'person'],
    ]);
  });
});

describe('recognize: place cues around unknown names', () => {
  it('reads a name after "near", "around" or "outside" as a place', () => {
    assert.deepEqual(typed('Shells fell near Qaryat Zubin and around Hosna Kadir overnight.', { tagger: false }), [
      ['Qaryat Zubin', 'place'],
      ['Hosna Kadir', 'place'],
    ]);
    assert.deepEqual(typed('Drones circled outside Vornelka.'), [['Vornelka', 'place']]);
  });

  it('reads a name before "sector", "area" or "outskirts" as a place, and each name of a list before "areas"', () => {
    assert.deepEqual(typed('Patrols crossed into the Dhani Khor sector and the Malvo Pradesh outskirts.', { tagger: false }), [
      ['Dhani Khor', 'place'],
      ['Malvo Pradesh', 'place'],
    ]);
    assert.deepEqual(typed('Troops still hold the Udora and Kessemba areas.', { tagger: false }), [
      ['Udora', 'place'],
      ['Kessemba', 'place'],
    ]);
  });

  it('reads a name before -based, -flagged or -registered as a place', () => {
    assert.deepEqual(typed('The Varsen-based lender bought a Cook Islands-flagged tanker.', { tagger: false }), [
      ['Varsen', 'place'],
      ['Cook Islands', 'place'],
    ]);
  });

  it('joins a listed place whose name holds "of" or "and", and only that one', () => {
    assert.deepEqual(typed('Drought hit the Horn of Africa, Trinidad and Tobago and Bosnia and Serbia.', { tagger: false }), [
      ['Horn of Africa', 'place'],
      ['Trinidad and Tobago', 'place'],
      ['Bosnia', 'place'],
      ['Serbia', 'place'],
    ]);
  });
});

describe('recognize: surnames later in the article', () => {
  it('links a hyphenated or two-word surname to the full name seen earlier', () => {
    const text = 'Spokesman Rodel Tan-awa spoke first. "We stay," Tan-awa said. Minister Mustafa Kemal al-Hariri agreed, and al-Hariri left.';
    assert.deepEqual(
      recognize(text).entities.map((entity) => [entity.text, entity.key]),
      [
        ['Rodel Tan-awa', 'person:rodel tan awa'],
        ['Tan-awa', 'person:rodel tan awa'],
        ['Mustafa Kemal al-Hariri', 'person:mustafa kemal al hariri'],
        ['al-Hariri', 'person:mustafa kemal al hariri'],
      ],
    );
  });
});

describe('recognize: Arabic articles inside names', () => {
  it('keeps an article assimilated to the next letter (ez-, er-, ed-) inside the name', () => {
    assert.deepEqual(typed('Shelling hit Deir ez-Zor and Tell er-Rumeida, said Nasser ed-Din Haddad.', { tagger: false }), [
      ['Deir ez-Zor', 'place'],
      ['Tell er-Rumeida', 'place'],
      ['Nasser ed-Din Haddad', 'person'],
    ]);
  });
});

describe('recognize: people and organizations', () => {
  it('lets a noun naming the kind outvote a speech verb elsewhere ("the pollster X ... X said")', () => {
    assert.deepEqual(typed('A survey by the pollster Varnholt found support fell. Turnout was low, Varnholt said.'), [
      ['Varnholt', 'organization'],
      ['Varnholt', 'organization'],
    ]);
  });
});

describe('recognize: U.S. state abbreviations', () => {
  it('reads an abbreviated state after a town as a place keyed by the state, period included', () => {
    const text = 'Crews from Dunmore, Tenn., and Ellsworth, N.H., flew in. The base is near Ocala, Fla. It opened in May.';
    assert.deepEqual(
      recognize(text, { tagger: false })
        .entities.filter((entity) => entity.key.startsWith('place:') && !['dunmore', 'ellsworth', 'ocala'].includes(entity.text.toLowerCase()))
        .map((entity) => [entity.text, entity.key]),
      [
        ['Tenn.', 'place:tennessee'],
        ['N.H.', 'place:new hampshire'],
        ['Fla.', 'place:florida'],
      ],
    );
  });
});

describe('recognize: author lines without "By"', () => {
  it('reads a line that only lists names, perhaps with their cities, as a byline', () => {
    assert.deepEqual(typed('Marta Quell, Ivo Brandt and Thanh Lam Vo'), [
      ['Marta Quell', 'person'],
      ['Ivo Brandt', 'person'],
      ['Thanh Lam Vo', 'person'],
    ]);
    assert.deepEqual(typed('Yuki Harada in Tokyo and Pia Lenz in Berlin'), [
      ['Yuki Harada', 'person'],
      ['Tokyo', 'place'],
      ['Pia Lenz', 'person'],
      ['Berlin', 'place'],
    ]);
    assert.deepEqual(typed('North Korea and South Korea'), [
      ['North Korea', 'place'],
      ['South Korea', 'place'],
    ]);
  });
});

describe('recognize: world regions and geographic nouns', () => {
  it('knows world regions and reads a name before a geographic noun as a place', () => {
    assert.deepEqual(typed('Navies patrol the Caribbean, the Levant and the Baltics.', { tagger: false }), [
      ['Caribbean', 'place'],
      ['Levant', 'place'],
      ['Baltics', 'place'],
    ]);
    assert.deepEqual(typed('Rebels hold the Korvan Dey highlands and the Mubato territory.', { tagger: false }), [
      ['Korvan Dey', 'place'],
      ['Mubato', 'place'],
    ]);
  });

  it('joins a listed place whose name holds a comma ("Washington, D.C.")', () => {
    assert.deepEqual(typed('The office in Washington, D.C., signed; Washington, Paris and Rome agreed.', { tagger: false }), [
      ['Washington, D.C.', 'place'],
      ['Washington', 'place'],
      ['Paris', 'place'],
      ['Rome', 'place'],
    ]);
  });
});
