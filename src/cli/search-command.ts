import { readFile } from 'node:fs/promises';
import { anchorInText } from '../core/anchoring/anchor-updates';
import { loadEntityDecisionsNear } from '../platform/entity-decisions-near';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { recognize } from '../core/recognition/recognize';
import { ClaimSearch, SearchHit } from '../core/search/claim-search';
import { parseSidecar } from '../core/sidecar/parse-sidecar';
import { sidecarPathFor } from '../core/sidecar/sidecar-paths';
import { decodeSidecar } from '../core/sidecar/serialize-sidecar';
import { CliCommand, CliIO } from './cli-io';
import { findArticleFiles } from './find-articles';
import { readArticleFile } from './read-article-file';

export const searchHelp = `Usage: sourcemark search "query" [paths...] [--json] [--limit N]

Searches the claims annotated in sidecars (article.txt.sourcemark.yaml) of the
articles under the paths (default: the current folder). Tolerates typos and
finds names under every spelling seen in the articles (Choe Son Hui, Choi Sun-hee).

Options:
  --json      Print {"results":[{path,article,outlet,id,text,quote,attribution,
              tags,score,matches:[{field,value,ranges}]}]}.
  --limit N   Print at most N claims (default 20).
  --help      Show this help.

Exit code: 0 when claims were found, 1 when none matched or a file could not be
read (reported on stderr), 2 on a usage error.`;

export const searchCommand: CliCommand = async (args, io) => {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\n${searchHelp}\n`);
    return 2;
  }
  const { files, missing, unreadable } = await findArticleFiles(parsed.paths);
  let failed = missing.length > 0 || unreadable.length > 0;
  for (const path of missing) io.stderr(`${path}: not found\n`);
  for (const { path, message } of unreadable) io.stderr(`${path}: cannot read the folder: ${message}\n`);

  const index = new WorkspaceIndex();
  const decisions = await loadEntityDecisionsNear(process.cwd());
  if (decisions.problem) io.stderr(`${decisions.problem}\n`);
  index.setEntityDecisions(decisions.table);
  for (const path of files) {
    const sidecar = await readSidecar(path, io);
    if (sidecar === 'failed') failed = true;
    // Articles without claims cannot match; skip recognizing them.
    if (sidecar === 'failed' || sidecar === undefined || sidecar.annotations.length === 0) continue;
    const article = await readArticleFile(path);
    if (!article.ok) {
      io.stderr(`${path}: ${article.message}\n`);
      failed = true;
      continue;
    }
    // Stored offsets may be stale (the article changed since): anchor the claims in the current text first.
    index.setArticle(path, article.text, recognize(article.text), anchorInText(article.text, sidecar).data);
  }
  const hits = new ClaimSearch(index).search(parsed.query, parsed.limit);
  io.stdout(parsed.json ? `${JSON.stringify({ results: hits.map(toJson) }, null, 2)}\n` : formatHits(hits, parsed.query));
  return hits.length === 0 || failed ? 1 : 0;
};

interface SearchArguments {
  query: string;
  paths: string[];
  json: boolean;
  limit: number;
}

/** The arguments, or a one-line usage error. */
function parseArguments(args: string[]): SearchArguments | string {
  const positional: string[] = [];
  let json = false;
  let limit = 20;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--limit') {
      limit = Number(args[++i]);
      if (!Number.isInteger(limit) || limit < 1) return '--limit needs a positive whole number.';
    } else if (arg.startsWith('--')) return `Unknown option ${arg}`;
    else positional.push(arg);
  }
  const [query, ...paths] = positional;
  if (!query || query.trim() === '') return 'No query given.';
  return { query, paths: paths.length > 0 ? paths : ['.'], json, limit };
}

/** The sidecar's data, undefined when there is none, 'failed' when it cannot be used (reported). */
export async function readSidecar(articlePath: string, io: CliIO) {
  const path = sidecarPathFor(articlePath);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    io.stderr(`${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 'failed' as const;
  }
  const decoded = decodeSidecar(bytes);
  const parsed = decoded.ok ? parseSidecar(decoded.text) : { ok: false as const, errors: [decoded.error] };
  if (parsed.ok) return parsed.data;
  for (const problem of parsed.errors) io.stderr(`${path}:${problem.line}: ${problem.message}\n`);
  return 'failed' as const;
}

function toJson(hit: SearchHit) {
  const { claim } = hit;
  return {
    path: claim.path,
    article: claim.article,
    outlet: claim.source?.outlet ?? null,
    id: claim.annotation.id,
    text: claim.annotation.text,
    quote: claim.annotation.target.quote,
    attribution: claim.annotation.attribution ?? null,
    tags: claim.annotation.tags,
    score: Number(hit.score.toFixed(4)),
    matches: hit.matches,
  };
}

function formatHits(hits: SearchHit[], query: string): string {
  if (hits.length === 0) return `No claims match "${query}".\n`;
  return hits
    .map(({ claim }, i) => {
      const source = [claim.article, claim.source?.outlet].filter(Boolean).join(' — ');
      const by = claim.annotation.attribution ? `\n   attribution: ${claim.annotation.attribution}` : '';
      return `${i + 1}. ${claim.annotation.text}\n   ${source}\n   “${claim.annotation.target.quote}”${by}\n`;
    })
    .join('\n');
}
