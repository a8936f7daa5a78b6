/**
 * What a dataset records about where its text came from, for citations:
 * the creator of the adapted article ("Wikipedia contributors"), the
 * article's permanent revision and when it was retrieved. The licence
 * block (or the article's own entry among the sources) may hold them;
 * every field is optional and read defensively, so that a dataset without
 * them cites as before. Pure.
 */
import { isIsoDate } from '../data/dates';
import { isWebUrl } from '../data/links';
import type { Dataset, Source } from '../data/types';

export interface SourceCredit {
  /** Who wrote the source ("Wikipedia contributors"). */
  creator?: string;
  /** The address of the permanent revision that was read. */
  revisionUrl?: string;
  /** When that revision was made (ISO date). */
  revised?: string;
  /** When it was retrieved (ISO date). */
  retrieved?: string;
}

type Loose = Record<string, unknown>;

function asRecord(value: unknown): Loose | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Loose)
    : undefined;
}

/** The first of `names` that holds text (or, with `ids`, a whole number such as a revision id). */
function firstString(
  record: Loose | undefined,
  names: readonly string[],
  ids = false,
): string | undefined {
  for (const name of names) {
    const value = record?.[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (ids && typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
      return String(value);
  }
  return undefined;
}

/** An ISO date from a date or date-time string ("2026-11-29T…" → "2026-11-29"). */
function isoDateOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const day = value.slice(0, 10);
  if (isIsoDate(value)) return value;
  return isIsoDate(day) ? day : undefined;
}

/** A MediaWiki page address with `oldid` for a revision id, if `url` is a /wiki/ address. */
function revisionAddress(url: string, id: string): string | undefined {
  const match = /^(https?:\/\/[^/]+)\/wiki\/([^?#]+)$/.exec(url);
  if (!match || !/^\d+$/.test(id)) return undefined;
  return `${match[1]}/w/index.php?title=${match[2]}&oldid=${id}`;
}

function read(record: Loose | undefined, url: string): SourceCredit {
  const revision = record?.revision;
  const revisionRecord = asRecord(revision);
  const creator = firstString(record, ['creator', 'author', 'authors']);
  const revisionText =
    firstString(record, ['revisionUrl', 'permalink', 'revision', 'oldid'], true) ??
    firstString(revisionRecord, ['url', 'permalink', 'id', 'oldid'], true);
  const revisionUrl = revisionText
    ? isWebUrl(revisionText)
      ? revisionText
      : revisionAddress(url, revisionText)
    : undefined;
  const revised = isoDateOf(
    firstString(record, ['revised', 'revisionDate', 'lastModified', 'modified']) ??
      firstString(revisionRecord, ['date', 'timestamp']),
  );
  const retrieved = isoDateOf(
    firstString(record, ['retrieved', 'accessed', 'retrievedOn', 'accessDate']) ??
      firstString(revisionRecord, ['retrieved', 'accessed']),
  );
  return {
    ...(creator ? { creator } : {}),
    ...(revisionUrl ? { revisionUrl } : {}),
    ...(revised ? { revised } : {}),
    ...(retrieved ? { retrieved } : {}),
  };
}

/** The article the dataset adapts: its encyclopedia source, if it has one. */
export function adaptedArticle(dataset: Pick<Dataset, 'sources'>): Source | undefined {
  return dataset.sources.find((s) => s.kind === 'encyclopedia');
}

/**
 * What is known of a source beyond the registry's fields: from its own
 * entry, and for the adapted article also from the dataset's licence block.
 */
export function creditOf(
  source: Source,
  dataset: Pick<Dataset, 'sources' | 'license'>,
): SourceCredit {
  const own = read(asRecord(source), source.url);
  if (adaptedArticle(dataset)?.id !== source.id) return own;
  return { ...read(asRecord(dataset.license), source.url), ...own };
}

/** Who publishes the site, where the dataset names one (`publisher`, in the dataset or its licence). */
export function sitePublisher(dataset: Pick<Dataset, 'license'>): string | undefined {
  return (
    firstString(asRecord(dataset), ['publisher']) ??
    firstString(asRecord(dataset.license), ['publisher'])
  );
}
