/**
 * What a dataset records about where its text came from, for citations:
 * the creator of the adapted article ("Wikipedia contributors"), the
 * article's permanent revision and when it was retrieved, as the licence
 * block's `adapts` records them (src/data/types.ts). A dataset without
 * them cites as before. Pure.
 */
import { isIsoDate } from '../data/dates';
import { isWebUrl } from '../data/links';
import type { AdaptedWork, Dataset, Source } from '../data/types';

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

/** An ISO date from a date or date-time string ("2026-11-29T…" → "2026-11-29"). */
function isoDateOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const day = value.slice(0, 10);
  if (isIsoDate(value)) return value;
  return isIsoDate(day) ? day : undefined;
}

/** A MediaWiki page address with `oldid` for a revision id, if `url` is a /wiki/ address. */
function revisionAddress(url: string | undefined, id: string): string | undefined {
  const match = url ? /^(https?:\/\/[^/]+)\/wiki\/([^?#]+)$/.exec(url) : null;
  if (!match || !/^\d+$/.test(id)) return undefined;
  return `${match[1]}/w/index.php?title=${match[2]}&oldid=${id}`;
}

/** The credit the licence block records for a work it adapts. */
function readWork(work: AdaptedWork, url: string | undefined, lang: string): SourceCredit {
  const creator = (lang === 'en' ? undefined : work.i18n?.[lang]?.creator) ?? work.creator;
  const revision = work.revision?.trim();
  const revisionUrl = revision
    ? isWebUrl(revision)
      ? revision
      : revisionAddress(url ?? work.url, revision)
    : undefined;
  const retrieved = isoDateOf(work.retrieved);
  return {
    ...(creator.trim() ? { creator: creator.trim() } : {}),
    ...(revisionUrl ? { revisionUrl } : {}),
    ...(retrieved ? { retrieved } : {}),
  };
}

/** The article the dataset adapts: its encyclopedia source, if it has one. */
export function adaptedArticle(dataset: Pick<Dataset, 'sources'>): Source | undefined {
  return dataset.sources.find((s) => s.kind === 'encyclopedia');
}

/**
 * What the dataset's licence block records of a source it adapts (by its
 * id, or its address): the creator in `lang`, the revision and the
 * retrieval. Nothing for any other source.
 */
export function creditOf(
  source: Source,
  dataset: Pick<Dataset, 'sources' | 'license'>,
  lang = 'en',
): SourceCredit {
  const work = dataset.license?.adapts?.find(
    (w) => w.source === source.id || (!!source.url && w.url === source.url),
  );
  return work ? readWork(work, source.url, lang) : {};
}

/** Who publishes the site, where the dataset names one. */
export function sitePublisher(dataset: Pick<Dataset, 'license'>): string | undefined {
  const publisher = (dataset as { publisher?: unknown }).publisher;
  return typeof publisher === 'string' && publisher.trim() ? publisher.trim() : undefined;
}
