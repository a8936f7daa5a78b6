export function findChromium(): Promise<{
  path: string | undefined;
  source: 'system' | 'playwright';
} | null>;
export const CHROMIUM_ARGS: string[];
