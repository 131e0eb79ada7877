import { useState, type FormEvent } from "react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ErrorAlert } from "../../components/ErrorAlert";
import { fieldError, isFieldError } from "../../api/errors";
import { useMutation } from "../../api/hooks";
import { graphql } from "../../gql";

export const recordRenewalEvaluationMutation = graphql(`
  mutation AssociationRecordRenewalEvaluation($input: RenewalEvaluationInput!) {
    recordRenewalEvaluation(input: $input) {
      id
      version
      renewalActionsResults
      renewalCommitmentsKept
      renewalDifficulties
    }
  }
`);

type Props = {
  dossier: {
    id: string;
    departmentCode: string;
    version: number;
    renewalActionsResults?: string | null;
    renewalCommitmentsKept?: string | null;
    renewalDifficulties?: string | null;
  };
  editable: boolean;
  onSaved: () => Promise<unknown> | void;
};

/**
 * The evaluation a renewal comes with (CASF R.121-12-9 §2): the actions carried out and their
 * results, the commitments kept, the difficulties met. Required to submit the renewal.
 */
export function RenewalEvaluation({ dossier, editable, onSaved }: Props) {
  const [save, { loading, error }] = useMutation(recordRenewalEvaluationMutation);
  const [actions, setActions] = useState(dossier.renewalActionsResults ?? "");
  const [commitments, setCommitments] = useState(dossier.renewalCommitmentsKept ?? "");
  const [difficulties, setDifficulties] = useState(dossier.renewalDifficulties ?? "");
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const r = await save({
      input: {
        departmentCode: dossier.departmentCode,
        id: dossier.id,
        version: dossier.version,
        actionsResults: actions.trim() || null,
        commitmentsKept: commitments.trim() || null,
        difficulties: difficulties.trim() || null,
      },
    });
    if (!r.error) {
      setSaved(true);
      await onSaved();
    }
    setTimeout(() => document.getElementById("renewal-evaluation-status")?.focus(), 0);
  }

  const area = (label: string, hint: string, field: string, value: string, set: (v: string) => void) => (
    <Input
      label={label}
      hintText={hint}
      textArea
      disabled={!editable}
      {...fieldError(error, field)}
      nativeTextAreaProps={{ rows: 4, maxLength: 10000, value, onChange: (e) => set(e.target.value) }}
    />
  );

  return (
    <section aria-labelledby="renewal-evaluation" className="fr-mb-6w">
      <h2 id="renewal-evaluation" className="fr-h4">
        Évaluation de la période écoulée
      </h2>
      <p>
        La commission examine le renouvellement au vu des actions menées, des engagements tenus et des difficultés
        rencontrées (article R.121-12-9 du code de l’action sociale et des familles). Ces trois rubriques sont
        nécessaires pour déposer la demande.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div id="renewal-evaluation-status" tabIndex={-1}>
          {error && !isFieldError(error, "actionsResults", "commitmentsKept", "difficulties") && <ErrorAlert error={error} />}
          {saved && !error && <Alert severity="success" small className="fr-mb-2w" description="Évaluation enregistrée." />}
        </div>
        {area("Actions menées et leurs résultats", "Logement, santé, formation, emploi, démarches…", "actionsResults", actions, setActions)}
        {area("Engagements tenus", "Au regard du document de suivi signé par la personne.", "commitmentsKept", commitments, setCommitments)}
        {area("Difficultés rencontrées", "Ce qui a freiné le parcours, et ce qui est prévu pour y répondre.", "difficulties", difficulties, setDifficulties)}
        {editable && (
          <Button type="submit" disabled={loading} iconId="fr-icon-save-line">
            Enregistrer l’évaluation
          </Button>
        )}
      </form>
    </section>
  );
}
