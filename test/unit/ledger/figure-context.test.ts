import { strict as assert } from 'node:assert';
import { buildLedger } from '../../../src/core/ledger/build-ledger';
import { ownerKey, readFigureContext } from '../../../src/core/ledger/figure-context';
import { recognize } from '../../../src/core/recognition/recognize';
import { articleFrom } from './ledger-articles';

/** The context of the first figure whose text is `figure` in `sentence`. */
function contextOf(sentence: string, figure: string) {
  const found = recognize(sentence).figures.find((f) => f.text === figure);
  assert.ok(found, `${figure} not recognized in: ${sentence}`);
  return readFigureContext(sentence, found, 0);
}

describe('figure context', () => {
  it('reads the owner before the unit noun, in a possessive, or after "from"', () => {
    assert.equal(contextOf('Officials said 11,000 North Korean soldiers arrived.', '11,000').owner, 'North Korean');
    assert.equal(contextOf('An 11,000-strong North Korean force was deployed.', '11,000').owner, 'North Korean');
    assert.equal(contextOf("Analysts put Russia's 600,000 troops at risk.", '600,000').owner, 'Russia');
    assert.equal(contextOf('About 2,000 troops from North Korea crossed.', 'About 2,000').owner, 'North Korea');
    assert.equal(contextOf('Over 11,000 soldiers completed training.', 'Over 11,000').owner, undefined);
  });

  it('gives demonyms and country names one key', () => {
    assert.equal(ownerKey('North Korean'), ownerKey('North Korea'));
    assert.equal(ownerKey("Russia's"), ownerKey('Russian'));
    assert.equal(ownerKey('Chinese'), ownerKey('China'));
    assert.notEqual(ownerKey('South Korean'), ownerKey('North Korean'));
  });

  it('reads a part of the whole', () => {
    assert.equal(contextOf('The first batch of 1,500 soldiers arrived.', '1,500').facet, 'first batch');
    assert.equal(contextOf('Moscow sent another 2,000 troops in December.', '2,000').facet, 'additional');
    assert.equal(contextOf('A contingent of 12,000 soldiers was mentioned.', '12,000').facet, undefined);
  });

  it('tells forecasts from current counts', () => {
    assert.equal(contextOf('The ministry expects 5,000 more refugees.', '5,000').forecast, true);
    assert.equal(contextOf('Aid groups said 20,000 people could be displaced by March.', '20,000').forecast, true);
    assert.equal(contextOf('Police said 5,000 protesters gathered, and more were expected by evening.', '5,000').forecast, false);
    assert.equal(contextOf('Officials May and Kim said 3,000 people fled.', '3,000').forecast, false);
  });
});

describe('grouping a story with several owners (not in the seeds)', () => {
  it('keeps Russian and Ukrainian casualty counts apart and flags the disagreement within each', () => {
    const ledger = buildLedger([
      articleFrom('/ws/kyiv.txt', 'Kyiv said 1,200 Russian soldiers were killed on Tuesday. It said 40 Ukrainian soldiers died.', { outlet: 'Kyiv Independent', published: '2025-02-04' }),
      articleFrom('/ws/moscow.txt', 'The Russian defence ministry said up to 300 Russian troops were killed. It reported 900 Ukrainian troops killed.', { outlet: 'TASS', published: '2025-02-05' }),
    ]);
    const russian = ledger.subjects.find((s) => s.id === 'troops/russi');
    const ukrainian = ledger.subjects.find((s) => s.id === 'troops/ukrai');
    assert.ok(russian && ukrainian, ledger.subjects.map((s) => s.id).join(', '));
    assert.deepEqual(russian.reports.map((r) => r.text), ['1,200', 'up to 300']);
    assert.deepEqual(ukrainian.reports.map((r) => r.text), ['40', '900']);
    assert.match(russian.contradictions[0].reason, /“1,200” \(Kyiv Independent\) is above “up to 300” \(TASS\)/);
    assert.equal(ukrainian.contradictions.length, 1);
  });
});
