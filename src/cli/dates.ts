// Dates as the office writes them: YYYY-MM-DD, real calendar days, and "today"
// in the clerk's own time zone (a decision made at 07:30 in Beijing is dated
// that day, not the day before as toISOString() would have it).
import { UsageError } from './report.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Today's date where the command runs. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether `text` is a YYYY-MM-DD date that exists (2018-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date from the command line, checked; `flag` names it in the message. */
export function calendarDate(text: string, flag: string): string {
  const trimmed = text.trim();
  if (!isCalendarDate(trimmed)) {
    throw new UsageError(`${flag} takes a date as YYYY-MM-DD, one that exists on the calendar (got "${text}")`);
  }
  return trimmed;
}

/** Compares two YYYY-MM-DD dates as days: negative, zero or positive. */
export function compareDates(a: string, b: string): number {
  return Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`);
}
