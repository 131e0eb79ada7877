import type { SpaceDefinition } from "../types";
import { NAV } from "./NAV";
import { routes } from "./routes";

export { NAV as nav } from "./NAV";
export { routes } from "./routes";

export const ministrySpace: SpaceDefinition = {
  id: "ministry",
  label: "Espace ministère",
  roles: ["MINISTRY_ANALYST"],
  basePath: "/ministere",
  routes,
  nav: NAV,
};
