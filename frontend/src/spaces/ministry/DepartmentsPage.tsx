import { useMemo, useState } from "react";
import { Link, useLocation } from "react-router";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageTitle } from "../../components/PageTitle";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { useQuery } from "../../api/hooks";
import { ministryDepartmentsQuery, ministryNationalReportQuery } from "./operations";
import { PeriodSelector, periodLabel, periodVariables, usePeriod } from "./period";
import { FigureCell, MAIN_INDICATORS, NOT_COLLECTED, SecrecyNotice, type FigureLike } from "./figures";
import "./ministry.css";

type SortKey = "code" | "name" | "region" | (typeof MAIN_INDICATORS)[number];
type Row = { code: string; sortKey: number; name: string; region: string; figures: Record<string, FigureLike> };

function normalise(s: string): string {
  return s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

/** Hidden figures sort below every visible one ("< 5" above "secret"), never as a guessed number. */
function figureRank(f: FigureLike | undefined): number {
  if (!f || f.notCollected) return -3;
  if (f.hidden) return f.reason === "SECONDARY" ? -2 : -1;
  return f.value ?? 0;
}

export function DepartmentsPage() {
  const [period, setPeriod] = usePeriod();
  const { search: periodSearch } = useLocation();
  const report = useQuery(ministryNationalReportQuery, periodVariables(period));
  const departments = useQuery(ministryDepartmentsQuery, {});
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "code", desc: false });
  const [search, setSearch] = useState("");

  const indicators = report.data?.nationalReport.indicators ?? [];
  const columns = MAIN_INDICATORS.map((k) => ({ key: k, label: indicators.find((i) => i.key === k)?.label ?? k }));

  const rows: Row[] = useMemo(() => {
    const inds = report.data?.nationalReport.indicators ?? [];
    return (departments.data?.departments ?? []).map((d) => {
      const figures: Record<string, FigureLike> = {};
      for (const i of inds) {
        const f = i.departments.find((x) => x.departmentCode === d.code);
        // Not on the platform: "non raccordé", never a 0.
        if (!d.onboarded) figures[i.key] = NOT_COLLECTED;
        else if (f) figures[i.key] = f.figure;
      }
      return { code: d.code, sortKey: d.sortKey, name: d.name, region: d.regionName, figures };
    });
  }, [departments.data, report.data]);

  const shown = useMemo(() => {
    const q = normalise(search.trim());
    const filtered = rows.filter((r) => q === "" || normalise(`${r.code} ${r.name} ${r.region}`).includes(q));
    const dir = sort.desc ? -1 : 1;
    return filtered.sort((a, b) => {
      let c = 0;
      if (sort.key === "code") c = a.sortKey - b.sortKey;
      else if (sort.key === "name") c = a.name.localeCompare(b.name, "fr");
      else if (sort.key === "region") c = a.region.localeCompare(b.region, "fr") || a.sortKey - b.sortKey;
      else c = figureRank(a.figures[sort.key]) - figureRank(b.figures[sort.key]) || a.sortKey - b.sortKey;
      return c * dir;
    });
  }, [rows, search, sort]);

  function header(key: SortKey, label: string) {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"} key={key}>
        <button
          type="button"
          className="cdlp-sort-button"
          onClick={() => setSort({ key, desc: active ? !sort.desc : key !== "code" && key !== "name" && key !== "region" })}
        >
          {label}
          <span
            className={
              active ? (sort.desc ? "fr-icon-arrow-down-line fr-icon--sm" : "fr-icon-arrow-up-line fr-icon--sm") : "fr-icon-arrow-up-down-line fr-icon--sm"
            }
            aria-hidden="true"
          />
          <span className="fr-sr-only">
            {active ? (sort.desc ? " (tri décroissant)" : " (tri croissant)") : " (trier)"}
          </span>
        </button>
      </th>
    );
  }

  const loading = (report.loading && !report.data) || (departments.loading && !departments.data);
  const text = periodLabel(period);

  return (
    <>
      <PageTitle title="Par département" lead="Les principaux indicateurs de chaque département pour la période choisie." />
      <PeriodSelector period={period} onChange={setPeriod} />
      <ErrorAlert error={report.error ?? departments.error} />
      {(report.error || departments.error) && (
        <Button
          priority="secondary"
          className="fr-mb-4w"
          onClick={() => {
            void report.refetch();
            void departments.refetch();
          }}
        >
          Réessayer
        </Button>
      )}
      {loading && <Loading label="Chargement des indicateurs par département…" />}
      {report.data && departments.data && (
        <div aria-busy={report.loading}>
          <SecrecyNotice />
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Rechercher un département"
                hintText="Code, nom ou région"
                nativeInputProps={{ type: "search", value: search, onChange: (e) => setSearch(e.target.value) }}
              />
            </div>
          </div>
          <p aria-live="polite" className="fr-text--sm">
            {shown.length} département{shown.length > 1 ? "s" : ""} affiché{shown.length > 1 ? "s" : ""}.
          </p>
          {shown.length === 0 ? (
            <EmptyState title="Aucun département ne correspond à votre recherche">Modifiez la recherche.</EmptyState>
          ) : (
            <div className="fr-table fr-table--bordered">
              <div className="fr-table__wrapper">
                <div className="fr-table__container">
                  <div className="fr-table__content">
                    <table>
                      <caption>
                        Indicateurs par département, {text} (cliquez sur un en-tête de colonne pour trier)
                      </caption>
                      <thead>
                        <tr>
                          {header("code", "Code")}
                          {header("name", "Département")}
                          {header("region", "Région")}
                          {columns.map((c) => header(c.key, c.label))}
                        </tr>
                      </thead>
                      <tbody>
                        {shown.map((r) => (
                          <tr key={r.code}>
                            <td>{r.code}</td>
                            <th scope="row">
                              <Link to={{ pathname: encodeURIComponent(r.code), search: periodSearch }}>{r.name}</Link>
                            </th>
                            <td>{r.region}</td>
                            {columns.map((c) => (
                              <td key={c.key}>{r.figures[c.key] ? <FigureCell figure={r.figures[c.key]!} /> : "—"}</td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
              </div>
            </div>
          )}
        </div>
      )}
    </>
  );
}
