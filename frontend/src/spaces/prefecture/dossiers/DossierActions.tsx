import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { fieldError } from "../../../api/errors";
import { useMutation } from "../../../api/hooks";
import { formatDate, todayNaive } from "../../../components/dates";
import type { DecisionOutcome, DossierStatus, PrefectureDossierQuery, StopReason } from "../../../gql/graphql";
import {
  prefectureDecideDossierMutation,
  prefectureRecordPeriodBenefitsMutation,
  prefectureReturnDossierMutation,
  prefectureStopParcoursMutation,
} from "./operations";
import { formatEuros, requestLabel } from "./labels";
import { STOP_REASON } from "../../../labels";
import { MutationFeedback } from "./MutationFeedback";
import "./dossiers.css";

export type Dossier = NonNullable<PrefectureDossierQuery["dossier"]>;

const returnModal = createModal({ id: "prefecture-dossier-return", isOpenedByDefault: false });
const decideModal = createModal({ id: "prefecture-dossier-decide", isOpenedByDefault: false });
const stopModal = createModal({ id: "prefecture-dossier-stop", isOpenedByDefault: false });
const benefitsModal = createModal({ id: "prefecture-dossier-benefits", isOpenedByDefault: false });

const CLOSED_STATUSES: readonly DossierStatus[] = ["REFUSED", "WITHDRAWN", "COMPLETED", "NOT_RENEWED", "STOPPED"];
const REQUEST_STATUSES: readonly DossierStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "ON_AGENDA", "AWAITING_DECISION"];

/** What the préfecture may do on a dossier in this state (mirrors the domain's state machine). */
export function allowedActions(d: Pick<Dossier, "status" | "renewalNumber" | "periods">) {
  return {
    returnForCompletion: d.status === "SUBMITTED" || d.status === "ON_AGENDA",
    decide: d.status === "AWAITING_DECISION",
    // A running parcours, or a renewal request in flight (a first request is refused, not stopped).
    stop: d.status === "IN_PROGRESS" || (d.renewalNumber > 0 && REQUEST_STATUSES.includes(d.status)),
    recordBenefits: d.periods.length > 0,
  };
}

export type ActionContext = {
  dossier: Dossier;
  /** Refetches the dossier (after a CONFLICT). */
  reload: () => void;
  reloading: boolean;
  /** Called after a successful action, with the French success message. */
  onDone: (message: string) => void;
};

type Missing = Record<string, string>;

function required(missing: Missing, field: string) {
  return missing[field] ? { state: "error" as const, stateRelatedMessage: missing[field] } : {};
}

function focusFirst(prefix: string, missing: Missing): boolean {
  const first = Object.keys(missing)[0];
  if (!first) return false;
  const el = document.getElementById(`${prefix}-${first}`) ?? document.querySelector<HTMLElement>(`[name="${prefix}-${first}"]`);
  el?.focus();
  return true;
}

/** The three fields of a prefect's arrêté (decision or end of parcours): date, reference, reasons. */
type Arrete = { decidedOn: string; reference: string; reasons: string };

function newArrete(): Arrete {
  return { decidedOn: todayNaive(), reference: "", reasons: "" };
}

function checkArrete(a: Arrete, missing: Missing) {
  if (!a.decidedOn) missing.decidedOn = "La date de la décision est obligatoire.";
  if (!a.reference.trim()) missing.reference = "La référence de l’arrêté est obligatoire.";
  if (!a.reasons.trim()) missing.reasons = "Les motifs sont obligatoires.";
}

function arreteInput(a: Arrete) {
  return { decidedOn: a.decidedOn, reference: a.reference.trim(), reasons: a.reasons.trim() };
}

function ArreteFields({
  prefix,
  labels,
  value,
  onChange,
  missing,
  error,
}: {
  prefix: string;
  labels: { decidedOn: string; reference: string; reasons: string };
  value: Arrete;
  onChange: (value: Arrete) => void;
  missing: Missing;
  error: Parameters<typeof fieldError>[0];
}) {
  const set = (k: keyof Arrete) => (e: { target: { value: string } }) => onChange({ ...value, [k]: e.target.value });
  return (
    <>
      <Input
        label={labels.decidedOn}
        {...required(missing, "decidedOn")}
        {...fieldError(error, "decidedOn")}
        nativeInputProps={{
          id: `${prefix}-decidedOn`,
          type: "date",
          required: true,
          max: todayNaive(),
          value: value.decidedOn,
          onChange: set("decidedOn"),
        }}
      />
      <Input
        label={labels.reference}
        {...required(missing, "reference")}
        {...fieldError(error, "reference")}
        nativeInputProps={{
          id: `${prefix}-reference`,
          required: true,
          maxLength: 100,
          autoComplete: "off",
          value: value.reference,
          onChange: set("reference"),
        }}
      />
      <Input
        label={labels.reasons}
        textArea
        {...required(missing, "reasons")}
        {...fieldError(error, "reasons")}
        nativeTextAreaProps={{
          id: `${prefix}-reasons`,
          required: true,
          rows: 4,
          maxLength: 5000,
          value: value.reasons,
          onChange: set("reasons"),
        }}
      />
    </>
  );
}

function FormButtons({ submit, busy, onCancel }: { submit: string; busy: boolean; onCancel: () => void }) {
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-mt-3w">
      <li>
        <Button type="button" priority="secondary" onClick={onCancel}>
          Annuler
        </Button>
      </li>
      <li>
        <Button type="submit" disabled={busy}>
          {busy ? "Enregistrement…" : submit}
        </Button>
      </li>
    </ul>
  );
}

/** The action buttons and their modals. */
export function DossierActions(ctx: ActionContext) {
  const allowed = allowedActions(ctx.dossier);
  const any = allowed.returnForCompletion || allowed.decide || allowed.stop || allowed.recordBenefits;
  const closed = CLOSED_STATUSES.includes(ctx.dossier.status);
  return (
    <>
      {closed && allowed.recordBenefits && (
        <p>Le dossier est clos : seules les aides perçues pendant ses périodes peuvent encore être enregistrées.</p>
      )}
      {any ? (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          {allowed.decide && (
            <li>
              <Button {...decideModal.buttonProps} iconId="fr-icon-edit-box-line">
                Enregistrer la décision
              </Button>
            </li>
          )}
          {allowed.returnForCompletion && (
            <li>
              <Button {...returnModal.buttonProps} priority="secondary" iconId="fr-icon-arrow-go-back-line">
                Renvoyer pour complément
              </Button>
            </li>
          )}
          {allowed.recordBenefits && (
            <li>
              <Button {...benefitsModal.buttonProps} priority="secondary" iconId="fr-icon-money-euro-circle-line">
                Enregistrer les aides de la période
              </Button>
            </li>
          )}
          {allowed.stop && (
            <li>
              <Button {...stopModal.buttonProps} priority="tertiary" iconId="fr-icon-close-circle-line">
                Mettre fin au parcours
              </Button>
            </li>
          )}
        </ul>
      ) : (
        <p>{noActionText(ctx.dossier.status)}</p>
      )}
      <ActionModal modal={returnModal} title="Renvoyer le dossier pour complément">
        <ReturnForm {...ctx} />
      </ActionModal>
      <ActionModal modal={decideModal} title="Enregistrer la décision du préfet" size="large">
        <DecideForm {...ctx} />
      </ActionModal>
      <ActionModal modal={stopModal} title="Mettre fin au parcours de sortie" size="large">
        <StopForm {...ctx} />
      </ActionModal>
      <ActionModal modal={benefitsModal} title="Enregistrer les aides de la période" size="large">
        <BenefitsForm {...ctx} />
      </ActionModal>
    </>
  );
}

function noActionText(status: DossierStatus): string {
  switch (status) {
    case "DRAFT":
    case "RETURNED":
      return "Aucune action de la préfecture pour le moment : l’association complète le dossier puis le transmet.";
    case "ON_AGENDA":
      return "Le dossier attend l’avis de la commission, enregistré depuis la séance.";
    default:
      return "Le dossier est clos : aucune action n’est plus possible.";
  }
}

type Modal = typeof returnModal;

/** A DSFR modal whose form is mounted only while it is open (fresh form, no duplicate labels). */
function ActionModal({
  modal,
  title,
  size = "medium",
  children,
}: {
  modal: Modal;
  title: string;
  size?: "medium" | "large";
  children: ReactNode;
}) {
  const open = useIsModalOpen(modal, {
    // The form unmounts when the modal closes: if the focus was in it, give it back to the opener.
    onConceal: () =>
      window.setTimeout(() => {
        const active = document.activeElement;
        if (!active || active === document.body || document.getElementById(modal.id)?.contains(active)) {
          document.getElementById(modal.buttonProps.id)?.focus();
        }
      }, 0),
  });
  return (
    <modal.Component title={title} size={size} titleAs="h2">
      {open ? children : null}
    </modal.Component>
  );
}

// ---------------------------------------------------------------------------------------------

function ReturnForm({ dossier, reload, reloading, onDone }: ActionContext) {
  const [returnDossier, { loading, error }] = useMutation(prefectureReturnDossierMutation);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState<Missing>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const m: Missing = {};
    if (!reason.trim()) m.reason = "Indiquez ce que l’association doit compléter.";
    setMissing(m);
    if (focusFirst("return", m)) return;
    const r = await returnDossier({
      input: { departmentCode: dossier.departmentCode, id: dossier.id, version: dossier.version, reason: reason.trim() },
    });
    if (!r.error) {
      returnModal.close();
      onDone(`Le dossier ${dossier.reference} a été renvoyé à l’association pour complément.`);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>
        L’association verra ce motif, complétera le dossier {dossier.reference} puis le transmettra à nouveau.
        {dossier.status === "ON_AGENDA" && " Le dossier sera retiré de l’ordre du jour de la séance."}
      </p>
      <MutationFeedback error={error} fields={["reason"]} onReload={reload} reloading={reloading} />
      <Input
        label="Motif du renvoi"
        textArea
        {...required(missing, "reason")}
        {...fieldError(error, "reason")}
        nativeTextAreaProps={{
          id: "return-reason",
          required: true,
          rows: 4,
          maxLength: 2000,
          value: reason,
          onChange: (e) => setReason(e.target.value),
        }}
      />
      <FormButtons submit="Renvoyer le dossier" busy={loading} onCancel={() => returnModal.close()} />
    </form>
  );
}

// ---------------------------------------------------------------------------------------------

function DecideForm({ dossier, reload, reloading, onDone }: ActionContext) {
  const [decide, { loading, error }] = useMutation(prefectureDecideDossierMutation);
  const [outcome, setOutcome] = useState<DecisionOutcome | "">("");
  const [arrete, setArrete] = useState(newArrete);
  const [periodStart, setPeriodStart] = useState("");
  const [missing, setMissing] = useState<Missing>({});
  const first = dossier.renewalNumber === 0;
  const lastAvis = [...dossier.avis].reverse().find((a) => a.renewalNumber === dossier.renewalNumber);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const m: Missing = {};
    if (!outcome) m.outcome = "Choisissez l’une des deux décisions.";
    checkArrete(arrete, m);
    setMissing(m);
    if (focusFirst("decide", m)) return;
    const r = await decide({
      input: {
        departmentCode: dossier.departmentCode,
        id: dossier.id,
        version: dossier.version,
        outcome: outcome as DecisionOutcome,
        ...arreteInput(arrete),
        periodStart: first && outcome === "AUTHORISED" && periodStart ? periodStart : null,
      },
    });
    if (!r.error) {
      decideModal.close();
      onDone(
        outcome === "AUTHORISED"
          ? `L’autorisation du dossier ${dossier.reference} est enregistrée : une nouvelle période de 6 mois est ouverte.`
          : `Le refus du dossier ${dossier.reference} est enregistré.`,
      );
    } else if (r.error.code === "BAD_USER_INPUT" && r.error.field) {
      // e.g. a reference already used by another decision: its message is next to the field.
      focusFirst("decide", { [r.error.field]: r.error.message });
    }
  }

  const outcomeError = missing.outcome
    ? { state: "error" as const, stateRelatedMessage: missing.outcome }
    : fieldError(error, "outcome");

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>
        Dossier {dossier.reference}, {requestLabel(dossier.renewalNumber).toLowerCase()}.
        {lastAvis &&
          ` Avis de la commission : ${lastAvis.kind === "FAVOURABLE" ? "favorable" : lastAvis.kind === "UNFAVOURABLE" ? "défavorable" : "ajourné"}.`}{" "}
        Le préfet peut décider autrement que l’avis. Tous les champs sont obligatoires
        {first ? ", sauf le début de la première période" : ""}.
      </p>
      <MutationFeedback
        error={error}
        fields={["outcome", "decidedOn", "reference", "reasons", "periodStart"]}
        onReload={reload}
        reloading={reloading}
      />
      <RadioButtons
        legend="Décision"
        name="decide-outcome"
        className="cdlp-radios-on-top"
        orientation="horizontal"
        {...outcomeError}
        options={[
          {
            label: "Autorisation",
            nativeInputProps: {
              value: "AUTHORISED",
              checked: outcome === "AUTHORISED",
              onChange: () => setOutcome("AUTHORISED"),
            },
          },
          {
            label: "Refus",
            nativeInputProps: {
              value: "REFUSED",
              checked: outcome === "REFUSED",
              onChange: () => setOutcome("REFUSED"),
            },
          },
        ]}
      />
      <ArreteFields
        prefix="decide"
        labels={{ decidedOn: "Date de la décision", reference: "Référence de l'arrêté", reasons: "Motifs" }}
        value={arrete}
        onChange={setArrete}
        missing={missing}
        error={error}
      />
      {first && outcome === "AUTHORISED" && (
        <Input
          label="Début de la première période (facultatif)"
          hintText="Par défaut, la date de la décision. La période dure 6 mois."
          {...fieldError(error, "periodStart")}
          nativeInputProps={{
            id: "decide-periodStart",
            type: "date",
            value: periodStart,
            onChange: (e) => setPeriodStart(e.target.value),
          }}
        />
      )}
      <FormButtons submit="Valider la décision" busy={loading} onCancel={() => decideModal.close()} />
    </form>
  );
}

// ---------------------------------------------------------------------------------------------

const STOP_REASONS: readonly StopReason[] = ["COMMITMENTS_NOT_KEPT", "PERSON_REQUEST", "CONDITIONS_NO_LONGER_MET"];

function StopForm({ dossier, reload, reloading, onDone }: ActionContext) {
  const [stop, { loading, error }] = useMutation(prefectureStopParcoursMutation);
  const [reason, setReason] = useState<StopReason | "">("");
  const [arrete, setArrete] = useState(newArrete);
  const [missing, setMissing] = useState<Missing>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const m: Missing = {};
    if (!reason) m.reason = "Choisissez le motif de la fin du parcours.";
    checkArrete(arrete, m);
    setMissing(m);
    if (focusFirst("stop", m)) return;
    const r = await stop({
      input: {
        departmentCode: dossier.departmentCode,
        id: dossier.id,
        version: dossier.version,
        reason: reason as StopReason,
        ...arreteInput(arrete),
      },
    });
    if (!r.error) {
      stopModal.close();
      onDone(`Le parcours du dossier ${dossier.reference} a pris fin. L’AFIS cesse d’être versée le mois suivant la décision.`);
    } else if (r.error.code === "BAD_USER_INPUT" && r.error.field) {
      focusFirst("stop", { [r.error.field]: r.error.message });
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>
        Cette décision clôt définitivement le dossier {dossier.reference}
        {dossier.renewalNumber > 0 ? " et la demande de renouvellement en cours" : ""}. L’AFIS n’est plus versée à
        partir du mois suivant la décision. Tous les champs sont obligatoires.
      </p>
      <MutationFeedback
        error={error}
        fields={["reason", "decidedOn", "reference", "reasons"]}
        onReload={reload}
        reloading={reloading}
      />
      <Select
        label="Motif de la fin du parcours"
        {...required(missing, "reason")}
        {...fieldError(error, "reason")}
        nativeSelectProps={{
          id: "stop-reason",
          required: true,
          value: reason,
          onChange: (e) => setReason(e.target.value as StopReason),
        }}
      >
        <option value="" disabled>
          Sélectionnez un motif
        </option>
        {STOP_REASONS.map((r) => (
          <option key={r} value={r}>
            {STOP_REASON[r]}
          </option>
        ))}
      </Select>
      <ArreteFields
        prefix="stop"
        labels={{
          decidedOn: "Date de la décision de fin",
          reference: "Référence de l'arrêté de fin de parcours",
          reasons: "Motifs de la fin du parcours",
        }}
        value={arrete}
        onChange={setArrete}
        missing={missing}
        error={error}
      />
      <FormButtons submit="Valider la fin du parcours" busy={loading} onCancel={() => stopModal.close()} />
    </form>
  );
}

// ---------------------------------------------------------------------------------------------

type Period = Dossier["periods"][number];

function BenefitsForm({ dossier, reload, reloading, onDone }: ActionContext) {
  const [record, { loading, error }] = useMutation(prefectureRecordPeriodBenefitsMutation);
  const periods = dossier.periods;
  const initial = dossier.currentPeriod?.number ?? periods[periods.length - 1]?.number ?? 1;
  const [number, setNumber] = useState(initial);
  const period = periods.find((p) => p.number === number);
  const [values, setValues] = useState(() => valuesOf(period));

  function choose(n: number) {
    setNumber(n);
    setValues(valuesOf(periods.find((p) => p.number === n)));
  }
  const set = (k: keyof ReturnType<typeof valuesOf>) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    // A patch: only what the prefecture records (AFIS granted, residence permit issued), and
    // only what changed; the association's requests and housing stay as it recorded them.
    const before = valuesOf(period);
    const changed = (k: "afisGrantedOn" | "apsIssuedOn") =>
      values[k] !== before[k] ? { [k]: values[k] || null } : {};
    const r = await record({
      input: {
        departmentCode: dossier.departmentCode,
        dossierId: dossier.id,
        version: dossier.version,
        periodNumber: number,
        ...changed("afisGrantedOn"),
        ...changed("apsIssuedOn"),
      },
    });
    if (!r.error) {
      benefitsModal.close();
      const amount = r.data.recordPeriodBenefits.afisMonthlyCents;
      onDone(
        `Les aides de la période ${number} du dossier ${dossier.reference} sont enregistrées.${
          amount !== null ? ` Montant mensuel de l’AFIS : ${formatEuros(amount)}.` : ""
        }`,
      );
    }
  }

  const dateInput = (k: "afisGrantedOn" | "apsIssuedOn", label: string) => (
    <Input
      label={label}
      {...fieldError(error, k)}
      nativeInputProps={{ id: `benefits-${k}`, type: "date", max: todayNaive(), value: values[k], onChange: set(k) }}
    />
  );
  // Recorded by the association: shown, not edited here.
  const recorded = (k: "afisRequestedOn" | "apsRequestedOn", label: string) => (
    <p className="fr-mb-2w">
      {label} : {values[k] ? formatDate(values[k]) : "non renseigné par l’association"}
    </p>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>
        La préfecture consigne l’attribution de l’AFIS et la délivrance du titre de séjour ; les demandes et
        l’hébergement sont consignés par l’association. Un champ vidé efface la donnée ; les autres restent
        inchangés. Le montant mensuel de l’AFIS est calculé d’après le barème en vigueur à la date d’attribution et le
        nombre d’enfants déclaré.
      </p>
      <MutationFeedback
        error={error}
        fields={["periodNumber", "afisGrantedOn", "apsIssuedOn"]}
        onReload={reload}
        reloading={reloading}
      />
      <Select
        label="Période"
        {...fieldError(error, "periodNumber")}
        nativeSelectProps={{ id: "benefits-periodNumber", value: String(number), onChange: (e) => choose(Number(e.target.value)) }}
      >
        {periods
          .filter((p) => !p.cancelledOn)
          .map((p) => (
            <option key={p.number} value={p.number}>
              Période {p.number} : du {formatDate(p.startDate)} au {formatDate(p.endDate)}
            </option>
          ))}
      </Select>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-text--regular">
          Aide financière à l’insertion sociale et professionnelle (AFIS)
        </legend>
        <div className="fr-fieldset__element fr-col-12 fr-col-md-6">{recorded("afisRequestedOn", "AFIS demandée le")}</div>
        <div className="fr-fieldset__element fr-col-12 fr-col-md-6">{dateInput("afisGrantedOn", "AFIS accordée le")}</div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-text--regular">Autorisation provisoire de séjour (APS)</legend>
        <div className="fr-fieldset__element fr-col-12 fr-col-md-6">{recorded("apsRequestedOn", "APS demandée le")}</div>
        <div className="fr-fieldset__element fr-col-12 fr-col-md-6">{dateInput("apsIssuedOn", "APS délivrée le")}</div>
      </fieldset>
      <p>Accompagnement vers le logement : {values.housingSupport || "non renseigné par l’association"}</p>
      <FormButtons submit="Enregistrer les aides" busy={loading} onCancel={() => benefitsModal.close()} />
    </form>
  );
}

function valuesOf(p: Period | undefined) {
  return {
    afisRequestedOn: p?.afisRequestedOn ?? "",
    afisGrantedOn: p?.afisGrantedOn ?? "",
    apsRequestedOn: p?.apsRequestedOn ?? "",
    apsIssuedOn: p?.apsIssuedOn ?? "",
    housingSupport: p?.housingSupport ?? "",
  };
}
