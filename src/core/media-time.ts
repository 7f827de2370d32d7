/**
 * Media times as the controls show them ("1:02:05"), with the digits of the UI locale: the same
 * `Intl.NumberFormat` numbering system as the prices next to them, so a locale never mixes two
 * (Latin digits for `ar`, Arabic-Indic for `ar-EG`, as CLDR says). DOM-free.
 * @module
 */

type Digits = { plain: Intl.NumberFormat; two: Intl.NumberFormat };
// Building a NumberFormat is slow and the time renders every frame while playing: one per locale.
const formats = new Map<string, Digits>();

function digits(locale: string): Digits {
  const key = locale;
  let d = formats.get(key);
  if (!d) {
    let tag: string | undefined = locale;
    try {
      new Intl.NumberFormat(tag);
    } catch {
      tag = undefined; // an invalid tag (from a page's attribute) falls back to the default locale
    }
    d = {
      plain: new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 0 }),
      two: new Intl.NumberFormat(tag, { useGrouping: false, minimumIntegerDigits: 2, maximumFractionDigits: 0 }),
    };
    formats.set(key, d);
  }
  return d;
}

/**
 * `75` → `"1:15"`, `3725` → `"1:02:05"` (whole seconds, rounded down); anything not a finite,
 * positive number → `"0:00"`. `locale` picks the digits (default `en`: Latin digits).
 */
export function formatTime(seconds: number, locale = 'en'): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const { plain, two } = digits(locale);
  return h > 0 ? `${plain.format(h)}:${two.format(m)}:${two.format(s)}` : `${plain.format(m)}:${two.format(s)}`;
}

/** A whole number with the digits of `locale` and no grouping ("720", "٧٢٠"). */
export function formatInteger(n: number, locale = 'en'): string {
  return digits(locale).plain.format(n);
}
