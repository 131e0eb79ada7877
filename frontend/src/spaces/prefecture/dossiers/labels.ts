import type { AlertProps } from "@codegouvfr/react-dsfr/Alert";
import type { DossierQueue, DossierStatus, StopReason } from "../../../gql/graphql";
import { ROLE_LABELS, type Role } from "../../../session/memberships";

/** French label of every dossier status (shown in a Badge: text, never colour alone). */
export const statusLabel: Record<DossierStatus, string> = {
  DRAFT: "Brouillon de l’association",
  SUBMITTED: "Transmis à la préfecture",
  RETURNED: "Renvoyé pour complément",
  ON_AGENDA: "Inscrit à l’ordre du jour",
  AWAITING_DECISION: "En attente de décision",
  IN_PROGRESS: "Parcours en cours",
  REFUSED: "Refusé",
  WITHDRAWN: "Retiré par l’association",
  COMPLETED: "Parcours terminé",
  NOT_RENEWED: "Non renouvelé",
  STOPPED: "Parcours arrêté",
};

/** Badge colour, only as a complement to the label. */
export const statusSeverity: Record<DossierStatus, AlertProps.Severity | "new" | undefined> = {
  DRAFT: undefined,
  SUBMITTED: "new",
  RETURNED: "warning",
  ON_AGENDA: "info",
  AWAITING_DECISION: "new",
  IN_PROGRESS: "success",
  REFUSED: "error",
  WITHDRAWN: undefined,
  COMPLETED: undefined,
  NOT_RENEWED: "error",
  STOPPED: "error",
};

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

export const stopReasonLabel: Record<StopReason, string> = {
  COMMITMENTS_NOT_KEPT: "Engagements non tenus",
  PERSON_REQUEST: "À la demande de la personne",
  CONDITIONS_NO_LONGER_MET: "Conditions d’accès plus remplies",
};

export const decisionOutcomeLabel: Record<string, string> = {
  AUTHORISED: "Autorisation",
  REFUSED: "Refus",
  STOPPED: "Fin du parcours",
};

export const avisKindLabel: Record<string, string> = {
  FAVOURABLE: "Avis favorable",
  UNFAVOURABLE: "Avis défavorable",
  ADJOURNED: "Ajourné (dossier à compléter)",
};

export const eventLabel: Record<string, string> = {
  CREATED: "Dossier créé par l’association",
  UPDATED: "Dossier modifié par l’association",
  SUBMITTED: "Dossier transmis à la préfecture",
  WITHDRAWN: "Demande retirée par l’association",
  RETURNED: "Dossier renvoyé pour complément",
  ADDED_TO_AGENDA: "Inscrit à l’ordre du jour d’une séance",
  AVIS_RECORDED: "Avis de la commission enregistré",
  DECIDED: "Décision du préfet enregistrée",
  RENEWAL_REQUESTED: "Renouvellement demandé",
  RENEWAL_REMINDER: "Rappel : période bientôt échue",
  STOPPED: "Fin du parcours décidée",
  COMPLETED: "Parcours terminé (dernière période échue)",
  BENEFITS_RECORDED: "Aides de la période enregistrées",
  DOCUMENT_ATTACHED: "Document joint",
  TRANSFER_PROPOSED: "Transfert proposé à une autre association",
  TRANSFERRED: "Dossier transféré à une autre association",
};

export function actorLabel(role: string | null | undefined): string {
  if (!role) return "—";
  if (role === "SYSTEM") return "Traitement automatique";
  return ROLE_LABELS[role as Role] ?? role;
}

export const documentKindLabel: Record<string, string> = {
  IDENTITY: "Pièce d’identité",
  DOCUMENT_DE_SUIVI: "Document de suivi",
  OTHER: "Autre document",
};

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

export const actionDomainLabel: Record<string, string> = {
  SOCIAL: "Accompagnement social",
  PROFESSIONAL: "Insertion professionnelle",
  HOUSING: "Logement",
  HEALTH: "Santé",
  LANGUAGE_TRAINING: "Apprentissage du français",
};

export const sexLabel: Record<string, string> = { F: "Femme", M: "Homme", X: "Autre ou non précisé" };

export const ageBandLabel: Record<string, string> = {
  "18_24": "18 à 24 ans",
  "25_34": "25 à 34 ans",
  "35_44": "35 à 44 ans",
  "45_54": "45 à 54 ans",
  "55_PLUS": "55 ans et plus",
};

export const nationalityGroupLabel: Record<string, string> = {
  FRENCH: "Française",
  EU: "Union européenne (hors France)",
  NON_EU: "Hors Union européenne",
};
