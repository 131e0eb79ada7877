import type { NavEntry } from "../types";

/**
 * Header navigation of the Espace commission, relative to /commission/:departmentCode.
 * The space's owner edits this list (and only this folder) when adding pages.
 */
export const NAV: readonly NavEntry[] = [
  { text: "Prochaines séances", to: "", end: true },
];
