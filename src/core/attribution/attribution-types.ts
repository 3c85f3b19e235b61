/** Who the text says said something: a chain of sources as the article states it. */
import type { Span } from '../recognition/types';

/** One source in a chain ("the NIS", "lawmakers", "Yonhap"), as a span of the article. */
export interface AttributionSource extends Span {
  /** Exactly the article slice. */
  text: string;
}

/** The attribution of one span: sources ordered from the original source to the outlet's relay ("NIS → lawmakers → Yonhap"). */
export interface Attribution {
  sources: AttributionSource[];
  /** The cue words that state it ("according to", "was quoted as saying by", "told"), as spans of the article. */
  cues: AttributionSource[];
  /** Display form: source texts joined by " → ". */
  label: string;
}

/** Finds the attribution of `span` in `text` where the text states one; undefined when it does not. */
export type AttributionFinder = (text: string, span: Span) => Attribution | undefined;
