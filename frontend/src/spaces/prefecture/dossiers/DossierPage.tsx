import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { PageTitle } from "../../../components/PageTitle";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { EmptyState } from "../../../components/EmptyState";
import { formatDate, formatDateTime } from "../../../components/dates";
import { request, type ApiError } from "../../../api/client";
import { useQuery } from "../../../api/hooks";
import { useSpace } from "../../useSpace";
import type { PrefectureDossierIdentityQuery } from "../../../gql/graphql";
import {
  prefectureDecisionLetterQuery,
  prefectureDocumentContentQuery,
  prefectureDossierIdentityQuery,
  prefectureDossierQuery,
} from "./operations";
import { formatEuros, requestLabel } from "./labels";
import {
  ACTION_DOMAIN,
  AGE_BAND,
  AVIS_KIND,
  DECISION_OUTCOME,
  DOCUMENT_KIND,
  DOSSIER_EVENT,
  DOSSIER_STATUS,
  NATIONALITY_GROUP,
  SEX,
  STOP_REASON,
  actorLabel,
  formatSize,
} from "../../../labels";
import { DossierActions, type Dossier } from "./DossierActions";
import { downloadBase64 } from "../../../components/download";
import { ScrollTable } from "../../../components/ScrollTable";
import { AgendaPanel } from "./AgendaPanel";

export function DossierPage() {
  const { departmentCode = "" } = useSpace();
  const { dossierId = "" } = useParams();
  const { data, error, loading, refetch } = useQuery(
    prefectureDossierQuery,
    { departmentCode, id: dossierId },
    { skip: !departmentCode || !dossierId },
  );
  const [success, setSuccess] = useState<string | null>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const dossier = data?.dossier ?? null;

  async function onDone(message: string) {
    setSuccess(message);
    await refetch();
    // After the modal has closed and given the focus back: move it to the confirmation.
    window.setTimeout(() => successRef.current?.focus(), 350);
  }

  if (loading && !data) {
    return (
      <>
        <PageTitle title="Dossier" />
        <Loading label="Chargement du dossier…" />
      </>
    );
  }
  if (error && !data) {
    return (
      <>
        <PageTitle title="Dossier" />
        <ErrorAlert error={error} />
        <Button priority="secondary" onClick={() => void refetch()}>
          Réessayer
        </Button>
      </>
    );
  }
  if (!dossier) {
    return (
      <>
        <PageTitle title="Dossier introuvable" />
        <EmptyState title="Ce dossier n’existe pas ou n’est pas rattaché à ce département" action={{ label: "Voir la liste des dossiers", linkProps: { to: `/prefecture/${departmentCode}/dossiers` } }}>
          Vérifiez l’adresse de la page, ou retrouvez le dossier par sa référence dans la liste.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={`Dossier ${dossier.reference}`}
        segments={[
          { label: "Tableau de bord", linkProps: { to: `/prefecture/${departmentCode}` } },
          { label: "Dossiers", linkProps: { to: `/prefecture/${departmentCode}/dossiers` } },
        ]}
        className="fr-mt-0 fr-mb-2w"
      />
      <PageTitle title={`Dossier ${dossier.reference}`} />
      {success && (
        <div ref={successRef} tabIndex={-1} className="fr-mb-4w">
          <Alert
            severity="success"
            as="h2"
            title="Action enregistrée"
            description={success}
            closable
            onClose={() => setSuccess(null)}
          />
        </div>
      )}
      {error && <ErrorAlert error={error} />}

      <Summary dossier={dossier} />
      <AgendaPanel dossier={dossier} onDone={(m) => void onDone(m)} />

      <section aria-labelledby="dossier-actions-title" className="fr-mb-6w">
        <h2 id="dossier-actions-title" className="fr-h4">
          Actions
        </h2>
        <DossierActions
          dossier={dossier}
          reload={() => void refetch()}
          reloading={loading}
          onDone={(m) => void onDone(m)}
        />
      </section>

      <IdentitySection departmentCode={departmentCode} dossierId={dossier.id} />
      <RequestSection dossier={dossier} />
      <PeriodsSection dossier={dossier} />
      <AvisSection dossier={dossier} />
      <DecisionsSection dossier={dossier} />
      <DocumentsSection dossier={dossier} />
      <TimelineSection dossier={dossier} />
    </>
  );
}

// ---------------------------------------------------------------------------------------------

function Summary({ dossier }: { dossier: Dossier }) {
  const p = dossier.currentPeriod;
  return (
    <section aria-labelledby="dossier-summary-title" className="fr-mb-6w">
      <h2 id="dossier-summary-title" className="fr-h4">
        Résumé
      </h2>
      <dl className="cdlp-dl">
        <dt>Référence</dt>
        <dd>{dossier.reference}</dd>
        <dt>État</dt>
        <dd>
          <Badge noIcon severity={DOSSIER_STATUS[dossier.status].severity}>
            {DOSSIER_STATUS[dossier.status].label}
          </Badge>
        </dd>
        <dt>Demande en cours</dt>
        <dd>
          {requestLabel(dossier.renewalNumber)}
          {dossier.renewalNumber > 0 && ` (${dossier.renewalNumber} sur 3 possibles)`}
        </dd>
        <dt>Association</dt>
        <dd>{dossier.association?.name ?? "Aucune association"}</dd>
        <dt>Période en cours</dt>
        <dd>
          {p
            ? `Période ${p.number} sur 4 : du ${formatDate(p.startDate)} au ${formatDate(p.endDate)}`
            : "Aucune période autorisée"}
        </dd>
        {dossier.agendaSessionId && (
          <>
            <dt>Séance</dt>
            <dd>
              <Link className="fr-link" to={`/prefecture/${dossier.departmentCode}/seances/${dossier.agendaSessionId}`}>
                Voir la séance dont l’ordre du jour comprend le dossier
              </Link>
            </dd>
          </>
        )}
        <dt>Créé le</dt>
        <dd>{formatDateTime(dossier.createdAt)}</dd>
        <dt>Transmis le</dt>
        <dd>{dossier.submittedAt ? formatDateTime(dossier.submittedAt) : "Pas encore transmis"}</dd>
        <dt>Dernière modification</dt>
        <dd>{formatDateTime(dossier.updatedAt)}</dd>
        {dossier.returnReason && dossier.status === "RETURNED" && (
          <>
            <dt>Motif du renvoi</dt>
            <dd>{dossier.returnReason}</dd>
          </>
        )}
        {dossier.stopReason && (
          <>
            <dt>Motif de fin du parcours</dt>
            <dd>{STOP_REASON[dossier.stopReason]}</dd>
          </>
        )}
        {dossier.closedAt && (
          <>
            <dt>Clos le</dt>
            <dd>{formatDateTime(dossier.closedAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

type Identity = NonNullable<NonNullable<PrefectureDossierIdentityQuery["dossier"]>["identity"]>;

function IdentitySection({ departmentCode, dossierId }: { departmentCode: string; dossierId: string }) {
  const [identity, setIdentity] = useState<Identity | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const shownRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  // After showing or hiding, the focus goes to what replaced the button (or back to it).
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (identity === undefined ? buttonRef.current : shownRef.current)?.focus();
  }, [identity]);

  async function show() {
    setLoading(true);
    setError(null);
    const r = await request(prefectureDossierIdentityQuery, { departmentCode, id: dossierId });
    setLoading(false);
    if (r.error) {
      setError(r.error);
      return;
    }
    moveFocus.current = true;
    setIdentity(r.data.dossier?.identity ?? null);
  }

  function hide() {
    moveFocus.current = true;
    setIdentity(undefined);
  }

  return (
    <section aria-labelledby="dossier-identity-title" className="fr-mb-6w">
      <h2 id="dossier-identity-title" className="fr-h4">
        Identité de la personne
      </h2>
      <p className="fr-text--sm">
        <span className="fr-icon-eye-line fr-icon--sm fr-mr-1v" aria-hidden="true" />
        L’identité est scellée. Chaque consultation est enregistrée dans le journal d’audit (votre nom, la date et
        l’heure) : ne l’affichez que si vous en avez besoin.
      </p>
      <ErrorAlert error={error} />
      {identity === undefined ? (
        <Button
          ref={buttonRef}
          priority="secondary"
          iconId="fr-icon-eye-line"
          onClick={() => void show()}
          disabled={loading}
        >
          {loading ? "Chargement de l’identité…" : "Afficher l'identité"}
        </Button>
      ) : (
        <div ref={shownRef} tabIndex={-1}>
          {identity === null ? (
            <p>Aucune identité n’est enregistrée pour ce dossier.</p>
          ) : (
            <dl className="cdlp-dl">
              <dt>Nom</dt>
              <dd>{identity.lastName}</dd>
              <dt>Prénom</dt>
              <dd>{identity.firstName}</dd>
              <dt>Date de naissance</dt>
              <dd>{identity.birthDate ? formatDate(identity.birthDate) : "Non renseignée"}</dd>
              <dt>Nationalité</dt>
              <dd>{identity.nationality ?? "Non renseignée"}</dd>
              <dt>Contact</dt>
              <dd>{identity.contact ?? "Non renseigné"}</dd>
            </dl>
          )}
          <p className="fr-hint-text">Consultation enregistrée dans le journal d’audit.</p>
          <Button priority="tertiary" iconId="fr-icon-eye-off-line" onClick={hide}>
            Masquer l’identité
          </Button>
        </div>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

function RequestSection({ dossier }: { dossier: Dossier }) {
  const or = (v: string | null | undefined, fallback = "Non renseigné") => (v ? v : fallback);
  return (
    <section aria-labelledby="dossier-request-title" className="fr-mb-6w">
      <h2 id="dossier-request-title" className="fr-h4">
        Demande de l’association
      </h2>
      <dl className="cdlp-dl">
        <dt>Avis de l’association</dt>
        <dd className="cdlp-prewrap">{or(dossier.associationAvis, "Non renseigné")}</dd>
        <dt>Engagements de la personne</dt>
        <dd className="cdlp-prewrap">{or(dossier.commitments, "Non renseignés")}</dd>
        <dt>Sexe</dt>
        <dd>{or(dossier.sex && (SEX[dossier.sex] ?? dossier.sex))}</dd>
        <dt>Âge à la demande</dt>
        <dd>{or(dossier.ageBand && (AGE_BAND[dossier.ageBand] ?? dossier.ageBand))}</dd>
        <dt>Nationalité</dt>
        <dd>{or(dossier.nationalityGroup && (NATIONALITY_GROUP[dossier.nationalityGroup] ?? dossier.nationalityGroup))}</dd>
        <dt>Enfants à charge</dt>
        <dd>{dossier.children ?? "Non renseigné"}</dd>
      </dl>
      <h3 className="fr-h6">Actions du projet d’insertion</h3>
      {dossier.actions.length === 0 ? (
        <p>Aucune action renseignée par l’association.</p>
      ) : (
        <ul>
          {dossier.actions.map((a) => (
            <li key={a.id} className="fr-mb-1w">
              <strong>{ACTION_DOMAIN[a.domain] ?? a.domain}</strong> : {a.description}
              {a.durationMonths !== null && ` (${a.durationMonths} mois)`}
              {a.expectedResult && <> — résultat attendu : {a.expectedResult}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

function PeriodsSection({ dossier }: { dossier: Dossier }) {
  return (
    <section aria-labelledby="dossier-periods-title" className="fr-mb-6w">
      <h2 id="dossier-periods-title" className="fr-h4">
        Périodes
      </h2>
      {dossier.periods.length === 0 ? (
        <p>
          Aucune période autorisée. Une période de 6 mois s’ouvre quand le préfet autorise le parcours ; elle peut être
          renouvelée trois fois (24 mois au plus).
        </p>
      ) : (
        <ScrollTable
          noCaption
          caption="Périodes autorisées et aides perçues"
          headers={["Période", "Dates", "AFIS", "APS", "Logement"]}
          data={dossier.periods.map((p) => [
            `Période ${p.number}`,
            p.cancelledOn
              ? `Annulée le ${formatDate(p.cancelledOn)} (fin du parcours) ; prévue du ${formatDate(p.startDate)} au ${formatDate(p.endDate)}`
              : p.stoppedOn
                ? `Du ${formatDate(p.startDate)} au ${formatDate(p.stoppedOn)} (parcours arrêté ; fin prévue le ${formatDate(p.endDate)})`
                : `Du ${formatDate(p.startDate)} au ${formatDate(p.endDate)}`,
            <BenefitLines
              key="afis"
              lines={[
                p.afisRequestedOn && `Demandée le ${formatDate(p.afisRequestedOn)}`,
                p.afisGrantedOn && `Accordée le ${formatDate(p.afisGrantedOn)}`,
                p.afisMonthlyCents !== null && `${formatEuros(p.afisMonthlyCents)} par mois`,
                p.afisLastPaidMonth && `Dernier mois versé : ${formatMonth(p.afisLastPaidMonth)}`,
              ]}
            />,
            <BenefitLines
              key="aps"
              lines={[
                p.apsRequestedOn && `Demandée le ${formatDate(p.apsRequestedOn)}`,
                p.apsIssuedOn && `Délivrée le ${formatDate(p.apsIssuedOn)}`,
              ]}
            />,
            p.housingSupport ?? "Non renseigné",
          ])}
        />
      )}
    </section>
  );
}

function BenefitLines({ lines }: { lines: (string | false | null | undefined)[] }) {
  const shown = lines.filter((l): l is string => !!l);
  if (shown.length === 0) return <>Non renseignée</>;
  return (
    <>
      {shown.map((l, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {l}
        </span>
      ))}
    </>
  );
}

function formatMonth(date: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return date;
  return new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15)),
  );
}

// ---------------------------------------------------------------------------------------------

function AvisSection({ dossier }: { dossier: Dossier }) {
  return (
    <section aria-labelledby="dossier-avis-title" className="fr-mb-6w">
      <h2 id="dossier-avis-title" className="fr-h4">
        Avis de la commission
      </h2>
      {dossier.avis.length === 0 ? (
        <p>
          La commission n’a pas encore rendu d’avis. Il est enregistré lors de la séance dont l’ordre du jour comprend
          le dossier.
        </p>
      ) : (
        <ScrollTable
          noCaption
          caption="Avis rendus par la commission"
          headers={["Demande", "Avis", "Votes", "Remarques", "Enregistré le"]}
          data={dossier.avis.map((a) => [
            requestLabel(a.renewalNumber),
            AVIS_KIND[a.kind] ?? a.kind,
            a.kind === "ADJOURNED"
              ? "Sans vote"
              : `${a.votesFor} pour, ${a.votesAgainst} contre, ${a.abstentions} abstention${a.abstentions > 1 ? "s" : ""}${
                  a.castingVoteUsed ? " (voix prépondérante du président)" : ""
                }`,
            a.remarks ?? "Aucune",
            <>
              {formatDateTime(a.recordedAt)}
              <br />
              <Link className="fr-link fr-text--sm" to={`/prefecture/${dossier.departmentCode}/seances/${a.sessionId}`}>
                Voir la séance<span className="fr-sr-only"> du {formatDateTime(a.recordedAt)}</span>
              </Link>
            </>,
          ])}
        />
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

function DecisionsSection({ dossier }: { dossier: Dossier }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function download(decisionId: string, reference: string) {
    setBusy(decisionId);
    setError(null);
    const r = await request(prefectureDecisionLetterQuery, { departmentCode: dossier.departmentCode, decisionId });
    setBusy(null);
    if (r.error) {
      setError(r.error);
      return;
    }
    const safe = reference.replace(/[^\w.-]+/g, "_");
    downloadBase64(r.data.decisionLetterPdf, `decision-${dossier.reference}-${safe}.pdf`, "application/pdf");
  }

  return (
    <section aria-labelledby="dossier-decisions-title" className="fr-mb-6w">
      <h2 id="dossier-decisions-title" className="fr-h4">
        Décisions du préfet
      </h2>
      <ErrorAlert error={error} title="La lettre de décision n’a pas pu être téléchargée" />
      {dossier.decisions.length === 0 ? (
        <p>Aucune décision. La décision du préfet s’enregistre après l’avis de la commission.</p>
      ) : (
        <>
          <p className="fr-text--sm">
            La lettre de décision nomme la personne : chaque téléchargement est enregistré dans le journal d’audit.
          </p>
          <ScrollTable
            noCaption
            caption="Décisions enregistrées"
            headers={["Demande", "Décision", "Date", "Référence de l’arrêté", "Motifs", "Lettre"]}
            data={dossier.decisions.map((d) => [
              requestLabel(d.renewalNumber),
              <>
                {DECISION_OUTCOME[d.outcome] ?? d.outcome}
                {d.stopReason && ` (${STOP_REASON[d.stopReason as keyof typeof STOP_REASON] ?? d.stopReason})`}
              </>,
              formatDate(d.decidedOn),
              d.reference,
              d.reasons,
              <Button
                key="letter"
                size="small"
                priority="secondary"
                iconId="fr-icon-download-line"
                onClick={() => void download(d.id, d.reference)}
                disabled={busy === d.id}
              >
                {busy === d.id ? "Préparation…" : "Télécharger la lettre de décision"}
                <span className="fr-sr-only"> {d.reference} (PDF)</span>
              </Button>,
            ])}
          />
        </>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

function DocumentsSection({ dossier }: { dossier: Dossier }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function download(id: string) {
    setBusy(id);
    setError(null);
    const r = await request(prefectureDocumentContentQuery, { departmentCode: dossier.departmentCode, id });
    setBusy(null);
    if (r.error) {
      setError(r.error);
      return;
    }
    const c = r.data.documentContent;
    downloadBase64(c.contentBase64, c.filename, c.contentType);
  }

  return (
    <section aria-labelledby="dossier-documents-title" className="fr-mb-6w">
      <h2 id="dossier-documents-title" className="fr-h4">
        Documents
      </h2>
      <ErrorAlert error={error} title="Le document n’a pas pu être téléchargé" />
      {dossier.documents.length === 0 ? (
        <p>Aucun document joint. Les pièces sont ajoutées par l’association qui suit la personne.</p>
      ) : (
        <ul className="fr-raw-list">
          {dossier.documents.map((doc) => (
            <li key={doc.id} className="fr-mb-2w">
              <strong>{DOCUMENT_KIND[doc.kind] ?? doc.kind}</strong> — {doc.filename} ({formatSize(doc.sizeBytes)},
              ajouté le {formatDateTime(doc.uploadedAt)}){" "}
              <Button
                size="small"
                priority="tertiary"
                iconId="fr-icon-download-line"
                onClick={() => void download(doc.id)}
                disabled={busy === doc.id}
              >
                {busy === doc.id ? "Préparation…" : "Télécharger"}
                <span className="fr-sr-only"> {doc.filename}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

function eventDetail(kind: string, details: unknown): string | null {
  const d = (details ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  switch (kind) {
    case "RETURNED":
      return str(d.reason) && `Motif : ${str(d.reason)}`;
    case "WITHDRAWN":
      return str(d.reason) && `Motif : ${str(d.reason)}`;
    case "DECIDED": {
      const outcome = DECISION_OUTCOME[str(d.outcome) ?? ""] ?? str(d.outcome);
      const period = d.period as { number?: number; start?: string; end?: string } | undefined;
      return [
        outcome,
        str(d.reference) && `arrêté ${str(d.reference)}`,
        period?.start && `période ${period.number} du ${formatDate(period.start)} au ${formatDate(period.end)}`,
      ]
        .filter(Boolean)
        .join(", ");
    }
    case "STOPPED":
      return str(d.reason) ? (STOP_REASON[str(d.reason) as keyof typeof STOP_REASON] ?? null) : null;
    case "AVIS_RECORDED":
      return AVIS_KIND[str(d.kind) ?? ""] ?? null;
    case "RENEWAL_REQUESTED":
      return typeof d.renewal === "number" ? requestLabel(d.renewal) : null;
    case "SUBMITTED":
      return typeof d.renewal === "number" ? requestLabel(d.renewal) : null;
    case "BENEFITS_RECORDED":
      return typeof d.period === "number" ? `Période ${d.period}` : null;
    default:
      return null;
  }
}

function TimelineSection({ dossier }: { dossier: Dossier }) {
  const events = [...dossier.timeline].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <section aria-labelledby="dossier-timeline-title" className="fr-mb-6w">
      <h2 id="dossier-timeline-title" className="fr-h4">
        Historique
      </h2>
      {events.length === 0 ? (
        <p>Aucun événement.</p>
      ) : (
        <ol className="cdlp-timeline">
          {events.map((e, i) => {
            const detail = eventDetail(e.kind, e.details);
            return (
              <li key={i} className="fr-mb-2w">
                <strong>{DOSSIER_EVENT[e.kind] ?? e.kind}</strong>
                {detail && <> — {detail}</>}
                <br />
                <span className="fr-text--sm">
                  Le {formatDateTime(e.occurredAt)}, par : {actorLabel(e.actorRole)}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
