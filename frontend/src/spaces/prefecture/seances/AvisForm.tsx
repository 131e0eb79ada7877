import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { SubmitCancelButtons } from "../../../components/FormButtons";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { fieldError } from "../../../api/errors";
import { useMutation } from "../../../api/hooks";
import type { Vote } from "../../../gql/graphql";
import { SEAT_LABELS } from "../../../labels";
import { recordAvisMutation } from "./operations";
import type { SessionMember } from "./SessionPage";

type Choice = Vote | "NONE";

const VOTE_OPTIONS: { value: Choice; label: string }[] = [
  { value: "FOR", label: "Favorable" },
  { value: "AGAINST", label: "Défavorable" },
  { value: "ABSTAIN", label: "Abstention" },
  { value: "NONE", label: "Ne prend pas part au vote" },
];

export type AvisFormProps = {
  departmentCode: string;
  sessionId: string;
  item: { dossierId: string; dossierReference: string; associationId: string; associationName: string };
  /** The dossier's version (null while unknown). */
  version: number | null;
  /** Voting members present at the session and sitting for individual files. */
  voters: SessionMember[];
  onDone: () => void;
  onCancel: () => void;
};

/** The commission's avis on one agenda item: the ballots of present members, or an adjournment. */
export function AvisForm({ departmentCode, sessionId, item, version, voters, onDone, onCancel }: AvisFormProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const [record, { loading, error }] = useMutation(recordAvisMutation);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [adjourned, setAdjourned] = useState(false);
  const [remarks, setRemarks] = useState("");
  const [noVotes, setNoVotes] = useState(false);

  useEffect(() => headingRef.current?.focus(), []);

  const recused = voters.filter((m) => m.associationId === item.associationId);
  const eligible = voters.filter((m) => m.associationId !== item.associationId);
  const count = (v: Vote) => eligible.filter((m) => choices[m.id] === v).length;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (version === null) return;
    const ballots = eligible
      .filter((m) => choices[m.id] && choices[m.id] !== "NONE")
      .map((m) => ({ memberId: m.id, vote: choices[m.id] as Vote }));
    // An avis is voted: without any vote, only an adjournment of the examination is recorded.
    if (ballots.length === 0 && !adjourned) {
      setNoVotes(true);
      setTimeout(() => document.getElementById(`${headingId}-error`)?.focus(), 0);
      return;
    }
    setNoVotes(false);
    const r = await record({
      input: {
        departmentCode,
        sessionId,
        dossierId: item.dossierId,
        version,
        ballots,
        adjourned,
        remarks: remarks.trim() === "" ? null : remarks.trim(),
      },
    });
    if (!r.error) onDone();
    else setTimeout(() => document.getElementById(`${headingId}-error`)?.focus(), 0);
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={headingId}
      className="fr-p-3w fr-my-2w cdlp-empty"
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="fr-h5">
        Avis de la commission sur le dossier {item.dossierReference}
      </h3>
      <p className="fr-text--sm">Dossier présenté par {item.associationName}.</p>
      <div id={`${headingId}-error`} tabIndex={-1}>
        {noVotes && (
          <ErrorAlert
            error={{
              code: "BAD_USER_INPUT",
              field: "ballots",
              message:
                "Aucun vote n’est saisi : indiquez le vote de chaque membre présent, ou cochez « Ajourner l’examen du dossier ».",
            }}
            title="L’avis n’a pas été enregistré"
          />
        )}
        {!noVotes && error && error.field !== "remarks" && <ErrorAlert error={error} title="L’avis n’a pas été enregistré" />}
      </div>
      {eligible.length === 0 ? (
        <p>
          Aucun membre votant n’est enregistré comme présent ou représenté. Enregistrez d’abord les présences de la
          séance.
        </p>
      ) : (
        eligible.map((m) => (
          <RadioButtons
            key={m.id}
            legend={`${m.fullName} — ${SEAT_LABELS[m.seat]}`}
            orientation="horizontal"
            small
            name={`vote-${item.dossierId}-${m.id}`}
            options={VOTE_OPTIONS.map((o) => ({
              label: o.label,
              nativeInputProps: {
                value: o.value,
                checked: (choices[m.id] ?? "NONE") === o.value,
                onChange: () => setChoices((c) => ({ ...c, [m.id]: o.value })),
              },
            }))}
          />
        ))
      )}
      {recused.length > 0 && (
        <>
          <p className="fr-mb-1w">Membres récusés (ils représentent l’association qui présente ce dossier et ne votent pas) :</p>
          <ul className="fr-mb-3w">
            {recused.map((m) => (
              <li key={m.id}>{m.fullName}</li>
            ))}
          </ul>
        </>
      )}
      {eligible.length > 0 && (
        <p aria-live="polite" className="fr-text--sm">
          Décompte : {count("FOR")} favorable{count("FOR") > 1 ? "s" : ""}, {count("AGAINST")} défavorable
          {count("AGAINST") > 1 ? "s" : ""}, {count("ABSTAIN")} abstention{count("ABSTAIN") > 1 ? "s" : ""}. En cas
          de partage des voix, celle du président est prépondérante.
        </p>
      )}
      <Checkbox
        options={[
          {
            label: "Ajourner l’examen du dossier",
            hintText: "Le dossier retourne à l’association pour un complément d’information.",
            nativeInputProps: { checked: adjourned, onChange: (e) => setAdjourned(e.target.checked) },
          },
        ]}
      />
      <Input
        label="Observations (facultatif)"
        textArea
        {...fieldError(error, "remarks")}
        nativeTextAreaProps={{ value: remarks, maxLength: 5000, rows: 3, onChange: (e) => setRemarks(e.target.value) }}
      />
      <SubmitCancelButtons submitLabel="Valider l'avis" disabled={loading || version === null} iconId="fr-icon-check-line" onCancel={onCancel} />
    </form>
  );
}
