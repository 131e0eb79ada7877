import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ApiError } from "../api/client";
import { ERROR_HINTS, ERROR_TITLES } from "../api/errors";

export type ErrorAlertProps = {
  error: ApiError | null | undefined;
  /** Overrides the title derived from the error code. */
  title?: string;
  className?: string;
  /**
   * Makes the title a heading of this level (e.g. 2 when the alert opens a section of the page).
   * Default: a plain paragraph styled as the alert's title, so that the page's heading outline
   * (h1, then h2…) is never broken by an error.
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
};

/** A DSFR error Alert for an API error (renders nothing without one). Announced by screen readers. */
export function ErrorAlert({ error, title, className, headingLevel }: ErrorAlertProps) {
  if (!error) return null;
  const hint = ERROR_HINTS[error.code];
  const severity = error.code === "RATE_LIMITED" || error.code === "CONFLICT" ? "warning" : "error";
  const heading = title ?? ERROR_TITLES[error.code];
  const description = (
    <>
      {error.message}
      {hint && (
        <>
          <br />
          {hint}
        </>
      )}
    </>
  );
  if (headingLevel) {
    return (
      <Alert
        className={className ?? "fr-mb-4w"}
        severity={severity}
        role="alert"
        as={`h${headingLevel}`}
        title={heading}
        description={description}
      />
    );
  }
  // Same markup as react-dsfr's Alert, with a <p> title.
  return (
    <div className={`fr-alert fr-alert--${severity} ${className ?? "fr-mb-4w"}`} role="alert">
      <p className="fr-alert__title">{heading}</p>
      <p>{description}</p>
    </div>
  );
}
