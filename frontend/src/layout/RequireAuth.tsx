import { Navigate, Outlet, useLocation } from "react-router";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useSession } from "../session/SessionContext";
import { Loading } from "../components/Loading";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageTitle } from "../components/PageTitle";
import { EmptyState } from "../components/EmptyState";

/** Routes below need a signed-in person with at least one membership. */
export function RequireAuth() {
  const { status, viewer, error, reloadViewer, signOut } = useSession();
  const location = useLocation();

  if (status === "anonymous") {
    return <Navigate to="/connexion" replace state={{ from: location.pathname + location.search }} />;
  }
  if (status === "loading") return <Loading label="Ouverture de votre session…" />;
  if (status === "error" || !viewer) {
    return (
      <>
        <PageTitle title="Session indisponible" />
        <ErrorAlert error={error} />
        <Button onClick={() => void reloadViewer()}>Réessayer</Button>
      </>
    );
  }
  if (viewer.memberships.length === 0) {
    return (
      <>
        <PageTitle title="Aucun rôle actif" />
        <EmptyState
          title="Votre compte n’a aucun rôle pour le moment"
          action={{ label: "Se déconnecter", onClick: () => signOut() }}
        >
          Demandez à l’administrateur de votre préfecture ou de votre association de vous inviter.
        </EmptyState>
      </>
    );
  }
  return <Outlet />;
}
