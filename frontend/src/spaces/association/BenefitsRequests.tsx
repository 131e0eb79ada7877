import { useState, type FormEvent } from "react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formatDate, todayNaive } from "../../components/dates";
import { fieldError, isFieldError } from "../../api/errors";
import { useMutation } from "../../api/hooks";
import { graphql } from "../../gql";

export const associationRecordBenefitsMutation = graphql(`
  mutation AssociationRecordPeriodBenefits($input: RecordPeriodBenefitsInput!) {
    recordPeriodBenefits(input: $input) {
      number
      afisRequestedOn
      apsRequestedOn
      housingSupport
    }
  }
`);

type Period = {
  number: number;
  startDate: string;
  endDate: string;
  afisRequestedOn?: string | null;
  apsRequestedOn?: string | null;
  housingSupport?: string | null;
  cancelledOn?: string | null;
};

/**
 * What the association records for a period: the AFIS and residence-permit requests it helped
 * file and the housing it found (the prefecture records the grants). Sent as a patch: only
 * what changed.
 */
export function BenefitsRequests({
  dossier,
  onSaved,
}: {
  dossier: { id: string; departmentCode: string; version: number; periods: Period[] };
  onSaved: () => Promise<unknown> | void;
}) {
  const periods = dossier.periods.filter((p) => !p.cancelledOn);
  const [record, { loading, error }] = useMutation(associationRecordBenefitsMutation);
  const [number, setNumber] = useState(periods[periods.length - 1]?.number ?? 1);
  const period = periods.find((p) => p.number === number);
  const initial = (p?: Period) => ({
    afisRequestedOn: p?.afisRequestedOn ?? "",
    apsRequestedOn: p?.apsRequestedOn ?? "",
    housingSupport: p?.housingSupport ?? "",
  });
  const [values, setValues] = useState(() => initial(period));
  const [saved, setSaved] = useState(false);
  if (periods.length === 0) return null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const before = initial(period);
    const changed = (k: keyof typeof values) => (values[k].trim() !== before[k] ? { [k]: values[k].trim() || null } : {});
    const r = await record({
      input: {
        departmentCode: dossier.departmentCode,
        dossierId: dossier.id,
        version: dossier.version,
        periodNumber: number,
        ...changed("afisRequestedOn"),
        ...changed("apsRequestedOn"),
        ...changed("housingSupport"),
      },
    });
    if (!r.error) {
      setSaved(true);
      await onSaved();
    }
    setTimeout(() => document.getElementById("benefits-requests-status")?.focus(), 0);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="fr-mt-3w">
      <h3 className="fr-h5">Demandes d’aides et hébergement</h3>
      <p className="fr-hint-text">
        L’association consigne les demandes d’AFIS et de titre de séjour et l’hébergement ; leur attribution est
        consignée par la préfecture.
      </p>
      <div id="benefits-requests-status" tabIndex={-1}>
        {error && !isFieldError(error, "afisRequestedOn", "apsRequestedOn", "housingSupport") && <ErrorAlert error={error} />}
        {saved && !error && <Alert severity="success" small className="fr-mb-2w" description="Enregistré." />}
      </div>
      <Select
        label="Période"
        nativeSelectProps={{
          value: String(number),
          onChange: (e) => {
            const n = Number(e.target.value);
            setNumber(n);
            setValues(initial(periods.find((p) => p.number === n)));
          },
        }}
      >
        {periods.map((p) => (
          <option key={p.number} value={p.number}>
            Période {p.number} : du {formatDate(p.startDate)} au {formatDate(p.endDate)}
          </option>
        ))}
      </Select>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="AFIS demandée le"
            {...fieldError(error, "afisRequestedOn")}
            nativeInputProps={{ type: "date", max: todayNaive(), value: values.afisRequestedOn, onChange: (e) => setValues((v) => ({ ...v, afisRequestedOn: e.target.value })) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Titre de séjour (APS) demandé le"
            {...fieldError(error, "apsRequestedOn")}
            nativeInputProps={{ type: "date", max: todayNaive(), value: values.apsRequestedOn, onChange: (e) => setValues((v) => ({ ...v, apsRequestedOn: e.target.value })) }}
          />
        </div>
      </div>
      <Input
        label="Hébergement (facultatif)"
        hintText="Par exemple : hébergement en CHRS, logement accompagné"
        {...fieldError(error, "housingSupport")}
        nativeInputProps={{ maxLength: 500, value: values.housingSupport, onChange: (e) => setValues((v) => ({ ...v, housingSupport: e.target.value })) }}
      />
      <Button type="submit" priority="secondary" disabled={loading} iconId="fr-icon-save-line">
        Enregistrer les demandes et l’hébergement
      </Button>
    </form>
  );
}
