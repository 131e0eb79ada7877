import type { SpaceDefinition } from "../types";
import { NAV } from "./NAV";
import { routes } from "./routes";

export { NAV as nav } from "./NAV";
export { routes } from "./routes";

export const associationSpace: SpaceDefinition = {
  id: "association",
  label: "Espace association",
  roles: ["ASSOCIATION_ADMIN", "ASSOCIATION_WORKER"],
  basePath: "/association/:associationId",
  routes,
  nav: NAV,
};
