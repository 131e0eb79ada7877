import type { SpaceDefinition } from "../types";
import { NAV } from "./NAV";

export { NAV as nav } from "./NAV";

export const ministrySpace: SpaceDefinition = {
  id: "ministry",
  label: "Espace ministère",
  roles: ["MINISTRY_ANALYST"],
  basePath: "/ministere",
  // Its own chunk, loaded when the space is first opened (the sign-in page does not carry it).
  loadRoutes: () => import("./routes").then((m) => m.routes),
  nav: NAV,
};
