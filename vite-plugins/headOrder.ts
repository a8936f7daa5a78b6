import type { Plugin } from 'vite';

/**
 * Orders the built page's head for a slow link: the stylesheet (all the first
 * paint needs, with the prerendered HTML) first, then the script and its
 * module preloads, and the dataset's preload last, so that nothing the first
 * paint does not need is requested ahead of the stylesheet.
 */
export function orderHead(html: string): string {
  const stylesheets = html.match(/<link rel="stylesheet"[^>]*>\n?/g) ?? [];
  const preloads =
    html.match(/(?:<!--[^>]*-->\s*)?<link rel="preload"[^>]*as="fetch"[^>]*>\n?/g) ?? [];
  let out = html;
  for (const tag of [...stylesheets, ...preloads]) out = out.replace(tag, () => '');
  const viewport = /<meta name="viewport"[^>]*>\n?/.exec(out);
  if (!viewport) return html;
  const afterViewport = viewport.index + viewport[0].length;
  out =
    out.slice(0, afterViewport) +
    stylesheets.map((tag) => `    ${tag.trim()}\n`).join('') +
    out.slice(afterViewport);
  const headEnd = out.indexOf('</head>');
  if (headEnd < 0) return html;
  return (
    out.slice(0, headEnd) + preloads.map((tag) => `  ${tag.trim()}\n`).join('') + out.slice(headEnd)
  );
}

export function headOrderPlugin(): Plugin {
  return {
    name: 'head-order',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: orderHead },
  };
}
