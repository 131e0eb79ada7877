import { useState, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { PageTitle } from "../../components/PageTitle";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { formatDate, formatDateTime, todayNaive } from "../../components/dates";
import { fieldError, isFieldError } from "../../api/errors";
import { useMutation, useQuery } from "../../api/hooks";
import { ROLE_LABELS } from "../../session/memberships";
import { INVITATION_STATUS } from "../../labels";
import { departmentsQuery, onboardDepartmentMutation } from "./operations";

/** The law of 13 April 2016 created the commissions. */
const LAW_DATE = "2016-04-13";

export function OnboardPage() {
  const [params] = useSearchParams();
  const departments = useQuery(departmentsQuery, {});
  const [onboard, { data: result, error, loading, reset: resetMutation }] = useMutation(onboardDepartmentMutation);

  const [departmentCode, setDepartmentCode] = useState(params.get("departement") ?? "");
  const [installedOn, setInstalledOn] = useState("");
  const [arreteReference, setArreteReference] = useState("");
  const [adminEmail, setAdminEmail] = useState("");
  const [missing, setMissing] = useState<string[]>([]);

  const pending = [...(departments.data?.departments ?? [])]
    .filter((d) => !d.onboarded)
    .sort((a, b) => a.sortKey - b.sortKey);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const empty = [
      !departmentCode && "departmentCode",
      !installedOn && "installedOn",
      !arreteReference.trim() && "arreteReference",
      !adminEmail.trim() && "adminEmail",
    ].filter((x): x is string => !!x);
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(`onboard-${empty[0]}`)?.focus();
      return;
    }
    const r = await onboard({
      input: {
        departmentCode,
        installedOn,
        arreteReference: arreteReference.trim(),
        adminEmail: adminEmail.trim(),
      },
    });
    if (!r.error) {
      void departments.refetch();
      document.getElementById("onboard-result")?.focus();
    }
  }

  function reset() {
    setDepartmentCode("");
    setInstalledOn("");
    setArreteReference("");
    setAdminEmail("");
    setMissing([]);
  }

  const required = (field: string, label: string) =>
    missing.includes(field) ? { state: "error" as const, stateRelatedMessage: `${label} est obligatoire.` } : {};

  if (result) {
    const { department, commission, invitation } = result.onboardDepartment;
    return (
      <>
        <PageTitle title="Département installé" documentTitle={`${department.name} installé`} />
        <div id="onboard-result" tabIndex={-1}>
          <Alert
            severity="success"
            as="h2"
            className="fr-mb-4w"
            title={`${department.name} (${department.code}) est installé sur CDLP`}
            description={`Commission installée le ${formatDate(commission.installedOn)}. Référence de l’arrêté : ${commission.arreteReference}.`}
          />
          <h2 className="fr-h4">Invitation envoyée</h2>
          <dl className="cdlp-dl">
            <dt>Destinataire</dt>
            <dd>{invitation.email}</dd>
            <dt>Rôle</dt>
            <dd>
              {ROLE_LABELS[invitation.role]} — département {invitation.departmentCode}
            </dd>
            <dt>État</dt>
            <dd>{INVITATION_STATUS[invitation.status]?.label ?? invitation.status}</dd>
            <dt>Envoyée le</dt>
            <dd>{formatDateTime(invitation.createdAt)}</dd>
            <dt>Valable jusqu’au</dt>
            <dd>{formatDateTime(invitation.expiresAt)}</dd>
          </dl>
          <p>
            La personne invitée reçoit un courriel contenant un lien personnel. En le suivant, elle
            choisit son mot de passe et devient administratrice de la préfecture ; elle pourra
            ensuite inviter ses collègues.
          </p>
        </div>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button linkProps={{ to: "/operateur" }}>Retour à la liste des départements</Button>
          </li>
          <li>
            <Button
              priority="secondary"
              onClick={() => {
                reset();
                resetMutation();
              }}
            >
              Installer un autre département
            </Button>
          </li>
        </ul>
      </>
    );
  }

  return (
    <>
      <PageTitle
        title="Installer un département"
        lead="Installez la commission d’un département et invitez le premier administrateur de sa préfecture."
      />
      <ErrorAlert error={departments.error} />
      {departments.loading && !departments.data && <Loading label="Chargement des départements…" />}
      {departments.data && pending.length === 0 && (
        <EmptyState
          title="Tous les départements sont installés"
          action={{ label: "Voir la liste des départements", linkProps: { to: "/operateur" } }}
        >
          Il n’y a plus de département à installer.
        </EmptyState>
      )}
      {departments.data && pending.length > 0 && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-describedby="onboard-required">
          <p id="onboard-required" className="fr-hint-text">
            Tous les champs sont obligatoires.
          </p>
          {error && !isFieldError(error, "departmentCode", "installedOn", "arreteReference", "adminEmail") && (
            <ErrorAlert error={error} />
          )}
          <fieldset className="fr-fieldset">
            <legend className="fr-fieldset__legend">Commission départementale</legend>
            <div className="fr-fieldset__element">
              <Select
                label="Département"
                {...required("departmentCode", "Le département")}
                {...fieldError(error, "departmentCode")}
                nativeSelectProps={{
                  id: "onboard-departmentCode",
                  name: "departmentCode",
                  required: true,
                  value: departmentCode,
                  onChange: (e) => setDepartmentCode(e.target.value),
                }}
              >
                <option value="" disabled>
                  Sélectionnez un département
                </option>
                {pending.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.code} — {d.name}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-fieldset__element">
              <Input
                label="Date d’installation de la commission"
                hintText="Entre le 13/04/2016 et aujourd’hui"
                {...required("installedOn", "La date d’installation")}
                {...fieldError(error, "installedOn")}
                nativeInputProps={{
                  id: "onboard-installedOn",
                  name: "installedOn",
                  type: "date",
                  required: true,
                  min: LAW_DATE,
                  max: todayNaive(),
                  value: installedOn,
                  onChange: (e) => setInstalledOn(e.target.value),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <Input
                label="Référence de l’arrêté préfectoral fixant sa composition"
                hintText="Par exemple : arrêté n° 2026-00123 du 12 janvier 2026"
                {...required("arreteReference", "La référence de l’arrêté")}
                {...fieldError(error, "arreteReference")}
                nativeInputProps={{
                  id: "onboard-arreteReference",
                  name: "arreteReference",
                  required: true,
                  maxLength: 300,
                  value: arreteReference,
                  onChange: (e) => setArreteReference(e.target.value),
                }}
              />
            </div>
          </fieldset>
          <fieldset className="fr-fieldset">
            <legend className="fr-fieldset__legend">Premier administrateur de la préfecture</legend>
            <div className="fr-fieldset__element">
              <Input
                label="Adresse électronique"
                hintText="Une invitation lui sera envoyée. Format attendu : nom@domaine.fr"
                {...required("adminEmail", "L’adresse électronique")}
                {...fieldError(error, "adminEmail")}
                nativeInputProps={{
                  id: "onboard-adminEmail",
                  name: "adminEmail",
                  type: "email",
                  autoComplete: "off",
                  required: true,
                  value: adminEmail,
                  onChange: (e) => setAdminEmail(e.target.value),
                }}
              />
            </div>
          </fieldset>
          <Button type="submit" disabled={loading} iconId="fr-icon-check-line">
            {loading ? "Installation en cours…" : "Installer le département"}
          </Button>
        </form>
      )}
    </>
  );
}
