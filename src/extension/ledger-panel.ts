/**
 * The ledger panel: one subject's reports as a table (source, date, value, qualifier, attribution,
 * grade, a button to open the span), the chart of reported values over time, the contradictions and the
 * headline with its reason. One panel, re-targeted per subject; it follows the ledger as it changes.
 */
import * as vscode from 'vscode';
import { articleName } from '../core/index/article-name';
import { subjectSummary } from '../core/ledger/build-ledger';
import { ledgerChartSvg } from '../core/ledger/ledger-chart';
import type { FigureReport, Subject } from '../core/ledger/ledger-types';
import { sourceOf } from '../core/ledger/subject-card';
import { formatFigureValue } from '../core/recognition/describe-mention';
import { LedgerModel } from './ledger-model';
import { openSpan } from './open-span';

const VIEW_TYPE = 'sourcemark.ledger';

interface PanelMessage {
  type: 'open' | 'rename' | 'merge' | 'split' | 'exclude' | 'include';
  report?: number;
}

function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": '#39' }[c]};`);
}

function valueCell(report: FigureReport): string {
  return report.value === null ? report.text : formatFigureValue(report.value);
}

/** The panel's body for a subject (no `<html>` wrapper), exported for tests. */
export function subjectHtml(subject: Subject): string {
  const contradicted = new Map<number, number[]>();
  subject.contradictions.forEach((c, i) => {
    for (const r of c.reports) contradicted.set(r, [...(contradicted.get(r) ?? []), i + 1]);
  });
  const rows = subject.reports.map((r, i) => {
    const flags = contradicted.get(i);
    const classes = [flags ? 'contradicted' : '', subject.headline?.report === i ? 'headline-row' : ''].filter(Boolean).join(' ');
    const flag = flags ? `<span class="flag">contradiction ${flags.join(', ')}</span>` : '';
    const headline = subject.headline?.report === i ? ' <span class="flag">headline</span>' : '';
    return `<tr class="${classes}" data-report="${i}">
  <td class="number">${i + 1}${flags ? ' !' : ''}</td>
  <td>${r.outlet ? `${escapeHtml(r.outlet)}<br><small>${escapeHtml(articleName(r.path))}</small>` : escapeHtml(articleName(r.path))}</td>
  <td>${escapeHtml(r.published ?? '—')}</td>
  <td><button class="link" data-action="open" data-report="${i}" title="Open the span in its article">${escapeHtml(r.text)}</button>${headline}</td>
  <td>${escapeHtml(valueCell(r))}${r.forecast ? ' (forecast)' : ''}</td>
  <td>${escapeHtml(r.qualifier ?? '—')}</td>
  <td>${escapeHtml(r.attribution ?? '—')}</td>
  <td>${escapeHtml(r.grade ?? '—')}</td>
  <td>${flag}</td>
</tr>`;
  });
  const contradictions = subject.contradictions.length
    ? `<h2>Contradictions (${subject.contradictions.length})</h2><ul class="contradictions">${subject.contradictions
        .map(
          (c, i) =>
            `<li><span class="flag">${i + 1}.</span> <button class="link" data-action="open" data-report="${c.reports[0]}">#${c.reports[0] + 1}</button> vs <button class="link" data-action="open" data-report="${c.reports[1]}">#${c.reports[1] + 1}</button>: ${escapeHtml(c.reason)}</li>`,
        )
        .join('')}</ul>`
    : '<h2>Contradictions</h2><p>None: every pair of reports can be true together.</p>';
  const headline = subject.headline
    ? `<div class="headline"><strong>Headline: ${escapeHtml(subject.reports[subject.headline.report].text)}</strong> (${escapeHtml(sourceOf(subject.reports[subject.headline.report]))}) — ${escapeHtml(subject.headline.reason)}</div>`
    : '';
  const chart = ledgerChartSvg(subject);
  return `<h1>${escapeHtml(subject.label)}${subject.excluded ? ' (excluded)' : ''}</h1>
<p class="summary">${escapeHtml(subjectSummary(subject))} · unit: ${escapeHtml(subject.unit ?? '—')} · id <code>${escapeHtml(subject.id)}</code></p>
<div class="actions" role="toolbar" aria-label="Subject decisions">
  <button data-action="rename">Rename…</button>
  <button data-action="merge">Merge with…</button>
  <button data-action="split">Split reports…</button>
  ${subject.excluded ? '<button data-action="include">Include again</button>' : '<button data-action="exclude">Exclude</button>'}
</div>
${headline}
<h2>Reported values over time</h2>
${chart}
<p class="legend">Dot: exact figure · bar: range or approximate figure (±10 %) · arrow up: “at least” · arrow down: “up to” · hollow, dashed: forecast · “!” after a number: part of a contradiction. Numbers match the table.</p>
<h2>Reports</h2>
<table aria-label="Reports of ${escapeHtml(subject.label)}">
<thead><tr><th scope="col">#</th><th scope="col">Source</th><th scope="col">Published</th><th scope="col">Figure (open span)</th><th scope="col">Value</th><th scope="col">Qualifier</th><th scope="col">Attribution</th><th scope="col">Grade</th><th scope="col">Flag</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${contradictions}`;
}

export class LedgerPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private subjectId: string | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly model: LedgerModel,
  ) {
    this.subscriptions.push(model.onDidChange(() => this.render()));
  }

  /** The subject shown, for tests. */
  get shownSubject(): string | undefined {
    return this.panel ? this.subjectId : undefined;
  }

  /** The HTML the panel shows, for tests. */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  show(subjectId: string): void {
    this.subjectId = subjectId;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Figure ledger', vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
      });
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.subscriptions);
      this.panel.webview.onDidReceiveMessage((message: PanelMessage) => void this.onMessage(message), undefined, this.subscriptions);
    }
    this.render();
    this.panel.reveal(undefined, false);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private render(): void {
    if (!this.panel || !this.subjectId) return;
    const subject = this.model.subject(this.subjectId);
    this.panel.title = subject ? `Ledger: ${subject.label}` : 'Figure ledger';
    const body = subject ? subjectHtml(subject) : `<p>The subject <code>${escapeHtml(this.subjectId)}</code> is no longer in the ledger (merged, or its reports are gone).</p>`;
    this.panel.webview.html = this.page(body);
  }

  private page(body: string): string {
    const webview = this.panel!.webview;
    const nonce = newNonce();
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'ledger.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'ledger.js'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource} data:; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css.toString()}">
<title>Figure ledger</title>
</head>
<body>
${body}
<script nonce="${nonce}" src="${js.toString()}"></script>
</body>
</html>`;
  }

  private async onMessage(message: PanelMessage): Promise<void> {
    const subject = this.subjectId ? this.model.subject(this.subjectId) : undefined;
    if (!subject) return;
    if (message.type === 'open' && message.report !== undefined) {
      const report = subject.reports[message.report];
      if (report) await openSpan(vscode.Uri.file(report.path), report, { preview: true });
      return;
    }
    const commands: Record<Exclude<PanelMessage['type'], 'open'>, string> = {
      rename: 'sourcemark.renameFigureSubject',
      merge: 'sourcemark.mergeFigureSubjects',
      split: 'sourcemark.splitFigureSubject',
      exclude: 'sourcemark.excludeFigureSubject',
      include: 'sourcemark.includeFigureSubject',
    };
    await vscode.commands.executeCommand(commands[message.type as Exclude<PanelMessage['type'], 'open'>], subject.id);
  }
}

/** A script nonce for the panel's CSP, from the Web Crypto API (present in the Node and the web worker hosts). */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
