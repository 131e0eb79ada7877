import type { RouteObject } from "react-router";
import { HomePage } from "./HomePage";
import { DossiersPage } from "./DossiersPage";
import { DossierFormPage } from "./DossierFormPage";
import { DossierPage } from "./DossierPage";
import { RenewalsPage } from "./RenewalsPage";
import { AgrementsPage } from "./AgrementsPage";
import { TeamPage } from "./TeamPage";

/** Routes of the Espace association, relative to /association/:associationId (index = home). */
export const routes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: "dossiers", element: <DossiersPage /> },
  { path: "dossiers/nouveau", element: <DossierFormPage /> },
  { path: "dossiers/:dossierId", element: <DossierPage /> },
  { path: "dossiers/:dossierId/modifier", element: <DossierFormPage /> },
  { path: "renouvellements", element: <RenewalsPage /> },
  { path: "agrements", element: <AgrementsPage /> },
  { path: "equipe", element: <TeamPage /> },
];
