import type { RouteObject } from "react-router";
import { HomePage } from "./HomePage";
import { SessionPage } from "./SessionPage";

/** Routes of the Espace commission, relative to /commission/:departmentCode (index = home). */
export const routes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: "seances/:sessionId", element: <SessionPage /> },
];
