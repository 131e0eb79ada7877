import type { RouteObject } from "react-router";
import { HomePage } from "./HomePage";

/** Routes of the Espace ministère, relative to /ministere (index = home). */
export const routes: RouteObject[] = [{ index: true, element: <HomePage /> }];
