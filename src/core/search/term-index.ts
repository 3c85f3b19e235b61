import { editDistance } from '../index/edit-distance';

/**
 * Inverted index from folded words to document numbers, with a trigram index over the vocabulary
 * for typo-tolerant lookup and a two-letter index for prefixes. Postings are growable typed arrays:
 * at 100,000 claims Maps or Sets of numbers would cost ten times the memory. Removed documents stay
 * in the postings until `compact`, and callers skip them.
 */
export class TermIndex {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private postingLists: Int32Array[] = [];
  private postingCounts: number[] = [];
  private readonly trigrams = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  private sharedCounts = new Int32Array(1024);

  /** Records that document `doc` contains `term` (once per document; callers deduplicate). */
  add(term: string, doc: number): void {
    let id = this.ids.get(term);
    if (id === undefined) id = this.createTerm(term);
    const count = this.postingCounts[id];
    let list = this.postingLists[id];
    if (count === list.length) {
      const grown = new Int32Array(list.length * 2);
      grown.set(list);
      list = this.postingLists[id] = grown;
    }
    list[count] = doc;
    this.postingCounts[id] = count + 1;
  }

  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.terms[id];
  }

  /** Documents containing the term (removed ones included until `compact`). */
  postings(id: number): Int32Array {
    return this.postingLists[id].subarray(0, this.postingCounts[id]);
  }

  /** Vocabulary words within `maxDistance` edits of `term` (itself excluded), found through shared trigrams. */
  similarTerms(term: string, maxDistance: number): { id: number; distance: number }[] {
    const grams = trigramsOf(term);
    // A word within d edits shares at least |grams| - 3d trigrams with the query word.
    const needed = Math.max(1, grams.length - 3 * maxDistance);
    if (this.sharedCounts.length < this.terms.length) this.sharedCounts = new Int32Array(this.terms.length * 2);
    const touched: number[] = [];
    for (const gram of new Set(grams)) {
      for (const id of this.trigrams.get(gram) ?? []) {
        if (this.sharedCounts[id]++ === 0) touched.push(id);
      }
    }
    const found: { id: number; distance: number }[] = [];
    for (const id of touched) {
      if (this.sharedCounts[id] >= needed && this.terms[id] !== term) {
        const distance = editDistance(term, this.terms[id], maxDistance);
        if (distance <= maxDistance) found.push({ id, distance });
      }
      this.sharedCounts[id] = 0;
    }
    return found;
  }

  /** Vocabulary words starting with `prefix` (at least two letters), longer than it, most frequent first. */
  termsWithPrefix(prefix: string): number[] {
    if (prefix.length < 2) return [];
    return (this.prefixes.get(prefix.slice(0, 2)) ?? [])
      .filter((id) => this.terms[id].length > prefix.length && this.terms[id].startsWith(prefix))
      .sort((a, b) => this.postingCounts[b] - this.postingCounts[a]);
  }

  /** Drops documents for which `alive` is false from every posting list. */
  compact(alive: (doc: number) => boolean): void {
    for (let id = 0; id < this.terms.length; id++) {
      const list = this.postingLists[id];
      let kept = 0;
      for (let i = 0; i < this.postingCounts[id]; i++) {
        if (alive(list[i])) list[kept++] = list[i];
      }
      this.postingCounts[id] = kept;
    }
  }

  private createTerm(term: string): number {
    const id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    this.postingLists.push(new Int32Array(4));
    this.postingCounts.push(0);
    for (const gram of new Set(trigramsOf(term))) {
      const list = this.trigrams.get(gram) ?? [];
      list.push(id);
      this.trigrams.set(gram, list);
    }
    if (term.length >= 2) {
      const key = term.slice(0, 2);
      const list = this.prefixes.get(key) ?? [];
      list.push(id);
      this.prefixes.set(key, list);
    }
    return id;
  }
}

/** Trigrams of a word padded with one boundary mark on each side, so short words have some. */
function trigramsOf(term: string): string[] {
  const padded = `^${term}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}
