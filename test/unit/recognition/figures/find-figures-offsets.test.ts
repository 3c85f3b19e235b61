import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { findFigures } from '../../../../src/core/recognition/figures/find-figures';

describe('findFigures: offsets and regions', () => {
  it('indexes text with CRLF line breaks exactly as given', () => {
    const text = 'Title\r\n\r\nAt least 3,000 troops arrived on Nov. 4.\r\nThey cost $20 million.\r\n';
    const figures = findFigures(text);
    assert.deepEqual(figures.map((f) => f.text), ['At least 3,000', 'Nov. 4', '$20 million']);
    for (const f of figures) assert.equal(text.slice(f.start, f.end), f.text);
    assert.equal(figures[0].start, 'Title\r\n\r\n'.length);
  });

  it('returns only figures fully inside the region', () => {
    const text = 'some 3,000 troops, 4,000 workers and 5,000 guards';
    const start = text.indexOf('4,000');
    const within = findFigures(text, start, text.indexOf('5,000') + 3);
    assert.deepEqual(within.map((f) => f.text), ['4,000']);
  });

  it('does not pull a qualifier from before the region into a figure', () => {
    const text = 'at least 3,000 troops';
    assert.deepEqual(findFigures(text, text.indexOf('3,000')).map((f) => f.text), ['3,000']);
  });

  it('never lets a figure span a line break', () => {
    assert.deepEqual(findFigures('more than\n3,000 troops').map((f) => f.text), ['3,000']);
    assert.deepEqual(findFigures('Oct. 23\nand 24').map((f) => f.text), ['Oct. 23', '24']);
  });

  it('finds the same figures line by line as over the whole text, sorted and non-overlapping', () => {
    const piece = fc.constantFrom(
      'at least 3,000', ' troops', ' on Nov. 4, 2024', '\r\n', '\n', ' $20 million', ' 170mm', ' 15 percent', ' Su-25',
      ' between', ' 10,900 to 12,000', ' the 1990s', ' • -2', ' two', ' and', ' late October', ' 2022', ' 11th', ' x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const whole = findFigures(text);
        for (let i = 1; i < whole.length; i++) assert.ok(whole[i - 1].end <= whole[i].start);
        for (const f of whole) assert.equal(text.slice(f.start, f.end), f.text);
        const byLine: typeof whole = [];
        let lineStart = 0;
        for (const line of text.split('\n')) {
          byLine.push(...findFigures(text, lineStart, lineStart + line.length));
          lineStart += line.length + 1;
        }
        assert.deepEqual(byLine, whole);
      }),
    );
  });
});
