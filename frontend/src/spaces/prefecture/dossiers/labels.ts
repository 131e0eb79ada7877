import type { DossierQueue } from "../../../gql/graphql";

export type QueueInfo = {
  queue: DossierQueue;
  /** Tile title and select option. */
  label: string;
  /** What the list holds. */
  description: string;
  /** Shown when the list is empty: what happens next. */
  whenEmpty: string;
};

/** The work lists, in the order of the dashboard (then the two reference lists). */
export const QUEUES: readonly QueueInfo[] = [
  {
    queue: "TO_COMPLETE",
    label: "À compléter",
    description: "Brouillons des associations et dossiers renvoyés pour complément.",
    whenEmpty:
      "Aucun dossier en cours de rédaction ou renvoyé. Les dossiers que vous renverrez pour complément apparaîtront ici.",
  },
  {
    queue: "TO_SCHEDULE",
    label: "À programmer",
    description: "Dossiers transmis par les associations, à inscrire à l’ordre du jour d’une séance.",
    whenEmpty: "Aucun dossier à programmer. Les dossiers transmis par les associations apparaîtront ici.",
  },
  {
    queue: "ON_AGENDA",
    label: "À l’ordre du jour",
    description: "Dossiers inscrits à une séance de la commission, en attente de son avis.",
    whenEmpty:
      "Aucun dossier inscrit à l’ordre du jour. Inscrivez les dossiers à programmer à une séance de la commission.",
  },
  {
    queue: "AWAITING_DECISION",
    label: "En attente de décision",
    description: "La commission a rendu son avis : la décision du préfet est à enregistrer.",
    whenEmpty: "Aucune décision à enregistrer. Les dossiers apparaîtront ici après l’avis de la commission.",
  },
  {
    queue: "RENEWALS_DUE",
    label: "Renouvellements à venir",
    description: "Parcours dont la période en cours se termine dans les 30 jours.",
    whenEmpty:
      "Aucune période ne se termine dans les 30 prochains jours. Les parcours proches de leur échéance apparaîtront ici.",
  },
  {
    queue: "PERIODS_ENDED",
    label: "Périodes échues",
    description: "Dossiers dont la dernière période autorisée est terminée.",
    whenEmpty: "Aucune période échue. Les dossiers dont la période est terminée sans suite apparaîtront ici.",
  },
  {
    queue: "TO_TRANSFER",
    label: "À transférer",
    description: "Dossiers ouverts dont l’association n’a plus d’agrément en vigueur : à confier à une autre association.",
    whenEmpty: "Aucun dossier à transférer : toutes les associations qui suivent des dossiers ouverts sont agréées.",
  },
  {
    queue: "IN_PROGRESS",
    label: "Parcours en cours",
    description: "Parcours autorisés en cours, sans demande de renouvellement en instruction.",
    whenEmpty: "Aucun parcours en cours. Les dossiers autorisés par le préfet apparaîtront ici.",
  },
  {
    queue: "CLOSED",
    label: "Dossiers clos",
    description: "Dossiers refusés, retirés, terminés, non renouvelés ou arrêtés.",
    whenEmpty: "Aucun dossier clos.",
  },
];

export const DASHBOARD_QUEUES: readonly DossierQueue[] = [
  "TO_COMPLETE",
  "TO_SCHEDULE",
  "ON_AGENDA",
  "AWAITING_DECISION",
  "RENEWALS_DUE",
  "PERIODS_ENDED",
  "TO_TRANSFER",
];

export function queueInfo(queue: string | null | undefined): QueueInfo | undefined {
  return QUEUES.find((q) => q.queue === queue);
}

/** "Première demande" or "2e renouvellement". */
export function requestLabel(renewalNumber: number): string {
  if (renewalNumber === 0) return "Première demande";
  return `${renewalNumber === 1 ? "1er" : `${renewalNumber}e`} renouvellement`;
}

/** 34320 → "343,20 €". */
export function formatEuros(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return "";
  return new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(cents / 100);
}
