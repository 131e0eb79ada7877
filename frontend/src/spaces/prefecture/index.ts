import type { SpaceDefinition } from "../types";
import { NAV } from "./NAV";

export { NAV as nav } from "./NAV";

export const prefectureSpace: SpaceDefinition = {
  id: "prefecture",
  label: "Espace préfecture",
  roles: ["PREFECTURE_ADMIN", "PREFECTURE_AGENT"],
  basePath: "/prefecture/:departmentCode",
  // Its own chunk, loaded when the space is first opened (the sign-in page does not carry it).
  loadRoutes: () => import("./routes").then((m) => m.routes),
  nav: NAV,
};
