/** The annotation model stored in a sidecar (`article.txt.sourcemark.yaml`), schema version 1. */

export const SIDECAR_SCHEMA_VERSION = 1;
export const SIDECAR_SUFFIX = '.sourcemark.yaml';

export type AnnotationKind = 'claim' | 'note';

/** W3C Web Annotation TextQuoteSelector + TextPositionSelector, as Hypothesis stores them. */
export interface AnnotationTarget {
  /** The exact annotated text. */
  quote: string;
  /** Up to 32 characters before the quote. */
  prefix: string;
  /** Up to 32 characters after the quote. */
  suffix: string;
  /** UTF-16 offsets of the quote in the article when last anchored. */
  start: number;
  end: number;
}

export interface Annotation {
  /** Stable id, never reused (e.g. `c-2k9f7q`). */
  id: string;
  kind: AnnotationKind;
  /** The analyst's own wording of the claim or note. */
  text: string;
  /** Who the article says said it ("NIS, via lawmakers"). */
  attribution?: string;
  tags: string[];
  /** Entity keys inside the span when it was created. */
  entities?: string[];
  /** Figure texts inside the span when it was created ("approximately 11,000"). */
  figures?: string[];
  /** ISO 8601 timestamps. */
  created: string;
  updated: string;
  target: AnnotationTarget;
  /** Set when the quote could not be found in the current text; the annotation is kept. */
  orphaned?: boolean;
}

/** Admiralty (NATO) source grading: reliability A–F, credibility 1–6. */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface SourceMetadata {
  outlet?: string;
  url?: string;
  author?: string;
  /** ISO date of publication. */
  published?: string;
  /** BCP 47 language tag. */
  language?: string;
  reliability?: Reliability;
  credibility?: Credibility;
}

export interface SidecarData {
  version: number;
  source?: SourceMetadata;
  annotations: Annotation[];
}
