export type Severity = "info" | "success" | "warning" | "error" | "new";

export const AGREMENT_STATUS: Record<string, { label: string; severity: Severity }> = {
  REQUESTED: { label: "Demande reçue", severity: "new" },
  INCOMPLETE: { label: "Pièces demandées", severity: "warning" },
  COMPLETE: { label: "Dossier complet", severity: "info" },
  GRANTED: { label: "Accordé", severity: "success" },
  TACIT: { label: "Accordé tacitement", severity: "success" },
  REFUSED: { label: "Refusé", severity: "error" },
  SUSPENDED: { label: "Suspendu", severity: "warning" },
  WITHDRAWN: { label: "Retiré", severity: "error" },
  EXPIRED: { label: "Expiré", severity: "info" },
};

export const AGREMENT_STATUS_ORDER = Object.keys(AGREMENT_STATUS);

export const PIECE_KIND: Record<string, string> = {
  GA_DELIBERATION: "Délibération de l’assemblée générale",
  MEANS_AND_PARTNERS: "Moyens et réseau de partenaires",
  STAFF_TRAINING: "Formation des personnels",
  ASSOCIATION_IDENTITY: "Statuts et identité de l’association",
  OTHER: "Autre pièce",
};

export const EVENT_KIND: Record<string, string> = {
  REQUESTED: "Demande d’agrément déposée",
  RENEWAL_REQUESTED: "Demande de renouvellement déposée",
  PIECE_ADDED: "Pièce ajoutée",
  MISSING_PIECES: "Pièces manquantes demandées",
  MISSING_PIECES_REQUESTED: "Pièces manquantes demandées",
  INCOMPLETE: "Pièces manquantes demandées",
  COMPLETE: "Dossier déclaré complet",
  COMPLETED: "Dossier déclaré complet",
  COMMISSION_AVIS: "Avis de la commission",
  REVIEWED: "Avis de la commission",
  GRANTED: "Agrément accordé",
  TACIT: "Agrément accordé tacitement",
  REFUSED: "Agrément refusé",
  SUSPENDED: "Agrément suspendu",
  WITHDRAWN: "Agrément retiré",
  EXPIRED: "Agrément expiré",
};

export const ROLE_SHORT: Record<string, string> = {
  PREFECTURE_ADMIN: "préfecture",
  PREFECTURE_AGENT: "préfecture",
  ASSOCIATION_ADMIN: "association",
  ASSOCIATION_WORKER: "association",
  PLATFORM_OPERATOR: "opérateur",
  SYSTEM: "automatique",
};

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} Ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}
