import type { SpaceDefinition } from "../types";
import { NAV } from "./NAV";
import { routes } from "./routes";

export { NAV as nav } from "./NAV";
export { routes } from "./routes";

export const commissionSpace: SpaceDefinition = {
  id: "commission",
  label: "Espace commission",
  roles: ["COMMISSION_MEMBER"],
  basePath: "/commission/:departmentCode",
  routes,
  nav: NAV,
};
