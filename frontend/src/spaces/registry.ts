import { associationSpace } from "./association";
import { commissionSpace } from "./commission";
import { ministrySpace } from "./ministry";
import { operatorSpace } from "./operator";
import { prefectureSpace } from "./prefecture";
import type { RouteObject } from "react-router";
import type { SpaceDefinition } from "./types";
import { SPACE_OF_ROLE, type Role, type SpaceId } from "../session/memberships";
import { loadActiveMembershipKey } from "../session/storage";

/** Every space; adding pages to a space never requires touching this file. */
export const SPACES: readonly SpaceDefinition[] = [
  prefectureSpace,
  associationSpace,
  commissionSpace,
  ministrySpace,
  operatorSpace,
];

export const SPACE_BY_ID: Record<SpaceId, SpaceDefinition> = Object.fromEntries(
  SPACES.map((s) => [s.id, s]),
) as Record<SpaceId, SpaceDefinition>;

/**
 * On a reload inside a space, starts loading that space's chunk at once, while the session is
 * being checked (instead of after it: one round trip less before the page shows).
 */
export function preloadActiveSpace(): void {
  const role = loadActiveMembershipKey()?.split("|")[0] as Role | undefined;
  const space = role ? SPACE_OF_ROLE[role] : undefined;
  if (space) void loadSpaceRoutes(SPACE_BY_ID[space]).catch(() => {});
}

const loadedRoutes = new Map<string, RouteObject[]>();

/** Loads a space's routes once; afterwards `loadedSpaceRoutes` has them at once. */
export async function loadSpaceRoutes(space: SpaceDefinition): Promise<RouteObject[]> {
  const routes = loadedRoutes.get(space.id) ?? (await space.loadRoutes());
  loadedRoutes.set(space.id, routes);
  return routes;
}

/**
 * A space's routes if its chunk is already here: then the page renders without suspending
 * (React holds a Suspense fallback for at least 300 ms once shown).
 */
export function loadedSpaceRoutes(space: SpaceDefinition): RouteObject[] | undefined {
  return loadedRoutes.get(space.id);
}
