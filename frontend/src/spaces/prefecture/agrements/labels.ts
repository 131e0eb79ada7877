/** Events of an agrément's history (prefecture side). */
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
