import { foldText } from './fold-text';
import { NameProfile, profileName, profilesAreVariants } from './name-variants';

/**
 * Groups document-level entities into workspace entities.
 *
 * Each document-level entity (one recognizer key in one article) is attached to a name node
 * (`type:name`, the key's name folded). Two nodes of one type are linked when their names are
 * variants; a workspace entity is a connected component of that graph.
 *
 * Invariant: the components depend only on the set of nodes, never on the order they arrived
 * in, because the variant relation is symmetric and each link is decided on the two names alone.
 * So an incremental update equals a rebuild: attaching a new node links it to the variants found
 * through its block keys and merges their components; detaching a node's last member removes the
 * node and re-splits only the component it belonged to.
 */

export interface NameNode {
  id: string;
  type: string;
  /** Member ids (`path` + newline + key) of the document-level entities attached here. */
  members: Set<string>;
  /** Mention texts with their counts, over all members. */
  spellings: Map<string, number>;
  cluster: Cluster;
  profile: NameProfile;
  neighbors: Set<NameNode>;
  blockKeys: string[];
}

export interface Cluster {
  /** The smallest node id of the component. */
  id: string;
  nodes: Set<NameNode>;
}

/** Node id of a recognizer key ("person:Choe Son-hui" → "person:choe son hui"). */
export function nodeIdOfKey(key: string, fallbackType: string): { id: string; type: string; name: string } {
  const colon = key.indexOf(':');
  const type = colon > 0 ? key.slice(0, colon) : fallbackType;
  const name = colon > 0 ? key.slice(colon + 1) : key;
  return { id: `${type}:${foldName(name)}`, type, name };
}

/** A name as node ids spell it: folded, words separated by single spaces. */
export function foldName(name: string): string {
  return foldText(name).replace(/[^a-z0-9']+/g, ' ').trim();
}

export class EntityClusters {
  private readonly nodes = new Map<string, NameNode>();
  private readonly blocks = new Map<string, Set<NameNode>>();
  private readonly clusterSet = new Set<Cluster>();
  private readonly typesSeen = new Set<string>();

  /** `keepApart(a, b)` vetoes a variant link between two node ids (the analyst's decided entities). */
  constructor(private readonly keepApart: (a: string, b: string) => boolean = () => false) {}

  /** Attaches one document-level entity with its mention texts; returns its node. */
  attach(key: string, fallbackType: string, member: string, spellings: string[]): NameNode {
    const { id, type, name } = nodeIdOfKey(key, fallbackType);
    // Profile a mention written like the key, so its case survives (the acronym NIS, not the word "nis").
    const asWritten = spellings.find((spelling) => foldName(spelling) === foldName(name)) ?? name;
    const node = this.nodes.get(id) ?? this.createNode(id, type, asWritten);
    node.members.add(member);
    for (const spelling of spellings) node.spellings.set(spelling, (node.spellings.get(spelling) ?? 0) + 1);
    return node;
  }

  /** Detaches what `attach` added; drops the node when it has no member left. */
  detach(node: NameNode, member: string, spellings: string[]): void {
    node.members.delete(member);
    for (const spelling of spellings) {
      const count = (node.spellings.get(spelling) ?? 0) - 1;
      if (count > 0) node.spellings.set(spelling, count);
      else node.spellings.delete(spelling);
    }
    if (node.members.size === 0) this.deleteNode(node);
  }

  node(id: string): NameNode | undefined {
    return this.nodes.get(id);
  }

  clusters(): Iterable<Cluster> {
    return this.clusterSet;
  }

  /** Clusters with a node whose name is a variant of `name`; `exactKey` restricts to equal phonetic keys (fast). */
  findByName(name: string, exactKey = false): Cluster[] {
    const profile = profileName(name);
    const found = new Set<Cluster>();
    const blockKeys = exactKey ? [`c|${profile.concat}`] : profile.blockKeys;
    for (const node of this.candidates(blockKeys, null)) {
      if (exactKey ? node.profile.concat === profile.concat : profilesAreVariants(node.profile, profile)) {
        found.add(node.cluster);
      }
    }
    return [...found];
  }

  private createNode(id: string, type: string, name: string): NameNode {
    const profile = profileName(name);
    this.typesSeen.add(type);
    const cluster: Cluster = { id, nodes: new Set() };
    const node: NameNode = {
      id,
      type,
      members: new Set(),
      spellings: new Map(),
      cluster,
      profile,
      neighbors: new Set(),
      blockKeys: profile.blockKeys.map((blockKey) => `${type}|${blockKey}`),
    };
    cluster.nodes.add(node);
    this.clusterSet.add(cluster);
    for (const other of this.candidates(profile.blockKeys, type)) {
      if (profilesAreVariants(profile, other.profile) && !this.keepApart(id, other.id)) {
        node.neighbors.add(other);
        other.neighbors.add(node);
        this.merge(node.cluster, other.cluster);
      }
    }
    for (const blockKey of node.blockKeys) {
      const block = this.blocks.get(blockKey) ?? new Set<NameNode>();
      block.add(node);
      this.blocks.set(blockKey, block);
    }
    this.nodes.set(id, node);
    return node;
  }

  private deleteNode(node: NameNode): void {
    this.nodes.delete(node.id);
    for (const blockKey of node.blockKeys) {
      const block = this.blocks.get(blockKey);
      block?.delete(node);
      if (block?.size === 0) this.blocks.delete(blockKey);
    }
    for (const other of node.neighbors) other.neighbors.delete(node);
    const old = node.cluster;
    old.nodes.delete(node);
    this.clusterSet.delete(old);
    // Re-split the remaining nodes of the old component by walking their links.
    const unvisited = new Set(old.nodes);
    for (const start of old.nodes) {
      if (!unvisited.has(start)) continue;
      const cluster: Cluster = { id: start.id, nodes: new Set() };
      const stack = [start];
      unvisited.delete(start);
      while (stack.length > 0) {
        const current = stack.pop() as NameNode;
        cluster.nodes.add(current);
        current.cluster = cluster;
        if (current.id < cluster.id) cluster.id = current.id;
        for (const next of current.neighbors) {
          if (unvisited.delete(next)) stack.push(next);
        }
      }
      this.clusterSet.add(cluster);
    }
  }

  private merge(a: Cluster, b: Cluster): void {
    if (a === b) return;
    const [big, small] = a.nodes.size >= b.nodes.size ? [a, b] : [b, a];
    for (const node of small.nodes) {
      big.nodes.add(node);
      node.cluster = big;
    }
    if (small.id < big.id) big.id = small.id;
    this.clusterSet.delete(small);
  }

  /** Nodes under the block keys, of one type or (type null) of any type. Variants always share a block key. */
  private candidates(blockKeys: string[], type: string | null): Set<NameNode> {
    const found = new Set<NameNode>();
    const types = type ? [type] : this.typesSeen;
    for (const t of types) {
      for (const blockKey of blockKeys) {
        for (const node of this.blocks.get(`${t}|${blockKey}`) ?? []) found.add(node);
      }
    }
    return found;
  }
}
