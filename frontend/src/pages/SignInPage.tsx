import { useEffect, useState, type FormEvent } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { PageTitle } from "../components/PageTitle";
import { ErrorAlert } from "../components/ErrorAlert";
import { fieldError, isFieldError } from "../api/errors";
import { useMutation } from "../api/hooks";
import { loginMutation } from "../api/operations";
import { useSession } from "../session/SessionContext";
import { spaceHomePath } from "../session/memberships";
import { peekSignInNotice, setSignInNotice } from "../session/storage";
import type { ApiError } from "../api/client";

export function SignInPage() {
  const { status, activeMembership, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [notice] = useState(() => peekSignInNotice());
  useEffect(() => setSignInNotice(null), []);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [login, { loading }] = useMutation(loginMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [busy, setBusy] = useState(false);

  if (status === "ready" && activeMembership && !busy) {
    return <Navigate to={from ?? spaceHomePath(activeMembership)} replace />;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const m = { email: email.trim() === "", password: password === "" };
    setMissing(m);
    if (m.email || m.password) {
      document.getElementById(m.email ? "signin-email" : "signin-password")?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    const r = await login({ email: email.trim(), password });
    if (r.error) {
      setBusy(false);
      setError(r.error);
      return;
    }
    const s = await signIn(r.data.login);
    setBusy(false);
    if ("error" in s) {
      setError(s.error);
      return;
    }
    navigate(from ?? (s.active ? spaceHomePath(s.active) : "/"), { replace: true });
  }

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <PageTitle title="Connexion à CDLP" />
        {notice && (
          <Alert severity="info" as="h2" className="fr-mb-4w" title="Session terminée" description={notice} />
        )}
        {error && !isFieldError(error, "email", "password") && (
          <ErrorAlert
            error={error}
            title={error.code === "UNAUTHENTICATED" ? "Identifiants incorrects" : undefined}
          />
        )}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <fieldset className="fr-fieldset">
            <legend className="fr-fieldset__legend">Se connecter avec son compte</legend>
            <div className="fr-fieldset__element">
              <Input
                label="Adresse électronique"
                hintText="Format attendu : nom@domaine.fr"
                {...(missing.email
                  ? { state: "error" as const, stateRelatedMessage: "Saisissez votre adresse électronique." }
                  : fieldError(error, "email"))}
                nativeInputProps={{
                  id: "signin-email",
                  type: "email",
                  name: "email",
                  autoComplete: "username",
                  required: true,
                  value: email,
                  onChange: (e) => setEmail(e.target.value),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <PasswordInput
                label="Mot de passe"
                messagesHint=""
                {...(missing.password
                  ? { messages: [{ message: "Saisissez votre mot de passe.", severity: "error" as const }] }
                  : isFieldError(error, "password")
                    ? { messages: [{ message: error!.message, severity: "error" as const }] }
                    : {})}
                nativeInputProps={{
                  id: "signin-password",
                  name: "password",
                  autoComplete: "current-password",
                  required: true,
                  value: password,
                  onChange: (e) => setPassword(e.target.value),
                }}
              />
            </div>
          </fieldset>
          <Button type="submit" disabled={loading || busy}>
            {loading || busy ? "Connexion en cours…" : "Se connecter"}
          </Button>
        </form>
        <p className="fr-mt-4w fr-text--sm">
          Pas encore de compte ? L’accès à CDLP se fait sur invitation : demandez-la à
          l’administrateur de votre préfecture ou de votre association, puis suivez le lien reçu
          par courriel.
        </p>
      </div>
    </div>
  );
}
