import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

describe('contentSecurityPolicy', () => {
  it('allows only the own origin, plus data: images', () => {
    const csp = contentSecurityPolicy(undefined);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data:;");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
  it('adds a configured tile host to img-src only', () => {
    const csp = contentSecurityPolicy('https://{s}.tile.example.org/{z}/{x}/{y}.png');
    expect(csp).toContain("img-src 'self' data: https://*.tile.example.org");
    expect(csp).toContain("connect-src 'self'");
  });
  it('needs nothing extra for a same-origin tile path', () => {
    expect(contentSecurityPolicy('/tiles/{z}/{x}/{y}.png')).toContain("img-src 'self' data:;");
  });
});
