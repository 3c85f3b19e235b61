import * as assert from 'node:assert/strict';
import { findLineEntities } from '../../../src/core/recognition/entities/find-line-entities';
import { findFigures } from '../../../src/core/recognition/figures/find-figures';
import { recognizeBlocks } from '../../../src/core/recognition/recognize-block';
import { splitBlocks } from '../../../src/core/recognition/split-blocks';
import { taggerModel } from '../../../src/core/recognition/tagger/tagger-model';

describe('recognizeBlocks', () => {
  const text = [
    'The National Security Bureau (NSB) said 2,400 troops left Port Mirel on Tuesday.',
    '',
    'Minister Ilse Varga met officials of the Harbour Authority in Kalden, 40 km away.',
    'Only three of the 12 ferries sailed.',
  ].join('\n');

  for (const tagger of [null, taggerModel()]) {
    it(`gives each line what its entities and figures alone give (${tagger === null ? 'rules only' : 'with the tagger'})`, () => {
      const blocks = splitBlocks(text);
      const recognitions = recognizeBlocks(blocks, tagger);
      assert.equal(recognitions.length, blocks.length);
      blocks.forEach((block, index) => {
        const entities = findLineEntities(block.text, tagger);
        assert.deepEqual(recognitions[index], {
          entities,
          defines: entities.some((candidate) => candidate.longForm !== undefined),
          figures: findFigures(block.text),
        });
      });
      assert.equal(recognitions[0].defines, true);
      assert.ok(recognitions[3].figures.length > 0);
    });
  }

  it('gives empty lines one shared empty result', () => {
    const recognitions = recognizeBlocks(splitBlocks('\n\nA line about Kalden.\n'), null);
    assert.deepEqual(recognitions[0], { entities: [], defines: false, figures: [] });
    assert.equal(recognitions[0], recognitions[1]);
    assert.equal(recognitions[0], recognitions[3]);
  });
});
