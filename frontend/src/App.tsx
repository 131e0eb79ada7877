import { lazy, Suspense, useEffect, useState } from "react";
import { Route, Routes } from "react-router";
import type { RouteObject } from "react-router";
import { Layout } from "./layout/Layout";
import { RequireAuth } from "./layout/RequireAuth";
import { SignInPage } from "./pages/SignInPage";
import { InvitationPage } from "./pages/InvitationPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { HomeRedirect } from "./pages/HomeRedirect";
import { SpaceGuard } from "./spaces/SpaceGuard";
import { SPACES, loadSpaceRoutes, loadedSpaceRoutes } from "./spaces/registry";
import type { SpaceDefinition } from "./spaces/types";
import { Loading } from "./components/Loading";

// The pages every State service must have, public (linked from the footer): their own chunk.
const AccessibilityPage = lazy(() => import("./pages/legal/AccessibilityPage").then((m) => ({ default: m.AccessibilityPage })));
const LegalNoticePage = lazy(() => import("./pages/legal/LegalNoticePage").then((m) => ({ default: m.LegalNoticePage })));
const PersonalDataPage = lazy(() => import("./pages/legal/PersonalDataPage").then((m) => ({ default: m.PersonalDataPage })));
const legal = (Page: React.ComponentType) => (
  <Suspense fallback={<Loading label="Chargement…" />}>
    <Page />
  </Suspense>
);

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
 * A space's pages, loaded on first visit (one chunk per space), as descendant routes. Plain
 * state rather than React.lazy: once a Suspense fallback shows, React keeps it at least 300 ms,
 * which a chunk arriving a moment after the session check would cost on every reload.
 */
function SpaceRoutes({ space }: { space: SpaceDefinition }) {
  const [routes, setRoutes] = useState(() => loadedSpaceRoutes(space));
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (routes) return;
    let live = true;
    loadSpaceRoutes(space).then(
      (r) => live && setRoutes(r),
      (e: unknown) => live && setFailure(e ?? new Error("chargement de l’espace impossible")),
    );
    return () => {
      live = false;
    };
  }, [space, routes]);
  // The page's ErrorBoundary shows it (and retries on the next path).
  if (failure) throw failure;
  if (!routes) return <Loading label="Chargement de l’espace…" />;
  return (
    <Routes>
      {renderRoutes(routes, space.id)}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
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
        <Route path="/accessibilite" element={legal(AccessibilityPage)} />
        <Route path="/mentions-legales" element={legal(LegalNoticePage)} />
        <Route path="/donnees-personnelles" element={legal(PersonalDataPage)} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomeRedirect />} />
          {SPACES.map((space) => (
            <Route key={space.id} path={space.basePath} element={<SpaceGuard space={space} />}>
              {/* The index too: at the space's own path a bare "*" child would not match. */}
              <Route index element={<SpaceRoutes space={space} />} />
              <Route path="*" element={<SpaceRoutes space={space} />} />
            </Route>
          ))}
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
