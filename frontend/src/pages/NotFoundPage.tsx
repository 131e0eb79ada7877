import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageTitle } from "../components/PageTitle";
import { useSession } from "../session/SessionContext";
import { spaceHomePath } from "../session/memberships";

export function NotFoundPage() {
  const { activeMembership } = useSession();
  return (
    <div className="fr-my-4w">
      <PageTitle title="Page non trouvée" />
      <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
      <p className="fr-text--lead fr-mb-3w">
        La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.
      </p>
      <p className="fr-mb-5w">
        Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle est correcte. La page
        n’est peut-être plus disponible. Dans ce cas, pour continuer votre visite, vous pouvez
        retourner à l’accueil.
      </p>
      <Button linkProps={{ to: activeMembership ? spaceHomePath(activeMembership) : "/connexion" }}>
        {activeMembership ? "Retourner à mon espace" : "Aller à la page de connexion"}
      </Button>
    </div>
  );
}
