import * as assert from 'node:assert/strict';
import { annotationDetails, claimCitation } from '../../../src/core/cards/annotation-card';
import type { IndexedClaim } from '../../../src/core/index/index-types';
import type { Annotation } from '../../../src/core/sidecar/annotation';

const annotation: Annotation = {
  id: 'c-abc123',
  kind: 'claim',
  text: 'About 11,000 troops',
  attribution: 'NIS, via *lawmakers*',
  tags: ['troops', 'conflicting_figures'],
  created: '2026-11-25T12:00:00Z',
  updated: '2026-11-25T12:00:00Z',
  target: { quote: 'approximately 11,000\n  North Korean soldiers', prefix: '', suffix: '', start: 10, end: 52 },
};

function claimWith(source: IndexedClaim['source']): IndexedClaim {
  return { path: '/w/kursk.txt', article: 'kursk', annotation, source, entityKeys: [] };
}

describe('annotation card text', () => {
  it('lists attribution and tags with Markdown escaped, and says nothing about orphans when anchored', () => {
    const lines = annotationDetails(annotation);
    assert.ok(lines.includes('— *NIS, via \\*lawmakers\\**'), lines.join('\n'));
    assert.ok(lines.includes('`#troops` `#conflicting_figures`'), lines.join('\n'));
    assert.ok(!lines.some((line) => line.includes('Orphaned')));
  });

  it('warns when the annotation lost its text', () => {
    assert.ok(annotationDetails({ ...annotation, orphaned: true }).some((line) => line.includes('Orphaned')));
  });

  it('cites the quote on one line with outlet, date and URL, leaving out what is unknown', () => {
    const full = claimWith({ outlet: 'The Korea Times', published: '2024-10-29', url: 'https://example.org/a' });
    assert.equal(claimCitation(full), '“approximately 11,000 North Korean soldiers” — The Korea Times, 2024-10-29, https://example.org/a');
    assert.equal(claimCitation(claimWith(undefined)), '“approximately 11,000 North Korean soldiers” — kursk');
  });
});
