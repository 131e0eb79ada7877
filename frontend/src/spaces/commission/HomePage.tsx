import { PageTitle } from "../../components/PageTitle";
import { useSpace } from "../useSpace";
import { scopeLabel } from "../../session/memberships";

export function HomePage() {
  const { membership } = useSpace();
  return (
    <>
      <PageTitle title="Espace commission" lead={scopeLabel(membership)} />
      <p>Depuis cet espace, les membres de la commission consultent l’ordre du jour des séances et les dossiers qui y sont inscrits.</p>
    </>
  );
}
