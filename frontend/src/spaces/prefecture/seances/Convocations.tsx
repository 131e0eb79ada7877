import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../../../gql";
import { useMutation, useQuery } from "../../../api/hooks";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { ScrollTable } from "../../../components/ScrollTable";
import { MailDelivery } from "../../../components/MailDelivery";
import { formatDateTime } from "../../../components/dates";
import type { ConvocationKind } from "../../../gql/graphql";

export const sessionConvocationsQuery = graphql(`
  query PrefectureSessionConvocations($departmentCode: String!, $sessionId: UUID!) {
    sessionConvocations(departmentCode: $departmentCode, sessionId: $sessionId) {
      updateDueAt
      urgency
      messages {
        id
        memberName
        kind
        recipient
        createdAt
        delivery {
          status
          attempts
          sentAt
          nextAttemptAt
          lastError
        }
      }
    }
  }
`);

export const sendConvocationsMutation = graphql(`
  mutation PrefectureSendConvocations($input: SendConvocationsInput!) {
    sendConvocations(input: $input)
  }
`);

const KIND_LABELS: Record<ConvocationKind, string> = {
  CONVOCATION: "Convocation",
  UPDATE: "Convocation modifiée",
  CANCELLATION: "Annulation",
  ADJOURNMENT: "Ajournement (quorum non atteint)",
  MINUTES: "Procès-verbal disponible",
};

/** Who was convened to a session and whether each e-mail went out. */
export function Convocations({
  departmentCode,
  sessionId,
  open,
}: {
  departmentCode: string;
  sessionId: string;
  open: boolean;
}) {
  const convocations = useQuery(sessionConvocationsQuery, { departmentCode, sessionId });
  const [send, { loading: sending, error: sendError, data: sent }] = useMutation(sendConvocationsMutation);
  const data = convocations.data?.sessionConvocations;
  const messages = data?.messages ?? [];

  return (
    <>
      <h2 className="fr-h4 fr-mt-4w">Convocations</h2>
      <ErrorAlert error={convocations.error} />
      <ErrorAlert error={sendError} />
      {convocations.loading && !data && <Loading label="Chargement des convocations…" />}
      {data?.urgency && <p>Séance convoquée en urgence : {data.urgency}</p>}
      {data?.updateDueAt && open && (
        <Alert
          severity="info"
          small
          className="fr-mb-2w"
          description={`L’ordre du jour ou l’heure ont changé : la convocation modifiée partira le ${formatDateTime(
            data.updateDueAt,
          )}, ou dès maintenant avec le bouton ci-dessous.`}
        />
      )}
      {sent && (
        <Alert
          severity="success"
          small
          className="fr-mb-2w"
          description={`${sent.sendConvocations} convocation${sent.sendConvocations > 1 ? "s" : ""} envoyée${sent.sendConvocations > 1 ? "s" : ""}.`}
        />
      )}
      {data && messages.length === 0 && (
        <p>Aucune convocation envoyée : aucun membre siégeant ce jour n’a d’adresse électronique connue.</p>
      )}
      {messages.length > 0 && (
        <ScrollTable
          caption="Messages envoyés aux membres, les plus anciens en premier"
          noCaption
          bordered
          headers={["Membre", "Message", "Adresse", "Écrit le", "Distribution"]}
          data={messages.map((m) => [
            m.memberName,
            KIND_LABELS[m.kind],
            m.recipient,
            formatDateTime(m.createdAt),
            <MailDelivery delivery={m.delivery} />,
          ])}
        />
      )}
      {open && (
        <Button
          priority="secondary"
          iconId="fr-icon-mail-line"
          disabled={sending}
          onClick={() =>
            void send({ input: { departmentCode, sessionId } }).then(() => convocations.refetch())
          }
        >
          Envoyer la convocation maintenant
        </Button>
      )}
    </>
  );
}
