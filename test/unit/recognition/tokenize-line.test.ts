import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { tokenizeLine } from '../../../src/core/recognition/entities/tokenize-line';

const LINE = 'Korea’s NIS said the Russia-Ukraine talks with Gen. Kim and al-Sadr’s aides were on Oct. 23, the 11th round.';

describe('tokenizeLine', () => {
  it('gives names, cue words and ordinals their shapes, possessives and gaps', () => {
    const summary = tokenizeLine(LINE).tokens.map((token) => [
      token.text,
      token.lower,
      token.start,
      token.end,
      token.gap,
      [token.possessive && 'possessive', token.capitalized && 'capitalized', token.acronym && 'acronym', token.ordinal && 'ordinal', token.sentenceStart && 'start']
        .filter(Boolean)
        .join(' '),
    ]);
    assert.deepEqual(summary, [
      ['Korea', 'korea', 0, 5, '', 'possessive capitalized start'],
      ['NIS', 'nis', 8, 11, ' ', 'capitalized acronym'],
      ['said', 'said', 12, 16, ' ', ''],
      ['the', 'the', 17, 20, ' ', ''],
      ['Russia', 'russia', 21, 27, ' ', 'capitalized'],
      ['Ukraine', 'ukraine', 28, 35, '-', 'capitalized'],
      ['talks', 'talks', 36, 41, ' ', ''],
      ['with', 'with', 42, 46, ' ', ''],
      ['Gen.', 'gen.', 47, 51, ' ', 'capitalized'],
      ['Kim', 'kim', 52, 55, ' ', 'capitalized'],
      ['and', 'and', 56, 59, ' ', ''],
      ['al-Sadr', 'al-sadr', 60, 67, ' ', 'possessive capitalized'],
      ['were', 'were', 76, 80, ' aides ', ''],
      ['on', 'on', 81, 83, ' ', ''],
      ['Oct.', 'oct.', 84, 88, ' ', 'capitalized'],
      ['the', 'the', 93, 96, ' 23, ', ''],
      ['11th', '11th', 97, 101, ' ', 'ordinal'],
    ]);
  });

  it('tokenizes a line the same after the table of known words has filled and emptied', () => {
    const first = tokenizeLine(LINE);
    // Far more distinct words than the table keeps, so it empties at least once.
    for (let batch = 0; batch < 40; batch++) {
      tokenizeLine(Array.from({ length: 1000 }, (_, index) => `Word${batch}x${index} Name${index}-Smith`).join(' '));
    }
    assert.deepEqual(tokenizeLine(LINE), first);
  });

  it('reads a word first seen inside a compound the same as when it stands alone', () => {
    const inCompound = tokenizeLine('the Qatar-Egypt plan').tokens.find((token) => token.text === 'Egypt');
    const alone = tokenizeLine('in Egypt today').tokens.find((token) => token.text === 'Egypt');
    assert.ok(inCompound !== undefined && alone !== undefined);
    assert.deepEqual({ ...inCompound, start: 0, end: 0, gap: '' }, { ...alone, start: 0, end: 0, gap: '' });
  });

  it('keeps a word too long for the table whole', () => {
    const word = `X${'y'.repeat(100)}`;
    const [token] = tokenizeLine(`${word} said`).tokens;
    assert.equal(token.text, word);
    assert.equal(token.lower, word.toLowerCase());
    assert.ok(token.capitalized);
  });

  it('gives every token the text of its span of the line, whatever was seen before', () => {
    const words = fc.constantFrom('Kursk', 'NIS', 'U.S.', 'Su-25', 'Kim’s', 'soldiers’', 'Ukraine-Russia', 'François', '11th', 'the', 'of', 'Sen.', 'said', '—', '“', 'al-Qaeda');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), fc.array(words, { maxLength: 12 }), (before, words) => {
        tokenizeLine(before.join(' '));
        const line = words.join(' ');
        for (const token of tokenizeLine(line).tokens) {
          assert.equal(token.text, line.slice(token.start, token.end));
          assert.equal(token.lower, token.text.toLowerCase());
        }
      }),
    );
  });
});
