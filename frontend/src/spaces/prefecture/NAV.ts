import type { NavEntry } from "../types";

/**
 * Header navigation of the Espace préfecture, relative to /prefecture/:departmentCode.
 * The space's owner edits this list (and only this folder) when adding pages.
 */
export const NAV: readonly NavEntry[] = [
  { text: "Tableau de bord", to: "", end: true },
  { text: "Dossiers", to: "dossiers" },
  { text: "Séances", to: "seances" },
  { text: "Commission", to: "commission" },
  { text: "Agréments", to: "agrements" },
  { text: "Indicateurs", to: "indicateurs" },
  { text: "Utilisateurs", to: "utilisateurs" },
];
