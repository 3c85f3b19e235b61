import * as assert from 'node:assert/strict';
import { anchorInText, anchorUpdates, changedAnchors } from '../../../src/core/anchoring/anchor-updates';
import { createTarget } from '../../../src/core/anchoring/create-target';
import { reanchor } from '../../../src/core/anchoring/reanchor';
import type { Annotation } from '../../../src/core/sidecar/annotation';

const original = 'The NIS said about 11,000 troops were in Kursk. Choe met Putin in Moscow on Nov. 4.';

function claim(id: string, quote: string): Annotation {
  const start = original.indexOf(quote);
  return { id, kind: 'claim', text: quote, tags: [], created: '', updated: '', target: createTarget(original, start, start + quote.length) };
}

describe('anchor updates', () => {
  const annotations = [claim('c-troops', 'about 11,000 troops'), claim('c-meeting', 'Choe met Putin in Moscow')];

  it('reports nothing to write when every annotation is where it was stored', () => {
    const updates = anchorUpdates(annotations, reanchor(original, annotations.map((a) => a.target)));
    assert.deepEqual(changedAnchors(annotations, updates), []);
  });

  it('lists moved annotations with their new offsets and deleted quotes as orphaned', () => {
    const edited = `Breaking news.\n${original.replace(' Choe met Putin in Moscow on Nov. 4.', '')}`;
    const updates = anchorUpdates(annotations, reanchor(edited, annotations.map((a) => a.target)));
    const changed = changedAnchors(annotations, updates);
    assert.deepEqual(
      changed.map((update) => update.id),
      ['c-troops', 'c-meeting'],
    );
    const troops = changed[0];
    assert.equal(edited.slice(troops.start, troops.end), 'about 11,000 troops');
    assert.equal(troops.orphaned, false);
    assert.equal(changed[1].orphaned, true);
  });

  it('anchors a sidecar in new text without modifying the stored data', () => {
    const data = { version: 1, annotations };
    const stored = JSON.stringify(data);
    const edited = `Breaking news.\n${original.replace(' Choe met Putin in Moscow on Nov. 4.', '')}`;
    const anchored = anchorInText(edited, data);
    assert.equal(JSON.stringify(data), stored, 'the input is untouched');
    const [troops, meeting] = anchored.data.annotations;
    assert.equal(edited.slice(troops.target.start, troops.target.end), 'about 11,000 troops');
    assert.equal(troops.orphaned, undefined);
    assert.equal(meeting.orphaned, true);
    assert.equal(meeting.target.quote, 'Choe met Putin in Moscow', 'an orphan keeps its quote');
    assert.equal(anchored.changed.length, 2);
  });
});
