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

/** "14:05" in Paris time (a DateTime or a Date). */
export function formatTime(value: string | Date | null | undefined): string {
  if (!value) return "";
  const d = typeof value === "string" ? toDate(value) : value;
  if (!d) return String(value);
  return new Intl.DateTimeFormat("fr-FR", { timeStyle: "short", timeZone: PARIS }).format(d);
}

/** The Paris wall-clock value of an instant, for <input type="datetime-local"> ("2026-03-29T14:05"). */
export function toParisLocalInput(value: string | Date): string {
  const d = typeof value === "string" ? new Date(value) : value;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: PARIS,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The instant (RFC 3339, UTC) of a Paris wall-clock time typed in <input type="datetime-local">,
 * whatever the browser's own time zone. In the autumn hour that happens twice, the first one
 * (summer time); a spring time that does not exist moves forward by an hour.
 */
export function fromParisLocalInput(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Paris is UTC+1 or UTC+2: try both offsets, keep the one that reads back as typed.
  for (const offsetHours of [2, 1]) {
    const t = new Date(asUtc - offsetHours * 3_600_000);
    if (toParisLocalInput(t) === local) return t.toISOString();
  }
  return new Date(asUtc - 1 * 3_600_000).toISOString();
}

/**
 * The statistical age band ("18_24" … "55_PLUS") of a birth date ("YYYY-MM-DD") on a day
 * (today in Paris by default); null without a valid date or under 18 (no band).
 */
export function ageBandOf(birthDate: string | null | undefined, on: string = todayNaive()): string | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate ?? "");
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(on);
  if (!b || !t) return null;
  let age = Number(t[1]) - Number(b[1]);
  if (Number(t[2]) * 100 + Number(t[3]) < Number(b[2]) * 100 + Number(b[3])) age--;
  if (age < 18 || age > 130) return null;
  if (age <= 24) return "18_24";
  if (age <= 34) return "25_34";
  if (age <= 44) return "35_44";
  if (age <= 54) return "45_54";
  return "55_PLUS";
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
