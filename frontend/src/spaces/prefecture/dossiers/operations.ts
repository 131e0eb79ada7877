import { graphql } from "../../../gql";

/** Dossier counts per work list (`totalCount`: the whole selection, one node fetched). */
export const prefectureQueueCountsQuery = graphql(`
  query PrefectureQueueCounts($departmentCode: String!) {
    toComplete: dossiers(departmentCode: $departmentCode, queue: TO_COMPLETE, first: 1) {
      totalCount
    }
    toSchedule: dossiers(departmentCode: $departmentCode, queue: TO_SCHEDULE, first: 1) {
      totalCount
    }
    onAgenda: dossiers(departmentCode: $departmentCode, queue: ON_AGENDA, first: 1) {
      totalCount
    }
    awaitingDecision: dossiers(departmentCode: $departmentCode, queue: AWAITING_DECISION, first: 1) {
      totalCount
    }
    renewalsDue: dossiers(departmentCode: $departmentCode, queue: RENEWALS_DUE, first: 1) {
      totalCount
    }
    periodsEnded: dossiers(departmentCode: $departmentCode, queue: PERIODS_ENDED, first: 1) {
      totalCount
    }
    toTransfer: dossiers(departmentCode: $departmentCode, queue: TO_TRANSFER, first: 1) {
      totalCount
    }
  }
`);

export const prefectureDossiersQuery = graphql(`
  query PrefectureDossiers(
    $departmentCode: String!
    $queue: DossierQueue
    $reference: String
    $first: Int!
    $after: String
  ) {
    dossiers(departmentCode: $departmentCode, queue: $queue, reference: $reference, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reference
        status
        renewalNumber
        submittedAt
        updatedAt
        association {
          id
          name
        }
        currentPeriod {
          ...PeriodFields
        }
        avis {
          renewalNumber
          kind
          votesFor
          votesAgainst
          abstentions
          recordedAt
        }
      }
    }
  }
`);

export const prefectureDossierQuery = graphql(`
  query PrefectureDossier($departmentCode: String!, $id: UUID!) {
    dossier(departmentCode: $departmentCode, id: $id) {
      ...DossierDetailFields
      periods {
        number
        startDate
        endDate
        decisionId
        afisRequestedOn
        afisGrantedOn
        afisMonthlyCents
        afisLastPaidMonth
        apsRequestedOn
        apsIssuedOn
        housingSupport
        stoppedOn
        cancelledOn
      }
      avis {
        id
        sessionId
        renewalNumber
        kind
        votesFor
        votesAgainst
        abstentions
        castingVoteUsed
        remarks
        recordedAt
      }
    }
  }
`);

/** Asked only when the person clicks "Afficher l'identité": every read is audited. */
export const prefectureDossierIdentityQuery = graphql(`
  query PrefectureDossierIdentity($departmentCode: String!, $id: UUID!) {
    dossier(departmentCode: $departmentCode, id: $id) {
      id
      identity {
        ...IdentityFields
      }
    }
  }
`);

export const prefectureDecisionLetterQuery = graphql(`
  query PrefectureDecisionLetter($departmentCode: String!, $decisionId: UUID!) {
    decisionLetterPdf(departmentCode: $departmentCode, decisionId: $decisionId)
  }
`);

export const prefectureDocumentContentQuery = graphql(`
  query PrefectureDocumentContent($departmentCode: String!, $id: UUID!) {
    documentContent(departmentCode: $departmentCode, id: $id) {
      ...FileContentFields
    }
  }
`);

export const prefectureReturnDossierMutation = graphql(`
  mutation PrefectureReturnDossier($input: ReturnDossierInput!) {
    returnDossierForCompletion(input: $input) {
      id
      status
      version
    }
  }
`);

export const prefectureDecideDossierMutation = graphql(`
  mutation PrefectureDecideDossier($input: DecideDossierInput!) {
    decideDossier(input: $input) {
      id
      status
      version
    }
  }
`);

export const prefectureStopParcoursMutation = graphql(`
  mutation PrefectureStopParcours($input: StopParcoursInput!) {
    stopParcours(input: $input) {
      id
      status
      version
    }
  }
`);

export const prefectureRecordPeriodBenefitsMutation = graphql(`
  mutation PrefectureRecordPeriodBenefits($input: RecordPeriodBenefitsInput!) {
    recordPeriodBenefits(input: $input) {
      number
      afisMonthlyCents
    }
  }
`);
