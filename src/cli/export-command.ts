import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXPORT_FORMATS, ExportFormat, exportWorkspace } from '../core/export/export-workspace';
import { fileIri } from '../core/export/web-annotation';
import { CliCommand } from './cli-io';
import { ledgerOf, loadWorkspace, parseLedgerArguments } from './ledger-command';

export const exportHelp = `Usage: sourcemark export [paths...] --format jsonld|csv|markdown [--out FILE]
                        [--table claims|figures] [--subject ID] [--root DIR]
                        [--window-days N]

Exports the annotations and the figure ledger of the articles under the paths
(default: the current folder).

Formats:
  jsonld     W3C Web Annotations (http://www.w3.org/ns/anno.jsonld): an
             AnnotationCollection; each annotation targets its article file with
             a TextQuoteSelector and a TextPositionSelector (UTF-16 offsets).
  csv        RFC 4180 CSV; lists (tags, entities, range bounds) joined with "|".
             --table claims (default): one row per claim or note.
             --table figures: one row per figure report of the ledger.
  markdown   A brief: per subject its headline, reports with citations and
             contradictions. --subject ID: that subject only.

Options:
  --out FILE  Write to FILE instead of standard output.
  --root DIR  Workspace folder holding .sourcemark/ (default: the current folder).
  --window-days N
              Compare figure reports published at most N days apart (default 7).
  --help      Show this help.

Exit code: 0 when everything was read, 1 when a file could not be read or
written, 2 on a usage error.`;

export const exportCommand: CliCommand = async (args, io) => {
  const parsed = parseLedgerArguments(args, ['--format', '--out', '--table', '--subject'], []);
  const usage = (message: string) => {
    io.stderr(`${message}\n\n${exportHelp}\n`);
    return 2;
  };
  if (typeof parsed === 'string') return usage(parsed);
  const format = parsed.rest.get('--format');
  if (!format) return usage('No --format given.');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return usage(`Unknown format "${format}": use jsonld, csv or markdown.`);
  const table = parsed.rest.get('--table') ?? 'claims';
  if (table !== 'claims' && table !== 'figures') return usage(`Unknown table "${table}": use claims or figures.`);
  const workspace = await loadWorkspace(parsed.paths, parsed.root, io);
  const result = exportWorkspace(workspace.articles, ledgerOf(workspace, parsed), {
    format: format as ExportFormat,
    table,
    subjectId: parsed.rest.get('--subject'),
    sourceIri: (path) => fileIri(resolve(path)),
  });
  if (!result.ok) {
    io.stderr(`sourcemark: ${result.message}\n`);
    return 1;
  }
  const out = parsed.rest.get('--out');
  if (out === undefined) io.stdout(result.text);
  else {
    try {
      await writeFile(out, result.text);
    } catch (error) {
      io.stderr(`sourcemark: ${out}: not written, ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return 1;
    }
  }
  return workspace.failed ? 1 : 0;
};
