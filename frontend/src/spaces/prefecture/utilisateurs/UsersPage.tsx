import { useState, type FormEvent } from "react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { ScrollTable } from "../../../components/ScrollTable";
import { PageTitle } from "../../../components/PageTitle";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { EmptyState } from "../../../components/EmptyState";
import { formatDate, formatDateTime } from "../../../components/dates";
import { fieldError, isFieldError } from "../../../api/errors";
import { useMutation, useQuery } from "../../../api/hooks";
import { INVITABLE_BY, ROLE_LABELS } from "../../../session/memberships";
import type { Role } from "../../../gql/graphql";
import { INVITATION_STATUS } from "../../../labels";
import { useSpace } from "../../useSpace";
import { useSession } from "../../../session/SessionContext";
import { useRevokeRole } from "../../../components/RevokeRole";
import { departmentUsersQuery, invitationsQuery, inviteUserMutation, resendInvitationMutation } from "./operations";
import { MailDelivery } from "../../../components/MailDelivery";

export function UsersPage() {
  const { departmentCode = "", membership } = useSpace();
  const isAdmin = membership.role === "PREFECTURE_ADMIN";
  // Only the roles this person may grant (an agent invites commission members only).
  const invitable = INVITABLE_BY[membership.role];
  const users = useQuery(departmentUsersQuery, { departmentCode }, { skip: !isAdmin });
  const { viewer } = useSession();
  const revoke = useRevokeRole(() => users.refetch());
  const invitations = useQuery(invitationsQuery, { departmentCode });
  const [invite, { loading, error }] = useMutation(inviteUserMutation);
  const [resend, { loading: resending, error: resendError }] = useMutation(resendInvitationMutation);
  const [resent, setResent] = useState<string | null>(null);

  async function resendTo(id: string) {
    setResent(null);
    const r = await resend({ input: { invitationId: id, departmentCode } });
    if (!r.error) {
      setResent(r.data.resendInvitation.email);
      void invitations.refetch();
    }
  }
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role | "">(invitable.length === 1 ? invitable[0] : "");
  const [missing, setMissing] = useState<string[]>([]);
  const [sent, setSent] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSent(null);
    const empty = [!email.trim() && "email", !role && "role"].filter((x): x is string => !!x);
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(`invite-${empty[0]}`)?.focus();
      return;
    }
    const r = await invite({ input: { email: email.trim(), role: role as Role, departmentCode } });
    if (!r.error) {
      setSent(r.data.inviteUser.email);
      setEmail("");
      setRole(invitable.length === 1 ? invitable[0] : "");
      void invitations.refetch();
      setTimeout(() => document.getElementById("invite-sent")?.focus(), 0);
    } else if (r.error.field === "email" || r.error.field === "role") {
      document.getElementById(`invite-${r.error.field}`)?.focus();
    }
  }

  const required = (field: string, label: string) =>
    missing.includes(field) ? { state: "error" as const, stateRelatedMessage: `${label} est obligatoire.` } : {};

  const invitationList = invitations.data?.invitations ?? [];
  const userList = [...(users.data?.departmentUsers ?? [])].sort((a, b) =>
    a.displayName.localeCompare(b.displayName, "fr"),
  );

  return (
    <>
      <PageTitle
        title="Utilisateurs"
        lead={
          isAdmin
            ? "Les personnes qui ont un rôle dans le département et les invitations envoyées."
            : "Les invitations envoyées. La liste des personnes ayant un rôle est réservée aux administrateurs de préfecture."
        }
      />

      <h2 className="fr-h4">Inviter une personne</h2>
      {sent && (
        <div id="invite-sent" tabIndex={-1}>
          <Alert
            severity="success"
            className="fr-mb-2w"
            title={`Invitation envoyée à ${sent}`}
            description="La personne reçoit un courriel contenant un lien personnel, valable pour une durée limitée."
          />
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="fr-mb-6w">
        {error && !isFieldError(error, "email", "role") && <ErrorAlert error={error} />}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label="Adresse électronique"
              hintText="Format attendu : nom@domaine.fr"
              {...required("email", "L’adresse électronique")}
              {...fieldError(error, "email")}
              nativeInputProps={{
                id: "invite-email",
                type: "email",
                autoComplete: "off",
                required: true,
                value: email,
                onChange: (e) => setEmail(e.target.value),
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Select
              label="Rôle"
              {...required("role", "Le rôle")}
              {...fieldError(error, "role")}
              nativeSelectProps={{
                id: "invite-role",
                required: true,
                value: role,
                onChange: (e) => setRole(e.target.value as Role),
              }}
            >
              <option value="" disabled>
                Sélectionnez un rôle
              </option>
              {invitable.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <Button type="submit" disabled={loading} iconId="fr-icon-mail-line">
          Envoyer l'invitation
        </Button>
      </form>

      {isAdmin && (
        <>
          <h2 className="fr-h4">Personnes ayant un rôle dans le département</h2>
          <ErrorAlert error={users.error} />
          {revoke.feedback}
          {users.loading && !users.data && <Loading label="Chargement des utilisateurs…" />}
          {users.data && userList.length === 0 && (
            <EmptyState title="Personne n’a encore de rôle dans ce département" as="h3">
              Invitez vos collègues avec le formulaire ci-dessus.
            </EmptyState>
          )}
          {userList.length > 0 && (
            <ScrollTable
              caption="Utilisateurs du département"
              noCaption
              bordered
              headers={["Nom", "Adresse électronique", "Rôle", "Depuis le", "Action"]}
              data={userList.map((u) => [
                u.displayName,
                u.email,
                ROLE_LABELS[u.role],
                formatDate(u.since),
                u.userId === viewer?.id
                  ? "Votre compte"
                  : revoke.button({
                      userId: u.userId,
                      displayName: u.displayName,
                      role: u.role,
                      roleLabel: ROLE_LABELS[u.role],
                      departmentCode,
                    }),
              ])}
            />
          )}
          {revoke.modal}
        </>
      )}

      <h2 className="fr-h4 fr-mt-4w">Invitations</h2>
      <ErrorAlert error={invitations.error} />
      <ErrorAlert error={resendError} />
      {resent && (
        <Alert
          severity="success"
          small
          className="fr-mb-2w"
          description={`Invitation renvoyée à ${resent} avec un nouveau lien ; l’ancien lien ne fonctionne plus.`}
        />
      )}
      {invitations.loading && !invitations.data && <Loading label="Chargement des invitations…" />}
      {invitations.data && invitationList.length === 0 && (
        <EmptyState title="Aucune invitation envoyée" as="h3">
          Pour donner accès à CDLP à un collègue ou à un membre de la commission, envoyez-lui une invitation.
        </EmptyState>
      )}
      {invitationList.length > 0 && (
        <ScrollTable
          caption="Invitations, les plus récentes en premier"
          noCaption
          bordered
          headers={["Adresse électronique", "Rôle", "Envoyée le", "Valable jusqu’au", "État", "Courriel", "Action"]}
          data={invitationList.map((i) => [
            i.email,
            ROLE_LABELS[i.role],
            formatDateTime(i.createdAt),
            formatDateTime(i.expiresAt),
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
