import type { Role } from "../gql/graphql";
import type { MeQuery } from "../gql/graphql";

export type Membership = MeQuery["me"]["memberships"][number];
export type { Role };

export type SpaceId = "prefecture" | "association" | "commission" | "ministry" | "operator";

export const ROLE_LABELS: Record<Role, string> = {
  PLATFORM_OPERATOR: "Opérateur de la plateforme",
  PREFECTURE_ADMIN: "Administrateur de préfecture",
  PREFECTURE_AGENT: "Agent de préfecture",
  COMMISSION_MEMBER: "Membre de la commission",
  ASSOCIATION_ADMIN: "Administrateur d’association",
  ASSOCIATION_WORKER: "Intervenant d’association",
  MINISTRY_ANALYST: "Analyste du ministère",
};

export const SPACE_OF_ROLE: Record<Role, SpaceId> = {
  PLATFORM_OPERATOR: "operator",
  PREFECTURE_ADMIN: "prefecture",
  PREFECTURE_AGENT: "prefecture",
  COMMISSION_MEMBER: "commission",
  ASSOCIATION_ADMIN: "association",
  ASSOCIATION_WORKER: "association",
  MINISTRY_ANALYST: "ministry",
};

/**
 * The roles a role may grant by invitation (the server's rule, Role::may_invite in
 * crates/cdlp-domain/src/role.rs): forms offer only these, so that the server never refuses
 * a role the page proposed.
 */
export const INVITABLE_BY: Record<Role, readonly Role[]> = {
  PLATFORM_OPERATOR: ["PLATFORM_OPERATOR", "MINISTRY_ANALYST", "PREFECTURE_ADMIN", "ASSOCIATION_ADMIN"],
  PREFECTURE_ADMIN: ["PREFECTURE_AGENT", "PREFECTURE_ADMIN", "COMMISSION_MEMBER"],
  PREFECTURE_AGENT: ["COMMISSION_MEMBER"],
  ASSOCIATION_ADMIN: ["ASSOCIATION_WORKER", "ASSOCIATION_ADMIN"],
  ASSOCIATION_WORKER: [],
  COMMISSION_MEMBER: [],
  MINISTRY_ANALYST: [],
};

/** Stable identifier of a membership (role + scope), kept in sessionStorage. */
export function membershipKey(m: Membership): string {
  return [m.role, m.departmentCode ?? "", m.associationId ?? ""].join("|");
}

/** The scope part of a membership, in French: "Paris (75)", "Association X", "national". */
export function scopeLabel(m: Membership): string {
  if (m.departmentCode) {
    return m.departmentName ? `${m.departmentName} (${m.departmentCode})` : `Département ${m.departmentCode}`;
  }
  if (m.associationId) return m.associationName ?? "Association";
  return "National";
}

export function membershipLabel(m: Membership): string {
  return `${ROLE_LABELS[m.role]} — ${scopeLabel(m)}`;
}

/** Home path of the space a membership opens. */
export function spaceHomePath(m: Membership): string {
  switch (SPACE_OF_ROLE[m.role]) {
    case "prefecture":
      return `/prefecture/${encodeURIComponent(m.departmentCode ?? "")}`;
    case "commission":
      return `/commission/${encodeURIComponent(m.departmentCode ?? "")}`;
    case "association":
      return `/association/${encodeURIComponent(m.associationId ?? "")}`;
    case "ministry":
      return "/ministere";
    case "operator":
      return "/operateur";
  }
}
