import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { formatDateTime } from "../../../components/dates";
import { fieldError } from "../../../api/errors";
import { useMutation } from "../../../api/hooks";
import { parisLocalToIso } from "./SessionsPage";
import { UrgencyField, needsUrgency } from "./UrgencyField";
import {
  adjournSessionMutation,
  cancelSessionMutation,
  scheduleSecondConvocationMutation,
} from "./operations";

type SessionState = {
  id: string;
  status: string;
  scheduledAt: string;
  secondConvocation: boolean;
  followsSessionId?: string | null;
  followedBySessionId?: string | null;
  openedAt?: string | null;
  quorumMembers?: number | null;
  quorumCounted?: number | null;
  endReason?: string | null;
  endedAt?: string | null;
};

/**
 * What happens to a session off the happy path (décret 2006-672 art. 11): adjourned as a whole
 * when the quorum is not reached at the opening, then a second convocation on the same agenda
 * that deliberates without quorum; or cancelled before it opens.
 */
export function SessionActions({
  departmentCode,
  session,
  quorum,
  onChanged,
}: {
  departmentCode: string;
  session: SessionState;
  quorum: boolean;
  onChanged: () => Promise<unknown> | void;
}) {
  const navigate = useNavigate();
  const [adjourn, adjournState] = useMutation(adjournSessionMutation);
  const [cancel, cancelState] = useMutation(cancelSessionMutation);
  const [second, secondState] = useMutation(scheduleSecondConvocationMutation);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const [when, setWhen] = useState("");
  const [place, setPlace] = useState("");
  const [visio, setVisio] = useState(false);
  const [urgency, setUrgency] = useState("");
  const [secondMissing, setSecondMissing] = useState<string[]>([]);

  const started = new Date(session.scheduledAt).getTime() <= Date.now();
  const scheduled = session.status === "SCHEDULED";
  const notOpened = scheduled && !session.openedAt;

  async function doAdjourn() {
    const r = await adjourn({ input: { departmentCode, sessionId: session.id } });
    if (!r.error) await onChanged();
    setTimeout(() => document.getElementById("session-actions")?.focus(), 0);
  }

  async function doCancel(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setReasonMissing(true);
      document.getElementById("cancel-reason")?.focus();
      return;
    }
    setReasonMissing(false);
    const r = await cancel({ input: { departmentCode, sessionId: session.id, reason: reason.trim() } });
    if (!r.error) {
      setCancelling(false);
      await onChanged();
      setTimeout(() => document.getElementById("session-actions")?.focus(), 0);
    }
  }

  const soon = needsUrgency(when);

  async function doSecond(e: FormEvent) {
    e.preventDefault();
    const empty = [!when && "scheduledAt", !place.trim() && "place", soon && !urgency.trim() && "urgency"].filter(
      (x): x is string => !!x,
    );
    setSecondMissing(empty);
    if (empty.length > 0) {
      document.getElementById(`second-${empty[0]}`)?.focus();
      return;
    }
    const r = await second({
      input: {
        departmentCode,
        adjournedSessionId: session.id,
        scheduledAt: parisLocalToIso(when),
        place: place.trim(),
        visio,
        urgency: soon ? urgency.trim() : null,
      },
    });
    if (!r.error) navigate(`../${r.data.scheduleSecondConvocation.id}`, { relative: "path" });
  }

  return (
    <section id="session-actions" tabIndex={-1} aria-labelledby="session-actions-title" className="fr-mt-4w">
      <h2 id="session-actions-title" className="fr-h4">
        Déroulement de la séance
      </h2>
      {session.followsSessionId && (
        <p>
          Seconde convocation de la{" "}
          <Link to={`../${session.followsSessionId}`} relative="path">
            séance ajournée faute de quorum
          </Link>{" "}
          : la commission délibère sans condition de quorum, sur le même ordre du jour.
        </p>
      )}
      {session.status === "ADJOURNED" && (
        <>
          <Alert
            severity="warning"
            small
            className="fr-mb-2w"
            description={`Séance ajournée faute de quorum${
              session.quorumMembers != null
                ? ` (${session.quorumCounted ?? 0} sur ${session.quorumMembers} membres votants présents ou représentés)`
                : ""
            }${session.endedAt ? `, le ${formatDateTime(session.endedAt)}` : ""}. Aucun avis n’a été rendu.`}
          />
          {session.followedBySessionId ? (
            <p>
              <Link to={`../${session.followedBySessionId}`} relative="path" className="fr-link">
                Voir la seconde convocation
              </Link>
            </p>
          ) : (
            <form onSubmit={(e) => void doSecond(e)} noValidate>
              <h3 className="fr-h5">Fixer la seconde convocation</h3>
              <p>
                La seconde convocation reprend l’ordre du jour de cette séance ; la convocation indique qu’aucun
                quorum ne sera exigé.
              </p>
              <ErrorAlert
                error={["scheduledAt", "place", "urgency"].includes(secondState.error?.field ?? "") ? null : secondState.error}
              />
              <div className="fr-grid-row fr-grid-row--gutters">
                <div className="fr-col-12 fr-col-md-4">
                  <Input
                    label="Date et heure"
                    hintText="Heure de Paris"
                    {...(secondMissing.includes("scheduledAt")
                      ? { state: "error" as const, stateRelatedMessage: "Indiquez la date et l’heure." }
                      : fieldError(secondState.error, "scheduledAt"))}
                    nativeInputProps={{
                      id: "second-scheduledAt",
                      type: "datetime-local",
                      value: when,
                      onChange: (e) => setWhen(e.target.value),
                    }}
                  />
                </div>
                <div className="fr-col-12 fr-col-md-8">
                  <Input
                    label="Lieu"
                    {...(secondMissing.includes("place")
                      ? { state: "error" as const, stateRelatedMessage: "Indiquez le lieu." }
                      : fieldError(secondState.error, "place"))}
                    nativeInputProps={{
                      id: "second-place",
                      maxLength: 300,
                      value: place,
                      onChange: (e) => setPlace(e.target.value),
                    }}
                  />
                </div>
              </div>
              {soon && (
                <UrgencyField
                  id="second-urgency"
                  value={urgency}
                  onChange={setUrgency}
                  missing={secondMissing.includes("urgency")}
                  error={secondState.error}
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
              <Button type="submit" disabled={secondState.loading} iconId="fr-icon-calendar-line">
                Convoquer la seconde séance
              </Button>
            </form>
          )}
        </>
      )}
      {session.status === "CANCELLED" && (
        <Alert
          severity="info"
          small
          className="fr-mb-2w"
          description={`Séance annulée${session.endedAt ? ` le ${formatDateTime(session.endedAt)}` : ""}${
            session.endReason ? ` : ${session.endReason}` : ""
          }. Ses dossiers attendent une autre séance.`}
        />
      )}
      {notOpened && (
        <>
          <p>
            {session.secondConvocation
              ? "Sur seconde convocation, la séance délibère quel que soit le nombre de membres présents."
              : quorum
                ? "Le quorum est atteint : la séance est ouverte au premier avis enregistré."
                : started
                  ? "Le quorum n’est pas atteint : la séance est ajournée dans son ensemble, puis convoquée une seconde fois sur le même ordre du jour."
                  : "Le quorum se constate à l’ouverture de la séance, à l’heure prévue."}
          </p>
          <ErrorAlert error={adjournState.error} title="La séance n’a pas été ajournée" />
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
            {!session.secondConvocation && !quorum && started && (
              <li>
                <Button onClick={() => void doAdjourn()} disabled={adjournState.loading} iconId="fr-icon-calendar-event-line">
                  Ajourner la séance (quorum non atteint)
                </Button>
              </li>
            )}
            <li>
              <Button
                priority="secondary"
                iconId="fr-icon-close-circle-line"
                nativeButtonProps={{ "aria-expanded": cancelling, "aria-controls": "cancel-form" }}
                onClick={() => setCancelling(!cancelling)}
              >
                Annuler la séance
              </Button>
            </li>
          </ul>
          {cancelling && (
            <form id="cancel-form" onSubmit={(e) => void doCancel(e)} noValidate className="fr-mb-4w">
              <ErrorAlert error={cancelState.error?.field === "reason" ? null : cancelState.error} title="La séance n’a pas été annulée" />
              <Input
                label="Motif de l’annulation"
                hintText="Les dossiers inscrits retournent parmi ceux à inscrire à une autre séance."
                {...(reasonMissing
                  ? { state: "error" as const, stateRelatedMessage: "Indiquez le motif de l’annulation." }
                  : fieldError(cancelState.error, "reason"))}
                nativeInputProps={{
                  id: "cancel-reason",
                  maxLength: 2000,
                  value: reason,
                  onChange: (e) => setReason(e.target.value),
                }}
              />
              <Button type="submit" priority="tertiary" disabled={cancelState.loading}>
                Confirmer l’annulation
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
