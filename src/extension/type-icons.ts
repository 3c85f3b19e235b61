/** One codicon per entity and figure type, shared by the status bar list and the Entities view. */
import { EntityType, FigureType } from '../core/recognition/types';

export const TYPE_ICONS: Record<EntityType | FigureType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  equipment: 'tools',
  event: 'calendar',
  count: 'symbol-number',
  range: 'arrow-both',
  money: 'credit-card',
  measure: 'symbol-ruler',
  percent: 'percentage',
  date: 'calendar',
};
