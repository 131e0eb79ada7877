export type ProgressProps = {
  /** Visible label, e.g. "Export en cours". */
  label: string;
  /** Done so far; omit for an indeterminate operation. */
  value?: number;
  /** Total (default 100). */
  max?: number;
  /** Extra line under the bar ("12 dossiers sur 40"). */
  detail?: string;
};

/** A native <progress> with its label and a textual percentage (long operations: exports, uploads). */
export function Progress({ label, value, max = 100, detail }: ProgressProps) {
  const pct = value === undefined ? null : Math.round((Math.min(value, max) / max) * 100);
  const id = `progress-${label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <div className="cdlp-progress fr-my-2w" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="fr-mb-1v">
        {label}
        {pct !== null ? ` : ${pct} %` : " : en cours…"}
      </p>
      <progress id={id} aria-labelledby={`${id}-label`} max={max} {...(value !== undefined ? { value } : {})} />
      {detail && (
        <p className="fr-hint-text fr-mt-1v" aria-live="polite">
          {detail}
        </p>
      )}
    </div>
  );
}
