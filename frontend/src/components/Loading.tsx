export type LoadingProps = {
  /** What is loading, e.g. "Chargement des départements…". */
  label?: string;
};

/** An accessible busy indicator (role=status, text, no colour-only cue). */
export function Loading({ label = "Chargement en cours…" }: LoadingProps) {
  return (
    <div role="status" aria-live="polite" className="cdlp-loading fr-my-4w">
      <span className="cdlp-spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
