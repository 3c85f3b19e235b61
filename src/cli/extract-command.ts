import { resolve } from 'node:path';
import { applyEntityDecisions } from '../core/entities/entity-decisions';
import { loadEntityDecisionsNear } from '../platform/entity-decisions-near';
import { formatFigureValue, missingValueReason } from '../core/recognition/describe-mention';
import { recognize } from '../core/recognition/recognize';
import { EntityMention, FigureMention } from '../core/recognition/types';
import { CliCommand } from './cli-io';
import { findArticleFiles } from './find-articles';
import { readArticles } from './read-articles';

export const extractHelp = `Usage: sourcemark extract <files or folders...> [--json]

Recognizes entities (person, organization, place, equipment, event) and figures
(count, range, money, measure, percent, date) in articles. Folders are walked for
.txt and .md files (sidecars, node_modules and dot-folders are skipped).

Options:
  --json   Print {"files":[{"path","entities":[{start,end,text,type,key}],
           "figures":[{start,end,text,type,value,qualifier,unit}]}]}.
           Offsets are UTF-16 code units of the file's text as an editor
           holds it (a UTF-8 byte-order mark is not counted); text equals
           the slice at [start, end).
  --help   Show this help.

Exit code: 0 when every file was read, 1 when a file was missing, unreadable,
binary or not UTF-8 (reported on stderr; the other files are still processed),
2 on a usage error.`;

interface ExtractedFile {
  path: string;
  entities: Pick<EntityMention, 'start' | 'end' | 'text' | 'type' | 'key'>[];
  figures: Pick<FigureMention, 'start' | 'end' | 'text' | 'type' | 'value' | 'qualifier' | 'unit'>[];
}

export const extractCommand: CliCommand = async (args, io) => {
  const json = args.includes('--json');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json');
  const paths = args.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0 || paths.length === 0) {
    io.stderr(`${unknown.length > 0 ? `Unknown option ${unknown[0]}\n` : 'No files or folders given.\n'}\n${extractHelp}\n`);
    return 2;
  }

  const { files, missing, unreadable } = await findArticleFiles(paths);
  let failed = missing.length > 0 || unreadable.length > 0;
  for (const path of missing) io.stderr(`sourcemark: ${path}: no such file or folder\n`);
  for (const { path, message } of unreadable) io.stderr(`sourcemark: ${path}: cannot read the folder: ${message}\n`);

  // The analyst's entity decisions (.sourcemark/entities.yaml) apply here as in the editor.
  const decisions = await loadEntityDecisionsNear(process.cwd());
  if (decisions.problem) io.stderr(`sourcemark: ${decisions.problem}\n`);
  const extracted: ExtractedFile[] = [];
  for await (const { path, text } of readArticles(files, io, () => (failed = true))) {
    const { entities, figures } = applyEntityDecisions(recognize(text), decisions.table, resolve(path));
    const file: ExtractedFile = {
      path,
      entities: entities.map(({ start, end, text, type, key }) => ({ start, end, text, type, key })),
      figures: figures.map(({ start, end, text, type, value, qualifier, unit }) => ({ start, end, text, type, value, qualifier, unit })),
    };
    if (json) extracted.push(file);
    else io.stdout(formatTable(file));
  }
  if (json) io.stdout(`${JSON.stringify({ files: extracted })}\n`);
  return failed ? 1 : 0;
};

function formatTable(file: ExtractedFile): string {
  const rows: string[][] = [
    ...file.entities.map((e) => [`${e.start}-${e.end}`, e.type, e.text, e.key]),
    ...file.figures.map((f) => [`${f.start}-${f.end}`, f.type, f.text, describeFigure(f)]),
  ].sort((a, b) => parseInt(a[0], 10) - parseInt(b[0], 10));
  const header = ['offsets', 'type', 'text', 'key / value'];
  const widths = header.map((title, column) => Math.min(40, Math.max(title.length, ...rows.map((row) => row[column].length))));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  const counts = `${file.entities.length} entities, ${file.figures.length} figures`;
  return [`${file.path} (${counts})`, line(header), ...rows.map(line), ''].join('\n') + '\n';
}

/** "approximately 11,000 troops"; a figure without a value says why: "drones (no exact number)". */
function describeFigure(figure: ExtractedFile['figures'][number]): string {
  const value = figure.value === null ? null : formatFigureValue(figure.value);
  const parts = [figure.qualifier, value, figure.unit, figure.value === null ? `(${missingValueReason(figure)})` : null];
  return parts.filter((part): part is string => !!part).join(' ');
}
