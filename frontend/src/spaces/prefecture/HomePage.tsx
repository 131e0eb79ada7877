import { Tile } from "@codegouvfr/react-dsfr/Tile";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageTitle } from "../../components/PageTitle";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useQuery } from "../../api/hooks";
import { scopeLabel } from "../../session/memberships";
import { useSpace } from "../useSpace";
import { prefectureQueueCountsQuery } from "./dossiers/operations";
import { DASHBOARD_QUEUES, queueInfo } from "./dossiers/labels";
import type { DossierQueue, PrefectureQueueCountsQuery } from "../../gql/graphql";

const FIELD_OF_QUEUE: Partial<Record<DossierQueue, keyof Omit<PrefectureQueueCountsQuery, "__typename">>> = {
  TO_COMPLETE: "toComplete",
  TO_SCHEDULE: "toSchedule",
  ON_AGENDA: "onAgenda",
  AWAITING_DECISION: "awaitingDecision",
  RENEWALS_DUE: "renewalsDue",
  PERIODS_ENDED: "periodsEnded",
  TO_TRANSFER: "toTransfer",
};

function countLabel(count: number): string {
  if (count === 0) return "Aucun dossier";
  return `${count} dossier${count > 1 ? "s" : ""}`;
}

/** Tableau de bord: one tile per work list, with its count and a link to the filtered list. */
export function HomePage() {
  const { membership, departmentCode = "" } = useSpace();
  const { data, error, loading, refetch } = useQuery(
    prefectureQueueCountsQuery,
    { departmentCode },
    { skip: !departmentCode },
  );

  const countOf = (queue: DossierQueue): number | null => {
    const field = FIELD_OF_QUEUE[queue];
    return data && field ? data[field].totalCount : null;
  };

  return (
    <>
      <PageTitle title="Tableau de bord" documentTitle="Tableau de bord de la préfecture" lead={scopeLabel(membership)} />
      <p>
        Les dossiers de parcours de sortie de la prostitution du département, classés par étape. Choisissez une
        liste pour voir ses dossiers.
      </p>
      <ErrorAlert error={error} />
      {error && (
        <Button priority="secondary" onClick={() => void refetch()} className="fr-mb-4w">
          Réessayer
        </Button>
      )}
      {loading && !data && <Loading label="Chargement des listes de dossiers…" />}
      {data && (
        <section aria-labelledby="prefecture-queues-title">
          <h2 id="prefecture-queues-title" className="fr-h4">
            Dossiers à traiter
          </h2>
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {DASHBOARD_QUEUES.map((queue) => {
              const info = queueInfo(queue)!;
              const count = countOf(queue);
              const empty = count === 0;
              return (
                <li key={queue} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
                  <Tile
                    title={info.label}
                    titleAs="h3"
                    linkProps={{ to: `dossiers?liste=${queue}` }}
                    desc={
                      <>
                        <strong className="fr-text--lg">{count !== null ? countLabel(count) : "—"}</strong>
                        <br />
                        {empty ? info.whenEmpty : info.description}
                      </>
                    }
                    enlargeLinkOrButton
                    orientation="vertical"
                    noIcon={false}
                    grey={empty}
                  />
                </li>
              );
            })}
          </ul>
          <p className="fr-mt-4w">
            <Button priority="secondary" linkProps={{ to: "dossiers" }} iconId="fr-icon-arrow-right-line" iconPosition="right">
              Voir tous les dossiers
            </Button>
          </p>
        </section>
      )}
    </>
  );
}
