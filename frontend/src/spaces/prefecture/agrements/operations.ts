import { graphql } from "../../../gql";

export const agrementsQuery = graphql(`
  query PrefectureAgrements($departmentCode: String!, $statuses: [String!]!) {
    agrements(departmentCode: $departmentCode, statuses: $statuses) {
      id
      departmentCode
      associationId
      associationName
      status
      tacit
      validFrom
      validUntil
      arreteReference
      requestedOn
      missingPiecesDeadline
      tacitOn
      renewalOf
      missingPieces
      missingPiecesNotifiedOn
      completedOn
      decidedOn
      reasons
      version
      pieces {
        id
        kind
        filename
        contentType
        sizeBytes
        uploadedAt
      }
      timeline {
        occurredAt
        actorRole
        kind
        details
      }
    }
  }
`);

export const agrementSessionsQuery = graphql(`
  query PrefectureAgrementSessions($departmentCode: String!) {
    sessions(departmentCode: $departmentCode, openOnly: true) {
      id
      scheduledAt
      place
    }
  }
`);

export const requestMissingPiecesMutation = graphql(`
  mutation PrefectureRequestMissingPieces($input: RequestMissingPiecesInput!) {
    requestMissingPieces(input: $input) {
      id
      status
      version
    }
  }
`);

export const markAgrementCompleteMutation = graphql(`
  mutation PrefectureMarkAgrementComplete($input: AgrementStepInput!) {
    markAgrementComplete(input: $input) {
      id
      status
      version
    }
  }
`);

export const decideAgrementMutation = graphql(`
  mutation PrefectureDecideAgrement($input: DecideAgrementInput!) {
    decideAgrement(input: $input) {
      id
      status
      version
    }
  }
`);

export const suspendAgrementMutation = graphql(`
  mutation PrefectureSuspendAgrement($input: EndAgrementInput!) {
    suspendAgrement(input: $input) {
      id
      status
      version
    }
  }
`);

export const withdrawAgrementMutation = graphql(`
  mutation PrefectureWithdrawAgrement($input: EndAgrementInput!) {
    withdrawAgrement(input: $input) {
      id
      status
      version
    }
  }
`);

export const reviewAgrementMutation = graphql(`
  mutation PrefectureReviewAgrement($input: ReviewAgrementInput!) {
    reviewAgrement(input: $input) {
      id
      status
      version
    }
  }
`);

export const transfersQuery = graphql(`
  query PrefectureTransfers($departmentCode: String!) {
    transfers(departmentCode: $departmentCode) {
      id
      dossierId
      dossierReference
      fromAssociationId
      toAssociationId
      status
      proposedAt
      answeredAt
      answerReason
    }
  }
`);
