import { useState, type FormEvent } from "react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ScrollTable } from "../../../components/ScrollTable";
import { PageTitle } from "../../../components/PageTitle";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { EmptyState } from "../../../components/EmptyState";
import { MONTHS, formatDateTime } from "../../../components/dates";
import { fieldError, isFieldError } from "../../../api/errors";
import { useMutation, useQuery } from "../../../api/hooks";
import { useSpace } from "../../useSpace";
import { DECLARED_INDICATORS } from "../../../labels";
import { declareIndicatorsMutation, declaredIndicatorsQuery } from "./operations";

function periodLabel(kind: string, start: string): string {
  const [y, m] = start.split("-").map(Number);
  if (kind === "M") return `${MONTHS[m - 1]} ${y}`;
  if (kind === "Q") return `${Math.floor((m - 1) / 3) + 1}${m === 1 ? "er" : "e"} trimestre ${y}`;
  return `année ${y}`;
}

type PeriodKind = "Y" | "Q" | "M";

export function IndicatorsPage() {
  const { departmentCode = "" } = useSpace();
  const { data, error, loading, refetch } = useQuery(declaredIndicatorsQuery, { departmentCode });
  const [declare, state] = useMutation(declareIndicatorsMutation);
  const thisYear = new Date().getFullYear();
  const [periodKind, setPeriodKind] = useState<PeriodKind>("Q");
  const [year, setYear] = useState(String(thisYear));
  const [quarter, setQuarter] = useState("1");
  const [month, setMonth] = useState("1");
  const [values, setValues] = useState<Record<string, string>>({});
  const [note, setNote] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const entries = Object.entries(values).filter(([, v]) => v.trim() !== "");
    if (entries.length === 0 || entries.some(([, v]) => !/^\d+$/.test(v.trim()))) {
      setLocalError("Indiquez au moins un chiffre, sous forme de nombre entier positif ou nul.");
      document.getElementById(`indicator-${Object.keys(DECLARED_INDICATORS)[0]}`)?.focus();
      return;
    }
    setLocalError(null);
    const r = await declare({
      input: {
        departmentCode,
        year: Number(year),
        quarter: periodKind === "Q" ? Number(quarter) : null,
        month: periodKind === "M" ? Number(month) : null,
        values: entries.map(([indicator, v]) => ({ indicator, value: Number(v.trim()) })),
        note: note.trim() || null,
      },
    });
    if (!r.error) {
      setSaved(r.data.declareIndicators.length);
      setValues({});
      setNote("");
      void refetch();
      setTimeout(() => document.getElementById("indicators-saved")?.focus(), 0);
    }
  }

  const list = data?.declaredIndicators ?? [];

  return (
    <>
      <PageTitle
        title="Indicateurs déclarés"
        lead="Les chiffres que la préfecture déclare pour le suivi national : actions de prévention et de formation, procédures et sanctions."
      />
      <h2 className="fr-h4">Déclarer des indicateurs</h2>
      {saved !== null && (
        <div id="indicators-saved" tabIndex={-1}>
          <Alert severity="success" small className="fr-mb-2w" description={`${saved} indicateur${saved > 1 ? "s" : ""} déclaré${saved > 1 ? "s" : ""}.`} />
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="fr-mb-6w">
        {state.error && !isFieldError(state.error, "year", "quarter", "month", "note") && <ErrorAlert error={state.error} />}
        <p className="fr-hint-text">
          Une nouvelle déclaration pour la même période remplace la précédente ; l’historique est conservé.
        </p>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Select label="Période" nativeSelectProps={{ value: periodKind, onChange: (e) => setPeriodKind(e.target.value as PeriodKind) }}>
              <option value="Y">Année</option>
              <option value="Q">Trimestre</option>
              <option value="M">Mois</option>
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label="Année"
              {...fieldError(state.error, "year")}
              nativeInputProps={{ type: "number", min: 2016, max: thisYear, value: year, onChange: (e) => setYear(e.target.value) }}
            />
          </div>
          {periodKind === "Q" && (
            <div className="fr-col-12 fr-col-md-4">
              <Select label="Trimestre" {...fieldError(state.error, "quarter")} nativeSelectProps={{ value: quarter, onChange: (e) => setQuarter(e.target.value) }}>
                {[1, 2, 3, 4].map((q) => (
                  <option key={q} value={q}>
                    {q}
                    {q === 1 ? "er" : "e"} trimestre
                  </option>
                ))}
              </Select>
            </div>
          )}
          {periodKind === "M" && (
            <div className="fr-col-12 fr-col-md-4">
              <Select label="Mois" {...fieldError(state.error, "month")} nativeSelectProps={{ value: month, onChange: (e) => setMonth(e.target.value) }}>
                {MONTHS.map((m, i) => (
                  <option key={m} value={i + 1}>
                    {m}
                  </option>
                ))}
              </Select>
            </div>
          )}
        </div>
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">Chiffres de la période (laissez vide ce que vous ne déclarez pas)</legend>
          {localError && (
            <p className="fr-error-text fr-mb-2w" role="alert">
              {localError}
            </p>
          )}
          {Object.entries(DECLARED_INDICATORS).map(([key, label]) => (
            <div className="fr-fieldset__element fr-col-12 fr-col-md-6" key={key}>
              <Input
                label={label}
                {...fieldError(state.error, key)}
                nativeInputProps={{
                  id: `indicator-${key}`,
                  type: "number",
                  min: 0,
                  inputMode: "numeric",
                  value: values[key] ?? "",
                  onChange: (e) => setValues((v) => ({ ...v, [key]: e.target.value })),
                }}
              />
            </div>
          ))}
        </fieldset>
        <Input
          label="Note (facultatif)"
          hintText="Source des chiffres, précisions"
          textArea
          {...fieldError(state.error, "note")}
          nativeTextAreaProps={{ rows: 2, maxLength: 2000, value: note, onChange: (e) => setNote(e.target.value) }}
        />
        <Button type="submit" disabled={state.loading} iconId="fr-icon-save-line">
          Déclarer les indicateurs
        </Button>
      </form>

      <h2 className="fr-h4">Historique des déclarations</h2>
      <ErrorAlert error={error} />
      {loading && !data && <Loading label="Chargement des déclarations…" />}
      {data && list.length === 0 && (
        <EmptyState title="Aucune déclaration pour le moment" as="h3">
          Déclarez les chiffres de la période écoulée avec le formulaire ci-dessus.
        </EmptyState>
      )}
      {list.length > 0 && (
        <ScrollTable
          caption="Déclarations, les plus récentes en premier"
          noCaption
          bordered
          headers={["Période", "Indicateur", "Valeur", "Déclaré le", "Note"]}
          data={list.map((d) => [
            periodLabel(d.periodKind, d.periodStart),
            DECLARED_INDICATORS[d.indicator] ?? d.indicator,
            String(d.value),
            formatDateTime(d.declaredAt),
            d.note ?? "",
          ])}
        />
      )}
    </>
  );
}
