import { Link, useLocation, useParams } from "react-router";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageTitle } from "../../components/PageTitle";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { formatDate } from "../../components/dates";
import { useQuery } from "../../api/hooks";
import { ministryDepartmentReportQuery, ministryDepartmentsQuery } from "./operations";
import { PeriodSelector, periodLabel, periodVariables, usePeriod } from "./period";
import {
  DIMENSION_LABELS,
  FigureCell,
  SecrecyNotice,
  categoryLabel,
  formatDays,
} from "./figures";
import { DECLARED_INDICATORS } from "../../labels";
import "./ministry.css";
import { ScrollTable } from "../../components/ScrollTable";

/** These tables hold no link: the shared ScrollTable keeps them keyboard-scrollable. */
function DsfrTable({ caption, children }: { caption: string; children: React.ReactNode }) {
  return <ScrollTable caption={caption}>{children}</ScrollTable>;
}

export function DepartmentPage() {
  const { code = "" } = useParams();
  const { search } = useLocation();
  const [period, setPeriod] = usePeriod();
  const departments = useQuery(ministryDepartmentsQuery, {});
  const report = useQuery(ministryDepartmentReportQuery, { departmentCode: code, ...periodVariables(period) });

  const department = departments.data?.departments.find((d) => d.code === code);
  const name = department ? `${department.name} (${department.code})` : `Département ${code}`;
  const data = report.data?.departmentReport;
  const context = data?.context.find((c) => c.departmentCode === code) ?? data?.context[0];
  const text = periodLabel(period);
  const dimensions = data?.indicators[0]?.breakdowns.map((b) => ({ dimension: b.dimension, categories: b.categories })) ?? [];

  return (
    <>
      <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li>
            <Link className="fr-breadcrumb__link" to={{ pathname: "..", search }} relative="path">
              Par département
            </Link>
          </li>
          <li>
            <a className="fr-breadcrumb__link" aria-current="page">
              {name}
            </a>
          </li>
        </ol>
      </nav>
      <PageTitle title={name} lead={department ? `Région ${department.regionName}` : undefined} />
      <PeriodSelector period={period} onChange={setPeriod} />
      <ErrorAlert error={report.error} />
      {report.error && (
        <Button priority="secondary" className="fr-mb-4w" onClick={() => void report.refetch()}>
          Réessayer
        </Button>
      )}
      {report.loading && !data && <Loading label="Chargement des indicateurs du département…" />}
      {data && (
        <div aria-busy={report.loading}>
          <h2 className="fr-h3 fr-mt-2w">Activité de la commission — {text}</h2>
          <dl className="cdlp-dl">
            <dt>Commission installée le</dt>
            <dd>{context?.commissionInstalledOn ? formatDate(context.commissionInstalledOn) : "Pas encore installée sur CDLP"}</dd>
            <dt>Séances tenues</dt>
            <dd>{context?.sessionsHeld ?? 0}</dd>
            <dt>Associations agréées en vigueur</dt>
            <dd>{context?.associationsInForce ?? 0}</dd>
            <dt>Délai médian de la demande à la décision</dt>
            <dd>{formatDays(context?.medianDaysToDecision)}</dd>
          </dl>

          <h2 className="fr-h3">Indicateurs</h2>
          <SecrecyNotice />
          <DsfrTable caption={`Indicateurs de ${name}, ${text}`}>
            <thead>
              <tr>
                <th scope="col">Indicateur</th>
                <th scope="col">Effectif</th>
              </tr>
            </thead>
            <tbody>
              {data.indicators.map((i) => (
                <tr key={i.key}>
                  <th scope="row">{i.label}</th>
                  <td data-indicator={i.key}>
                    <FigureCell figure={i.national} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DsfrTable>

          <h2 className="fr-h3 fr-mt-4w">Répartitions</h2>
          {dimensions.map(({ dimension, categories }) => (
            <section key={dimension} className="cdlp-table-scroll fr-mb-4w">
              <h3 className="fr-h5">{DIMENSION_LABELS[dimension] ?? dimension}</h3>
              <DsfrTable caption={`Répartition par ${(DIMENSION_LABELS[dimension] ?? dimension).toLowerCase()}, ${name}, ${text}`}>
                <thead>
                  <tr>
                    <th scope="col">Indicateur</th>
                    {categories.map((c) => (
                      <th scope="col" key={c}>
                        {categoryLabel(dimension, c)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.indicators.map((i) => {
                    const b = i.breakdowns.find((x) => x.dimension === dimension);
                    return (
                      <tr key={i.key}>
                        <th scope="row">{i.label}</th>
                        {categories.map((c, idx) => (
                          <td key={c}>{b?.national[idx] ? <FigureCell figure={b.national[idx]!} /> : "—"}</td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </DsfrTable>
            </section>
          ))}

          <h2 className="fr-h3">Chiffres déclarés par la préfecture</h2>
          {data.declared.length === 0 ? (
            <p>Aucun chiffre déclaré pour cette période.</p>
          ) : (
            <DsfrTable caption={`Chiffres déclarés par la préfecture, ${name}, ${text}`}>
              <thead>
                <tr>
                  <th scope="col">Indicateur déclaré</th>
                  <th scope="col">Valeur</th>
                </tr>
              </thead>
              <tbody>
                {data.declared.map((d) => (
                  <tr key={d.indicator}>
                    <th scope="row">{DECLARED_INDICATORS[d.indicator] ?? d.indicator}</th>
                    <td>{d.value}</td>
                  </tr>
                ))}
              </tbody>
            </DsfrTable>
          )}
        </div>
      )}
    </>
  );
}
