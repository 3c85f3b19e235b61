import { stat } from 'node:fs/promises';
import { anchorUpdates } from '../core/anchoring/anchor-updates';
import { reanchor, type AnchorResult } from '../core/anchoring/reanchor';
import { annotationPositions } from '../core/sidecar/annotation-position';
import type { FileStore } from '../core/sidecar/file-store';
import type { ParsedSidecarOk } from '../core/sidecar/parse-sidecar';
import { setAnchors } from '../core/sidecar/sidecar-edits';
import { articlePathFor, isSidecarPath, sidecarPathFor } from '../core/sidecar/sidecar-paths';
import { SidecarStore } from '../core/sidecar/sidecar-store';
import { nodeFileStore } from '../platform/node-file-store';
import type { CliIO } from './cli-io';
import { findArticleFiles, findSidecarFiles } from './find-articles';
import { readArticleFile } from './read-article-file';

export const checkHelp = `Usage: sourcemark check [paths...] [--fix] [--json]

Validates the sidecars (<article>.sourcemark.yaml) of the articles under the given
files or folders (default ".") and re-anchors every annotation against the
article's current text. Problems are printed as
  path:line:column: severity: message
with orphaned annotations pointing at their block in the sidecar. A sidecar whose
article is missing is reported as an orphaned sidecar.

Options:
  --fix    Write re-anchored offsets, and "orphaned: true" for quotes no longer
           found, back to the sidecars: atomically, only the changed values
           (comments, spacing, line endings, mode and owner kept), merged with
           whatever another program wrote meanwhile. Sidecars with errors, a
           newer version, or that cannot be read or written (read-only, not
           UTF-8, a dangling link) are reported and never written; the other
           files are still checked.
  --json   Print {"problems":[{path,line,column,severity,message,id?}],
           "checked":N,"fixed":N} instead of lines.
  --help   Show this help.

Exit code: 0 when every sidecar is valid and every annotation was found, 1 on
any error or orphaned annotation (also after --fix), 2 on a usage error.`;

type Severity = 'error' | 'warning' | 'info';

interface Problem {
  path: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  id?: string;
}

const OPTIONS = new Set(['--fix', '--json']);

/** `fileStore` is the boundary tests replace (a failing disk, a concurrent writer); the CLI uses Node's fs. */
export const checkCommand = async (args: string[], io: CliIO, fileStore: FileStore = nodeFileStore): Promise<number> => {
  const unknown = args.find((arg) => arg.startsWith('--') && !OPTIONS.has(arg));
  if (unknown) {
    io.stderr(`Unknown option ${unknown}\n\n${checkHelp}\n`);
    return 2;
  }
  const fix = args.includes('--fix');
  const paths = args.filter((arg) => !arg.startsWith('--'));
  const roots = paths.length > 0 ? paths : ['.'];
  const problems: Problem[] = [];
  const store = new SidecarStore(fileStore);

  const { files, missing, unreadable } = await findArticleFiles(roots);
  for (const path of missing) problems.push({ path, line: 1, column: 1, severity: 'error', message: 'no such file or folder' });
  for (const { path, message } of unreadable) problems.push({ path, line: 1, column: 1, severity: 'error', message: `cannot read the folder: ${message}` });
  // A sidecar named directly is checked through its article when that exists (else as an orphaned sidecar).
  const articles = [...new Set(await Promise.all(files.map(async (file) => (isSidecarPath(file) && (await exists(articlePathFor(file)!)) ? articlePathFor(file)! : file))))].filter(
    (file) => !isSidecarPath(file),
  );
  const sidecars = new Set([...files.filter(isSidecarPath), ...(await findSidecarFiles(roots))]);

  let checked = 0;
  let fixed = 0;
  for (const article of articles) {
    sidecars.delete(sidecarPathFor(article));
    const loaded = await store.load(article);
    if (loaded.status === 'missing') continue;
    checked++;
    if (loaded.status === 'invalid') {
      for (const e of loaded.errors) problems.push({ path: loaded.path, line: e.line, column: e.column, severity: 'error', message: e.message });
      continue;
    }
    const sidecar = loaded.sidecar;
    for (const w of sidecar.warnings) problems.push({ path: loaded.path, line: w.line, column: w.column, severity: 'warning', message: w.message });
    const text = await readArticleFile(article);
    if (!text.ok) {
      problems.push({ path: article, line: 1, column: 1, severity: 'error', message: `cannot re-anchor: ${text.message}` });
      continue;
    }
    const results = reanchor(text.text, sidecar.data.annotations.map((a) => a.target));
    problems.push(...describeResults(loaded.path, sidecar, results, fix));
    if (fix) fixed += await writeAnchors(store, article, sidecar, results, problems, loaded.path);
  }
  for (const sidecar of [...sidecars].sort()) {
    if (!(await exists(articlePathFor(sidecar) ?? ''))) {
      checked++;
      problems.push({ path: sidecar, line: 1, column: 1, severity: 'error', message: `orphaned sidecar: its article ${articlePathFor(sidecar)} does not exist` });
    }
  }

  if (args.includes('--json')) io.stdout(`${JSON.stringify({ problems, checked, fixed })}\n`);
  else for (const p of problems) io.stdout(`${p.path}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
};

function describeResults(path: string, sidecar: ParsedSidecarOk, results: AnchorResult[], fix: boolean): Problem[] {
  const problems: Problem[] = [];
  const positions = annotationPositions(sidecar);
  sidecar.data.annotations.forEach((annotation, i) => {
    const result = results[i];
    const at = { path, ...(positions.get(annotation.id) ?? { line: 1, column: 1 }), id: annotation.id };
    const quote = JSON.stringify(shorten(annotation.target.quote));
    if (result.status === 'orphaned') {
      problems.push({ ...at, severity: 'error', message: `annotation ${annotation.id} is orphaned: ${quote} is no longer in the article` });
    } else if (result.textChanged) {
      problems.push({ ...at, severity: 'warning', message: `annotation ${annotation.id}: the quoted text changed (${quote}, similarity ${result.score.toFixed(2)}); check the claim still holds` });
    } else if (result.status === 'quote' && !fix) {
      problems.push({ ...at, severity: 'info', message: `annotation ${annotation.id} moved to ${result.start}–${result.end}; run with --fix to store the new offsets` });
    }
  });
  return problems;
}

async function writeAnchors(store: SidecarStore, article: string, sidecar: ParsedSidecarOk, results: AnchorResult[], problems: Problem[], path: string): Promise<number> {
  const updates = anchorUpdates(sidecar.data.annotations, results);
  const written = await store.update(article, (doc) => setAnchors(doc, updates), sidecar);
  if (!written.ok) {
    problems.push({ path, line: 1, column: 1, severity: 'error', message: `not fixed: ${written.message}` });
    return 0;
  }
  return written.written ? 1 : 0;
}

function shorten(quote: string): string {
  return quote.length > 60 ? `${quote.slice(0, 57)}...` : quote;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}
