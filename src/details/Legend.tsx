import { CATEGORIES } from '../data/types';
import { useAppStore } from '../store';
import { CATEGORY_LABELS } from '../ui/categories';

/** Category colours and shapes; each entry toggles its events everywhere. */
export function Legend() {
  const hidden = useAppStore((s) => s.hiddenCategories);
  const toggle = useAppStore((s) => s.toggleCategory);
  const events = useAppStore((s) => s.events);
  const present = CATEGORIES.filter((c) => events.some((e) => e.category === c));
  return (
    <div className="legend" role="group" aria-label="Categories">
      {present.map((c) => (
        <button
          key={c}
          type="button"
          className={`legend-item cat-${c}`}
          aria-pressed={!hidden.includes(c)}
          onClick={() => toggle(c)}
        >
          <span className={`cat-shape cat-shape-${c}`} aria-hidden="true" />
          {CATEGORY_LABELS[c]}
        </button>
      ))}
    </div>
  );
}
