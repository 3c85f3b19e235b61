import { readFile } from 'node:fs/promises';
import { decodeArticle, DecodedArticle } from '../core/article/decode-article';

/** Reads and decodes an article file; never throws for unreadable input. */
export async function readArticleFile(path: string, maxBytes?: number): Promise<DecodedArticle> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  return decodeArticle(bytes, maxBytes);
}
