import type { NameVotes } from './entities/name-votes';
import { findBoilerplateLists } from './entities/find-boilerplate-lists';
import { EntityResolver } from './entities/resolve-entities';
import type { BlockRecognition } from './recognize-block';
import type { Block } from './split-blocks';
import type { EntityMention, FigureMention, Recognition } from './types';

/** Where one line's mentions sit in the last result; entities and figures never cross lines. */
interface PlacedLine {
  start: number;
  firstEntity: number;
  entities: number;
  firstFigure: number;
  figures: number;
  /** Whether the line was placed as part of a link list under a page heading, which yields nothing. */
  skipped: boolean;
}

/**
 * Runs the document pass over recognized lines and places every mention at its document offset. Placed lines are
 * remembered between passes: a 1 MB article has some 17,000 mentions, and resolving and rebuilding them all on
 * every keystroke was most of an edit's time. A line is placed afresh only when it is new or one of its names
 * resolves differently; otherwise its mentions are taken from the last result, copied with shifted offsets when
 * the line moved (the lines after an edit) and reused as they are when it did not.
 */
export class RecognitionAssembler {
  private readonly placed: (PlacedLine | undefined)[] = [];
  private readonly resolver = new EntityResolver();
  private last: Recognition = { entities: [], figures: [] };

  /** Forgets the `removed` placed lines at `first`, which `added` new lines replace. */
  replaceLines(first: number, removed: number, added: number): void {
    this.placed.splice(first, removed, ...new Array<undefined>(added));
  }

  /** The recognition of `blocks`, whose line results are `recognitions` and whose candidates `votes` counts. */
  assemble(blocks: readonly Block[], recognitions: readonly BlockRecognition[], votes: NameVotes): Recognition {
    const changed = this.resolver.update(recognitions, votes);
    // An edit to a heading or a prose line changes which lines below it are lists, so every line is checked again.
    const skipped = findBoilerplateLists(blocks);
    const { last } = this;
    const entities: EntityMention[] = [];
    const figures: FigureMention[] = [];
    let start = 0;
    for (let index = 0; index < blocks.length; index++) {
      const line = this.placed[index];
      if (line === undefined || line.skipped !== skipped[index] || (changed.size > 0 && mentionsAny(recognitions[index], changed))) {
        this.placed[index] = this.place(skipped[index] ? SKIPPED_LINE : recognitions[index], start, entities, figures, skipped[index]);
      } else {
        // Placed records are private, so they are updated in place; mentions are handed out, so moved ones are copied.
        const offset = start - line.start;
        const firstEntity = entities.length;
        const firstFigure = figures.length;
        for (let at = line.firstEntity; at < line.firstEntity + line.entities; at++) {
          entities.push(offset === 0 ? last.entities[at] : shiftEntity(last.entities[at], offset));
        }
        for (let at = line.firstFigure; at < line.firstFigure + line.figures; at++) {
          figures.push(offset === 0 ? last.figures[at] : shiftFigure(last.figures[at], offset));
        }
        line.start = start;
        line.firstEntity = firstEntity;
        line.firstFigure = firstFigure;
      }
      start += blocks[index].text.length + blocks[index].lineBreak.length;
    }
    this.last = { entities, figures };
    return this.last;
  }

  /**
   * Resolves and places one line's mentions at the end of `entities` and `figures`. They are pushed straight onto the
   * document lists and the overlaps removed there: per-line lists cost allocations, and a line's figure list was
   * either the line's own or a copy, two array shapes that deoptimized this on every recognition.
   */
  private place(recognition: BlockRecognition, start: number, entities: EntityMention[], figures: FigureMention[], skipped: boolean): PlacedLine {
    const firstEntity = entities.length;
    const firstFigure = figures.length;
    for (const candidate of recognition.entities) {
      const resolved = this.resolver.resolve(candidate);
      if (resolved !== null) {
        entities.push({ start: start + candidate.start, end: start + candidate.end, text: candidate.text, type: resolved.type, key: resolved.key });
      }
    }
    for (const figure of recognition.figures) {
      figures.push(start === 0 ? figure : shiftFigure(figure, start));
    }
    if (entities.length > firstEntity && figures.length > firstFigure) {
      removeOverlaps(entities, firstEntity, figures, firstFigure);
    }
    return { start, firstEntity, entities: entities.length - firstEntity, firstFigure, figures: figures.length - firstFigure, skipped };
  }
}

/** What a line of a link list yields. */
const SKIPPED_LINE: BlockRecognition = { entities: [], defines: false, figures: [] };

function mentionsAny(recognition: BlockRecognition, names: ReadonlySet<string>): boolean {
  return recognition.entities.some((candidate) => names.has(candidate.name));
}

function shiftEntity(entity: EntityMention, offset: number): EntityMention {
  return { start: entity.start + offset, end: entity.end + offset, text: entity.text, type: entity.type, key: entity.key };
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
 * Where an entity and a figure of a line overlap, a name with digits in it ("Su-25", "11th Corps", "G20 summit")
 * keeps the entity; otherwise the figure wins ("Oct. 23" is a date). The line's mentions are the tails of `entities`
 * from `firstEntity` and of `figures` from `firstFigure`, both sorted by start; the losers are removed in place.
 */
function removeOverlaps(entities: EntityMention[], firstEntity: number, figures: FigureMention[], firstFigure: number): void {
  let droppedFigures: Set<FigureMention> | undefined;
  let keptEntities = firstEntity;
  let next = firstFigure;
  for (let at = firstEntity; at < entities.length; at++) {
    const entity = entities[at];
    while (next < figures.length && figures[next].end <= entity.start) {
      next++;
    }
    let keep = true;
    for (let index = next; index < figures.length && figures[index].start < entity.end; index++) {
      if (entity.type !== 'person' && entity.type !== 'place' && /\d/.test(entity.text)) {
        (droppedFigures ??= new Set()).add(figures[index]);
      } else {
        keep = false;
      }
    }
    if (keep) {
      entities[keptEntities++] = entity;
    }
  }
  entities.length = keptEntities;
  if (droppedFigures !== undefined) {
    let keptFigures = firstFigure;
    for (let at = firstFigure; at < figures.length; at++) {
      if (!droppedFigures.has(figures[at])) {
        figures[keptFigures++] = figures[at];
      }
    }
    figures.length = keptFigures;
  }
}
