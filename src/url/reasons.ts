/**
 * Why part of a link was not used as given: a code and its parameters. The
 * codec and the panes report these; the interface translates them when it
 * shows them (src/i18n: `reasonText`), so that a notice follows a later
 * language switch and is never half in one language and half in another.
 * The compiler checks that every code has a message in every language.
 */
export type LinkReason =
  /** A parameter the link contract does not have. */
  | { code: 'unknownParameter' }
  /** A parameter given again: the first one is used. */
  | { code: 'repeated' }
  /** A value too long to read at all. */
  | { code: 'valueTooLong'; max: number }
  /** A search longer than the longest search: shortened. */
  | { code: 'queryShortened'; max: number }
  /** The whole link is too long: the rest was not read. */
  | { code: 'linkTooLong'; max: number }
  /** Not one of the values the parameter takes. */
  | { code: 'notOneOf'; options: string }
  | { code: 'invalidEventId' }
  /** The dataset has no event with this id. */
  | { code: 'unknownEvent' }
  | { code: 'invalidThreadId' }
  /** The dataset has no thread with this id. */
  | { code: 'unknownThread' }
  /** `from` is not before `to`: the time window was not applied. */
  | { code: 'notBeforeTo' }
  /** `to` is not after `from`: the time window was not applied. */
  | { code: 'notAfterFrom' }
  | { code: 'invalidDate' }
  /** One end of a time window without the other. */
  | { code: 'needsOtherEnd'; other: 'from' | 'to' }
  /** The time window lies outside what the timeline can show. */
  | { code: 'windowOutside' }
  /** The time window was shown as the timeline can show it (zoom limits, bounds). */
  | { code: 'windowAdjusted' }
  | { code: 'mapShape' }
  | { code: 'mapNotPlainNumbers' }
  | { code: 'mapNumberTooLarge' }
  | { code: 'mapZoomOutside'; min: number; max: number }
  | { code: 'mapLatitudeOutside'; max: number }
  /** The map view was shown as the map can show it (zoom steps, the world's edges). */
  | { code: 'mapAdjusted' }
  | { code: 'unknownCategory' }
  | { code: 'invalidCategoryName' }
  /** Only unusable category names: every category is shown. */
  | { code: 'noKnownCategories' }
  | { code: 'dataTooLong'; max: number }
  | { code: 'dataCharacters' }
  | { code: 'dataNotSameOrigin' }
  | { code: 'dataDotSegments' }
  | { code: 'dataNotJson' };

export type LinkReasonCode = LinkReason['code'];

/** One part of a link that was ignored or adjusted, and why. */
export interface IgnoredParam {
  key: string;
  /** Shortened to at most 80 characters: it is meant for display only. */
  value: string;
  reason: LinkReason;
}
