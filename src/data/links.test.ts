import { describe, expect, it } from 'vitest';
import { isWebUrl } from './links';

describe('isWebUrl', () => {
  it('accepts http and https links', () => {
    expect(isWebUrl('https://example.org/a?b=c')).toBe(true);
    expect(isWebUrl('http://example.org')).toBe(true);
  });
  it('rejects script, data and relative links', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '//evil.example/x',
      '/local',
      'vbscript:x',
      'ftp://x.org',
    ]) {
      expect(isWebUrl(bad), bad).toBe(false);
    }
  });
});
