import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { SubmitCancelButtons } from "../../../components/FormButtons";
import { Link, useParams } from "react-router";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { PageTitle } from "../../../components/PageTitle";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { EmptyState } from "../../../components/EmptyState";
import { formatDate, formatDateTime } from "../../../components/dates";
import { fieldError, isFieldError } from "../../../api/errors";
import type { ApiError } from "../../../api/client";
import { useMutation, useQuery } from "../../../api/hooks";
import { request } from "../../../api/client";
import { downloadBase64 } from "../../../components/download";
import { useSpace } from "../../useSpace";
import { StatusBadge } from "./AgrementsPage";
import { EVENT_KIND } from "./labels";
import { AGREMENT_PIECE_KIND, AVIS_KIND, actorLabel, formatSize } from "../../../labels";
import {
  agrementPieceContentQuery,
  agrementQuery,
  agrementSessionsQuery,
  decideAgrementMutation,
  markAgrementCompleteMutation,
  requestMissingPiecesMutation,
  reviewAgrementMutation,
  suspendAgrementMutation,
  liftAgrementSuspensionMutation,
  withdrawAgrementMutation,
} from "./operations";

type Action = "missing" | "complete" | "grant" | "refuse" | "suspend" | "withdraw" | "review" | "lift";

const ACTION_LABELS: Record<Action, string> = {
  missing: "Demander des pièces",
  complete: "Dossier complet",
  review: "Avis de la commission",
  grant: "Accorder",
  refuse: "Refuser",
  suspend: "Suspendre",
  withdraw: "Retirer",
  lift: "Lever la suspension",
};

/** Which actions make sense in each state (the server has the last word). */
function actionsFor(status: string): Action[] {
  switch (status) {
    case "REQUESTED":
      return ["missing", "complete", "review", "grant", "refuse"];
    case "INCOMPLETE":
      return ["complete", "review", "refuse"];
    case "COMPLETE":
      return ["review", "grant", "refuse"];
    case "GRANTED":
    case "TACIT":
      return ["suspend", "withdraw"];
    case "SUSPENDED":
      return ["lift", "withdraw"];
    default:
      return [];
  }
}

function eventDetails(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const d = details as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof d.kind === "string") parts.push(`avis ${(AVIS_KIND[d.kind] ?? d.kind).toLowerCase()}`);
  if (typeof d.pieces === "number") parts.push(`${d.pieces} pièce${d.pieces > 1 ? "s" : ""}`);
  if (typeof d.missing === "string") parts.push(`pièces demandées : ${d.missing}`);
  if (typeof d.validUntil === "string") parts.push(`valable jusqu’au ${formatDate(d.validUntil)}`);
  if (typeof d.reasons === "string") parts.push(`motifs : ${d.reasons}`);
  if (typeof d.remarks === "string") parts.push(`observations : ${d.remarks}`);
  return parts.join(" ; ");
}

export function AgrementPage() {
  const { departmentCode = "" } = useSpace();
  const { agrementId = "" } = useParams();
  const { data, error, loading, refetch } = useQuery(
    agrementQuery,
    { departmentCode, id: agrementId },
    { skip: !departmentCode || !agrementId },
  );
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [markComplete, completeState] = useMutation(markAgrementCompleteMutation);

  const a = data?.agrement ?? null;

  if (loading && !data) return <Loading label="Chargement de l’agrément…" />;
  if (!a) {
    return (
      <>
        <PageTitle title="Agrément introuvable" />
        <ErrorAlert error={error} />
        {!error && <p>Cet agrément n’existe pas ou ne concerne pas ce département.</p>}
        <Link to=".." relative="path" className="fr-link">
          Retour aux agréments
        </Link>
      </>
    );
  }

  function finished(message: string) {
    setAction(null);
    setDone(message);
    void refetch();
    setTimeout(() => document.getElementById("agrement-done")?.focus(), 0);
  }

  async function complete() {
    if (!a) return;
    setDone(null);
    const r = await markComplete({ input: { departmentCode, id: a.id, version: a.version } });
    if (!r.error) finished("Le dossier est déclaré complet : le délai de quatre mois avant agrément tacite court à partir d’aujourd’hui.");
  }

  const actions = actionsFor(a.status);
  const formProps = {
    departmentCode,
    agrement: { id: a.id, version: a.version },
    onCancel: () => {
      const current = action;
      setAction(null);
      document.getElementById(`action-${current}`)?.focus();
    },
    onDone: finished,
  };

  return (
    <>
      <PageTitle title={`Agrément — ${a.associationName}`} />
      <p>
        <Link to=".." relative="path" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Tous les agréments
        </Link>
      </p>
      <p>
        État : <StatusBadge status={a.status} />
        {a.tacit && " (par silence de l’administration)"}
      </p>
      <dl className="cdlp-dl fr-mb-4w">
        {a.requestedOn && (
          <>
            <dt>Demande déposée le</dt>
            <dd>{formatDate(a.requestedOn)}</dd>
          </>
        )}
        {a.renewalOf && (
          <>
            <dt>Nature</dt>
            <dd>Demande de renouvellement</dd>
          </>
        )}
        {a.missingPiecesDeadline && a.status === "REQUESTED" && (
          <>
            <dt>Date limite pour demander des pièces</dt>
            <dd>{formatDate(a.missingPiecesDeadline)}</dd>
          </>
        )}
        {a.missingPieces && (
          <>
            <dt>Pièces demandées</dt>
            <dd>
              {a.missingPieces}
              {a.missingPiecesNotifiedOn && ` (le ${formatDate(a.missingPiecesNotifiedOn)})`}
            </dd>
          </>
        )}
        {a.completedOn && (
          <>
            <dt>Dossier complet le</dt>
            <dd>{formatDate(a.completedOn)}</dd>
          </>
        )}
        {a.tacitOn && (
          <>
            <dt>Agrément tacite, sans décision, le</dt>
            <dd>{formatDate(a.tacitOn)}</dd>
          </>
        )}
        {a.decidedOn && (
          <>
            <dt>Décision du</dt>
            <dd>{formatDate(a.decidedOn)}</dd>
          </>
        )}
        {a.arreteReference && (
          <>
            <dt>Arrêté</dt>
            <dd>{a.arreteReference}</dd>
          </>
        )}
        {a.validFrom && (
          <>
            <dt>Validité</dt>
            <dd>
              du {formatDate(a.validFrom)} au {formatDate(a.validUntil)}
            </dd>
          </>
        )}
        {a.reasons && (
          <>
            <dt>Motifs</dt>
            <dd>{a.reasons}</dd>
          </>
        )}
      </dl>

      <h2 className="fr-h4">Actions</h2>
      {done && (
        <div id="agrement-done" tabIndex={-1}>
          <Alert severity="success" small className="fr-mb-2w" description={done} />
        </div>
      )}
      <ErrorAlert error={completeState.error} />
      {actions.length === 0 ? (
        <p>Aucune action n’est possible sur un agrément dans cet état.</p>
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {actions.map((k) => (
            <li key={k}>
              <Button
                id={`action-${k}`}
                priority={k === "complete" || k === "grant" ? "primary" : "secondary"}
                disabled={k === "complete" && completeState.loading}
                nativeButtonProps={k === "complete" ? undefined : { "aria-expanded": action === k }}
                onClick={() => {
                  setDone(null);
                  if (k === "complete") void complete();
                  else setAction(action === k ? null : k);
                }}
              >
                {ACTION_LABELS[k]}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {action === "missing" && <MissingPiecesForm {...formProps} />}
      {(action === "grant" || action === "refuse") && <DecideForm key={action} granted={action === "grant"} {...formProps} />}
      {(action === "suspend" || action === "withdraw" || action === "lift") && (
        <EndForm key={action} kind={action} {...formProps} />
      )}
      {action === "review" && <ReviewForm {...formProps} />}

      <h2 className="fr-h4 fr-mt-4w">Pièces du dossier</h2>
      {a.pieces.length === 0 ? (
        <p>Aucune pièce n’est jointe à cette demande.</p>
      ) : (
        <PiecesList departmentCode={departmentCode} agrementId={a.id} pieces={a.pieces} />
      )}

      <h2 className="fr-h4 fr-mt-4w">Historique</h2>
      {a.timeline.length === 0 ? (
        <p>Aucun événement enregistré.</p>
      ) : (
        <ol>
          {a.timeline.map((e, i) => {
            const details = eventDetails(e.details);
            return (
              <li key={i}>
                {formatDateTime(e.occurredAt)} — {EVENT_KIND[e.kind] ?? e.kind}
                {e.actorRole && ` (${actorLabel(e.actorRole)})`}
                {details && ` : ${details}`}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

type FormProps = {
  departmentCode: string;
  agrement: { id: string; version: number };
  onCancel: () => void;
  onDone: (message: string) => void;
};

function ActionForm({
  title,
  error,
  fields,
  loading,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  error: ApiError | null;
  fields: string[];
  loading: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <form
      noValidate
      aria-labelledby="agrement-action-title"
      className="fr-p-3w fr-my-2w cdlp-empty"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3 id="agrement-action-title" ref={ref} tabIndex={-1} className="fr-h5">
        {title}
      </h3>
      {error && !isFieldError(error, ...fields) && <ErrorAlert error={error} />}
      {children}
      <SubmitCancelButtons submitLabel={submitLabel} disabled={loading} onCancel={onCancel} />
    </form>
  );
}

function MissingPiecesForm({ departmentCode, agrement, onCancel, onDone }: FormProps) {
  const [mutate, { loading, error }] = useMutation(requestMissingPiecesMutation);
  const [missing, setMissing] = useState("");
  const [empty, setEmpty] = useState(false);
  return (
    <ActionForm
      title="Demander des pièces manquantes"
      error={error}
      fields={["missing"]}
      loading={loading}
      submitLabel="Envoyer la demande de pièces"
      onCancel={onCancel}
      onSubmit={async () => {
        if (!missing.trim()) return setEmpty(true);
        const r = await mutate({ input: { departmentCode, id: agrement.id, version: agrement.version, missing: missing.trim() } });
        if (!r.error) onDone("La demande de pièces a été notifiée à l’association. Le délai d’agrément tacite est suspendu.");
      }}
    >
      <Input
        label="Pièces manquantes"
        hintText="Ce texte est transmis tel quel à l’association."
        textArea
        {...(empty ? { state: "error" as const, stateRelatedMessage: "Indiquez les pièces manquantes." } : {})}
        {...fieldError(error, "missing")}
        nativeTextAreaProps={{ required: true, rows: 4, maxLength: 5000, value: missing, onChange: (e) => setMissing(e.target.value) }}
      />
    </ActionForm>
  );
}

function DecideForm({ departmentCode, agrement, onCancel, onDone, granted }: FormProps & { granted: boolean }) {
  const [mutate, { loading, error }] = useMutation(decideAgrementMutation);
  const [arreteReference, setArreteReference] = useState("");
  const [startDate, setStartDate] = useState("");
  const [reasons, setReasons] = useState("");
  const [empty, setEmpty] = useState(false);
  return (
    <ActionForm
      title={granted ? "Accorder l’agrément" : "Refuser l’agrément"}
      error={error}
      fields={["arreteReference", "startDate", "reasons"]}
      loading={loading}
      submitLabel={granted ? "Confirmer l’agrément" : "Confirmer le refus"}
      onCancel={onCancel}
      onSubmit={async () => {
        if (!granted && !reasons.trim()) return setEmpty(true);
        const r = await mutate({
          input: {
            departmentCode,
            id: agrement.id,
            version: agrement.version,
            granted,
            arreteReference: arreteReference.trim() || null,
            startDate: granted ? startDate || null : null,
            reasons: reasons.trim() || null,
          },
        });
        if (!r.error) onDone(granted ? "L’agrément est accordé pour trois ans." : "Le refus d’agrément est enregistré.");
      }}
    >
      <Input
        label="Référence de l’arrêté (facultatif)"
        {...fieldError(error, "arreteReference")}
        nativeInputProps={{ maxLength: 300, value: arreteReference, onChange: (e) => setArreteReference(e.target.value) }}
      />
      {granted && (
        <Input
          label="Début de validité (facultatif)"
          hintText="Par défaut : aujourd’hui, ou le lendemain de la fin de l’agrément renouvelé."
          {...fieldError(error, "startDate")}
          nativeInputProps={{ type: "date", value: startDate, onChange: (e) => setStartDate(e.target.value) }}
        />
      )}
      <Input
        label={granted ? "Motifs (facultatif)" : "Motifs du refus"}
        textArea
        {...(empty ? { state: "error" as const, stateRelatedMessage: "Les motifs sont obligatoires pour un refus." } : {})}
        {...fieldError(error, "reasons")}
        nativeTextAreaProps={{ required: !granted, rows: 4, maxLength: 5000, value: reasons, onChange: (e) => setReasons(e.target.value) }}
      />
    </ActionForm>
  );
}

function EndForm({ departmentCode, agrement, onCancel, onDone, kind }: FormProps & { kind: "suspend" | "withdraw" | "lift" }) {
  const [suspend, suspendState] = useMutation(suspendAgrementMutation);
  const [withdraw, withdrawState] = useMutation(withdrawAgrementMutation);
  const [lift, liftState] = useMutation(liftAgrementSuspensionMutation);
  const state = kind === "suspend" ? suspendState : kind === "lift" ? liftState : withdrawState;
  const [reasons, setReasons] = useState("");
  const [empty, setEmpty] = useState(false);
  return (
    <ActionForm
      title={kind === "suspend" ? "Suspendre l’agrément" : kind === "lift" ? "Lever la suspension de l’agrément" : "Retirer l’agrément"}
      error={state.error}
      fields={["reasons"]}
      loading={state.loading}
      submitLabel={
        kind === "suspend" ? "Confirmer la suspension" : kind === "lift" ? "Lever la suspension" : "Confirmer le retrait"
      }
      onCancel={onCancel}
      onSubmit={async () => {
        if (!reasons.trim()) return setEmpty(true);
        const input = { departmentCode, id: agrement.id, version: agrement.version, reasons: reasons.trim() };
        if (kind === "lift") {
          const r = await lift({ input });
          if (!r.error) onDone("La suspension est levée : l’agrément est de nouveau en vigueur jusqu’à son terme.");
          return;
        }
        const r = kind === "suspend" ? await suspend({ input }) : await withdraw({ input });
        if (!r.error) onDone(kind === "suspend" ? "L’agrément est suspendu." : "L’agrément est retiré.");
      }}
    >
      <Input
        label="Motifs"
        hintText={
          kind === "lift"
            ? "Pourquoi la suspension prend fin (par exemple : contrôle satisfaisant)."
            : "Les conditions de l’agrément qui ne sont plus remplies ; ils sont communiqués à l’association."
        }
        textArea
        {...(empty ? { state: "error" as const, stateRelatedMessage: "Les motifs sont obligatoires." } : {})}
        {...fieldError(state.error, "reasons")}
        nativeTextAreaProps={{ required: true, rows: 4, maxLength: 5000, value: reasons, onChange: (e) => setReasons(e.target.value) }}
      />
    </ActionForm>
  );
}

function ReviewForm({ departmentCode, agrement, onCancel, onDone }: FormProps) {
  const [mutate, { loading, error }] = useMutation(reviewAgrementMutation);
  const sessions = useQuery(agrementSessionsQuery, { departmentCode });
  const [sessionId, setSessionId] = useState("");
  const [kind, setKind] = useState("FAVOURABLE");
  const [remarks, setRemarks] = useState("");
  const [empty, setEmpty] = useState(false);
  const list = sessions.data?.sessions ?? [];
  return (
    <ActionForm
      title="Avis de la commission sur la demande"
      error={error ?? sessions.error}
      fields={["sessionId", "kind", "remarks"]}
      loading={loading}
      submitLabel="Enregistrer l’avis de la commission"
      onCancel={onCancel}
      onSubmit={async () => {
        if (!sessionId) return setEmpty(true);
        const r = await mutate({
          input: { departmentCode, id: agrement.id, sessionId, kind, remarks: remarks.trim() || null },
        });
        if (!r.error) onDone("L’avis de la commission est enregistré.");
      }}
    >
      {sessions.data && list.length === 0 ? (
        <EmptyState title="Aucune séance ouverte" as="h4" action={{ label: "Programmer une séance", linkProps: { to: "../../seances" } }}>
          L’avis de la commission est rendu en séance : programmez d’abord une séance.
        </EmptyState>
      ) : (
        <Select
          label="Séance"
          {...(empty ? { state: "error" as const, stateRelatedMessage: "Choisissez la séance où l’avis a été rendu." } : {})}
          {...fieldError(error, "sessionId")}
          nativeSelectProps={{ required: true, value: sessionId, onChange: (e) => setSessionId(e.target.value) }}
        >
          <option value="" disabled>
            Sélectionnez une séance
          </option>
          {list.map((s) => (
            <option key={s.id} value={s.id}>
              {formatDateTime(s.scheduledAt)} — {s.place}
            </option>
          ))}
        </Select>
      )}
      <RadioButtons
        legend="Avis"
        orientation="horizontal"
        name="agrement-avis-kind"
        state={fieldError(error, "kind").state}
        stateRelatedMessage={fieldError(error, "kind").stateRelatedMessage}
        options={["FAVOURABLE", "UNFAVOURABLE", "ADJOURNED"].map((k) => ({
          label: AVIS_KIND[k],
          nativeInputProps: { value: k, checked: kind === k, onChange: () => setKind(k) },
        }))}
      />
      <Input
        label="Observations (facultatif)"
        textArea
        {...fieldError(error, "remarks")}
        nativeTextAreaProps={{ rows: 3, maxLength: 5000, value: remarks, onChange: (e) => setRemarks(e.target.value) }}
      />
    </ActionForm>
  );
}


// ---------------------------------------------------------------------------------------------

type Piece = { id: string; kind: string; filename: string; sizeBytes: number; uploadedAt: string };

/** The request's pieces, each with "Télécharger" (every download is written to the audit log). */
function PiecesList({ departmentCode, agrementId, pieces }: { departmentCode: string; agrementId: string; pieces: Piece[] }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function download(pieceId: string) {
    setBusy(pieceId);
    setError(null);
    const r = await request(agrementPieceContentQuery, { departmentCode, agrementId, pieceId });
    setBusy(null);
    if (r.error) {
      setError(r.error);
      setTimeout(() => document.getElementById("agrement-pieces-error")?.focus(), 0);
      return;
    }
    const c = r.data.agrementPieceContent;
    downloadBase64(c.contentBase64, c.filename, c.contentType);
  }

  return (
    <>
      <p className="fr-text--sm">Chaque téléchargement d’une pièce est enregistré dans le journal d’audit.</p>
      <div id="agrement-pieces-error" tabIndex={-1}>
        <ErrorAlert error={error} title="La pièce n’a pas pu être téléchargée" />
      </div>
      <ul className="fr-raw-list">
        {pieces.map((p) => (
          <li key={p.id} className="fr-mb-2w">
            {AGREMENT_PIECE_KIND[p.kind] ?? p.kind} : {p.filename} ({formatSize(p.sizeBytes)}, déposée le {formatDate(p.uploadedAt)})
            <Button
              className="fr-ml-2w"
              size="small"
              priority="secondary"
              iconId="fr-icon-download-line"
              disabled={busy === p.id}
              onClick={() => void download(p.id)}
            >
              {busy === p.id ? "Préparation…" : "Télécharger"}
              <span className="fr-sr-only"> {p.filename}</span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
