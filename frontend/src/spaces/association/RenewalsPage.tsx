import { PageTitle } from "../../components/PageTitle";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageError } from "./Errors";
import { DossierTable, useDossierList } from "./DossiersPage";
import { useInForceDepartments, type InForceDepartment } from "./useAssociation";

function DepartmentRenewals({ department }: { department: InForceDepartment }) {
  const list = useDossierList(department.code, "RENEWALS_DUE", "");
  const headingId = `renewals-${department.code}`;
  return (
    <section aria-labelledby={headingId} className="fr-mb-6w">
      <h2 id={headingId} className="fr-h4">
        {department.name} ({department.code})
      </h2>
      <PageError error={list.error} what="aux dossiers de ce département" />
      {list.loading && !list.rows && <Loading label={`Chargement des renouvellements (${department.code})…`} />}
      {list.rows && list.rows.length === 0 && <p>Aucun renouvellement à demander dans les 30 prochains jours.</p>}
      {list.rows && list.rows.length > 0 && (
        <>
          <DossierTable rows={list.rows} caption={`Renouvellements à demander — ${department.name}`} />
          {list.hasNext && (
            <Button priority="secondary" disabled={list.loading} onClick={() => void list.more()}>
              Voir plus<span className="fr-sr-only"> ({department.name})</span>
            </Button>
          )}
        </>
      )}
    </section>
  );
}

export function RenewalsPage() {
  const { departments, error, loading } = useInForceDepartments();
  return (
    <>
      <PageTitle
        title="Renouvellements"
        lead="Les parcours dont la période d’autorisation se termine dans les 30 prochains jours : demandez leur renouvellement depuis la page du dossier."
      />
      <PageError error={error} what="aux agréments de l’association" />
      {loading && !departments && <Loading label="Chargement des départements…" />}
      {departments && departments.length === 0 && (
        <EmptyState title="Aucun agrément en vigueur">L’association n’a aucun dossier à renouveler.</EmptyState>
      )}
      {departments?.map((d) => <DepartmentRenewals key={d.code} department={d} />)}
    </>
  );
}
