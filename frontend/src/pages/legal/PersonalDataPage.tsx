import { PageTitle } from "../../components/PageTitle";
import { ScrollTable } from "../../components/ScrollTable";

/**
 * Données personnelles: the processing, its legal basis (RGPD 6.1.e and 9.2.g, CASF L.121-9),
 * retention (CNIL reference framework for social support), rights, DPO. The DPO's contact is the
 * operator's to fill (marked).
 */
export function PersonalDataPage() {
  return (
    <>
      <PageTitle title="Données personnelles" />
      <h2>Le traitement</h2>
      <p>
        CDLP permet d’instruire les demandes d’entrée dans le parcours de sortie de la prostitution et
        d’insertion sociale et professionnelle : dépôt de la demande par une association agréée, examen par
        la commission départementale, décision du préfet, suivi du parcours et de ses renouvellements, aides
        associées ; il produit des statistiques nationales qui ne sont jamais nominatives.
      </p>
      <p>
        Responsable de traitement : le préfet de chaque département pour les dossiers de ce département ;{" "}
        <strong>[ministère responsable de la plateforme — à renseigner par l’opérateur du service]</strong> pour
        les comptes et les statistiques nationales.
      </p>

      <h2>Base légale</h2>
      <ul>
        <li>
          Mission d’intérêt public dont est investi le responsable de traitement (règlement général sur la
          protection des données, <strong>article 6.1.e</strong>) : le parcours de sortie de la prostitution
          prévu par l’<strong>article L.121-9 du code de l’action sociale et des familles</strong>.
        </li>
        <li>
          Données sensibles (vie sexuelle, le cas échéant santé, origine) : motif d’intérêt public important
          prévu par le droit (<strong>article 9.2.g</strong> du RGPD), la protection des victimes de la
          prostitution, du proxénétisme et de la traite des êtres humains.
        </li>
      </ul>

      <h2>Données traitées et destinataires</h2>
      <ScrollTable
        caption="Données et destinataires"
        headers={["Données", "Qui les lit"]}
        data={[
          [
            "Identité de la personne accompagnée (nom, prénom, date de naissance, nationalité, contact), chiffrée",
            "L’association qui l’accompagne et la préfecture du département",
          ],
          [
            "Situation (sexe, tranche d’âge, groupe de nationalité, enfants), projet d’insertion, avis, décision",
            "Association, préfecture ; la commission voit les dossiers inscrits à l’ordre du jour, désignés par leur référence",
          ],
          ["Comptes des utilisateurs (nom, adresse électronique, rôles), journal des actions", "Administrateurs de la structure, opérateurs de la plateforme"],
          ["Statistiques agrégées (secret statistique : un effectif de 1 à 4 personnes n’est jamais publié)", "Ministère, publication en données ouvertes"],
        ]}
      />

      <h2>Durées de conservation</h2>
      <p>
        Selon le référentiel de la CNIL relatif aux traitements de données personnelles mis en œuvre dans le
        cadre de l’accompagnement social et médico-social :
      </p>
      <ul>
        <li>
          <strong>base active</strong> : 2 ans à compter du dernier contact avec la personne (fin du parcours,
          dernière décision ou dernier échange) ;
        </li>
        <li>
          <strong>archivage intermédiaire</strong> ensuite, en accès restreint, pour la durée des recours et
          des obligations légales ;
        </li>
        <li>
          puis <strong>anonymisation</strong> : seules restent les données statistiques non nominatives.
        </li>
      </ul>

      <h2>Vos droits</h2>
      <p>
        Vous disposez d’un droit d’accès, de rectification, de limitation et d’opposition (articles 15, 16, 18
        et 21 du RGPD) ; le droit à l’effacement s’exerce dans les limites de la mission d’intérêt public. Une
        personne accompagnée peut exercer ses droits auprès de l’association qui l’accompagne ou de la
        préfecture de son département.
      </p>
      <p>
        Délégué ou déléguée à la protection des données :{" "}
        <strong>[adresse électronique et postale du DPO — à renseigner par l’opérateur du service avant la mise en service]</strong>.
      </p>
      <p>
        Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser
        une réclamation à la CNIL (
        <a href="https://www.cnil.fr/fr/plaintes" target="_blank" rel="noreferrer" title="Plaintes auprès de la CNIL — nouvelle fenêtre">
          cnil.fr/fr/plaintes
        </a>
        ).
      </p>

      <h2>Cookies et traceurs</h2>
      <p>
        CDLP ne dépose aucun cookie ni traceur de mesure d’audience. La session est gardée dans le stockage de
        l’onglet, effacé à sa fermeture.
      </p>
    </>
  );
}
