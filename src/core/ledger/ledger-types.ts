/** The figure ledger: figures about one subject grouped across articles, with the reports that cannot all be true. */
import type { FigureType, FigureValue } from '../recognition/types';

/** One figure as one article reports it (the CLI's `ledger --json` report shape plus display fields). */
export interface FigureReport {
  path: string;
  start: number;
  end: number;
  /** Exactly the article slice, qualifier included. */
  text: string;
  type: FigureType;
  value: FigureValue | null;
  qualifier: string | null;
  unit: string | null;
  /** Attribution chain label ("NIS → lawmakers → Yonhap"), or null when the text states none. */
  attribution: string | null;
  /** From the sidecar's `source:` block when set. */
  outlet?: string;
  published?: string;
  /** Admiralty grade such as "B2", when set. */
  grade?: string;
  /** Stable key of the report in `.sourcemark/subjects.yaml` (workspace-relative path, figure text, occurrence). */
  key?: string;
  /** The text states the figure as expected, not as current ("expects 12,000 soon", "likely to deploy"). */
  forecast?: boolean;
}

/** Two reports of one subject that cannot both be true; indexes into `Subject.reports`. */
export interface Contradiction {
  reports: [number, number];
  reason: string;
}

export interface Subject {
  /** Stable across re-indexing while the grouping is unchanged; decisions in `.sourcemark/subjects.yaml` refer to it. */
  id: string;
  label: string;
  unit: string | null;
  reports: FigureReport[];
  contradictions: Contradiction[];
  /** The figure the stated policy picks as headline, with the reason shown to the analyst. */
  headline?: { report: number; reason: string };
  /** The analyst excluded the subject; it stays listed so the decision can be undone. */
  excluded?: boolean;
}

export interface Ledger {
  subjects: Subject[];
}
