import type { SpaceDefinition } from "../types";
import { NAV } from "./NAV";

export { NAV as nav } from "./NAV";

export const associationSpace: SpaceDefinition = {
  id: "association",
  label: "Espace association",
  roles: ["ASSOCIATION_ADMIN", "ASSOCIATION_WORKER"],
  basePath: "/association/:associationId",
  // Its own chunk, loaded when the space is first opened (the sign-in page does not carry it).
  loadRoutes: () => import("./routes").then((m) => m.routes),
  nav: NAV,
};
