/** Small French formatting helpers shared by every space. */

/** A code → label map turned into the options of a Select or RadioButtons, in the map's order. */
export function optionsOf(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** The label of a code, "Non renseigné" when there is none, the code itself when it is unknown. */
export function labelOf(labels: Record<string, string>, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "Non renseigné";
  return labels[value] ?? value;
}

/** 123456 → "121 Kio"; 2 500 000 → "2,4 Mio". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 0 })} Kio`;
  return `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mio`;
}

/** Badge colour, only ever a complement to the label. */
export type Severity = "success" | "warning" | "info" | "error" | "new" | undefined;
