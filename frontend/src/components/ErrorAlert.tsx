import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ApiError } from "../api/client";
import { ERROR_HINTS, ERROR_TITLES } from "../api/errors";

export type ErrorAlertProps = {
  error: ApiError | null | undefined;
  /** Overrides the title derived from the error code. */
  title?: string;
  className?: string;
};

/** A DSFR error Alert for an API error (renders nothing without one). Announced by screen readers. */
export function ErrorAlert({ error, title, className }: ErrorAlertProps) {
  if (!error) return null;
  const hint = ERROR_HINTS[error.code];
  return (
    <Alert
      className={className ?? "fr-mb-4w"}
      severity={error.code === "RATE_LIMITED" || error.code === "CONFLICT" ? "warning" : "error"}
      role="alert"
      title={title ?? ERROR_TITLES[error.code]}
      description={
        <>
          {error.message}
          {hint && <><br />{hint}</>}
        </>
      }
    />
  );
}
