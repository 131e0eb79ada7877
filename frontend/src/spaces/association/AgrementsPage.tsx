import { useState, type FormEvent } from "react";
import { SubmitCancelButtons } from "../../components/FormButtons";
import { ScrollTable } from "../../components/ScrollTable";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { PageTitle } from "../../components/PageTitle";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Progress } from "../../components/Progress";
import { formatDate } from "../../components/dates";
import { request, type ApiError } from "../../api/client";
import { useQuery } from "../../api/hooks";
import type { AssociationAgrementsQuery, PieceInputGql } from "../../gql/graphql";
import { addAgrementPieceMutation, agrementsQuery, departmentsQuery, renewAgrementMutation, requestAgrementMutation } from "./operations";
import { AGREMENT_PIECE_KIND, IN_FORCE_STATUSES, formatSize, labelOf, optionsOf } from "../../labels";
import { PageError } from "./Errors";
import { AgrementStatusBadge } from "./StatusBadge";
import { UploadForm } from "./UploadForm";
import { AGREMENT_FILE_TYPES, checkFile, contentTypeOf, readAsBase64 } from "./files";
import { useIsAdmin } from "./useAssociation";
import { useSpace } from "../useSpace";

type Agrement = AssociationAgrementsQuery["agrements"][number];
const OPEN_STATUSES = ["REQUESTED", "INCOMPLETE", "COMPLETE"];
/** Pieces every request needs (OTHER is optional). */
const PIECE_KINDS = optionsOf(AGREMENT_PIECE_KIND);
const REQUIRED_PIECES = PIECE_KINDS.filter((k) => k.value !== "OTHER");

export function AgrementsPage() {
  const isAdmin = useIsAdmin();
  const { data, error, loading, refetch } = useQuery(agrementsQuery, { statuses: [] });
  const deps = useQuery(departmentsQuery, {});
  const [feedback, setFeedback] = useState<{ ok: string } | { error: ApiError } | null>(null);
  const [showForm, setShowForm] = useState(false);
  const nameOf = (code: string) => deps.data?.departments.find((d) => d.code === code)?.name ?? code;

  const agrements = [...(data?.agrements ?? [])].sort((a, b) =>
    a.departmentCode === b.departmentCode ? (b.requestedOn ?? "").localeCompare(a.requestedOn ?? "") : a.departmentCode.localeCompare(b.departmentCode),
  );

  function focusFeedback() {
    setTimeout(() => document.getElementById("agrements-feedback")?.focus(), 0);
  }

  async function renew(a: Agrement) {
    const r = await request(renewAgrementMutation, { departmentCode: a.departmentCode, id: a.id });
    setFeedback(r.error ? { error: r.error } : { ok: `Le renouvellement de l’agrément (${nameOf(a.departmentCode)}) a été demandé.` });
    if (!r.error) await refetch();
    focusFeedback();
  }

  return (
    <>
      <PageTitle title="Agréments" lead="Les agréments du préfet qui permettent à l’association d’accompagner des personnes dans chaque département." />
      {!isAdmin && (
        <Alert severity="info" small className="fr-mb-4w" description="Consultation seule : seuls les administrateurs de l’association demandent des agréments." />
      )}
      <div id="agrements-feedback" tabIndex={-1}>
        {feedback && "ok" in feedback && <Alert severity="success" as="h2" className="fr-mb-4w" title="C’est fait" description={feedback.ok} />}
        {feedback && "error" in feedback && <ErrorAlert error={feedback.error} />}
      </div>
      <PageError error={error} what="aux agréments de l’association" />
      {loading && !data && <Loading label="Chargement des agréments…" />}
      {data && agrements.length === 0 && <EmptyState title="Aucun agrément ni demande en cours" />}
      {agrements.length > 0 && (
        <ScrollTable
          caption="Agréments et demandes"
          noCaption={false}
          bordered
          headers={["Département", "Statut", "Validité", "Demandé le", "Pièces", "Action"]}
          data={agrements.map((a) => [
            `${nameOf(a.departmentCode)} (${a.departmentCode})`,
            <span key="s">
              <AgrementStatusBadge status={a.status} />
              {a.renewalOf && <span className="fr-text--xs fr-ml-1w">Renouvellement</span>}
            </span>,
            a.validFrom || a.validUntil ? `Du ${formatDate(a.validFrom)} au ${formatDate(a.validUntil)}` : "—",
            a.requestedOn ? formatDate(a.requestedOn) : "—",
            a.pieces.length === 0 ? "Aucune" : a.pieces.map((p) => labelOf(AGREMENT_PIECE_KIND, p.kind)).join(", "),
            isAdmin && IN_FORCE_STATUSES.includes(a.status) && !agrements.some((o) => o.renewalOf === a.id) ? (
              <Button key="r" size="small" priority="secondary" onClick={() => void renew(a)}>
                Demander le renouvellement<span className="fr-sr-only"> ({nameOf(a.departmentCode)})</span>
              </Button>
            ) : (
              <span key="n" className="fr-sr-only">Aucune action</span>
            ),
          ])}
        />
      )}

      {agrements
        .filter((a) => OPEN_STATUSES.includes(a.status))
        .map((a) => (
          <section key={a.id} className="fr-mb-4w" aria-labelledby={`agr-${a.id}`}>
            <h2 id={`agr-${a.id}`} className="fr-h5">
              Demande en cours — {nameOf(a.departmentCode)} ({a.departmentCode})
            </h2>
            <dl className="cdlp-dl">
              <dt>Statut</dt>
              <dd>
                <AgrementStatusBadge status={a.status} />
              </dd>
              {a.missingPieces && (
                <>
                  <dt>Pièces manquantes signalées{a.missingPiecesNotifiedOn ? ` le ${formatDate(a.missingPiecesNotifiedOn)}` : ""}</dt>
                  <dd>{a.missingPieces}</dd>
                </>
              )}
              {a.tacitOn && (
                <>
                  <dt>Agrément tacite à défaut de réponse le</dt>
                  <dd>{formatDate(a.tacitOn)}</dd>
                </>
              )}
              <dt>Pièces déposées</dt>
              <dd>
                {a.pieces.length === 0 ? (
                  "Aucune"
                ) : (
                  <ul>
                    {a.pieces.map((p) => (
                      <li key={p.id}>
                        {labelOf(AGREMENT_PIECE_KIND, p.kind)} : {p.filename} ({formatSize(p.sizeBytes)})
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </dl>
            {isAdmin && (
              <details className="fr-mt-2w">
                <summary>Ajouter une pièce à la demande ({nameOf(a.departmentCode)})</summary>
                <UploadForm
                  kinds={PIECE_KINDS}
                  allowed={AGREMENT_FILE_TYPES}
                  formatsText="Formats acceptés : PDF, JPEG ou PNG"
                  submitLabel="Ajouter la pièce"
                  send={async (p) => {
                    const r = await request(addAgrementPieceMutation, { departmentCode: a.departmentCode, id: a.id, piece: p });
                    setFeedback(r.error ? { error: r.error } : { ok: "La pièce a été ajoutée à la demande." });
                    focusFeedback();
                    if (!r.error) await refetch();
                    return !r.error;
                  }}
                />
              </details>
            )}
          </section>
        ))}

      {isAdmin && !showForm && (
        <Button iconId="fr-icon-add-line" className="fr-mt-4w" onClick={() => setShowForm(true)}>
          Demander un agrément
        </Button>
      )}
      {isAdmin && showForm && (
        <RequestForm
          departments={[...(deps.data?.departments ?? [])].sort((a, b) => a.sortKey - b.sortKey)}
          inForce={agrements.filter((a) => [...IN_FORCE_STATUSES, ...OPEN_STATUSES].includes(a.status)).map((a) => a.departmentCode)}
          onCancel={() => setShowForm(false)}
          onDone={async (codes) => {
            setShowForm(false);
            setFeedback({ ok: `Demande d’agrément déposée pour : ${codes.map(nameOf).join(", ")}.` });
            await refetch();
            focusFeedback();
          }}
        />
      )}
    </>
  );
}

function RequestForm({
  departments,
  inForce,
  onCancel,
  onDone,
}: {
  departments: { code: string; name: string; onboarded: boolean }[];
  inForce: string[];
  onCancel: () => void;
  onDone: (codes: string[]) => Promise<void>;
}) {
  const { associationId } = useSpace();
  const [codes, setCodes] = useState<string[]>([]);
  const [files, setFiles] = useState<Record<string, File | null>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<{ label: string; value?: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const available = departments.filter((d) => d.onboarded && !inForce.includes(d.code));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (codes.length === 0) errs.departments = "Choisissez au moins un département.";
    for (const k of PIECE_KINDS) {
      const f = files[k.value];
      if (f) {
        const p = checkFile(f, AGREMENT_FILE_TYPES);
        if (p) errs[k.value] = p;
      } else if (k.value !== "OTHER") errs[k.value] = "Cette pièce est obligatoire.";
    }
    setErrors(errs);
    const first = Object.keys(errs)[0];
    if (first) {
      document.getElementById(first === "departments" ? "agr-departments" : `agr-piece-${first}`)?.focus();
      return;
    }
    const chosen = PIECE_KINDS.filter((k) => files[k.value]);
    const pieces: PieceInputGql[] = [];
    for (let i = 0; i < chosen.length; i++) {
      const f = files[chosen[i].value]!;
      const label = `Lecture des pièces (${i + 1} sur ${chosen.length})`;
      setProgress({ label, value: 0 });
      const b64 = await readAsBase64(f, (l, t) => setProgress({ label, value: Math.round((l / t) * 100) }));
      pieces.push({ kind: chosen[i].value, filename: f.name, contentType: contentTypeOf(f), contentBase64: b64 });
    }
    setProgress({ label: "Envoi de la demande" });
    const r = await request(requestAgrementMutation, { input: { associationId: associationId ?? null, departmentCodes: codes, pieces } });
    setProgress(null);
    if (r.error) {
      setError(r.error);
      setTimeout(() => document.getElementById("agr-request-error")?.focus(), 0);
      return;
    }
    await onDone(codes);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="fr-mt-4w" aria-labelledby="agr-request-title">
      <h2 id="agr-request-title" className="fr-h4">
        Demander un agrément
      </h2>
      <div id="agr-request-error" tabIndex={-1}>
        <ErrorAlert error={error} title={error ? "La demande n’a pas pu être déposée" : undefined} />
      </div>
      <div id="agr-departments" tabIndex={-1}>
        <Checkbox
          legend="Départements demandés"
          hintText="Une demande est déposée par département. Seuls les départements installés sur CDLP, où l’association n’a ni agrément ni demande en cours, sont proposés."
          state={errors.departments ? "error" : "default"}
          stateRelatedMessage={errors.departments}
          options={available.map((d) => ({
            label: `${d.code} — ${d.name}`,
            nativeInputProps: {
              checked: codes.includes(d.code),
              onChange: (e) => setCodes((c) => (e.target.checked ? [...c, d.code] : c.filter((x) => x !== d.code))),
            },
          }))}
        />
      </div>
      {available.length === 0 && <p>Aucun département disponible pour une nouvelle demande.</p>}
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Pièces justificatives</legend>
        {PIECE_KINDS.map((k) => (
          <div key={k.value} className="fr-fieldset__element">
            <Upload
              label={`${k.label}${k.value === "OTHER" ? " (facultatif)" : ""}`}
              hint="PDF, JPEG ou PNG, 10 Mio au plus."
              state={errors[k.value] ? "error" : "default"}
              stateRelatedMessage={errors[k.value]}
              nativeInputProps={{
                id: `agr-piece-${k.value}`,
                accept: Object.keys(AGREMENT_FILE_TYPES).join(","),
                onChange: (e) => {
                  const f = e.target.files?.[0] ?? null;
                  setFiles((x) => ({ ...x, [k.value]: f }));
                  setErrors((x) => {
                    const n = { ...x };
                    const p = f ? checkFile(f, AGREMENT_FILE_TYPES) : null;
                    if (p) n[k.value] = p;
                    else delete n[k.value];
                    return n;
                  });
                },
              }}
            />
          </div>
        ))}
      </fieldset>
      <p className="fr-hint-text">Pièces obligatoires : {REQUIRED_PIECES.map((k) => k.label).join(", ")}.</p>
      <div aria-live="polite">{progress && <Progress label={progress.label} value={progress.value} />}</div>
      <SubmitCancelButtons submitLabel="Déposer la demande d’agrément" disabled={progress !== null} onCancel={onCancel} />
    </form>
  );
}
