import { useEffect, useRef, useState, type FormEvent } from "react";
import { SubmitCancelButtons } from "../../../components/FormButtons";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { ScrollTable } from "../../../components/ScrollTable";
import { PageTitle } from "../../../components/PageTitle";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { EmptyState } from "../../../components/EmptyState";
import { formatDate, todayNaive } from "../../../components/dates";
import { fieldError, isFieldError } from "../../../api/errors";
import { useMutation, useQuery } from "../../../api/hooks";
import type { CommissionSeat } from "../../../gql/graphql";
import { useSpace } from "../../useSpace";
import { SEAT_LABELS, SEAT_ORDER } from "../../../labels";
import {
  addCommissionMemberMutation,
  commissionAssociationsQuery,
  commissionQuery,
  endCommissionMemberTermMutation,
  inviteCommissionMemberMutation,
  updateCommissionMemberMutation,
} from "./operations";
import { SignatorySection } from "./SignatorySection";

type Member = {
  id: string;
  fullName: string;
  seat: CommissionSeat;
  organisation?: string | null;
  voting: boolean;
  termStart: string;
  termEnd: string;
  endedOn?: string | null;
  endedReason?: string | null;
  active: boolean;
  email?: string | null;
  linked?: boolean;
  invited?: boolean;
};

function memberState(m: Member) {
  if (m.active) return <Badge as="span" small severity="success">En fonction</Badge>;
  if (m.endedOn) return <Badge as="span" small>Mandat terminé le {formatDate(m.endedOn)}</Badge>;
  if (m.termStart > todayNaive()) return <Badge as="span" small severity="info">À venir</Badge>;
  return <Badge as="span" small>Mandat échu</Badge>;
}

export function CommissionPage() {
  const { departmentCode = "" } = useSpace();
  const [sittingToday, setSittingToday] = useState(true);
  const today = todayNaive();
  const { data, error, loading, refetch } = useQuery(commissionQuery, {
    departmentCode,
    activeOn: sittingToday ? today : null,
  });
  const [ending, setEnding] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [invite, inviteState] = useMutation(inviteCommissionMemberMutation);
  const [endedMessage, setEndedMessage] = useState<string | null>(null);
  const [addedMessage, setAddedMessage] = useState<string | null>(null);

  const commission = data?.commission;
  const members = [...(commission?.members ?? [])].sort(
    (a, b) => SEAT_ORDER.indexOf(a.seat) - SEAT_ORDER.indexOf(b.seat) || a.fullName.localeCompare(b.fullName, "fr"),
  );

  return (
    <>
      <PageTitle title="Commission" lead="Composition de la commission départementale et mandats de ses membres." />
      <ErrorAlert error={error} />
      {loading && !data && <Loading label="Chargement de la commission…" />}
      {data && !commission && (
        <EmptyState title="La commission n’est pas encore installée">
          Contactez l’opérateur de la plateforme pour installer la commission de votre département.
        </EmptyState>
      )}
      {commission && (
        <>
          <dl className="cdlp-dl fr-mb-4w">
            <dt>Installée le</dt>
            <dd>{formatDate(commission.installedOn)}</dd>
            <dt>Arrêté de composition</dt>
            <dd>{commission.arreteReference}</dd>
          </dl>

          <h2 className="fr-h4">Membres</h2>
          <Checkbox
            options={[
              {
                label: "Afficher seulement les membres qui siègent aujourd’hui",
                nativeInputProps: { checked: sittingToday, onChange: (e) => setSittingToday(e.target.checked) },
              },
            ]}
          />
          {endedMessage && (
            <div id="member-ended" tabIndex={-1}>
              <Alert severity="success" small className="fr-mb-2w" description={endedMessage} />
            </div>
          )}
          {members.length === 0 ? (
            <EmptyState title={sittingToday ? "Aucun membre ne siège aujourd’hui" : "Aucun membre nommé"} as="h3">
              Nommez les membres désignés par l’arrêté préfectoral avec le formulaire « Nommer un membre ».
            </EmptyState>
          ) : (
            <ScrollTable
              caption={sittingToday ? "Membres siégeant aujourd’hui" : "Tous les membres, anciens compris"}
              bordered
              headers={["Membre", "Collège", "Mandat", "État", "Action"]}
              data={members.map((m) => [
                <>
                  <span id={`member-${m.id}`}>{m.fullName}</span>
                  {m.organisation && (
                    <>
                      <br />
                      <span className="fr-text--sm">{m.organisation}</span>
                    </>
                  )}
                  {!m.voting && (
                    <>
                      <br />
                      <span className="fr-text--sm">Voix consultative</span>
                    </>
                  )}
                </>,
                SEAT_LABELS[m.seat],
                <>
                  du {formatDate(m.termStart)} au {formatDate(m.endedOn ?? m.termEnd)}
                  {m.endedReason && (
                    <>
                      <br />
                      <span className="fr-text--sm">Motif : {m.endedReason}</span>
                    </>
                  )}
                </>,
                <>
                  {memberState(m)}
                  {m.linked ? (
                    <>
                      <br />
                      <span className="fr-text--xs">Compte relié</span>
                    </>
                  ) : m.invited ? (
                    <>
                      <br />
                      <span className="fr-text--xs">Invitation envoyée</span>
                    </>
                  ) : null}
                </>,
                !m.endedOn && m.termEnd >= today ? (
                  <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline-lg">
                    <li>
                      <Button
                        id={`edit-button-${m.id}`}
                        size="small"
                        priority="secondary"
                        nativeButtonProps={{ "aria-describedby": `member-${m.id}`, "aria-expanded": editing === m.id }}
                        onClick={() => {
                          setEnding(null);
                          setEditing(editing === m.id ? null : m.id);
                        }}
                      >
                        Modifier
                      </Button>
                    </li>
                    <li>
                      <Button
                        id={`end-button-${m.id}`}
                        size="small"
                        priority="secondary"
                        nativeButtonProps={{ "aria-describedby": `member-${m.id}`, "aria-expanded": ending === m.id }}
                        onClick={() => {
                          setEditing(null);
                          setEnding(ending === m.id ? null : m.id);
                        }}
                      >
                        Mettre fin au mandat
                      </Button>
                    </li>
                    {!m.linked && m.email && (
                      <li>
                        <Button
                          size="small"
                          priority="tertiary"
                          nativeButtonProps={{ "aria-describedby": `member-${m.id}` }}
                          disabled={inviteState.loading}
                          onClick={() =>
                            void invite({ input: { departmentCode, memberId: m.id } }).then((r) => {
                              if (!r.error) {
                                setEndedMessage(`Une invitation à relier son compte a été envoyée à ${m.fullName} (${m.email}).`);
                                void refetch();
                                setTimeout(() => document.getElementById("member-ended")?.focus(), 0);
                              }
                            })
                          }
                        >
                          {m.invited ? "Inviter à nouveau" : "Relier à un compte"}
                        </Button>
                      </li>
                    )}
                  </ul>
                ) : (
                  <span className="fr-sr-only">Aucune action</span>
                ),
              ])}
            />
          )}
          <ErrorAlert error={inviteState.error} title="L’invitation n’a pas été envoyée" />
          {editing && members.find((m) => m.id === editing) && (
            <EditMemberForm
              key={editing}
              departmentCode={departmentCode}
              member={members.find((m) => m.id === editing)!}
              onCancel={() => {
                const id = editing;
                setEditing(null);
                document.getElementById(`edit-button-${id}`)?.focus();
              }}
              onDone={(name) => {
                setEditing(null);
                setEndedMessage(`La fiche de ${name} est mise à jour.`);
                void refetch();
                setTimeout(() => document.getElementById("member-ended")?.focus(), 0);
              }}
            />
          )}
          {ending && members.find((m) => m.id === ending) && (
            <EndTermForm
              key={ending}
              departmentCode={departmentCode}
              member={members.find((m) => m.id === ending)!}
              onCancel={() => {
                const id = ending;
                setEnding(null);
                document.getElementById(`end-button-${id}`)?.focus();
              }}
              onDone={(name) => {
                setEnding(null);
                setEndedMessage(`Le mandat de ${name} a pris fin.`);
                void refetch();
                setTimeout(() => document.getElementById("member-ended")?.focus(), 0);
              }}
            />
          )}

          <h2 className="fr-h4 fr-mt-6w">Nommer un membre</h2>
          {addedMessage && (
            <div id="member-added" tabIndex={-1}>
              <Alert severity="success" small className="fr-mb-2w" description={addedMessage} />
            </div>
          )}
          <AddMemberForm
            departmentCode={departmentCode}
            onDone={(msg) => {
              setAddedMessage(msg);
              void refetch();
              setTimeout(() => document.getElementById("member-added")?.focus(), 0);
            }}
          />
        </>
      )}
      <SignatorySection />
    </>
  );
}

function EndTermForm({
  departmentCode,
  member,
  onCancel,
  onDone,
}: {
  departmentCode: string;
  member: Member;
  onCancel: () => void;
  onDone: (name: string) => void;
}) {
  const [endTerm, { loading, error }] = useMutation(endCommissionMemberTermMutation);
  const [endedOn, setEndedOn] = useState(todayNaive());
  const [reason, setReason] = useState("");
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await endTerm({
      input: { departmentCode, memberId: member.id, endedOn, reason: reason.trim() || null },
    });
    if (!r.error) onDone(member.fullName);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="fr-p-3w fr-my-2w cdlp-empty" aria-labelledby="end-term-title">
      <h3 id="end-term-title" className="fr-h5" tabIndex={-1} ref={titleRef}>
        Mettre fin au mandat de {member.fullName}
      </h3>
      {error && !isFieldError(error, "endedOn", "reason") && <ErrorAlert error={error} />}
      <Input
        label="Date d’effet de la fin du mandat"
        hintText="À partir de ce jour (aujourd’hui compris), le membre ne siège plus et ne compte plus dans le quorum."
        {...fieldError(error, "endedOn")}
        nativeInputProps={{ type: "date", required: true, min: member.termStart, value: endedOn, onChange: (e) => setEndedOn(e.target.value) }}
      />
      <Input
        label="Motif (facultatif)"
        hintText="Par exemple : démission, remplacement"
        {...fieldError(error, "reason")}
        nativeInputProps={{ value: reason, maxLength: 500, onChange: (e) => setReason(e.target.value) }}
      />
      <SubmitCancelButtons submitLabel="Confirmer la fin du mandat" disabled={loading || !endedOn} onCancel={onCancel} />
    </form>
  );
}

function EditMemberForm({
  departmentCode,
  member,
  onCancel,
  onDone,
}: {
  departmentCode: string;
  member: Member;
  onCancel: () => void;
  onDone: (name: string) => void;
}) {
  const [update, { loading, error }] = useMutation(updateCommissionMemberMutation);
  const [fullName, setFullName] = useState(member.fullName);
  const [organisation, setOrganisation] = useState(member.organisation ?? "");
  const [email, setEmail] = useState(member.email ?? "");
  const [voting, setVoting] = useState(member.voting);
  const [termEnd, setTermEnd] = useState(member.termEnd);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    // A patch: only what changed.
    const r = await update({
      input: {
        departmentCode,
        memberId: member.id,
        ...(fullName.trim() !== member.fullName ? { fullName: fullName.trim() } : {}),
        ...(organisation.trim() !== (member.organisation ?? "") ? { organisation: organisation.trim() || null } : {}),
        ...(email.trim() !== (member.email ?? "") ? { email: email.trim() || null } : {}),
        ...(voting !== member.voting ? { voting } : {}),
        ...(termEnd !== member.termEnd ? { termEnd } : {}),
      },
    });
    if (!r.error) onDone(r.data.updateCommissionMember.fullName);
  }

  const known = ["fullName", "organisation", "email", "termEnd", "associationId", "seat"];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="fr-p-3w fr-my-2w cdlp-empty" aria-labelledby="edit-member-title">
      <h3 id="edit-member-title" className="fr-h5" tabIndex={-1} ref={titleRef}>
        Modifier la fiche de {member.fullName}
      </h3>
      {error && !isFieldError(error, ...known) && <ErrorAlert error={error} />}
      <Input
        label="Nom et prénom, ou fonction"
        {...fieldError(error, "fullName")}
        nativeInputProps={{ maxLength: 200, value: fullName, onChange: (e) => setFullName(e.target.value) }}
      />
      <Input
        label="Organisme (facultatif)"
        {...fieldError(error, "organisation")}
        nativeInputProps={{ maxLength: 200, value: organisation, onChange: (e) => setOrganisation(e.target.value) }}
      />
      <Input
        label="Adresse électronique (facultatif)"
        hintText="Pour les convocations et pour relier le membre à un compte. Format attendu : nom@domaine.fr"
        {...fieldError(error, "email")}
        nativeInputProps={{ type: "email", autoComplete: "off", maxLength: 254, value: email, onChange: (e) => setEmail(e.target.value) }}
      />
      <Input
        label="Fin du mandat"
        hintText="Trois ans au plus après son début."
        {...fieldError(error, "termEnd")}
        nativeInputProps={{ type: "date", min: member.termStart, value: termEnd, onChange: (e) => setTermEnd(e.target.value) }}
      />
      <Checkbox
        options={[
          {
            label: "Voix délibérative",
            hintText: "Décochez pour un membre à voix consultative.",
            nativeInputProps: { checked: voting, onChange: (e) => setVoting(e.target.checked) },
          },
        ]}
      />
      <SubmitCancelButtons submitLabel="Enregistrer les modifications" disabled={loading} onCancel={onCancel} />
    </form>
  );
}

function AddMemberForm({ departmentCode, onDone }: { departmentCode: string; onDone: (msg: string) => void }) {
  const [add, { loading, error }] = useMutation(addCommissionMemberMutation);
  const associations = useQuery(commissionAssociationsQuery, {});
  const [fullName, setFullName] = useState("");
  const [seat, setSeat] = useState<CommissionSeat | "">("");
  const [organisation, setOrganisation] = useState("");
  const [email, setEmail] = useState("");
  const [associationId, setAssociationId] = useState("");
  const [voting, setVoting] = useState(true);
  const [termStart, setTermStart] = useState(todayNaive());
  const [termEnd, setTermEnd] = useState("");
  const [missing, setMissing] = useState<string[]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const empty = [!fullName.trim() && "fullName", !seat && "seat", !termStart && "termStart"].filter(
      (x): x is string => !!x,
    );
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(`member-${empty[0]}`)?.focus();
      return;
    }
    const r = await add({
      input: {
        departmentCode,
        fullName: fullName.trim(),
        seat: seat as CommissionSeat,
        organisation: organisation.trim() || null,
        email: email.trim() || null,
        associationId: associationId || null,
        voting,
        termStart,
        termEnd: termEnd || null,
      },
    });
    if (!r.error) {
      const m = r.data.addCommissionMember;
      onDone(`${m.fullName} est nommé(e) au collège « ${SEAT_LABELS[m.seat]} » jusqu’au ${formatDate(m.termEnd)}.`);
      setFullName("");
      setSeat("");
      setOrganisation("");
      setEmail("");
      setAssociationId("");
      setVoting(true);
      setTermEnd("");
    }
  }

  const required = (field: string, label: string) =>
    missing.includes(field) ? { state: "error" as const, stateRelatedMessage: `${label} est obligatoire.` } : {};
  const known = ["fullName", "seat", "organisation", "email", "associationId", "termStart", "termEnd"];

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p className="fr-hint-text">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      {error && !isFieldError(error, ...known) && <ErrorAlert error={error} />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Nom et prénom, ou fonction *"
            {...required("fullName", "Le nom")}
            {...fieldError(error, "fullName")}
            nativeInputProps={{ id: "member-fullName", required: true, maxLength: 200, value: fullName, onChange: (e) => setFullName(e.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Collège *"
            {...required("seat", "Le collège")}
            {...fieldError(error, "seat")}
            nativeSelectProps={{ id: "member-seat", required: true, value: seat, onChange: (e) => setSeat(e.target.value as CommissionSeat) }}
          >
            <option value="" disabled>
              Sélectionnez un collège
            </option>
            {SEAT_ORDER.map((s) => (
              <option key={s} value={s}>
                {SEAT_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Organisme (facultatif)"
            hintText="Par exemple : Cour d’appel, Ordre des médecins"
            {...fieldError(error, "organisation")}
            nativeInputProps={{ maxLength: 200, value: organisation, onChange: (e) => setOrganisation(e.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Adresse électronique (facultatif)"
            hintText="Les convocations y sont envoyées ; le membre n’a pas besoin d’un compte CDLP."
            {...fieldError(error, "email")}
            nativeInputProps={{ type: "email", autoComplete: "off", maxLength: 254, value: email, onChange: (e) => setEmail(e.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Association représentée (facultatif)"
            hint="Le membre ne votera pas sur les dossiers présentés par cette association."
            {...fieldError(error, "associationId")}
            nativeSelectProps={{ value: associationId, onChange: (e) => setAssociationId(e.target.value) }}
          >
            <option value="">Aucune</option>
            {(associations.data?.associations ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Début du mandat *"
            {...required("termStart", "La date de début")}
            {...fieldError(error, "termStart")}
            nativeInputProps={{ id: "member-termStart", type: "date", required: true, value: termStart, onChange: (e) => setTermStart(e.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Fin du mandat (facultatif)"
            hintText="Par défaut, trois ans après le début : la durée légale du mandat."
            {...fieldError(error, "termEnd")}
            nativeInputProps={{ type: "date", min: termStart, value: termEnd, onChange: (e) => setTermEnd(e.target.value) }}
          />
        </div>
      </div>
      <Checkbox
        options={[
          {
            label: "Voix délibérative",
            hintText: "Décochez pour un membre qui siège avec voix consultative.",
            nativeInputProps: { checked: voting, onChange: (e) => setVoting(e.target.checked) },
          },
        ]}
      />
      <Button type="submit" disabled={loading} iconId="fr-icon-user-add-line">
        Nommer un membre
      </Button>
    </form>
  );
}
