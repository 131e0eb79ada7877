import type { DossierQueue, DossierStatus } from "../../gql/graphql";

type Severity = "success" | "warning" | "info" | "error" | "new" | undefined;

/** French label and badge severity of every dossier status (the label carries the meaning). */
export const DOSSIER_STATUS: Record<DossierStatus, { label: string; severity: Severity }> = {
  DRAFT: { label: "Brouillon", severity: undefined },
  SUBMITTED: { label: "Déposé", severity: "info" },
  RETURNED: { label: "À compléter", severity: "warning" },
  ON_AGENDA: { label: "Inscrit à l’ordre du jour", severity: "info" },
  AWAITING_DECISION: { label: "En attente de décision", severity: "new" },
  IN_PROGRESS: { label: "Parcours en cours", severity: "success" },
  REFUSED: { label: "Refusé", severity: "error" },
  WITHDRAWN: { label: "Retiré", severity: undefined },
  COMPLETED: { label: "Parcours terminé", severity: undefined },
  NOT_RENEWED: { label: "Non renouvelé", severity: undefined },
  STOPPED: { label: "Parcours arrêté", severity: "error" },
};

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

export const SEX_OPTIONS = [
  { value: "F", label: "Femme" },
  { value: "M", label: "Homme" },
  { value: "X", label: "Autre ou non précisé" },
];

export const AGE_BANDS = [
  { value: "18_24", label: "18 à 24 ans" },
  { value: "25_34", label: "25 à 34 ans" },
  { value: "35_44", label: "35 à 44 ans" },
  { value: "45_54", label: "45 à 54 ans" },
  { value: "55_PLUS", label: "55 ans et plus" },
];

export const NATIONALITY_GROUPS = [
  { value: "FRENCH", label: "Française" },
  { value: "EU", label: "Union européenne (hors France)" },
  { value: "NON_EU", label: "Hors Union européenne" },
];

export const ACTION_DOMAINS = [
  { value: "SOCIAL", label: "Accompagnement social" },
  { value: "PROFESSIONAL", label: "Insertion professionnelle" },
  { value: "HOUSING", label: "Logement" },
  { value: "HEALTH", label: "Santé" },
  { value: "LANGUAGE_TRAINING", label: "Apprentissage du français" },
];

export function labelOf(options: { value: string; label: string }[], value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "Non renseigné";
  return options.find((o) => o.value === value)?.label ?? value;
}

/** Kinds of documents attached to a dossier (free text on the server; these keys are ours). */
export const DOCUMENT_KINDS = [
  { value: "FOLLOW_UP", label: "Document de suivi" },
  { value: "IDENTITY", label: "Pièce d’identité ou titre de séjour" },
  { value: "HOUSING", label: "Justificatif d’hébergement" },
  { value: "ASSOCIATION_REPORT", label: "Rapport de l’association" },
  { value: "OTHER", label: "Autre document" },
];

export const AGREMENT_PIECE_KINDS = [
  { value: "GA_DELIBERATION", label: "Délibération de l’assemblée générale" },
  { value: "MEANS_AND_PARTNERS", label: "Moyens et partenariats" },
  { value: "STAFF_TRAINING", label: "Formation des intervenants" },
  { value: "ASSOCIATION_IDENTITY", label: "Statuts et identité de l’association" },
  { value: "OTHER", label: "Autre pièce" },
];

export const AGREMENT_STATUS: Record<string, { label: string; severity: Severity }> = {
  REQUESTED: { label: "Demandé", severity: "info" },
  INCOMPLETE: { label: "Incomplet", severity: "warning" },
  COMPLETE: { label: "Complet, en instruction", severity: "new" },
  GRANTED: { label: "Accordé", severity: "success" },
  TACIT: { label: "Accordé tacitement", severity: "success" },
  REFUSED: { label: "Refusé", severity: "error" },
  SUSPENDED: { label: "Suspendu", severity: "error" },
  WITHDRAWN: { label: "Retiré", severity: undefined },
  EXPIRED: { label: "Expiré", severity: undefined },
};

export const IN_FORCE_STATUSES = ["GRANTED", "TACIT"];

export const AVIS_KIND: Record<string, string> = {
  FAVOURABLE: "Favorable",
  UNFAVOURABLE: "Défavorable",
  ADJOURNED: "Ajourné",
};

export const DECISION_OUTCOME: Record<string, string> = {
  AUTHORISED: "Autorisation",
  REFUSED: "Refus",
  STOPPED: "Arrêt du parcours",
};

export const STOP_REASON: Record<string, string> = {
  COMMITMENTS_NOT_KEPT: "Engagements non respectés",
  PERSON_REQUEST: "À la demande de la personne",
  CONDITIONS_NO_LONGER_MET: "Conditions plus remplies",
};

export const EVENT_KIND: Record<string, string> = {
  CREATED: "Brouillon créé",
  UPDATED: "Brouillon modifié",
  SUBMITTED: "Demande déposée",
  RESUBMITTED: "Demande complétée et redéposée",
  RETURNED: "Renvoyé pour complément",
  WITHDRAWN: "Demande retirée",
  ADDED_TO_AGENDA: "Inscrit à l’ordre du jour",
  AVIS_RECORDED: "Avis de la commission",
  DECIDED: "Décision du préfet",
  RENEWAL_REQUESTED: "Renouvellement demandé",
  STOPPED: "Parcours arrêté",
  DOCUMENT_ATTACHED: "Document joint",
  BENEFITS_RECORDED: "Droits enregistrés",
  TRANSFERRED: "Dossier transféré",
  IDENTITY_READ: "Identité consultée",
  TRANSFER_PROPOSED: "Transfert proposé",
  RENEWAL_REMINDER: "Rappel : renouvellement à demander",
  EXPIRY_REMINDER: "Rappel : fin de période proche",
};

export const ACTOR_ROLE: Record<string, string> = {
  ASSOCIATION_ADMIN: "Association",
  ASSOCIATION_WORKER: "Association",
  PREFECTURE_ADMIN: "Préfecture",
  PREFECTURE_AGENT: "Préfecture",
  COMMISSION_MEMBER: "Commission",
  PLATFORM_OPERATOR: "Opérateur",
  SYSTEM: "Automatique",
};

export const INVITATION_STATUS: Record<string, string> = {
  PENDING: "En attente d’acceptation",
  ACCEPTED: "Acceptée",
  REVOKED: "Révoquée",
  EXPIRED: "Expirée",
};

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 0 })} Kio`;
  return `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mio`;
}
