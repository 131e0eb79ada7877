/** French date helpers. NaiveDate is "YYYY-MM-DD"; DateTime is RFC 3339. */

const PARIS = "Europe/Paris";

function parseNaive(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

function toDate(value: string): Date | null {
  const naive = parseNaive(value);
  if (naive) return naive;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "27/11/2026" (NaiveDate or DateTime). Empty string for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  const d = toDate(value);
  if (!d) return value;
  const utc = parseNaive(value) !== null;
  return new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: utc ? "UTC" : PARIS }).format(d);
}

/** "27 novembre 2026". */
export function formatLongDate(value: string | null | undefined): string {
  if (!value) return "";
  const d = toDate(value);
  if (!d) return value;
  const utc = parseNaive(value) !== null;
  return new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: utc ? "UTC" : PARIS }).format(d);
}

/** "27/11/2026 à 14:05" (Paris time). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "";
  const d = toDate(value);
  if (!d) return value;
  const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: PARIS }).format(d);
  const time = new Intl.DateTimeFormat("fr-FR", { timeStyle: "short", timeZone: PARIS }).format(d);
  return `${date} à ${time}`;
}

/** Today as a NaiveDate ("YYYY-MM-DD") in Paris time, e.g. for <input type="date"> defaults. */
export function todayNaive(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: PARIS }).format(new Date());
}

/** The months in French, January first (for selects and period labels). */
export const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;
