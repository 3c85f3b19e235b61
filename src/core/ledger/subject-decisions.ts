/**
 * The analyst's decisions about subjects (`.sourcemark/subjects.yaml`): rename, merge, split, exclude.
 * Edited as a `yaml` Document so comments and key order survive; keyed by subject ids and report keys,
 * which come from the text, so decisions outlive re-indexing.
 *
 * ```yaml
 * version: 1
 * subjects:
 *   troops/north-korea:
 *     label: North Korean troops in Russia
 *     merge: [troops]                # other subjects folded into this one
 *   troops/north-korea~kursk:        # made by Split: these reports, out of their subject
 *     label: Troops at the Kursk front
 *     reports: ["003.txt#at least 3,000"]
 *   workers/north-korea:
 *     exclude: true
 * ```
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { parseYamlSource, positionOf } from '../sidecar/parse-yaml-source';
import type { SidecarProblem } from '../sidecar/sidecar-problem';
import type { FoundSubject } from './group-figures';

export const SUBJECTS_SCHEMA_VERSION = 1;
/** Workspace-relative location of the decisions file. */
export const SUBJECTS_FILE = '.sourcemark/subjects.yaml';

export interface SubjectDecision {
  label?: string;
  merge?: string[];
  exclude?: boolean;
  /** Report keys split into this subject. */
  reports?: string[];
}

export type ParsedSubjects =
  | { ok: true; doc: Document; decisions: Map<string, SubjectDecision>; readOnly: boolean; warnings: SidecarProblem[] }
  | { ok: false; errors: SidecarProblem[] };

const HEADER = ' Figure ledger decisions (Sourcemark): rename, merge, split and exclude subjects. Comments are kept.';

/** Parses the decisions file; problems come back with line and column, never as a throw. */
export function parseSubjects(source: string): ParsedSubjects {
  const parsed = parseYamlSource(source);
  if (!parsed.ok) return parsed;
  const { doc, lineCounter } = parsed;
  const problems: SidecarProblem[] = [];
  const at = (node: unknown, message: string) => problems.push({ message, ...positionOf(lineCounter, node) });
  const decisions = new Map<string, SubjectDecision>();
  const root = doc.contents;
  if (root === null) return { ok: true, doc, decisions, readOnly: false, warnings: [] };
  if (!isMap(root)) return { ok: false, errors: [{ message: 'The subjects file must be a mapping with "version" and "subjects".', ...positionOf(lineCounter, root) }] };
  const version = doc.get('version');
  if (version !== undefined && typeof version !== 'number') at(root.get('version', true), '"version" must be a number.');
  const readOnly = typeof version === 'number' && version > SUBJECTS_SCHEMA_VERSION;
  const subjects = root.get('subjects', true);
  if (subjects !== undefined && subjects !== null && !(isScalar(subjects) && subjects.value === null)) {
    if (!isMap(subjects)) at(subjects, '"subjects" must map subject ids to decisions.');
    else {
      for (const pair of subjects.items) {
        const id = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (!id) {
          at(pair.key, 'A subject id must be a plain string.');
          continue;
        }
        const decision = readDecision(pair.value, at);
        if (decision) decisions.set(id, decision);
      }
    }
  }
  if (problems.length > 0 && !readOnly) return { ok: false, errors: problems };
  const warnings = readOnly
    ? [{ message: `Subjects file version ${String(version)} is newer than this Sourcemark supports; it is read-only.`, line: 1, column: 1 }, ...problems]
    : [];
  return { ok: true, doc, decisions, readOnly, warnings };
}

function readDecision(node: unknown, at: (node: unknown, message: string) => void): SubjectDecision | undefined {
  if (node === null || (isScalar(node) && node.value === null)) return {};
  if (!isMap(node)) {
    at(node, 'A subject decision must be a mapping (label, merge, reports, exclude).');
    return undefined;
  }
  const decision: SubjectDecision = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    if (key === 'label') {
      if (isScalar(value) && typeof value.value === 'string') decision.label = value.value;
      else at(value, '"label" must be text.');
    } else if (key === 'exclude') {
      if (isScalar(value) && typeof value.value === 'boolean') decision.exclude = value.value;
      else at(value, '"exclude" must be true or false.');
    } else if (key === 'merge' || key === 'reports') {
      const list = isSeq(value) ? value.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : undefined)) : undefined;
      if (list && list.every((item) => item !== undefined)) decision[key] = list as string[];
      else at(value ?? pair.key, `"${key}" must be a list of strings.`);
    }
    // Unknown keys are the analyst's own notes: kept, ignored.
  }
  return decision;
}

/** Subjects after the analyst's decisions: split reports moved, merged subjects folded, labels and exclusions set. */
export function applyDecisions(found: FoundSubject[], decisions: Map<string, SubjectDecision>): (FoundSubject & { excluded?: boolean })[] {
  const subjects = new Map(found.map((s) => [s.id, { ...s, reports: [...s.reports] }]));
  for (const [id, decision] of decisions) {
    if (!decision.reports?.length) continue;
    const wanted = new Set(decision.reports);
    const moved = [...subjects.values()].flatMap((s) => s.reports.filter((r) => r.key && wanted.has(r.key)));
    if (moved.length === 0) continue;
    for (const subject of subjects.values()) subject.reports = subject.reports.filter((r) => !(r.key && wanted.has(r.key)));
    const existing = subjects.get(id);
    subjects.set(id, { id, label: decision.label ?? existing?.label ?? id, unit: existing?.unit ?? moved[0].unit ?? '', reports: [...(existing?.reports ?? []), ...moved] });
  }
  for (const [id, decision] of decisions) {
    for (const otherId of decision.merge ?? []) {
      const other = subjects.get(otherId);
      if (!other || otherId === id) continue;
      const target = subjects.get(id) ?? { ...other, id, reports: [] };
      target.reports = [...target.reports, ...other.reports];
      subjects.delete(otherId);
      subjects.set(id, target);
    }
  }
  const result: (FoundSubject & { excluded?: boolean })[] = [];
  for (const subject of subjects.values()) {
    if (subject.reports.length === 0) continue;
    const decision = decisions.get(subject.id);
    subject.reports.sort((a, b) => a.path.localeCompare(b.path) || a.start - b.start);
    result.push({ ...subject, ...(decision?.label ? { label: decision.label } : {}), ...(decision?.exclude ? { excluded: true } : {}) });
  }
  return result;
}

/** An empty decisions file with a header saying what it is. */
export function createSubjectsDocument(): Document {
  const doc = parseDocument(`version: ${SUBJECTS_SCHEMA_VERSION}\nsubjects: {}\n`);
  doc.commentBefore = HEADER;
  return doc;
}

export function renameSubject(doc: Document, id: string, label: string): void {
  doc.setIn(['subjects', id, 'label'], label);
}

export function setSubjectExcluded(doc: Document, id: string, excluded: boolean): void {
  if (excluded) doc.setIn(['subjects', id, 'exclude'], true);
  else if (doc.hasIn(['subjects', id, 'exclude'])) doc.deleteIn(['subjects', id, 'exclude']);
}

/** Folds the subjects `others` into `id` (kept as a flow list `[a, b]`). */
export function mergeSubjects(doc: Document, id: string, others: string[]): void {
  const current = (doc.getIn(['subjects', id, 'merge']) as { toJSON(): unknown } | undefined)?.toJSON();
  const merged = [...new Set([...(Array.isArray(current) ? (current as string[]) : []), ...others.filter((o) => o !== id)])];
  const list = doc.createNode(merged);
  list.flow = true;
  doc.setIn(['subjects', id, 'merge'], list);
}

/** Moves reports (by key) into a new subject `id` labelled `label`. */
export function splitSubject(doc: Document, id: string, label: string, reportKeys: string[]): void {
  doc.setIn(['subjects', id, 'label'], label);
  doc.setIn(['subjects', id, 'reports'], doc.createNode(reportKeys));
}

/** `subjects` may be written as `{}` or be missing: make it a block mapping so new entries read well (an empty file gets the header too). */
export function ensureSubjectsMap(doc: Document): void {
  if (doc.contents === null) {
    doc.commentBefore ??= HEADER;
    doc.set('version', SUBJECTS_SCHEMA_VERSION);
  }
  const subjects = doc.get('subjects', true);
  if (!isMap(subjects)) doc.set('subjects', doc.createNode({}));
  const map = doc.get('subjects', true);
  if (isMap(map)) map.flow = false;
  if (!doc.has('version')) doc.set('version', SUBJECTS_SCHEMA_VERSION);
}
