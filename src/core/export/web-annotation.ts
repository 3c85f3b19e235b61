/**
 * Annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD: each one
 * targets its article with a TextQuoteSelector and a TextPositionSelector whose `exact` is the
 * article slice, so Hypothesis-style tools can anchor it.
 */
import type { LedgerArticle } from '../ledger/group-figures';
import type { Annotation } from '../sidecar/annotation';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'describing' | 'commenting' | 'tagging';
  format?: 'text/plain';
}

export interface WebAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'describing' | 'commenting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: {
    source: string;
    selector: (
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    )[];
  };
}

/** A W3C collection page would need paging; one JSON-LD list keeps the export a plain file. */
export interface WebAnnotationExport {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  total: number;
  first: { type: 'AnnotationPage'; items: WebAnnotation[] };
}

/** `file:///home/a/kursk%20news.txt` for an absolute path; Windows drive paths get their slash. */
export function fileIri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/') ? slashed : `/${slashed}`;
  return `file://${absolute.split('/').map(encodeURIComponent).join('/').replace(/^\/([A-Za-z])%3A/, '/$1:')}`;
}

/** The annotations of `articles` as one JSON-LD annotation collection; `sourceIri` names each article (file IRI by default). */
export function toWebAnnotations(articles: LedgerArticle[], sourceIri: (path: string) => string = fileIri): WebAnnotationExport {
  const items = articles.flatMap((article) => (article.annotations ?? []).map((a) => toWebAnnotation(article, a, sourceIri(article.path))));
  return { '@context': ANNOTATION_CONTEXT, type: 'AnnotationCollection', total: items.length, first: { type: 'AnnotationPage', items } };
}

function toWebAnnotation(article: LedgerArticle, annotation: Annotation, source: string): WebAnnotation {
  const { target } = annotation;
  const body: TextualBody[] = [{ type: 'TextualBody', value: annotation.text, purpose: annotation.kind === 'claim' ? 'describing' : 'commenting', format: 'text/plain' }];
  if (annotation.attribution) body.push({ type: 'TextualBody', value: `Attribution: ${annotation.attribution}`, purpose: 'describing', format: 'text/plain' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  // The position selector must select exactly the quote; an orphaned quote has no position in this text.
  const positioned = !annotation.orphaned && article.text.slice(target.start, target.end) === target.quote;
  const exact = positioned ? article.text.slice(target.start, target.end) : target.quote;
  const selector: WebAnnotation['target']['selector'] = [{ type: 'TextQuoteSelector', exact, prefix: target.prefix, suffix: target.suffix }];
  if (positioned) selector.push({ type: 'TextPositionSelector', start: target.start, end: target.end });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${source}#${encodeURIComponent(annotation.id)}`,
    type: 'Annotation',
    motivation: annotation.kind === 'claim' ? 'describing' : 'commenting',
    created: annotation.created,
    modified: annotation.updated,
    body,
    target: { source, selector },
  };
}
