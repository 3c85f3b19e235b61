import { applyEntityDecisions, EntityDecisionTable } from '../entities/entity-decisions';
import { mentionAt } from '../recognition/describe-mention';
import { ENTITY_TYPES, EntityMention, EntityType, FigureMention, Recognition } from '../recognition/types';
import { Annotation, SidecarData, SourceMetadata } from '../sidecar/annotation';
import { articleName } from './article-name';
import { Cluster, EntityClusters, NameNode, nodeIdOfKey } from './entity-clusters';
import { figureSubject } from './figure-subject';
import { Disposable, FigureRef, IndexChange, IndexedClaim, MentionRef, MergedEntity } from './index-types';
import { profileName } from './name-variants';
import { sentenceIndexAt, sentenceStarts } from './sentence-spans';

/** One recognizer key in one article. */
interface LocalEntity {
  key: string;
  node: NameNode;
  mentions: EntityMention[];
  /** Sentence indexes holding a mention. */
  sentences: Set<number>;
}

/** Everything one article contributes; removing the article removes exactly this. */
interface ArticleRecord {
  path: string;
  article: string;
  /** As recognized; `recognition` is it with the entity decisions applied. */
  rawRecognition: Recognition;
  /** The headline, for the views (search and the CLI keep the file name). */
  title: string;
  recognition: Recognition;
  sentenceStarts: number[];
  locals: Map<string, LocalEntity>;
  figures: FigureRef[];
  /** Sentence index of each figure, parallel to `figures`. */
  figureSentences: number[];
  claims: IndexedClaim[];
  claimsByKey: Map<string, IndexedClaim[]>;
}

type ChangeListener = (change: IndexChange) => void;

/**
 * Per-article recognition and annotations, with entities merged across articles.
 *
 * Incremental by construction: an article's contributions (its document-level entities attached
 * to name nodes, its figures in the subject table, its claims) are removed and re-added as a unit
 * when it changes; merged entities are recomputed only for the components those nodes touch (see
 * EntityClusters). Queries assemble merged entities on demand, so no derived state goes stale.
 */
export class WorkspaceIndex implements Disposable {
  private readonly records = new Map<string, ArticleRecord>();
  private readonly sidecars = new Map<string, SidecarData>();
  private decisions = new EntityDecisionTable();
  private clusters = this.createClusters();
  private readonly figuresBySubject = new Map<string, Set<FigureRef>>();
  private readonly listeners = new Set<ChangeListener>();

  /** Adds or replaces an article; without `sidecar` the last one set for the path is kept. */
  setArticle(path: string, text: string, recognition: Recognition, sidecar?: SidecarData): void {
    if (sidecar) this.sidecars.set(path, sidecar);
    this.detach(path);
    this.attach(path, sentenceStarts(text), recognition, articleName(path, text));
    this.fire({ path, kind: 'article' });
  }

  /**
   * Applies the analyst's entity decisions to every article (merges, splits, renames, types, not-entities).
   * Articles are re-attached from their stored recognition, so no text is read again.
   */
  setEntityDecisions(decisions: EntityDecisionTable): void {
    this.decisions = decisions;
    const records = [...this.records.values()];
    this.records.clear();
    this.figuresBySubject.clear();
    this.clusters = this.createClusters();
    for (const record of records) this.attach(record.path, record.sentenceStarts, record.rawRecognition, record.title);
    for (const record of records) this.fire({ path: record.path, kind: 'article' });
  }

  /** Replaces the annotations and source metadata of an article (kept for later if the article is not indexed yet). */
  setSidecar(path: string, data: SidecarData | undefined): void {
    if (data) this.sidecars.set(path, data);
    else this.sidecars.delete(path);
    const record = this.records.get(path);
    if (!record) return;
    this.attachAnnotations(record);
    this.fire({ path, kind: 'sidecar' });
  }

  removeArticle(path: string): void {
    const known = this.records.has(path) || this.sidecars.has(path);
    this.detach(path);
    this.sidecars.delete(path);
    if (known) this.fire({ path, kind: 'remove' });
  }

  /** Calls `listener` after every change, with the path that changed. */
  onDidChange(listener: ChangeListener): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  dispose(): void {
    this.listeners.clear();
  }

  paths(): string[] {
    return [...this.records.keys()];
  }

  source(path: string): SourceMetadata | undefined {
    return this.sidecars.get(path)?.source;
  }

  recognition(path: string): Recognition | undefined {
    return this.records.get(path)?.recognition;
  }

  /** All merged entities, in no particular order. */
  entities(): MergedEntity[] {
    return [...this.clusters.clusters()].map((cluster) => this.buildEntity(cluster));
  }

  /** The merged entity of the mention covering `offset` in `path`. */
  entityAt(path: string, offset: number): MergedEntity | undefined {
    const record = this.records.get(path);
    if (!record) return undefined;
    const mention = mentionAt({ entities: record.recognition.entities, figures: [] }, offset) as EntityMention | undefined;
    return mention ? this.entityOfKey(path, mention.key) : undefined;
  }

  /** The merged entity a document-level key of an article belongs to. */
  entityOfKey(path: string, key: string): MergedEntity | undefined {
    const local = this.records.get(path)?.locals.get(key);
    return local ? this.buildEntity(local.node.cluster) : undefined;
  }

  /** Id of the merged entity a document-level key belongs to, without assembling it. */
  entityIdOfKey(path: string, key: string): string | undefined {
    return this.records.get(path)?.locals.get(key)?.node.cluster.id;
  }

  /** An entity by key (`person:choe son hui`) or by any spelling or variant of its name. */
  findEntity(nameOrKey: string): MergedEntity | undefined {
    const node = nameOrKey.includes(':') ? this.clusters.node(nodeIdOfKey(nameOrKey, '').id) : undefined;
    if (node) return this.buildEntity(node.cluster);
    const decided = this.decidedCluster(nameOrKey);
    if (decided) return this.buildEntity(decided);
    const found = this.clusters.findByName(nameOrKey);
    const exact = found.find((cluster) => [...cluster.nodes].some((node) => node.spellings.has(nameOrKey)));
    const best = exact ?? found.sort((a, b) => memberCount(b) - memberCount(a))[0];
    return best ? this.buildEntity(best) : undefined;
  }

  /** Every spelling of the merged entity a document-level key belongs to, most frequent first. */
  spellingsOfKey(path: string, key: string): string[] {
    const local = this.records.get(path)?.locals.get(key);
    return local ? clusterSpellings(local.node.cluster).map(([spelling]) => spelling) : [];
  }

  /** Distinct texts of the mentions of one document-level key in its article. */
  localSpellings(path: string, key: string): string[] {
    return [...new Set(this.records.get(path)?.locals.get(key)?.mentions.map((m) => m.text) ?? [])];
  }

  /** Claims naming any entity whose name has the same phonetic key as `name` (the search alias table). */
  claimsNamed(name: string): IndexedClaim[] {
    const claims = new Set<IndexedClaim>();
    const decided = this.decidedCluster(name);
    for (const cluster of decided ? [decided] : this.clusters.findByName(name, true)) {
      for (const [record, local] of this.members(cluster)) {
        for (const claim of record.claimsByKey.get(local.key) ?? []) claims.add(claim);
      }
    }
    return [...claims];
  }

  /** All claims, article by article. */
  claims(): IndexedClaim[] {
    return [...this.records.values()].flatMap((record) => record.claims);
  }

  /** How the views name an article: its headline, else its file name; undefined when not indexed. */
  articleTitle(path: string): string | undefined {
    return this.records.get(path)?.title;
  }

  articleClaims(path: string): IndexedClaim[] {
    return this.records.get(path)?.claims ?? [];
  }

  figureAt(path: string, offset: number): FigureRef | undefined {
    const record = this.records.get(path);
    if (!record) return undefined;
    const figure = mentionAt({ entities: [], figures: record.recognition.figures }, offset);
    return record.figures.find((ref) => ref.figure === figure);
  }

  /** Figures about the same thing in other articles: same subject and a context entity in common. */
  relatedFigures(ref: FigureRef): FigureRef[] {
    const contexts = this.contextClusters(ref);
    const related: FigureRef[] = [];
    for (const other of this.figuresBySubject.get(figureSubject(ref.figure)) ?? []) {
      if (other.path === ref.path) continue;
      const otherContexts = this.contextClusters(other);
      if ([...otherContexts].some((cluster) => contexts.has(cluster))) related.push(other);
    }
    return related.sort((a, b) => a.path.localeCompare(b.path) || a.figure.start - b.figure.start);
  }

  /** The cluster of the decided entity a name is a spelling of: the analyst's word beats the variant matcher. */
  private decidedCluster(name: string): Cluster | undefined {
    const entity = this.decisions.entityNamed(name);
    if (!entity) return undefined;
    const types = entity.type ? [entity.type] : ENTITY_TYPES;
    for (const type of types) {
      const node = this.clusters.node(nodeIdOfKey(`${type}:${entity.name}`, type).id);
      if (node) return node.cluster;
    }
    return undefined;
  }

  private createClusters(): EntityClusters {
    return new EntityClusters((a, b) => this.decisions.keepApart(a, b));
  }

  private attach(path: string, starts: number[], rawRecognition: Recognition, title: string): void {
    const recognition = applyEntityDecisions(rawRecognition, this.decisions, path);
    const record: ArticleRecord = {
      path,
      article: articleName(path),
      rawRecognition,
      title,
      recognition,
      sentenceStarts: starts,
      locals: new Map(),
      figures: [],
      figureSentences: [],
      claims: [],
      claimsByKey: new Map(),
    };
    const byKey = new Map<string, EntityMention[]>();
    for (const mention of recognition.entities) {
      const list = byKey.get(mention.key) ?? [];
      list.push(mention);
      byKey.set(mention.key, list);
    }
    for (const [key, mentions] of byKey) {
      const node = this.clusters.attach(key, mentions[0].type, memberId(path, key), mentions.map((m) => m.text));
      const sentences = new Set(mentions.map((m) => sentenceIndexAt(starts, m.start)));
      record.locals.set(key, { key, node, mentions, sentences });
    }
    for (const figure of recognition.figures) {
      const sentence = sentenceIndexAt(starts, figure.start);
      const contextKeys = [...record.locals.values()].filter((l) => l.sentences.has(sentence)).map((l) => l.key);
      const ref: FigureRef = { path, article: record.article, figure, contextKeys };
      record.figures.push(ref);
      record.figureSentences.push(sentence);
      const subject = figureSubject(figure);
      const bucket = this.figuresBySubject.get(subject) ?? new Set<FigureRef>();
      bucket.add(ref);
      this.figuresBySubject.set(subject, bucket);
    }
    this.records.set(path, record);
    this.attachAnnotations(record);
  }

  private detach(path: string): void {
    const record = this.records.get(path);
    if (!record) return;
    for (const local of record.locals.values()) {
      this.clusters.detach(local.node, memberId(path, local.key), local.mentions.map((m) => m.text));
    }
    for (const ref of record.figures) {
      const subject = figureSubject(ref.figure);
      const bucket = this.figuresBySubject.get(subject);
      bucket?.delete(ref);
      if (bucket?.size === 0) this.figuresBySubject.delete(subject);
    }
    this.records.delete(path);
  }

  /** Rebuilds the claims of an article and the attributions of its figures from its sidecar. */
  private attachAnnotations(record: ArticleRecord): void {
    const source = this.sidecars.get(record.path)?.source;
    const annotations = this.sidecars.get(record.path)?.annotations ?? [];
    record.claims = annotations
      .filter((annotation) => annotation.kind === 'claim')
      .map((annotation) => ({
        path: record.path,
        article: record.article,
        annotation,
        source,
        entityKeys: claimEntityKeys(annotation, record.recognition.entities),
      }));
    record.claimsByKey = new Map();
    for (const claim of record.claims) {
      for (const key of claim.entityKeys) {
        const list = record.claimsByKey.get(key) ?? [];
        list.push(claim);
        record.claimsByKey.set(key, list);
      }
    }
    for (const ref of record.figures) {
      ref.source = source;
      ref.attribution = attributionAround(ref.figure, annotations);
    }
  }

  private buildEntity(cluster: Cluster): MergedEntity {
    const mentions: MentionRef[] = [];
    const claims = new Set<IndexedClaim>();
    // By span: two recognized figures over the same text are one figure to the reader.
    const figures = new Map<string, FigureRef>();
    for (const [record, local] of this.members(cluster)) {
      for (const m of local.mentions) mentions.push({ path: record.path, start: m.start, end: m.end, text: m.text });
      for (const claim of record.claimsByKey.get(local.key) ?? []) claims.add(claim);
      record.figures.forEach((ref, i) => {
        const span = `${ref.figure.start}:${ref.figure.end}\n${record.path}`;
        if (local.sentences.has(record.figureSentences[i]) && !figures.has(span)) figures.set(span, ref);
      });
    }
    mentions.sort((a, b) => a.path.localeCompare(b.path) || a.start - b.start);
    const spellings = clusterSpellings(cluster);
    const fullLength = Math.max(...spellings.map(([spelling]) => profileName(spelling).tokens.length));
    const decided = [...cluster.nodes].map((node) => this.decisions.entityNamed(node.id.slice(node.id.indexOf(':') + 1))).find(Boolean);
    const canonical = decided?.name ?? spellings.find(([spelling]) => profileName(spelling).tokens.length === fullLength)?.[0] ?? cluster.id;
    return {
      id: cluster.id,
      canonical,
      type: [...cluster.nodes][0].type as EntityType,
      spellings: spellings.map(([spelling]) => spelling),
      mentions,
      claims: [...claims].sort((a, b) => a.path.localeCompare(b.path) || a.annotation.target.start - b.annotation.target.start),
      figures: [...figures.values()].sort((a, b) => a.path.localeCompare(b.path) || a.figure.start - b.figure.start),
    };
  }

  private *members(cluster: Cluster): Generator<[ArticleRecord, LocalEntity]> {
    for (const node of cluster.nodes) {
      for (const member of node.members) {
        const newline = member.indexOf('\n');
        const record = this.records.get(member.slice(0, newline));
        const local = record?.locals.get(member.slice(newline + 1));
        if (record && local) yield [record, local];
      }
    }
  }

  private contextClusters(ref: FigureRef): Set<Cluster> {
    const locals = this.records.get(ref.path)?.locals;
    const clusters = new Set<Cluster>();
    for (const key of ref.contextKeys) {
      const local = locals?.get(key);
      if (local) clusters.add(local.node.cluster);
    }
    return clusters;
  }

  private fire(change: IndexChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}

function memberId(path: string, key: string): string {
  return `${path}\n${key}`;
}

function memberCount(cluster: Cluster): number {
  let count = 0;
  for (const node of cluster.nodes) count += node.members.size;
  return count;
}

/** Spellings of a cluster with their counts, most frequent first, then alphabetical. */
function clusterSpellings(cluster: Cluster): [string, number][] {
  const counts = new Map<string, number>();
  for (const node of cluster.nodes) {
    for (const [spelling, count] of node.spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + count);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Keys of the mentions a claim's span overlaps (unless orphaned: its offsets are stale) plus the keys it recorded. */
function claimEntityKeys(annotation: Annotation, entities: EntityMention[]): string[] {
  const keys = new Set(annotation.entities ?? []);
  if (!annotation.orphaned) {
    const { start, end } = annotation.target;
    for (const mention of entities) {
      if (mention.start < end && mention.end > start) keys.add(mention.key);
    }
  }
  return [...keys];
}

/** Attribution of the first attributed claim whose span contains the figure. */
function attributionAround(figure: FigureMention, annotations: Annotation[]): string | undefined {
  return annotations.find(
    (a) => a.kind === 'claim' && a.attribution && !a.orphaned && a.target.start <= figure.start && a.target.end >= figure.end,
  )?.attribution;
}
