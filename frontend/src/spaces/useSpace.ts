import { useParams } from "react-router";
import { useSession } from "../session/SessionContext";
import type { Membership } from "../session/memberships";

export type SpaceContext = {
  /** The membership this space is shown for (matches the URL's scope). */
  membership: Membership;
  /** From the URL (prefecture and commission spaces). */
  departmentCode: string | undefined;
  /** From the URL (association space). */
  associationId: string | undefined;
};

/**
 * For pages inside a space: the active membership and the scope from the URL. SpaceGuard has
 * already checked that the person holds a matching membership, so `membership` is set.
 */
export function useSpace(): SpaceContext {
  const { activeMembership } = useSession();
  const { departmentCode, associationId } = useParams();
  if (!activeMembership) throw new Error("useSpace() outside a space route");
  return { membership: activeMembership, departmentCode, associationId };
}
