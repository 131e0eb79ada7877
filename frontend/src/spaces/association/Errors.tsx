import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ApiError } from "../../api/client";
import { ErrorAlert } from "../../components/ErrorAlert";

/** An API error; FORBIDDEN is worded plainly (a worker limited to some départements). */
export function PageError({ error, what }: { error: ApiError | null | undefined; what?: string }) {
  if (!error) return null;
  if (error.code === "FORBIDDEN") {
    return (
      <Alert
        severity="info"
        className="fr-mb-4w"
        title="Accès non autorisé"
        description={`Vous n’avez pas accès ${what ?? "à ces informations"}. Si vous pensez qu’il s’agit d’une erreur, contactez l’administrateur de votre association.`}
      />
    );
  }
  return <ErrorAlert error={error} />;
}
