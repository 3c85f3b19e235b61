import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadAttributionGold, parseAttributionGold, prf, scoreAttribution } from '../../../bench/attribution-quality';
import { attributionCardLine, attributionDescription, attributionTooltipLine } from '../../../src/core/attribution/attribution-card';
import { findAttribution } from '../../../src/core/attribution/find-attribution';

/** The attribution of the first occurrence of `target` in `text`. */
function attributionOf(text: string, target: string) {
  const start = text.indexOf(target);
  assert.ok(start >= 0, `"${target}" is not in the text`);
  return findAttribution(text, { start, end: start + target.length });
}

describe('attribution chains', () => {
  it('reads "according to" with a citing relay as the cited source first', () => {
    const text = 'According to the BBC, citing a leaked draft, rich countries will pledge $300 billion a year by 2035.';
    const found = attributionOf(text, '$300 billion');
    assert.equal(found?.label, 'a leaked draft → BBC');
    assert.deepEqual(found?.cues.map((c) => c.text), ['According to', 'citing']);
  });

  it('puts the original source before lawmakers who cite it', () => {
    const found = attributionOf('Lawmakers said, citing the spy agency, that 400 workers had been sent abroad.', '400 workers');
    assert.equal(found?.label, 'spy agency → Lawmakers');
  });

  it('reads "was quoted as saying by" as speaker then relay', () => {
    const found = attributionOf('"The plant was shut in May," the regulator was quoted as saying by the lawmakers.', 'shut in May');
    assert.equal(found?.label, 'regulator → lawmakers');
    assert.equal(found?.cues[0].text, 'was quoted as saying by');
  });

  it('treats a named outlet after "told" as a relay, but not reporters', () => {
    assert.equal(attributionOf('A senior official told Kyodo that 12 ships had left port.', '12 ships')?.label, 'A senior official → Kyodo');
    assert.equal(attributionOf('The mayor told reporters that 12 ships had left port.', '12 ships')?.label, 'mayor');
  });

  it('finds the speaker after the verb in "…," said X', () => {
    const found = attributionOf('"We ran out of water on day three," said Amina Yusuf, a nurse at the clinic.', 'day three');
    assert.equal(found?.sources[0].text, 'Amina Yusuf');
  });

  it('keeps "for X" with a spokesperson and adds the anonymity cue', () => {
    const found = attributionOf(
      'The talks will resume in Cairo, a spokesperson for the mediators said, speaking on condition of anonymity.',
      'resume in Cairo',
    );
    assert.equal(found?.sources[0].text, 'a spokesperson for the mediators');
    assert.deepEqual(found?.cues.map((c) => c.text), ['said', 'speaking on condition of anonymity']);
  });

  it('gives a quotation running over several sentences the frame that closes it', () => {
    const text = '"The dam held. Nobody expected 40 centimetres of rain in a night. We were lucky," the engineer said.';
    assert.equal(attributionOf(text, '40 centimetres')?.label, 'engineer');
  });

  it('lets a quotation without a cue continue the previous speaker of its paragraph', () => {
    const text = '"Prices will keep rising," the minister said. "Families should expect 9 percent by winter."';
    assert.equal(attributionOf(text, '9 percent')?.label, 'minister');
  });

  it('resolves "it said" to the agency named in the paragraph before', () => {
    const text = 'The weather agency said the storm would weaken.\n"Winds of 150 kilometres an hour are still possible," it said.';
    const found = attributionOf(text, '150 kilometres');
    assert.equal(found?.sources[0].text, 'The weather agency');
  });

  it('states nothing for a sentence without a cue, or for a passive without an agent', () => {
    assert.equal(attributionOf('The bridge reopened on Monday after 14 months of repairs.', '14 months'), undefined);
    assert.equal(attributionOf('It is estimated that 3,000 homes were damaged.', '3,000 homes'), undefined);
  });

  it('chooses the cue nearest the span when a sentence has two', () => {
    const text = 'Freight rates rose 38% in a week, broker Braemar said, while spot rates reached $4,120, according to consultancy Drewry.';
    assert.equal(attributionOf(text, '38%')?.label, 'broker Braemar');
    assert.equal(attributionOf(text, '$4,120')?.label, 'consultancy Drewry');
  });

  it('returns spans equal to the article slices, with CRLF line ends', () => {
    const text = 'Intro line.\r\nThe NIS said 11,000 soldiers had arrived.\r\n';
    const found = attributionOf(text, '11,000 soldiers');
    for (const part of [...(found?.sources ?? []), ...(found?.cues ?? [])]) assert.equal(text.slice(part.start, part.end), part.text);
    assert.equal(found?.label, 'NIS');
  });

  it('returns undefined for a span outside the text', () => {
    assert.equal(findAttribution('short', { start: 3, end: 99 }), undefined);
  });
});

describe('attribution gold and scorer', () => {
  it('parses marks into spans of the unmarked text, with chain ranks', () => {
    const [item] = parseAttributionGold('# one\n⟦2|Lawmakers⟧ ⟨said⟩, ⟨citing⟩ ⟦1|the NIS⟧, that ⟪400⟫ left.', 'x.txt');
    assert.equal(item.text, 'Lawmakers said, citing the NIS, that 400 left.');
    assert.deepEqual(item.sources.map((s) => [item.text.slice(s.start, s.end), s.rank]), [['Lawmakers', 2], ['the NIS', 1]]);
    assert.equal(item.text.slice(item.target.start, item.target.end), '400');
  });

  it('rejects an item with unbalanced marks', () => {
    assert.throws(() => parseAttributionGold('⟦the NIS said ⟪400⟫', 'x.txt'), /unclosed|unbalanced/);
  });

  it('counts a missed source as a false negative and an invented one as a false positive', () => {
    const items = parseAttributionGold('⟦The NIS⟧ ⟨said⟩ ⟪400⟫ left.\n\nThe bridge opened in ⟪May⟫.', 'x.txt');
    const none = scoreAttribution(items, () => undefined);
    assert.deepEqual(none.sourcesExact, { tp: 0, fp: 0, fn: 1 });
    const invented = scoreAttribution(items, (_text, span) => ({ sources: [{ ...span, text: '' }], cues: [], label: '' }));
    assert.equal(invented.sourcesExact.fp, 2);
    assert.equal(prf({ tp: 1, fp: 1, fn: 0 }).precision, 0.5);
  });

  it('finds sources on the held-out stories at the published operating point or better (≈90 % precision, ≥ 40 % recall)', () => {
    const heldOut = loadAttributionGold(path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'attribution', 'heldout'));
    const { precision, recall } = prf(scoreAttribution(heldOut, findAttribution).sourcesOverlap);
    assert.ok(heldOut.length >= 25);
    assert.ok(precision >= 0.85 && recall >= 0.4, `precision ${precision}, recall ${recall}`);
  });
});

describe('attribution card text', () => {
  const found = findAttribution('"It is underway," the NIS was quoted as saying by the lawmakers.', { start: 1, end: 15 });

  it('shows the chain and its cue in the hover line, Markdown escaped', () => {
    assert.equal(attributionCardLine(found), '**Stated in text:** NIS → lawmakers · “was quoted as saying by”');
    assert.equal(attributionCardLine(undefined), '');
  });

  it('prefers the analyst’s attribution in the tree and marks a stated one', () => {
    assert.equal(attributionDescription('NIS, via lawmakers', found), 'NIS, via lawmakers');
    assert.equal(attributionDescription(undefined, found), 'NIS → lawmakers (stated)');
    assert.equal(attributionTooltipLine(found), 'Stated in text: NIS → lawmakers (“was quoted as saying by”)');
  });
});
