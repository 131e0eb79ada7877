import type { NavEntry } from "../types";

/**
 * Header navigation of the Espace association, relative to /association/:associationId.
 * "Équipe" is for association admins (workers who type its address get a plain message).
 */
export const NAV: readonly NavEntry[] = [
  { text: "Accueil", to: "", end: true },
  { text: "Dossiers", to: "dossiers" },
  { text: "Nouvelle demande", to: "dossiers/nouveau", end: true },
  { text: "Renouvellements", to: "renouvellements" },
  { text: "Agréments", to: "agrements" },
  { text: "Équipe", to: "equipe", roles: ["ASSOCIATION_ADMIN"] },
];
