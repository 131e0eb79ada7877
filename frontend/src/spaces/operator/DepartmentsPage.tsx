import { useId, useMemo, useState } from "react";
import { Link } from "react-router";
import { ScrollTable } from "../../components/ScrollTable";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageTitle } from "../../components/PageTitle";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { formatDate } from "../../components/dates";
import { useQuery } from "../../api/hooks";
import { departmentsQuery } from "./operations";

type Filter = "all" | "onboarded" | "pending";

function normalise(s: string): string {
  return s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

export function DepartmentsPage() {
  const { data, error, loading, refetch } = useQuery(departmentsQuery, {});
  const [filter, setFilter] = useState<Filter>("all");
  const [search, setSearch] = useState("");
  const countId = useId();

  const departments = useMemo(
    () => [...(data?.departments ?? [])].sort((a, b) => a.sortKey - b.sortKey),
    [data],
  );
  const onboardedCount = departments.filter((d) => d.onboarded).length;
  const shown = departments.filter((d) => {
    if (filter === "onboarded" && !d.onboarded) return false;
    if (filter === "pending" && d.onboarded) return false;
    const q = normalise(search.trim());
    return q === "" || normalise(`${d.code} ${d.name} ${d.regionName}`).includes(q);
  });

  return (
    <>
      <PageTitle
        title="Départements"
        lead="Les 101 départements et l’état de leur installation sur CDLP."
      />
      <ErrorAlert error={error} />
      {error && (
        <Button priority="secondary" onClick={() => void refetch()} className="fr-mb-4w">
          Réessayer
        </Button>
      )}
      {loading && !data && <Loading label="Chargement des départements…" />}
      {data && (
        <>
          <p id={countId} aria-live="polite">
            {onboardedCount} département{onboardedCount > 1 ? "s" : ""} installé
            {onboardedCount > 1 ? "s" : ""} sur {departments.length}. {shown.length} affiché
            {shown.length > 1 ? "s" : ""}.
          </p>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Rechercher un département"
                hintText="Code, nom ou région"
                nativeInputProps={{
                  type: "search",
                  value: search,
                  onChange: (e) => setSearch(e.target.value),
                  "aria-describedby": countId,
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Select
                label="Afficher"
                nativeSelectProps={{
                  value: filter,
                  onChange: (e) => setFilter(e.target.value as Filter),
                }}
              >
                <option value="all">Tous les départements</option>
                <option value="onboarded">Départements installés</option>
                <option value="pending">Départements à installer</option>
              </Select>
            </div>
          </div>
          {shown.length === 0 ? (
            <EmptyState title="Aucun département ne correspond à votre recherche">
              Modifiez la recherche ou choisissez « Tous les départements ».
            </EmptyState>
          ) : (
            <ScrollTable
              caption="Liste des départements"
              noCaption={false}
              bordered
              headers={["Code", "Département", "Région", "État", "Action"]}
              data={shown.map((d) => [
                d.code,
                d.name,
                d.regionName,
                d.onboarded ? (
                  <Badge severity="success" small>
                    {d.onboardedAt ? `Installé le ${formatDate(d.onboardedAt)}` : "Installé"}
                  </Badge>
                ) : (
                  <Badge small>Non installé</Badge>
                ),
                d.onboarded ? (
                  <Link to={`departements/${encodeURIComponent(d.code)}/invitations`} className="fr-link">
                    Invitations<span className="fr-sr-only"> du département {d.name}</span>
                  </Link>
                ) : (
                  <Link to={`installer?departement=${encodeURIComponent(d.code)}`} className="fr-link">
                    Installer<span className="fr-sr-only"> {d.name}</span>
                  </Link>
                ),
              ])}
            />
          )}
        </>
      )}
    </>
  );
}
