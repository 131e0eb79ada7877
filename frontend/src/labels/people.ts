/** What a dossier says about the person (codes of the API), in French. */

export const SEX: Record<string, string> = { F: "Femme", M: "Homme", X: "Autre ou non précisé" };

export const AGE_BAND: Record<string, string> = {
  "18_24": "18 à 24 ans",
  "25_34": "25 à 34 ans",
  "35_44": "35 à 44 ans",
  "45_54": "45 à 54 ans",
  "55_PLUS": "55 ans et plus",
};

export const NATIONALITY_GROUP: Record<string, string> = {
  FRENCH: "Française",
  EU: "Union européenne (hors France)",
  NON_EU: "Hors Union européenne",
};

export const ACTION_DOMAIN: Record<string, string> = {
  SOCIAL: "Accompagnement social",
  PROFESSIONAL: "Insertion professionnelle",
  HOUSING: "Logement",
  HEALTH: "Santé",
  LANGUAGE_TRAINING: "Apprentissage du français",
};
