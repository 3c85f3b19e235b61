/**
 * The attribution each claim's article states ("NIS → lawmakers"), for surfaces that render synchronously
 * (tree items, hovers): answered from a cache, read in the background on a miss, with an event when found.
 */
import * as vscode from 'vscode';
import type { Attribution } from '../core/attribution/attribution-types';
import { findAttribution } from '../core/attribution/find-attribution';
import type { WorkspaceIndex } from '../core/index/workspace-index';
import type { Span } from '../core/recognition/types';
import { readArticleText } from './read-article-text';

/** Misses found within this window are read together, and announced with one event. */
const BATCH_DELAY_MS = 50;

export class StatedAttributions implements vscode.Disposable {
  /** Keyed by path, span and quote: a moved or edited quote asks again. `null`: the text states none. */
  private readonly found = new Map<string, Attribution | null>();
  private readonly pending = new Map<string, { path: string; span: Span; quote: string }>();
  private timer: NodeJS.Timeout | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when attributions asked for earlier have been found. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly index: WorkspaceIndex) {}

  /** The stated attribution of `quote` at `span` of an article, or undefined (not known yet, or none). */
  of(path: string, span: Span, quote: string): Attribution | undefined {
    const key = `${path}\n${span.start}:${span.end}\n${quote}`;
    const known = this.found.get(key);
    if (known !== undefined) return known ?? undefined;
    if (!this.pending.has(key)) {
      this.pending.set(key, { path, span, quote });
      this.timer ??= setTimeout(() => void this.readPending(), BATCH_DELAY_MS);
    }
    return undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changeEmitter.dispose();
  }

  private async readPending(): Promise<void> {
    this.timer = undefined;
    const batch = [...this.pending];
    this.pending.clear();
    const texts = new Map<string, string | undefined>();
    for (const [key, { path, span, quote }] of batch) {
      if (!texts.has(path)) texts.set(path, await readArticleText(vscode.Uri.file(path)));
      const text = texts.get(path);
      // The index trails the editor: answer only when the quote is where the annotation says.
      const current = text !== undefined && text.slice(span.start, span.end) === quote;
      const recognition = this.index.recognition(path);
      this.found.set(key, current ? (findAttribution(text, span, recognition) ?? null) : null);
    }
    if (batch.length > 0) this.changeEmitter.fire();
  }
}
