import { Navigate } from "react-router";
import { useSession } from "../session/SessionContext";
import { spaceHomePath } from "../session/memberships";

/** "/": the active membership's space. */
export function HomeRedirect() {
  const { activeMembership } = useSession();
  if (!activeMembership) return <Navigate to="/connexion" replace />;
  return <Navigate to={spaceHomePath(activeMembership)} replace />;
}
