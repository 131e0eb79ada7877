/** Dossiers (parcours de sortie): statuses, avis, decisions, events, documents. */
import type { DossierStatus, StopReason } from "../gql/graphql";
import type { Severity } from "./format";

/** French label and badge severity of every dossier status (the label carries the meaning). */
export const DOSSIER_STATUS: Record<DossierStatus, { label: string; severity: Severity }> = {
  DRAFT: { label: "Brouillon", severity: undefined },
  SUBMITTED: { label: "Transmis à la préfecture", severity: "new" },
  RETURNED: { label: "Renvoyé pour complément", severity: "warning" },
  ON_AGENDA: { label: "Inscrit à l’ordre du jour", severity: "info" },
  AWAITING_DECISION: { label: "En attente de décision", severity: "new" },
  IN_PROGRESS: { label: "Parcours en cours", severity: "success" },
  REFUSED: { label: "Refusé", severity: "error" },
  WITHDRAWN: { label: "Retiré par l’association", severity: undefined },
  COMPLETED: { label: "Parcours terminé", severity: undefined },
  NOT_RENEWED: { label: "Non renouvelé", severity: "error" },
  STOPPED: { label: "Parcours arrêté", severity: "error" },
};

/** The commission's avis on a request (dossier or agrément). */
export const AVIS_KIND: Record<string, string> = {
  FAVOURABLE: "Favorable",
  UNFAVOURABLE: "Défavorable",
  ADJOURNED: "Ajourné",
};

export const AVIS_SEVERITY: Record<string, "success" | "error" | "warning"> = {
  FAVOURABLE: "success",
  UNFAVOURABLE: "error",
  ADJOURNED: "warning",
};

export const DECISION_OUTCOME: Record<string, string> = {
  AUTHORISED: "Autorisation",
  REFUSED: "Refus",
  STOPPED: "Arrêt du parcours",
};

export const STOP_REASON: Record<StopReason, string> = {
  COMMITMENTS_NOT_KEPT: "Engagements non respectés",
  PERSON_REQUEST: "À la demande de la personne",
  CONDITIONS_NO_LONGER_MET: "Conditions d’accès qui ne sont plus remplies",
};

/** Events of a dossier's history. */
export const DOSSIER_EVENT: Record<string, string> = {
  CREATED: "Dossier créé par l’association",
  UPDATED: "Dossier modifié par l’association",
  SUBMITTED: "Dossier transmis à la préfecture",
  RESUBMITTED: "Dossier complété et transmis à nouveau",
  WITHDRAWN: "Demande retirée par l’association",
  RETURNED: "Dossier renvoyé pour complément",
  ADDED_TO_AGENDA: "Inscrit à l’ordre du jour d’une séance",
  AVIS_RECORDED: "Avis de la commission enregistré",
  DECIDED: "Décision du préfet enregistrée",
  RENEWAL_REQUESTED: "Renouvellement demandé",
  RENEWAL_REMINDER: "Rappel : renouvellement à demander",
  EXPIRY_REMINDER: "Rappel : fin de période proche",
  STOPPED: "Parcours arrêté",
  COMPLETED: "Parcours terminé (dernière période échue)",
  BENEFITS_RECORDED: "Aides de la période enregistrées",
  DOCUMENT_ATTACHED: "Document joint",
  IDENTITY_READ: "Identité consultée",
  TRANSFER_PROPOSED: "Transfert proposé à une autre association",
  TRANSFERRED: "Dossier transféré à une autre association",
};

/** Kinds of documents attached to a dossier (free text on the server; these keys are ours). */
export const DOCUMENT_KIND: Record<string, string> = {
  FOLLOW_UP: "Document de suivi",
  IDENTITY: "Pièce d’identité ou titre de séjour",
  HOUSING: "Justificatif d’hébergement",
  ASSOCIATION_REPORT: "Rapport de l’association",
  OTHER: "Autre document",
};
