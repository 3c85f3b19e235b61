/** Ledger inputs read from real article files (seeds, fixtures) and their sidecars. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import type { LedgerArticle } from '../../../src/core/ledger/group-figures';
import { recognize } from '../../../src/core/recognition/recognize';
import type { SourceMetadata } from '../../../src/core/sidecar/annotation';
import { parseSidecar } from '../../../src/core/sidecar/parse-sidecar';

export const SEEDS = path.join(__dirname, '../../../../seeds');
export const FIXTURES = path.join(__dirname, '../../../../test/unit/ledger/fixtures');

/** Every article in `folder`, with its sidecar's source and annotations when it has one; `sources` overrides by file name. */
export function readArticles(folder: string, sources: Record<string, SourceMetadata> = {}): LedgerArticle[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      const text = readFileSync(file, 'utf8');
      const sidecarFile = `${file}.sourcemark.yaml`;
      const parsed = existsSync(sidecarFile) ? parseSidecar(readFileSync(sidecarFile, 'utf8')) : undefined;
      const data = parsed?.ok ? parsed.data : undefined;
      return { path: file, text, recognition: recognize(text), source: sources[name] ?? data?.source, annotations: data?.annotations ?? [] };
    });
}

/** The Tbilisi protest fixtures with their outlets and dates. */
export function tbilisiArticles(): LedgerArticle[] {
  return readArticles(FIXTURES, {
    'tbilisi-reuters.txt': { outlet: 'Reuters', published: '2025-03-02', reliability: 'B', credibility: 2 },
    'tbilisi-civil.txt': { outlet: 'Civil.ge', published: '2025-03-03' },
    'tbilisi-later.txt': { outlet: 'Reuters', published: '2025-03-09' },
  });
}

/** One article from a sentence or two, recognized as the editor would. */
export function articleFrom(file: string, text: string, source?: SourceMetadata): LedgerArticle {
  return { path: file, text, recognition: recognize(text), source, annotations: [] };
}
