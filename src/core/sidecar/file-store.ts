/** What a conditional write did: replaced the file, or found it changed since `expected` was read (nothing written). */
export type WriteOutcome = 'written' | 'conflict';

/**
 * The file system as the sidecar store needs it; Node (`src/platform/node-file-store.ts`) and VS Code
 * (`workspace.fs`) each implement it. Failures other than "missing" and "changed meanwhile" are thrown as an
 * `Error` whose message is a short phrase the user can act on ("permission denied", "it is a folder, not a
 * file"): the store reports it for that file and goes on.
 */
export interface FileStore {
  /** The file's bytes, or undefined when it does not exist (a symbolic link to nothing is an error, not missing). */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /**
   * Replaces the file all at once (readers see the old or the new content, never a mix), but only if its
   * bytes right before the replace still equal `expected` (undefined: the file must not exist); otherwise
   * returns 'conflict' and leaves it alone. Writes through a symbolic link to its target, keeps the file's
   * mode (and owner where allowed), and refuses a read-only file. Cooperating writers (other processes of
   * ours) are excluded from the compare-and-replace; implementations say how.
   */
  writeFileAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | undefined): Promise<WriteOutcome>;
}

/** True when two byte arrays hold the same bytes (undefined: no file). */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
