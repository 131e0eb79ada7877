/** Who did something (event authors) and invitation statuses. */
import type { InvitationStatus } from "../gql/graphql";
import { ROLE_LABELS, type Role } from "../session/memberships";

/** The author of an event: its role in French, "Traitement automatique" for the system. */
export function actorLabel(role: string | null | undefined): string {
  if (!role) return "—";
  if (role === "SYSTEM") return "Traitement automatique";
  return ROLE_LABELS[role as Role] ?? role;
}

export const INVITATION_STATUS: Record<InvitationStatus, { label: string; severity: "info" | "success" | "warning" | "error" }> = {
  PENDING: { label: "En attente d’acceptation", severity: "info" },
  ACCEPTED: { label: "Acceptée", severity: "success" },
  REVOKED: { label: "Révoquée", severity: "error" },
  EXPIRED: { label: "Expirée", severity: "warning" },
};
