import * as assert from 'node:assert/strict';
import { figureReading, figureTexts } from './figure-helpers';

// Error classes of the unseen articles 7xx (wire copy, armed-forces releases, regional papers); the sentences are made up here.

describe('findFigures: classes of unseen articles', () => {
  describe('occurrences counted in "times"', () => {
    it('counts "N times" when no comparison follows', () => {
      const count = figureReading('Patrol boats were challenged 214 times in the quarter', '214');
      assert.equal(count.type, 'count');
      assert.equal(count.unit, 'times');
      assert.equal(figureReading('the ferry was boarded at least four times since March', 'at least four').unit, 'times');
    });

    it('still reads no figure in a multiplier', () => {
      assert.deepEqual(figureTexts('exports were six times as large'), []);
      assert.deepEqual(figureTexts('nearly ten times the number of boats'), []);
    });
  });

  describe('currencies written before the amount', () => {
    it('reads ISO codes of smaller currencies and the rupiah abbreviation', () => {
      assert.equal(figureReading('a budget of AMD 90 billion for roads', 'AMD 90 billion').unit, 'amd');
      const rupiah = figureReading('grants worth Rp 4.5 billion to farmers', 'Rp 4.5 billion');
      assert.equal(rupiah.type, 'money');
      assert.equal(rupiah.unit, 'idr');
      assert.equal(rupiah.value, 4_500_000_000);
    });

    it('reads one range when the currency is written on both ends', () => {
      const taka = figureReading('fares of Tk 8,000 to Tk 9,500 a seat', 'Tk 8,000 to Tk 9,500');
      assert.equal(taka.type, 'range');
      assert.deepEqual(taka.value, { min: 8000, max: 9500 });
      assert.equal(taka.unit, 'bdt');
      const dollars = figureReading('a bill of NZ$2 billion to NZ$3 billion', 'NZ$2 billion to NZ$3 billion');
      assert.deepEqual(dollars.value, { min: 2_000_000_000, max: 3_000_000_000 });
      assert.equal(dollars.unit, 'nzd');
    });
  });

  it('reads a speed in metres per second as one measure', () => {
    const speed = figureReading('gusts of up to 22 metres per second closed the port', 'up to 22 metres per second');
    assert.equal(speed.unit, 'm/s');
    assert.equal(figureReading('winds of 9 m/s', '9 m/s').unit, 'm/s');
  });

  it('reads a day-first dotted date with a leading zero as a date, not a phone number', () => {
    assert.equal(figureReading('Flood warning for Galati County 07.03.2026 Heavy rain', '07.03.2026').value, '2026-03-07');
    assert.deepEqual(figureTexts('Tel. 02 31 2026 0044'), []);
  });

  describe('clock times of military releases', () => {
    it('reads 24-hour dotted times after "at" or with a zone', () => {
      assert.equal(figureReading('The post was attacked at around 04.50 WITA by gunmen', 'around 04.50 WITA').qualifier, 'around');
      assert.equal(figureReading('Radar tracked the drones since 02.10, when they crossed', '02.10').type, 'date');
      assert.deepEqual(figureTexts('Patrols resumed at 03.35 and 04.10.'), ['03.35', '04.10']);
    });

    it('keeps decimals that a preposition or a unit makes amounts', () => {
      assert.deepEqual(figureTexts('the index rose to 11.25, its highest'), []);
      assert.equal(figureReading('tickets sold at 14.50 euros', '14.50 euros').type, 'money');
    });

    it('takes "hours" and a city time into the span, and a qualifier between the preposition and the time', () => {
      assert.equal(figureReading('The convoy left at 05:45 hours under escort', '05:45 hours').type, 'date');
      assert.equal(figureReading('The test took place at 09:15 Beijing time.', '09:15 Beijing time').type, 'date');
      assert.equal(figureReading('Fire was opened at approximately 22:10 hours.', 'approximately 22:10 hours').qualifier, 'approximately');
    });
  });

  describe('date phrases', () => {
    it('joins two weekdays with "and", and a weekday with the full date after it', () => {
      assert.equal(figureReading('Boats landed on Monday and Tuesday, officials said', 'Monday and Tuesday').value, null);
      assert.equal(figureReading('Lima, Peru, Friday, March 6, 2026. (Photo)', 'Friday, March 6, 2026').value, '2026-03-06');
    });

    it('sums a duration written in two units, larger first', () => {
      const sum = figureReading('The crew searched for about 3 hours and 15 minutes.', 'about 3 hours and 15 minutes');
      assert.equal(sum.value, 'PT3H15M');
      assert.equal(sum.qualifier, 'about');
      assert.equal(figureReading('jailed for two years and six months', 'two years and six months').value, 'P2Y6M');
      assert.deepEqual(figureTexts('for 20 minutes and 2 hours'), ['20 minutes', '2 hours']);
    });

    it('reads no date in a byline with its reading time', () => {
      assert.deepEqual(figureTexts('By Naval Desk staff · 9 March 2026 · 6 min read'), []);
      assert.deepEqual(figureTexts('Posted by Editor / March 9, 2026 / 3 min read'), []);
    });
  });

  describe('numbers that name, not count', () => {
    for (const text of ['the patrol boat KRI Teluk Bone (517) sailed', 'callers used the 911 emergency number', 'report it to the “115” hotline', 'call the free line 117 now']) {
      it(`reads no figure in "${text}"`, () => {
        assert.deepEqual(figureTexts(text), []);
      });
    }

    it('reads no count in the number of a unit, but counts soldiers of a service', () => {
      assert.deepEqual(figureTexts('troops of the Udhampur-based 16 Corps moved'), []);
      assert.deepEqual(figureTexts('the 7 Fleet sailed'), []);
      assert.equal(figureReading('4 Navy sailors were rescued', '4').unit, 'sailors');
    });

    it('reads ages joined by "and" as ages, but counts a noun after them', () => {
      assert.deepEqual(figureTexts('The divers, aged 38 and 47, were found'), []);
      assert.equal(figureReading('men aged 20 and 300 recruits', '300').unit, 'recruits');
    });
  });
});
