import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageTitle } from "../../../components/PageTitle";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { EmptyState } from "../../../components/EmptyState";
import { formatDate, formatDateTime } from "../../../components/dates";
import { request, type ApiError } from "../../../api/client";
import { fieldError } from "../../../api/errors";
import { useQuery } from "../../../api/hooks";
import { useSpace } from "../../useSpace";
import type { PrefectureDossiersQuery } from "../../../gql/graphql";
import { prefectureDossiersQuery } from "./operations";
import { QUEUES, queueInfo, requestLabel } from "./labels";
import { AVIS_KIND, AVIS_SEVERITY, DOSSIER_STATUS } from "../../../labels";
import { count } from "../../../components/french";

const PAGE_SIZE = 25;

type Row = PrefectureDossiersQuery["dossiers"]["nodes"][number];

/** The département's dossiers: a work list (queue) filter, a reference search, "Voir plus". */
export function DossiersPage() {
  const { departmentCode = "" } = useSpace();
  const [params, setParams] = useSearchParams();
  const queue = queueInfo(params.get("liste"))?.queue ?? null;
  const reference = params.get("reference")?.trim() ?? "";
  const [search, setSearch] = useState(reference);
  const countId = useId();

  const first = useQuery(
    prefectureDossiersQuery,
    { departmentCode, queue, reference: reference || null, first: PAGE_SIZE, after: null },
    { skip: !departmentCode },
  );

  // Further pages, appended by "Voir plus"; dropped whenever the filter changes.
  const [more, setMore] = useState<{ nodes: Row[]; hasNextPage: boolean; endCursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const firstNewRow = useRef<number | null>(null);
  useEffect(() => {
    setMore(null);
    setMoreError(null);
  }, [first.data]);
  useEffect(() => setSearch(reference), [reference]);

  const rows: Row[] = [...(first.data?.dossiers.nodes ?? []), ...(more?.nodes ?? [])];
  const pageInfo = more ?? first.data?.dossiers.pageInfo;

  async function loadMore() {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    const r = await request(prefectureDossiersQuery, {
      departmentCode,
      queue,
      reference: reference || null,
      first: PAGE_SIZE,
      after: pageInfo.endCursor,
    });
    setLoadingMore(false);
    if (r.error) {
      setMoreError(r.error);
      return;
    }
    firstNewRow.current = rows.length;
    setMore({
      nodes: [...(more?.nodes ?? []), ...r.data.dossiers.nodes],
      hasNextPage: r.data.dossiers.pageInfo.hasNextPage,
      endCursor: r.data.dossiers.pageInfo.endCursor,
    });
  }

  // After "Voir plus", the focus goes to the first new dossier's link.
  useEffect(() => {
    if (firstNewRow.current === null) return;
    const link = document.querySelectorAll<HTMLAnchorElement>("[data-dossier-link]")[firstNewRow.current];
    firstNewRow.current = null;
    link?.focus();
  }, [more]);

  function update(next: { liste?: string | null; reference?: string | null }) {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p);
  }

  function submitSearch(e: FormEvent) {
    e.preventDefault();
    update({ reference: search.trim() || null });
  }

  const info = queueInfo(queue);
  // Waiting for the prefect's decision: the commission's avis is what the decision follows.
  const withAvis = queue === "AWAITING_DECISION";
  const title = info ? `Dossiers — ${info.label}` : "Dossiers";

  return (
    <>
      <PageTitle
        title="Dossiers"
        documentTitle={title}
        lead="Les dossiers de parcours de sortie du département, désignés par leur référence pseudonyme."
      />
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-2w">
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Liste de travail"
            hint={info?.description ?? "Tous les dossiers du département, dernière modification en premier."}
            nativeSelectProps={{
              name: "liste",
              value: queue ?? "",
              onChange: (e) => update({ liste: e.target.value || null }),
            }}
          >
            <option value="">Tous les dossiers</option>
            {QUEUES.map((q) => (
              <option key={q.queue} value={q.queue}>
                {q.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <form role="search" aria-label="Rechercher un dossier" onSubmit={submitSearch} noValidate>
            <Input
              label="Référence du dossier"
              hintText="Tout ou début de la référence, par exemple 75-2026-0012. Les noms ne sont pas cherchables (l’identité est scellée) : pour le dossier d’une personne, demandez sa référence à l’association qui l’accompagne (elle figure sur le récépissé de dépôt et sur chaque courrier), ou parcourez la liste de travail."
              {...fieldError(first.error, "reference")}
              nativeInputProps={{
                type: "search",
                name: "reference",
                value: search,
                autoComplete: "off",
                onChange: (e) => setSearch(e.target.value),
              }}
            />
            <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
              <li>
                <Button type="submit" iconId="fr-icon-search-line">
                  Rechercher
                </Button>
              </li>
              {reference && (
                <li>
                  <Button
                    type="button"
                    priority="secondary"
                    iconId="fr-icon-close-line"
                    onClick={() => {
                      setSearch("");
                      update({ reference: null });
                    }}
                  >
                    Effacer la recherche
                  </Button>
                </li>
              )}
            </ul>
          </form>
        </div>
      </div>

      <ErrorAlert error={first.error} />
      {first.error && (
        <Button priority="secondary" onClick={() => void first.refetch()} className="fr-mb-4w">
          Réessayer
        </Button>
      )}
      {first.loading && !first.data && <Loading label="Chargement des dossiers…" />}
      <p id={countId} aria-live="polite" className="fr-mb-2w">
        {first.data &&
          !first.loading &&
          `${rows.length} dossier${rows.length > 1 ? "s" : ""} affiché${rows.length > 1 ? "s" : ""}${
            pageInfo?.hasNextPage ? ` sur ${first.data.dossiers.totalCount}` : ""
          }${info ? ` dans la liste « ${info.label} »` : ""}${reference ? ` pour la référence « ${reference} »` : ""}.`}
      </p>
      {first.data && rows.length === 0 && (
        <EmptyState
          title={reference ? "Aucun dossier ne correspond à cette référence" : "Aucun dossier dans cette liste"}
          action={
            reference || queue
              ? {
                  label: "Voir tous les dossiers",
                  onClick: () => {
                    setSearch("");
                    update({ reference: null, liste: null });
                  },
                }
              : undefined
          }
        >
          {reference
            ? "Vérifiez la référence (par exemple 75-2026-0012) ou effacez la recherche."
            : info
              ? info.whenEmpty
              : "Les dossiers apparaissent ici dès qu’une association agréée en crée un pour ce département."}
        </EmptyState>
      )}
      {rows.length > 0 && (
        <>
          <Table
            caption={info ? `Dossiers de la liste « ${info.label} »` : "Dossiers du département"}
            noCaption={false}
            bordered
            fixed={false}
            headers={[
              "Référence",
              "État",
              ...(withAvis ? ["Avis de la commission"] : []),
              "Demande",
              "Association",
              "Période en cours",
              "Transmis le",
              "Dernière modification",
            ]}
            data={rows.map((d) => [
              <Link key="ref" to={d.id} className="fr-link" data-dossier-link="">
                {d.reference}
              </Link>,
              <Badge key="status" small noIcon severity={DOSSIER_STATUS[d.status].severity}>
                {DOSSIER_STATUS[d.status].label}
              </Badge>,
              ...(withAvis ? [<AvisCell key="avis" avis={d.avis} renewalNumber={d.renewalNumber} />] : []),
              requestLabel(d.renewalNumber),
              d.association?.name ?? "—",
              d.currentPeriod
                ? `Période ${d.currentPeriod.number} : du ${formatDate(d.currentPeriod.startDate)} au ${formatDate(
                    d.currentPeriod.endDate,
                  )}`
                : "Aucune",
              d.submittedAt ? formatDate(d.submittedAt) : "Non transmis",
              formatDateTime(d.updatedAt),
            ])}
          />
          <ErrorAlert error={moreError} />
          {pageInfo?.hasNextPage && (
            <Button
              priority="secondary"
              onClick={() => void loadMore()}
              disabled={loadingMore}
              iconId="fr-icon-arrow-down-line"
              className="fr-mb-4w"
            >
              {loadingMore ? "Chargement…" : "Voir plus"}
            </Button>
          )}
        </>
      )}
    </>
  );
}


/** The commission's avis on the current request (the latest one given for its renewal number). */
function AvisCell({ avis, renewalNumber }: { avis: Row["avis"]; renewalNumber: number }) {
  const a = [...avis]
    .filter((x) => x.renewalNumber === renewalNumber)
    .sort((x, y) => y.recordedAt.localeCompare(x.recordedAt))[0];
  if (!a) return <>Aucun avis</>;
  return (
    <>
      <Badge small noIcon severity={AVIS_SEVERITY[a.kind] ?? "info"}>
        {AVIS_KIND[a.kind] ?? a.kind}
      </Badge>{" "}
      <span className="fr-text--xs">
        {a.votesFor} pour, {a.votesAgainst} contre, {count(a.abstentions, "abstention")}
      </span>
    </>
  );
}
