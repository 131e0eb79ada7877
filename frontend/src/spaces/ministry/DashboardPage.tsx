import { useId, useMemo, useState } from "react";
import { Link, useLocation } from "react-router";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageTitle } from "../../components/PageTitle";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useQuery } from "../../api/hooks";
import { ministryDepartmentsQuery, ministryNationalReportQuery } from "./operations";
import { PeriodSelector, periodLabel, periodVariables, usePeriod } from "./period";
import { FigureCell, INDICATORS, NOT_COLLECTED, SecrecyNotice, formatDays, secrecyReason } from "./figures";
import { FranceMap, type MapItem } from "./FranceMap";
import "./ministry.css";

export function DashboardPage() {
  const [period, setPeriod] = usePeriod();
  const { search } = useLocation();
  const report = useQuery(ministryNationalReportQuery, periodVariables(period));
  const departments = useQuery(ministryDepartmentsQuery, {});
  const [indicatorKey, setIndicatorKey] = useState("FIRST_REQUEST");
  const tableId = useId().replace(/:/g, "") + "-table";

  const data = report.data?.nationalReport;
  const indicator = data?.indicators.find((i) => i.key === indicatorKey) ?? data?.indicators[0];
  const sortedDepartments = useMemo(
    () => [...(departments.data?.departments ?? [])].sort((a, b) => a.sortKey - b.sortKey),
    [departments.data],
  );
  const items: MapItem[] = useMemo(() => {
    if (!indicator) return [];
    const figures = new Map(indicator.departments.map((d) => [d.departmentCode, d.figure]));
    // A département not on the platform has no figure to show (its "0" would be false).
    return sortedDepartments
      .filter((d) => figures.has(d.code) || !d.onboarded)
      .map((d) => ({ code: d.code, name: d.name, figure: d.onboarded ? figures.get(d.code)! : NOT_COLLECTED }));
  }, [indicator, sortedDepartments]);
  const text = periodLabel(period);

  return (
    <>
      <PageTitle
        title="Tableau de bord national"
        lead="Les indicateurs nationaux des commissions départementales, protégés par le secret statistique."
      />
      <PeriodSelector period={period} onChange={setPeriod} />
      <ErrorAlert error={report.error} />
      {report.error && (
        <Button priority="secondary" onClick={() => void report.refetch()} className="fr-mb-4w">
          Réessayer
        </Button>
      )}
      {report.loading && !data && <Loading label="Chargement des indicateurs nationaux…" />}
      {data && (
        <div aria-busy={report.loading}>
          <h2 className="fr-h3 fr-mt-2w">Indicateurs nationaux — {text}</h2>
          <SecrecyNotice />
          <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
            {data.indicators.map((i) => (
              <div key={i.key} className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
                <section className="cdlp-tile" aria-labelledby={`tile-${i.key}`}>
                  <h3 id={`tile-${i.key}`}>{i.label}</h3>
                  <p
                    className={`cdlp-tile__value${i.national.hidden ? " cdlp-tile__value--hidden" : ""}`}
                    data-indicator={i.key}
                  >
                    {i.national.label}
                  </p>
                  {i.national.hidden && (
                    <p className="cdlp-tile__hint">
                      <span className="fr-icon-lock-line fr-icon--sm" aria-hidden="true" />{" "}
                      {secrecyReason(i.national).replace(/^secret statistique/, "Secret statistique")}
                    </p>
                  )}
                </section>
              </div>
            ))}
            <div className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
              <section className="cdlp-tile" aria-labelledby="tile-median">
                <h3 id="tile-median">Délai médian de la demande à la décision</h3>
                <p className="cdlp-tile__value" data-indicator="MEDIAN_DAYS_TO_DECISION">
                  {data.nationalMedianDaysToDecision === null || data.nationalMedianDaysToDecision === undefined
                    ? "—"
                    : formatDays(data.nationalMedianDaysToDecision)}
                </p>
                <p className="cdlp-tile__hint">
                  {data.nationalMedianDaysToDecision === null || data.nationalMedianDaysToDecision === undefined
                    ? "Non communiqué : moins de 5 décisions sur la période."
                    : "Médiane nationale, en jours, du dépôt de la demande à la décision du préfet."}
                </p>
              </section>
            </div>
          </div>

          <h2 className="fr-h3">Carte par département</h2>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Select
                label="Indicateur"
                hint="L’indicateur représenté sur la carte et dans le tableau qui la suit"
                nativeSelectProps={{ value: indicator?.key ?? "", onChange: (e) => setIndicatorKey(e.target.value) }}
              >
                {(data.indicators.length > 0 ? data.indicators.map((i) => [i.key, i.label] as const) : INDICATORS).map(
                  ([key, label]) => (
                    <option key={key} value={key}>
                      {label}
                    </option>
                  ),
                )}
              </Select>
            </div>
          </div>
          <ErrorAlert error={departments.error} />
          {indicator && items.length > 0 && (
            <FranceMap items={items} indicatorLabel={indicator.label} periodText={text} tableId={tableId} />
          )}
          {indicator && items.length > 0 && (
            <div className="fr-table fr-table--bordered fr-mt-4w" id={tableId} tabIndex={-1}>
              <div className="fr-table__wrapper">
                <div className="fr-table__container">
                  <div className="fr-table__content">
                    <table>
                      <caption>
                        Données de la carte : {indicator.label}, {text}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">Code</th>
                          <th scope="col">Département</th>
                          <th scope="col">{indicator.label}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {items.map((item) => (
                          <tr key={item.code}>
                            <td>{item.code}</td>
                            <th scope="row">
                              <Link to={{ pathname: `departements/${encodeURIComponent(item.code)}`, search }}>
                                {item.name}
                              </Link>
                            </th>
                            <td>
                              <FigureCell figure={item.figure} />
                            </td>
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
