import type { ReactNode } from "react";
import { Button, type ButtonProps } from "@codegouvfr/react-dsfr/Button";

/** A form's submit button followed by "Annuler" (which calls onCancel). */
export function SubmitCancelButtons({
  submitLabel,
  disabled = false,
  iconId,
  onCancel,
}: {
  submitLabel: ReactNode;
  disabled?: boolean;
  iconId?: ButtonProps.WithIcon["iconId"];
  onCancel: () => void;
}) {
  return (
    // Without an icon class on the group, the DSFR shrinks icon buttons to their icon.
    <ul className={`fr-btns-group fr-btns-group--inline-md${iconId ? " fr-btns-group--icon-left" : ""}`}>
      <li>
        {iconId ? (
          <Button type="submit" disabled={disabled} iconId={iconId}>
            {submitLabel}
          </Button>
        ) : (
          <Button type="submit" disabled={disabled}>
            {submitLabel}
          </Button>
        )}
      </li>
      <li>
        <Button type="button" priority="secondary" onClick={onCancel}>
          Annuler
        </Button>
      </li>
    </ul>
  );
}
