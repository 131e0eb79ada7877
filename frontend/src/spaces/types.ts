import type { RouteObject } from "react-router";
import type { Role, SpaceId } from "../session/memberships";

/** One entry of the header's main navigation. */
export type NavEntry = {
  text: string;
  /** Relative to the space's base path ("" = the space's home, "dossiers", "sessions/nouvelle"). */
  to: string;
  /** Active only on that exact path (default: also on sub-paths; the home entry is always exact). */
  end?: boolean;
  /** Shown only to these roles of the space (default: every role of the space). */
  roles?: readonly Role[];
};

export type SpaceDefinition = {
  id: SpaceId;
  /** French name shown in the header switcher, e.g. "Espace préfecture". */
  label: string;
  /** Roles that open this space. */
  roles: readonly Role[];
  /** Route pattern, e.g. "/prefecture/:departmentCode". */
  basePath: string;
  /**
   * Child routes relative to basePath (the index route is the space's home), loaded on demand:
   * each space is its own chunk of the build.
   */
  loadRoutes: () => Promise<RouteObject[]>;
  /** Header navigation entries. */
  nav: readonly NavEntry[];
};
