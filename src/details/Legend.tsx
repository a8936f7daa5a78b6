import { CATEGORIES, type Category } from '../data/types';
import type { MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';

export const categoryKey = (c: Category) => `category.${c}` as MessageKey;

/** Category colours and shapes; each entry toggles its events everywhere. */
export function Legend() {
  const hidden = useAppStore((s) => s.hiddenCategories);
  const toggle = useAppStore((s) => s.toggleCategory);
  const events = useAppStore((s) => s.events);
  const t = useT();
  const present = CATEGORIES.filter((c) => events.some((e) => e.category === c));
  return (
    <div className="legend" role="group" aria-label={t('legend.label')}>
      {present.map((c) => (
        <button
          key={c}
          type="button"
          className={`legend-item cat-${c}`}
          aria-pressed={!hidden.includes(c)}
          onClick={() => toggle(c)}
        >
          <span className={`cat-shape cat-shape-${c}`} aria-hidden="true" />
          {t(categoryKey(c))}
        </button>
      ))}
    </div>
  );
}
