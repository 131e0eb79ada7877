import { Route, Routes } from "react-router";
import type { RouteObject } from "react-router";
import { Layout } from "./layout/Layout";
import { RequireAuth } from "./layout/RequireAuth";
import { SignInPage } from "./pages/SignInPage";
import { InvitationPage } from "./pages/InvitationPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { HomeRedirect } from "./pages/HomeRedirect";
import { SpaceGuard } from "./spaces/SpaceGuard";
import { SPACES } from "./spaces/registry";

/** Renders a space's RouteObject tree as <Route> elements (index, path, element, children). */
function renderRoutes(routes: RouteObject[], prefix: string): React.ReactNode {
  return routes.map((r, i) =>
    r.index ? (
      <Route key={`${prefix}-${i}`} index element={r.element} />
    ) : (
      <Route key={`${prefix}-${i}`} path={r.path} element={r.element}>
        {r.children ? renderRoutes(r.children, `${prefix}-${i}`) : null}
      </Route>
    ),
  );
}

/**
 * French paths: /connexion, /invitation/:token, then one tree per space
 * (/prefecture/:departmentCode, /association/:associationId, /commission/:departmentCode,
 * /ministere, /operateur). Each space's pages come from its folder's `routes`.
 */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/connexion" element={<SignInPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomeRedirect />} />
          {SPACES.map((space) => (
            <Route key={space.id} path={space.basePath} element={<SpaceGuard space={space} />}>
              {renderRoutes(space.routes, space.id)}
            </Route>
          ))}
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
