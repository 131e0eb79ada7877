/**
 * GraphQL fragments shared by the spaces' operations: spread them by name (`...AgrementFields`)
 * in a `graphql()` document; codegen appends their definitions to each operation that uses them.
 * Fragment masking is off (codegen.ts), so result types stay flat.
 */
import { graphql } from "../gql";

export const periodFields = graphql(`
  fragment PeriodFields on Period {
    number
    startDate
    endDate
  }
`);

export const identityFields = graphql(`
  fragment IdentityFields on Identity {
    firstName
    lastName
    birthDate
    nationality
    contact
  }
`);

export const actionFields = graphql(`
  fragment ActionFields on Action {
    id
    domain
    description
    durationMonths
    expectedResult
  }
`);

export const fileContentFields = graphql(`
  fragment FileContentFields on DocumentContent {
    filename
    contentType
    contentBase64
  }
`);

/** What the association and the prefecture both read of a dossier (each adds its own fields). */
export const dossierDetailFields = graphql(`
  fragment DossierDetailFields on Dossier {
    id
    departmentCode
    reference
    status
    renewalNumber
    version
    stopReason
    returnReason
    agendaSessionId
    createdAt
    updatedAt
    submittedAt
    closedAt
    sex
    ageBand
    nationalityGroup
    children
    commitments
    associationAvis
    association {
      id
      name
    }
    currentPeriod {
      ...PeriodFields
    }
    actions {
      ...ActionFields
    }
    decisions {
      id
      renewalNumber
      outcome
      decidedOn
      reference
      reasons
      stopReason
    }
    documents {
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
`);

export const agrementFields = graphql(`
  fragment AgrementFields on Agrement {
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
  }
`);

/** An agrément with its history (prefecture). */
export const agrementWithTimelineFields = graphql(`
  fragment AgrementWithTimelineFields on Agrement {
    ...AgrementFields
    timeline {
      occurredAt
      actorRole
      kind
      details
    }
  }
`);

export const sessionFields = graphql(`
  fragment SessionFields on Session {
    id
    scheduledAt
    place
    visio
    secondConvocation
    followsSessionId
    followedBySessionId
    status
    closedAt
    openedAt
    quorumMembers
    quorumCounted
    endedAt
    endReason
  }
`);

/** A session with its agenda and attendance (commission and prefecture; each adds its own agenda fields). */
export const sessionDetailFields = graphql(`
  fragment SessionDetailFields on Session {
    ...SessionFields
    convenedAt
    agenda {
      id
      position
      dossierReference
      associationName
      renewalNumber
      avisKind
      votesFor
      votesAgainst
      abstentions
    }
    attendance {
      memberId
      present
      mode
      mandateTo
    }
  }
`);

export const figureFields = graphql(`
  fragment FigureFields on Figure {
    value
    label
    hidden
    reason
  }
`);

export const departmentContextFields = graphql(`
  fragment DepartmentContextFields on DepartmentContext {
    departmentCode
    commissionInstalledOn
    sessionsHeld
    associationsInForce
    medianDaysToDecision
  }
`);
