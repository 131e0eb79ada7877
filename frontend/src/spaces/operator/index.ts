import type { SpaceDefinition } from "../types";
import { NAV } from "./NAV";

export { NAV as nav } from "./NAV";

export const operatorSpace: SpaceDefinition = {
  id: "operator",
  label: "Espace opérateur",
  roles: ["PLATFORM_OPERATOR"],
  basePath: "/operateur",
  // Its own chunk, loaded when the space is first opened (the sign-in page does not carry it).
  loadRoutes: () => import("./routes").then((m) => m.routes),
  nav: NAV,
};
