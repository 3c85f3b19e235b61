import { FigureMention } from '../recognition/types';

/** Unit nouns that count the same thing under different words. */
const UNIT_FAMILIES: Record<string, string> = {
  soldier: 'troops', troop: 'troops', force: 'troops', personnel: 'troops', serviceman: 'troops',
  servicemen: 'troops', fighter: 'troops', men: 'troops', military: 'troops',
  worker: 'workers', laborer: 'workers', labourer: 'workers',
  casualty: 'casualties', death: 'casualties', dead: 'casualties', killed: 'casualties',
  shell: 'shells', round: 'shells',
};

/** What a figure counts or measures ("count|troops"): figures with one subject are comparable across sources. */
export function figureSubject(figure: FigureMention): string {
  const unit = figure.unit ?? '';
  const singular = unit.endsWith('ies') ? `${unit.slice(0, -3)}y` : unit.replace(/s$/, '');
  // A range of troops and a count of troops answer the same question.
  const kind = figure.type === 'range' ? 'count' : figure.type;
  return `${kind}|${UNIT_FAMILIES[unit] ?? UNIT_FAMILIES[singular] ?? singular}`;
}
