import * as assert from 'node:assert/strict';
import { figureReading, figureTexts } from './figure-helpers';

// Error classes of real-style documents (dev articles 4xx/5xx): numbers that identify, cite or format, and the quantities beside them.
describe('findFigures: document numbers are not figures', () => {
  for (const [text, expected] of [
    // Citation markers of an encyclopedia page; the sentence after one starts with a capital.
    ['mostly by ethnic Armenians.[4] The offensive lasted', []],
    ['at 192 soldiers.[13] Five Russian peacekeepers were killed', ['192', 'Five']],
    ['as operators.[3, 4] Its engine', []],
    // Telephone numbers with a country code, a trunk zero or a cue.
    ['Brussels - Tel.: +32 (0)2 281 6319', []],
    ['by telephone at: +31 (0)70 515-9152 or +31 (0)6 46448938 or by e-mail', []],
    ['AFRICOM Public Affairs, +49 (0) 711-729-4710 Follow us', []],
    ['contact the MOD Press Office on 020 7218 7907. Share this page', []],
    // Document, record and vessel numbers.
    ['PRESS RELEASE | Release No. 25-0417 For Immediate Release', []],
    ['(Release ID: 2191457) Read this release', []],
    ['SIERRA NEVADA (9187342) Crude Oil Tanker', []],
    ['by unanimously adopting resolution 1970. In May 2025, Libya', ['May 2025']],
    ['talks in the 5+2 format', []],
    ['and prosperity. -30- Media contact', []],
    // Versions, file sizes and battalion numbers: fractions and ones count nothing.
    ['Attribution-ShareAlike License 4.0; additional terms', []],
    ['Download PDF (1.2 MB)', []],
    ['Commanding Officer of 1 Royal Welsh, said', []],
  ] as const) {
    it(`reads ${JSON.stringify(expected)} in "${text}"`, () => {
      assert.deepEqual(figureTexts(text), expected);
    });
  }

  it('skips the numbered headings of a contents list, not a headline count', () => {
    assert.deepEqual(figureTexts('Contents\n1 Background\n2 Offensive\n3 Exodus\n4 Role of drones\n'), []);
    assert.deepEqual(figureTexts('12 killed in Kabul blast\n'), ['12']);
  });

  it('keeps the quantities that look like these', () => {
    assert.equal(figureReading('about 1.2 million people fled', 'about 1.2 million').value, 1200000);
    assert.equal(figureReading('the 1,200 phase 2 troops', '1,200').unit, 'troops');
    assert.equal(figureReading('between 2021 and 2023', 'between 2021 and 2023').type, 'date');
    assert.equal(figureReading('from 5 to 10 people', '5 to 10').type, 'range');
    assert.equal(figureReading('[about 300 people]', 'about 300').unit, 'people');
    assert.equal(figureReading('the level 3,000 metres up', '3,000 metres').type, 'measure');
  });
});

describe('findFigures: phone numbers with an area code in parentheses, numero signs', () => {
  it('reads no figure in a phone number whose area code is in parentheses', () => {
    assert.deepEqual(figureTexts('Media enquiries: (03) 9123 4567'), []);
    assert.deepEqual(figureTexts('the desk on (415) 555-0199 is open'), []);
  });

  it('keeps a short number in parentheses a count', () => {
    assert.deepEqual(figureTexts('about 30 (25) soldiers'), ['about 30', '25']);
  });

  it('reads no figure in a series number after the numero sign', () => {
    assert.deepEqual(figureTexts('Asia Report N°341 · Brussels'), []);
    assert.deepEqual(figureTexts('Communiqué Nº 12'), []);
  });
});
