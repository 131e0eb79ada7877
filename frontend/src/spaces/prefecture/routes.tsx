import type { RouteObject } from "react-router";
import { HomePage } from "./HomePage";
import { DossiersPage } from "./dossiers/DossiersPage";
import { DossierPage } from "./dossiers/DossierPage";
import { SessionsPage } from "./seances/SessionsPage";
import { SessionPage } from "./seances/SessionPage";
import { CommissionPage } from "./commission/CommissionPage";
import { UsersPage } from "./utilisateurs/UsersPage";
import { AgrementsPage } from "./agrements/AgrementsPage";
import { AgrementPage } from "./agrements/AgrementPage";
import { TransfersPage } from "./agrements/TransfersPage";
import { IndicatorsPage } from "./indicateurs/IndicatorsPage";

/** Routes of the Espace préfecture, relative to /prefecture/:departmentCode (index = home). */
export const routes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: "dossiers", element: <DossiersPage /> },
  { path: "dossiers/:dossierId", element: <DossierPage /> },
  { path: "seances", element: <SessionsPage /> },
  { path: "seances/:sessionId", element: <SessionPage /> },
  { path: "commission", element: <CommissionPage /> },
  { path: "utilisateurs", element: <UsersPage /> },
  { path: "agrements", element: <AgrementsPage /> },
  { path: "agrements/:agrementId", element: <AgrementPage /> },
  { path: "transferts", element: <TransfersPage /> },
  { path: "indicateurs", element: <IndicatorsPage /> },
];
