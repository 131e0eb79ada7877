import { PageTitle } from "../../components/PageTitle";

/** Mentions légales. What only the operator of the service knows is marked to be filled. */
export function LegalNoticePage() {
  return (
    <>
      <PageTitle title="Mentions légales" />
      <h2>Éditeur</h2>
      <p>
        CDLP est le service numérique des commissions départementales de lutte contre la prostitution, le
        proxénétisme et la traite des êtres humains aux fins d’exploitation sexuelle (articles L.121-9 et
        R.121-12-1 et suivants du code de l’action sociale et des familles).
      </p>
      <p>
        Éditeur : <strong>[administration éditrice, adresse et numéro de téléphone — à renseigner par l’opérateur du service]</strong>
        <br />
        Directeur ou directrice de la publication : <strong>[nom et fonction — à renseigner par l’opérateur du service]</strong>
      </p>
      <h2>Hébergement</h2>
      <p>
        <strong>[nom, adresse et téléphone de l’hébergeur — à renseigner par l’opérateur du service]</strong>.
      </p>
      <h2>Accès au service</h2>
      <p>
        Le service est réservé aux personnes invitées : agents des préfectures, membres des commissions,
        intervenants des associations agréées, analystes du ministère et opérateurs de la plateforme. Toute
        tentative d’accès ou de maintien frauduleux est passible des peines prévues aux articles 323-1 et
        suivants du code pénal.
      </p>
      <h2>Propriété intellectuelle</h2>
      <p>
        Sauf mention contraire, les contenus de ce site sont proposés sous licence Etalab 2.0. La marque de
        l’État (Marianne) et le système de design de l’État sont réservés aux sites de l’État.
      </p>
      <h2>Accessibilité et données personnelles</h2>
      <p>
        Voir la <a href="/accessibilite">déclaration d’accessibilité</a> et la page{" "}
        <a href="/donnees-personnelles">Données personnelles</a>.
      </p>
    </>
  );
}
