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

  it('leaves out Markdown emphasis, code spans and link syntax, keeping the link text and the offsets', () => {
    const original = 'The **NIS** said _about_ `11,000` [troops](https://example.org/a_b) * moved.';
    const n = normalizeText(original);
    assert.equal(n.text, 'The NIS said about 11,000 troops moved.');
    const at = n.text.indexOf('troops');
    assert.equal(original.slice(n.starts[at], n.ends[at + 'troops'.length - 1]), 'troops');
    assert.equal(n.fromOriginal[original.indexOf('**NIS')], n.text.indexOf('NIS'));
  });

  it('keeps brackets and parentheses that are not a link, and a link text wrapped onto the next line', () => {
    assert.equal(normalizeText('He said [sic] (twice).').text, 'He said [sic] (twice).');
    assert.equal(normalizeText('[two\nlines](u) and [not\n\nthis](u)').text, 'two lines and [not this](u)');
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

  it('finds a quote at the very start or end of the article after a typo fixed in it', () => {
    const first = targetOf(TEXT, 'The NIS confirmed that');
    const last = createTarget(TEXT, TEXT.indexOf('by December.'), TEXT.length);
    assert.deepEqual([first.prefix, last.suffix], ['', '']);
    const edited = TEXT.replace('The NIS confirmed', 'The NIS confirmd').replace('by December.', 'by Decembre.');
    const results = reanchor(edited, [first, last]);
    assert.deepEqual(results.map((r) => edited.slice(r.start, r.end)), ['The NIS confirmd that', 'by Decembre.\n']);
    assert.deepEqual(results.map((r) => r.status), ['fuzzy', 'fuzzy']);
  });

  it('orphans a quote deleted at the very start of the article', () => {
    const first = targetOf(TEXT, 'The NIS confirmed that');
    const [result] = reanchor(TEXT.replace('The NIS confirmed that ', ''), [first]);
    assert.equal(result.status, 'orphaned');
  });

  it('finds a quote that occurs once verbatim when text was inserted on both sides of it', () => {
    const target = targetOf(TEXT, 'We think they will soon have 12,000 on Russian territory.');
    const edited = TEXT.replace('“We think', 'Officials in Kyiv were briefed. “We think')
      .replace('territory.”', 'territory. Seoul has not confirmed it.”');
    const [result] = reanchor(edited, [target]);
    assert.equal(edited.slice(result.start, result.end), 'We think they will soon have 12,000 on Russian territory.');
    assert.equal(result.textChanged, false);
  });

  it('prefers the only verbatim occurrence to an approximate match with better context', () => {
    // The second line's quote is edited in place; the unedited wording now occurs once, elsewhere.
    const text = 'Intro line about the briefing today.\nThey said 11,000 troops had arrived near Kursk.\n';
    const target = targetOf(text, 'They said 11,000 troops had arrived near Kursk.');
    const edited = 'They said 11,000 troops had arrived near Kursk.\nIntro line about the briefing.\nThey said 11,000 troops have arrived near Kursk.\n';
    const [result] = reanchor(edited, [target]);
    assert.equal(result.start, 0);
    assert.equal(result.status, 'quote');
  });

  it('finds sentences swapped with their neighbour, and still orphans a deleted one', () => {
    const paragraph = 'Seoul said the troops moved in October. Kyiv said they reached Kursk in November. Moscow said nothing.\n';
    const target = targetOf(paragraph, 'Kyiv said they reached Kursk in November.');
    const swapped = 'Seoul said the troops moved in October. Moscow said nothing. Kyiv said they reached Kursk in November.\n';
    const [moved] = reanchor(swapped, [target]);
    assert.equal(moved.start, swapped.indexOf('Kyiv'));
    const [deleted] = reanchor(paragraph.replace('Kyiv said they reached Kursk in November. ', ''), [target]);
    assert.equal(deleted.status, 'orphaned');
  });

  it('re-anchors a quote whose figure was edited, flagged as text changed', () => {
    const target = targetOf(TEXT, '11,000');
    const edited = TEXT.replace('11,000', '9,850');
    const [result] = reanchor(edited, [target]);
    assert.equal(edited.slice(result.start, result.end), '9,850');
    assert.deepEqual([result.status, result.textChanged], ['fuzzy', true]);
  });

  it('finds quotes through Markdown bold, italics and links added around and inside them', () => {
    const edited = TEXT.replace('approximately 11,000', '**approximately 11,000**')
      .replace('soon have 12,000', 'soon _have_ [12,000](https://example.org/x)');
    const results = reanchor(edited, targets);
    assert.deepEqual(results.map((r) => edited.slice(r.start, r.end)), ['approximately 11,000', 'soon _have_ [12,000', 'around 10,900 soldiers']);
    assert.deepEqual(results.map((r) => r.textChanged), [false, false, false]);
  });

  it('keeps the markup of a quote selected with it, so a stored span stays exact', () => {
    const text = 'Intro.\nThe NIS said **about 11,000 troops** were in Kursk.\n';
    const target = targetOf(text, '**about 11,000 troops**');
    const edited = `A new first line.\n${text}`;
    const [moved] = reanchor(edited, [target]);
    assert.equal(edited.slice(moved.start, moved.end), '**about 11,000 troops**');
    const [again] = reanchor(edited, [{ ...target, start: moved.start, end: moved.end }]);
    assert.equal(again.status, 'exact-offset');
  });

  // An AP story ends with a "___" separator line before the byline; "_" is Markdown emphasis to the normalizer.
  const AP_ENDING = 'A roadside bomb killed two police officers in Bannu on Thursday night, police said.\n\n___\nAhmed reported from Islamabad.';

  it('returns a quote that starts with a "___" separator line without the blank lines before it', () => {
    const target = targetOf(AP_ENDING, '___\nAhmed reported from Islamabad.');
    const moved = `Islamabad, Pakistan (AP) -\n\n${AP_ENDING}`;
    const respelled = moved.replace('Ahmed reported', 'Ahmed-reported');
    const [found, edited] = [reanchor(moved, [target])[0], reanchor(respelled, [target])[0]];
    assert.deepEqual([found.start, found.end], [moved.indexOf('___'), moved.length]);
    assert.equal(found.textChanged, false);
    assert.deepEqual([edited.start, edited.end], [respelled.indexOf('___'), respelled.length]);
    assert.equal(edited.textChanged, true);
  });

  it('keeps the line break a whole line was selected with, not the blank line after it', () => {
    const text = 'Ahmed reported from Islamabad.\n\nMunir Ahmed contributed from Quetta.\n';
    const target = targetOf(text, 'Ahmed reported from Islamabad.\n');
    const edited = `Islamabad, Pakistan (AP) -\n${text}`.replace(/\n/g, '\r\n');
    const [result] = reanchor(edited, [target]);
    assert.equal(edited.slice(result.start, result.end), 'Ahmed reported from Islamabad.\r\n');
    assert.equal(result.textChanged, false);
  });

  it('re-anchors a figure edited as the last word of the article to the whole new figure', () => {
    const text = 'MSF is an independent medical humanitarian organisation.\nDonate now | Contact | Careers | Privacy policy\n© Médecins Sans Frontières 2026';
    const target = targetOf(text, '© Médecins Sans Frontières 2026');
    for (const figure of ['2966', '12862', '458']) {
      const edited = `A line inserted above.\n${text.replace('2026', figure)}`;
      const [result] = reanchor(edited, [target]);
      assert.equal(edited.slice(result.start, result.end), `© Médecins Sans Frontières ${figure}`, figure);
      assert.deepEqual([result.status, result.textChanged], ['fuzzy', true]);
    }
    // A line pasted onto the last one without a break: the last word, whole, still ends the quote.
    const runOn = `${text.replace('Médecins', 'Medecins')}Share`;
    const [result] = reanchor(runOn, [target]);
    assert.equal(runOn.slice(result.start, result.end), '© Medecins Sans Frontières 2026');
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
