import type { SpaceDefinition } from "../types";
import { NAV } from "./NAV";

export { NAV as nav } from "./NAV";

export const commissionSpace: SpaceDefinition = {
  id: "commission",
  label: "Espace commission",
  roles: ["COMMISSION_MEMBER"],
  basePath: "/commission/:departmentCode",
  // Its own chunk, loaded when the space is first opened (the sign-in page does not carry it).
  loadRoutes: () => import("./routes").then((m) => m.routes),
  nav: NAV,
};
