/**
 * What differs between extension hosts. This is the Node host's (desktop VS Code, code-server's remote host);
 * the browser bundle replaces this module with platform.web.ts (scripts/build.mjs).
 */
import type { FileStore } from '../core/sidecar/file-store';
import { nodeFileStore } from '../platform/node-file-store';

// Node's fs, not workspace.fs: its rename with overwrite deletes the target first, which is not atomic.
export const fileStore: FileStore = nodeFileStore;
