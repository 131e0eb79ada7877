import type { ApiError } from "./client";

/** Plain-French wording for each error code, used when the server sent no message. */
export const ERROR_TITLES: Record<ApiError["code"], string> = {
  UNAUTHENTICATED: "Session expirée",
  FORBIDDEN: "Accès refusé",
  NOT_FOUND: "Introuvable",
  BAD_USER_INPUT: "Saisie à corriger",
  CONFLICT: "Modification concurrente",
  RATE_LIMITED: "Trop de tentatives",
  INTERNAL: "Erreur du service",
  NETWORK: "Service injoignable",
};

/** What the person can do next, by error code. */
export const ERROR_HINTS: Partial<Record<ApiError["code"], string>> = {
  FORBIDDEN: "Vérifiez l’espace actif dans l’en-tête ou demandez l’accès à votre administrateur.",
  CONFLICT: "Quelqu’un a modifié ces données entre-temps : rechargez la page puis recommencez.",
  RATE_LIMITED: "Patientez quelques minutes avant de réessayer.",
  INTERNAL: "Réessayez dans quelques instants ; si le problème persiste, contactez le support.",
  NETWORK: "Vérifiez votre connexion puis réessayez.",
};

/**
 * Props for a react-dsfr Input/Select so that a BAD_USER_INPUT error on `field` is shown next
 * to that field: `<Input label="Courriel" {...fieldError(error, "email")} />`.
 * `field` may list several names (the server's name and a local alias).
 */
export function fieldError(
  error: ApiError | null | undefined,
  ...fields: string[]
): { state?: "error"; stateRelatedMessage?: string } {
  if (!error || error.code !== "BAD_USER_INPUT" || !error.field) return {};
  if (!fields.includes(error.field)) return {};
  return { state: "error", stateRelatedMessage: error.message };
}

/** True when the error is shown next to one of these fields (so a page need not repeat it). */
export function isFieldError(error: ApiError | null | undefined, ...fields: string[]): boolean {
  return !!error && error.code === "BAD_USER_INPUT" && !!error.field && fields.includes(error.field);
}
