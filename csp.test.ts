import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, frameAncestors, headerPolicy } from './csp';

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

describe('frameAncestors', () => {
  it.each(['?embed=1', '?embed=tools', '?lang=es&embed=1', '?event=x&embed=tools&map=1.5,2.5,3'])(
    'lets any page frame the embed view %s',
    (search) => {
      expect(frameAncestors(search)).toBeUndefined();
    },
  );
  it.each([
    '',
    '?embed=2',
    '?embed=',
    '?embed',
    '?EMBED=1',
    '?xembed=1',
    '?embed=x&embed=1',
    '?q=embed=1',
  ])('lets no site frame %s, which the app does not show as the embed view', (search) => {
    expect(frameAncestors(search)).toBe("'none'");
  });
  it('completes the page policy with it', () => {
    expect(headerPolicy(undefined, '')).toBe(
      `${contentSecurityPolicy(undefined)}; frame-ancestors 'none'`,
    );
    expect(headerPolicy(undefined, '?embed=1')).toBe(contentSecurityPolicy(undefined));
  });
});

describe('the nginx samples in docs/hosting', () => {
  it.each(['nginx.conf', 'nginx-tls.conf'])('%s sends the policy the pages carry', (name) => {
    const conf = readFileSync(new URL(`./docs/hosting/${name}`, import.meta.url), 'utf8');
    const header = /add_header Content-Security-Policy "([^"]*)" always;/.exec(conf)?.[1];
    expect(header).toBe(`${contentSecurityPolicy(undefined)}$cuba_syria_frame_ancestors`);
    // No `types {}` block: it would replace the whole MIME map.
    expect(conf).not.toMatch(/^\s*types\s*\{/m);
  });
});
