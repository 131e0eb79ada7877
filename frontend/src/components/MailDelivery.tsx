import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { formatDateTime } from "./dates";
import type { MailStatus } from "../gql/graphql";

export type Delivery = {
  status: MailStatus;
  attempts: number;
  sentAt?: string | null;
  nextAttemptAt?: string | null;
  lastError?: string | null;
} | null | undefined;

/** What became of an e-mail CDLP sent (invitation, convocation), for the person who sent it. */
export function MailDelivery({ delivery }: { delivery: Delivery }) {
  if (!delivery) return <span className="fr-text--sm">—</span>;
  if (delivery.status === "SENT") {
    return (
      <Badge as="span" small severity="success">
        {`Courriel envoyé${delivery.sentAt ? ` le ${formatDateTime(delivery.sentAt)}` : ""}`}
      </Badge>
    );
  }
  if (delivery.status === "FAILED") {
    return (
      <>
        <Badge as="span" small severity="error">
          Courriel non distribué
        </Badge>
        {delivery.lastError && <p className="fr-text--xs fr-mb-0">{delivery.lastError}</p>}
      </>
    );
  }
  return (
    <>
      <Badge as="span" small severity="info">
        Courriel en attente d’envoi
      </Badge>
      {delivery.nextAttemptAt && (
        <p className="fr-text--xs fr-mb-0">{`Nouvel essai le ${formatDateTime(delivery.nextAttemptAt)}`}</p>
      )}
    </>
  );
}
