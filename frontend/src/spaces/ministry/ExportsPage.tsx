import { useEffect, useState, type FormEvent } from "react";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { downloadBase64 } from "../../components/download";
import { PageTitle } from "../../components/PageTitle";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { Progress } from "../../components/Progress";
import { formatDateTime } from "../../components/dates";
import { request, type ApiError } from "../../api/client";
import { fieldError, isFieldError } from "../../api/errors";
import { useMutation, useQuery } from "../../api/hooks";
import type { ExportFormat } from "../../gql/graphql";
import { ministryExportFileQuery, ministryExportsQuery, ministryRequestExportMutation } from "./operations";
import { PeriodSelector, currentYear, periodLabel, periodOfDates, periodVariables, type Period } from "./period";
import { ScrollTable } from "../../components/ScrollTable";
import "./ministry.css";

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: "CSV", label: "CSV (texte, séparateur point-virgule)" },
  { value: "XLSX", label: "XLSX (Excel)" },
  { value: "ODS", label: "ODS (LibreOffice, OpenDocument)" },
];

const POLL_MS = 2000;

function StatusBadge({ status }: { status: string }) {
  if (status === "READY") return <Badge severity="success" small>Prêt</Badge>;
  if (status === "FAILED") return <Badge severity="error" small>Échec</Badge>;
  return <Badge severity="info" small>En préparation</Badge>;
}

export function ExportsPage() {
  const exportsQuery = useQuery(ministryExportsQuery, {});
  const [requestExport, { loading: requesting, error: requestError }] = useMutation(ministryRequestExportMutation);
  const [format, setFormat] = useState<ExportFormat>("CSV");
  const [period, setPeriod] = useState<Period>({ year: currentYear(), quarter: null, month: null });
  const [downloading, setDownloading] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const [lastRequested, setLastRequested] = useState<string | null>(null);

  const list = [...(exportsQuery.data?.exports ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const pending = list.filter((e) => e.status === "PENDING");
  const refetch = exportsQuery.refetch;

  // Poll every 2 s while an export is being prepared.
  useEffect(() => {
    if (pending.length === 0) return;
    const t = window.setTimeout(() => void refetch(), POLL_MS);
    return () => window.clearTimeout(t);
  }, [pending.length, exportsQuery.data, refetch]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await requestExport({ format, ...periodVariables(period) });
    if (!r.error) {
      setLastRequested(r.data.requestExport.id);
      void refetch();
    }
  }

  async function download(id: string) {
    setDownloading(id);
    setDownloadError(null);
    const r = await request(ministryExportFileQuery, { id });
    setDownloading(null);
    if (r.error) {
      setDownloadError(r.error);
      return;
    }
    const { filename, contentType, contentBase64 } = r.data.exportFile;
    downloadBase64(contentBase64, filename, contentType);
  }

  const justReady = lastRequested ? list.find((e) => e.id === lastRequested && e.status === "READY") : undefined;
  const justFailed = lastRequested ? list.find((e) => e.id === lastRequested && e.status === "FAILED") : undefined;

  return (
    <>
      <PageTitle
        title="Exports"
        lead="Préparez un fichier des indicateurs nationaux et départementaux (protégés par le secret statistique)."
      />

      <h2 className="fr-h3">Préparer un export</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {requestError && !isFieldError(requestError, "year", "quarter", "month", "format") && (
          <ErrorAlert error={requestError} />
        )}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-5">
            <Select
              label="Format"
              {...fieldError(requestError, "format")}
              nativeSelectProps={{ name: "format", value: format, onChange: (e) => setFormat(e.target.value as ExportFormat) }}
            >
              {FORMATS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <PeriodSelector period={period} onChange={setPeriod} />
        {requestError && isFieldError(requestError, "year", "quarter", "month") && (
          <p className="fr-error-text fr-mb-2w">{requestError.message}</p>
        )}
        <p className="fr-text--sm">
          Le fichier sera préparé en arrière-plan pour la période : {periodLabel(period)}. Il reste disponible
          pendant 48 heures ; chaque téléchargement est tracé.
        </p>
        <Button type="submit" disabled={requesting} iconId="fr-icon-download-line">
          Préparer l'export
        </Button>
      </form>

      <div aria-live="polite" className="fr-mt-3w">
        {pending.length > 0 && (
          <Progress
            label={pending.length > 1 ? `Préparation de ${pending.length} exports` : "Préparation de l’export"}
            detail="Préparation en cours… La liste se met à jour toutes les 2 secondes."
          />
        )}
        {justReady && (
          <Alert
            severity="success"
            small
            description={`Votre export ${justReady.filename ?? ""} est prêt : utilisez le bouton « Télécharger » de la liste.`}
          />
        )}
        {justFailed && <Alert severity="error" small description="La préparation de l’export a échoué. Réessayez." />}
      </div>

      <h2 className="fr-h3 fr-mt-4w">Mes exports des dernières 48 heures</h2>
      <p className="fr-text--sm">Un export reste disponible 48 heures après sa demande, puis il est supprimé.</p>
      <ErrorAlert error={exportsQuery.error ?? downloadError} />
      {exportsQuery.loading && !exportsQuery.data && <Loading label="Chargement de vos exports…" />}
      {exportsQuery.data && list.length === 0 && <p>Vous n’avez préparé aucun export ces dernières 48 heures.</p>}
      {list.length > 0 && (
        <ScrollTable
          caption="Mes exports des dernières 48 heures"
          noCaption
          headers={["Demandé le", "Période", "Format", "Fichier", "État", "Disponible jusqu’au", "Action"]}
          data={list.map((e) => [
            formatDateTime(e.createdAt),
            periodOfDates(e.periodStart, e.periodEnd),
            e.format,
            e.filename ?? "—",
            <StatusBadge status={e.status} />,
            formatDateTime(e.expiresAt),
            <>
              {e.status === "READY" ? (
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-download-line"
                  disabled={downloading === e.id}
                  onClick={() => void download(e.id)}
                  nativeButtonProps={{ "aria-describedby": `export-${e.id}` }}
                >
                  Télécharger
                </Button>
              ) : e.status === "PENDING" ? (
                "En préparation…"
              ) : (
                "Aucune"
              )}
              <span id={`export-${e.id}`} className="fr-sr-only">
                {e.filename ?? e.format}, {periodOfDates(e.periodStart, e.periodEnd)}
              </span>
            </>,
          ])}
        />
      )}

      <h2 className="fr-h3 fr-mt-4w">Données ouvertes</h2>
      <p>
        Les indicateurs nationaux par année sont publiés en données ouvertes :{" "}
        <a className="fr-link" href="/opendata/indicateurs-nationaux.csv" download>
          indicateurs-nationaux.csv (CSV, séparateur point-virgule)
        </a>
        .
      </p>
    </>
  );
}
