/**
 * The figure ledger of the workspace, kept current: rebuilt (debounced) from the workspace index when
 * articles or annotations change, and from `.sourcemark/subjects.yaml` when the analyst's decisions change.
 * The Figures view, the ledger panel, the ledger diagnostics and the figure hover read it from here.
 */
import * as vscode from 'vscode';
import type { Document } from 'yaml';
import type { AttributionFinder } from '../core/attribution/attribution-types';
import { sourceLabel } from '../core/cards/source-label';
import type { WorkspaceIndex } from '../core/index/workspace-index';
import { buildLedger, subjectOfSpan } from '../core/ledger/build-ledger';
import type { LedgerArticle } from '../core/ledger/group-figures';
import type { FigureReport, Ledger, Subject } from '../core/ledger/ledger-types';
import { subjectCard } from '../core/ledger/subject-card';
import { SUBJECTS_FILE, SubjectDecision } from '../core/ledger/subject-decisions';
import { SubjectsFile, SubjectsUpdate } from '../core/ledger/subjects-file';
import type { Recognition } from '../core/recognition/types';
import { fileStore } from './platform';
import { uriForPath } from './workspace-uri';
import type { SidecarProblem } from '../core/sidecar/sidecar-problem';
import { AnnotationService } from './annotation-service';
import { commandUri } from './command-link';
import { readConfig } from './config';
import { Log } from './log';
import { OPEN_SPAN_COMMAND, SpanRef } from './open-span';
import { readArticleText } from './read-article-text';

/** Index events arrive per article and per keystroke; the ledger is rebuilt at most this often. */
const REBUILD_DELAY_MS = 400;

export class LedgerModel implements vscode.Disposable {
  private current: Ledger = { subjects: [] };
  private signature = '';
  private currentArticles: LedgerArticle[] = [];
  private decisions = new Map<string, SubjectDecision>();
  /** Problems of the subjects file when it does not parse (then no decisions apply). */
  decisionProblems: SidecarProblem[] = [];
  /** Article texts by path, valid while the index holds the same recognition object. */
  private readonly texts = new Map<string, { recognition: Recognition; text: string }>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changeEmitter];
  private timer: NodeJS.Timeout | undefined;
  private building: Promise<void> = Promise.resolve();
  readonly subjectsFile: SubjectsFile | undefined;
  readonly root: string | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly annotations: AnnotationService,
    private readonly log: Log,
    private readonly attributionFinder?: AttributionFinder,
  ) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    this.root = folder?.fsPath;
    if (folder) {
      this.subjectsFile = new SubjectsFile(fileStore, vscode.Uri.joinPath(folder, SUBJECTS_FILE).fsPath);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, SUBJECTS_FILE));
      const reload = () => void this.reloadDecisions();
      this.subscriptions.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    const indexEvents = index.onDidChange(() => this.schedule());
    this.subscriptions.push(
      { dispose: () => indexEvents.dispose() },
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sourcemark.ledger.windowDays')) this.schedule();
      }),
    );
  }

  get ledger(): Ledger {
    return this.current;
  }

  /** The articles the ledger was built from, annotations included (what exports read). */
  get articlesRead(): LedgerArticle[] {
    return this.currentArticles;
  }

  subject(id: string): Subject | undefined {
    return this.current.subjects.find((s) => s.id === id);
  }

  /** Resolves once pending changes are in the ledger. */
  async settled(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.building = this.building.then(() => this.rebuild());
    }
    await this.building;
  }

  /** Loads the decisions and builds the first ledger. */
  async start(): Promise<void> {
    await this.reloadDecisions();
  }

  /** Applies an edit to `.sourcemark/subjects.yaml`, then rebuilds; shows one sentence when it cannot be written. */
  async decide(edit: (doc: Document) => void): Promise<boolean> {
    if (!this.subjectsFile || !this.root) {
      void vscode.window.showWarningMessage('Open a folder to keep figure ledger decisions (.sourcemark/subjects.yaml).');
      return false;
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uriForPath(this.subjectsFile.path), '..'));
    let result: SubjectsUpdate;
    try {
      result = await this.subjectsFile.update(edit);
    } catch (error) {
      this.log.error(`could not write ${this.subjectsFile.path}`, error);
      void vscode.window.showErrorMessage(`Sourcemark could not write ${SUBJECTS_FILE}: ${(error as Error).message}`);
      return false;
    }
    if (!result.ok) {
      const where = result.errors[0] ? ` (line ${result.errors[0].line}, column ${result.errors[0].column}: ${result.errors[0].message})` : '';
      const open = await vscode.window.showErrorMessage(`${result.message}${where}`, 'Open Subjects File');
      if (open) await vscode.window.showTextDocument(uriForPath(this.subjectsFile.path));
      return false;
    }
    await this.reloadDecisions();
    return true;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async reloadDecisions(): Promise<void> {
    if (this.subjectsFile) {
      const loaded = await this.subjectsFile.load().catch((error: unknown) => {
        this.log.warn(`could not read ${this.subjectsFile?.path}`, error);
        return undefined;
      });
      this.decisions = loaded?.decisions ?? new Map();
      this.decisionProblems = loaded?.status === 'invalid' ? loaded.errors : [];
      if (loaded?.status === 'invalid') {
        const first = loaded.errors[0];
        this.log.warn(`${SUBJECTS_FILE} has errors; figure ledger decisions are not applied: ${loaded.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
        void vscode.window
          .showWarningMessage(`${SUBJECTS_FILE} line ${first.line}, column ${first.column}: ${first.message} Figure ledger decisions are not applied until it is fixed.`, 'Open Subjects File')
          .then((open) => open && this.subjectsFile && vscode.window.showTextDocument(vscode.Uri.file(this.subjectsFile.path)));
      }
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    this.building = this.building.then(() => this.rebuild());
    await this.building;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.building = this.building.then(() => this.rebuild());
    }, REBUILD_DELAY_MS);
  }

  private async rebuild(): Promise<void> {
    try {
      const articles = await this.articles();
      this.currentArticles = articles;
      const ledger = buildLedger(articles, {
        root: this.root,
        windowDays: readConfig().ledgerWindowDays,
        decisions: this.decisions,
        attributionFinder: this.attributionFinder,
        entityId: (p, key) => this.index.entityIdOfKey(p, key),
      });
      // Most index events (a sidecar re-read, an entity decision elsewhere) leave the ledger as it was:
      // repainting the view and the panel then would only move what the analyst is about to click.
      const signature = JSON.stringify(ledger);
      this.current = ledger;
      if (signature === this.signature) return;
      this.signature = signature;
      this.changeEmitter.fire();
    } catch (error) {
      this.log.error('could not build the figure ledger', error);
    }
  }

  private async articles(): Promise<LedgerArticle[]> {
    const articles: LedgerArticle[] = [];
    const paths = this.index.paths();
    const indexed = new Set(paths);
    for (const stale of [...this.texts.keys()].filter((p) => !indexed.has(p))) this.texts.delete(stale);
    for (const articlePath of paths) {
      const recognition = this.index.recognition(articlePath);
      if (!recognition) continue;
      let cached = this.texts.get(articlePath);
      if (cached?.recognition !== recognition) {
        const text = await readArticleText(uriForPath(articlePath));
        if (text === undefined) continue;
        cached = { recognition, text };
        this.texts.set(articlePath, cached);
      }
      const uri = uriForPath(articlePath);
      articles.push({
        path: articlePath,
        text: cached.text,
        recognition,
        source: this.index.source(articlePath),
        annotations: this.annotations.get(uri)?.data.annotations ?? [],
      });
    }
    return articles;
  }

  /** How a report's source is named: its outlet, else its article's headline (cut short), as the hover cards name it. */
  sourceName(report: FigureReport): string {
    return report.outlet ?? sourceLabel(report.path, this.index, { short: true });
  }

  /** Text of an article as the ledger last read it (for positions of closed articles). */
  textOf(articlePath: string): string | undefined {
    return this.texts.get(articlePath)?.text;
  }
}

/** Opens a subject in the ledger panel (registered by figures-tree.ts). */
export const OPEN_SUBJECT_COMMAND = 'sourcemark.openFigureSubject';

/** Commands the subject card links run: add them to the hover's `isTrusted.enabledCommands`. */
export const LEDGER_CARD_COMMANDS = [OPEN_SPAN_COMMAND, OPEN_SUBJECT_COMMAND];

/**
 * The figure hover's ledger section for the figure at `offset` in `path`: only the same subject's reports,
 * as a short table with links; undefined when the figure is in no subject (or the ledger trails the text).
 */
export function subjectCardAt(model: LedgerModel, path: string, offset: number): string | undefined {
  const found = subjectOfSpan(model.ledger, path, offset);
  if (!found) return undefined;
  const links = {
    openReport: (r: FigureReport) => commandUri(OPEN_SPAN_COMMAND, { path: r.path, start: r.start, end: r.end } satisfies SpanRef),
    openSubject: (s: Subject) => commandUri(OPEN_SUBJECT_COMMAND, s.id),
  };
  return subjectCard(found.subject, found.report, links, (report) => model.sourceName(report));
}
