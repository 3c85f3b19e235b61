import { EntityType, FigureMention, FigureType, Recognition } from '../../../src/core/recognition/types';
import { Annotation } from '../../../src/core/sidecar/annotation';

/**
 * Builds article text and its recognition from marked-up prose, so tests read like articles:
 * `[Choe Son-hui|person:choe son hui]` is an entity mention with its key, and
 * `{approximately 11,000 soldiers|count|11000|approximately|soldiers}` a figure.
 */
export function buildArticle(markup: string): { text: string; recognition: Recognition } {
  const recognition: Recognition = { entities: [], figures: [] };
  let text = '';
  const pattern = /\[([^|\]]+)\|([^\]]+)\]|\{([^|}]+)\|([^|}]+)\|([^|}]*)\|([^|}]*)\|([^|}]*)\}/g;
  let last = 0;
  for (let match = pattern.exec(markup); match; match = pattern.exec(markup)) {
    text += markup.slice(last, match.index);
    last = match.index + match[0].length;
    const start = text.length;
    if (match[1] !== undefined) {
      text += match[1];
      const key = match[2];
      recognition.entities.push({ start, end: text.length, text: match[1], type: key.split(':')[0] as EntityType, key });
    } else {
      text += match[3];
      const figure: FigureMention = {
        start,
        end: text.length,
        text: match[3],
        type: match[4] as FigureType,
        value: match[5] === '' ? null : Number(match[5]),
        qualifier: match[6] === '' ? null : match[6],
        unit: match[7] === '' ? null : match[7],
      };
      recognition.figures.push(figure);
    }
  }
  text += markup.slice(last);
  return { text, recognition };
}

/** A claim annotation over `quote`, which must occur in `text`. */
export function claimOver(text: string, quote: string, fields: Partial<Annotation> & { id: string; text: string }): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return {
    kind: 'claim',
    tags: [],
    created: '2024-11-20T00:00:00Z',
    updated: '2024-11-20T00:00:00Z',
    ...fields,
    target: { quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + quote.length, start + quote.length + 32), start, end: start + quote.length },
  };
}
