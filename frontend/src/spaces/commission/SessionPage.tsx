import { Link, useParams } from "react-router";
import { ScrollTable } from "../../components/ScrollTable";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { PageTitle } from "../../components/PageTitle";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formatDateTime, formatLongDate } from "../../components/dates";
import { useQuery } from "../../api/hooks";
import { useSpace } from "../useSpace";
import { membersQuery, sessionQuery } from "./operations";
import { AVIS_KIND, SEAT_LABELS } from "../../labels";

export function SessionPage() {
  const { departmentCode } = useSpace();
  const { sessionId } = useParams();
  const base = `/commission/${encodeURIComponent(departmentCode ?? "")}`;
  const { data, error, loading } = useQuery(
    sessionQuery,
    { departmentCode: departmentCode ?? "", id: sessionId ?? "" },
    { skip: !departmentCode || !sessionId },
  );
  const members = useQuery(membersQuery, { departmentCode: departmentCode ?? "" }, { skip: !departmentCode });
  const s = data?.session;
  const title = s ? `Séance du ${formatLongDate(s.scheduledAt)}` : "Séance";
  const presence = new Map((s?.attendance ?? []).map((a) => [a.memberId, a.present]));
  const sitting = (members.data?.commission?.members ?? []).filter((m) => m.active);

  return (
    <>
      <PageTitle title={title} />
      <ErrorAlert error={error} />
      {loading && !data && <Loading label="Chargement de la séance…" />}
      {data && !s && (
        <EmptyState title="Séance introuvable" action={{ label: "Retour aux séances", linkProps: { to: base } }} />
      )}
      {s && (
        <>
          <dl className="cdlp-dl fr-mb-4w">
            <dt>Date et heure</dt>
            <dd>{formatDateTime(s.scheduledAt)}</dd>
            <dt>Lieu</dt>
            <dd>{s.place}</dd>
            <dt>Modalité</dt>
            <dd>{s.visio ? "Visioconférence" : "Présentiel"}</dd>
            <dt>État</dt>
            <dd>{s.status === "CLOSED" ? `Close le ${formatDateTime(s.closedAt)}` : "Programmée"}</dd>
            {s.secondConvocation && (
              <>
                <dt>Convocation</dt>
                <dd>Seconde convocation : la commission délibère sans condition de quorum.</dd>
              </>
            )}
          </dl>

          <h2 className="fr-h4">Ordre du jour</h2>
          <p className="fr-hint-text">
            Les dossiers sont désignés par leur référence. Leur contenu est présenté en séance.
          </p>
          {s.agenda.length === 0 ? (
            <p>Aucun dossier n’est encore inscrit.</p>
          ) : (
            <ScrollTable
              caption="Ordre du jour de la séance"
              bordered
              headers={["N°", "Référence", "Association", "Demande", "Avis"]}
              data={[...s.agenda]
                .sort((a, b) => a.position - b.position)
                .map((a) => [
                  String(a.position),
                  a.dossierReference,
                  a.associationName,
                  a.renewalNumber === 0 ? "Première demande" : `Renouvellement n° ${a.renewalNumber}`,
                  a.avisKind
                    ? `${AVIS_KIND[a.avisKind] ?? a.avisKind}${a.votesFor !== null && a.votesFor !== undefined ? ` (${a.votesFor} pour, ${a.votesAgainst ?? 0} contre, ${a.abstentions ?? 0} abstentions)` : ""}`
                    : "À examiner",
                ])}
            />
          )}

          <h2 className="fr-h4 fr-mt-4w">Présences</h2>
          <ErrorAlert error={members.error} />
          {sitting.length === 0 && !members.loading && <p>Aucun membre en fonction.</p>}
          {sitting.length > 0 && (
            <ScrollTable
              caption="Membres de la commission et présences"
              bordered
              headers={["Membre", "Siège", "Voix", "Présence"]}
              data={sitting.map((m) => {
                const p = presence.get(m.id);
                return [
                  m.fullName + (m.organisation ? ` (${m.organisation})` : ""),
                  SEAT_LABELS[m.seat] ?? m.seat,
                  m.voting ? "Délibérative" : "Consultative",
                  <Badge as="span" key="p" small severity={p === true ? "success" : p === false ? "warning" : undefined} noIcon={p === undefined}>
                    {p === true ? "Présent" : p === false ? "Absent" : "Non relevée"}
                  </Badge>,
                ];
              })}
            />
          )}
          <p className="fr-mt-4w">
            <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={base}>
              Retour aux séances
            </Link>
          </p>
        </>
      )}
    </>
  );
}
