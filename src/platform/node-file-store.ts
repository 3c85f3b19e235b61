import { randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { sameBytes, type FileStore } from '../core/sidecar/file-store';

// A lock is held only for compare + rename (milliseconds); waiting longer means a stuck or slow writer.
const LOCK_WAIT_MS = 3000;
const LOCK_POLL_MS = 20;
// A lock older than this is left over from a crash on another machine (a dead local pid is detected at once).
const STALE_LOCK_MS = 30_000;

/** The lock file that serializes our writers of `file` across processes: `.name.lock` beside it. */
export function lockPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

/**
 * FileStore on Node's fs. A write goes to a temporary file in the target's folder (same file system, so the
 * rename is atomic) with the target's mode and owner; then, under an O_EXCL lock file that every Sourcemark
 * process (CLI, extension host) takes, the target's bytes are compared with what the edit was based on and the
 * temporary file is renamed over it only if they match. A program that ignores the lock (an editor) can still
 * slip a write into the microseconds between compare and rename; POSIX offers no compare-and-rename.
 */
export const nodeFileStore: FileStore = {
  async readFile(file) {
    try {
      return await fs.readFile(file);
    } catch (error) {
      if (code(error) === 'ENOENT') {
        await refuseDanglingLink(file);
        return undefined;
      }
      throw readable(error);
    }
  },

  async writeFileAtomic(file, bytes, expected) {
    const target = await resolveTarget(file);
    const release = await acquireLock(lockPathFor(target));
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      const info = await fs.stat(target).catch((error: unknown) => (code(error) === 'ENOENT' ? undefined : Promise.reject(error)));
      if (info) await refuseUnwritable(target, info);
      await fs.writeFile(temp, bytes, { flag: 'wx' });
      if (info) await keepModeAndOwner(temp, info);
      const current = await fs.readFile(target).catch((error: unknown) => (code(error) === 'ENOENT' ? undefined : Promise.reject(error)));
      if (!sameBytes(current, expected)) return 'conflict';
      await fs.rename(temp, target);
      return 'written';
    } catch (error) {
      throw readable(error);
    } finally {
      await fs.rm(temp, { force: true });
      await release();
    }
  },
};

/** The file a write should replace: the target of a symbolic link (so the link survives), else the path itself. */
async function resolveTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch (error) {
    if (code(error) !== 'ENOENT') throw readable(error);
    await refuseDanglingLink(file);
    return file;
  }
}

async function refuseDanglingLink(file: string): Promise<void> {
  const link = await fs.lstat(file).catch(() => undefined);
  if (link?.isSymbolicLink()) throw new Error(`it is a symbolic link to ${await fs.readlink(file)}, which does not exist`);
}

async function refuseUnwritable(target: string, info: Stats): Promise<void> {
  if (!info.isFile()) throw new Error('it is not a regular file');
  // Root may write anything, so the mode bits are checked too: a 444 file was made read-only on purpose.
  const writable = (info.mode & 0o222) !== 0 && (await fs.access(target, constants.W_OK).then(() => true, () => false));
  if (!writable) throw new Error(`the file is read-only (mode ${(info.mode & 0o777).toString(8)}); make it writable to let Sourcemark change it`);
}

async function keepModeAndOwner(temp: string, info: Stats): Promise<void> {
  await fs.chmod(temp, info.mode & 0o7777);
  // Only root (or the owner, for its own groups) may chown; otherwise the file becomes ours, as with any editor.
  await fs.chown(temp, info.uid, info.gid).catch(() => undefined);
}

async function acquireLock(lock: string): Promise<() => Promise<void>> {
  const owner = `${process.pid}@${hostname()}\n`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await fs.writeFile(lock, owner, { flag: 'wx' });
      return () => fs.rm(lock, { force: true });
    } catch (error) {
      if (code(error) !== 'EEXIST') throw readable(error);
    }
    if (await isStale(lock)) {
      await fs.rm(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new Error(`locked by another Sourcemark process (${lock}); try again, or delete that file if no Sourcemark is running`);
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

async function isStale(lock: string): Promise<boolean> {
  try {
    const [content, info] = await Promise.all([fs.readFile(lock, 'utf8'), fs.stat(lock)]);
    const [pid, host] = content.trim().split('@');
    if (host === hostname() && /^\d+$/.test(pid) && !isAlive(Number(pid))) return true;
    return Date.now() - info.mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // released meanwhile: the next attempt takes it
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) === 'EPERM'; // exists, owned by someone else
  }
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

const PHRASES: Record<string, string> = {
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted (the file or its folder may be immutable)',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the disk',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'a part of its path is not a folder',
};

/** A file system error as a phrase for the user: "permission denied", "it is a folder, not a file". */
export function fileErrorPhrase(error: unknown): string {
  return readable(error).message;
}

/** The error as a phrase for the user ("permission denied"), keeping its code for callers that check it. */
function readable(error: unknown): Error {
  const errno = code(error);
  if (errno === undefined || !(errno in PHRASES)) return error instanceof Error ? error : new Error(String(error));
  return Object.assign(new Error(PHRASES[errno]), { code: errno });
}
