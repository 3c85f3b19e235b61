import * as nodePath from 'node:path';
import { anchorInText } from '../core/anchoring/anchor-updates';
import { findAttribution } from '../core/attribution/find-attribution';
import { buildLedger, subjectSummary } from '../core/ledger/build-ledger';
import { DEFAULT_CONTRADICTION_OPTIONS } from '../core/ledger/find-contradictions';
import type { LedgerArticle } from '../core/ledger/group-figures';
import type { Ledger } from '../core/ledger/ledger-types';
import { SUBJECTS_FILE, SubjectDecision } from '../core/ledger/subject-decisions';
import { SubjectsFile } from '../core/ledger/subjects-file';
import { formatFigureValue } from '../core/recognition/describe-mention';
import { recognize } from '../core/recognition/recognize';
import { nodeFileStore } from '../platform/node-file-store';
import { CliCommand, CliIO } from './cli-io';
import { findArticleFiles } from './find-articles';
import { readArticles } from './read-articles';
import { readSidecar } from './search-command';

export const ledgerHelp = `Usage: sourcemark ledger [paths...] [--json] [--root DIR] [--window-days N]

Groups the figures of the articles under the paths (default: the current folder)
by subject across sources (unit noun, owner, part of the whole), and lists the
reports of each subject that cannot all be true. Subjects only one article
reports are left out. Decisions made in the editor (merge, split, rename,
exclude) are read from DIR/.sourcemark/subjects.yaml.

Options:
  --json      Print {"subjects":[{"id","label","unit","reports":[{"path","start",
              "end","text","value","qualifier","attribution"}],"contradictions":
              [{"reports":[i,j],"reason"}]}]}; i and j index "reports".
  --root DIR  Workspace folder holding .sourcemark/ (default: the current folder).
  --window-days N
              Compare reports published at most N days apart (default 7; the
              editor's setting sourcemark.ledger.windowDays).
  --help      Show this help.

Exit code: 0 when every file was read, 1 when a file or the subjects file could
not be read (reported on stderr; the rest is still processed), 2 on a usage error.`;

export interface LedgerArguments {
  paths: string[];
  json: boolean;
  root: string;
  /** Reports published further apart are not compared (`--window-days`). */
  windowDays: number;
  rest: Map<string, string>;
}

/** Parses `[paths] [--json] [--root DIR] [--window-days N]` plus the value options named in `valued`; a string is a usage error. */
export function parseLedgerArguments(args: string[], valued: string[] = [], flags: string[] = ['--json']): LedgerArguments | string {
  const paths: string[] = [];
  const rest = new Map<string, string>();
  let root = '.';
  let windowDays = DEFAULT_CONTRADICTION_OPTIONS.windowDays;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (flags.includes(arg)) {
      if (arg === '--json') json = true;
      else rest.set(arg, 'true');
    } else if (arg === '--root' || arg === '--window-days' || valued.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value.`;
      if (arg === '--root') root = value;
      else if (arg === '--window-days') {
        if (!/^\d+(\.\d+)?$/.test(value)) return `--window-days needs a number of days, not "${value}".`;
        windowDays = Number(value);
      } else rest.set(arg, value);
    } else if (arg.startsWith('--')) return `Unknown option ${arg}`;
    else paths.push(arg);
  }
  return { paths: paths.length > 0 ? paths : ['.'], json, root: nodePath.resolve(root), windowDays, rest };
}

export interface LoadedWorkspace {
  articles: LedgerArticle[];
  decisions: Map<string, SubjectDecision>;
  failed: boolean;
}

/** Reads the articles (annotations anchored in their current text) and the analyst's subject decisions; problems go to stderr. */
export async function loadWorkspace(paths: string[], root: string, io: CliIO): Promise<LoadedWorkspace> {
  const { files, missing } = await findArticleFiles(paths);
  let failed = missing.length > 0;
  for (const path of missing) io.stderr(`sourcemark: ${path}: no such file or folder\n`);
  const articles: LedgerArticle[] = [];
  for await (const { path, text } of readArticles(files, io, () => (failed = true))) {
    const sidecar = await readSidecar(path, io);
    if (sidecar === 'failed') failed = true;
    const data = sidecar === 'failed' || sidecar === undefined ? undefined : anchorInText(text, sidecar).data;
    articles.push({ path, text, recognition: recognize(text), source: data?.source, annotations: data?.annotations ?? [] });
  }
  const subjects = await new SubjectsFile(nodeFileStore, nodePath.join(root, SUBJECTS_FILE)).load();
  if (subjects.status === 'invalid') {
    failed = true;
    for (const e of subjects.errors) io.stderr(`sourcemark: ${nodePath.join(root, SUBJECTS_FILE)}:${e.line}:${e.column}: ${e.message} (decisions not applied)\n`);
  }
  return { articles, decisions: subjects.decisions, failed };
}

/** The ledger of loaded articles; report keys are relative to `root`, as the editor writes them. */
export function ledgerOf(workspace: LoadedWorkspace, { root, windowDays }: Pick<LedgerArguments, 'root' | 'windowDays'>): Ledger {
  const absolute = workspace.articles.map((a) => ({ ...a, path: nodePath.resolve(a.path) }));
  const given = new Map(absolute.map((a, i) => [a.path, workspace.articles[i].path]));
  const ledger = buildLedger(absolute, { root, windowDays, decisions: workspace.decisions, attributionFinder: findAttribution });
  for (const subject of ledger.subjects) for (const report of subject.reports) report.path = given.get(report.path) ?? report.path;
  return ledger;
}

export const ledgerCommand: CliCommand = async (args, io) => {
  const parsed = parseLedgerArguments(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\n${ledgerHelp}\n`);
    return 2;
  }
  const workspace = await loadWorkspace(parsed.paths, parsed.root, io);
  const ledger = ledgerOf(workspace, parsed);
  const subjects = ledger.subjects.filter((s) => !s.excluded);
  if (parsed.json) {
    const json = subjects.map((s) => ({
      id: s.id,
      label: s.label,
      unit: s.unit,
      reports: s.reports.map((r) => ({ path: r.path, start: r.start, end: r.end, text: r.text, value: r.value, qualifier: r.qualifier, attribution: r.attribution })),
      contradictions: s.contradictions.map((c) => ({ reports: c.reports, reason: c.reason })),
    }));
    io.stdout(`${JSON.stringify({ subjects: json }, null, 2)}\n`);
  } else {
    io.stdout(subjects.length === 0 ? 'No figure is reported by more than one article.\n' : subjects.map(formatSubject).join('\n'));
  }
  return workspace.failed ? 1 : 0;
};

function formatSubject(subject: Ledger['subjects'][number]): string {
  const lines = [`${subject.label} [${subject.id}]: ${subjectSummary(subject)}`];
  subject.reports.forEach((r, i) => {
    const by = [r.attribution, r.outlet, r.published].filter(Boolean).join(', ');
    const headline = subject.headline?.report === i ? '  (headline)' : '';
    lines.push(`  ${i + 1}. ${r.text} = ${formatFigureValue(r.value)}${r.forecast ? ' (forecast)' : ''} — ${r.path}:${r.start}${by ? ` — ${by}` : ''}${headline}`);
  });
  if (subject.headline) lines.push(`  headline: ${subject.headline.reason}`);
  for (const c of subject.contradictions) lines.push(`  ! ${c.reports[0] + 1} vs ${c.reports[1] + 1}: ${c.reason}`);
  return `${lines.join('\n')}\n`;
}
