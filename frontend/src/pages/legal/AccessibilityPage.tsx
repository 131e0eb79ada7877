import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";

/**
 * The accessibility statement (RGAA 4.1, article 47 of law 2005-102). The grid below lists what
 * was actually checked (automatically, on every page state of the end-to-end journey, and by
 * hand); no complete RGAA audit by an independent auditor has been made yet, so the service
 * says "partiellement conforme" and gives no compliance rate.
 */
const CHECKS: [string, string, string, string][] = [
  ["1.1, 1.2", "Images porteuses d’information et décoratives", "Conforme (vérifié)", "axe-core (image-alt, svg-img-alt) sur chaque page ; icônes DSFR masquées (aria-hidden)."],
  ["3.2", "Contraste des textes", "Conforme (vérifié)", "axe-core (color-contrast) en thème clair, à chaque page du parcours."],
  ["5.6, 5.7", "En-têtes des tableaux", "Conforme (vérifié)", "axe-core ; en-têtes <th scope> dans tous les tableaux."],
  ["7.1", "Scripts compatibles avec les technologies d’assistance", "Partiellement vérifié", "Composants du DSFR ; rôles ARIA vérifiés par axe-core. Pas de test avec lecteur d’écran réel."],
  ["7.3", "Scripts contrôlables au clavier", "Conforme (vérifié)", "Le parcours complet (dépôt, séance, avis, décision) est fait au clavier seul."],
  ["8.3, 8.5, 8.6", "Langue et titre de page", "Conforme (vérifié)", "lang=\"fr\" ; un titre unique par page (« Titre — CDLP »)."],
  ["9.1", "Structure des titres", "Conforme (vérifié)", "Un h1 par page ; axe-core (heading-order, page-has-heading-one)."],
  ["10.7", "Prise de focus visible", "Conforme (vérifié)", "Chaque élément atteint par Tab a une zone visible (contrôle automatique)."],
  ["10.11", "Contenu consultable sans défilement horizontal à 320 px", "Conforme (vérifié)", "Contrôle automatique à 320, 390, 768, 992, 1024, 1100 et 1280 px : aucune page plus large que l’écran, aucun bouton tronqué."],
  ["11.1, 11.2", "Étiquettes des champs de formulaire", "Conforme (vérifié)", "axe-core (label) ; les champs sont trouvés par leur étiquette dans le parcours."],
  ["11.10", "Contrôle de saisie (erreurs)", "Partiellement vérifié", "Les erreurs du serveur sont rattachées au champ concerné ; pas de revue exhaustive des messages."],
  ["12.6, 12.7", "Zones de regroupement, liens d’évitement", "Conforme (vérifié)", "Liens d’évitement « Contenu », « Menu », « Pied de page » ; en-tête, main et pied de page."],
  ["12.8", "Ordre de tabulation", "Conforme (vérifié)", "Tous les éléments interactifs visibles de l’en-tête et du contenu sont atteints (contrôle automatique)."],
  ["13.1", "Limite de temps", "Conforme", "Avertissement avant l’expiration de la session, avec « Rester connecté »."],
  ["4.x", "Multimédia", "Non applicable", "Le service ne diffuse ni vidéo ni son."],
  ["Autres critères", "Thèmes 2, 6, 8, 10, 11, 13 restants", "Non évalués", "À couvrir par un audit complet."],
];

export function AccessibilityPage() {
  return (
    <>
      <PageTitle title="Déclaration d’accessibilité" />
      <p>
        L’administration qui opère CDLP s’engage à rendre ses services numériques accessibles, conformément à
        l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration d’accessibilité s’applique au
        service CDLP (commissions départementales de lutte contre la prostitution).
      </p>

      <h2>État de conformité</h2>
      <p>
        CDLP est <strong>partiellement conforme</strong> avec le référentiel général d’amélioration de
        l’accessibilité (RGAA), version 4.1.2, en raison des critères non encore évalués listés ci-dessous.
      </p>

      <h2>Résultats des vérifications</h2>
      <p>
        Aucun audit complet par un organisme indépendant n’a encore été réalisé : aucun taux de conformité
        n’est donc annoncé. Les vérifications ci-dessous sont faites à chaque version, dans un navigateur
        Chromium réel, sur chaque état de page du parcours de bout en bout (connexion, invitation, dépôt d’une
        demande, séance, avis, décision, tableau de bord du ministère) : analyse automatique axe-core, parcours
        au clavier seul, contrôle de la mise en page à 320, 390, 768, 992, 1024, 1100 et 1280 px de large.
      </p>
      <ScrollTable
        caption="Critères du RGAA vérifiés"
        headers={["Critères", "Sujet", "Résultat", "Comment"]}
        data={CHECKS.map(([criteria, subject, result, how]) => [criteria, subject, result, how])}
      />

      <h2>Contenus non accessibles</h2>
      <ul>
        <li>
          La carte de France du tableau de bord du ministère est doublée d’un tableau des mêmes chiffres ; la
          carte elle-même n’a pas été testée avec un lecteur d’écran.
        </li>
        <li>Les documents PDF produits (procès-verbaux, courriers) n’ont pas fait l’objet d’un audit d’accessibilité.</li>
      </ul>

      <h2>Établissement de cette déclaration</h2>
      <p>
        Déclaration établie à partir des vérifications internes décrites ci-dessus. Technologies utilisées :
        HTML, CSS, JavaScript (système de design de l’État). Environnement de test : Chromium (Debian),
        axe-core.
      </p>

      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez le responsable du service pour
        être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme :{" "}
        <strong>[adresse de contact à renseigner par l’opérateur du service]</strong>.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une
        fonctionnalité du service, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse
        de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au
        Défenseur des droits : par le formulaire de contact en ligne (
        <a href="https://formulaire.defenseurdesdroits.fr/" target="_blank" rel="noreferrer" title="Formulaire du Défenseur des droits — nouvelle fenêtre">
          formulaire.defenseurdesdroits.fr
        </a>
        ), en contactant le délégué du Défenseur des droits dans votre région, ou par courrier gratuit sans
        affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
      </p>
    </>
  );
}
