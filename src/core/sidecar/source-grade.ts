/** The Admiralty (NATO) grading of sources, as analysts write it: "B2" = usually reliable, probably true. */
import { Credibility, Reliability, SourceMetadata } from './annotation';

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** "B2" or "B" or "?2"; undefined when the source is not graded at all. */
export function gradeCode(source: Pick<SourceMetadata, 'reliability' | 'credibility'>): string | undefined {
  if (!source.reliability && !source.credibility) return undefined;
  return `${source.reliability ?? '?'}${source.credibility ?? ''}`;
}

/** "B2 (usually reliable, probably true)", or "not graded". */
export function describeGrade(source: Pick<SourceMetadata, 'reliability' | 'credibility'>): string {
  const code = gradeCode(source);
  if (!code) return 'not graded';
  const words = [
    source.reliability && RELIABILITY_LABELS[source.reliability].toLowerCase(),
    source.credibility && CREDIBILITY_LABELS[source.credibility].toLowerCase(),
  ].filter(Boolean);
  return `${code} (${words.join(', ')})`;
}
