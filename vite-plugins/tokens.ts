import type { Plugin } from 'vite';
import { tokensCss } from '../src/lib/tokens.ts';

const ID = 'virtual:tokens.css';
const RESOLVED = `\0${ID}`;

/**
 * `import 'virtual:tokens.css'`: the design's colours (src/lib/tokens.ts) as
 * CSS custom properties, so that the stylesheet, the map and the build's
 * images share one definition.
 */
export function tokensPlugin(): Plugin {
  return {
    name: 'cuba-syria:tokens',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? tokensCss() : undefined),
  };
}
