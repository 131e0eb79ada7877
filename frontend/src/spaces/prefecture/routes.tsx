import type { RouteObject } from "react-router";
import { HomePage } from "./HomePage";

/** Routes of the Espace préfecture, relative to /prefecture/:departmentCode (index = home). */
export const routes: RouteObject[] = [{ index: true, element: <HomePage /> }];
