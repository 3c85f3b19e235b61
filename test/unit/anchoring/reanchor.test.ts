import { strict as assert } from 'node:assert';
import { createTarget } from '../../../src/core/anchoring/create-target';
import { normalizeText } from '../../../src/core/anchoring/normalize-text';
import { reanchor } from '../../../src/core/anchoring/reanchor';
import { shiftTargets } from '../../../src/core/anchoring/shift-targets';

const TEXT = 'The NIS confirmed that approximately 11,000 North Korean soldiers had completed training.\n' +
  'Zelenskyy said: “We think they will soon have 12,000 on Russian territory.”\n' +
  'The agency also forecast that the North is likely to deploy around 10,900 soldiers in total by December.\n';

function targetOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, quote);
  return createTarget(text, start, start + quote.length);
}

describe('createTarget', () => {
  it('keeps 32 characters of context on each side, fewer at the edges', () => {
    const t = targetOf(TEXT, 'approximately 11,000');
    assert.deepEqual(t, { quote: 'approximately 11,000', prefix: 'The NIS confirmed that ', suffix: ' North Korean soldiers had compl', start: 23, end: 43 });
    assert.throws(() => createTarget(TEXT, 5, 2), RangeError);
  });
});

describe('normalizeText', () => {
  it('collapses whitespace, straightens quotes and dashes, and maps back to original offsets', () => {
    const n = normalizeText('a\r\n\r\n“b” –c');
    assert.equal(n.text, 'a "b" -c');
    assert.deepEqual([n.starts[1], n.ends[1]], [1, 5]);
    assert.equal(n.fromOriginal[5], 2);
  });
});

describe('reanchor', () => {
  const targets = ['approximately 11,000', 'soon have 12,000', 'around 10,900 soldiers'].map((q) => targetOf(TEXT, q));

  it('finds unchanged annotations at their offsets', () => {
    assert.deepEqual(reanchor(TEXT, targets).map((r) => r.status), ['exact-offset', 'exact-offset', 'exact-offset']);
  });

  it('follows text inserted above, in input order', () => {
    const edited = 'Seoul, Nov. 20 (Yonhap) —\n' + TEXT;
    const results = reanchor(edited, [targets[2], targets[0]]);
    assert.equal(edited.slice(results[0].start, results[0].end), 'around 10,900 soldiers');
    assert.equal(edited.slice(results[1].start, results[1].end), 'approximately 11,000');
    assert.equal(results[0].status, 'quote');
  });

  it('finds quotes across re-wrapped lines, CRLF and straightened quotes', () => {
    const edited = TEXT.replace('that approximately', 'that\r\napproximately').replace(/\n/g, '\r\n').replace(/[“”]/g, '"');
    const results = reanchor(edited, targets);
    assert.deepEqual(results.map((r) => edited.slice(r.start, r.end)), ['approximately 11,000', 'soon have 12,000', 'around 10,900 soldiers']);
  });

  it('finds a quote with a typo fixed inside it, as fuzzy', () => {
    const edited = TEXT.replace('approximately 11,000', 'approximatly 11,000');
    const [result] = reanchor(edited, [targets[0]]);
    assert.equal(result.status, 'fuzzy');
    assert.equal(edited.slice(result.start, result.end), 'approximatly 11,000');
  });

  it('keeps an annotation as orphaned when its quote is deleted, even if a copy remains elsewhere', () => {
    const withCopy = TEXT + 'Earlier, soon have 12,000 was said by others.\n';
    const target = targetOf(withCopy, 'soon have 12,000');
    const edited = withCopy.replace('they will soon have 12,000 on', 'they will on');
    const results = reanchor(edited, [target, targets[0]]);
    assert.equal(results.length, 2);
    assert.equal(results[0].status, 'orphaned');
    assert.equal(results[1].status, 'exact-offset');
  });

  // A repetitive text (a feed saved twice, boilerplate) with copies further apart than the search window.
  const filler = 'Unrelated reporting continues in this paragraph. '.repeat(60) + '\n';
  const withoutSecondLine = (copy: string) => copy.replace(TEXT.split('\n')[1] + '\n', '');

  it('does not follow a neighbour that was matched to a copy of its deleted paragraph', () => {
    const copy = TEXT + filler;
    const [gone, kept] = ['soon have 12,000', 'around 10,900 soldiers'].map((q) => targetOf(copy + copy, q));
    const edited = withoutSecondLine(copy) + copy;
    const result = reanchor(edited, [gone, kept])[1];
    assert.equal(result.start, edited.indexOf('around 10,900 soldiers'));
  });

  it('orphans an annotation whose paragraph is gone when several equal copies of it remain', () => {
    const copy = TEXT + filler;
    const target = targetOf(copy + copy + copy, 'soon have 12,000');
    const [result] = reanchor(withoutSecondLine(copy) + copy + copy, [target]);
    assert.equal(result.status, 'orphaned');
  });

  it('finds a moved paragraph by its quote and context', () => {
    const lines = TEXT.split('\n');
    const edited = [lines[1], lines[2], lines[0], ''].join('\n');
    const [result] = reanchor(edited, [targets[0]]);
    assert.equal(edited.slice(result.start, result.end), 'approximately 11,000');
  });
});

describe('shiftTargets', () => {
  const t = createTarget(TEXT, 23, 43);

  it('shifts spans after an edit and leaves spans before it', () => {
    assert.deepEqual(shiftTargets([t], [{ rangeOffset: 0, rangeLength: 3, text: 'This' }]).map((x) => [x.start, x.end]), [[24, 44]]);
    assert.equal(shiftTargets([t], [{ rangeOffset: 60, rangeLength: 5, text: '' }])[0], t);
  });

  it('grows a span for text typed inside it, but not at its edges', () => {
    const [inside, atStart, atEnd] = [30, 23, 43].map((at) => shiftTargets([t], [{ rangeOffset: at, rangeLength: 0, text: 'xx' }])[0]);
    assert.deepEqual([inside.start, inside.end], [23, 45]);
    assert.deepEqual([atStart.start, atStart.end], [25, 45]);
    assert.deepEqual([atEnd.start, atEnd.end], [23, 43]);
  });

  it('collapses a span whose text was deleted and clips partial overlaps', () => {
    assert.deepEqual(shiftTargets([t], [{ rangeOffset: 20, rangeLength: 30, text: '' }]).map((x) => [x.start, x.end]), [[20, 20]]);
    assert.deepEqual(shiftTargets([t], [{ rangeOffset: 40, rangeLength: 10, text: 'abc' }]).map((x) => [x.start, x.end]), [[23, 40]]);
    assert.deepEqual(shiftTargets([t], [{ rangeOffset: 20, rangeLength: 5, text: '' }]).map((x) => [x.start, x.end]), [[20, 38]]);
  });

  it('applies several changes of one event, all in pre-event offsets', () => {
    const changes = [{ rangeOffset: 0, rangeLength: 0, text: 'ab' }, { rangeOffset: 30, rangeLength: 2, text: '' }];
    assert.deepEqual(shiftTargets([t], changes).map((x) => [x.start, x.end]), [[25, 43]]);
  });
});
