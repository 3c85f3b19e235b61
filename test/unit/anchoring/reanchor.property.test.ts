import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { EDIT_KINDS, type EditKind } from './simulate-edits';
import { runTrial, type Outcome } from './trial';

// Compiled to out/test/unit/anchoring/, so the repository root is four levels up.
const SEEDS = path.resolve(__dirname, '../../../../seeds');
const RUNS_PER_KIND = 150;
const ANNOTATIONS = 40;

// [minimum exact %, maximum wrong %] where ANCHORING.md shows them achievable; for the
// structural edits (duplicate, move) no quote method can always know which copy is the original,
// so their floors sit several standard deviations below what the bench measures (98.7 / 95.7 %).
const TARGETS: Partial<Record<EditKind, [number, number]>> = {
  'insert-paragraph': [98, 2],
  'delete-paragraph': [98, 2],
  're-wrap': [98, 2],
  'typo-in-quote': [98, 2],
  CRLF: [98, 2],
  'quote-style': [98, 2],
  'duplicate-paragraph': [94, 6],
  'move-paragraph': [88, 8],
};

function seedCorpus(): string {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(SEEDS, name), 'utf8').trimEnd())
    .join('\n');
}

describe('reanchor on randomly edited seed articles (property)', function () {
  this.timeout(60_000);
  const article = seedCorpus();

  for (const kind of EDIT_KINDS) {
    it(`keeps every annotation and finds the edited one after ${kind}`, () => {
      const tally: Record<Outcome, number> = { exact: 0, wrong: 0, orphaned: 0 };
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
          const trial = runTrial(article, kind, seed, ANNOTATIONS);
          // Nothing is ever dropped: one result per annotation, each a valid span of the new text.
          assert.equal(trial.results.length, trial.targets.length);
          for (const [i, r] of trial.results.entries()) {
            assert.ok(r.start >= 0 && r.start <= r.end && r.end <= trial.text.length, `result ${i} out of range`);
            if (r.status === 'exact-offset') assert.equal(trial.text.slice(r.start, r.end), trial.targets[i].quote);
          }
          tally[trial.outcome]++;
          if (kind === 'delete-quote') assert.ok(trial.quoteDeleted);
        }),
        { numRuns: RUNS_PER_KIND },
      );
      const percent = (n: number) => (100 * n) / RUNS_PER_KIND;
      if (kind === 'delete-quote') {
        assert.ok(percent(tally.wrong) <= 1, `deleted quotes matched wrongly ${percent(tally.wrong)} %`);
        return;
      }
      const [minExact, maxWrong] = TARGETS[kind] ?? [0, 100];
      assert.ok(percent(tally.exact) >= minExact, `${kind}: ${percent(tally.exact)} % exact (< ${minExact})`);
      assert.ok(percent(tally.wrong) <= maxWrong, `${kind}: ${percent(tally.wrong)} % wrong (> ${maxWrong})`);
    });
  }
});
