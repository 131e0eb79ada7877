import { Link } from "react-router";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { PageTitle } from "../../../components/PageTitle";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { EmptyState } from "../../../components/EmptyState";
import { formatDateTime } from "../../../components/dates";
import { useQuery } from "../../../api/hooks";
import { useSpace } from "../../useSpace";
import { transfersQuery } from "./operations";

const TRANSFER_STATUS: Record<string, { label: string; severity: "info" | "success" | "warning" | "error" }> = {
  PROPOSED: { label: "Proposé, en attente de réponse", severity: "info" },
  ACCEPTED: { label: "Accepté", severity: "success" },
  REFUSED: { label: "Refusé", severity: "error" },
  CANCELLED: { label: "Annulé", severity: "warning" },
};

export function TransfersPage() {
  const { departmentCode = "" } = useSpace();
  const { data, error, loading } = useQuery(transfersQuery, { departmentCode });
  const name = (n: string | null | undefined) => n ?? "Association inconnue";
  const list = data?.transfers ?? [];

  return (
    <>
      <PageTitle
        title="Transferts de dossiers"
        lead="Les dossiers confiés par la préfecture à une autre association agréée."
      />
      <p>
        <Link to="../agrements" relative="path" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Agréments
        </Link>
      </p>
      <ErrorAlert error={error} />
      {loading && !data && <Loading label="Chargement des transferts…" />}
      {data && list.length === 0 && (
        <EmptyState title="Aucun transfert">
          Un transfert se propose depuis la page d’un dossier, lorsque l’association qui le suit ne peut plus
          l’accompagner.
        </EmptyState>
      )}
      {list.length > 0 && (
        <Table
          caption="Transferts, les plus récents en premier"
          noCaption
          bordered
          headers={["Dossier", "De", "Vers", "Proposé le", "État"]}
          data={list.map((t) => [
            <Link to={`../dossiers/${encodeURIComponent(t.dossierId)}`} relative="path">
              {t.dossierReference}
            </Link>,
            name(t.fromAssociationName),
            name(t.toAssociationName),
            formatDateTime(t.proposedAt),
            <>
              <Badge as="span" small severity={TRANSFER_STATUS[t.status]?.severity ?? "info"}>
                {TRANSFER_STATUS[t.status]?.label ?? t.status}
              </Badge>
              {t.answeredAt && <span className="fr-text--xs"> le {formatDateTime(t.answeredAt)}</span>}
              {t.answerReason && <span className="fr-text--xs"> — {t.answerReason}</span>}
            </>,
          ])}
        />
      )}
    </>
  );
}
