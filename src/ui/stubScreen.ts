import { vi } from 'vitest';

/**
 * For unit tests: every media query matches (a laptop with a mouse) or none
 * does (a phone), until the returned spy is restored.
 */
export function stubScreen(desktop: boolean) {
  return vi
    .spyOn(window, 'matchMedia')
    .mockImplementation((query: string) => ({ matches: desktop, media: query }) as MediaQueryList);
}
