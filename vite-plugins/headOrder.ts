import type { OutputBundle } from 'rolldown';
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

/** The widgets a laptop shows at once, whose code loads apart from the page's. */
const WIDE_SCREEN_CHUNKS = [/src\/map\/MapPane\.tsx$/, /src\/timeline\/TimelinePane\.tsx$/];
/** Where they show at once (keep in step with PHONE_QUERY in src/ui/useMediaQuery.ts). */
export const WIDE_SCREEN = '(min-width: 700px)';

/**
 * Preloads for the map's and the timeline's code (and styles) on a wide
 * screen only: a laptop shows both at once, so it fetches them alongside the
 * page's script; a phone, which makes them only when the reader gets to
 * them, does not (the `media` attribute).
 */
export function wideScreenPreloads(bundle: OutputBundle, base: string): string[] {
  const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  const atStart = new Set<string>();
  const walk = (name: string, into: Set<string>) => {
    if (into.has(name) || atStart.has(name)) return;
    into.add(name);
    for (const dep of byName.get(name)?.imports ?? []) walk(dep, into);
  };
  if (entry) walk(entry.fileName, atStart);
  const scripts = new Set<string>();
  for (const chunk of chunks)
    if (WIDE_SCREEN_CHUNKS.some((re) => re.test(chunk.facadeModuleId ?? '')))
      walk(chunk.fileName, scripts);
  const styles = [...scripts].flatMap((name) => [
    ...((byName.get(name) as { viteMetadata?: { importedCss?: Set<string> } } | undefined)
      ?.viteMetadata?.importedCss ?? []),
  ]);
  return [
    ...[...scripts].map(
      (name) =>
        `<link rel="modulepreload" crossorigin href="${base}${name}" media="${WIDE_SCREEN}">`,
    ),
    ...styles.map(
      (name) =>
        `<link rel="preload" as="style" crossorigin href="${base}${name}" media="${WIDE_SCREEN}">`,
    ),
  ];
}

export function headOrderPlugin(): Plugin {
  let base = '/';
  return {
    name: 'head-order',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const ordered = orderHead(html);
        const preloads = ctx.bundle ? wideScreenPreloads(ctx.bundle, base) : [];
        const headEnd = ordered.indexOf('</head>');
        if (preloads.length === 0 || headEnd < 0) return ordered;
        // After the page's script and its preloads, before the dataset's (and its comment).
        const dataset = /(?:<!--[^>]*-->\s*)?<link rel="preload"[^>]*as="fetch"/.exec(ordered);
        const at = dataset && dataset.index < headEnd ? dataset.index : headEnd;
        return (
          ordered.slice(0, at) + preloads.map((tag) => `${tag}\n    `).join('') + ordered.slice(at)
        );
      },
    },
  };
}
