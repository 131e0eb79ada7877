import { PageTitle } from "../../components/PageTitle";
import { useSpace } from "../useSpace";
import { scopeLabel } from "../../session/memberships";

export function HomePage() {
  const { membership } = useSpace();
  return (
    <>
      <PageTitle title="Espace préfecture" lead={scopeLabel(membership)} />
      <p>Depuis cet espace, la préfecture fait vivre sa commission : membres, séances, examen des dossiers de parcours de sortie de la prostitution, avis et décisions.</p>
    </>
  );
}
