import * as assert from 'node:assert/strict';
import { figureReading, figureTexts } from './figure-helpers';

describe('findFigures: ages, vague amounts, identifiers and page chrome', () => {
  for (const text of [
    'Maria Lopes, 61, told reporters',
    'women over 40 and those under 16 were let go',
    'ages 18 to 45 must register',
    'retired at the age of 67',
    'a dozen boats',
    'scores of villagers left',
    'half a dozen drones',
  ]) {
    it(`reads no age or vague amount in "${text}"`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }

  it('still counts people after "over" when a verb comes before it', () => {
    assert.equal(figureReading('rebels killed over 50 villagers', 'over 50').unit, 'villagers');
  });

  for (const text of [
    'the frigate with hull number 4417 docked',
    'passengers of flight 302 landed',
    'under resolution 1718 of the council',
    'the Horizon 2040 programme',
    'the Ocean Shield 2026 drill',
  ]) {
    it(`reads no figure in the identifier of "${text}"`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }

  it('keeps a year that follows a period word or "Throughout"', () => {
    assert.deepEqual(figureTexts('Spring 2026 was wet. Throughout 2027 prices rose.'), ['Spring 2026', '2027']);
  });

  for (const text of [
    'the other two ships turned back',
    'all three envoys left',
    'the remaining four tanks burned',
  ]) {
    it(`reads no new count in the back-reference "${text}"`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }

  for (const text of [
    'Posted 7 hours ago · 3 min read',
    'Updated 45 minutes ago',
    'Listen to this story · 9 min',
    'an 8-minute read',
    'Published 09:15 GMT, 14 March 2026',
  ]) {
    it(`reads nothing in the page chrome "${text}"`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }
});

describe('findFigures: hyphenated measures and parts of a month', () => {
  it('reads a hyphenated measure with a multi-word unit', () => {
    const zone = figureReading('a 350-nautical-mile shelf', '350-nautical-mile');
    assert.deepEqual([zone.type, zone.value, zone.unit], ['measure', 350, 'nmi']);
    assert.equal(figureReading('a 2.5-square-kilometre site', '2.5-square-kilometre').unit, 'km2');
    assert.equal(figureReading('a 20-metric-ton load', '20-metric-ton').unit, 't');
  });

  it('spans only the month or year after "the end of" and its kin', () => {
    const end = figureReading('talks run until the end of August 2026.', 'August 2026');
    assert.deepEqual([end.value, end.qualifier], ['2026-08', null]);
    assert.deepEqual(figureTexts('at the beginning of 2027 and the middle of May'), ['2027', 'May']);
  });
});

describe('findFigures: count units', () => {
  it('keeps a compound noun but drops a demonym, proper adjective or designation before it', () => {
    assert.equal(figureReading('six Philippine coast guard cutters', 'six').unit, 'coast guard cutters');
    assert.equal(figureReading('9 Western envoys', '9').unit, 'envoys');
    assert.equal(figureReading('30 Filipino fishermen', '30').unit, 'fishermen');
    assert.equal(figureReading('two Patriot systems', 'two').unit, 'systems');
    assert.equal(figureReading('eight more NASAMS batteries', 'eight').unit, 'batteries');
    assert.equal(figureReading('three Kalibr cruise missiles', 'three').unit, 'cruise missiles');
  });

  it('reaches the noun past the closing quote of a quoted number', () => {
    assert.equal(figureReading('he called up "more than 2 million" reservists', 'more than 2 million').unit, 'reservists');
  });

  it('reaches the noun after a designation or a calibre', () => {
    assert.equal(figureReading('three Type 054A frigates', 'three').unit, 'frigates');
    assert.equal(figureReading('two U.S. destroyers', 'two').unit, 'destroyers');
    assert.equal(figureReading('four 105mm guns', 'four').unit, 'guns');
  });

  it('reaches the noun after a run of adjectives and modifiers', () => {
    assert.equal(figureReading('two KJ-600 carrier-based early warning aircraft', 'two').unit, 'early warning aircraft');
  });
});
