import { graphql } from "../../gql";

export const agrementsQuery = graphql(`
  query AssociationAgrements($statuses: [String!]! = []) {
    agrements(statuses: $statuses) {
      ...AgrementFields
    }
  }
`);

export const departmentsQuery = graphql(`
  query AssociationDepartments {
    departments {
      code
      name
      sortKey
      onboarded
    }
  }
`);

export const departmentCountsQuery = graphql(`
  query AssociationDepartmentCounts($departmentCode: String!) {
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
    inProgress: dossiers(departmentCode: $departmentCode, queue: IN_PROGRESS, first: 1) {
      totalCount
    }
    renewalsDue: dossiers(departmentCode: $departmentCode, queue: RENEWALS_DUE, first: 1) {
      totalCount
    }
  }
`);

export const dossiersQuery = graphql(`
  query AssociationDossiers(
    $departmentCode: String!
    $queue: DossierQueue
    $reference: String
    $first: Int! = 20
    $after: String
  ) {
    dossiers(departmentCode: $departmentCode, queue: $queue, reference: $reference, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        departmentCode
        reference
        status
        renewalNumber
        version
        updatedAt
        submittedAt
        currentPeriod {
          ...PeriodFields
        }
      }
    }
  }
`);


export const dossierQuery = graphql(`
  query AssociationDossier($departmentCode: String!, $id: UUID!) {
    dossier(departmentCode: $departmentCode, id: $id) {
      ...DossierDetailFields
      statisticsConsent
      renewalActionsResults
      renewalCommitmentsKept
      renewalDifficulties
      periods {
        number
        startDate
        endDate
        afisRequestedOn
        afisGrantedOn
        apsRequestedOn
        apsIssuedOn
        housingSupport
        cancelledOn
      }
      avis {
        id
        renewalNumber
        kind
        votesFor
        votesAgainst
        abstentions
        remarks
        recordedAt
      }
    }
  }
`);

export const dossierIdentityQuery = graphql(`
  query AssociationDossierIdentity($departmentCode: String!, $id: UUID!) {
    dossier(departmentCode: $departmentCode, id: $id) {
      id
      identity {
        ...IdentityFields
      }
    }
  }
`);

/** The draft form: content, actions and identity (reading the identity is audited). */
export const dossierDraftQuery = graphql(`
  query AssociationDossierDraft($departmentCode: String!, $id: UUID!) {
    dossier(departmentCode: $departmentCode, id: $id) {
      id
      departmentCode
      reference
      status
      version
      returnReason
      sex
      ageBand
      nationalityGroup
      statisticsConsent
      children
      commitments
      associationAvis
      updatedAt
      actions {
        ...ActionFields
      }
      identity {
        ...IdentityFields
      }
    }
  }
`);

export const createDossierMutation = graphql(`
  mutation AssociationCreateDossier($input: CreateDossierInput!) {
    createDossier(input: $input) {
      id
      departmentCode
      reference
      status
      version
      updatedAt
    }
  }
`);

export const updateDossierMutation = graphql(`
  mutation AssociationUpdateDossier($input: UpdateDossierInput!) {
    updateDossier(input: $input) {
      id
      reference
      status
      version
      updatedAt
    }
  }
`);

export const submitDossierMutation = graphql(`
  mutation AssociationSubmitDossier($input: DossierVersionInput!) {
    submitDossier(input: $input) {
      id
      status
      version
    }
  }
`);

export const withdrawDossierMutation = graphql(`
  mutation AssociationWithdrawDossier($input: WithdrawDossierInput!) {
    withdrawDossier(input: $input) {
      id
      status
      version
    }
  }
`);

export const requestRenewalMutation = graphql(`
  mutation AssociationRequestRenewal($input: DossierVersionInput!) {
    requestRenewal(input: $input) {
      id
      status
      renewalNumber
      version
    }
  }
`);

export const attachDocumentMutation = graphql(`
  mutation AssociationAttachDocument($input: AttachDocumentInput!) {
    attachDocument(input: $input) {
      id
      kind
      filename
      sizeBytes
      uploadedAt
    }
  }
`);

export const documentContentQuery = graphql(`
  query AssociationDocumentContent($departmentCode: String!, $id: UUID!) {
    documentContent(departmentCode: $departmentCode, id: $id) {
      ...FileContentFields
    }
  }
`);

export const requestAgrementMutation = graphql(`
  mutation AssociationRequestAgrement($input: RequestAgrementInput!) {
    requestAgrement(input: $input) {
      id
      departmentCode
      status
    }
  }
`);

export const addAgrementPieceMutation = graphql(`
  mutation AssociationAddAgrementPiece($departmentCode: String!, $id: UUID!, $piece: PieceInputGql!) {
    addAgrementPiece(departmentCode: $departmentCode, id: $id, piece: $piece) {
      id
      status
      version
    }
  }
`);

export const renewAgrementMutation = graphql(`
  mutation AssociationRenewAgrement($departmentCode: String!, $id: UUID!) {
    renewAgrement(departmentCode: $departmentCode, id: $id) {
      id
      departmentCode
      status
    }
  }
`);

export const teamQuery = graphql(`
  query AssociationTeam($associationId: UUID!) {
    associationMembers(associationId: $associationId) {
      userId
      email
      displayName
      role
      since
      departmentCodes
    }
    associationInvitations(associationId: $associationId) {
      id
      email
      role
      departmentCodes
      createdAt
      expiresAt
      status
      delivery {
        status
        attempts
        sentAt
        nextAttemptAt
        lastError
      }
    }
  }
`);

export const resendMemberInvitationMutation = graphql(`
  mutation AssociationResendInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      id
      email
    }
  }
`);

export const inviteMemberMutation = graphql(`
  mutation AssociationInviteMember($input: InviteAssociationMemberInput!) {
    inviteAssociationMember(input: $input) {
      id
      email
      role
      status
    }
  }
`);

/** An admin limits a worker to some départements (null: every département of the association). */
export const setWorkerDepartmentsMutation = graphql(`
  mutation AssociationSetWorkerDepartments($associationId: UUID!, $userId: UUID!, $departmentCodes: [String!]) {
    setWorkerDepartments(associationId: $associationId, userId: $userId, departmentCodes: $departmentCodes)
  }
`);
