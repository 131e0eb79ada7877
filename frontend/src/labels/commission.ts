/** The commission départementale's seats. */
import type { CommissionSeat } from "../gql/graphql";

/** The décret's colleges (CASF R.121-12-7 and décret of 30 Dec 2025), in French. */
export const SEAT_LABELS: Record<CommissionSeat, string> = {
  PRESIDENT: "Présidence (préfet ou son représentant)",
  MAGISTRATE: "Magistrat de l’ordre judiciaire",
  SOCIAL_COHESION: "Service chargé de la cohésion sociale (DDETS)",
  PUBLIC_SECURITY: "Sécurité publique",
  JUDICIAL_POLICE: "Police judiciaire",
  GENDARMERIE: "Groupement de gendarmerie",
  FOREIGNERS_DEPARTMENT: "Service des étrangers de la préfecture",
  LABOUR: "Inspection du travail",
  EDUCATION: "Éducation nationale (DASEN)",
  DOCTOR: "Médecin",
  LOCAL_AUTHORITY: "Collectivités territoriales et EPCI",
  APPROVED_ASSOCIATION: "Association agréée",
  CHILD_PROTECTION: "Protection de l’enfance",
  DEPARTMENTAL_COUNCIL: "Président du conseil départemental",
};

export const SEAT_ORDER: CommissionSeat[] = Object.keys(SEAT_LABELS) as CommissionSeat[];

/** Seats that do not sit when individual parcours de sortie files are reviewed (décret of 30 Dec 2025). */
export function reviewsIndividualFiles(seat: CommissionSeat): boolean {
  return seat !== "CHILD_PROTECTION" && seat !== "DEPARTMENTAL_COUNCIL";
}
