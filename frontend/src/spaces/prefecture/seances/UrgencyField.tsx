import { Input } from "@codegouvfr/react-dsfr/Input";
import { fieldError } from "../../../api/errors";
import type { ApiError } from "../../../api/client";
import { parisLocalToIso } from "./SessionsPage";

/** CRPA R.133-8: the convocation reaches members five days ahead at least, save urgency. */
export const NOTICE_DAYS = 5;

/** Whether a session at this Paris date-time (datetime-local value) needs a stated urgency. */
export function needsUrgency(local: string, now = Date.now()): boolean {
  return local !== "" && new Date(parisLocalToIso(local)).getTime() < now + NOTICE_DAYS * 24 * 3600 * 1000;
}

/** « Motif de l’urgence », shown when the chosen date is less than five days away. */
export function UrgencyField({
  id,
  value,
  onChange,
  missing,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  missing: boolean;
  error: ApiError | null | undefined;
}) {
  return (
    <Input
      label="Motif de l’urgence"
      hintText="La séance a lieu dans moins de cinq jours : la convocation doit normalement parvenir aux membres cinq jours avant. Indiquez pourquoi elle ne peut pas attendre ; le motif figure dans la convocation."
      {...(missing
        ? { state: "error" as const, stateRelatedMessage: "Indiquez le motif de l’urgence." }
        : fieldError(error, "urgency"))}
      nativeInputProps={{ id, required: true, maxLength: 500, value, onChange: (e) => onChange(e.target.value) }}
    />
  );
}
