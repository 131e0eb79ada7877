import { Link } from "react-router";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { PageTitle } from "../../components/PageTitle";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formatDateTime } from "../../components/dates";
import { useQuery } from "../../api/hooks";
import { scopeLabel } from "../../session/memberships";
import { useSpace } from "../useSpace";
import { sessionsQuery } from "./operations";

export function HomePage() {
  const { membership, departmentCode } = useSpace();
  const { data, error, loading } = useQuery(sessionsQuery, { departmentCode: departmentCode ?? "" }, { skip: !departmentCode });
  const base = `/commission/${encodeURIComponent(departmentCode ?? "")}`;
  const sessions = [...(data?.sessions ?? [])].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  return (
    <>
      <PageTitle title="Espace commission" lead={scopeLabel(membership)} />
      <p>
        Depuis cet espace, les membres de la commission consultent les prochaines séances et leur ordre du jour.
        Les dossiers y sont désignés par leur seule référence : l’identité des personnes n’est jamais communiquée.
      </p>
      <h2 className="fr-h4">Prochaines séances</h2>
      <ErrorAlert error={error} />
      {loading && !data && <Loading label="Chargement des séances…" />}
      {data && sessions.length === 0 && (
        <EmptyState title="Aucune séance programmée" as="h3">
          La préfecture vous enverra une convocation dès qu’une séance sera fixée.
        </EmptyState>
      )}
      {sessions.length > 0 && (
        <Table
          caption="Prochaines séances de la commission"
          bordered
          headers={["Date et heure", "Lieu", "Modalité", "Dossiers inscrits", "Détail"]}
          data={sessions.map((s) => [
            formatDateTime(s.scheduledAt),
            s.place,
            <span key="m">
              <Badge as="span" small severity={s.visio ? "info" : undefined} noIcon={!s.visio}>
                {s.visio ? "Visioconférence" : "Présentiel"}
              </Badge>
              {s.secondConvocation && <span className="fr-text--xs fr-ml-1w">Seconde convocation</span>}
            </span>,
            String(s.agenda.length),
            <Link key="l" className="fr-link" to={`${base}/seances/${encodeURIComponent(s.id)}`}>
              Voir la séance<span className="fr-sr-only"> du {formatDateTime(s.scheduledAt)}</span>
            </Link>,
          ])}
        />
      )}
    </>
  );
}
