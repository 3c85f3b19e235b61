import * as assert from 'node:assert/strict';
import { figureTexts } from './figure-helpers';

describe('findFigures: numbers that are not figures', () => {
  for (const text of [
    'the 11th Corps moved',
    'Su-25 jets and AN-124 planes',
    'a T-14 tank and KN-23 missiles',
    'the G20 summit',
    'during COVID-19 lockdowns',
    'Top 10 Stories',
    'Article 5 applies',
    'call +82-2-1234-5678 now',
    'call 010-1234-5678 now',
    'see https://example.com/2024/10/story-123 for',
    'mail yeons.kwak2024@koreatimes.co.kr now',
    'as John 3:16 says',
    'open 24/7 now',
    'the Group of Seven met',
    'version 3.1.2 shipped',
    'World War 2 veterans',
    'the No. 2 official',
    'a 50-50 chance',
    'the FY2024 budget',
  ]) {
    it(`finds nothing in "${text}"`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }

  it('skips a font-size menu of bullets and signed numbers', () => {
    assert.deepEqual(figureTexts('ⓕ font-size\n\n  • -2\n  • -1\n  • 0\n  • +1\n  • +2\n\nSome 3,000 troops'), ['Some 3,000']);
  });

  it('skips list markers but keeps the figures in the item', () => {
    assert.deepEqual(figureTexts('1. Around 300 soldiers\n2. Two tanks'), ['Around 300', 'Two']);
  });

  it('keeps figures that sit next to a designator', () => {
    assert.deepEqual(figureTexts('12,000 troops and 30 Su-25 jets'), ['12,000', '30']);
  });
});
