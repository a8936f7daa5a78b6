import { describe, expect, it } from 'vitest';
import { embedUrl, fullViewUrl, iframeSnippet } from './embed';

describe('embedUrl and fullViewUrl', () => {
  it('add and remove embed=1, keeping the view', () => {
    const view =
      'https://example.org/events/civil-war-onset/?from=2010-01-01&to=2012-01-01&map=4/33.0000/36.0000';
    const embed = embedUrl(view);
    expect(embed).toBe(`${view}&embed=1`);
    expect(fullViewUrl(embed)).toBe(view);
    expect(embedUrl(embed)).toBe(embed);
  });
});

describe('iframeSnippet', () => {
  it('is lazy, titled, sized and sandboxed, with attributes escaped', () => {
    const html = iframeSnippet('https://example.org/?embed=1&q="x"', 'Cuba–Syria <relations>');
    expect(html).toContain('src="https://example.org/?embed=1&amp;q=&quot;x&quot;"');
    expect(html).toContain('title="Cuba–Syria &lt;relations&gt;"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('width="600" height="450"');
    expect(iframeSnippet('https://example.org/', 't', { width: 320, height: 400 })).toContain(
      'width="320" height="400"',
    );
    expect(html).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(html).not.toContain('allow-top-navigation');
  });
});
