import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleFileName, isSkippedFolder } from '../core/article/article-files';

/** Expands paths into article files: files are kept as given, folders are walked for `.txt`/`.md`. */
export async function findArticleFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) missing.push(path);
    else if (info.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return { files, missing };
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) found.push(...(await walk(path)));
    } else if (entry.isFile() && isArticleFileName(entry.name)) {
      found.push(path);
    }
  }
  return found;
}
