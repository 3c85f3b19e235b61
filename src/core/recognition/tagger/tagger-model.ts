import { FEATURE_KEYS, RULE_PRIOR, WEIGHT_SCALE, WEIGHTS } from '../model/tagger-weights';
import { base64ToBytes } from './packed-set';
import type { TagScorer } from './tag-chunks';
import { TAG_COUNT } from './tagger-features';

/**
 * The trained tagger: averaged-perceptron weights for hashed features, quantized to one signed byte per tag and
 * looked up in an open-addressing table (keys are the 32-bit feature hashes themselves).
 */
class PackedWeights implements TagScorer {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly keys: Uint32Array,
    private readonly weights: Int8Array,
    private readonly scale: number,
    readonly rulePrior: number,
  ) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let index = 0; index < keys.length; index++) {
      let slot = keys[index] & this.mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = index;
    }
  }

  addScores(feature: number, scores: Float64Array): void {
    let slot = feature & this.mask;
    for (let index = this.slots[slot]; index >= 0; index = this.slots[slot]) {
      if (this.keys[index] === feature) {
        const base = index * TAG_COUNT;
        for (let tag = 0; tag < TAG_COUNT; tag++) scores[tag] += this.weights[base + tag] * this.scale;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

let model: TagScorer | undefined;

/** The shipped tagger, unpacked on first use (a few milliseconds). */
export function taggerModel(): TagScorer {
  if (model === undefined) {
    const keyBytes = base64ToBytes(FEATURE_KEYS);
    const weightBytes = base64ToBytes(WEIGHTS);
    model = new PackedWeights(new Uint32Array(keyBytes.buffer, keyBytes.byteOffset, keyBytes.length >> 2), new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.length), WEIGHT_SCALE, RULE_PRIOR);
  }
  return model;
}
