import { SIDECAR_SUFFIX } from './annotation';

/** `kursk.txt` → `kursk.txt.sourcemark.yaml` (beside the article). */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/** `kursk.txt.sourcemark.yaml` → `kursk.txt`; undefined for a path that is not a sidecar. */
export function articlePathFor(sidecarPath: string): string | undefined {
  if (!isSidecarPath(sidecarPath)) return undefined;
  return sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
}

/** True for `*.sourcemark.yaml` files that name an article. */
export function isSidecarPath(path: string): boolean {
  const base = path.slice(0, -SIDECAR_SUFFIX.length);
  return path.endsWith(SIDECAR_SUFFIX) && base.length > 0 && !/[\\/]$/.test(base);
}

/** `/w/a.yaml` → folder `/w/` (with its separator) and name `a.yaml`; backslashes too (Windows, a browser on it). */
export function splitPath(path: string): { folder: string; name: string } {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { folder: path.slice(0, slash + 1), name: path.slice(slash + 1) };
}
