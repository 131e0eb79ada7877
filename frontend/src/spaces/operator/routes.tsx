import type { RouteObject } from "react-router";
import { DepartmentsPage } from "./DepartmentsPage";
import { OnboardPage } from "./OnboardPage";
import { InvitationsPage } from "./InvitationsPage";

/** Routes of the operator's space, relative to /operateur. */
export const routes: RouteObject[] = [
  { index: true, element: <DepartmentsPage /> },
  { path: "installer", element: <OnboardPage /> },
  { path: "departements/:code/invitations", element: <InvitationsPage /> },
];
