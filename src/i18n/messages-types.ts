// Types only, so that pure modules (the loader) can name message keys
// without pulling the translations into their import graph.
export type { MessageKey } from './messages';
export type Params = Record<string, string | number>;
