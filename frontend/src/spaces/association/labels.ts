import type { DossierQueue } from "../../gql/graphql";

/** The association's work lists (dossiers page select and home page). */
export const QUEUE_LABELS: Partial<Record<DossierQueue, string>> = {
  TO_COMPLETE: "Brouillons et dossiers à compléter",
  TO_SCHEDULE: "Déposés, en attente d’inscription",
  ON_AGENDA: "Inscrits à l’ordre du jour",
  AWAITING_DECISION: "En attente de décision",
  IN_PROGRESS: "Parcours en cours",
  RENEWALS_DUE: "Renouvellements à demander (30 jours)",
  PERIODS_ENDED: "Périodes échues",
  CLOSED: "Clos",
  TO_TRANSFER: "À transférer",
};
