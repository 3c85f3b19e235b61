import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FileStore } from './file-store';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** FileStore on Node's fs: atomic writes go to a temporary file in the same folder, then rename over. */
export const nodeFileStore: FileStore = {
  async readFile(file) {
    try {
      return await fs.readFile(file);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  async writeFileAtomic(file, bytes) {
    // Same folder, so the rename stays on one file system and is atomic.
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await fs.writeFile(temp, bytes, { flag: 'wx' });
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  },
};
