/**
 * An inline SVG chart of a subject's reports over time: one mark per report at its publication date,
 * shaped by what the text allows (dot: exact, bar: range or approximate, arrow: "at least" / "up to",
 * hollow: forecast), numbered like the table, so it reads without colour. Styling comes from CSS classes.
 */
import { isNumericRange } from '../recognition/types';
import type { FigureReport, Subject } from './ledger-types';
import { reportInterval } from './report-interval';
import { sourceOf } from './subject-card';

const WIDTH = 640;
const HEIGHT = 280;
const MARGIN = { left: 72, right: 24, top: 24, bottom: 56 };
const DAY_MS = 86_400_000;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Rounded tick values covering [low, high]. */
function ticks(low: number, high: number, count = 5): number[] {
  const step0 = (high - low) / count || 1;
  const magnitude = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= step0) ?? step0;
  const values: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) values.push(Number(v.toFixed(6)));
  return values;
}

/** The stated value of a report, for the mark's centre. */
function statedValue(report: FigureReport): number | undefined {
  if (typeof report.value === 'number') return report.value;
  if (isNumericRange(report.value)) return (report.value.min + report.value.max) / 2;
  return undefined;
}

/** SVG markup of the chart; empty string when no report has a number. */
export function ledgerChartSvg(subject: Subject): string {
  const marks = subject.reports
    .map((report, index) => ({ report, index, interval: reportInterval(report), value: statedValue(report) }))
    .filter((m) => m.interval && m.value !== undefined);
  if (marks.length === 0) return '';
  const contradicted = new Set(subject.contradictions.flatMap((c) => c.reports));
  const finite = marks.flatMap((m) => [m.value!, m.interval!.min, m.interval!.max].filter((v) => Number.isFinite(v) && v > 0));
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const pad = (high - low) * 0.15 || high * 0.15 || 1;
  const yTicks = ticks(Math.max(0, low - pad), high + pad);
  const yMin = Math.min(yTicks[0], Math.max(0, low - pad));
  const yMax = Math.max(yTicks[yTicks.length - 1], high + pad);
  const plotTop = MARGIN.top;
  const plotBottom = HEIGHT - MARGIN.bottom;
  const y = (v: number) => plotBottom - ((Math.min(Math.max(v, yMin), yMax) - yMin) / (yMax - yMin)) * (plotBottom - plotTop);

  // Time runs left to right in order of publication (undated last); each report gets its own slot, so marks
  // of one day never overlap, and a gap separates days.
  const byDate = (a: string, b: string) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b));
  marks.sort((a, b) => byDate(a.report.published ?? '', b.report.published ?? '') || a.index - b.index);
  const dates = [...new Set(marks.map((m) => m.report.published ?? ''))];
  const slots = marks.length + dates.length - 1;
  const plotLeft = MARGIN.left + 16;
  const plotRight = WIDTH - MARGIN.right - 16;
  const slotWidth = slots > 1 ? (plotRight - plotLeft) / (slots - 1) : 0;
  const slotX: number[] = [];
  const columns = new Map<string, number[]>();
  let slot = 0;
  marks.forEach((m, i) => {
    const date = m.report.published ?? '';
    if (i > 0 && date !== (marks[i - 1].report.published ?? '')) slot++;
    const x = slots > 1 ? plotLeft + slot * slotWidth : (plotLeft + plotRight) / 2;
    slotX.push(x);
    columns.set(date, [...(columns.get(date) ?? []), x]);
    slot++;
  });
  const times = dates.filter(Boolean).map((d) => Date.parse(d)).filter((t) => !Number.isNaN(t));
  const span = times.length > 1 ? Math.max(...times) - Math.min(...times) : 0;

  const parts: string[] = [];
  const label = `${subject.label}: ${marks.length} reports over time`;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="ledger-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">${escapeXml(label)}</title>`,
    `<desc id="chart-desc">Dot: exact figure; bar: range or approximate figure; arrow up: at least; arrow down: up to; hollow: forecast; ! marks a report in a contradiction. Numbers match the table.</desc>`,
  );
  for (const tick of yTicks) {
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}"/>`);
    parts.push(`<text class="axis" x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick.toLocaleString('en-US')}</text>`);
  }
  parts.push(`<line class="axis-line" x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${plotTop}" y2="${plotBottom}"/>`);
  parts.push(`<line class="axis-line" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${plotBottom}" y2="${plotBottom}"/>`);
  let lastLabelEnd = -Infinity;
  for (const [date, xs] of columns) {
    const x = (xs[0] + xs[xs.length - 1]) / 2;
    // Dates too close to the previous label are left to the marks' tooltips.
    if (x - 36 < lastLabelEnd) continue;
    lastLabelEnd = x + 36;
    parts.push(`<text class="axis" x="${x}" y="${plotBottom + 18}" text-anchor="middle">${escapeXml(date || 'undated')}</text>`);
  }
  parts.push(`<text class="axis" x="${(plotLeft + plotRight) / 2}" y="${HEIGHT - 8}" text-anchor="middle">published, in date order${span > 0 ? ` (${Math.round(span / DAY_MS)} days)` : ''}</text>`);

  marks.forEach((m, i) => {
    const x = slotX[i];
    const interval = m.interval!;
    const classes = ['mark', interval.reading, m.report.forecast ? 'forecast' : '', contradicted.has(m.index) ? 'contradicted' : ''].filter(Boolean).join(' ');
    const title = `${m.index + 1}. ${m.report.text} — ${sourceOf(m.report)}${m.report.published ? `, ${m.report.published}` : ''}${m.report.forecast ? ' (forecast)' : ''}`;
    const cy = y(m.value!);
    const shape: string[] = [];
    if (interval.reading === 'lower-bound') {
      shape.push(`<line x1="${x}" x2="${x}" y1="${cy}" y2="${plotTop}"/>`, `<path d="M${x - 6},${cy + 4} L${x},${cy - 6} L${x + 6},${cy + 4} Z"/>`);
    } else if (interval.reading === 'upper-bound') {
      shape.push(`<line x1="${x}" x2="${x}" y1="${cy}" y2="${plotBottom}"/>`, `<path d="M${x - 6},${cy - 4} L${x},${cy + 6} L${x + 6},${cy - 4} Z"/>`);
    } else if (interval.reading === 'exact') {
      shape.push(`<circle cx="${x}" cy="${cy}" r="5"/>`);
    } else {
      const top = y(interval.max);
      const bottom = y(interval.min);
      shape.push(
        `<line x1="${x}" x2="${x}" y1="${top}" y2="${bottom}"/>`,
        `<line x1="${x - 5}" x2="${x + 5}" y1="${top}" y2="${top}"/>`,
        `<line x1="${x - 5}" x2="${x + 5}" y1="${bottom}" y2="${bottom}"/>`,
        interval.reading === 'range' ? `<rect x="${x - 3}" y="${top}" width="6" height="${Math.max(1, bottom - top)}"/>` : `<circle cx="${x}" cy="${cy}" r="4"/>`,
      );
    }
    const flag = contradicted.has(m.index) ? '!' : '';
    parts.push(
      `<g class="${classes}" data-report="${m.index}"><title>${escapeXml(title)}</title>${shape.join('')}<text class="mark-label" x="${x + 7}" y="${cy - 7}">${m.index + 1}${flag}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
