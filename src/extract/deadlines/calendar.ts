/** Plain calendar arithmetic on days, in UTC so results never depend on the machine's time zone. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDay(iso: string): Day {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDay(d: Day): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

function toUtc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromUtc(toUtc(d) + days * 86_400_000);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday, as chrono counts. */
export function weekdayOf(d: Day): number {
  return new Date(toUtc(d)).getUTCDay();
}

/** The Monday that starts the week `d` is in (weeks run Monday to Sunday). */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

/** The most precise `YYYY-MM-DD`, `YYYY-MM` or `YYYY` that covers every day from `a` to `b`. */
export function coveringDate(a: Day, b: Day): string {
  if (a.year !== b.year) return String(a.year);
  if (a.month !== b.month) return String(a.year);
  if (a.day !== b.day) return formatMonth(a.year, a.month);
  return formatDay(a);
}
