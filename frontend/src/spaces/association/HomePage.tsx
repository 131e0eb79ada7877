import { PageTitle } from "../../components/PageTitle";
import { useSpace } from "../useSpace";
import { scopeLabel } from "../../session/memberships";

export function HomePage() {
  const { membership } = useSpace();
  return (
    <>
      <PageTitle title="Espace association" lead={scopeLabel(membership)} />
      <p>Depuis cet espace, l’association agréée dépose et suit les dossiers de parcours de sortie de la prostitution des personnes qu’elle accompagne.</p>
    </>
  );
}
