import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { splitBlocks } from '../../../src/core/recognition/split-blocks';

describe('splitBlocks', () => {
  it('splits at LF, CRLF and a lone CR, keeping each break', () => {
    assert.deepEqual(splitBlocks('a\nb\r\nc\rd\r\r\n'), [
      { text: 'a', lineBreak: '\n' },
      { text: 'b', lineBreak: '\r\n' },
      { text: 'c', lineBreak: '\r' },
      { text: 'd', lineBreak: '\r' },
      { text: '', lineBreak: '\r\n' },
      { text: '', lineBreak: '' },
    ]);
  });

  it('gives the text back joined, with no line break inside a line', () => {
    const pieces = fc.constantFrom('a', 'Kursk', ' ', '\n', '\r', '\r\n', '\n\r', '’');
    fc.assert(
      fc.property(fc.array(pieces).map((parts) => parts.join('')), (text) => {
        const blocks = splitBlocks(text);
        assert.equal(blocks.map((block) => block.text + block.lineBreak).join(''), text);
        for (const block of blocks) {
          assert.ok(!/[\r\n]/.test(block.text));
        }
        assert.equal(blocks[blocks.length - 1].lineBreak, '');
      }),
    );
  });
});
