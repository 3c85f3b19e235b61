import { strict as assert } from 'node:assert';
import { entityDecisionLine, type EntityDecisionLinks } from '../../../src/core/entities/entity-decision-links';
import type { MergedEntity } from '../../../src/core/index/index-types';

const links: EntityDecisionLinks = {
  confirm: (e) => `confirm:${e.id}`,
  reject: (e) => `reject:${e.id}`,
  merge: (e) => `merge:${e.id}`,
  split: (e) => `split:${e.id}`,
  rename: (e) => `rename:${e.id}`,
  setType: (e) => `type:${e.id}`,
  notEntity: (text, path) => `not:${text}@${path}`,
};

function entity(spellings: string[]): MergedEntity {
  return { id: 'person:choe son hui', canonical: spellings[0], type: 'person', spellings, mentions: [], claims: [], figures: [] };
}

describe('entity decision links on the hover', () => {
  it('offers to confirm or split spellings proposed as one entity', () => {
    const line = entityDecisionLine(entity(['Choe Son Hui', 'Choi Sun-hee']), { text: 'Choi Sun-hee', path: '/w/a.txt' }, false, links);
    assert.match(line, /^Spellings proposed as one entity — /);
    assert.ok(line.includes('[Confirm spellings](confirm:person:choe%20son%20hui)'), line);
    assert.ok(line.includes('[Split…](split:person:choe%20son%20hui)'), line);
    assert.ok(line.includes('[Reject](reject:person:choe%20son%20hui)'), line);
    assert.ok(line.includes('[Not an entity](not:Choi%20Sun-hee@/w/a.txt)'), line);
  });

  it('drops Confirm once decided and Split for a single spelling', () => {
    const decided = entityDecisionLine(entity(['Choe Son Hui', 'Choi Sun-hee']), { text: 'Choe Son Hui', path: '/w/a.txt' }, true, links);
    assert.match(decided, /^Decided by you/);
    assert.ok(!decided.includes('Confirm') && !decided.includes('Reject'));
    const single = entityDecisionLine(entity(['Kursk']), { text: 'Kursk', path: '/w/a.txt' }, false, links);
    assert.ok(!single.includes('Split') && !single.includes('Confirm') && single.includes('Merge with…'), single);
  });
});
