import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store';

export function LanguageSwitch() {
  const lang = useAppStore((s) => s.lang);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const t = useT();
  return (
    <select
      className="language-switch"
      aria-label={t('app.language')}
      value={lang}
      onChange={(e) => {
        if (isLanguage(e.target.value)) setLanguage(e.target.value, true);
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
