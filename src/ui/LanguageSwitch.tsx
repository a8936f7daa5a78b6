import { isLanguage, LANGUAGE_NAMES, LANGUAGES, loadLanguage } from '../i18n';
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
        const next = e.target.value;
        if (isLanguage(next)) void loadLanguage(next).then(() => setLanguage(next, true));
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
