import Fuse from 'fuse.js';
import { Disposable, IndexChange, IndexedClaim } from '../index/index-types';
import { phoneticKey } from '../index/name-variants';
import { WorkspaceIndex } from '../index/workspace-index';
import { searchTokens } from './search-tokens';
import { TermIndex } from './term-index';
import { topByScore } from './top-by-score';

export type SearchField = 'text' | 'quote' | 'attribution' | 'entities' | 'tags' | 'outlet' | 'article';

export interface FieldMatch {
  field: SearchField;
  /** The field as searched (for `entities`: every spelling of the named entities, comma-separated). */
  value: string;
  /** Half-open UTF-16 ranges in `value` to highlight. */
  ranges: [number, number][];
}

export interface SearchHit {
  claim: IndexedClaim;
  /** In (0, 1], higher is better. */
  score: number;
  matches: FieldMatch[];
}

/**
 * How many candidates fuse.js re-ranks; its cost is most of a query's. 100 pushed p95 past 30 ms at
 * 100,000 claims (SEARCH.md); 30 kept bench/search.ts recall@10 of 50 at two thirds of the median cost.
 */
const CANDIDATES = 30;
const PREFIX_EXPANSIONS = 12;
/** Below this many letters a prefix completes to too many words to look at them all. */
const MIN_REFINING_PREFIX = 3;
const FUSE_THRESHOLD = 0.3;
const MAX_ALIAS_WORDS = 4;

const FIELD_WEIGHTS: Record<SearchField, number> = {
  text: 1,
  quote: 1,
  entities: 0.8,
  attribution: 0.6,
  tags: 0.5,
  outlet: 0.4,
  article: 0.3,
};

type FuseDoc = Record<SearchField, string> & { doc: number };

/** Documents matching part of the query, and how well. */
interface Source {
  /** Query words covered, inclusive. */
  from: number;
  to: number;
  docs: ArrayLike<number>;
  weight: number;
  /** Only adds to documents that the query's earlier words reached. */
  refines: boolean;
}

/**
 * Claim search as you type over the workspace index (design measured in /work/shared/SEARCH.md):
 * a token index with typo, prefix, split/join and alias expansion picks candidates, and fuse.js
 * token search re-ranks the best 30. The alias table is the index itself: a query naming
 * "Choi Sun-hee" reaches every claim about the merged entity Choe Son Hui. Follows the index:
 * when one article changes only its claims are re-indexed.
 */
export class ClaimSearch implements Disposable {
  private readonly terms = new TermIndex();
  private readonly docs: (IndexedClaim | undefined)[] = [];
  private readonly docOfClaim = new Map<IndexedClaim, number>();
  private readonly docsOfPath = new Map<string, number[]>();
  private aliveCount = 0;
  private deadCount = 0;
  private readonly subscription: Disposable;
  private scores = new Float64Array(0);
  private best = new Float64Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;
  /** Highlighting keys every word of every hit; the vocabulary is small, so remember them. */
  private readonly phoneticKeys = new Map<string, string>();

  constructor(private readonly index: WorkspaceIndex) {
    for (const path of index.paths()) this.addPath(path);
    this.subscription = index.onDidChange((change) => this.update(change));
  }

  dispose(): void {
    this.subscription.dispose();
  }

  /** Claims best matching `query`, best first. */
  search(query: string, limit = 20): SearchHit[] {
    const words = searchTokens(query.replace(/[-\u2010-\u2015]/g, ' ')).map((token) => token.term);
    if (words.length === 0 || this.aliveCount === 0) return [];
    const highlight = new Set<string>();
    const sources = this.sources(words, /\s$/.test(query), highlight);
    const candidates = this.candidates(words.length, sources);
    if (candidates.length === 0) return [];
    const ranked = this.rerank(candidates, words.join(' '));
    const aliasKeys = new Set(words.filter((w) => w.length >= 2).map((w) => this.phoneticKeyOf(w)));
    return ranked.slice(0, limit).map(({ doc, score }) => {
      const claim = this.docs[doc] as IndexedClaim;
      return { claim, score, matches: this.fieldMatches(claim, highlight, aliasKeys) };
    });
  }

  private update(change: IndexChange): void {
    this.removePath(change.path);
    if (change.kind !== 'remove') this.addPath(change.path);
    // Dead documents slow every lookup; drop them once they are a quarter of the postings.
    if (this.deadCount > 1000 && this.deadCount > this.aliveCount / 3) {
      this.terms.compact((doc) => this.docs[doc] !== undefined);
      this.deadCount = 0;
    }
  }

  private addPath(path: string): void {
    const numbers: number[] = [];
    for (const claim of this.index.articleClaims(path)) {
      const doc = this.docs.length;
      this.docs.push(claim);
      this.docOfClaim.set(claim, doc);
      numbers.push(doc);
      const spellings = claim.entityKeys.flatMap((key) => this.index.localSpellings(path, key));
      const seen = new Set<string>();
      for (const value of [...fieldValues(claim), ...spellings]) {
        for (const token of searchTokens(value)) {
          if (!seen.has(token.term)) {
            seen.add(token.term);
            this.terms.add(token.term, doc);
          }
        }
      }
    }
    this.docsOfPath.set(path, numbers);
    this.aliveCount += numbers.length;
  }

  private removePath(path: string): void {
    for (const doc of this.docsOfPath.get(path) ?? []) {
      this.docOfClaim.delete(this.docs[doc] as IndexedClaim);
      this.docs[doc] = undefined;
      this.aliveCount--;
      this.deadCount++;
    }
    this.docsOfPath.delete(path);
  }

  /** Every way the query's words reach documents; matched vocabulary goes into `highlight`. */
  private sources(words: string[], complete: boolean, highlight: Set<string>): Source[] {
    const sources: Source[] = [];
    const idf = (count: number) => Math.log(1 + this.aliveCount / Math.max(1, count));
    const fromTerm = (id: number, from: number, to: number, quality: number, refines = false) => {
      const docs = this.terms.postings(id);
      if (docs.length === 0) return;
      sources.push({ from, to, docs, weight: quality * idf(docs.length), refines });
      highlight.add(this.terms.term(id));
    };
    words.forEach((word, i) => {
      const exact = this.terms.termId(word);
      if (exact !== undefined) fromTerm(exact, i, i, 1);
      const maxDistance = word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
      if (maxDistance > 0) {
        for (const { id, distance } of this.terms.similarTerms(word, maxDistance)) fromTerm(id, i, i, 1 - 0.2 * distance);
      }
      // The word being typed is a prefix: "zelen" should find Zelenskyy. Its most frequent completions
      // reach documents; the rarer ones only add to documents the other words reached, so "liostiosi brai"
      // finds the one claim with a rare brai- word among the claims naming liostiosi without the common
      // brai- words flooding the candidates. Two letters prefix thousands of words: the few most frequent only.
      if (i === words.length - 1 && !complete) {
        const completions = this.terms.termsWithPrefix(word);
        const expansions = word.length === 2 ? 3 : PREFIX_EXPANSIONS;
        completions.slice(0, expansions).forEach((id) => fromTerm(id, i, i, 0.8));
        if (i > 0 && word.length >= MIN_REFINING_PREFIX) completions.slice(expansions).forEach((id) => fromTerm(id, i, i, 0.8, true));
      }
      if (exact === undefined) this.addSplit(word, i, sources, highlight, idf);
      const joined = i + 1 < words.length ? this.terms.termId(word + words[i + 1]) : undefined;
      if (joined !== undefined) fromTerm(joined, i, i + 1, 0.95);
    });
    // The alias table: a run of words naming an entity reaches the claims about it under any spelling.
    for (let from = 0; from < words.length; from++) {
      for (let to = from; to < Math.min(words.length, from + MAX_ALIAS_WORDS); to++) {
        const phrase = words.slice(from, to + 1).join(' ');
        if (phrase.replace(/ /g, '').length < 4) continue;
        const docs = this.index
          .claimsNamed(phrase)
          .map((claim) => this.docOfClaim.get(claim))
          .filter((doc): doc is number => doc !== undefined);
        if (docs.length > 0) sources.push({ from, to, docs, weight: idf(docs.length), refines: false });
      }
    }
    return sources;
  }

  /** "jongun" typed for "Jong Un": documents containing both halves, when both are words of the index. */
  private addSplit(word: string, i: number, sources: Source[], highlight: Set<string>, idf: (count: number) => number): void {
    for (let cut = 2; cut <= word.length - 2; cut++) {
      const left = this.terms.termId(word.slice(0, cut));
      const right = this.terms.termId(word.slice(cut));
      if (left === undefined || right === undefined) continue;
      const docs = intersectSorted(this.terms.postings(left), this.terms.postings(right));
      if (docs.length === 0) continue;
      sources.push({ from: i, to: i, docs, weight: 0.95 * idf(docs.length), refines: false });
      highlight.add(word.slice(0, cut));
      highlight.add(word.slice(cut));
      return;
    }
  }

  /** Sums, per document, the best source weight of each query word; returns the top candidates. */
  private candidates(wordCount: number, sources: Source[]): { doc: number; score: number }[] {
    const size = this.docs.length;
    if (this.scores.length < size) {
      this.scores = new Float64Array(size * 2);
      this.best = new Float64Array(size * 2);
      this.stamps = new Int32Array(size * 2);
    }
    const touched: number[] = [];
    for (let word = 0; word < wordCount; word++) {
      const stamp = ++this.stamp;
      const reached: number[] = [];
      for (const source of sources) {
        if (source.from > word || source.to < word) continue;
        const { docs, weight, refines } = source;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k];
          // scores holds the earlier words' sums until this word's bests are added below.
          if (this.docs[doc] === undefined || (refines && this.scores[doc] === 0)) continue;
          if (this.stamps[doc] !== stamp) {
            this.stamps[doc] = stamp;
            this.best[doc] = weight;
            reached.push(doc);
          } else if (weight > this.best[doc]) {
            this.best[doc] = weight;
          }
        }
      }
      for (const doc of reached) {
        if (this.scores[doc] === 0) touched.push(doc);
        this.scores[doc] += this.best[doc];
      }
    }
    const top = topByScore(touched, (doc) => this.scores[doc], CANDIDATES).map((doc) => ({ doc, score: this.scores[doc] }));
    for (const doc of touched) this.scores[doc] = 0;
    return top;
  }

  /** fuse.js token search orders the candidates; the candidate score breaks its ties and ranks what it drops. */
  private rerank(candidates: { doc: number; score: number }[], query: string): { doc: number; score: number }[] {
    const docs: FuseDoc[] = candidates.map(({ doc }) => ({ doc, ...this.searchedFields(this.docs[doc] as IndexedClaim) }));
    const fuse = new Fuse(docs, {
      keys: Object.entries(FIELD_WEIGHTS).map(([name, weight]) => ({ name, weight })),
      useTokenSearch: true,
      includeScore: true,
      ignoreDiacritics: true,
      ignoreLocation: true,
      // Bitap's cost grows with the errors it tolerates; typos were already resolved by the candidate stage.
      threshold: FUSE_THRESHOLD,
    });
    const fuseScore = new Map<number, number>();
    for (const result of fuse.search(query)) fuseScore.set(result.item.doc, 1 - (result.score ?? 1));
    const top = candidates[0].score;
    return candidates
      .map(({ doc, score }) => ({ doc, score: 0.5 * (score / top) + 0.5 * (fuseScore.get(doc) ?? 0) }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  private searchedFields(claim: IndexedClaim): Record<SearchField, string> {
    const [text, quote, attribution, tags, outlet, article] = fieldValues(claim);
    const entities = [...new Set(claim.entityKeys.flatMap((key) => this.index.spellingsOfKey(claim.path, key)))].join(', ');
    return { text, quote, attribution, entities, tags, outlet, article };
  }

  private phoneticKeyOf(word: string): string {
    let key = this.phoneticKeys.get(word);
    if (key === undefined) {
      key = phoneticKey(word);
      if (this.phoneticKeys.size < 100_000) this.phoneticKeys.set(word, key);
    }
    return key;
  }

  private fieldMatches(claim: IndexedClaim, highlight: Set<string>, aliasKeys: Set<string>): FieldMatch[] {
    const matches: FieldMatch[] = [];
    for (const [field, value] of Object.entries(this.searchedFields(claim)) as [SearchField, string][]) {
      const ranges = mergeRanges(
        searchTokens(value)
          .filter((token) => highlight.has(token.term) || aliasKeys.has(this.phoneticKeyOf(token.term)))
          .map((token): [number, number] => [token.start, token.end]),
      );
      if (ranges.length > 0) matches.push({ field, value, ranges });
    }
    return matches;
  }
}

/** Searched fields except entities, in the order text, quote, attribution, tags, outlet, article. */
function fieldValues(claim: IndexedClaim): string[] {
  const { annotation, source } = claim;
  return [annotation.text, annotation.target.quote, annotation.attribution ?? '', annotation.tags.join(', '), source?.outlet ?? '', claim.article];
}

function intersectSorted(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      both.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return both;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges.sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
