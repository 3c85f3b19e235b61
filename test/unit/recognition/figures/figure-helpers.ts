/** Helpers for figure tests: look up the figure whose text is given. */

import * as assert from 'node:assert/strict';
import { findFigures } from '../../../../src/core/recognition/figures/find-figures';
import { FigureMention } from '../../../../src/core/recognition/types';

/** The one figure found in `text` whose span reads `span`; fails if it is missing. */
export function figureReading(text: string, span: string): FigureMention {
  const figures = findFigures(text);
  const found = figures.find((f) => f.text === span);
  assert.ok(found, `expected a figure "${span}" in "${text}", found ${JSON.stringify(figures.map((f) => f.text))}`);
  assert.equal(found.start, text.indexOf(span));
  return found;
}

/** Texts of the figures found in `text`. */
export function figureTexts(text: string): string[] {
  return findFigures(text).map((f) => f.text);
}
