import { useEffect, useState, type FormEvent } from "react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { fieldError, isFieldError } from "../../../api/errors";
import { useMutation, useQuery } from "../../../api/hooks";
import { useSpace } from "../../useSpace";
import { decisionSignatoryQuery, setDecisionSignatoryMutation } from "./signatoryOperations";

/**
 * Who signs the prefect's decision letters (CRPA L.212-1: first name, name and quality). The
 * letters are not issued until it is recorded; the prefecture admin records and changes it.
 */
export function SignatorySection() {
  const { departmentCode = "", membership } = useSpace();
  const isAdmin = membership.role === "PREFECTURE_ADMIN";
  const { data, error, loading, refetch } = useQuery(decisionSignatoryQuery, { departmentCode });
  const [save, saving] = useMutation(setDecisionSignatoryMutation);
  const current = data?.decisionSignatory ?? null;
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [quality, setQuality] = useState("");
  const [delegation, setDelegation] = useState("Pour le préfet et par délégation");
  const [tribunal, setTribunal] = useState("");
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (!current) return;
    setFirstName(current.firstName);
    setLastName(current.lastName);
    setQuality(current.quality);
    setDelegation(current.delegation);
    setTribunal(current.tribunal ?? "");
  }, [current]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const r = await save({
      input: {
        departmentCode,
        firstName,
        lastName,
        quality,
        delegation: delegation.trim() || null,
        tribunal: tribunal.trim() || null,
        expectedVersion: current?.version ?? null,
      },
    });
    if (!r.error) {
      const s = r.data.setDecisionSignatory;
      setSaved(`Les décisions seront signées par ${s.firstName} ${s.lastName}, ${s.quality}.`);
      void refetch();
      setTimeout(() => document.getElementById("signatory-saved")?.focus(), 0);
    }
  }

  const known = ["firstName", "lastName", "quality", "delegation", "tribunal"];
  return (
    <section aria-labelledby="signatory-title" className="fr-mt-6w">
      <h2 id="signatory-title" className="fr-h4">
        Signataire des décisions
      </h2>
      <p className="fr-text--sm">
        Les courriers de décision indiquent le prénom, le nom et la qualité de leur signataire (article L. 212-1 du code
        des relations entre le public et l’administration) et le tribunal administratif compétent pour les recours.
      </p>
      <ErrorAlert error={error} />
      {loading && !data && <Loading label="Chargement du signataire…" />}
      {data && !current && (
        <Alert
          severity="warning"
          small
          className="fr-mb-2w"
          description={
            isAdmin
              ? "Aucun signataire n’est renseigné : les courriers de décision ne peuvent pas être produits tant qu’il ne l’est pas."
              : "Aucun signataire n’est renseigné : un administrateur de la préfecture doit l’indiquer pour que les courriers de décision puissent être produits."
          }
        />
      )}
      {saved && (
        <div id="signatory-saved" tabIndex={-1}>
          <Alert severity="success" small className="fr-mb-2w" description={saved} />
        </div>
      )}
      {!isAdmin && current && (
        <dl className="cdlp-dl">
          <dt>Signataire</dt>
          <dd>
            {current.firstName} {current.lastName}, {current.quality}
          </dd>
          <dt>Délégation</dt>
          <dd>{current.delegation || "Le préfet signe lui-même"}</dd>
          <dt>Tribunal administratif</dt>
          <dd>{current.tribunal ?? "Non précisé"}</dd>
        </dl>
      )}
      {isAdmin && data && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {saving.error && !isFieldError(saving.error, ...known) && <ErrorAlert error={saving.error} />}
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Prénom *"
                {...fieldError(saving.error, "firstName")}
                nativeInputProps={{ required: true, maxLength: 100, value: firstName, onChange: (e) => setFirstName(e.target.value) }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Nom *"
                {...fieldError(saving.error, "lastName")}
                nativeInputProps={{ required: true, maxLength: 100, value: lastName, onChange: (e) => setLastName(e.target.value) }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Qualité *"
                hintText="Par exemple : Directrice départementale de l’emploi, du travail et des solidarités"
                {...fieldError(saving.error, "quality")}
                nativeInputProps={{ required: true, maxLength: 300, value: quality, onChange: (e) => setQuality(e.target.value) }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Délégation (facultatif)"
                hintText="Laissez vide si le préfet signe lui-même."
                {...fieldError(saving.error, "delegation")}
                nativeInputProps={{ maxLength: 300, value: delegation, onChange: (e) => setDelegation(e.target.value) }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Tribunal administratif compétent (facultatif)"
                hintText="Par exemple : tribunal administratif de Paris"
                {...fieldError(saving.error, "tribunal")}
                nativeInputProps={{ maxLength: 200, value: tribunal, onChange: (e) => setTribunal(e.target.value) }}
              />
            </div>
          </div>
          <Button type="submit" disabled={saving.loading} iconId="fr-icon-save-line">
            Enregistrer le signataire
          </Button>
        </form>
      )}
    </section>
  );
}
