/**
 * The attribution each claim's article states ("NIS → lawmakers"), for surfaces that render synchronously
 * (tree items, hovers): answered from a cache, read in the background on a miss, with an event when found.
 */
import * as vscode from 'vscode';
import type { Attribution } from '../core/attribution/attribution-types';
import { attributionsIn } from '../core/attribution/find-attribution';
import type { WorkspaceIndex } from '../core/index/workspace-index';
import type { Span } from '../core/recognition/types';
import { readArticleText } from './read-article-text';
import { uriForPath } from './workspace-uri';

/** Misses found within this window are read together, and announced with one event. */
const BATCH_DELAY_MS = 50;

function keyOf(path: string, span: Span, quote: string): string {
  return `${path}\n${span.start}:${span.end}\n${quote}`;
}

export class StatedAttributions implements vscode.Disposable {
  /** Keyed by path, span and quote: a moved or edited quote asks again. `null`: the text states none. */
  private readonly found = new Map<string, Attribution | null>();
  private readonly pending = new Map<string, { path: string; span: Span; quote: string }>();
  private timer: NodeJS.Timeout | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when attributions asked for through `of` have been found. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly index: WorkspaceIndex) {}

  /** The stated attribution of `quote` at `span` of an article, or undefined (not known yet, or none). */
  of(path: string, span: Span, quote: string): Attribution | undefined {
    const key = keyOf(path, span, quote);
    const known = this.found.get(key);
    if (known !== undefined) return known ?? undefined;
    if (!this.pending.has(key)) {
      this.pending.set(key, { path, span, quote });
      this.timer ??= setTimeout(() => void this.readPending(), BATCH_DELAY_MS);
    }
    return undefined;
  }

  /** The stated attribution, read now if not known. */
  async find(path: string, span: Span, quote: string): Promise<Attribution | undefined> {
    const key = keyOf(path, span, quote);
    if (!this.found.has(key)) await this.read([[key, { path, span, quote }]]);
    return this.found.get(key) ?? undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changeEmitter.dispose();
  }

  private async readPending(): Promise<void> {
    this.timer = undefined;
    const batch = [...this.pending];
    this.pending.clear();
    await this.read(batch);
    if (batch.length > 0) this.changeEmitter.fire();
  }

  private async read(batch: [string, { path: string; span: Span; quote: string }][]): Promise<void> {
    const articles = new Map<string, { text: string; find: (span: Span) => Attribution | undefined } | undefined>();
    for (const [key, { path, span, quote }] of batch) {
      if (!articles.has(path)) {
        const text = await readArticleText(uriForPath(path));
        articles.set(path, text === undefined ? undefined : { text, find: attributionsIn(text, this.index.recognition(path)) });
      }
      const article = articles.get(path);
      // The index trails the editor: answer only when the quote is where the annotation says.
      const current = article !== undefined && article.text.slice(span.start, span.end) === quote;
      this.found.set(key, current ? (article.find(span) ?? null) : null);
    }
  }
}
