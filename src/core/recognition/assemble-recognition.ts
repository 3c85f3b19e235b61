import type { NameVotes } from './entities/name-votes';
import { resolveEntities } from './entities/resolve-entities';
import type { BlockRecognition } from './recognize-block';
import type { Block } from './split-blocks';
import type { EntityMention, FigureMention, Recognition } from './types';

/** Runs the document pass over recognized lines (whose entity candidates `votes` counts) and places every mention at its document offset. */
export function assembleRecognition(blocks: readonly Block[], recognitions: readonly BlockRecognition[], votes: NameVotes): Recognition {
  const starts: number[] = new Array(blocks.length);
  const figures: FigureMention[] = [];
  let start = 0;
  for (let index = 0; index < blocks.length; index++) {
    const recognition = recognitions[index];
    starts[index] = start;
    for (const figure of recognition.figures) {
      figures.push(start === 0 ? figure : shiftFigure(figure, start));
    }
    start += blocks[index].text.length + blocks[index].lineBreak.length;
  }
  return removeOverlaps(resolveEntities(recognitions, starts, votes), figures);
}

/** The figure moved by `offset`, built field by field so every figure keeps one object shape. */
function shiftFigure(figure: FigureMention, offset: number): FigureMention {
  return {
    start: figure.start + offset,
    end: figure.end + offset,
    text: figure.text,
    type: figure.type,
    value: figure.value,
    qualifier: figure.qualifier,
    unit: figure.unit,
  };
}

/**
 * Where an entity and a figure overlap, a name with digits in it ("Su-25", "11th Corps", "G20 summit") keeps
 * the entity; otherwise the figure wins ("Oct. 23" is a date).
 */
function removeOverlaps(entities: EntityMention[], figures: FigureMention[]): Recognition {
  const keptEntities: EntityMention[] = [];
  const droppedFigures = new Set<FigureMention>();
  let next = 0;
  for (const entity of entities) {
    while (next < figures.length && figures[next].end <= entity.start) {
      next++;
    }
    let keep = true;
    for (let index = next; index < figures.length && figures[index].start < entity.end; index++) {
      if (entity.type !== 'person' && entity.type !== 'place' && /\d/.test(entity.text)) {
        droppedFigures.add(figures[index]);
      } else {
        keep = false;
      }
    }
    if (keep) {
      keptEntities.push(entity);
    }
  }
  return {
    entities: keptEntities,
    figures: droppedFigures.size === 0 ? figures : figures.filter((figure) => !droppedFigures.has(figure)),
  };
}
