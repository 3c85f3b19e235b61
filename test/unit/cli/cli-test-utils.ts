import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CliIO } from '../../../src/cli/cli-io';

/** The repository root, from the compiled location out/test/unit/cli. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const SEEDS = path.join(REPO_ROOT, 'seeds');
export const SEED_ARTICLE = '000_38dd43a7f4a69a66.txt';
export const SIDECAR_SUFFIX = '.sourcemark.yaml';

/** A CliIO that keeps what a command printed, so tests read it back. */
export class CapturingIO implements CliIO {
  out = '';
  err = '';
  stdout(text: string): void {
    this.out += text;
  }
  stderr(text: string): void {
    this.err += text;
  }
}

export function tempFolder(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `sourcemark-cli-${prefix}-`));
}

/** Copies a seed article and its sidecar into `folder`; returns the copied article's path. */
export function copySeed(folder: string, name = SEED_ARTICLE): string {
  const article = path.join(folder, name);
  copyFileSync(path.join(SEEDS, name), article);
  copyFileSync(path.join(SEEDS, name + SIDECAR_SUFFIX), article + SIDECAR_SUFFIX);
  return article;
}
