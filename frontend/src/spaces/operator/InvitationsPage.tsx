import { useState } from "react";
import { Link, useParams } from "react-router";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageTitle } from "../../components/PageTitle";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { ScrollTable } from "../../components/ScrollTable";
import { MailDelivery } from "../../components/MailDelivery";
import { formatDateTime } from "../../components/dates";
import { useMutation, useQuery } from "../../api/hooks";
import { ROLE_LABELS } from "../../session/memberships";
import { INVITATION_STATUS } from "../../labels";
import { departmentInvitationsQuery, resendDepartmentInvitationMutation } from "./operations";

/** The invitations of one département, as the operator sees them: did the first admin's reach them? */
export function InvitationsPage() {
  const { code = "" } = useParams();
  const { data, error, loading, refetch } = useQuery(departmentInvitationsQuery, { departmentCode: code });
  const [resend, { error: resendError, loading: resending }] = useMutation(resendDepartmentInvitationMutation);
  const [resent, setResent] = useState<string | null>(null);
  const invitations = data?.invitations ?? [];

  async function resendTo(id: string) {
    setResent(null);
    const r = await resend({ input: { invitationId: id, departmentCode: code } });
    if (!r.error) {
      setResent(r.data.resendInvitation.email);
      void refetch();
    }
  }

  return (
    <>
      <PageTitle
        title={`Invitations du département ${code}`}
        lead="Les invitations envoyées pour ce département et ce que sont devenus leurs courriels."
      />
      <p>
        <Link to="../.." relative="path" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Tous les départements
        </Link>
      </p>
      <ErrorAlert error={error} />
      <ErrorAlert error={resendError} />
      {resent && (
        <Alert
          severity="success"
          small
          className="fr-mb-2w"
          description={`Invitation renvoyée à ${resent} avec un nouveau lien ; l’ancien lien ne fonctionne plus.`}
        />
      )}
      {loading && !data && <Loading label="Chargement des invitations…" />}
      {data && invitations.length === 0 && <p>Aucune invitation pour ce département.</p>}
      {invitations.length > 0 && (
        <ScrollTable
          caption={`Invitations du département ${code}, les plus récentes en premier`}
          noCaption
          bordered
          headers={["Adresse électronique", "Rôle", "Envoyée le", "État", "Courriel", "Action"]}
          data={invitations.map((i) => [
            i.email,
            ROLE_LABELS[i.role],
            formatDateTime(i.createdAt),
            <Badge as="span" small severity={INVITATION_STATUS[i.status].severity}>
              {INVITATION_STATUS[i.status].label}
            </Badge>,
            <MailDelivery delivery={i.delivery} />,
            i.status === "PENDING" || i.status === "EXPIRED" ? (
              <Button size="small" priority="secondary" disabled={resending} onClick={() => void resendTo(i.id)}>
                Renvoyer<span className="fr-sr-only"> l’invitation à {i.email}</span>
              </Button>
            ) : (
              "—"
            ),
          ])}
        />
      )}
    </>
  );
}
