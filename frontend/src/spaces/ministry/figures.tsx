import { AGE_BAND, NATIONALITY_GROUP } from "../../labels";

/** Protected figures as the ministry sees them, and the French wording around them. */

export type FigureLike = {
  value?: number | null;
  label: string;
  hidden: boolean;
  reason?: string | null;
  /** The département is not on the platform yet: nothing is collected there (not a zero). */
  notCollected?: boolean;
};

/** What a département not on the platform shows instead of a figure (never "0"). */
export const NOT_COLLECTED: FigureLike = { value: null, label: "non raccordé", hidden: false, notCollected: true };

/** Why a figure is hidden, in plain French (used in titles, tooltips and table cells). */
export function secrecyReason(f: FigureLike): string {
  if (!f.hidden) return "";
  if (f.reason === "SECONDARY") {
    return "secret statistique : masqué pour qu’on ne puisse pas retrouver un autre chiffre masqué par différence";
  }
  return "secret statistique : moins de 5 personnes";
}

/** The figure's text as the API gives it ("12", "< 5", "secret"). Never a made-up number. */
export function figureText(f: FigureLike): string {
  return f.label;
}

/** Accessible wording: "12", "moins de 5 (secret statistique)", "secret (secret statistique)". */
export function figureSpoken(f: FigureLike): string {
  if (f.notCollected) return "non raccordé (département pas encore sur la plateforme, aucune donnée collectée)";
  if (!f.hidden) return f.label;
  if (f.reason === "SECONDARY") return "secret (secret statistique, masquage secondaire)";
  return "moins de 5 (secret statistique)";
}

/** A figure in a table cell or a line: the label, plus the reason for hidden ones. */
export function FigureCell({ figure }: { figure: FigureLike }) {
  if (figure.notCollected)
    return (
      <span className="cdlp-not-collected" title="Département pas encore sur la plateforme : aucune donnée collectée">
        {figure.label}
      </span>
    );
  if (!figure.hidden) return <>{figure.label}</>;
  return (
    <span className="cdlp-secret" title={secrecyReason(figure)}>
      <span aria-hidden="true">{figure.label}</span>
      <span className="fr-sr-only">{figureSpoken(figure)}</span>
    </span>
  );
}

const numberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** "12 jours", "12,5 jours", or the reason there is none. */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined) return "non communiqué (moins de 5 décisions)";
  return `${numberFormat.format(days)} jour${days >= 2 ? "s" : ""}`;
}

export const DIMENSION_LABELS: Record<string, string> = {
  sex: "Sexe",
  age: "Tranche d’âge",
  nat: "Nationalité",
};

export const CATEGORY_LABELS: Record<string, Record<string, string>> = {
  sex: { F: "Femmes", M: "Hommes", X: "Autre (X)", UNKNOWN: "Non renseigné" },
  age: { ...AGE_BAND, UNKNOWN: "Non renseigné" },
  nat: { ...NATIONALITY_GROUP, UNKNOWN: "Non renseignée" },
};

export function categoryLabel(dimension: string, category: string): string {
  return CATEGORY_LABELS[dimension]?.[category] ?? category;
}

/** The indicators shown as columns of the départements table (the most asked for). */
export const MAIN_INDICATORS = [
  "FIRST_REQUEST",
  "RENEWAL_REQUEST",
  "DECISION_AUTHORISED",
  "DECISION_REFUSED",
  "PARCOURS_STARTED",
  "IN_PROGRESS",
] as const;

/** The indicators (key, label) in report order, for selects before a report is loaded. */
export const INDICATORS: readonly (readonly [string, string])[] = [
  ["FIRST_REQUEST", "Premières demandes"],
  ["RENEWAL_REQUEST", "Demandes de renouvellement"],
  ["AVIS_FAVOURABLE", "Avis favorables"],
  ["AVIS_UNFAVOURABLE", "Avis défavorables"],
  ["AVIS_ADJOURNED", "Avis d'ajournement"],
  ["DECISION_AUTHORISED", "Décisions d'autorisation"],
  ["DECISION_REFUSED", "Décisions de refus"],
  ["PARCOURS_STARTED", "Parcours engagés"],
  ["PARCOURS_COMPLETED", "Parcours achevés"],
  ["PARCOURS_NOT_RENEWED", "Parcours non renouvelés"],
  ["PARCOURS_STOPPED", "Parcours interrompus"],
  ["AFIS_GRANTED", "AFIS accordées"],
  ["APS_ISSUED", "APS délivrées"],
  ["IN_PROGRESS", "Parcours en cours en fin de période"],
];

/** The notice shown once per page where hidden figures may appear. */
export function SecrecyNotice() {
  return (
    <p className="fr-text--sm cdlp-secrecy-notice">
      <span className="fr-icon-lock-line fr-icon--sm" aria-hidden="true" /> Secret statistique : un
      effectif de 1 à 4 personnes est remplacé par « &lt; 5 » ; « secret » masque un chiffre qui
      permettrait de retrouver un effectif masqué par différence. Aucune donnée individuelle
      n’est accessible au ministère.
    </p>
  );
}
