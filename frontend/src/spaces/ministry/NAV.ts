import type { NavEntry } from "../types";

/** Header navigation of the Espace ministère, relative to /ministere. */
export const NAV: readonly NavEntry[] = [
  { text: "Tableau de bord", to: "", end: true },
  { text: "Par département", to: "departements" },
  { text: "Séries", to: "series" },
  { text: "Exports", to: "exports" },
];
