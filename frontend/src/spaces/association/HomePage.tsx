import { Link } from "react-router";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageTitle } from "../../components/PageTitle";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { formatDate } from "../../components/dates";
import { useQuery } from "../../api/hooks";
import { scopeLabel } from "../../session/memberships";
import { useSpace } from "../useSpace";
import { departmentCountsQuery } from "./operations";
import { QUEUE_LABELS } from "./labels";
import { PageError } from "./Errors";
import { useBase, useInForceDepartments, type InForceDepartment } from "./useAssociation";
import type { DossierQueue } from "../../gql/graphql";

const QUEUES: { key: "toComplete" | "toSchedule" | "onAgenda" | "awaitingDecision" | "inProgress" | "renewalsDue"; queue: DossierQueue }[] = [
  { key: "toComplete", queue: "TO_COMPLETE" },
  { key: "toSchedule", queue: "TO_SCHEDULE" },
  { key: "onAgenda", queue: "ON_AGENDA" },
  { key: "awaitingDecision", queue: "AWAITING_DECISION" },
  { key: "inProgress", queue: "IN_PROGRESS" },
  { key: "renewalsDue", queue: "RENEWALS_DUE" },
];

function DepartmentCard({ department }: { department: InForceDepartment }) {
  const base = useBase();
  const { data, error, loading } = useQuery(departmentCountsQuery, { departmentCode: department.code });
  const headingId = `dep-${department.code}`;
  const renewals = data ? data.renewalsDue.totalCount : 0;
  return (
    <section className="fr-col-12 fr-col-lg-6" aria-labelledby={headingId}>
      <div className="fr-p-3w cdlp-card" style={{ border: "1px solid var(--border-default-grey)", height: "100%" }}>
        <h2 id={headingId} className="fr-h4">
          {department.name} ({department.code})
        </h2>
        {department.validUntil && (
          <p className="fr-text--sm">Agrément en vigueur jusqu’au {formatDate(department.validUntil)}</p>
        )}
        <PageError error={error} what={`aux dossiers de ce département`} />
        {loading && !data && <Loading label={`Chargement des dossiers (${department.code})…`} />}
        {data && (
          <>
            {renewals > 0 && (
              <p>
                <Badge as="span" severity="warning" small>
                  {renewals} renouvellement{renewals > 1 ? "s" : ""} à demander
                </Badge>
              </p>
            )}
            <ul>
              {QUEUES.map(({ key, queue }) => (
                <li key={key}>
                  <Link
                    className="fr-link"
                    to={`${base}/dossiers?departement=${encodeURIComponent(department.code)}&file=${queue}`}
                  >
                    {QUEUE_LABELS[queue]} : {data[key].totalCount}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mt-2w">
          <li>
            <Button
              size="small"
              priority="secondary"
              linkProps={{ to: `${base}/dossiers?departement=${encodeURIComponent(department.code)}` }}
            >
              Tous les dossiers<span className="fr-sr-only"> ({department.name})</span>
            </Button>
          </li>
          <li>
            <Button
              size="small"
              iconId="fr-icon-add-line"
              linkProps={{ to: `${base}/dossiers/nouveau?departement=${encodeURIComponent(department.code)}` }}
            >
              Nouvelle demande<span className="fr-sr-only"> ({department.name})</span>
            </Button>
          </li>
        </ul>
      </div>
    </section>
  );
}

export function HomePage() {
  const { membership } = useSpace();
  const base = useBase();
  const { departments, error, loading } = useInForceDepartments();
  return (
    <>
      <PageTitle title="Espace association" lead={scopeLabel(membership)} />
      <p>
        Depuis cet espace, l’association agréée dépose et suit les dossiers de parcours de sortie de la
        prostitution des personnes qu’elle accompagne.
      </p>
      <PageError error={error} what="aux agréments de l’association" />
      {loading && !departments && <Loading label="Chargement des départements…" />}
      {departments && departments.length === 0 && (
        <EmptyState
          title="Aucun agrément en vigueur"
          action={{ label: "Voir les agréments", linkProps: { to: `${base}/agrements` } }}
        >
          L’association doit disposer d’un agrément du préfet pour déposer des dossiers dans un département.
        </EmptyState>
      )}
      {departments && departments.length > 0 && (
        <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
          {departments.map((d) => (
            <DepartmentCard key={d.code} department={d} />
          ))}
        </div>
      )}
    </>
  );
}
