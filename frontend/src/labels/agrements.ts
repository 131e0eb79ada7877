/** Agréments of associations. */
import type { Severity } from "./format";

export const AGREMENT_STATUS: Record<string, { label: string; severity: Severity }> = {
  REQUESTED: { label: "Demande reçue", severity: "new" },
  INCOMPLETE: { label: "Pièces demandées", severity: "warning" },
  COMPLETE: { label: "Complet, en instruction", severity: "info" },
  GRANTED: { label: "Accordé", severity: "success" },
  TACIT: { label: "Accordé tacitement", severity: "success" },
  REFUSED: { label: "Refusé", severity: "error" },
  SUSPENDED: { label: "Suspendu", severity: "warning" },
  WITHDRAWN: { label: "Retiré", severity: "error" },
  EXPIRED: { label: "Expiré", severity: undefined },
};

export const AGREMENT_STATUS_ORDER = Object.keys(AGREMENT_STATUS);

/** Statuses under which an agrément is in force. */
export const IN_FORCE_STATUSES = ["GRANTED", "TACIT"];

/** Pieces joined to an agrément request. */
export const AGREMENT_PIECE_KIND: Record<string, string> = {
  GA_DELIBERATION: "Délibération de l’assemblée générale",
  MEANS_AND_PARTNERS: "Moyens et réseau de partenaires",
  STAFF_TRAINING: "Formation des intervenants",
  ASSOCIATION_IDENTITY: "Statuts et identité de l’association",
  OTHER: "Autre pièce",
};
