import * as assert from 'node:assert/strict';
import {
  claimAccessibility,
  claimGroupAccessibility,
  entityAccessibility,
  entityTypeAccessibility,
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
});
