import type { ReactNode } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { RegisteredLinkProps } from "@codegouvfr/react-dsfr/link";

export type EmptyStateProps = {
  /** What is empty, e.g. "Aucun dossier pour le moment". */
  title: string;
  /** What to do next, in plain words. */
  children?: ReactNode;
  /** Optional action: a link (`linkProps: { to: "/…" }`) or a button (`onClick`). */
  action?:
    | { label: string; linkProps: RegisteredLinkProps; onClick?: never }
    | { label: string; onClick: () => void; linkProps?: never };
  /** Heading level of the title (default h2). */
  as?: "h2" | "h3" | "h4";
};

/** "Nothing here yet — here is what to do next", with an optional action button. */
export function EmptyState({ title, children, action, as: Heading = "h2" }: EmptyStateProps) {
  return (
    <div className="cdlp-empty fr-p-4w fr-my-4w">
      <Heading className="fr-h5">{title}</Heading>
      {children && <div className="fr-mb-2w">{children}</div>}
      {action &&
        (action.linkProps ? (
          <Button linkProps={action.linkProps}>{action.label}</Button>
        ) : (
          <Button onClick={action.onClick}>{action.label}</Button>
        ))}
    </div>
  );
}
