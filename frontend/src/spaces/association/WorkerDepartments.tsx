import { useEffect, useRef, useState, type FormEvent } from "react";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { fieldError, isFieldError } from "../../api/errors";
import { useMutation } from "../../api/hooks";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SubmitCancelButtons } from "../../components/FormButtons";
import { setWorkerDepartmentsMutation } from "./operations";
import type { InForceDepartment } from "./useAssociation";

export type Worker = { userId: string; displayName: string; departmentCodes: string[] | null };

export const WORKER_DEPARTMENTS_FORM_ID = "team-worker-departments";

/**
 * Changes the départements an intervenant works in: every département of the association
 * (no limit), or some of those where the association holds an agrément in force.
 */
export function WorkerDepartmentsForm({
  associationId,
  worker,
  departments,
  onCancel,
  onDone,
}: {
  associationId: string;
  worker: Worker;
  departments: InForceDepartment[];
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const [save, { loading, error }] = useMutation(setWorkerDepartmentsMutation);
  const [all, setAll] = useState(worker.departmentCodes === null);
  const [codes, setCodes] = useState<string[]>(
    (worker.departmentCodes ?? []).filter((c) => departments.some((d) => d.code === c)),
  );
  const [missing, setMissing] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!all && codes.length === 0) {
      setMissing(true);
      document.querySelector<HTMLInputElement>(`#${WORKER_DEPARTMENTS_FORM_ID} input[type="checkbox"]`)?.focus();
      return;
    }
    setMissing(false);
    const chosen = all ? null : departments.filter((d) => codes.includes(d.code)).map((d) => d.code);
    const r = await save({ associationId, userId: worker.userId, departmentCodes: chosen });
    if (!r.error) {
      onDone(
        chosen
          ? `${worker.displayName} intervient désormais ${chosen.length > 1 ? "dans les départements" : "dans le département"} ${chosen.join(", ")}.`
          : `${worker.displayName} intervient désormais dans tous les départements de l’association.`,
      );
    }
  }

  const groupError = missing
    ? { state: "error" as const, stateRelatedMessage: "Choisissez au moins un département, ou « Tous les départements de l’association »." }
    : fieldError(error, "departmentCodes");

  return (
    <form
      id={WORKER_DEPARTMENTS_FORM_ID}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="team-worker-departments-title"
      className="fr-p-3w fr-my-2w cdlp-empty"
    >
      <h2 id="team-worker-departments-title" ref={title} tabIndex={-1} className="fr-h5">
        Départements de {worker.displayName}
      </h2>
      {error && !isFieldError(error, "departmentCodes") && <ErrorAlert error={error} />}
      <Checkbox
        legend="Départements où l’intervenant suit des dossiers"
        hintText="Les départements où l’association détient un agrément en vigueur. La modification s’applique dès sa prochaine action."
        {...groupError}
        options={[
          {
            label: "Tous les départements de l’association",
            hintText: "Y compris ceux où l’association sera agréée plus tard.",
            nativeInputProps: {
              checked: all,
              onChange: (e) => setAll(e.target.checked),
            },
          },
          ...departments.map((d) => ({
            label: `${d.code} — ${d.name}`,
            nativeInputProps: {
              checked: all || codes.includes(d.code),
              disabled: all,
              onChange: (e: { target: { checked: boolean } }) =>
                setCodes((l) => (e.target.checked ? [...l, d.code] : l.filter((x) => x !== d.code))),
            },
          })),
        ]}
      />
      <SubmitCancelButtons
        submitLabel={loading ? "Enregistrement…" : "Enregistrer les départements"}
        disabled={loading}
        onCancel={onCancel}
      />
    </form>
  );
}
