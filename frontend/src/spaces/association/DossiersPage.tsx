import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PageTitle } from "../../components/PageTitle";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { formatDate, formatDateTime } from "../../components/dates";
import { request, type ApiError } from "../../api/client";
import type { AssociationDossiersQuery, DossierQueue } from "../../gql/graphql";
import { dossiersQuery } from "./operations";
import { QUEUE_LABELS } from "./labels";
import { PageError } from "./Errors";
import { DossierStatusBadge } from "./StatusBadge";
import { dossierPath, useBase, useInForceDepartments } from "./useAssociation";

type Row = AssociationDossiersQuery["dossiers"]["nodes"][number];

const PAGE = 20;
const FILTER_QUEUES: DossierQueue[] = [
  "TO_COMPLETE",
  "TO_SCHEDULE",
  "ON_AGENDA",
  "AWAITING_DECISION",
  "IN_PROGRESS",
  "RENEWALS_DUE",
  "PERIODS_ENDED",
  "CLOSED",
];

/** A paged dossier list (keyset), shared by the Dossiers and Renouvellements pages. */
export function useDossierList(departmentCode: string | undefined, queue: DossierQueue | undefined, reference: string) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasNext, setHasNext] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const gen = useRef(0);

  async function load(after: string | null) {
    if (!departmentCode) return;
    const mine = ++gen.current;
    setLoading(true);
    const r = await request(dossiersQuery, {
      departmentCode,
      queue: queue ?? null,
      reference: reference.trim() || null,
      first: PAGE,
      after,
    });
    if (mine !== gen.current) return;
    setLoading(false);
    if (r.error) {
      setError(r.error);
      if (!after) setRows(null);
      return;
    }
    setError(null);
    setRows((prev) => (after && prev ? [...prev, ...r.data.dossiers.nodes] : r.data.dossiers.nodes));
    setCursor(r.data.dossiers.pageInfo.endCursor ?? null);
    setHasNext(r.data.dossiers.pageInfo.hasNextPage);
  }

  useEffect(() => {
    setRows(null);
    void load(null);
    return () => {
      gen.current++;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [departmentCode, queue, reference]);

  return { rows, error, loading, hasNext, more: () => load(cursor), reload: () => load(null) };
}

export function DossierTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const base = useBase();
  return (
    <Table
      caption={caption}
      noCaption={false}
      bordered
      headers={["Référence", "Statut", "Période en cours", "Dernière modification", "Action"]}
      data={rows.map((d) => [
        <Link key="ref" to={dossierPath(base, d)} className="fr-link">
          {d.reference}
        </Link>,
        <span key="st">
          <DossierStatusBadge status={d.status} />
          {d.renewalNumber > 0 && <span className="fr-text--xs fr-ml-1w">Renouvellement n° {d.renewalNumber}</span>}
        </span>,
        d.currentPeriod
          ? `Période ${d.currentPeriod.number} : du ${formatDate(d.currentPeriod.startDate)} au ${formatDate(d.currentPeriod.endDate)}`
          : "Aucune",
        formatDateTime(d.updatedAt),
        d.status === "DRAFT" || d.status === "RETURNED" ? (
          <Link key="edit" to={`${base}/dossiers/${encodeURIComponent(d.id)}/modifier?departement=${d.departmentCode}`} className="fr-link">
            {d.status === "DRAFT" ? "Continuer" : "Compléter"}
            <span className="fr-sr-only"> le dossier {d.reference}</span>
          </Link>
        ) : (
          <Link key="see" to={dossierPath(base, d)} className="fr-link">
            Voir<span className="fr-sr-only"> le dossier {d.reference}</span>
          </Link>
        ),
      ])}
    />
  );
}

export function DossiersPage() {
  const base = useBase();
  const [params, setParams] = useSearchParams();
  const { departments, error: depError, loading: depLoading } = useInForceDepartments();
  const wanted = params.get("departement") ?? "";
  const departmentCode =
    departments?.find((d) => d.code === wanted)?.code ?? departments?.[0]?.code ?? undefined;
  const queueParam = params.get("file") as DossierQueue | null;
  const queue = queueParam && FILTER_QUEUES.includes(queueParam) ? queueParam : undefined;
  const reference = params.get("reference") ?? "";
  const [search, setSearch] = useState(reference);
  const list = useDossierList(departmentCode, queue, reference);
  const countId = useId();

  function setParam(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  function onSearch(e?: FormEvent) {
    e?.preventDefault();
    setParam("reference", search.trim());
  }

  const depName = departments?.find((d) => d.code === departmentCode)?.name;

  return (
    <>
      <PageTitle title="Dossiers" lead="Les dossiers de parcours de sortie de la prostitution déposés par l’association." />
      <PageError error={depError} what="aux agréments de l’association" />
      {depLoading && !departments && <Loading label="Chargement des départements…" />}
      {departments && departments.length === 0 && (
        <EmptyState title="Aucun agrément en vigueur" action={{ label: "Voir les agréments", linkProps: { to: `${base}/agrements` } }}>
          L’association ne peut déposer de dossier que dans un département où elle est agréée.
        </EmptyState>
      )}
      {departments && departments.length > 0 && (
        <>
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div className="fr-col-12 fr-col-md-4">
              <Select
                label="Département"
                nativeSelectProps={{
                  value: departmentCode,
                  onChange: (e) => setParam("departement", e.target.value),
                }}
              >
                {departments.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.code} — {d.name}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Select
                label="Liste"
                nativeSelectProps={{ value: queue ?? "", onChange: (e) => setParam("file", e.target.value) }}
              >
                <option value="">Tous les dossiers</option>
                {FILTER_QUEUES.map((q) => (
                  <option key={q} value={q}>
                    {QUEUE_LABELS[q]}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <form role="search" aria-label="Rechercher un dossier" onSubmit={onSearch} className="cdlp-search fr-mb-3w">
                <Input
                  label="Rechercher par référence"
                  className="fr-mb-1w"
                  nativeInputProps={{
                    type: "search",
                    value: search,
                    placeholder: "75-2026-0001",
                    "aria-describedby": countId,
                    onChange: (e) => setSearch(e.target.value),
                  }}
                />
                <Button type="submit" size="small" priority="secondary" iconId="fr-icon-search-line">
                  Rechercher
                </Button>
              </form>
            </div>
          </div>
          <PageError error={list.error} what={`aux dossiers de ce département`} />
          {list.loading && !list.rows && <Loading label="Chargement des dossiers…" />}
          {list.rows && (
            <p id={countId} aria-live="polite" className="fr-text--sm">
              {list.rows.length} dossier{list.rows.length > 1 ? "s" : ""} affiché{list.rows.length > 1 ? "s" : ""}
              {list.hasNext ? " (d’autres peuvent être chargés)" : ""}
              {reference ? ` pour la référence « ${reference} »` : ""}.
            </p>
          )}
          {list.rows && list.rows.length === 0 && (
            <EmptyState
              title="Aucun dossier : créez une demande"
              action={{
                label: "Nouvelle demande",
                linkProps: { to: `${base}/dossiers/nouveau?departement=${encodeURIComponent(departmentCode ?? "")}` },
              }}
            >
              {reference || queue
                ? "Aucun dossier ne correspond à ces critères. Modifiez la recherche ou la liste choisie."
                : "L’association n’a encore aucun dossier dans ce département."}
            </EmptyState>
          )}
          {list.rows && list.rows.length > 0 && (
            <>
              <DossierTable rows={list.rows} caption={`Dossiers — ${depName ?? departmentCode}`} />
              {list.hasNext && (
                <Button priority="secondary" disabled={list.loading} onClick={() => void list.more()}>
                  {list.loading ? "Chargement…" : "Voir plus"}
                </Button>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
