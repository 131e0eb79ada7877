import { useState, type ReactNode } from "react";
import { Link, useLocation, useParams } from "react-router";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { ScrollTable } from "../../components/ScrollTable";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { PageTitle } from "../../components/PageTitle";
import { RenewalEvaluation } from "./RenewalEvaluation";
import { BenefitsRequests } from "./BenefitsRequests";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formatDate, formatDateTime } from "../../components/dates";
import { request, type ApiError } from "../../api/client";
import { useQuery } from "../../api/hooks";
import {
  attachDocumentMutation,
  documentContentQuery,
  dossierIdentityQuery,
  dossierQuery,
  requestRenewalMutation,
  submitDossierMutation,
  withdrawDossierMutation,
} from "./operations";
import {
  ACTION_DOMAIN,
  AGE_BAND,
  AVIS_KIND,
  DECISION_OUTCOME,
  DOCUMENT_KIND,
  DOSSIER_EVENT,
  NATIONALITY_GROUP,
  SEX,
  STOP_REASON,
  actorLabel,
  formatSize,
  labelOf,
  optionsOf,
} from "../../labels";
import { PageError } from "./Errors";
import { DossierStatusBadge } from "./StatusBadge";
import { UploadForm } from "./UploadForm";
import { DOSSIER_FILE_TYPES } from "./files";
import { downloadBase64 } from "../../components/download";
import { useBase } from "./useAssociation";
import { useDossierDepartment } from "./useDossierDepartment";
import type { AssociationDossierIdentityQuery, AssociationDossierQuery } from "../../gql/graphql";

type Dossier = NonNullable<AssociationDossierQuery["dossier"]>;
type Identity = NonNullable<NonNullable<AssociationDossierIdentityQuery["dossier"]>["identity"]>;

const withdrawModal = createModal({ id: "association-withdraw-dossier", isOpenedByDefault: false });

const FLASH: Record<string, string> = {
  submitted: "La demande a été déposée. La préfecture va l’examiner puis l’inscrire à l’ordre du jour de la commission.",
  resubmitted: "Le dossier complété a été redéposé auprès de la préfecture.",
  renewal: "Le renouvellement a été demandé : complétez si besoin le dossier puis déposez-le.",
  withdrawn: "La demande a été retirée.",
};

/** Max number of renewals (6-month periods up to 24 months). */
const MAX_RENEWALS = 3;

export function DossierPage() {
  const { dossierId } = useParams();
  const base = useBase();
  const departmentCode = useDossierDepartment(dossierId);
  const location = useLocation();
  const flashKey = (location.state as { flash?: string } | null)?.flash;
  const [flash, setFlash] = useState<string | null>(flashKey ? (FLASH[flashKey] ?? null) : null);
  const { data, error, loading, refetch } = useQuery(
    dossierQuery,
    { departmentCode: departmentCode ?? "", id: dossierId ?? "" },
    { skip: !departmentCode || !dossierId },
  );
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [withdrawReason, setWithdrawReason] = useState("");

  const d = data?.dossier ?? null;

  async function reload() {
    setActionError(null);
    await refetch();
  }

  async function run(name: string, op: (d: Dossier) => Promise<{ error: ApiError | null }>, success: string) {
    if (!d) return false;
    setBusy(name);
    setActionError(null);
    setFlash(null);
    const r = await op(d);
    setBusy(null);
    if (r.error) {
      setActionError(r.error);
      setTimeout(() => document.getElementById("dossier-action-feedback")?.focus(), 0);
      return false;
    }
    setFlash(success);
    await refetch();
    setTimeout(() => document.getElementById("dossier-action-feedback")?.focus(), 0);
    return true;
  }

  if (departmentCode === null) {
    return (
      <>
        <PageTitle title="Dossier introuvable" />
        <EmptyState title="Ce dossier n’existe pas ou n’est pas suivi par votre association" action={{ label: "Retour aux dossiers", linkProps: { to: `${base}/dossiers` } }} />
      </>
    );
  }

  if (!d) {
    return (
      <>
        <PageTitle title="Dossier" />
        <PageError error={error} what="à ce dossier" />
        {(loading || departmentCode === undefined) && !error && <Loading label="Chargement du dossier…" />}
        {data && !data.dossier && (
          <EmptyState title="Dossier introuvable" action={{ label: "Retour aux dossiers", linkProps: { to: `${base}/dossiers` } }}>
            Ce dossier n’existe pas ou n’est pas suivi par votre association.
          </EmptyState>
        )}
      </>
    );
  }

  const editable = d.status === "DRAFT" || d.status === "RETURNED";
  const withdrawable = ["DRAFT", "SUBMITTED", "RETURNED", "ON_AGENDA", "AWAITING_DECISION"].includes(d.status);
  const renewable = d.status === "IN_PROGRESS" && d.renewalNumber < MAX_RENEWALS;
  const editPath = `${base}/dossiers/${encodeURIComponent(d.id)}/modifier?departement=${encodeURIComponent(d.departmentCode)}`;

  return (
    <>
      <PageTitle title={`Dossier ${d.reference}`} lead={d.association ? `Suivi par ${d.association.name}` : undefined} />
      <div id="dossier-action-feedback" tabIndex={-1}>
        {flash && <Alert severity="success" as="h2" className="fr-mb-4w" title="C’est fait" description={flash} closable onClose={() => setFlash(null)} />}
        {actionError?.code === "CONFLICT" ? (
          <Alert
            severity="warning"
            as="h2"
            className="fr-mb-4w"
            title="Le dossier a été modifié entre-temps"
            description={
              <>
                Quelqu’un a modifié ce dossier depuis son affichage ; votre action n’a pas été enregistrée.
                Rechargez le dossier pour voir sa version à jour, puis recommencez.{" "}
                <button type="button" className="fr-link" onClick={() => void reload()}>
                  Recharger le dossier
                </button>
              </>
            }
          />
        ) : (
          <ErrorAlert error={actionError} title={actionError ? "L’action n’a pas pu être effectuée" : undefined} />
        )}
      </div>

      {d.status === "RETURNED" && d.returnReason && (
        <Alert severity="warning" as="h2" className="fr-mb-4w" title="Renvoyé par la préfecture pour complément" description={d.returnReason} />
      )}

      <section aria-labelledby="dossier-summary" className="fr-mb-6w">
        <h2 id="dossier-summary" className="fr-h4">
          Résumé
        </h2>
        <dl className="cdlp-dl">
          <dt>Statut</dt>
          <dd>
            <DossierStatusBadge status={d.status} />
            {d.stopReason && <> — {STOP_REASON[d.stopReason] ?? d.stopReason}</>}
          </dd>
          <dt>Département</dt>
          <dd>{d.departmentCode}</dd>
          <dt>Demande</dt>
          <dd>{d.renewalNumber === 0 ? "Première demande" : `Renouvellement n° ${d.renewalNumber}`}</dd>
          <dt>Créé le</dt>
          <dd>{formatDateTime(d.createdAt)}</dd>
          {d.submittedAt && (
            <>
              <dt>Déposé le</dt>
              <dd>{formatDateTime(d.submittedAt)}</dd>
            </>
          )}
          <dt>Période en cours</dt>
          <dd>
            {d.currentPeriod
              ? `Période ${d.currentPeriod.number}, du ${formatDate(d.currentPeriod.startDate)} au ${formatDate(d.currentPeriod.endDate)}`
              : "Aucune"}
          </dd>
          {d.agendaSessionId && (
            <>
              <dt>Commission</dt>
              <dd>Inscrit à l’ordre du jour d’une prochaine séance</dd>
            </>
          )}
        </dl>

        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mt-3w">
          {d.status === "DRAFT" && (
            <>
              <li>
                <Button priority="secondary" iconId="fr-icon-edit-line" linkProps={{ to: editPath }}>
                  Continuer la saisie
                </Button>
              </li>
              <li>
                <Button
                  iconId="fr-icon-send-plane-line"
                  disabled={busy !== null}
                  onClick={() =>
                    void run(
                      "submit",
                      (x) => request(submitDossierMutation, { input: { departmentCode: x.departmentCode, id: x.id, version: x.version } }),
                      FLASH.submitted,
                    )
                  }
                >
                  Déposer la demande
                </Button>
              </li>
            </>
          )}
          {d.status === "RETURNED" && (
            <li>
              <Button iconId="fr-icon-edit-line" linkProps={{ to: editPath }}>
                Compléter
              </Button>
            </li>
          )}
          {renewable && (
            <li>
              <Button
                iconId="fr-icon-refresh-line"
                disabled={busy !== null}
                onClick={() =>
                  void run(
                    "renewal",
                    (x) => request(requestRenewalMutation, { input: { departmentCode: x.departmentCode, id: x.id, version: x.version } }),
                    FLASH.renewal,
                  )
                }
              >
                Demander le renouvellement
              </Button>
            </li>
          )}
          {withdrawable && (
            <li>
              <Button priority="tertiary" iconId="fr-icon-close-circle-line" nativeButtonProps={withdrawModal.buttonProps}>
                Retirer la demande
              </Button>
            </li>
          )}
        </ul>
        {editable && d.status === "DRAFT" && (
          <p className="fr-hint-text">La demande ne peut être déposée que lorsque toutes les étapes sont remplies.</p>
        )}
      </section>

      {d.renewalNumber > 0 && d.status !== "IN_PROGRESS" && (
        <RenewalEvaluation key={`${d.id}-${d.renewalNumber}`} dossier={d} editable={editable} onSaved={() => refetch()} />
      )}

      <withdrawModal.Component
        title={`Retirer la demande ${d.reference}`}
        buttons={[
          { children: "Annuler", priority: "secondary" },
          {
            children: "Retirer la demande",
            doClosesModal: true,
            onClick: () =>
              void run(
                "withdraw",
                (x) =>
                  request(withdrawDossierMutation, {
                    input: { departmentCode: x.departmentCode, id: x.id, version: x.version, reason: withdrawReason.trim() || null },
                  }),
                FLASH.withdrawn,
              ),
          },
        ]}
      >
        <p>Le retrait est définitif : la préfecture et la commission n’examineront plus cette demande.</p>
        <Input
          label="Motif du retrait (facultatif)"
          textArea
          nativeTextAreaProps={{ rows: 3, value: withdrawReason, onChange: (e) => setWithdrawReason(e.target.value) }}
        />
      </withdrawModal.Component>

      <IdentitySection departmentCode={d.departmentCode} id={d.id} />

      <Section id="dossier-situation" title="Situation et projet d’insertion">
        <dl className="cdlp-dl">
          <dt>Sexe</dt>
          <dd>{labelOf(SEX, d.sex)}</dd>
          <dt>Tranche d’âge</dt>
          <dd>{labelOf(AGE_BAND, d.ageBand)}</dd>
          <dt>Groupe de nationalité</dt>
          <dd>{labelOf(NATIONALITY_GROUP, d.nationalityGroup)}</dd>
          <dt>Enfants à charge</dt>
          <dd>{d.children ?? "Non renseigné"}</dd>
          <dt>Consentement à l’usage statistique</dt>
          <dd>{d.statisticsConsent === true ? "Oui" : d.statisticsConsent === false ? "Non" : "Non recueilli"}</dd>
          <dt>Actions</dt>
          <dd>
            {d.actions.length === 0 ? (
              "Aucune"
            ) : (
              <ul>
                {d.actions.map((a) => (
                  <li key={a.id}>
                    {labelOf(ACTION_DOMAIN, a.domain)} : {a.description}
                    {a.durationMonths ? ` (${a.durationMonths} mois)` : ""}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Engagements de la personne</dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{d.commitments ?? "Non renseignés"}</dd>
          <dt>Avis de l’association</dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{d.associationAvis ?? "Non renseigné"}</dd>
        </dl>
      </Section>

      <Section id="dossier-periods" title="Périodes d’autorisation">
        {d.periods.length === 0 ? (
          <p>Aucune période autorisée pour le moment.</p>
        ) : (
          <ScrollTable
            caption="Périodes d’autorisation"
            headers={["Période", "Du", "Au", "AFIS", "Titre de séjour (APS)", "Hébergement"]}
            data={d.periods.map((p) => [
              `Période ${p.number}`,
              formatDate(p.startDate),
              formatDate(p.endDate),
              p.afisGrantedOn ? `Accordée le ${formatDate(p.afisGrantedOn)}` : p.afisRequestedOn ? `Demandée le ${formatDate(p.afisRequestedOn)}` : "Non demandée",
              p.apsIssuedOn ? `Délivrée le ${formatDate(p.apsIssuedOn)}` : p.apsRequestedOn ? `Demandée le ${formatDate(p.apsRequestedOn)}` : "Non demandée",
              p.housingSupport ?? "Non renseigné",
            ])}
          />
        )}
        {["IN_PROGRESS", "DRAFT", "SUBMITTED", "RETURNED", "ON_AGENDA", "AWAITING_DECISION"].includes(d.status) && (
          <BenefitsRequests key={`${d.id}-${d.version}`} dossier={d} onSaved={() => refetch()} />
        )}
      </Section>

      <Section id="dossier-avis" title="Avis de la commission">
        {d.avis.length === 0 ? (
          <p>La commission n’a pas encore rendu d’avis.</p>
        ) : (
          <ScrollTable
            caption="Avis de la commission"
            headers={["Date", "Demande", "Avis", "Votes (pour / contre / abstentions)", "Observations"]}
            data={d.avis.map((a) => [
              formatDate(a.recordedAt),
              a.renewalNumber === 0 ? "Première demande" : `Renouvellement n° ${a.renewalNumber}`,
              AVIS_KIND[a.kind] ?? a.kind,
              `${a.votesFor} / ${a.votesAgainst} / ${a.abstentions}`,
              a.remarks ?? "",
            ])}
          />
        )}
      </Section>

      <Section id="dossier-decisions" title="Décisions du préfet">
        {d.decisions.length === 0 ? (
          <p>Aucune décision pour le moment.</p>
        ) : (
          <ScrollTable
            caption="Décisions du préfet"
            headers={["Date", "Référence", "Demande", "Décision", "Motifs"]}
            data={d.decisions.map((x) => [
              formatDate(x.decidedOn),
              x.reference,
              x.renewalNumber === 0 ? "Première demande" : `Renouvellement n° ${x.renewalNumber}`,
              (DECISION_OUTCOME[x.outcome] ?? x.outcome) + (x.stopReason ? ` (${STOP_REASON[x.stopReason as keyof typeof STOP_REASON] ?? x.stopReason})` : ""),
              x.reasons,
            ])}
          />
        )}
      </Section>

      <Section id="dossier-documents" title="Documents">
        <DocumentsList dossier={d} />
        <h3 className="fr-h5 fr-mt-4w">Joindre un document</h3>
        <UploadForm
          kinds={optionsOf(DOCUMENT_KIND)}
          allowed={DOSSIER_FILE_TYPES}
          formatsText="Formats acceptés : PDF, JPEG, PNG ou ODT"
          submitLabel="Joindre le document"
          send={async (p) => {
            const r = await request(attachDocumentMutation, {
              input: { departmentCode: d.departmentCode, dossierId: d.id, version: d.version, ...p },
            });
            if (r.error) {
              setActionError(r.error);
              setTimeout(() => document.getElementById("dossier-action-feedback")?.focus(), 0);
              return false;
            }
            await refetch();
            return true;
          }}
        />
      </Section>

      <Section id="dossier-timeline" title="Historique">
        <ol className="cdlp-timeline">
          {[...d.timeline].reverse().map((e, i) => (
            <li key={i}>
              <strong>{DOSSIER_EVENT[e.kind] ?? e.kind}</strong> — {formatDateTime(e.occurredAt)}
              {e.actorRole && <> ({actorLabel(e.actorRole)})</>}
            </li>
          ))}
        </ol>
      </Section>

      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={`${base}/dossiers?departement=${encodeURIComponent(d.departmentCode)}`}>
          Retour aux dossiers
        </Link>
      </p>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="fr-mb-6w">
      <h2 id={id} className="fr-h4">
        {title}
      </h2>
      {children}
    </section>
  );
}

function IdentitySection({ departmentCode, id }: { departmentCode: string; id: string }) {
  const [identity, setIdentity] = useState<Identity | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  async function show() {
    setLoading(true);
    const r = await request(dossierIdentityQuery, { departmentCode, id });
    setLoading(false);
    if (r.error) return setError(r.error);
    setError(null);
    setIdentity(r.data.dossier?.identity ?? null);
    setTimeout(() => document.getElementById("dossier-identity-content")?.focus(), 0);
  }
  return (
    <Section id="dossier-identity" title="Identité de la personne">
      <p className="fr-hint-text">L’identité est scellée. Chaque consultation est enregistrée dans le journal d’audit.</p>
      <PageError error={error} what="à l’identité de cette personne" />
      {identity === undefined ? (
        <Button priority="secondary" iconId="fr-icon-eye-line" disabled={loading} onClick={() => void show()}>
          {loading ? "Chargement…" : "Afficher l’identité"}
        </Button>
      ) : (
        <div id="dossier-identity-content" tabIndex={-1}>
          {identity === null ? (
            <p>L’identité n’a pas encore été saisie.</p>
          ) : (
            <dl className="cdlp-dl">
              <dt>Prénom</dt>
              <dd>{identity.firstName}</dd>
              <dt>Nom</dt>
              <dd>{identity.lastName}</dd>
              <dt>Date de naissance</dt>
              <dd>{identity.birthDate ? formatDate(identity.birthDate) : "Non renseignée"}</dd>
              <dt>Nationalité</dt>
              <dd>{identity.nationality ?? "Non renseignée"}</dd>
              <dt>Contact</dt>
              <dd>{identity.contact ?? "Non renseigné"}</dd>
            </dl>
          )}
          <Button priority="tertiary" iconId="fr-icon-eye-off-line" onClick={() => setIdentity(undefined)}>
            Masquer l’identité
          </Button>
        </div>
      )}
    </Section>
  );
}

function DocumentsList({ dossier }: { dossier: Dossier }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (dossier.documents.length === 0) return <p>Aucun document joint.</p>;
  async function download(docId: string) {
    setBusy(docId);
    const r = await request(documentContentQuery, { departmentCode: dossier.departmentCode, id: docId });
    setBusy(null);
    if (r.error) return setError(r.error);
    setError(null);
    const c = r.data.documentContent;
    downloadBase64(c.contentBase64, c.filename, c.contentType);
  }
  return (
    <>
      <ErrorAlert error={error} />
      <Table
        caption="Documents joints"
        headers={["Type", "Fichier", "Taille", "Ajouté le", "Action"]}
        data={dossier.documents.map((doc) => [
          labelOf(DOCUMENT_KIND, doc.kind),
          doc.filename,
          formatSize(doc.sizeBytes),
          formatDateTime(doc.uploadedAt),
          <Button key="dl" size="small" priority="tertiary" iconId="fr-icon-download-line" disabled={busy === doc.id} onClick={() => void download(doc.id)}>
            Télécharger<span className="fr-sr-only"> {doc.filename}</span>
          </Button>,
        ])}
      />
    </>
  );
}
