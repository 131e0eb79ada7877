import { PageTitle } from "../../components/PageTitle";
import { useSpace } from "../useSpace";
import { scopeLabel } from "../../session/memberships";

export function HomePage() {
  const { membership } = useSpace();
  return (
    <>
      <PageTitle title="Espace ministère" lead={scopeLabel(membership)} />
      <p>Depuis cet espace, le ministère consulte les indicateurs nationaux et départementaux, sans jamais accéder aux données des personnes.</p>
    </>
  );
}
