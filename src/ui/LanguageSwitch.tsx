import { useState } from 'react';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n';
import { useT } from './useT';
import { useAppStore } from '../store';

export function LanguageSwitch() {
  const lang = useAppStore((s) => s.lang);
  const chooseLanguage = useAppStore((s) => s.chooseLanguage);
  // A choice whose messages are still loading shows as chosen (so that
  // choosing again, even the current language, is a new choice).
  const [pending, setPending] = useState<Language | null>(null);
  const t = useT();
  return (
    <select
      className="language-switch"
      aria-label={t('app.language')}
      value={pending ?? lang}
      onChange={(e) => {
        const next = e.target.value;
        if (!isLanguage(next)) return;
        setPending(next);
        void chooseLanguage(next, true).then(() =>
          setPending((current) => (current === next ? null : current)),
        );
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
