/** Shapes the workspace index hands to cards, search, the extension and the CLI. */
import { EntityType, FigureMention } from '../recognition/types';
import { Annotation, SourceMetadata } from '../sidecar/annotation';

export interface Disposable {
  dispose(): void;
}

/** One claim annotation with the article it belongs to. */
export interface IndexedClaim {
  path: string;
  /** Display name of the article (file name without extension). */
  article: string;
  annotation: Annotation;
  source?: SourceMetadata;
  /** Document-level entity keys the claim names: mentions overlapping its span plus `annotation.entities`. */
  entityKeys: string[];
}

export interface MentionRef {
  path: string;
  start: number;
  end: number;
  text: string;
}

/** One figure in one article, with what the index knows around it. */
export interface FigureRef {
  path: string;
  article: string;
  figure: FigureMention;
  source?: SourceMetadata;
  /** Attribution of a claim whose span contains the figure ("NIS, via lawmakers"). */
  attribution?: string;
  /** Document-level keys of the entities mentioned in the figure's sentence. */
  contextKeys: string[];
}

/** One entity merged across articles by identity (same type, variant spellings). */
export interface MergedEntity {
  /** Stable while the merged set is unchanged: the smallest `type:name` among its spellings' keys. */
  id: string;
  canonical: string;
  type: EntityType;
  /** Every spelling seen in the workspace, most frequent first. */
  spellings: string[];
  /** Sorted by path, then offset. */
  mentions: MentionRef[];
  claims: IndexedClaim[];
  /** Figures in the same sentence as one of its mentions. */
  figures: FigureRef[];
}

export type IndexChangeKind = 'article' | 'sidecar' | 'remove';

export interface IndexChange {
  path: string;
  kind: IndexChangeKind;
}
