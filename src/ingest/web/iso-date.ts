/**
 * The calendar date a page gives, as YYYY-MM-DD. A timestamp keeps the date written in it
 * ("2025-05-16T23:30:00-05:00" is 16 May where it was published); other formats ("Thu, 02 Oct
 * 2025 12:05:00 GMT") go through Date and are read in UTC.
 *
 * @example toIsoDate("2025-10-02T14:05:00+02:00") // "2025-10-02"
 */
export function toIsoDate(value: string | Date | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return validDate(value);
  const written = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (written) {
    const [, y, m, d] = written;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return validDate(date) === `${y}-${m}-${d}` ? `${y}-${m}-${d}` : undefined;
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : validDate(new Date(parsed));
}

function validDate(date: Date): string | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  const year = date.getUTCFullYear();
  // A page "published" in year 1 or 9999 is a placeholder, not a date.
  if (year < 1900 || year > 2200) return undefined;
  return date.toISOString().slice(0, 10);
}
