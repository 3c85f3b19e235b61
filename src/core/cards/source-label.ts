import { FigureRef } from '../index/index-types';
import { WorkspaceIndex } from '../index/workspace-index';
import { articleName } from '../index/article-name';
import { escapeMarkdown, formatFigureValue } from '../recognition/describe-mention';

/** "Korea JoongAng Daily" when the sidecar names the outlet, else the article name. */
export function sourceLabel(path: string, index: WorkspaceIndex): string {
  return index.source(path)?.outlet ?? articleName(path);
}

/** Markdown "003_kursk (The Korea Times)", or just the article name when the outlet is unknown. */
export function articleWithOutlet(path: string, index: WorkspaceIndex): string {
  const outlet = index.source(path)?.outlet;
  const name = escapeMarkdown(articleName(path));
  return outlet ? `${name} (${escapeMarkdown(outlet)})` : name;
}

/** "approximately 11,000 (NIS, Korea JoongAng Daily)": qualifier, value, then who said it where. */
export function figureWithSource(ref: FigureRef, index: WorkspaceIndex): string {
  const { figure } = ref;
  // Not normalized: the figure as written, which already holds its qualifier ("late October", not "late late October").
  const said = figure.value === null ? figure.text : [figure.qualifier, formatFigureValue(figure.value)].filter(Boolean).join(' ');
  const by = [ref.attribution, sourceLabel(ref.path, index)].filter(Boolean).join(', ');
  return `${said} (${by})`;
}
