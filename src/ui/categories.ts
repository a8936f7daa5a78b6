import type { Category } from '../data/types';

export const CATEGORY_LABELS: Record<Category, string> = {
  diplomatic: 'Diplomatic',
  political: 'Political',
  cultural: 'Cultural',
  economic: 'Economic',
  conflict: 'Conflict',
  era: 'Era',
};
