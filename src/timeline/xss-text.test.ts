import { describe, expect, it } from 'vitest';
import xss from './xss-text';

describe('the xss stand-in for vis-timeline', () => {
  it('shows any markup as text', () => {
    const filter = new xss.FilterXSS();
    expect(filter.process('<img src=x onerror="alert(1)">')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
    expect(filter.process('2020')).toBe('2020');
  });
});
