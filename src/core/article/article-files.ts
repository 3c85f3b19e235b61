/** Which file names are articles: shared by the CLI's folder walk and the extension's file matching. */

import { SIDECAR_SUFFIX } from '../sidecar/annotation';

const ARTICLE_EXTENSIONS = ['.txt', '.md'];

/** Folders never walked for articles. */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** True for `.txt`/`.md` names that are not sidecars. */
export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.endsWith(SIDECAR_SUFFIX) && ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
