/**
 * Citations as a little rich text: runs of plain text, italics (titles the
 * styles set in italics) and isolated runs (an address, or dataset text that
 * keeps its own direction). One value, three renderings: plain text (with
 * Unicode isolates where direction needs them), DOM nodes for the HTML
 * clipboard item, and React elements for the dialog. Text is only ever set
 * as text.
 */

export interface Run {
  text: string;
  italic?: boolean;
  /**
   * 'ltr': an address, code or identifier, always left to right.
   * 'auto': dataset text (a title, a publisher) that keeps its own direction.
   */
  isolate?: 'ltr' | 'auto';
}

export type Rich = Run[];

/** A run of plain text. */
export const plain = (text: string): Run => ({ text });
/** A title the style sets in italics (dataset text: isolated too). */
export const italic = (text: string): Run => ({ text, italic: true, isolate: 'auto' });
/** Dataset text, isolated so that it keeps its direction. */
export const own = (text: string): Run => ({ text, isolate: 'auto' });
/** An address or identifier, always left to right. */
export const ltr = (text: string): Run => ({ text, isolate: 'ltr' });

const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR_CHAR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/** Joins neighbouring runs that look the same. */
export function compact(rich: Rich): Rich {
  const out: Run[] = [];
  for (const run of rich) {
    if (!run.text) continue;
    const last = out.at(-1);
    if (last && !last.italic && !last.isolate && !run.italic && !run.isolate)
      out[out.length - 1] = { text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

/**
 * The citation as plain text. In a right-to-left citation, addresses are
 * wrapped in LRI…PDI and dataset text holding left-to-right letters in
 * FSI…PDI; in a left-to-right one, dataset text holding right-to-left
 * letters in FSI…PDI. Nothing else is added: a pasted citation is the text
 * the reader sees.
 */
export function toPlainText(rich: Rich, dir: 'ltr' | 'rtl'): string {
  return rich
    .map((run) => {
      if (!run.isolate) return run.text;
      if (dir === 'rtl') {
        if (run.isolate === 'ltr') return `\u2066${run.text}\u2069`;
        return LTR_CHAR.test(run.text) ? `\u2068${run.text}\u2069` : run.text;
      }
      return run.isolate === 'auto' && RTL_CHAR.test(run.text)
        ? `\u2068${run.text}\u2069`
        : run.text;
    })
    .join('');
}

/**
 * The citation as DOM nodes in `doc`: <i> for italics, <bdi> for isolated
 * runs (dir="ltr" for addresses), all text set as text nodes.
 */
export function toNodes(rich: Rich, doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const run of rich) {
    let node: Node = doc.createTextNode(run.text);
    if (run.isolate) {
      const bdi = doc.createElement('bdi');
      if (run.isolate === 'ltr') bdi.dir = 'ltr';
      bdi.append(node);
      node = bdi;
    }
    if (run.italic) {
      const i = doc.createElement('i');
      i.append(node);
      node = i;
    }
    fragment.append(node);
  }
  return fragment;
}

/** The citation as an HTML string, for the clipboard: a paragraph in its language and direction. */
export function toHtml(rich: Rich, lang: string, dir: 'ltr' | 'rtl', doc: Document): string {
  const p = doc.createElement('p');
  p.lang = lang;
  p.dir = dir;
  p.append(toNodes(rich, doc));
  return p.outerHTML;
}
