import type { SpaceDefinition } from "../types";
import { NAV } from "./NAV";
import { routes } from "./routes";

export { NAV as nav } from "./NAV";
export { routes } from "./routes";

export const operatorSpace: SpaceDefinition = {
  id: "operator",
  label: "Espace opérateur",
  roles: ["PLATFORM_OPERATOR"],
  basePath: "/operateur",
  routes,
  nav: NAV,
};
