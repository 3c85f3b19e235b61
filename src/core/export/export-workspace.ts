/** One entry point for every export format, shared by the CLI and the editor's Export command. */
import type { LedgerArticle } from '../ledger/group-figures';
import type { Ledger } from '../ledger/ledger-types';
import { claimsCsv, figureReportsCsv } from './csv-tables';
import { ledgerBrief, subjectBrief } from './markdown-brief';
import { toWebAnnotations } from './web-annotation';

export const EXPORT_FORMATS = ['jsonld', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type CsvTable = 'claims' | 'figures';

export interface ExportRequest {
  format: ExportFormat;
  /** CSV: annotations (default) or figure reports. */
  table?: CsvTable;
  /** Markdown: one subject's brief instead of the workspace's. */
  subjectId?: string;
  /** JSON-LD: the IRI naming an article (a file IRI by default). */
  sourceIri?: (path: string) => string;
}

/** The export as text, or an error sentence (an unknown subject). */
export function exportWorkspace(articles: LedgerArticle[], ledger: Ledger, request: ExportRequest): { ok: true; text: string } | { ok: false; message: string } {
  if (request.format === 'jsonld') return { ok: true, text: `${JSON.stringify(toWebAnnotations(articles, request.sourceIri), null, 2)}\n` };
  if (request.format === 'csv') return { ok: true, text: request.table === 'figures' ? figureReportsCsv(ledger) : claimsCsv(articles) };
  if (request.subjectId === undefined) return { ok: true, text: ledgerBrief(ledger) };
  const subject = ledger.subjects.find((s) => s.id === request.subjectId);
  return subject ? { ok: true, text: `${subjectBrief(subject)}` } : { ok: false, message: `No subject "${request.subjectId}" in the ledger.` };
}

/** The usual file extension of a format. */
export function exportExtension(format: ExportFormat): string {
  return format === 'jsonld' ? 'jsonld' : format === 'csv' ? 'csv' : 'md';
}
