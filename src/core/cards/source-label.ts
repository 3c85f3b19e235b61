import { FigureRef } from '../index/index-types';
import { WorkspaceIndex } from '../index/workspace-index';
import { articleName } from '../index/article-name';
import { shortenTitle } from '../index/article-title';
import { escapeMarkdown, formatFigureValue } from '../recognition/describe-mention';
import { splitPath } from '../sidecar/sidecar-paths';
import { markdownLink } from './card-links';

/** Headlines naming a source beside a figure or a claim are cut to this length: the card lists several. */
const SHORT_TITLE = 40;

/** How the views name an article: its headline, else its file name without the extension. */
export function articleTitleOf(path: string, index: WorkspaceIndex): string {
  return index.articleTitle(path) ?? articleName(path);
}

/** "Korea JoongAng Daily" when the sidecar names the outlet, else the article's headline. */
export function sourceLabel(path: string, index: WorkspaceIndex, { short = false } = {}): string {
  const outlet = index.source(path)?.outlet;
  if (outlet) return outlet;
  const title = articleTitleOf(path, index);
  return short ? shortenTitle(title, SHORT_TITLE) : title;
}

/** The file name of an article ("000_38dd43a7f4a69a66.txt"): the tooltip of a link that names it by headline. */
export function articleFileName(path: string): string {
  return splitPath(path).name;
}

/**
 * Names articles by headline for one card. A headline another article shares gets the file name added
 * (a tooltip alone would leave two rows reading alike); the workspace's headlines are counted once per card.
 */
export function articleNamer(index: WorkspaceIndex): (path: string) => string {
  let counts: Map<string, number> | undefined;
  return (path) => {
    const title = articleTitleOf(path, index);
    if (!counts) {
      counts = new Map();
      for (const other of index.paths()) {
        const otherTitle = articleTitleOf(other, index);
        counts.set(otherTitle, (counts.get(otherTitle) ?? 0) + 1);
      }
    }
    return (counts.get(title) ?? 0) > 1 ? `${title} · ${articleFileName(path)}` : title;
  };
}

/** The figure as said: its qualifier and normalized value, or its text when it has no value. */
export function figureSaid(ref: FigureRef): string {
  const { figure } = ref;
  // Not normalized: the figure as written, which already holds its qualifier ("late October", not "late late October").
  return figure.value === null ? figure.text : [figure.qualifier, formatFigureValue(figure.value)].filter(Boolean).join(' ');
}

/** "NIS, Korea JoongAng Daily": who said the figure, where (a headline cut short). */
export function figureSource(ref: FigureRef, index: WorkspaceIndex): string {
  return [ref.attribution, sourceLabel(ref.path, index, { short: true })].filter(Boolean).join(', ');
}

/** "approximately 11,000 (NIS, Korea JoongAng Daily)": qualifier, value, then who said it where. */
export function figureWithSource(ref: FigureRef, index: WorkspaceIndex): string {
  return `${figureSaid(ref)} (${figureSource(ref, index)})`;
}

/** Markdown "[headline](link "file name") (The Korea Times)": an article named in a card, opened by the link. */
export function articleLinkWithOutlet(path: string, name: string, link: string, index: WorkspaceIndex): string {
  const outlet = index.source(path)?.outlet;
  const linked = markdownLink(name, link, articleFileName(path));
  return outlet ? `${linked} (${escapeMarkdown(outlet)})` : linked;
}
