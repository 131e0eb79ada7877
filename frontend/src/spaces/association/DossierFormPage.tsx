import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { Stepper } from "@codegouvfr/react-dsfr/Stepper";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { PageTitle } from "../../components/PageTitle";
import { Loading } from "../../components/Loading";
import { EmptyState } from "../../components/EmptyState";
import { ErrorAlert } from "../../components/ErrorAlert";
import { ageBandOf, formatDate } from "../../components/dates";
import { fieldError } from "../../api/errors";
import { request, type ApiError } from "../../api/client";
import type { DossierContentInput, DossierStatus, IdentityInput, ActionInput } from "../../gql/graphql";
import {
  createDossierMutation,
  dossierDraftQuery,
  submitDossierMutation,
  updateDossierMutation,
} from "./operations";
import { ACTION_DOMAIN, AGE_BAND, NATIONALITY_GROUP, SEX, labelOf, optionsOf } from "../../labels";
import { PageError } from "./Errors";
import { dossierPath, useBase, useInForceDepartments } from "./useAssociation";
import { useDossierDepartment } from "./useDossierDepartment";
import { useSearchParams } from "react-router";

const STEPS = ["Département et personne", "Situation", "Projet d’insertion", "Vérification"];
const DEBOUNCE_MS = 800;

type ActionRow = { key: number; domain: string; description: string };
type Form = {
  departmentCode: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  nationality: string;
  contact: string;
  sex: string;
  ageBand: string;
  nationalityGroup: string;
  children: string;
  consent: "" | "yes" | "no";
  commitments: string;
  associationAvis: string;
  actions: ActionRow[];
};
type Meta = { id: string; departmentCode: string; version: number; reference: string; status: DossierStatus };
type SaveState =
  | { kind: "idle" }
  | { kind: "waiting" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; error: ApiError };

const EMPTY: Form = {
  departmentCode: "",
  firstName: "",
  lastName: "",
  birthDate: "",
  nationality: "",
  contact: "",
  sex: "",
  ageBand: "",
  nationalityGroup: "",
  children: "",
  consent: "",
  commitments: "",
  associationAvis: "",
  actions: [],
};

let nextKey = 1;

/** Which step holds a field named by the API (BAD_USER_INPUT `extensions.field`). */
function stepOfField(field: string | undefined): number {
  if (!field) return 3;
  if (field === "departmentCode" || field.startsWith("identity")) return 0;
  if (["sex", "ageBand", "nationalityGroup", "children", "statisticsConsent"].includes(field)) return 1;
  if (field.startsWith("actions") || field === "commitments" || field === "associationAvis") return 2;
  return 3;
}

function toContent(f: Form): DossierContentInput {
  const children = f.children.trim() === "" ? null : Number(f.children);
  return {
    sex: f.sex || null,
    ageBand: f.ageBand || null,
    nationalityGroup: f.nationalityGroup || null,
    statisticsConsent: f.consent === "" ? null : f.consent === "yes",
    children: children === null || Number.isNaN(children) ? null : Math.trunc(children),
    commitments: f.commitments.trim() || null,
    associationAvis: f.associationAvis.trim() || null,
  };
}

function toIdentity(f: Form): IdentityInput | null {
  if (!f.firstName.trim() || !f.lastName.trim()) return null;
  return {
    firstName: f.firstName.trim(),
    lastName: f.lastName.trim(),
    birthDate: f.birthDate || null,
    nationality: f.nationality.trim() || null,
    contact: f.contact.trim() || null,
  };
}

function toActions(f: Form): ActionInput[] {
  return f.actions
    .filter((a) => a.domain && a.description.trim())
    .map((a) => ({ domain: a.domain, description: a.description.trim() }));
}

/** What is still missing before the request can be filed, in French, with its step. */
function missingItems(f: Form): { label: string; step: number }[] {
  const out: { label: string; step: number }[] = [];
  if (!f.departmentCode) out.push({ label: "le département", step: 0 });
  if (!f.firstName.trim()) out.push({ label: "le prénom", step: 0 });
  if (!f.lastName.trim()) out.push({ label: "le nom", step: 0 });
  if (!f.sex) out.push({ label: "le sexe", step: 1 });
  if (!f.ageBand) out.push({ label: "la tranche d’âge", step: 1 });
  if (!f.nationalityGroup) out.push({ label: "le groupe de nationalité", step: 1 });
  if (toActions(f).length === 0) out.push({ label: "au moins une action du projet d’insertion (domaine et description)", step: 2 });
  if (!f.commitments.trim()) out.push({ label: "les engagements de la personne", step: 2 });
  if (!f.associationAvis.trim()) out.push({ label: "l’avis de l’association", step: 2 });
  return out;
}

function hhmm(d: Date): string {
  return new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" }).format(d);
}

export function DossierFormPage() {
  const { dossierId } = useParams();
  const location = useLocation();
  const departmentCode = useDossierDepartment(dossierId);
  /**
   * The draft the new form just created: when the address becomes …/dossiers/:id/modifier the
   * same form stays mounted (what is being typed and the focus are kept). This page stays
   * mounted between the two routes; a reload or a later visit loads the draft from the server.
   */
  const [created, setCreated] = useState<{ formKey: string; id: string } | null>(null);
  if (created && dossierId === created.id) {
    return <DossierForm key={created.formKey} initial={null} />;
  }
  // A new navigation to "Nouvelle demande" (new location key) starts a fresh form.
  if (!dossierId) {
    const formKey = location.key;
    return <DossierForm key={formKey} initial={null} onCreated={(id) => setCreated({ formKey, id })} />;
  }
  return <DraftLoader dossierId={dossierId} departmentCode={departmentCode} />;
}

/** The draft (or returned dossier) comes back from the server on reload, identity included. */
function DraftLoader({ dossierId, departmentCode }: { dossierId: string; departmentCode: string | null | undefined }) {
  const base = useBase();
  const [state, setState] = useState<{ form: Form; meta: Meta; returnReason: string | null; updatedAt: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [closed, setClosed] = useState<{ reference: string; departmentCode: string } | null>(null);

  useEffect(() => {
    if (!departmentCode) {
      if (departmentCode === null) setNotFound(true);
      return;
    }
    let cancelled = false;
    void request(dossierDraftQuery, { departmentCode, id: dossierId }).then((r) => {
      if (cancelled) return;
      if (r.error) return setError(r.error);
      const d = r.data.dossier;
      if (!d) return setNotFound(true);
      if (d.status !== "DRAFT" && d.status !== "RETURNED") {
        setClosed({ reference: d.reference, departmentCode: d.departmentCode });
        return;
      }
      setState({
        form: {
          departmentCode: d.departmentCode,
          firstName: d.identity?.firstName ?? "",
          lastName: d.identity?.lastName ?? "",
          birthDate: d.identity?.birthDate ?? "",
          nationality: d.identity?.nationality ?? "",
          contact: d.identity?.contact ?? "",
          sex: d.sex ?? "",
          ageBand: ageBandOf(d.identity?.birthDate ?? "") ?? d.ageBand ?? "",
          nationalityGroup: d.nationalityGroup ?? "",
          children: d.children === null || d.children === undefined ? "" : String(d.children),
          consent: d.statisticsConsent === null || d.statisticsConsent === undefined ? "" : d.statisticsConsent ? "yes" : "no",
          commitments: d.commitments ?? "",
          associationAvis: d.associationAvis ?? "",
          actions: d.actions.map((a) => ({ key: nextKey++, domain: a.domain, description: a.description })),
        },
        meta: { id: d.id, departmentCode: d.departmentCode, version: d.version, reference: d.reference, status: d.status },
        returnReason: d.returnReason ?? null,
        updatedAt: d.updatedAt,
      });
    });
    return () => {
      cancelled = true;
    };
  }, [departmentCode, dossierId]);

  if (state) return <DossierForm initial={state} />;
  return (
    <>
      <PageTitle title="Modifier la demande" />
      <PageError error={error} what="à ce dossier" />
      {notFound && (
        <EmptyState title="Dossier introuvable" action={{ label: "Retour aux dossiers", linkProps: { to: `${base}/dossiers` } }}>
          Ce dossier n’existe pas ou n’est pas suivi par votre association.
        </EmptyState>
      )}
      {closed && (
        <Alert
          severity="info"
          className="fr-mb-4w"
          title={`Le dossier ${closed.reference} n’est plus modifiable`}
          description={
            <Link to={dossierPath(base, { id: dossierId, departmentCode: closed.departmentCode })}>
              Voir le dossier {closed.reference}
            </Link>
          }
        />
      )}
      {!error && !notFound && !closed && <Loading label="Chargement du brouillon…" />}
    </>
  );
}

function DossierForm({
  initial,
  onCreated,
}: {
  initial: { form: Form; meta: Meta; returnReason: string | null; updatedAt: string } | null;
  /** Called when the first save creates the draft, before the address moves to …/modifier. */
  onCreated?: (id: string) => void;
}) {
  const base = useBase();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { departments, error: depError } = useInForceDepartments();
  const [form, setForm] = useState<Form>(initial?.form ?? { ...EMPTY, departmentCode: params.get("departement") ?? "" });
  const [meta, setMeta] = useState<Meta | null>(initial?.meta ?? null);
  const [step, setStep] = useState(0);
  const [save, setSave] = useState<SaveState>(
    initial ? { kind: "saved", at: new Date(initial.updatedAt) } : { kind: "idle" },
  );
  const [submitError, setSubmitError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [showMissing, setShowMissing] = useState(false);
  // "Étape suivante" on step 1 without a département: said on the field, and the step stays.
  const [departmentMissing, setDepartmentMissing] = useState(false);

  const formRef = useRef(form);
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;
  // `navigate` changes with the address; saveOnce/flush must not (the unmount save depends on them).
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;
  const metaRef = useRef<Meta | null>(meta);
  const dirty = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const stepperRef = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  const title = useRef(
    !initial
      ? "Nouvelle demande"
      : initial.meta.status === "RETURNED"
        ? `Compléter la demande ${initial.meta.reference}`
        : `Brouillon ${initial.meta.reference}`,
  );

  // Preselect the only département in force (or the one from the address, if in force).
  useEffect(() => {
    if (!departments || metaRef.current) return;
    const current = formRef.current.departmentCode;
    if (current && departments.some((d) => d.code === current)) return;
    const only = departments.length === 1 ? departments[0].code : "";
    formRef.current = { ...formRef.current, departmentCode: only };
    setForm(formRef.current);
  }, [departments]);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const f = formRef.current;
    const m = metaRef.current;
    if (!m && !f.departmentCode) {
      setSave({ kind: "waiting" });
      return false;
    }
    dirty.current = false;
    setSave({ kind: "saving" });
    if (!m) {
      const r = await request(createDossierMutation, {
        input: { departmentCode: f.departmentCode, content: toContent(f), identity: toIdentity(f), actions: toActions(f) },
      });
      if (r.error) {
        setSave({ kind: "error", error: r.error });
        return false;
      }
      const d = r.data.createDossier;
      metaRef.current = { id: d.id, departmentCode: d.departmentCode, version: d.version, reference: d.reference, status: d.status };
      setMeta(metaRef.current);
      setSave({ kind: "saved", at: new Date() });
      // From now on a reload brings the draft back. The form stays mounted (see DossierFormPage).
      onCreatedRef.current?.(d.id);
      navigateRef.current(`${base}/dossiers/${encodeURIComponent(d.id)}/modifier?departement=${encodeURIComponent(d.departmentCode)}`, {
        replace: true,
      });
      return true;
    }
    const r = await request(updateDossierMutation, {
      input: {
        departmentCode: m.departmentCode,
        id: m.id,
        version: m.version,
        content: toContent(f),
        identity: toIdentity(f),
        actions: toActions(f),
      },
    });
    if (r.error) {
      if (r.error.code === "CONFLICT") blocked.current = true;
      setSave({ kind: "error", error: r.error });
      return false;
    }
    metaRef.current = { ...m, version: r.data.updateDossier.version, status: r.data.updateDossier.status };
    setMeta(metaRef.current);
    setSave({ kind: "saved", at: new Date() });
    return true;
  }, [base]);

  /** Saves now (waiting for a save under way); true when everything typed is on the server. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    for (;;) {
      if (blocked.current) return false;
      if (inFlight.current) {
        await inFlight.current;
        continue;
      }
      if (!dirty.current) return metaRef.current !== null;
      inFlight.current = saveOnce();
      const ok = await inFlight.current;
      inFlight.current = null;
      if (!ok) return false;
    }
  }, [saveOnce]);

  function change(patch: Partial<Form>) {
    // The age band follows the birth date when there is one (it cannot contradict it).
    const birthDate = patch.birthDate ?? formRef.current.birthDate;
    const derived = ageBandOf(birthDate);
    if (derived) patch = { ...patch, ageBand: derived };
    if (patch.departmentCode) setDepartmentMissing(false);
    formRef.current = { ...formRef.current, ...patch };
    setForm(formRef.current);
    setSubmitError(null);
    if (blocked.current) return;
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }

  // Leaving the page: save what was typed in the last moments.
  useEffect(
    () => () => {
      if (dirty.current && !blocked.current) void flush();
    },
    [flush],
  );

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  // Focus the step's title when the step changes (not on the first display).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const t = stepperRef.current?.querySelector<HTMLElement>(".fr-stepper__title");
    if (t) {
      t.tabIndex = -1;
      t.focus();
    }
  }, [step]);

  function goTo(n: number) {
    setStep(Math.max(0, Math.min(STEPS.length - 1, n)));
    void flush();
  }

  async function deposit(e: FormEvent) {
    e.preventDefault();
    const missing = missingItems(formRef.current);
    if (missing.length > 0) {
      setShowMissing(true);
      document.getElementById("dossier-missing")?.focus();
      return;
    }
    setSubmitting(true);
    const saved = await flush();
    const m = metaRef.current;
    if (!saved || !m) {
      setSubmitting(false);
      return;
    }
    const r = await request(submitDossierMutation, { input: { departmentCode: m.departmentCode, id: m.id, version: m.version } });
    setSubmitting(false);
    if (r.error) {
      setSubmitError(r.error);
      if (r.error.code === "BAD_USER_INPUT" && r.error.field && stepOfField(r.error.field) !== 3) {
        setStep(stepOfField(r.error.field));
      } else {
        setTimeout(() => document.getElementById("dossier-submit-error")?.focus(), 0);
      }
      return;
    }
    navigate(dossierPath(base, m), {
      state: { flash: initial?.meta.status === "RETURNED" ? "resubmitted" : "submitted" },
    });
  }

  const err = submitError ?? (save.kind === "error" ? save.error : null);
  const fe = (...fields: string[]) => fieldError(err, ...fields);
  const missing = missingItems(form);
  const conflict = save.kind === "error" && save.error.code === "CONFLICT";
  const department = departments?.find((d) => d.code === form.departmentCode);

  let status: ReactNode;
  switch (save.kind) {
    case "idle":
      status = meta ? "" : "Le brouillon sera enregistré automatiquement dès votre première saisie.";
      break;
    case "waiting":
      status = "Choisissez le département pour que le brouillon soit enregistré.";
      break;
    case "saving":
      status = "Enregistrement…";
      break;
    case "saved":
      status = `Brouillon enregistré à ${hhmm(save.at)}`;
      break;
    case "error":
      status = conflict
        ? "Brouillon non enregistré : le dossier a été modifié ailleurs."
        : `Brouillon non enregistré : ${save.error.message}`;
      break;
  }

  const stepForm = (children: ReactNode, last = false) => (
    <form
      noValidate
      onSubmit={(e) => {
        if (last) void deposit(e);
        else {
          e.preventDefault();
          if (step === 0 && !formRef.current.departmentCode) {
            setDepartmentMissing(true);
            document.getElementById("dossier-department")?.focus();
            return;
          }
          goTo(step + 1);
        }
      }}
    >
      {children}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mt-4w">
        {step > 0 && (
          <li>
            <Button type="button" priority="secondary" iconId="fr-icon-arrow-left-line" onClick={() => goTo(step - 1)}>
              Étape précédente
            </Button>
          </li>
        )}
        <li>
          {last ? (
            <Button type="submit" iconId="fr-icon-send-plane-line" disabled={submitting || conflict}>
              Déposer la demande
            </Button>
          ) : (
            <Button type="submit" iconId="fr-icon-arrow-right-line" iconPosition="right">
              Étape suivante
            </Button>
          )}
        </li>
      </ul>
    </form>
  );

  return (
    <>
      <PageTitle title={title.current} />
      {initial?.returnReason && (
        <Alert
          severity="warning"
          className="fr-mb-4w"
          title="La préfecture a renvoyé le dossier pour complément"
          description={initial.returnReason}
        />
      )}
      <PageError error={depError} what="aux agréments de l’association" />
      <div className="fr-grid-row fr-grid-row--middle fr-mb-2w">
        <p className="fr-mb-0 fr-mr-2w">
          {meta ? (
            <>
              Dossier <strong>{meta.reference}</strong>
            </>
          ) : (
            "Dossier non encore créé"
          )}
        </p>
        <p className="fr-mb-0 fr-text--sm" role="status" aria-live="polite" aria-atomic="true">
          {save.kind === "saving" && <span className="fr-icon-refresh-line fr-icon--sm fr-mr-1v" aria-hidden="true" />}
          {save.kind === "saved" && <span className="fr-icon-check-line fr-icon--sm fr-mr-1v" aria-hidden="true" />}
          {status}
        </p>
      </div>
      {conflict && (
        <Alert
          severity="warning"
          className="fr-mb-4w"
          title="Modification concurrente"
          description={
            <>
              Quelqu’un a modifié ce dossier entre-temps ; vos dernières saisies n’ont pas été enregistrées.{" "}
              <button type="button" className="fr-link" onClick={() => window.location.reload()}>
                Recharger le dossier
              </button>
            </>
          }
        />
      )}
      <div ref={stepperRef}>
        <Stepper currentStep={step + 1} stepCount={STEPS.length} title={STEPS[step]} nextTitle={STEPS[step + 1]} />
      </div>

      {step === 0 &&
        stepForm(
          <>
            <Select
              label="Département"
              {...(departmentMissing && !form.departmentCode
                ? { state: "error" as const, stateRelatedMessage: "Choisissez le département où la demande est déposée." }
                : fe("departmentCode"))}
              disabled={!!meta}
              nativeSelectProps={{
                id: "dossier-department",
                value: form.departmentCode,
                required: true,
                onChange: (e) => change({ departmentCode: e.target.value }),
                "aria-describedby": "dossier-dep-note",
              }}
            >
              <option value="" disabled>
                Sélectionnez un département
              </option>
              {(departments ?? []).map((d) => (
                <option key={d.code} value={d.code}>
                  {d.code} — {d.name}
                </option>
              ))}
              {meta && !departments?.some((d) => d.code === meta.departmentCode) && (
                <option value={meta.departmentCode}>{meta.departmentCode}</option>
              )}
            </Select>
            <p id="dossier-dep-note" className="fr-hint-text fr-mt-n2w fr-mb-3w">
              {meta
                ? "Le département ne peut plus être changé une fois le brouillon créé."
                : "Seuls les départements où l’association a un agrément en vigueur sont proposés."}
            </p>
            <fieldset className="fr-fieldset" aria-describedby="dossier-identity-note">
              <legend className="fr-fieldset__legend">Identité de la personne</legend>
              <p id="dossier-identity-note" className="fr-hint-text fr-fieldset__element">
                L’identité est scellée : seules votre association et la préfecture peuvent la lire. Elle est
                enregistrée dès que le prénom et le nom sont saisis.
              </p>
              <div className="fr-fieldset__element">
                <Input
                  label="Prénom"
                  {...fe("identity.firstName", "identity")}
                  nativeInputProps={{
                    value: form.firstName,
                    autoComplete: "off",
                    required: true,
                    onChange: (e) => change({ firstName: e.target.value }),
                  }}
                />
              </div>
              <div className="fr-fieldset__element">
                <Input
                  label="Nom"
                  {...fe("identity.lastName")}
                  nativeInputProps={{
                    value: form.lastName,
                    autoComplete: "off",
                    required: true,
                    onChange: (e) => change({ lastName: e.target.value }),
                  }}
                />
              </div>
              <div className="fr-fieldset__element">
                <Input
                  label="Date de naissance"
                  {...fe("identity.birthDate")}
                  nativeInputProps={{
                    type: "date",
                    value: form.birthDate,
                    onChange: (e) => change({ birthDate: e.target.value }),
                  }}
                />
              </div>
              <div className="fr-fieldset__element">
                <Input
                  label="Nationalité"
                  {...fe("identity.nationality")}
                  nativeInputProps={{
                    value: form.nationality,
                    autoComplete: "off",
                    onChange: (e) => change({ nationality: e.target.value }),
                  }}
                />
              </div>
              <div className="fr-fieldset__element">
                <Input
                  label="Contact"
                  hintText="Téléphone, adresse électronique ou adresse postale pour joindre la personne"
                  {...fe("identity.contact")}
                  nativeInputProps={{
                    value: form.contact,
                    autoComplete: "off",
                    onChange: (e) => change({ contact: e.target.value }),
                  }}
                />
              </div>
            </fieldset>
          </>,
        )}

      {step === 1 &&
        stepForm(
          <>
            <p className="fr-hint-text">Ces informations servent aux statistiques nationales, qui ne sont jamais nominatives.</p>
            <Select
              label="Sexe"
              {...fe("sex")}
              nativeSelectProps={{ value: form.sex, onChange: (e) => change({ sex: e.target.value }) }}
            >
              <option value="">Non renseigné</option>
              {optionsOf(SEX).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
            <Select
              label="Tranche d'âge"
              hint={
                ageBandOf(form.birthDate)
                  ? "Déduite de la date de naissance saisie à l’étape 1 (modifiez la date pour la changer)."
                  : "Sans date de naissance, choisissez la tranche d’âge déclarée par la personne."
              }
              {...fe("ageBand")}
              disabled={ageBandOf(form.birthDate) !== null}
              nativeSelectProps={{ value: form.ageBand, onChange: (e) => change({ ageBand: e.target.value }) }}
            >
              <option value="">Non renseignée</option>
              {optionsOf(AGE_BAND).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
            <Select
              label="Groupe de nationalité"
              {...fe("nationalityGroup")}
              nativeSelectProps={{
                value: form.nationalityGroup,
                onChange: (e) => change({ nationalityGroup: e.target.value }),
              }}
            >
              <option value="">Non renseigné</option>
              {optionsOf(NATIONALITY_GROUP).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
            <Input
              label="Nombre d’enfants à charge"
              hintText="De 0 à 20"
              {...fe("children")}
              nativeInputProps={{
                type: "number",
                inputMode: "numeric",
                min: 0,
                max: 20,
                value: form.children,
                onChange: (e) => change({ children: e.target.value }),
              }}
            />
            <RadioButtons
              legend="Consentement à l’usage statistique"
              hintText="La personne accepte-t-elle que ses données non nominatives servent aux statistiques ?"
              {...fe("statisticsConsent")}
              options={[
                { label: "Oui", nativeInputProps: { checked: form.consent === "yes", onChange: () => change({ consent: "yes" }) } },
                { label: "Non", nativeInputProps: { checked: form.consent === "no", onChange: () => change({ consent: "no" }) } },
                { label: "Non recueilli", nativeInputProps: { checked: form.consent === "", onChange: () => change({ consent: "" }) } },
              ]}
            />
          </>,
        )}

      {step === 2 &&
        stepForm(
          <>
            <h3 className="fr-h5">Actions du projet d’insertion</h3>
            {fe("actions").state && (
              <p className="fr-error-text fr-mb-2w" id="actions-error">
                {fe("actions").stateRelatedMessage}
              </p>
            )}
            {form.actions.length === 0 && <p>Aucune action pour le moment. Ajoutez au moins une action.</p>}
            {form.actions.map((a, i) => (
              <fieldset key={a.key} data-action-key={a.key} className="fr-fieldset fr-p-2w fr-mb-2w" style={{ border: "1px solid var(--border-default-grey)" }}>
                <legend className="fr-fieldset__legend">Action {i + 1}</legend>
                <div className="fr-fieldset__element">
                  <Select
                    label={`Domaine de l’action ${i + 1}`}
                    nativeSelectProps={{
                      value: a.domain,
                      onChange: (e) =>
                        change({ actions: formRef.current.actions.map((x) => (x.key === a.key ? { ...x, domain: e.target.value } : x)) }),
                    }}
                  >
                    <option value="" disabled>
                      Sélectionnez un domaine
                    </option>
                    {optionsOf(ACTION_DOMAIN).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                </div>
                <div className="fr-fieldset__element">
                  <Input
                    label={`Description de l’action ${i + 1}`}
                    textArea
                    nativeTextAreaProps={{
                      rows: 3,
                      value: a.description,
                      onChange: (e) =>
                        change({
                          actions: formRef.current.actions.map((x) => (x.key === a.key ? { ...x, description: e.target.value } : x)),
                        }),
                    }}
                  />
                </div>
                <div className="fr-fieldset__element">
                  <Button
                    type="button"
                    size="small"
                    priority="tertiary"
                    iconId="fr-icon-delete-line"
                    onClick={() => {
                      change({ actions: formRef.current.actions.filter((x) => x.key !== a.key) });
                      document.getElementById("add-action")?.focus();
                    }}
                  >
                    Retirer l’action {i + 1}
                  </Button>
                </div>
              </fieldset>
            ))}
            <Button
              type="button"
              id="add-action"
              priority="secondary"
              iconId="fr-icon-add-line"
              className="fr-mb-4w"
              onClick={() => {
                const key = nextKey++;
                change({ actions: [...formRef.current.actions, { key, domain: "", description: "" }] });
                setTimeout(() => document.querySelector<HTMLSelectElement>(`[data-action-key="${key}"] select`)?.focus(), 0);
              }}
            >
              Ajouter une action
            </Button>
            <p className="fr-hint-text">Une action est enregistrée dès que son domaine et sa description sont renseignés.</p>
            <Input
              label="Engagements de la personne"
              {...fe("commitments")}
              textArea
              nativeTextAreaProps={{ rows: 4, value: form.commitments, onChange: (e) => change({ commitments: e.target.value }) }}
            />
            <Input
              label="Avis de l’association"
              {...fe("associationAvis")}
              textArea
              nativeTextAreaProps={{
                rows: 4,
                value: form.associationAvis,
                onChange: (e) => change({ associationAvis: e.target.value }),
              }}
            />
          </>,
        )}

      {step === 3 &&
        stepForm(
          <>
            {missing.length > 0 && (
              <div id="dossier-missing" tabIndex={-1}>
                {(() => {
                  const list = (
                    <>
                      <p>Avant de déposer la demande, renseignez :</p>
                      <ul>
                        {missing.map((m) => (
                          <li key={m.label}>
                            {m.label} —{" "}
                            <button type="button" className="fr-link" onClick={() => goTo(m.step)}>
                              aller à l’étape « {STEPS[m.step]} »
                            </button>
                          </li>
                        ))}
                      </ul>
                    </>
                  );
                  return showMissing ? (
                    <Alert severity="error" className="fr-mb-4w" title="La demande est incomplète" description={list} />
                  ) : (
                    <Alert severity="info" small className="fr-mb-4w" description={list} />
                  );
                })()}
              </div>
            )}
            <div id="dossier-submit-error" tabIndex={-1}>
              {submitError && <ErrorAlert error={submitError} title="La demande n’a pas pu être déposée" />}
            </div>
            <Summary title="Département et personne" onEdit={() => goTo(0)}>
              <dt>Département</dt>
              <dd>{department ? `${department.name} (${department.code})` : form.departmentCode || "Non renseigné"}</dd>
              <dt>Prénom et nom</dt>
              <dd>{`${form.firstName} ${form.lastName}`.trim() || "Non renseignés"}</dd>
              <dt>Date de naissance</dt>
              <dd>{form.birthDate ? formatDate(form.birthDate) : "Non renseignée"}</dd>
              <dt>Nationalité</dt>
              <dd>{form.nationality || "Non renseignée"}</dd>
              <dt>Contact</dt>
              <dd>{form.contact || "Non renseigné"}</dd>
            </Summary>
            <Summary title="Situation" onEdit={() => goTo(1)}>
              <dt>Sexe</dt>
              <dd>{labelOf(SEX, form.sex)}</dd>
              <dt>Tranche d’âge</dt>
              <dd>{labelOf(AGE_BAND, form.ageBand)}</dd>
              <dt>Groupe de nationalité</dt>
              <dd>{labelOf(NATIONALITY_GROUP, form.nationalityGroup)}</dd>
              <dt>Enfants à charge</dt>
              <dd>{form.children || "Non renseigné"}</dd>
              <dt>Consentement à l’usage statistique</dt>
              <dd>{form.consent === "yes" ? "Oui" : form.consent === "no" ? "Non" : "Non recueilli"}</dd>
            </Summary>
            <Summary title="Projet d’insertion" onEdit={() => goTo(2)}>
              <dt>Actions</dt>
              <dd>
                {toActions(form).length === 0 ? (
                  "Aucune action complète"
                ) : (
                  <ul>
                    {toActions(form).map((a, i) => (
                      <li key={i}>
                        {labelOf(ACTION_DOMAIN, a.domain)} : {a.description}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dt>Engagements de la personne</dt>
              <dd style={{ whiteSpace: "pre-wrap" }}>{form.commitments || "Non renseignés"}</dd>
              <dt>Avis de l’association</dt>
              <dd style={{ whiteSpace: "pre-wrap" }}>{form.associationAvis || "Non renseigné"}</dd>
            </Summary>
          </>,
          true,
        )}
    </>
  );
}

function Summary({ title, onEdit, children }: { title: string; onEdit: () => void; children: ReactNode }) {
  return (
    <section className="fr-mb-4w">
      <h3 className="fr-h5 fr-mb-1w">{title}</h3>
      <dl className="cdlp-dl">{children}</dl>
      <Button type="button" size="small" priority="tertiary" iconId="fr-icon-edit-line" onClick={onEdit}>
        Modifier<span className="fr-sr-only"> : {title}</span>
      </Button>
    </section>
  );
}
