import type { SpaceDefinition } from "../types";
import { NAV } from "./NAV";
import { routes } from "./routes";

export { NAV as nav } from "./NAV";
export { routes } from "./routes";

export const prefectureSpace: SpaceDefinition = {
  id: "prefecture",
  label: "Espace préfecture",
  roles: ["PREFECTURE_ADMIN", "PREFECTURE_AGENT"],
  basePath: "/prefecture/:departmentCode",
  routes,
  nav: NAV,
};
