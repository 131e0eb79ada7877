import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { MONTHS } from "../../components/dates";

/** First year with figures: the commissions were created by the law of 13 April 2016. */
export const FIRST_YEAR = 2016;


const QUARTER_NAMES = ["1er trimestre", "2e trimestre", "3e trimestre", "4e trimestre"] as const;

export type Period = { year: number; quarter: number | null; month: number | null };

export function currentYear(): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric" }).format(new Date()));
}

export function yearOptions(): number[] {
  const years: number[] = [];
  for (let y = currentYear(); y >= FIRST_YEAR; y--) years.push(y);
  return years;
}

/** "2026", "1er trimestre 2026", "mars 2026" (no "année": the select labelled "Année" must stay the only match). */
export function periodLabel(p: Period): string {
  if (p.quarter) return `${QUARTER_NAMES[p.quarter - 1]} ${p.year}`;
  if (p.month) return `${MONTHS[p.month - 1]} ${p.year}`;
  return `${p.year}`;
}

/**
 * An export's period from its first and last days (inclusive, "YYYY-MM-DD"): "2026", "1er
 * trimestre 2026", "mars 2026", or "du 01/03/2026 au 15/03/2026" for any other span.
 */
export function periodOfDates(start: string | null | undefined, end: string | null | undefined): string {
  if (!start || !end) return "Non précisée";
  const [y1, m1, d1] = start.split("-").map(Number);
  const [y2, m2, d2] = end.split("-").map(Number);
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (y1 === y2 && d1 === 1 && d2 === lastDay(y2, m2)) {
    if (m1 === 1 && m2 === 12) return periodLabel({ year: y1, quarter: null, month: null });
    if (m1 === m2) return periodLabel({ year: y1, quarter: null, month: m1 });
    if (m2 === m1 + 2 && (m1 - 1) % 3 === 0) return periodLabel({ year: y1, quarter: (m1 - 1) / 3 + 1, month: null });
  }
  const fr = (y: number, m: number, d: number) => `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
  return `du ${fr(y1, m1, d1)} au ${fr(y2, m2, d2)}`;
}

/** GraphQL variables for nationalReport / departmentReport / requestExport. */
export function periodVariables(p: Period): { year: number; quarter: number | null; month: number | null } {
  return { year: p.year, quarter: p.quarter, month: p.month };
}

function toSub(p: Period): string {
  if (p.quarter) return `T${p.quarter}`;
  if (p.month) return `M${p.month}`;
  return "";
}

function fromSub(year: number, sub: string): Period {
  const q = /^T([1-4])$/.exec(sub);
  if (q) return { year, quarter: Number(q[1]), month: null };
  const m = /^M([1-9]|1[0-2])$/.exec(sub);
  if (m) return { year, quarter: null, month: Number(m[1]) };
  return { year, quarter: null, month: null };
}

/** The period kept in the address (?annee=2026&periode=T2), shared by the space's pages. */
export function usePeriod(): [Period, (p: Period) => void] {
  const [params, setParams] = useSearchParams();
  const rawYear = Number(params.get("annee"));
  const year = Number.isInteger(rawYear) && rawYear >= FIRST_YEAR && rawYear <= currentYear() ? rawYear : currentYear();
  const sub = params.get("periode") ?? "";
  const period = useMemo(() => fromSub(year, sub), [year, sub]);
  const setPeriod = useCallback(
    (p: Period) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set("annee", String(p.year));
          const s = toSub(p);
          if (s) next.set("periode", s);
          else next.delete("periode");
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [period, setPeriod];
}

/** Année + optional quarter or month (one select: the API takes a quarter or a month, not both). */
export function PeriodSelector({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-sm-6 fr-col-md-3">
        <Select
          label="Année"
          nativeSelectProps={{
            name: "annee",
            value: String(period.year),
            onChange: (e) => onChange({ ...period, year: Number(e.target.value) }),
          }}
        >
          {yearOptions().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-sm-6 fr-col-md-4">
        <Select
          label="Trimestre ou mois (facultatif)"
          nativeSelectProps={{
            name: "periode",
            value: toSub(period),
            onChange: (e) => onChange(fromSub(period.year, e.target.value)),
          }}
        >
          <option value="">Année entière</option>
          <optgroup label="Trimestres">
            {QUARTER_NAMES.map((q, i) => (
              <option key={q} value={`T${i + 1}`}>
                {q}
              </option>
            ))}
          </optgroup>
          <optgroup label="Mois">
            {MONTHS.map((m, i) => (
              <option key={m} value={`M${i + 1}`}>
                {m.charAt(0).toUpperCase() + m.slice(1)}
              </option>
            ))}
          </optgroup>
        </Select>
      </div>
    </div>
  );
}
