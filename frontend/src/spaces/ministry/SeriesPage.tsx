import { useId, useMemo, useState } from "react";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { fr } from "@codegouvfr/react-dsfr";
import { PageTitle } from "../../components/PageTitle";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useQuery } from "../../api/hooks";
import { ministryDepartmentsQuery, ministryIndicatorSeriesQuery } from "./operations";
import { FIRST_YEAR } from "./period";
import { MONTHS } from "../../components/dates";
import { FigureCell, INDICATORS, SecrecyNotice, figureSpoken, type FigureLike } from "./figures";
import "./ministry.css";
import { ScrollTable } from "../../components/ScrollTable";

/** "2026-03" for <input type="month">. */
function monthValue(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}

function defaultRange(): { from: string; to: string } {
  const now = new Date();
  const from = new Date(now.getFullYear(), now.getMonth() - 11, 1);
  return { from: monthValue(from), to: monthValue(now) };
}

function monthName(naive: string): string {
  const [y, m] = naive.split("-").map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

const SHORT_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

function shortMonth(naive: string): string {
  const [y, m] = naive.split("-").map(Number) as [number, number];
  return `${SHORT_MONTHS[m - 1]} ${String(y).slice(2)}`;
}

/** Months between two "YYYY-MM" (inclusive), or null when the range is invalid. */
function monthsBetween(from: string, to: string): number | null {
  const a = /^(\d{4})-(\d{2})$/.exec(from);
  const b = /^(\d{4})-(\d{2})$/.exec(to);
  if (!a || !b) return null;
  const n = (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2])) + 1;
  return n;
}

function lastDay(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

type Point = { month: string; figure: FigureLike };

function BarChart({ points, title }: { points: Point[]; title: string }) {
  const uid = useId().replace(/:/g, "");
  const width = 720;
  const height = 260;
  const left = 36;
  const bottom = 40;
  const top = 12;
  const visible = points.filter((p) => !p.figure.hidden).map((p) => p.figure.value ?? 0);
  const rawMax = Math.max(5, ...visible);
  const step = rawMax <= 10 ? 2 : rawMax <= 25 ? 5 : rawMax <= 50 ? 10 : Math.ceil(rawMax / 5 / 10) * 10;
  const max = Math.ceil(rawMax / step) * step;
  const plotH = height - top - bottom;
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const slot = (width - left - 8) / Math.max(points.length, 1);
  const barW = Math.max(4, Math.min(36, slot * 0.7));
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  const labelEvery = Math.ceil(points.length / 12);
  const bar = fr.colors.options.blueFrance.sun113_625.default;
  const grey = fr.colors.options.grey._625_425.default;
  const greyBg = fr.colors.options.grey._950_100.default;

  return (
    <figure className="cdlp-chart fr-m-0">
      <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        <defs>
          <pattern id={`${uid}-small`} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" style={{ fill: greyBg }} />
            <line x1="0" y1="0" x2="0" y2="5" style={{ stroke: grey }} strokeWidth="1.6" />
          </pattern>
          <pattern id={`${uid}-secondary`} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" style={{ fill: greyBg }} />
            <line x1="0" y1="0" x2="0" y2="5" style={{ stroke: grey }} strokeWidth="1.2" />
            <line x1="0" y1="0" x2="5" y2="0" style={{ stroke: grey }} strokeWidth="1.2" />
          </pattern>
        </defs>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={width - 4} y1={y(t)} y2={y(t)} style={{ stroke: fr.colors.options.grey._925_125.default }} />
            <text x={left - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const cx = left + slot * i + slot / 2;
          const f = p.figure;
          let rect;
          if (!f.hidden) {
            const v = f.value ?? 0;
            rect = <rect x={cx - barW / 2} y={y(v)} width={barW} height={y(0) - y(v)} style={{ fill: bar }} />;
          } else if (f.reason === "SECONDARY") {
            rect = <rect x={cx - barW / 2} y={top} width={barW} height={plotH} fill={`url(#${uid}-secondary)`} />;
          } else {
            rect = <rect x={cx - barW / 2} y={y(5)} width={barW} height={y(0) - y(5)} fill={`url(#${uid}-small)`} />;
          }
          return (
            <g key={p.month}>
              {rect}
              <title>{`${monthName(p.month)} : ${figureSpoken(f)}`}</title>
              {f.hidden && (
                <text x={cx} y={(f.reason === "SECONDARY" ? top : y(5)) - 3} textAnchor="middle">
                  {f.label}
                </text>
              )}
              {i % labelEvery === 0 && (
                <text x={cx} y={height - bottom + 16} textAnchor="middle">
                  {shortMonth(p.month)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="fr-text--xs fr-mt-1w">
        {title}. Barres hachurées : « &lt; 5 » (effectif de 1 à 4, dessiné jusqu’au seuil de 5) ; hachures
        croisées : « secret » (valeur inconnue). Les valeurs exactes sont dans le tableau ci-dessous.
      </figcaption>
    </figure>
  );
}

export function SeriesPage() {
  const departments = useQuery(ministryDepartmentsQuery, {});
  const [indicator, setIndicator] = useState("FIRST_REQUEST");
  const [departmentCode, setDepartmentCode] = useState("");
  const [range, setRange] = useState(defaultRange);
  const count = monthsBetween(range.from, range.to);
  const invalid = count === null ? "Indiquez deux mois." : count < 1 ? "Le mois de fin doit suivre le mois de début." : count > 120 ? "La période ne peut pas dépasser 120 mois." : null;
  const series = useQuery(
    ministryIndicatorSeriesQuery,
    {
      indicator,
      from: `${range.from}-01`,
      to: invalid ? `${range.from}-01` : lastDay(range.to),
      departmentCode: departmentCode || null,
    },
    { skip: !!invalid },
  );
  const sorted = useMemo(
    () => [...(departments.data?.departments ?? [])].sort((a, b) => a.sortKey - b.sortKey),
    [departments.data],
  );
  const indicatorLabel = INDICATORS.find(([k]) => k === indicator)?.[1] ?? indicator;
  const where = departmentCode ? (sorted.find((d) => d.code === departmentCode)?.name ?? departmentCode) : "France entière";
  const title = `${indicatorLabel} par mois, ${where}`;
  const points = series.data?.indicatorSeries ?? [];

  return (
    <>
      <PageTitle title="Séries" lead="L’évolution mensuelle d’un indicateur, pour la France entière ou un département." />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Indicateur" nativeSelectProps={{ value: indicator, onChange: (e) => setIndicator(e.target.value) }}>
            {INDICATORS.map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Département"
            nativeSelectProps={{ value: departmentCode, onChange: (e) => setDepartmentCode(e.target.value) }}
          >
            <option value="">France entière</option>
            {sorted.map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} — {d.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-md-3">
          <Input
            label="Du mois"
            hintText="Format attendu : AAAA-MM"
            state={invalid ? "error" : "default"}
            stateRelatedMessage={invalid ?? undefined}
            nativeInputProps={{
              type: "month",
              min: `${FIRST_YEAR}-01`,
              value: range.from,
              onChange: (e) => setRange((r) => ({ ...r, from: e.target.value })),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-md-3">
          <Input
            label="Au mois"
            hintText="Format attendu : AAAA-MM"
            nativeInputProps={{
              type: "month",
              min: `${FIRST_YEAR}-01`,
              value: range.to,
              onChange: (e) => setRange((r) => ({ ...r, to: e.target.value })),
            }}
          />
        </div>
      </div>
      <ErrorAlert error={series.error ?? departments.error} />
      {series.error && (
        <Button priority="secondary" className="fr-mb-4w" onClick={() => void series.refetch()}>
          Réessayer
        </Button>
      )}
      {series.loading && <Loading label="Chargement de la série…" />}
      {!invalid && series.data && (
        <div aria-busy={series.loading}>
          <h2 className="fr-h3 fr-mt-2w">{title}</h2>
          <SecrecyNotice />
          <BarChart points={points} title={title} />
          <ScrollTable
            className="fr-mt-4w"
            caption={`Données de la série : ${title}`}
            headers={["Mois", indicatorLabel]}
            rowHeaders
            data={points.map((p) => [monthName(p.month), <FigureCell figure={p.figure} />])}
          />
        </div>
      )}
    </>
  );
}
