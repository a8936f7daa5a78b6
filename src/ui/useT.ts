import { useCallback } from 'react';
import { useAppStore } from '../store';
import { translate, type MessageKey, type Params } from '../i18n';

/** The translate function for the current language. */
export function useT() {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}
