import type { RouteObject } from "react-router";
import { DashboardPage } from "./DashboardPage";
import { DepartmentsPage } from "./DepartmentsPage";
import { DepartmentPage } from "./DepartmentPage";
import { SeriesPage } from "./SeriesPage";
import { ExportsPage } from "./ExportsPage";

/** Routes of the Espace ministère, relative to /ministere (index = national dashboard). */
export const routes: RouteObject[] = [
  { index: true, element: <DashboardPage /> },
  { path: "departements", element: <DepartmentsPage /> },
  { path: "departements/:code", element: <DepartmentPage /> },
  { path: "series", element: <SeriesPage /> },
  { path: "exports", element: <ExportsPage /> },
];
