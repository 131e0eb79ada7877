import type { RouteObject } from "react-router";
import { HomePage } from "./HomePage";
import { SessionsPage } from "./seances/SessionsPage";
import { SessionPage } from "./seances/SessionPage";

/** Routes of the Espace préfecture, relative to /prefecture/:departmentCode (index = home). */
export const routes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: "seances", element: <SessionsPage /> },
  { path: "seances/:sessionId", element: <SessionPage /> },
];
