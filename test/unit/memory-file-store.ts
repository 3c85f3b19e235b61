import { sameBytes, type FileStore, type WriteOutcome } from '../../src/core/sidecar/file-store';

/**
 * In-memory boundary fake of the FileStore with its compare-and-replace: a replace whose `expected` bytes are not
 * what the file holds is a 'conflict'. `beforeReplace` simulates another program writing at the worst moment,
 * right before our replace; it runs before every replace until cleared.
 */
export class MemoryFileStore implements FileStore {
  private readonly contents = new Map<string, Uint8Array>();
  /** Replaces that landed. */
  writes = 0;
  beforeReplace?: (path: string) => void;

  /** Sets a file's content as another program would (not counted in `writes`). */
  put(path: string, content: string | Uint8Array): void {
    this.contents.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : Uint8Array.from(content));
  }

  /** The file's text as written, a BOM kept as U+FEFF; undefined when missing. */
  text(path: string): string | undefined {
    const bytes = this.contents.get(path);
    return bytes === undefined ? undefined : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }

  async readFile(path: string): Promise<Uint8Array | undefined> {
    const bytes = this.contents.get(path);
    return bytes === undefined ? undefined : Uint8Array.from(bytes);
  }

  async writeFileAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | undefined): Promise<WriteOutcome> {
    this.beforeReplace?.(path);
    if (!sameBytes(this.contents.get(path), expected)) return 'conflict';
    this.writes++;
    this.contents.set(path, Uint8Array.from(bytes));
    return 'written';
  }
}
