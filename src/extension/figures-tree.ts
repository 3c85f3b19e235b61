/**
 * The Figures view: subjects of the figure ledger with their spread and contradictions, each expanding
 * to its reports; the merge, split, rename and exclude commands that write `.sourcemark/subjects.yaml`.
 */
import * as vscode from 'vscode';
import { figureReportAccessibility, figureSubjectAccessibility } from './tree-accessibility';
import { articleName } from '../core/index/article-name';
import { subjectSummary } from '../core/ledger/build-ledger';
import type { FigureReport, Subject } from '../core/ledger/ledger-types';
import { mergeSubjects, renameSubject, setSubjectExcluded, splitSubject } from '../core/ledger/subject-decisions';
import { LedgerModel, OPEN_SUBJECT_COMMAND } from './ledger-model';
import { LedgerPanel } from './ledger-panel';
import { openSpan } from './open-span';
import { uriForPath } from './workspace-uri';
import { RowsRefresh, treeItemsSignature } from './rows-refresh';

export interface SubjectNode {
  kind: 'subject';
  subject: Subject;
}

export interface ReportNode {
  kind: 'report';
  subject: Subject;
  index: number;
}

export type FiguresTreeNode = SubjectNode | ReportNode;

/** Opens a report by its key (`FigureReport.key`), found in the ledger when clicked: typing moves the offsets. */
export const OPEN_FIGURE_REPORT_COMMAND = 'sourcemark.openFigureReport';

export class FiguresTreeProvider implements vscode.TreeDataProvider<FiguresTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<FiguresTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscription: vscode.Disposable;
  // The model rebuilds the ledger at most every 400 ms already: compare at once.
  private readonly rowsRefresh = new RowsRefresh((group) => this.rowsSignature(group), () => this.changeEmitter.fire(undefined), 0);

  constructor(private readonly model: LedgerModel) {
    this.subscription = model.onDidChange(() => this.rowsRefresh.schedule());
  }

  getChildren(node?: FiguresTreeNode): FiguresTreeNode[] {
    if (node?.kind === 'report') return [];
    const group = node ? node.subject.id : '';
    const children = this.childrenOf(group) ?? [];
    this.rowsRefresh.drew(group, treeItemsSignature(children.map((child) => this.getTreeItem(child))));
    return children;
  }

  /** The report a row's key names in the current ledger. */
  reportOf(key: string | undefined): FigureReport | undefined {
    if (key === undefined) return undefined;
    for (const subject of this.model.ledger.subjects) {
      const report = subject.reports.find((r) => r.key === key);
      if (report) return report;
    }
    return undefined;
  }

  getParent(node: FiguresTreeNode): FiguresTreeNode | undefined {
    return node.kind === 'report' ? { kind: 'subject', subject: node.subject } : undefined;
  }

  getTreeItem(node: FiguresTreeNode): vscode.TreeItem {
    if (node.kind === 'subject') return subjectItem(node.subject);
    const report = node.subject.reports[node.index];
    const reasons = node.subject.contradictions.filter((c) => c.reports.includes(node.index)).map((c) => c.reason);
    const item = new vscode.TreeItem(`${report.text}${report.forecast ? ' (forecast)' : ''}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.subject.id}\n${report.key ?? `${report.path}:${report.start}`}`;
    const headline = node.subject.headline?.report === node.index ? 'headline · ' : '';
    item.description = `${reasons.length ? `⚠ ${reasons.length} · ` : ''}${headline}${[this.model.sourceName(report), report.published].filter(Boolean).join(' · ')}`;
    item.iconPath = new vscode.ThemeIcon(reasons.length ? 'warning' : 'symbol-number');
    item.accessibilityInformation = figureReportAccessibility({ ...report, source: this.model.sourceName(report), headline: Boolean(headline), contradictions: reasons });
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${report.text} — ${this.model.sourceName(report)} (${articleName(report.path)})`);
    if (report.attribution) tooltip.appendMarkdown('\n\n').appendText(`Said by: ${report.attribution}`);
    for (const reason of reasons) tooltip.appendMarkdown('\n\n').appendText(`Contradiction: ${reason}`);
    item.tooltip = tooltip;
    item.contextValue = 'figureReport';
    item.command = { command: OPEN_FIGURE_REPORT_COMMAND, title: 'Open Span', arguments: [report.key] };
    return item;
  }

  /**
   * The subjects (group '') or a subject's reports (group: its id) as they are now, also when the view asks
   * with a node drawn before the ledger changed; undefined when the subject is gone.
   */
  private childrenOf(group: string): FiguresTreeNode[] | undefined {
    if (group === '') return this.model.ledger.subjects.map((subject) => ({ kind: 'subject', subject }));
    const subject = this.model.subject(group);
    return subject?.reports.map((_, index) => ({ kind: 'report', subject, index }));
  }

  private rowsSignature(group: string): string | undefined {
    const children = this.childrenOf(group);
    return children && treeItemsSignature(children.map((child) => this.getTreeItem(child)));
  }

  dispose(): void {
    this.rowsRefresh.dispose();
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

function subjectItem(subject: Subject): vscode.TreeItem {
  const item = new vscode.TreeItem(subject.label, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = subject.id;
  item.description = `${subject.excluded ? 'excluded · ' : ''}${subjectSummary(subject)}`;
  item.iconPath = new vscode.ThemeIcon(subject.excluded ? 'circle-slash' : subject.contradictions.length > 0 ? 'warning' : 'graph');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(`${subject.label} (${subject.id})\n${subjectSummary(subject)}`);
  if (subject.headline) tooltip.appendMarkdown('\n\n').appendText(`Headline: ${subject.reports[subject.headline.report].text} — ${subject.headline.reason}`);
  item.tooltip = tooltip;
  item.contextValue = subject.excluded ? 'figureSubject.excluded' : 'figureSubject';
  item.accessibilityInformation = figureSubjectAccessibility(subject.label, subjectSummary(subject), Boolean(subject.excluded));
  item.command = { command: OPEN_SUBJECT_COMMAND, title: 'Open in Ledger', arguments: [subject.id] };
  return item;
}

/** A command's subject: a tree node (menus), an id (panel, hover links), or the analyst's pick. */
async function subjectFrom(model: LedgerModel, arg: unknown, placeHolder: string): Promise<Subject | undefined> {
  if (typeof arg === 'string') return model.subject(arg);
  if (arg && typeof arg === 'object' && 'subject' in arg) return model.subject((arg as SubjectNode).subject.id);
  const picked = await vscode.window.showQuickPick(
    model.ledger.subjects.map((s) => ({ label: s.label, description: subjectSummary(s), subject: s })),
    { placeHolder, matchOnDescription: true },
  );
  return picked?.subject;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'part';
}

export function registerFiguresTree(context: vscode.ExtensionContext, model: LedgerModel, panel: LedgerPanel): { provider: FiguresTreeProvider; view: vscode.TreeView<FiguresTreeNode> } {
  const provider = new FiguresTreeProvider(model);
  const view = vscode.window.createTreeView('sourcemark.figures', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand(OPEN_FIGURE_REPORT_COMMAND, async (key?: string) => {
      const report = provider.reportOf(key);
      if (report) await openSpan(uriForPath(report.path), report);
      else void vscode.window.showInformationMessage('Sourcemark: that figure is no longer in the ledger.');
    }),
    vscode.commands.registerCommand(OPEN_SUBJECT_COMMAND, async (arg?: unknown) => {
      const subject = await subjectFrom(model, arg, 'Open which subject in the ledger?');
      if (subject) panel.show(subject.id);
    }),
    vscode.commands.registerCommand('sourcemark.renameFigureSubject', async (arg?: unknown) => {
      const subject = await subjectFrom(model, arg, 'Rename which subject?');
      if (!subject) return;
      const label = await vscode.window.showInputBox({
        title: `Rename subject ${subject.id}`,
        value: subject.label,
        prompt: 'The name shown in the Figures view, the ledger and exports.',
        validateInput: (value) => (value.trim() ? undefined : 'A subject needs a name.'),
      });
      if (label) await model.decide((doc) => renameSubject(doc, subject.id, label.trim()));
    }),
    vscode.commands.registerCommand('sourcemark.mergeFigureSubjects', async (arg?: unknown) => {
      const subject = await subjectFrom(model, arg, 'Merge into which subject?');
      if (!subject) return;
      const others = model.ledger.subjects
        .filter((s) => s.id !== subject.id)
        .sort((a, b) => Number(b.unit === subject.unit) - Number(a.unit === subject.unit))
        .map((s) => ({ label: s.label, description: subjectSummary(s), detail: s.id, id: s.id }));
      if (others.length === 0) {
        void vscode.window.showInformationMessage('There is no other subject to merge with.');
        return;
      }
      const picked = await vscode.window.showQuickPick(others, { canPickMany: true, title: `Merge into “${subject.label}”`, placeHolder: 'Subjects counting the same thing' });
      if (picked?.length) await model.decide((doc) => mergeSubjects(doc, subject.id, picked.map((p) => p.id)));
    }),
    vscode.commands.registerCommand('sourcemark.splitFigureSubject', async (arg?: unknown) => {
      const subject = await subjectFrom(model, arg, 'Split which subject?');
      if (!subject) return;
      const picked = await vscode.window.showQuickPick(
        subject.reports.map((r) => ({ label: r.text, description: [model.sourceName(r), r.published].filter(Boolean).join(' · '), detail: r.attribution ?? undefined, key: r.key })),
        { canPickMany: true, title: `Split reports out of “${subject.label}”`, placeHolder: 'Reports about something else' },
      );
      if (!picked?.length) return;
      const label = await vscode.window.showInputBox({
        title: 'Name the new subject',
        prompt: `${picked.length} report${picked.length === 1 ? '' : 's'} move to it.`,
        validateInput: (value) => (value.trim() ? undefined : 'A subject needs a name.'),
      });
      if (!label) return;
      const id = `${subject.id}~${slug(label)}`;
      const keys = picked.map((p) => p.key).filter((key): key is string => key !== undefined);
      if (await model.decide((doc) => splitSubject(doc, id, label.trim(), keys))) panel.show(id);
    }),
    vscode.commands.registerCommand('sourcemark.excludeFigureSubject', async (arg?: unknown) => {
      const subject = await subjectFrom(model, arg, 'Exclude which subject from the ledger?');
      if (subject) await model.decide((doc) => setSubjectExcluded(doc, subject.id, true));
    }),
    vscode.commands.registerCommand('sourcemark.includeFigureSubject', async (arg?: unknown) => {
      const subject = await subjectFrom(model, arg, 'Include which subject again?');
      if (subject) await model.decide((doc) => setSubjectExcluded(doc, subject.id, false));
    }),
    vscode.commands.registerCommand('sourcemark.openSubjectsFile', async () => {
      if (!model.subjectsFile) return;
      try {
        await vscode.window.showTextDocument(vscode.Uri.file(model.subjectsFile.path));
      } catch {
        void vscode.window.showInformationMessage('No decisions yet: .sourcemark/subjects.yaml is created by the first merge, split, rename or exclude.');
      }
    }),
  );
  return { provider, view };
}
