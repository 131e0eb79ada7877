import { useState, type FormEvent } from "react";
import { useNavigate, useParams } from "react-router";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { PageTitle } from "../components/PageTitle";
import { ErrorAlert } from "../components/ErrorAlert";
import { fieldError, isFieldError } from "../api/errors";
import { useMutation } from "../api/hooks";
import { acceptInvitationMutation } from "../api/operations";
import { useSession } from "../session/SessionContext";
import { spaceHomePath } from "../session/memberships";
import type { ApiError } from "../api/client";

/** The password rule of cdlp-domain (password.rs): 12 to 128 characters, no composition rule. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** /invitation/:token — the link of the invitation e-mail. */
export function InvitationPage() {
  const { token = "" } = useParams();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [accept, { loading }] = useMutation(acceptInvitationMutation);
  const [error, setError] = useState<ApiError | null>(null);

  const length = [...password].length;
  const nameMissing = submitted && name.trim() === "";
  const tooShort = length < PASSWORD_MIN;
  const tooLong = length > PASSWORD_MAX;
  const mismatch = confirmation !== password;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (name.trim() === "") return void document.getElementById("invitation-name")?.focus();
    if (tooShort || tooLong) return void document.getElementById("invitation-password")?.focus();
    if (mismatch) return void document.getElementById("invitation-confirmation")?.focus();
    setError(null);
    const r = await accept({ token, password, name: name.trim() });
    if (r.error) {
      setError(r.error);
      return;
    }
    const s = await signIn(r.data.acceptInvitation);
    if ("error" in s) {
      setError(s.error);
      return;
    }
    navigate(s.active ? spaceHomePath(s.active) : "/", { replace: true });
  }

  const passwordServerError = isFieldError(error, "password") ? error!.message : null;

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <PageTitle
          title="Activer votre compte"
          lead="Vous avez été invité à rejoindre CDLP. Choisissez votre mot de passe pour activer votre compte."
        />
        {error && !isFieldError(error, "name", "password") && (
          <ErrorAlert
            error={error}
            title={
              error.code === "NOT_FOUND" || isFieldError(error, "token")
                ? "Invitation non valable"
                : error.code === "CONFLICT"
                  ? "Invitation déjà utilisée"
                  : undefined
            }
          />
        )}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <fieldset className="fr-fieldset">
            <legend className="fr-fieldset__legend">Vos informations</legend>
            <div className="fr-fieldset__element">
              <Input
                label="Prénom et nom"
                hintText="Tel qu’il apparaîtra à vos collègues"
                {...(nameMissing
                  ? { state: "error" as const, stateRelatedMessage: "Saisissez votre prénom et votre nom." }
                  : fieldError(error, "name"))}
                nativeInputProps={{
                  id: "invitation-name",
                  name: "name",
                  autoComplete: "name",
                  required: true,
                  value: name,
                  onChange: (e) => setName(e.target.value),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <PasswordInput
                label="Mot de passe"
                messagesHint="Votre mot de passe doit contenir :"
                messages={[
                  {
                    message: `entre ${PASSWORD_MIN} et ${PASSWORD_MAX} caractères (une phrase de passe facile à retenir convient très bien)`,
                    severity:
                      password === "" && !submitted ? "info" : tooShort || tooLong ? "error" : "valid",
                  },
                  ...(passwordServerError ? [{ message: passwordServerError, severity: "error" as const }] : []),
                ]}
                nativeInputProps={{
                  id: "invitation-password",
                  name: "password",
                  autoComplete: "new-password",
                  required: true,
                  value: password,
                  onChange: (e) => setPassword(e.target.value),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <PasswordInput
                label="Confirmation du mot de passe"
                messagesHint=""
                {...(submitted && mismatch
                  ? { messages: [{ message: "Les deux mots de passe ne sont pas identiques.", severity: "error" as const }] }
                  : {})}
                nativeInputProps={{
                  id: "invitation-confirmation",
                  name: "confirmation",
                  autoComplete: "new-password",
                  required: true,
                  value: confirmation,
                  onChange: (e) => setConfirmation(e.target.value),
                }}
              />
            </div>
          </fieldset>
          <Button type="submit" disabled={loading}>
            {loading ? "Activation en cours…" : "Activer mon compte"}
          </Button>
        </form>
      </div>
    </div>
  );
}
