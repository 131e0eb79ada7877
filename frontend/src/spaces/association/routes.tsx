import type { RouteObject } from "react-router";
import { HomePage } from "./HomePage";

/** Routes of the Espace association, relative to /association/:associationId (index = home). */
export const routes: RouteObject[] = [{ index: true, element: <HomePage /> }];
