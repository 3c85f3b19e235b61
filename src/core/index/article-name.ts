import { articleTitle } from './article-title';

/** Display name of an article: its headline when the text is given and has one, else its file name without the extension. */
export function articleName(path: string, text?: string): string {
  const title = text === undefined ? undefined : articleTitle(text);
  if (title) return title;
  const file = path.split(/[\\/]/).pop() ?? path;
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}
