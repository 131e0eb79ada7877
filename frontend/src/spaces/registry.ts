import { associationSpace } from "./association";
import { commissionSpace } from "./commission";
import { ministrySpace } from "./ministry";
import { operatorSpace } from "./operator";
import { prefectureSpace } from "./prefecture";
import type { SpaceDefinition } from "./types";
import type { SpaceId } from "../session/memberships";

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
