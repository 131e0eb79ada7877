import type { NavEntry } from "../types";

/** Header navigation of the operator's space, relative to /operateur. */
export const NAV: readonly NavEntry[] = [
  { text: "Départements", to: "", end: true },
  { text: "Installer un département", to: "installer" },
];
