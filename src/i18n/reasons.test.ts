import { describe, expect, it } from 'vitest';
import type { LinkReason, LinkReasonCode } from '../url/reasons';
import { ar } from './ar';
import { es } from './es';
import { LANGUAGES, MESSAGES, reasonText } from './index';

/** One reason of each code: the compiler refuses this object if a code is missing. */
const SAMPLES: { [C in LinkReasonCode]: Extract<LinkReason, { code: C }> } = {
  unknownParameter: { code: 'unknownParameter' },
  repeated: { code: 'repeated' },
  valueTooLong: { code: 'valueTooLong', max: 2000 },
  queryShortened: { code: 'queryShortened', max: 100 },
  linkTooLong: { code: 'linkTooLong', max: 8000 },
  notOneOf: { code: 'notOneOf', options: 'en, es, ar' },
  invalidEventId: { code: 'invalidEventId' },
  unknownEvent: { code: 'unknownEvent' },
  invalidThreadId: { code: 'invalidThreadId' },
  unknownThread: { code: 'unknownThread' },
  notBeforeTo: { code: 'notBeforeTo' },
  notAfterFrom: { code: 'notAfterFrom' },
  invalidDate: { code: 'invalidDate' },
  needsOtherEnd: { code: 'needsOtherEnd', other: 'to' },
  windowOutside: { code: 'windowOutside' },
  windowAdjusted: { code: 'windowAdjusted' },
  mapShape: { code: 'mapShape' },
  mapNotPlainNumbers: { code: 'mapNotPlainNumbers' },
  mapNumberTooLarge: { code: 'mapNumberTooLarge' },
  mapZoomOutside: { code: 'mapZoomOutside', min: 0, max: 19 },
  mapLatitudeOutside: { code: 'mapLatitudeOutside', max: 85.0511 },
  mapAdjusted: { code: 'mapAdjusted' },
  unknownCategory: { code: 'unknownCategory' },
  invalidCategoryName: { code: 'invalidCategoryName' },
  noKnownCategories: { code: 'noKnownCategories' },
  dataTooLong: { code: 'dataTooLong', max: 300 },
  dataCharacters: { code: 'dataCharacters' },
  dataNotSameOrigin: { code: 'dataNotSameOrigin' },
  dataDotSegments: { code: 'dataDotSegments' },
  dataNotJson: { code: 'dataNotJson' },
};

describe('reasonText', () => {
  MESSAGES.es = es;
  MESSAGES.ar = ar;

  it('gives every reason a message in every language, with its parameters filled in', () => {
    for (const lang of LANGUAGES) {
      for (const reason of Object.values(SAMPLES)) {
        const text = reasonText(lang, reason);
        expect(text, `${lang} ${reason.code}`).not.toMatch(/[{}]/);
        expect(text, `${lang} ${reason.code}`).not.toContain(`reason.${reason.code}`);
        for (const [name, value] of Object.entries(reason))
          if (name !== 'code') expect(text, `${lang} ${reason.code}`).toContain(String(value));
      }
    }
  });

  it('writes Spanish and Arabic reasons in their own language', () => {
    for (const reason of Object.values(SAMPLES)) {
      const english = reasonText('en', reason);
      expect(reasonText('es', reason), reason.code).not.toBe(english);
      expect(reasonText('ar', reason), reason.code).not.toBe(english);
    }
  });

  it('writes the limits of the link syntax as they are, without grouping', () => {
    expect(reasonText('en', SAMPLES.linkTooLong)).toContain('8000');
  });
});
