import type { CliIO } from './cli-io';
import { readArticleFile } from './read-article-file';

/** The files' texts in order; each file that cannot be read as an article is reported on stderr, skipped and passed to `skipped`. */
export async function* readArticles(files: string[], io: CliIO, skipped: (path: string) => void): AsyncGenerator<{ path: string; text: string }> {
  for (const path of files) {
    const article = await readArticleFile(path);
    if (!article.ok) {
      io.stderr(`sourcemark: ${path}: skipped, ${article.message}\n`);
      skipped(path);
      continue;
    }
    yield { path, text: article.text };
  }
}
