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
import { UrgencyField, needsUrgency } from "./UrgencyField";

/** Offset of Paris time from UTC at `utc` (milliseconds). */
function parisOffset(utc: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Paris",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(utc))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(utc / 1000) * 1000;
}

/** "2026-12-15T14:00" typed as Paris time (whatever the browser's zone) → RFC 3339 UTC. */
export function parisLocalToIso(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return new Date(local).toISOString();
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  let utc = wall - parisOffset(wall);
  utc = wall - parisOffset(utc);
  return new Date(utc).toISOString();
}

export function SessionStatusBadge({ status }: { status: string }) {
  switch (status) {
    case "CLOSED":
      return <Badge as="span" small severity="success">Close</Badge>;
    case "ADJOURNED":
      return <Badge as="span" small severity="warning">Ajournée (quorum non atteint)</Badge>;
    case "CANCELLED":
      return <Badge as="span" small severity="error">Annulée</Badge>;
    default:
      return <Badge as="span" small severity="info">Programmée</Badge>;
  }
}

export function SessionsPage() {
  const { departmentCode = "" } = useSpace();
  const { data, error, loading, refetch } = useQuery(sessionsQuery, { departmentCode });
  const [schedule, { error: scheduleError, loading: scheduling }] = useMutation(scheduleSessionMutation);

  const [scheduledAt, setScheduledAt] = useState("");
  const [place, setPlace] = useState("");
  const [visio, setVisio] = useState(false);
  const [urgency, setUrgency] = useState("");
  const [missing, setMissing] = useState<string[]>([]);
  const [created, setCreated] = useState<{ id: string; scheduledAt: string } | null>(null);

  const soon = needsUrgency(scheduledAt);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setCreated(null);
    const empty = [!scheduledAt && "scheduledAt", !place.trim() && "place", soon && !urgency.trim() && "urgency"].filter(
      (x): x is string => !!x,
    );
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(`session-${empty[0]}`)?.focus();
      return;
    }
    const r = await schedule({
      input: {
        departmentCode,
        scheduledAt: parisLocalToIso(scheduledAt),
        place: place.trim(),
        visio,
        urgency: soon ? urgency.trim() : null,
      },
    });
    if (!r.error) {
      setCreated({ id: r.data.scheduleSession.id, scheduledAt: r.data.scheduleSession.scheduledAt });
      setScheduledAt("");
      setPlace("");
      setVisio(false);
      setUrgency("");
      void refetch();
      setTimeout(() => document.getElementById("session-created")?.focus(), 0);
    } else {
      const field = (["place", "scheduledAt", "urgency"] as const).find((f) => f === r.error?.field) ?? null;
      if (field) document.getElementById(`session-${field}`)?.focus();
    }
  }

  const required = (field: string, label: string) =>
    missing.includes(field) ? { state: "error" as const, stateRelatedMessage: `Indiquez ${label.charAt(0).toLowerCase()}${label.slice(1)}.` } : {};

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
                Les convocations partent vers les membres dont l’adresse est connue ; l’ordre du jour mis à jour leur est envoyé après chaque modification.{" "}
                <Link to={created.id}>Composer l’ordre du jour de cette séance</Link>
              </>
            }
          />
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="fr-mb-6w">
        {scheduleError && !isFieldError(scheduleError, "scheduledAt", "place", "urgency") && <ErrorAlert error={scheduleError} />}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label="Date et heure"
              hintText="Heure de Paris"
              {...required("scheduledAt", "La date et l’heure de la séance")}
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
        {soon && (
          <UrgencyField
            id="session-urgency"
            value={urgency}
            onChange={setUrgency}
            missing={missing.includes("urgency")}
            error={scheduleError}
          />
        )}
        <Checkbox
          options={[
            {
              label: "Séance en visioconférence",
              nativeInputProps: { checked: visio, onChange: (e) => setVisio(e.target.checked) },
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
                    <Badge as="span" small severity="new">Seconde convocation</Badge>
                  </>
                )}
              </>,
              s.agenda.length === 0
                ? "Aucun dossier"
                : `${s.agenda.length} dossier${s.agenda.length > 1 ? "s" : ""}, ${done} avis rendu${done > 1 ? "s" : ""}`,
              <SessionStatusBadge status={s.status} />,
              <Link to={s.id} className="fr-link">
                {s.status === "SCHEDULED" ? "Ouvrir" : "Consulter"}
                <span className="fr-sr-only"> la séance du {formatDateTime(s.scheduledAt)}</span>
              </Link>,
            ];
          })}
        />
      )}
    </>
  );
}
