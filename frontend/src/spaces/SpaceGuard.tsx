import { useEffect } from "react";
import { Outlet, useLocation, useParams } from "react-router";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useSession } from "../session/SessionContext";
import { membershipKey, spaceHomePath, type Membership } from "../session/memberships";
import { PageTitle } from "../components/PageTitle";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { SpaceDefinition } from "./types";

function matches(space: SpaceDefinition, m: Membership, params: Record<string, string | undefined>): boolean {
  if (!space.roles.includes(m.role)) return false;
  if (params.departmentCode !== undefined && m.departmentCode !== params.departmentCode) return false;
  if (params.associationId !== undefined && m.associationId !== params.associationId) return false;
  return true;
}

/**
 * Wraps a space's routes: the URL's scope must be one of the person's memberships for that
 * space. When it is not the active one (deep link, bookmark), it becomes the active one.
 */
export function SpaceGuard({ space }: { space: SpaceDefinition }) {
  const params = useParams();
  const location = useLocation();
  /** Set by the header switcher: which membership to open when several match the URL. */
  const wanted = (location.state as { membershipKey?: string } | null)?.membershipKey;
  const { viewer, activeMembership, setActiveMembership } = useSession();
  const candidates = viewer?.memberships.filter((m) => matches(space, m, params)) ?? [];
  const activeMatches = activeMembership !== null && matches(space, activeMembership, params);
  const target =
    candidates.find((m) => wanted !== undefined && membershipKey(m) === wanted) ??
    (activeMatches ? activeMembership : (candidates[0] ?? null));

  useEffect(() => {
    if (target && (!activeMembership || membershipKey(target) !== membershipKey(activeMembership))) {
      setActiveMembership(target);
    }
  }, [target, activeMembership, setActiveMembership]);

  if (!target) {
    return (
      <>
        <PageTitle title="Accès refusé" />
        <Alert
          severity="error"
          as="h2"
          title="Vous n’avez pas accès à cet espace"
          description="Aucun de vos rôles ne donne accès à cette page. Si vous pensez qu’il s’agit d’une erreur, contactez l’administrateur de votre structure."
          className="fr-mb-4w"
        />
        {activeMembership && (
          <Button linkProps={{ to: spaceHomePath(activeMembership) }}>Retourner à mon espace</Button>
        )}
      </>
    );
  }
  // Switching to `target`: the next render shows the page.
  if (!activeMembership || membershipKey(activeMembership) !== membershipKey(target)) return null;
  return <Outlet />;
}
