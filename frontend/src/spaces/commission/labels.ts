import type { CommissionSeat } from "../../gql/graphql";

export const SEAT_LABELS: Record<CommissionSeat, string> = {
  PRESIDENT: "Présidence (préfet ou son représentant)",
  MAGISTRATE: "Magistrat",
  SOCIAL_COHESION: "Cohésion sociale",
  PUBLIC_SECURITY: "Sécurité publique",
  JUDICIAL_POLICE: "Police judiciaire",
  GENDARMERIE: "Gendarmerie",
  FOREIGNERS_DEPARTMENT: "Service des étrangers",
  LABOUR: "Travail et emploi",
  EDUCATION: "Éducation nationale",
  DOCTOR: "Médecin",
  LOCAL_AUTHORITY: "Collectivité territoriale",
  APPROVED_ASSOCIATION: "Association agréée",
  CHILD_PROTECTION: "Protection de l’enfance",
  DEPARTMENTAL_COUNCIL: "Conseil départemental",
};

export const AVIS_KIND: Record<string, string> = {
  FAVOURABLE: "Favorable",
  UNFAVOURABLE: "Défavorable",
  ADJOURNED: "Ajourné",
};
