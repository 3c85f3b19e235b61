import type { AnnotationKind } from './annotation';

const ID_LENGTH = 6;

/** What a stored id must look like: it goes into command links and file names, so nothing else is accepted. */
export const ANNOTATION_ID_PATTERN = /^[cn]-[a-z0-9]{6,}$/;
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no 0/o, 1/l: ids get read aloud and typed

/** A short random id (`c-…` for claims, `n-…` for notes) not in `taken`. */
export function newAnnotationId(kind: AnnotationKind, taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    let id = kind === 'claim' ? 'c-' : 'n-';
    for (let i = 0; i < ID_LENGTH; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length)];
    if (!taken.has(id)) return id;
  }
}
