import type { Language } from './index';

/**
 * Why part of a link was ignored, in each language. The link codec (pure,
 * language-free) explains itself in English; these patterns translate its
 * reasons when they are shown. `$1` is the pattern's first group.
 */
const REASONS: Array<[RegExp, { es: string; ar: string }]> = [
  [/^unknown parameter$/, { es: 'parámetro desconocido', ar: 'معامل غير معروف' }],
  [
    /^repeated; the first one is used$/,
    { es: 'repetido; se usa el primero', ar: 'مكرر؛ يُستخدم الأول' },
  ],
  [/^longer than (\d+) characters$/, { es: 'más de $1 caracteres', ar: 'أطول من $1 حرفًا' }],
  [
    /^longer than (\d+) characters; shortened$/,
    { es: 'más de $1 caracteres; se ha acortado', ar: 'أطول من $1 حرفًا؛ جرى تقصيره' },
  ],
  [
    /^link longer than (\d+) characters; the rest was not read$/,
    {
      es: 'enlace de más de $1 caracteres; el resto no se ha leído',
      ar: 'رابط أطول من $1 حرفًا؛ لم يُقرأ الباقي',
    },
  ],
  [/^not one of: (.*)$/, { es: 'no es uno de: $1', ar: 'ليس من بين: $1' }],
  [
    /^not a valid event id$/,
    { es: 'no es un identificador de evento válido', ar: 'ليس معرّف حدث صالحًا' },
  ],
  [
    /^not before "to"; the time window was not applied$/,
    {
      es: 'no es anterior a "to"; no se ha aplicado el intervalo',
      ar: 'ليس قبل "to"؛ لم تُطبَّق الفترة الزمنية',
    },
  ],
  [
    /^not after "from"; the time window was not applied$/,
    {
      es: 'no es posterior a "from"; no se ha aplicado el intervalo',
      ar: 'ليس بعد "from"؛ لم تُطبَّق الفترة الزمنية',
    },
  ],
  [
    /^not a valid date \(YYYY-MM-DD, years 0001–9999\)$/,
    {
      es: 'no es una fecha válida (AAAA-MM-DD, años 0001–9999)',
      ar: 'ليس تاريخًا صالحًا (YYYY-MM-DD، الأعوام 0001–9999)',
    },
  ],
  [
    /^needs a valid "(from|to)" as well$/,
    { es: 'necesita también un "$1" válido', ar: 'يحتاج أيضًا إلى "$1" صالح' },
  ],
  [
    /^expected zoom\/latitude\/longitude$/,
    { es: 'se esperaba zoom/latitud/longitud', ar: 'المتوقع: التكبير/خط العرض/خط الطول' },
  ],
  [
    /^not plain decimal numbers$/,
    { es: 'no son números decimales simples', ar: 'ليست أعدادًا عشرية بسيطة' },
  ],
  [/^number too large$/, { es: 'número demasiado grande', ar: 'عدد كبير جدًا' }],
  [/^zoom outside (.*)$/, { es: 'zoom fuera de $1', ar: 'التكبير خارج $1' }],
  [/^latitude outside (.*)$/, { es: 'latitud fuera de $1', ar: 'خط العرض خارج $1' }],
  [/^unknown category$/, { es: 'categoría desconocida', ar: 'فئة غير معروفة' }],
  [
    /^not a valid category name$/,
    { es: 'no es un nombre de categoría válido', ar: 'ليس اسم فئة صالحًا' },
  ],
  [
    /^no known categories; showing all$/,
    { es: 'ninguna categoría conocida; se muestran todas', ar: 'لا فئات معروفة؛ تُعرض كلها' },
  ],
  [
    /^not a same-origin path \(only letters, digits and \. _ ~ \/ - are allowed\)$/,
    {
      es: 'no es una ruta del mismo origen (solo se permiten letras, cifras y . _ ~ / -)',
      ar: 'ليس مسارًا من المصدر نفسه (يُسمح فقط بالحروف والأرقام و . _ ~ / -)',
    },
  ],
  [
    /^not a same-origin path \("\.\." segments are not allowed\)$/,
    {
      es: 'no es una ruta del mismo origen (no se permiten segmentos "..")',
      ar: 'ليس مسارًا من المصدر نفسه (لا يُسمح بمقاطع "..")',
    },
  ],
  [
    /^not a same-origin path$/,
    { es: 'no es una ruta del mismo origen', ar: 'ليس مسارًا من المصدر نفسه' },
  ],
  [/^not a \.json file$/, { es: 'no es un archivo .json', ar: 'ليس ملف ‎.json' }],
  [
    /^adjusted to what the map can show$/,
    { es: 'ajustado a lo que el mapa puede mostrar', ar: 'عُدِّل إلى ما تستطيع الخريطة عرضه' },
  ],
  [
    /^adjusted to what the timeline can show$/,
    {
      es: 'ajustado a lo que la línea de tiempo puede mostrar',
      ar: 'عُدِّل إلى ما يستطيع الخط الزمني عرضه',
    },
  ],
];

/** The reason in `lang`; English, or any reason without a translation, as it is. */
export function translateReason(lang: Language, reason: string): string {
  if (lang === 'en') return reason;
  for (const [pattern, t] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return t[lang].replace('$1', match[1] ?? '');
  }
  return reason;
}
