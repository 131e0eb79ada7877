import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ApiError } from "../../../api/client";
import { isFieldError } from "../../../api/errors";
import { ErrorAlert } from "../../../components/ErrorAlert";

/**
 * A stale version: someone changed the dossier since it was loaded (the only CONFLICT of these
 * actions; a duplicate decision reference is a BAD_USER_INPUT on `reference`, see fieldError).
 */
export function isStaleVersion(error: ApiError | null | undefined): boolean {
  return !!error && error.code === "CONFLICT";
}

export type MutationFeedbackProps = {
  error: ApiError | null | undefined;
  /** Fields whose errors are shown next to them (not repeated here). */
  fields: string[];
  /** Reloads the dossier (after a CONFLICT). */
  onReload: () => void;
  /** The reload is in progress. */
  reloading?: boolean;
};

/**
 * The error of a dossier action, above its form: a stale version says that someone changed the
 * dossier meanwhile and offers to reload it; field errors are left to the fields.
 */
export function MutationFeedback({ error, fields, onReload, reloading }: MutationFeedbackProps) {
  if (!error) return null;
  if (isStaleVersion(error)) {
    return (
      <Alert
        severity="warning"
        role="alert"
        className="fr-mb-3w"
        title="Le dossier a été modifié entre-temps"
        description={
          <>
            Quelqu’un a modifié ce dossier depuis que vous l’avez ouvert : votre action n’a pas été enregistrée.
            Rechargez le dossier pour voir ses dernières données, vérifiez que l’action est toujours utile, puis
            validez à nouveau (votre saisie est conservée).
            <br />
            <Button
              type="button"
              priority="secondary"
              size="small"
              className="fr-mt-2w"
              iconId="fr-icon-refresh-line"
              onClick={onReload}
              disabled={reloading}
            >
              {reloading ? "Rechargement…" : "Recharger le dossier"}
            </Button>
          </>
        }
      />
    );
  }
  if (isFieldError(error, ...fields)) return null;
  return <ErrorAlert error={error} className="fr-mb-3w" />;
}
