import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { PageTitle } from "../../../components/PageTitle";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { EmptyState } from "../../../components/EmptyState";
import { formatDateTime } from "../../../components/dates";
import { fieldError, isFieldError } from "../../../api/errors";
import { useMutation, useQuery } from "../../../api/hooks";
import { useSpace } from "../../useSpace";
import { scheduleSessionMutation, sessionsQuery } from "./operations";

export function SessionStatusBadge({ status }: { status: string }) {
  return status === "CLOSED" ? (
    <Badge small severity="success">Close</Badge>
  ) : (
    <Badge small severity="info">Programmée</Badge>
  );
}

export function SessionsPage() {
  const { departmentCode = "" } = useSpace();
  const { data, error, loading, refetch } = useQuery(sessionsQuery, { departmentCode });
  const [schedule, { error: scheduleError, loading: scheduling }] = useMutation(scheduleSessionMutation);

  const [scheduledAt, setScheduledAt] = useState("");
  const [place, setPlace] = useState("");
  const [visio, setVisio] = useState(false);
  const [secondConvocation, setSecondConvocation] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const [created, setCreated] = useState<{ id: string; scheduledAt: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setCreated(null);
    const empty = [!scheduledAt && "scheduledAt", !place.trim() && "place"].filter((x): x is string => !!x);
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(`session-${empty[0]}`)?.focus();
      return;
    }
    const when = new Date(scheduledAt);
    const r = await schedule({
      input: {
        departmentCode,
        scheduledAt: when.toISOString(),
        place: place.trim(),
        visio,
        secondConvocation,
      },
    });
    if (!r.error) {
      setCreated({ id: r.data.scheduleSession.id, scheduledAt: r.data.scheduleSession.scheduledAt });
      setScheduledAt("");
      setPlace("");
      setVisio(false);
      setSecondConvocation(false);
      void refetch();
      setTimeout(() => document.getElementById("session-created")?.focus(), 0);
    } else {
      const field = r.error.field === "place" ? "place" : r.error.field === "scheduledAt" ? "scheduledAt" : null;
      if (field) document.getElementById(`session-${field}`)?.focus();
    }
  }

  const required = (field: string, label: string) =>
    missing.includes(field) ? { state: "error" as const, stateRelatedMessage: `${label} est obligatoire.` } : {};

  const sessions = data?.sessions ?? [];

  return (
    <>
      <PageTitle
        title="Séances"
        lead="Les séances de la commission : programmez-les, composez leur ordre du jour, consignez les avis."
      />

      <h2 className="fr-h4">Programmer une séance</h2>
      {created && (
        <div id="session-created" tabIndex={-1}>
          <Alert
            severity="success"
            className="fr-mb-4w"
            title={`Séance programmée le ${formatDateTime(created.scheduledAt)}`}
            description={
              <>
                Les convocations ont été envoyées aux membres.{" "}
                <Link to={created.id}>Composer l’ordre du jour de cette séance</Link>
              </>
            }
          />
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="fr-mb-6w">
        {scheduleError && !isFieldError(scheduleError, "scheduledAt", "place") && <ErrorAlert error={scheduleError} />}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label="Date et heure"
              hintText="Heure de Paris"
              {...required("scheduledAt", "La date et l’heure")}
              {...fieldError(scheduleError, "scheduledAt")}
              nativeInputProps={{
                id: "session-scheduledAt",
                type: "datetime-local",
                required: true,
                value: scheduledAt,
                onChange: (e) => setScheduledAt(e.target.value),
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-8">
            <Input
              label="Lieu"
              hintText="Une salle, ou le libellé du lien de visioconférence"
              {...required("place", "Le lieu")}
              {...fieldError(scheduleError, "place")}
              nativeInputProps={{
                id: "session-place",
                required: true,
                maxLength: 300,
                value: place,
                onChange: (e) => setPlace(e.target.value),
              }}
            />
          </div>
        </div>
        <Checkbox
          options={[
            {
              label: "Séance en visioconférence",
              nativeInputProps: { checked: visio, onChange: (e) => setVisio(e.target.checked) },
            },
            {
              label: "Seconde convocation",
              hintText: "Après une seconde convocation, la commission délibère sans condition de quorum.",
              nativeInputProps: {
                checked: secondConvocation,
                onChange: (e) => setSecondConvocation(e.target.checked),
              },
            },
          ]}
        />
        <Button type="submit" disabled={scheduling} iconId="fr-icon-calendar-line">
          Programmer une séance
        </Button>
      </form>

      <h2 className="fr-h4">Séances de la commission</h2>
      <ErrorAlert error={error} />
      {loading && !data && <Loading label="Chargement des séances…" />}
      {data && sessions.length === 0 && (
        <EmptyState title="Aucune séance pour le moment">
          Programmez la première séance avec le formulaire ci-dessus, puis ajoutez les dossiers à son ordre du jour.
        </EmptyState>
      )}
      {sessions.length > 0 && (
        <Table
          caption="Séances, les plus récentes en premier"
          bordered
          headers={["Date", "Lieu", "Ordre du jour", "État", "Action"]}
          data={sessions.map((s) => {
            const done = s.agenda.filter((a) => a.avisKind).length;
            return [
              formatDateTime(s.scheduledAt),
              <>
                {s.place}
                {s.visio && <> (visioconférence)</>}
                {s.secondConvocation && (
                  <>
                    <br />
                    <Badge small severity="new">Seconde convocation</Badge>
                  </>
                )}
              </>,
              s.agenda.length === 0
                ? "Aucun dossier"
                : `${s.agenda.length} dossier${s.agenda.length > 1 ? "s" : ""}, ${done} avis rendu${done > 1 ? "s" : ""}`,
              <SessionStatusBadge status={s.status} />,
              <Link to={s.id} className="fr-link">
                {s.status === "CLOSED" ? "Consulter" : "Ouvrir"}
                <span className="fr-sr-only"> la séance du {formatDateTime(s.scheduledAt)}</span>
              </Link>,
            ];
          })}
        />
      )}
    </>
  );
}
