/** The file system as the sidecar store needs it (changes are detected by content, so no stat); Node and VS Code (`workspace.fs`) each implement it. */
export interface FileStore {
  /** The file's bytes, or undefined when it does not exist. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** Replaces the file all at once: readers see the old or the new content, never a mix. */
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>;
}
