import { graphql } from "../../../gql";

export const agrementsQuery = graphql(`
  query PrefectureAgrements($departmentCode: String!, $statuses: [String!]!) {
    agrements(departmentCode: $departmentCode, statuses: $statuses) {
      ...AgrementWithTimelineFields
    }
  }
`);

export const agrementQuery = graphql(`
  query PrefectureAgrement($departmentCode: String!, $id: UUID!) {
    agrement(departmentCode: $departmentCode, id: $id) {
      ...AgrementWithTimelineFields
    }
  }
`);

/** One piece of an agrément request (base64); each read is audited. */
export const agrementPieceContentQuery = graphql(`
  query PrefectureAgrementPieceContent($departmentCode: String!, $agrementId: UUID!, $pieceId: UUID!) {
    agrementPieceContent(departmentCode: $departmentCode, agrementId: $agrementId, pieceId: $pieceId) {
      ...FileContentFields
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

export const liftAgrementSuspensionMutation = graphql(`
  mutation PrefectureLiftAgrementSuspension($input: EndAgrementInput!) {
    liftAgrementSuspension(input: $input) {
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
      fromAssociationName
      toAssociationId
      toAssociationName
      status
      proposedAt
      answeredAt
      answerReason
    }
  }
`);
