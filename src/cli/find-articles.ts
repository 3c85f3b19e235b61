import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleFileName, isSkippedFolder } from '../core/article/article-files';
import { isSidecarPath } from '../core/sidecar/sidecar-paths';
import { fileErrorPhrase } from '../platform/node-file-store';

/** A folder that could not be listed, and why ("permission denied"). */
export interface UnreadableFolder {
  path: string;
  message: string;
}

/**
 * Expands paths into article files: files are kept as given, folders are walked for `.txt`/`.md`. A folder that
 * cannot be listed is returned in `unreadable` and the walk goes on.
 */
export async function findArticleFiles(paths: string[]): Promise<{ files: string[]; missing: string[]; unreadable: UnreadableFolder[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const unreadable: UnreadableFolder[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) missing.push(path);
    else if (info.isDirectory()) files.push(...(await walk(path, (entry) => entry.isFile() && isArticleFileName(entry.name), unreadable)));
    else files.push(path);
  }
  return { files, missing, unreadable };
}

/** Sidecars under the given folders, to find those whose article is gone (folders that cannot be listed are skipped). */
export async function findSidecarFiles(folders: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const folder of folders) {
    const info = await stat(folder).catch(() => undefined);
    if (info?.isDirectory()) found.push(...(await walk(folder, (entry) => isSidecarPath(entry.name), [])));  // links too: a dangling one is reported
  }
  return found;
}

async function walk(folder: string, accept: (entry: Dirent) => boolean, unreadable: UnreadableFolder[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ path: folder, message: fileErrorPhrase(error) });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) found.push(...(await walk(path, accept, unreadable)));
    } else if (accept(entry)) {
      found.push(path);
    }
  }
  return found;
}
