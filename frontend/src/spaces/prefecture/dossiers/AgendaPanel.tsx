import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useMutation, useQuery } from "../../../api/hooks";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { formatDateTime } from "../../../components/dates";
import { fieldError, isFieldError } from "../../../api/errors";
import { addToAgendaMutation } from "../seances/operations";
import { graphql } from "../../../gql";

/** The open sessions a dossier can be put on (agenda being composed). */
export const openSessionsQuery = graphql(`
  query PrefectureOpenSessions($departmentCode: String!) {
    sessions(departmentCode: $departmentCode, openOnly: true) {
      id
      scheduledAt
      place
      status
    }
  }
`);

type Props = {
  dossier: { id: string; departmentCode: string; version: number; status: string; reference: string };
  onDone: (message: string) => void;
};

/**
 * « Inscrire à l’ordre du jour » from the dossier itself (a submitted request): choose one of
 * the open sessions. The same mutation as the session page's « Dossiers à inscrire ».
 */
export function AgendaPanel({ dossier, onDone }: Props) {
  const sessions = useQuery(openSessionsQuery, { departmentCode: dossier.departmentCode }, { skip: dossier.status !== "SUBMITTED" });
  const [add, { loading, error }] = useMutation(addToAgendaMutation);
  const [sessionId, setSessionId] = useState("");
  const [missing, setMissing] = useState(false);
  if (dossier.status !== "SUBMITTED") return null;
  const open = [...(sessions.data?.sessions ?? [])].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const chosen = sessionId || open[0]?.id || "";

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen) {
      setMissing(true);
      return;
    }
    const r = await add({
      input: { departmentCode: dossier.departmentCode, sessionId: chosen, dossierId: dossier.id, version: dossier.version },
    });
    if (!r.error) {
      const s = open.find((x) => x.id === chosen);
      onDone(`Le dossier ${dossier.reference} est inscrit à l’ordre du jour de la séance du ${s ? formatDateTime(s.scheduledAt) : ""}.`);
    }
  }

  return (
    <section aria-labelledby="dossier-agenda-title" className="fr-mb-6w">
      <h2 id="dossier-agenda-title" className="fr-h4">
        Ordre du jour
      </h2>
      <ErrorAlert error={sessions.error} />
      {sessions.data && open.length === 0 ? (
        <p>
          Aucune séance ouverte.{" "}
          <Link className="fr-link" to={`/prefecture/${dossier.departmentCode}/seances`}>
            Programmer une séance
          </Link>
        </p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {error && !isFieldError(error, "sessionId") && <ErrorAlert error={error} />}
          <Select
            label="Séance"
            hint="Les séances ouvertes du département, la plus proche en premier."
            {...(missing && !chosen
              ? { state: "error" as const, stateRelatedMessage: "Choisissez une séance." }
              : fieldError(error, "sessionId"))}
            nativeSelectProps={{ value: chosen, onChange: (e) => setSessionId(e.target.value) }}
          >
            {open.map((s) => (
              <option key={s.id} value={s.id}>
                {formatDateTime(s.scheduledAt)} — {s.place}
              </option>
            ))}
          </Select>
          <Button type="submit" iconId="fr-icon-calendar-line" disabled={loading || !sessions.data}>
            Inscrire à l’ordre du jour
          </Button>
        </form>
      )}
    </section>
  );
}
