import * as assert from 'node:assert/strict';
import { findRulePieces } from '../../../../src/core/recognition/entities/find-line-entities';
import { gazetteers } from '../../../../src/core/recognition/tagger/gazetteers';
import { hashText } from '../../../../src/core/recognition/tagger/hash';
import { packHashSet, unpackHashSet } from '../../../../src/core/recognition/tagger/packed-set';
import { decodeChunk, tagPieces, type TagScorer } from '../../../../src/core/recognition/tagger/tag-chunks';
import { TAG_COUNT, TAGS, type ChunkFeatures } from '../../../../src/core/recognition/tagger/tagger-features';

/** A scorer that always prefers one tag: enough to see what the tagger may and may not change. */
function always(tag: (typeof TAGS)[number]): TagScorer {
  const index = TAGS.indexOf(tag);
  return {
    rulePrior: 0,
    addScores(_feature, scores) {
      for (let other = 0; other < TAG_COUNT; other++) scores[other] += other === index ? 1 : 0;
    },
  };
}

function tagged(line: string, scorer: TagScorer): [string, string | null, number][] {
  const found = findRulePieces(line);
  assert.ok(found !== null);
  return tagPieces(line, found.tokens, found.chunks, found.pieces, scorer).map((piece) => [line.slice(piece.start, piece.end), piece.type, piece.confidence]);
}

describe('tagger: what it may change', () => {
  it('leaves names the rules typed surely as they are', () => {
    assert.deepEqual(tagged('Troops arrived in Vladivostok.', always('B-person')), [['Vladivostok', 'place', 3]]);
  });

  it('retypes a shape guess at the lowest confidence', () => {
    assert.deepEqual(tagged('Troops arrived in Zhorvik.', always('B-organization')), [['Zhorvik', 'organization', 1]]);
  });

  it('retypes a one-word person the rules typed by a context cue ("claimed by X"), which also stands before groups', () => {
    assert.deepEqual(tagged('The attack was claimed by Zhorvik.', always('O')), [['Zhorvik', null, 0]]);
    assert.deepEqual(tagged('The attack was claimed by Zhorvik.', always('B-organization')), [['Zhorvik', 'organization', 1]]);
  });

  it('leaves a cue-typed person of several words to the rules: a quoted nickname is not cut out', () => {
    assert.deepEqual(tagged('The order was signed by John "J.D." Dorrian.', always('B-person')), [['John "J.D." Dorrian', 'person', 2]]);
  });

  it('keeps a guess it reads as no name, untyped, for the document pass', () => {
    assert.deepEqual(tagged('Troops arrived in Zhorvik.', always('O')), [['Zhorvik', null, 0]]);
  });

  it('adds no name where the rules left words out (demonyms, sentence words)', () => {
    assert.deepEqual(tagged('Guyanese and Colombian officials met.', always('B-place')), []);
  });
});

describe('tagger: decoding', () => {
  /** A chunk whose token `i` has the one static feature `i`, scored by `rows[i]` (per tag); no rule guess. */
  function decodeScored(rows: Partial<Record<(typeof TAGS)[number], number>>[]): string[] {
    const chunk: ChunkFeatures = { first: 0, end: rows.length, features: rows.map((_, index) => [index]), shapes: rows.map(() => 0), rules: rows.map(() => 0), ruleTags: rows.map(() => 0) };
    const scorer: TagScorer = {
      rulePrior: 0,
      addScores(feature, scores) {
        const row = rows[feature];
        if (row === undefined) return;
        TAGS.forEach((tag, index) => (scores[index] += row[tag] ?? 0));
      },
    };
    return decodeChunk(chunk, scorer).map((tag) => TAGS[tag]);
  }

  it('chooses where a name begins, and its type, by the words after it too', () => {
    // Alone, the first word leans person; the second is strongly the inside of an organization.
    assert.deepEqual(decodeScored([{ 'B-person': 2, 'B-organization': 1 }, { 'I-organization': 5, 'B-place': 1 }]), ['B-organization', 'I-organization']);
  });

  it('never continues a name of another type', () => {
    assert.deepEqual(decodeScored([{ 'B-place': 3 }, { 'I-person': 2, O: 1 }]), ['B-place', 'O']);
  });
});

describe('tagger: name hashes', () => {
  it('hashes a name word by word as it hashes the whole name', () => {
    assert.equal(hashText('hafir', 0, 5, hashText(' ', 0, 1, hashText('dayr'))), hashText('dayr hafir'));
    assert.notEqual(hashText('hafir', 0, 5, hashText('dayr')), hashText('dayr hafir'));
  });

  it('finds a place of several words by its hash as by its name', () => {
    const { placeBand, placeBandOfHash } = gazetteers();
    assert.ok(placeBand('rio de janeiro') > 0);
    assert.equal(placeBandOfHash(hashText('janeiro', 0, 7, hashText(' de ', 0, 4, hashText('rio')))), placeBand('rio de janeiro'));
  });
});

describe('tagger: packed hash sets', () => {
  it('gives back the 24-bit hashes it packed, in any order and with repeats', () => {
    const hashes = [0xffffffff, 5, 0x123456, 5, 0xabcdef01, 0];
    assert.deepEqual([...unpackHashSet(packHashSet(hashes))].sort((a, b) => a - b), [0, 5, 0x123456, 0xcdef01, 0xffffff].sort((a, b) => a - b));
  });
});
