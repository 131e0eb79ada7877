import { useState, type FormEvent } from "react";
import { ScrollTable } from "../../components/ScrollTable";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { PageTitle } from "../../components/PageTitle";
import { Loading } from "../../components/Loading";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formatDate, formatDateTime } from "../../components/dates";
import { fieldError, isFieldError } from "../../api/errors";
import { useMutation, useQuery } from "../../api/hooks";
import type { Role } from "../../gql/graphql";
import { ROLE_LABELS } from "../../session/memberships";
import { inviteMemberMutation, resendMemberInvitationMutation, teamQuery } from "./operations";
import { MailDelivery } from "../../components/MailDelivery";
import { INVITATION_STATUS } from "../../labels";
import { PageError } from "./Errors";
import { useInForceDepartments, useIsAdmin } from "./useAssociation";
import { useSpace } from "../useSpace";
import { useSession } from "../../session/SessionContext";
import { useRevokeRole } from "../../components/RevokeRole";
import { WORKER_DEPARTMENTS_FORM_ID, WorkerDepartmentsForm, type Worker } from "./WorkerDepartments";

const ROLE: Record<string, string> = { ASSOCIATION_ADMIN: "Administrateur", ASSOCIATION_WORKER: "Intervenant" };

export function TeamPage() {
  const isAdmin = useIsAdmin();
  if (!isAdmin) {
    return (
      <>
        <PageTitle title="Équipe" />
        <Alert
          severity="info"
          as="h2"
          title="Page réservée aux administrateurs"
          description="Seuls les administrateurs de l’association consultent l’équipe et invitent de nouveaux membres."
        />
      </>
    );
  }
  return <Team />;
}

function Team() {
  const { associationId } = useSpace();
  const { data, error, loading, refetch } = useQuery(teamQuery, { associationId: associationId ?? "" }, { skip: !associationId });
  const { departments } = useInForceDepartments();
  const { viewer } = useSession();
  const revoke = useRevokeRole(() => refetch());
  const [invite, { error: inviteError, loading: inviting }] = useMutation(inviteMemberMutation);
  const [resend, { error: resendError, loading: resending }] = useMutation(resendMemberInvitationMutation);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("ASSOCIATION_WORKER");
  const [limit, setLimit] = useState<string[]>([]);
  const [sent, setSent] = useState<string | null>(null);
  const [missingEmail, setMissingEmail] = useState(false);
  const [editing, setEditing] = useState<Worker | null>(null);
  const [departmentsSaved, setDepartmentsSaved] = useState<string | null>(null);

  const editButtonId = (userId: string) => `team-edit-departments-${userId}`;
  function closeEditing(message: string | null) {
    const opener = editing ? editButtonId(editing.userId) : null;
    setEditing(null);
    setDepartmentsSaved(message);
    if (message) {
      void refetch();
      setTimeout(() => document.getElementById("team-departments-saved")?.focus(), 0);
    } else if (opener) {
      setTimeout(() => document.getElementById(opener)?.focus(), 0);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSent(null);
    if (!email.trim()) {
      setMissingEmail(true);
      document.getElementById("team-email")?.focus();
      return;
    }
    setMissingEmail(false);
    const r = await invite({
      input: {
        associationId: associationId ?? "",
        email: email.trim(),
        role,
        departmentCodes: role === "ASSOCIATION_WORKER" && limit.length > 0 ? limit : null,
      },
    });
    if (!r.error) {
      setSent(`Invitation envoyée à ${r.data.inviteAssociationMember.email}.`);
      setEmail("");
      setLimit([]);
      void refetch();
      setTimeout(() => document.getElementById("team-sent")?.focus(), 0);
    }
  }

  const depName = (c: string) => departments?.find((d) => d.code === c)?.name ?? c;

  return (
    <>
      <PageTitle title="Équipe" lead="Les membres de l’association sur CDLP et les invitations envoyées." />
      <PageError error={error} what="à l’équipe de l’association" />
      {loading && !data && <Loading label="Chargement de l’équipe…" />}
      {data && (
        <>
          {revoke.feedback}
          <div id="team-departments-saved" tabIndex={-1}>
            {departmentsSaved && <Alert severity="success" small className="fr-mb-2w" description={departmentsSaved} />}
          </div>
          <ScrollTable
            caption="Membres de l’équipe"
            noCaption={false}
            bordered
            headers={["Nom", "Courriel", "Rôle", "Départements", "Depuis le", "Action"]}
            data={data.associationMembers.map((m) => [
              m.displayName,
              m.email,
              ROLE[m.role] ?? m.role,
              m.departmentCodes ? m.departmentCodes.map(depName).join(", ") : "Tous",
              formatDate(m.since),
              m.userId === viewer?.id ? (
                "Votre compte"
              ) : (
                <div key="actions" className="cdlp-row-actions">
                  {m.role === "ASSOCIATION_WORKER" && (
                    <Button
                      size="small"
                      priority="tertiary"
                      iconId="fr-icon-map-pin-2-line"
                      nativeButtonProps={{
                        id: editButtonId(m.userId),
                        "aria-expanded": editing?.userId === m.userId,
                        "aria-controls": editing?.userId === m.userId ? WORKER_DEPARTMENTS_FORM_ID : undefined,
                        onClick: () => {
                          setDepartmentsSaved(null);
                          setEditing({ userId: m.userId, displayName: m.displayName, departmentCodes: m.departmentCodes ?? null });
                        },
                      }}
                    >
                      Modifier les départements<span className="fr-sr-only"> de {m.displayName}</span>
                    </Button>
                  )}
                  {revoke.button({
                    userId: m.userId,
                    displayName: m.displayName,
                    role: m.role,
                    roleLabel: ROLE_LABELS[m.role],
                    associationId: associationId ?? "",
                  })}
                </div>
              ),
            ])}
          />
          {editing && departments && (
            <WorkerDepartmentsForm
              key={editing.userId}
              associationId={associationId ?? ""}
              worker={editing}
              departments={departments}
              onCancel={() => closeEditing(null)}
              onDone={(message) => closeEditing(message)}
            />
          )}
          {revoke.modal}
          <h2 className="fr-h4 fr-mt-4w">Invitations</h2>
          <ErrorAlert error={resendError} />
          {data.associationInvitations.length === 0 ? (
            <p>Aucune invitation envoyée.</p>
          ) : (
            <ScrollTable
              caption="Invitations envoyées"
              bordered
              headers={["Courriel", "Rôle", "Départements", "Envoyée le", "Valable jusqu’au", "État", "Distribution", "Action"]}
              data={data.associationInvitations.map((i) => [
                i.email,
                ROLE[i.role] ?? i.role,
                i.departmentCodes ? i.departmentCodes.map(depName).join(", ") : "Tous",
                formatDateTime(i.createdAt),
                formatDateTime(i.expiresAt),
                <Badge as="span" key="s" small severity={i.status === "ACCEPTED" ? "success" : i.status === "PENDING" ? "info" : undefined} noIcon={i.status !== "ACCEPTED" && i.status !== "PENDING"}>
                  {INVITATION_STATUS[i.status]?.label ?? i.status}
                </Badge>,
                <MailDelivery key="d" delivery={i.delivery} />,
                i.status === "PENDING" || i.status === "EXPIRED" ? (
                  <Button
                    key="r"
                    size="small"
                    priority="secondary"
                    disabled={resending}
                    onClick={() =>
                      void resend({ input: { invitationId: i.id, associationId: associationId ?? "" } }).then((r) => {
                        if (!r.error) void refetch();
                      })
                    }
                  >
                    Renvoyer<span className="fr-sr-only"> l’invitation à {i.email}</span>
                  </Button>
                ) : (
                  "—"
                ),
              ])}
            />
          )}
        </>
      )}

      <form onSubmit={(e) => void submit(e)} noValidate className="fr-mt-6w" aria-labelledby="team-invite-title">
        <h2 id="team-invite-title" className="fr-h4">
          Inviter un membre de l’équipe
        </h2>
        <div id="team-sent" tabIndex={-1}>
          {sent && <Alert severity="success" small className="fr-mb-2w" description={sent} />}
        </div>
        {inviteError && !isFieldError(inviteError, "email", "role", "departmentCodes") && <ErrorAlert error={inviteError} />}
        <Input
          label="Adresse électronique"
          hintText="Format attendu : nom@domaine.fr"
          {...(missingEmail ? { state: "error" as const, stateRelatedMessage: "L’adresse électronique est obligatoire." } : {})}
          {...fieldError(inviteError, "email")}
          nativeInputProps={{ id: "team-email", type: "email", autoComplete: "off", value: email, onChange: (e) => setEmail(e.target.value) }}
        />
        <RadioButtons
          legend="Rôle"
          {...fieldError(inviteError, "role")}
          options={[
            {
              label: "Administrateur",
              hintText: "Gère l’équipe et les agréments, et suit tous les dossiers",
              nativeInputProps: { checked: role === "ASSOCIATION_ADMIN", onChange: () => setRole("ASSOCIATION_ADMIN") },
            },
            {
              label: "Intervenant",
              hintText: "Dépose et suit les dossiers",
              nativeInputProps: { checked: role === "ASSOCIATION_WORKER", onChange: () => setRole("ASSOCIATION_WORKER") },
            },
          ]}
        />
        {role === "ASSOCIATION_WORKER" && departments && departments.length > 0 && (
          <Checkbox
            legend="Limiter aux départements (facultatif)"
            hintText="Sans choix, l’intervenant accède à tous les départements de l’association."
            {...fieldError(inviteError, "departmentCodes")}
            options={departments.map((d) => ({
              label: `${d.code} — ${d.name}`,
              nativeInputProps: {
                checked: limit.includes(d.code),
                onChange: (e) => setLimit((l) => (e.target.checked ? [...l, d.code] : l.filter((x) => x !== d.code))),
              },
            }))}
          />
        )}
        <Button type="submit" iconId="fr-icon-mail-line" disabled={inviting}>
          {inviting ? "Envoi…" : "Envoyer l’invitation"}
        </Button>
      </form>
    </>
  );
}
