import { useState } from "react";
import { Link } from "react-router";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { PageTitle } from "../../../components/PageTitle";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { EmptyState } from "../../../components/EmptyState";
import { formatDate } from "../../../components/dates";
import { useQuery } from "../../../api/hooks";
import { useSpace } from "../../useSpace";
import { AGREMENT_STATUS, AGREMENT_STATUS_ORDER } from "../../../labels";
import { agrementsQuery } from "./operations";

const FILTERS: Record<string, { label: string; statuses: string[] }> = {
  all: { label: "Tous les agréments et demandes", statuses: [] },
  open: { label: "Demandes à instruire", statuses: ["REQUESTED", "INCOMPLETE", "COMPLETE"] },
  inForce: { label: "Agréments en vigueur", statuses: ["GRANTED", "TACIT"] },
  ended: { label: "Refusés, suspendus, retirés ou expirés", statuses: ["REFUSED", "SUSPENDED", "WITHDRAWN", "EXPIRED"] },
  ...Object.fromEntries(AGREMENT_STATUS_ORDER.map((s) => [s, { label: `État : ${AGREMENT_STATUS[s].label}`, statuses: [s] }])),
};

export function StatusBadge({ status }: { status: string }) {
  const s = AGREMENT_STATUS[status] ?? { label: status, severity: "info" as const };
  return (
    <Badge as="span" small severity={s.severity}>
      {s.label}
    </Badge>
  );
}

export function AgrementsPage() {
  const { departmentCode = "" } = useSpace();
  const [filter, setFilter] = useState("all");
  const statuses = FILTERS[filter]?.statuses ?? [];
  const { data, error, loading } = useQuery(agrementsQuery, { departmentCode, statuses });
  const list = data?.agrements ?? [];

  return (
    <>
      <PageTitle
        title="Agréments"
        lead="Les demandes d’agrément des associations et les agréments accordés dans le département."
      />
      <p>
        <Link to="../transferts" relative="path" className="fr-link">
          Voir les transferts de dossiers entre associations
        </Link>
      </p>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Afficher"
            nativeSelectProps={{ value: filter, onChange: (e) => setFilter(e.target.value) }}
          >
            {Object.entries(FILTERS).map(([k, f]) => (
              <option key={k} value={k}>
                {f.label}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ErrorAlert error={error} />
      {loading && !data && <Loading label="Chargement des agréments…" />}
      {data && (
        <p aria-live="polite">
          {list.length} résultat{list.length > 1 ? "s" : ""}.
        </p>
      )}
      {data && list.length === 0 && (
        <EmptyState title="Aucun agrément ne correspond à ce filtre">
          Choisissez « Tous les agréments et demandes ». Les associations déposent leurs demandes depuis leur
          espace ; elles apparaîtront ici.
        </EmptyState>
      )}
      {list.length > 0 && (
        <Table
          caption="Agréments et demandes"
          noCaption
          bordered
          headers={["Association", "État", "Demande", "Validité", "Échéance", "Action"]}
          data={list.map((a) => [
            a.associationName,
            <StatusBadge status={a.status} />,
            a.requestedOn ? `Déposée le ${formatDate(a.requestedOn)}` : "—",
            a.validFrom ? `Du ${formatDate(a.validFrom)} au ${formatDate(a.validUntil)}` : "—",
            a.status === "REQUESTED" && a.missingPiecesDeadline
              ? `Pièces à demander avant le ${formatDate(a.missingPiecesDeadline)}`
              : a.tacitOn && (a.status === "COMPLETE" || a.status === "REQUESTED")
                ? `Agrément tacite le ${formatDate(a.tacitOn)}`
                : "—",
            <Link to={a.id} className="fr-link">
              Ouvrir<span className="fr-sr-only"> l’agrément de {a.associationName}</span>
            </Link>,
          ])}
        />
      )}
    </>
  );
}
