import { useEffect, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { Convocations } from "./Convocations";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { ScrollTable } from "../../../components/ScrollTable";
import { PageTitle } from "../../../components/PageTitle";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { EmptyState } from "../../../components/EmptyState";
import { formatDate, formatDateTime } from "../../../components/dates";
import { request, type ApiError } from "../../../api/client";
import { useMutation, useQuery } from "../../../api/hooks";
import type { AttendanceMode, CommissionSeat } from "../../../gql/graphql";
import { useSpace } from "../../useSpace";
import { AVIS_KIND, AVIS_SEVERITY, SEAT_LABELS, reviewsIndividualFiles } from "../../../labels";
import { downloadBase64 } from "../../../components/download";
import { AvisForm } from "./AvisForm";
import { SessionStatusBadge } from "./SessionsPage";
import { SessionActions } from "./SessionActions";
import {
  addToAgendaMutation,
  removeFromAgendaMutation,
  closeSessionMutation,
  recordAttendanceMutation,
  sessionDossiersQuery,
  sessionMembersQuery,
  sessionMinutesQuery,
  sessionQuery,
} from "./operations";

export type SessionMember = {
  id: string;
  fullName: string;
  seat: CommissionSeat;
  organisation?: string | null;
  associationId?: string | null;
  voting: boolean;
};

type Presence = { mode: AttendanceMode; mandateTo?: string | null };

const MODE_OPTIONS: { value: AttendanceMode; label: string }[] = [
  { value: "PRESENT", label: "Présent" },
  { value: "REMOTE", label: "À distance" },
  { value: "MANDATE", label: "A donné mandat" },
  { value: "ABSENT", label: "Absent ou excusé" },
];

export function SessionPage() {
  const { departmentCode = "" } = useSpace();
  const { sessionId = "" } = useParams();
  const session = useQuery(sessionQuery, { departmentCode, id: sessionId });
  const s = session.data?.session ?? null;
  const open = s?.status === "SCHEDULED";
  // The server checks the members sitting on the session's (UTC) date.
  const activeOn = s ? new Date(s.scheduledAt).toISOString().slice(0, 10) : "";
  const members = useQuery(sessionMembersQuery, { departmentCode, activeOn }, { skip: !s });
  const toSchedule = useQuery(sessionDossiersQuery, { departmentCode, queue: "TO_SCHEDULE" }, { skip: !open });

  const [addToAgenda, { error: addError }] = useMutation(addToAgendaMutation);
  const [adding, setAdding] = useState<string | null>(null);
  const [addErrorFor, setAddErrorFor] = useState<string | null>(null);
  const [recordAttendance, attendanceState] = useMutation(recordAttendanceMutation);
  const [closeSession, closeState] = useMutation(closeSessionMutation);
  const [presence, setPresence] = useState<Record<string, Presence>>({});
  const [removeFromAgenda, removeState] = useMutation(removeFromAgendaMutation);
  const [removed, setRemoved] = useState<string | null>(null);
  const [attendanceSaved, setAttendanceSaved] = useState(false);
  const [avisFor, setAvisFor] = useState<string | null>(null);
  const [avisRecorded, setAvisRecorded] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);

  const memberList: SessionMember[] = useMemo(() => members.data?.commission?.members ?? [], [members.data]);

  // Initialise the attendance form from what was saved.
  const savedKey = JSON.stringify(s?.attendance ?? []);
  useEffect(() => {
    const saved: Record<string, Presence> = {};
    for (const a of JSON.parse(savedKey) as { memberId: string; mode: AttendanceMode; mandateTo?: string | null }[])
      saved[a.memberId] = { mode: a.mode, mandateTo: a.mandateTo };
    setPresence(saved);
  }, [savedKey]);

  // Present, remote or represented, as saved.
  const savedPresent = new Set(s?.attendance.filter((a) => a.mode !== "ABSENT").map((a) => a.memberId) ?? []);
  const sitting = memberList.filter((m) => m.voting && reviewsIndividualFiles(m.seat));
  const voters = sitting.filter((m) => savedPresent.has(m.id));
  const candidates = (toSchedule.data?.dossiers.nodes ?? []).filter((d) => !d.agendaSessionId);

  async function add(d: { id: string; version: number }) {
    setAdding(d.id);
    setAddErrorFor(null);
    const r = await addToAgenda({ input: { departmentCode, sessionId, dossierId: d.id, version: d.version } });
    setAdding(null);
    if (r.error) {
      setAddErrorFor(d.id);
      return;
    }
    await Promise.all([session.refetch(), toSchedule.refetch()]);
    document.getElementById("agenda-title")?.focus();
  }

  async function saveAttendance() {
    setAttendanceSaved(false);
    const r = await recordAttendance({
      input: {
        departmentCode,
        sessionId,
        attendance: memberList.map((m) => {
          const p = presence[m.id] ?? { mode: "ABSENT" as AttendanceMode };
          return {
            memberId: m.id,
            mode: p.mode,
            mandateTo: p.mode === "MANDATE" ? (p.mandateTo ?? null) : null,
          };
        }),
      },
    });
    if (!r.error) {
      setAttendanceSaved(true);
      await session.refetch();
    }
    document.getElementById("attendance-status")?.focus();
  }

  async function takeOff(item: { id: string; dossierId: string; dossierVersion: number; dossierReference: string }) {
    setRemoved(null);
    const r = await removeFromAgenda({
      input: { departmentCode, dossierId: item.dossierId, version: item.dossierVersion },
    });
    if (!r.error) {
      setRemoved(item.dossierReference);
      await Promise.all([session.refetch(), toSchedule.refetch()]);
    }
    setTimeout(() => document.getElementById("agenda-title")?.focus(), 0);
  }

  async function close() {
    const r = await closeSession({ input: { departmentCode, sessionId } });
    if (!r.error) {
      await session.refetch();
      setTimeout(() => document.getElementById("minutes-section")?.focus(), 0);
    }
  }

  async function downloadMinutes() {
    setDownloading(true);
    setDownloadError(null);
    const r = await request(sessionMinutesQuery, { departmentCode, id: sessionId });
    setDownloading(false);
    if (r.error) {
      setDownloadError(r.error);
      return;
    }
    const pdf = r.data.session?.minutesPdf;
    if (!pdf) {
      setDownloadError({ code: "NOT_FOUND", message: "Le procès-verbal n’est pas encore disponible." });
      return;
    }
    downloadBase64(pdf, `proces-verbal-${departmentCode}-${formatDate(r.data.session!.scheduledAt).replaceAll("/", "-")}.pdf`);
  }

  if (session.loading && !session.data) return <Loading label="Chargement de la séance…" />;
  if (session.error || !s) {
    return (
      <>
        <PageTitle title="Séance introuvable" />
        <ErrorAlert error={session.error} />
        {!session.error && <p>Cette séance n’existe pas ou n’appartient pas à ce département.</p>}
        <Link to=".." relative="path" className="fr-link">
          Retour aux séances
        </Link>
      </>
    );
  }

  const pending = s.agenda.filter((a) => !a.avisKind).length;
  const presentCount = sitting.filter((m) => savedPresent.has(m.id)).length;
  const quorum = s.secondConvocation || (sitting.length > 0 && 2 * presentCount >= sitting.length);
  // Items leave the agenda only before the session deliberates (or once adjourned or cancelled).
  const releasable = (open && !s.openedAt) || s.status === "ADJOURNED";

  return (
    <>
      <PageTitle
        title={`Séance du ${formatDateTime(s.scheduledAt)}`}
        lead={
          <>
            {s.place}
            {s.visio && " (visioconférence)"}
            {s.secondConvocation && " — seconde convocation : la commission délibère sans quorum"}
          </>
        }
      />
      <p>
        <Link to=".." relative="path" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Toutes les séances
        </Link>
      </p>
      <p>
        État : <SessionStatusBadge status={s.status} />
        {s.closedAt && <> — close le {formatDateTime(s.closedAt)}</>}
      </p>

      {/* ---------------------------------------------------------------- Ordre du jour */}
      <h2 id="agenda-title" tabIndex={-1} className="fr-h4 fr-mt-4w">
        Ordre du jour
      </h2>
      {removed && (
        <Alert severity="success" small className="fr-mb-2w" description={`Le dossier ${removed} a été retiré de l’ordre du jour : il attend une autre séance.`} />
      )}
      <ErrorAlert error={removeState.error} title="Le dossier n’a pas été retiré de l’ordre du jour" />
      {avisRecorded && (
        <div id="avis-recorded" tabIndex={-1}>
          <Alert severity="success" small className="fr-mb-2w" description={`Avis enregistré pour le dossier ${avisRecorded}.`} />
        </div>
      )}
      {s.agenda.length === 0 ? (
        <EmptyState title="L’ordre du jour est vide" as="h3">
          {open
            ? "Ajoutez ci-dessous les dossiers prêts à être examinés."
            : "Aucun dossier n’a été examiné lors de cette séance."}
        </EmptyState>
      ) : (
        <div className="fr-mb-4w">
          <ScrollTable
            caption="Dossiers inscrits à l’ordre du jour"
            noCaption
            bordered
            headers={["N°", "Dossier", "Association", "Avis", "Action"]}
            data={[...s.agenda]
              .sort((a, b) => a.position - b.position)
              .map((a) => [
                String(a.position),
                <span id={`agenda-ref-${a.id}`}>
                  {a.dossierReference}
                  {a.renewalNumber > 0 && <> (renouvellement {a.renewalNumber})</>}
                </span>,
                a.associationName,
                a.avisKind ? (
                  <>
                    <Badge as="span" small severity={AVIS_SEVERITY[a.avisKind] ?? "info"}>
                      {AVIS_KIND[a.avisKind] ?? a.avisKind}
                    </Badge>
                    {a.avisKind !== "ADJOURNED" && a.votesFor !== null && (
                      <span className="fr-text--xs fr-ml-1w">
                        {a.votesFor} pour, {a.votesAgainst} contre, {a.abstentions} abstention
                        {(a.abstentions ?? 0) > 1 ? "s" : ""}
                      </span>
                    )}
                  </>
                ) : (
                  <Badge as="span" small>En attente</Badge>
                ),
                open && !a.avisKind ? (
                  <>
                  <Button
                    id={`avis-button-${a.id}`}
                    size="small"
                    priority={avisFor === a.id ? "secondary" : "primary"}
                    nativeButtonProps={{
                      "aria-describedby": `agenda-ref-${a.id}`,
                      "aria-expanded": avisFor === a.id,
                    }}
                    onClick={() => {
                      setAvisRecorded(null);
                      setAvisFor(avisFor === a.id ? null : a.id);
                    }}
                  >
                    Enregistrer l'avis
                  </Button>
                  {releasable && (
                    <Button
                      size="small"
                      priority="tertiary"
                      className="fr-ml-1w"
                      nativeButtonProps={{ "aria-describedby": `agenda-ref-${a.id}` }}
                      disabled={removeState.loading}
                      onClick={() => void takeOff(a)}
                    >
                      Retirer de l’ordre du jour
                    </Button>
                  )}
                  </>
                ) : releasable && !a.avisKind ? (
                  <Button
                    size="small"
                    priority="tertiary"
                    nativeButtonProps={{ "aria-describedby": `agenda-ref-${a.id}` }}
                    disabled={removeState.loading}
                    onClick={() => void takeOff(a)}
                  >
                    Retirer de l’ordre du jour
                  </Button>
                ) : (
                  <span className="fr-sr-only">Aucune action</span>
                ),
              ])}
          />
          {(() => {
            const item = s.agenda.find((a) => a.id === avisFor);
            if (!item || !open) return null;
            return (
              <AvisForm
                key={item.id}
                departmentCode={departmentCode}
                sessionId={sessionId}
                item={item}
                version={item.dossierVersion}
                voters={voters}
                onCancel={() => {
                  setAvisFor(null);
                  document.getElementById(`avis-button-${item.id}`)?.focus();
                }}
                onDone={() => {
                  setAvisFor(null);
                  setAvisRecorded(item.dossierReference);
                  void session.refetch();
                  setTimeout(() => document.getElementById("avis-recorded")?.focus(), 0);
                }}
              />
            );
          })()}
        </div>
      )}

      {/* ---------------------------------------------------------------- Dossiers à inscrire */}
      {open && (
        <>
          <h2 className="fr-h4 fr-mt-4w">Dossiers à inscrire</h2>
          <ErrorAlert error={toSchedule.error} />
          {toSchedule.loading && !toSchedule.data && <Loading label="Chargement des dossiers à inscrire…" />}
          {toSchedule.data && candidates.length === 0 && (
            <EmptyState title="Aucun dossier n’attend d’être inscrit" as="h3">
              Les dossiers complets transmis par les associations apparaîtront ici. Vous pouvez clore la séance
              une fois les avis rendus.
            </EmptyState>
          )}
          {candidates.length > 0 && (
            <ul className="fr-raw-list">
              {candidates.map((d) => (
                <li key={d.id} className="fr-mb-2w">
                  <span id={`candidate-${d.id}`} className="fr-mr-2w">
                    <strong>{d.reference}</strong>
                    {d.renewalNumber > 0 && <> (renouvellement {d.renewalNumber})</>}
                    {d.association && <> — {d.association.name}</>}
                    {d.submittedAt && <> — transmis le {formatDate(d.submittedAt)}</>}
                  </span>
                  <Button
                    size="small"
                    priority="secondary"
                    iconId="fr-icon-add-line"
                    nativeButtonProps={{ "aria-describedby": `candidate-${d.id}` }}
                    disabled={adding !== null}
                    onClick={() => void add(d)}
                  >
                    Ajouter à l'ordre du jour
                  </Button>
                  {addErrorFor === d.id && <ErrorAlert error={addError} className="fr-mt-1w" />}
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <Convocations departmentCode={departmentCode} sessionId={sessionId} open={s.status === "SCHEDULED"} />

      {/* ---------------------------------------------------------------- Présences */}
      <h2 className="fr-h4 fr-mt-4w">Présences</h2>
      <ErrorAlert error={members.error} />
      {members.loading && !members.data && <Loading label="Chargement des membres…" />}
      {members.data && memberList.length === 0 && (
        <EmptyState title="Aucun membre ne siège à cette date" as="h3" action={{ label: "Gérer la commission", linkProps: { to: "../../commission" } }}>
          Nommez les membres de la commission avant d’enregistrer les présences.
        </EmptyState>
      )}
      {memberList.length > 0 && (
        <>
          <p>
            {presentCount} membre{presentCount > 1 ? "s" : ""} votant{presentCount > 1 ? "s" : ""} présent
            {presentCount > 1 ? "s" : ""} ou représenté{presentCount > 1 ? "s" : ""} sur {sitting.length} (présences
            enregistrées).{" "}
            {quorum ? (
              <Badge as="span" small severity="success">Quorum atteint</Badge>
            ) : (
              <Badge as="span" small severity="warning">Quorum non atteint</Badge>
            )}
          </p>
          <p className="fr-hint-text">
            Le quorum est atteint lorsque la moitié au moins des membres votants sont présents, participent à
            distance ou ont donné mandat à un autre membre (un mandat au plus par membre). Il se constate à
            l’ouverture de la séance.
          </p>
          {memberList.map((m) => {
            const note = !reviewsIndividualFiles(m.seat)
              ? "Ne siège pas pour l’examen des dossiers individuels."
              : !m.voting
                ? "Voix consultative."
                : undefined;
            return (
              <div key={m.id}>
                <RadioButtons
                  legend={`${m.fullName} — ${SEAT_LABELS[m.seat]}${m.organisation ? ` (${m.organisation})` : ""}`}
                  hintText={note}
                  orientation="horizontal"
                  small
                  disabled={!open || (!reviewsIndividualFiles(m.seat) && s.agenda.length > 0)}
                  name={`presence-${m.id}`}
                  options={MODE_OPTIONS.map((o) => ({
                    label: o.label,
                    nativeInputProps: {
                      value: o.value,
                      checked: (presence[m.id]?.mode ?? null) === o.value,
                      onChange: () => setPresence((p) => ({ ...p, [m.id]: { mode: o.value, mandateTo: p[m.id]?.mandateTo } })),
                    },
                  }))}
                />
                {presence[m.id]?.mode === "MANDATE" && (
                  <Select
                    label={`Mandataire de ${m.fullName}`}
                    hint="Un membre présent ou à distance ; chacun détient un mandat au plus."
                    disabled={!open}
                    nativeSelectProps={{
                      id: `mandate-${m.id}`,
                      value: presence[m.id]?.mandateTo ?? "",
                      onChange: (e) =>
                        setPresence((p) => ({ ...p, [m.id]: { mode: "MANDATE", mandateTo: e.target.value || null } })),
                    }}
                  >
                    <option value="">Choisir le membre qui détient le mandat</option>
                    {memberList
                      .filter((o) => o.id !== m.id && (presence[o.id]?.mode === "PRESENT" || presence[o.id]?.mode === "REMOTE"))
                      .map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.fullName}
                        </option>
                      ))}
                  </Select>
                )}
              </div>
            );
          })}
          <div id="attendance-status" tabIndex={-1}>
            <ErrorAlert error={attendanceState.error} title="Les présences n’ont pas été enregistrées" />
            {attendanceSaved && !attendanceState.error && (
              <Alert severity="success" small className="fr-mb-2w" description="Présences enregistrées." />
            )}
          </div>
          {open && (
            <Button onClick={() => void saveAttendance()} disabled={attendanceState.loading} iconId="fr-icon-save-line">
              Enregistrer les présences
            </Button>
          )}
        </>
      )}

      <SessionActions departmentCode={departmentCode} session={s} quorum={quorum} onChanged={() => session.refetch()} />

      {/* ---------------------------------------------------------------- Clôture et procès-verbal */}
      {(open || s.status === "CLOSED") && (
      <h2 id="minutes-section" tabIndex={-1} className="fr-h4 fr-mt-6w">
        {open ? "Clôture de la séance" : "Procès-verbal"}
      </h2>
      )}
      {!open && s.status !== "CLOSED" ? null : open ? (
        <>
          <p>
            {pending > 0
              ? `${pending} dossier${pending > 1 ? "s attendent" : " attend"} encore un avis : la séance ne pourra être close qu’une fois tous les avis rendus.`
              : "La clôture est définitive : elle produit le procès-verbal de la séance."}
          </p>
          <ErrorAlert error={closeState.error} title="La séance n’a pas été close" />
          <Button priority="secondary" onClick={() => void close()} disabled={closeState.loading} iconId="fr-icon-lock-line">
            Clore la séance
          </Button>
        </>
      ) : (
        <>
          {closeState.data && (
            <Alert severity="success" small className="fr-mb-2w" description="Séance close : le procès-verbal est prêt." />
          )}
          <ErrorAlert error={downloadError} title="Le procès-verbal n’a pas pu être téléchargé" />
          {s.hasMinutes ? (
            <Button onClick={() => void downloadMinutes()} disabled={downloading} iconId="fr-icon-download-line">
              Télécharger le procès-verbal
            </Button>
          ) : (
            <p>Le procès-verbal est en cours de préparation. Rechargez la page dans quelques instants.</p>
          )}
        </>
      )}
    </>
  );
}
