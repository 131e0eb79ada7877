import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { DossierStatus } from "../../gql/graphql";
import { AGREMENT_STATUS, DOSSIER_STATUS } from "../../labels";

export function DossierStatusBadge({ status }: { status: DossierStatus }) {
  const s = DOSSIER_STATUS[status];
  return (
    <Badge as="span" small severity={s?.severity} noIcon={!s?.severity}>
      {s?.label ?? status}
    </Badge>
  );
}

export function AgrementStatusBadge({ status }: { status: string }) {
  const s = AGREMENT_STATUS[status];
  return (
    <Badge as="span" small severity={s?.severity} noIcon={!s?.severity}>
      {s?.label ?? status}
    </Badge>
  );
}
