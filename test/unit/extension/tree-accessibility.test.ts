import * as assert from 'node:assert/strict';
import {
  claimAccessibility,
  claimGroupAccessibility,
  entityAccessibility,
  entityTypeAccessibility,
  figureReportAccessibility,
  figureSubjectAccessibility,
  mentionAccessibility,
} from '../../../src/extension/tree-accessibility';

describe('tree accessibility labels', () => {
  it('says a claim with its attribution and figures', () => {
    assert.equal(
      claimAccessibility('The NIS puts the force at about 11,000.', 'NIS', ['approximately 11,000'], false).label,
      'Claim: The NIS puts the force at about 11,000. Attributed to NIS. Figures: approximately 11,000.',
    );
  });

  it('says that a claim is orphaned, which only its icon shows', () => {
    const { label } = claimAccessibility('Troops moved', undefined, [], true);
    assert.equal(label, 'Orphaned claim, its quote is no longer in the article: Troops moved. No attribution.');
  });

  it('says what a group count counts', () => {
    assert.equal(claimGroupAccessibility('Kursk report', 'The Korea Times · 2024-10-29 · B3', 3).label, 'Kursk report, The Korea Times, 2024-10-29, B3, 3 claims');
    assert.equal(claimGroupAccessibility('#troops', undefined, 1).label, '#troops, 1 claim');
  });

  it('says an entity with its type, counts and other spellings, and a mention with its article', () => {
    assert.equal(
      entityAccessibility('Choe Son Hui', 'person', 12, 2, ['Choe Son Hui', 'Choe Son-hui']).label,
      'Choe Son Hui, person, 12 mentions, 2 claims, also spelled Choe Son-hui',
    );
    assert.equal(entityTypeAccessibility('Person', 1).label, 'Person, 1 entity');
    assert.equal(mentionAccessibility('Choe Son-hui', 'Kursk report', '…met Choe Son-hui in Moscow…').label, '“Choe Son-hui” in Kursk report: …met Choe Son-hui in Moscow…');
  });

  it('says a figure report with its source, date, speaker, and its contradictions in words rather than a warning sign', () => {
    assert.equal(
      figureReportAccessibility({
        text: 'around 10,000',
        source: 'The Korea Times',
        published: '2024-11-20',
        attribution: null,
        headline: true,
        contradictions: ['over 11,000 elsewhere on the same day'],
      }).label,
      'around 10,000, reported by The Korea Times on 2024-11-20; the headline figure; 1 contradiction: over 11,000 elsewhere on the same day',
    );
    assert.equal(
      figureReportAccessibility({ text: '12,000', forecast: true, source: 'Yonhap', attribution: 'Zelenskyy', headline: false, contradictions: [] }).label,
      '12,000, a forecast, reported by Yonhap, said by Zelenskyy',
    );
    assert.equal(
      figureSubjectAccessibility('North Korean troops', '3,000–15,000 · 9 reports · 4 contradictions', true).label,
      'North Korean troops, 3,000–15,000, 9 reports, 4 contradictions, excluded from the ledger',
    );
  });
});
