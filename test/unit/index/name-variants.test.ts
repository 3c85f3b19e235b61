import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { editDistance } from '../../../src/core/index/edit-distance';
import { foldText } from '../../../src/core/index/fold-text';
import { areNameVariants } from '../../../src/core/index/name-variants';

interface LabelledPair {
  a: string;
  b: string;
  variant: boolean;
  group: string;
}

const PAIRS_FILE = path.join(__dirname, '../../../../test/fixtures/variants/pairs.tsv');

function readPairs(): LabelledPair[] {
  return readFileSync(PAIRS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [a, b, label, group] = line.split('\t');
      return { a, b, variant: label === 'variant', group };
    });
}

/** Precision and recall of `decide` against the labels. */
function measure(pairs: LabelledPair[], decide: (a: string, b: string) => boolean): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const pair of pairs) {
    const said = decide(pair.a, pair.b);
    if (said && pair.variant) tp++;
    else if (said) fp++;
    else if (pair.variant) fn++;
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

/** The baseline the method must beat: edit distance on folded text within a fifth of the length. */
function editDistanceBaseline(a: string, b: string): boolean {
  const fa = foldText(a).replace(/[^a-z0-9]+/g, ' ').trim();
  const fb = foldText(b).replace(/[^a-z0-9]+/g, ' ').trim();
  const max = Math.max(1, Math.round(0.2 * Math.max(fa.length, fb.length)));
  return editDistance(fa, fb, max) <= max;
}

describe('name variants', () => {
  const pairs = readPairs();

  it('has at least 150 labelled pairs of both kinds', () => {
    assert.ok(pairs.length >= 150);
    assert.ok(pairs.some((p) => p.variant) && pairs.some((p) => !p.variant));
  });

  it('keeps precision and recall on the labelled pairs above the committed floors', () => {
    const ours = measure(pairs, areNameVariants);
    assert.ok(ours.precision >= 0.97, `precision ${ours.precision}`);
    assert.ok(ours.recall >= 0.85, `recall ${ours.recall}`);
  });

  it('beats plain edit distance on both precision and recall', () => {
    const ours = measure(pairs, areNameVariants);
    const baseline = measure(pairs, editDistanceBaseline);
    assert.ok(ours.precision > baseline.precision && ours.recall > baseline.recall);
  });

  it('matches romanizations of one Korean name', () => {
    assert.ok(areNameVariants('Choe Son Hui', 'Choi Sun-hee'));
    assert.ok(areNameVariants('Kim Jong Un', 'Kim Jong-un'));
    assert.ok(areNameVariants('Cho Tae-yong', 'Cho Tae Yong'));
  });

  it('keeps family members and namesakes apart', () => {
    assert.equal(areNameVariants('Kim Jong Un', 'Kim Yo Jong'), false);
    assert.equal(areNameVariants('Kim Jong Un', 'Kim Jong Il'), false);
    assert.equal(areNameVariants('Park Sun-won', 'Park Jie-won'), false);
  });

  it('keeps a country apart from its adjective and look-alikes', () => {
    assert.equal(areNameVariants('Russia', 'Prussia'), false);
    assert.equal(areNameVariants('Korea', 'Korean War'), false);
    assert.equal(areNameVariants('Korea', 'Korean'), false);
  });

  it('matches transliterations of Russian, Ukrainian and Arabic names', () => {
    assert.ok(areNameVariants('Zelenskyy', 'Zelenskiy'));
    assert.ok(areNameVariants('Shoigu', 'Shoygu'));
    assert.ok(areNameVariants('Al-Burhan', 'al Burhan'));
  });

  it('matches an acronym with the name it abbreviates', () => {
    assert.ok(areNameVariants('NIS', 'National Intelligence Service'));
    assert.equal(areNameVariants('NIS', 'National Security Council'), false);
  });
});
