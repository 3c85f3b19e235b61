import * as assert from 'node:assert/strict';
import { mapAnnotations, withoutIgnored } from '../../../bench/re3d';


/** re3d-style annotations of `text`: each [surface, re3d type], found left to right. */
function annotate(text: string, marks: [string, string][]): { documentId: string; begin: number; end: number; type: string; value: string; confidence: number }[] {
  let from = 0;
  return marks.map(([value, type]) => {
    const begin = text.indexOf(value, from);
    assert.ok(begin >= 0, value);
    from = begin;
    return { documentId: 'd', begin, end: begin + value.length, type, value, confidence: 1 };
  });
}

function mapped(text: string, marks: [string, string][]): { entities: [string, string][]; figures: [string, string][]; ignored: string[] } {
  const { gold, ignored } = mapAnnotations(text, annotate(text, marks));
  return {
    entities: gold.entities.map((entity) => [entity.text, entity.type]),
    figures: gold.figures.map((figure) => [figure.text, figure.type]),
    ignored: ignored.map((span) => text.slice(span.start, span.end)),
  };
}

describe('re3d mapped to our guidelines (other-domains bench)', () => {
  it('keeps the name of a person without titles, ranks, "the" or the possessive', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov met Lt. Gen. Stephen J. Townsend and Secretary of State John Kerry. President Obama’s plan held.';
    assert.deepEqual(
      mapped(text, [
        ['Russian Foreign Minister Sergei Lavrov', 'Person'],
        ['Lt. Gen. Stephen J. Townsend', 'Person'],
        ['Secretary of State John Kerry', 'Person'],
        ['President Obama’s', 'Person'],
      ]).entities,
      [
        ['Sergei Lavrov', 'person'],
        ['Stephen J. Townsend', 'person'],
        ['John Kerry', 'person'],
        ['Obama', 'person'],
      ],
    );
  });

  it('leaves descriptions, class nouns and nationalities unscored rather than wrong', () => {
    const text = 'The President of the United States said U.S. service members and the rebels fired a rifle, Kurdish sources said.';
    const result = mapped(text, [
      ['President of the United States', 'Person'],
      ['U.S. service members', 'Organisation'],
      ['the rebels', 'Organisation'],
      ['rifle', 'Weapon'],
      ['Kurdish', 'Nationality'],
    ]);
    assert.deepEqual(result.entities, []);
    assert.deepEqual(result.ignored, ['President of the United States', 'U.S. service members', 'the rebels', 'rifle', 'Kurdish']);
  });

  it('types countries acting as governments as places, operations as events, designations and tracked classes as equipment', () => {
    const text = 'Russia and the Coalition backed Operation Inherent Resolve with two F-16 Fighting Falcons, a VBIED and ballistic missiles.';
    assert.deepEqual(
      mapped(text, [
        ['Russia', 'Organisation'],
        ['the Coalition', 'Organisation'],
        ['Operation Inherent Resolve', 'Organisation'],
        ['two F-16 Fighting Falcons', 'MilitaryPlatform'],
        ['a VBIED', 'Weapon'],
        ['ballistic missiles', 'Weapon'],
      ]).entities,
      [
        ['Russia', 'place'],
        ['Coalition', 'organization'],
        ['Operation Inherent Resolve', 'event'],
        ['F-16 Fighting Falcons', 'equipment'],
        ['VBIED', 'equipment'],
        ['ballistic missiles', 'equipment'],
      ],
    );
  });

  it('splits "Rome, Italy" and keeps the name after a lower-case class word ("the Iraqi city of Mosul")', () => {
    const text = 'They met in Rome, Italy, then flew to the Iraqi city of Mosul and northern Syria.';
    assert.deepEqual(mapped(text, [['Rome, Italy', 'Location'], ['the Iraqi city of Mosul', 'Location'], ['northern Syria', 'Location']]).entities, [
      ['Rome', 'place'],
      ['Italy', 'place'],
      ['Mosul', 'place'],
      ['Syria', 'place'],
    ]);
  });

  it('types quantities by their shape and drops "one"', () => {
    const text = 'Some 18,000 square kilometers, 10 percent, 24 hours, 3 to 5 trucks, 850 fighters and one convoy.';
    assert.deepEqual(
      mapped(text, [['18,000 square kilometers', 'Quantity'], ['10 percent', 'Quantity'], ['24 hours', 'Quantity'], ['3 to 5', 'Quantity'], ['850', 'Quantity'], ['one', 'Quantity']]).figures,
      [
        ['18,000 square kilometers', 'measure'],
        ['10 percent', 'percent'],
        ['24 hours', 'date'],
        ['3 to 5', 'range'],
        ['850', 'count'],
      ],
    );
  });

  it('keeps the outer of nested names, one type per span (the most confident), and drops spans that start inside a word', () => {
    const text = 'The Syrian Democratic Forces took Raqqah.';
    const marks = annotate(text, [['Syrian Democratic Forces', 'Organisation'], ['Syrian', 'Nationality'], ['Raqqah', 'Location']]);
    marks.push({ ...marks[2], type: 'Person', confidence: 0 }, { documentId: 'd', begin: 5, end: 12, type: 'Vehicle', value: text.slice(5, 12), confidence: 1 });
    const { gold } = mapAnnotations(text, marks);
    assert.deepEqual(gold.entities.map((entity) => [entity.text, entity.type]), [['Syrian Democratic Forces', 'organization'], ['Raqqah', 'place']]);
  });

  it('does not score a system mention on an unscored span unless it meets a gold mention', () => {
    const text = 'U.S. service members met Kurdish YPG fighters.';
    const { gold, ignored } = mapAnnotations(text, annotate(text, [['U.S. service members', 'Organisation'], ['Kurdish YPG', 'Organisation']]));
    const mention = (surface: string, type: 'place' | 'organization') => {
      const start = text.indexOf(surface);
      return { start, end: start + surface.length, text: surface, type, key: `${type}:${surface.toLowerCase()}` };
    };
    const system = { entities: [mention('U.S.', 'place'), mention('YPG', 'organization')], figures: [] };
    assert.deepEqual(withoutIgnored({ id: 'd', source: 'test', text, gold, ignored }, system).entities.map((entity) => entity.text), ['YPG']);
  });
});
