/** Shapes shared by the recognizer, the index, the extension and the CLI. Offsets are UTF-16 code units. */

export const ENTITY_TYPES = ['person', 'organization', 'place', 'equipment', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const FIGURE_TYPES = ['count', 'range', 'money', 'measure', 'percent', 'date'] as const;
export type FigureType = (typeof FIGURE_TYPES)[number];

export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
}

export interface EntityMention extends Span {
  /** Exactly `text.slice(start, end)`. */
  text: string;
  type: EntityType;
  /**
   * Identity shared by every mention of one entity within a document: spelling variants,
   * surname-only back-references and abbreviations (Choe Son Hui = Choe Son-hui = Choe).
   * A stable, readable string such as `person:choe son hui`.
   */
  key: string;
}

/**
 * A number, a numeric range, an ISO date (`2024-10-23`, `2024-10`, `1990s`...), an ISO 8601 duration for a date that is a length
 * of time (`P4Y`, `P6M`, `P2W`, `P42D`, `PT48H`), or a range of either (`{start: 'P10D', end: 'P14D'}`).
 */
export type FigureValue =
  | number
  | { min: number; max: number }
  | string
  | { start: string; end: string };

/** True for a numeric range value ("10,900 to 12,000"), not a date range. */
export function isNumericRange(value: FigureValue | null): value is { min: number; max: number } {
  return value !== null && typeof value === 'object' && 'min' in value;
}

export interface FigureMention extends Span {
  /** Exactly `text.slice(start, end)`, qualifier included ("approximately 11,000"). */
  text: string;
  type: FigureType;
  /**
   * Normalized value; null when the text does not allow one: "late October" without a year, a weekday or "last week" (only the
   * article's date would resolve them), a clock time, a vague count ("dozens of civilians").
   */
  value: FigureValue | null;
  /** Lower-case qualifier as written ("approximately", "at least", "up to"...), or null. */
  qualifier: string | null;
  /** Lower-case unit noun or symbol ("troops", "mm", "usd", "won"), or null (always for dates, durations included). */
  unit: string | null;
}

export interface Recognition {
  /** Sorted by start, non-overlapping. */
  entities: EntityMention[];
  /** Sorted by start, non-overlapping. */
  figures: FigureMention[];
}
