import type { RouteObject } from "react-router";
import { HomePage } from "./HomePage";
import { DossiersPage } from "./dossiers/DossiersPage";
import { DossierPage } from "./dossiers/DossierPage";
import { SessionsPage } from "./seances/SessionsPage";
import { SessionPage } from "./seances/SessionPage";

/** Routes of the Espace préfecture, relative to /prefecture/:departmentCode (index = home). */
export const routes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: "dossiers", element: <DossiersPage /> },
  { path: "dossiers/:dossierId", element: <DossierPage /> },
  { path: "seances", element: <SessionsPage /> },
  { path: "seances/:sessionId", element: <SessionPage /> },
];
