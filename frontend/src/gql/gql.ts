/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PeriodFields on Period {\n    number\n    startDate\n    endDate\n  }\n": typeof types.PeriodFieldsFragmentDoc,
    "\n  fragment IdentityFields on Identity {\n    firstName\n    lastName\n    birthDate\n    nationality\n    contact\n  }\n": typeof types.IdentityFieldsFragmentDoc,
    "\n  fragment ActionFields on Action {\n    id\n    domain\n    description\n    durationMonths\n    expectedResult\n  }\n": typeof types.ActionFieldsFragmentDoc,
    "\n  fragment FileContentFields on DocumentContent {\n    filename\n    contentType\n    contentBase64\n  }\n": typeof types.FileContentFieldsFragmentDoc,
    "\n  fragment DossierDetailFields on Dossier {\n    id\n    departmentCode\n    reference\n    status\n    renewalNumber\n    version\n    stopReason\n    returnReason\n    agendaSessionId\n    createdAt\n    updatedAt\n    submittedAt\n    closedAt\n    sex\n    ageBand\n    nationalityGroup\n    children\n    commitments\n    associationAvis\n    association {\n      id\n      name\n    }\n    currentPeriod {\n      ...PeriodFields\n    }\n    actions {\n      ...ActionFields\n    }\n    decisions {\n      id\n      renewalNumber\n      outcome\n      decidedOn\n      reference\n      reasons\n      stopReason\n    }\n    documents {\n      id\n      kind\n      filename\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n    timeline {\n      occurredAt\n      actorRole\n      kind\n      details\n    }\n  }\n": typeof types.DossierDetailFieldsFragmentDoc,
    "\n  fragment AgrementFields on Agrement {\n    id\n    departmentCode\n    associationId\n    associationName\n    status\n    tacit\n    validFrom\n    validUntil\n    arreteReference\n    requestedOn\n    missingPiecesDeadline\n    tacitOn\n    renewalOf\n    missingPieces\n    missingPiecesNotifiedOn\n    completedOn\n    decidedOn\n    reasons\n    version\n    pieces {\n      id\n      kind\n      filename\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n": typeof types.AgrementFieldsFragmentDoc,
    "\n  fragment AgrementWithTimelineFields on Agrement {\n    ...AgrementFields\n    timeline {\n      occurredAt\n      actorRole\n      kind\n      details\n    }\n  }\n": typeof types.AgrementWithTimelineFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    id\n    scheduledAt\n    place\n    visio\n    secondConvocation\n    followsSessionId\n    followedBySessionId\n    status\n    closedAt\n    openedAt\n    quorumMembers\n    quorumCounted\n    endedAt\n    endReason\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  fragment SessionDetailFields on Session {\n    ...SessionFields\n    convenedAt\n    agenda {\n      id\n      position\n      dossierReference\n      associationName\n      renewalNumber\n      avisKind\n      votesFor\n      votesAgainst\n      abstentions\n    }\n    attendance {\n      memberId\n      present\n      mode\n      mandateTo\n    }\n  }\n": typeof types.SessionDetailFieldsFragmentDoc,
    "\n  fragment FigureFields on Figure {\n    value\n    label\n    hidden\n    reason\n  }\n": typeof types.FigureFieldsFragmentDoc,
    "\n  fragment DepartmentContextFields on DepartmentContext {\n    departmentCode\n    commissionInstalledOn\n    sessionsHeld\n    associationsInForce\n    medianDaysToDecision\n  }\n": typeof types.DepartmentContextFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      userId\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $name: String!) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      token\n      expiresAt\n      userId\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      token\n      expiresAt\n      userId\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        role\n        departmentCode\n        departmentName\n        associationId\n        associationName\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RevokeMembership($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input)\n  }\n": typeof types.RevokeMembershipDocument,
    "\n  mutation AssociationRecordPeriodBenefits($input: RecordPeriodBenefitsInput!) {\n    recordPeriodBenefits(input: $input) {\n      number\n      afisRequestedOn\n      apsRequestedOn\n      housingSupport\n    }\n  }\n": typeof types.AssociationRecordPeriodBenefitsDocument,
    "\n  mutation AssociationRecordRenewalEvaluation($input: RenewalEvaluationInput!) {\n    recordRenewalEvaluation(input: $input) {\n      id\n      version\n      renewalActionsResults\n      renewalCommitmentsKept\n      renewalDifficulties\n    }\n  }\n": typeof types.AssociationRecordRenewalEvaluationDocument,
    "\n  query AssociationAgrements($statuses: [String!]! = []) {\n    agrements(statuses: $statuses) {\n      ...AgrementFields\n    }\n  }\n": typeof types.AssociationAgrementsDocument,
    "\n  query AssociationDepartments {\n    departments {\n      code\n      name\n      sortKey\n      onboarded\n    }\n  }\n": typeof types.AssociationDepartmentsDocument,
    "\n  query AssociationDepartmentCounts($departmentCode: String!) {\n    toComplete: dossiers(departmentCode: $departmentCode, queue: TO_COMPLETE, first: 1) {\n      totalCount\n    }\n    toSchedule: dossiers(departmentCode: $departmentCode, queue: TO_SCHEDULE, first: 1) {\n      totalCount\n    }\n    onAgenda: dossiers(departmentCode: $departmentCode, queue: ON_AGENDA, first: 1) {\n      totalCount\n    }\n    awaitingDecision: dossiers(departmentCode: $departmentCode, queue: AWAITING_DECISION, first: 1) {\n      totalCount\n    }\n    inProgress: dossiers(departmentCode: $departmentCode, queue: IN_PROGRESS, first: 1) {\n      totalCount\n    }\n    renewalsDue: dossiers(departmentCode: $departmentCode, queue: RENEWALS_DUE, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AssociationDepartmentCountsDocument,
    "\n  query AssociationDossiers(\n    $departmentCode: String!\n    $queue: DossierQueue\n    $reference: String\n    $first: Int! = 20\n    $after: String\n  ) {\n    dossiers(departmentCode: $departmentCode, queue: $queue, reference: $reference, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        departmentCode\n        reference\n        status\n        renewalNumber\n        version\n        updatedAt\n        submittedAt\n        currentPeriod {\n          ...PeriodFields\n        }\n      }\n    }\n  }\n": typeof types.AssociationDossiersDocument,
    "\n  query AssociationDossier($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      ...DossierDetailFields\n      statisticsConsent\n      renewalActionsResults\n      renewalCommitmentsKept\n      renewalDifficulties\n      periods {\n        number\n        startDate\n        endDate\n        afisRequestedOn\n        afisGrantedOn\n        apsRequestedOn\n        apsIssuedOn\n        housingSupport\n        cancelledOn\n      }\n      avis {\n        id\n        renewalNumber\n        kind\n        votesFor\n        votesAgainst\n        abstentions\n        remarks\n        recordedAt\n      }\n    }\n  }\n": typeof types.AssociationDossierDocument,
    "\n  query AssociationDossierIdentity($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      id\n      identity {\n        ...IdentityFields\n      }\n    }\n  }\n": typeof types.AssociationDossierIdentityDocument,
    "\n  query AssociationDossierDraft($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      id\n      departmentCode\n      reference\n      status\n      version\n      returnReason\n      sex\n      ageBand\n      nationalityGroup\n      statisticsConsent\n      children\n      commitments\n      associationAvis\n      updatedAt\n      actions {\n        ...ActionFields\n      }\n      identity {\n        ...IdentityFields\n      }\n    }\n  }\n": typeof types.AssociationDossierDraftDocument,
    "\n  mutation AssociationCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) {\n      id\n      departmentCode\n      reference\n      status\n      version\n      updatedAt\n    }\n  }\n": typeof types.AssociationCreateDossierDocument,
    "\n  mutation AssociationUpdateDossier($input: UpdateDossierInput!) {\n    updateDossier(input: $input) {\n      id\n      reference\n      status\n      version\n      updatedAt\n    }\n  }\n": typeof types.AssociationUpdateDossierDocument,
    "\n  mutation AssociationSubmitDossier($input: DossierVersionInput!) {\n    submitDossier(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.AssociationSubmitDossierDocument,
    "\n  mutation AssociationWithdrawDossier($input: WithdrawDossierInput!) {\n    withdrawDossier(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.AssociationWithdrawDossierDocument,
    "\n  mutation AssociationRequestRenewal($input: DossierVersionInput!) {\n    requestRenewal(input: $input) {\n      id\n      status\n      renewalNumber\n      version\n    }\n  }\n": typeof types.AssociationRequestRenewalDocument,
    "\n  mutation AssociationAttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) {\n      id\n      kind\n      filename\n      sizeBytes\n      uploadedAt\n    }\n  }\n": typeof types.AssociationAttachDocumentDocument,
    "\n  query AssociationDocumentContent($departmentCode: String!, $id: UUID!) {\n    documentContent(departmentCode: $departmentCode, id: $id) {\n      ...FileContentFields\n    }\n  }\n": typeof types.AssociationDocumentContentDocument,
    "\n  mutation AssociationRequestAgrement($input: RequestAgrementInput!) {\n    requestAgrement(input: $input) {\n      id\n      departmentCode\n      status\n    }\n  }\n": typeof types.AssociationRequestAgrementDocument,
    "\n  mutation AssociationAddAgrementPiece($departmentCode: String!, $id: UUID!, $piece: PieceInputGql!) {\n    addAgrementPiece(departmentCode: $departmentCode, id: $id, piece: $piece) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.AssociationAddAgrementPieceDocument,
    "\n  mutation AssociationRenewAgrement($departmentCode: String!, $id: UUID!) {\n    renewAgrement(departmentCode: $departmentCode, id: $id) {\n      id\n      departmentCode\n      status\n    }\n  }\n": typeof types.AssociationRenewAgrementDocument,
    "\n  query AssociationTeam($associationId: UUID!) {\n    associationMembers(associationId: $associationId) {\n      userId\n      email\n      displayName\n      role\n      since\n      departmentCodes\n    }\n    associationInvitations(associationId: $associationId) {\n      id\n      email\n      role\n      departmentCodes\n      createdAt\n      expiresAt\n      status\n      delivery {\n        status\n        attempts\n        sentAt\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n": typeof types.AssociationTeamDocument,
    "\n  mutation AssociationResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.AssociationResendInvitationDocument,
    "\n  mutation AssociationInviteMember($input: InviteAssociationMemberInput!) {\n    inviteAssociationMember(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n": typeof types.AssociationInviteMemberDocument,
    "\n  mutation AssociationSetWorkerDepartments($associationId: UUID!, $userId: UUID!, $departmentCodes: [String!]) {\n    setWorkerDepartments(associationId: $associationId, userId: $userId, departmentCodes: $departmentCodes)\n  }\n": typeof types.AssociationSetWorkerDepartmentsDocument,
    "\n  query CommissionSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode, openOnly: true) {\n      ...SessionFields\n      agenda {\n        id\n      }\n    }\n  }\n": typeof types.CommissionSessionsDocument,
    "\n  query CommissionSession($departmentCode: String!, $id: UUID!) {\n    session(departmentCode: $departmentCode, id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.CommissionSessionDocument,
    "\n  query CommissionMembers($departmentCode: String!) {\n    commission(departmentCode: $departmentCode) {\n      id\n      members {\n        id\n        fullName\n        seat\n        organisation\n        voting\n        active\n      }\n    }\n  }\n": typeof types.CommissionMembersDocument,
    "\n  query MinistryDepartments {\n    departments {\n      code\n      name\n      regionCode\n      regionName\n      sortKey\n      onboarded\n    }\n  }\n": typeof types.MinistryDepartmentsDocument,
    "\n  query MinistryNationalReport($year: Int!, $quarter: Int, $month: Int) {\n    nationalReport(year: $year, quarter: $quarter, month: $month) {\n      periodKind\n      start\n      end\n      nationalMedianDaysToDecision\n      indicators {\n        key\n        label\n        national {\n          ...FigureFields\n        }\n        departments {\n          departmentCode\n          figure {\n            ...FigureFields\n          }\n        }\n      }\n      context {\n        ...DepartmentContextFields\n      }\n    }\n  }\n": typeof types.MinistryNationalReportDocument,
    "\n  query MinistryDepartmentReport($departmentCode: String!, $year: Int!, $quarter: Int, $month: Int) {\n    departmentReport(departmentCode: $departmentCode, year: $year, quarter: $quarter, month: $month) {\n      periodKind\n      start\n      end\n      indicators {\n        key\n        label\n        national {\n          ...FigureFields\n        }\n        breakdowns {\n          dimension\n          categories\n          national {\n            ...FigureFields\n          }\n        }\n      }\n      context {\n        ...DepartmentContextFields\n      }\n      declared {\n        departmentCode\n        indicator\n        value\n      }\n    }\n  }\n": typeof types.MinistryDepartmentReportDocument,
    "\n  query MinistryIndicatorSeries($indicator: String!, $from: NaiveDate!, $to: NaiveDate!, $departmentCode: String) {\n    indicatorSeries(indicator: $indicator, from: $from, to: $to, departmentCode: $departmentCode) {\n      month\n      figure {\n        ...FigureFields\n      }\n    }\n  }\n": typeof types.MinistryIndicatorSeriesDocument,
    "\n  query MinistryExports {\n    exports {\n      id\n      format\n      status\n      periodStart\n      periodEnd\n      filename\n      createdAt\n      readyAt\n      expiresAt\n    }\n  }\n": typeof types.MinistryExportsDocument,
    "\n  mutation MinistryRequestExport($format: ExportFormat!, $year: Int!, $quarter: Int, $month: Int) {\n    requestExport(format: $format, year: $year, quarter: $quarter, month: $month) {\n      id\n      format\n      status\n      filename\n      createdAt\n      readyAt\n      expiresAt\n    }\n  }\n": typeof types.MinistryRequestExportDocument,
    "\n  query MinistryExportFile($id: UUID!) {\n    exportFile(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.MinistryExportFileDocument,
    "\n  query OperatorDepartments {\n    departments {\n      code\n      name\n      regionName\n      sortKey\n      onboarded\n      onboardedAt\n    }\n  }\n": typeof types.OperatorDepartmentsDocument,
    "\n  mutation OnboardDepartment($input: OnboardDepartmentInput!) {\n    onboardDepartment(input: $input) {\n      department {\n        code\n        name\n        onboarded\n        onboardedAt\n      }\n      commission {\n        id\n        installedOn\n        arreteReference\n      }\n      invitation {\n        id\n        email\n        role\n        departmentCode\n        createdAt\n        expiresAt\n        status\n      }\n    }\n  }\n": typeof types.OnboardDepartmentDocument,
    "\n  query OperatorDepartmentInvitations($departmentCode: String!) {\n    invitations(departmentCode: $departmentCode) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      status\n      delivery {\n        status\n        attempts\n        sentAt\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n": typeof types.OperatorDepartmentInvitationsDocument,
    "\n  mutation OperatorResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.OperatorResendInvitationDocument,
    "\n  query PrefectureAgrements($departmentCode: String!, $statuses: [String!]!) {\n    agrements(departmentCode: $departmentCode, statuses: $statuses) {\n      ...AgrementWithTimelineFields\n    }\n  }\n": typeof types.PrefectureAgrementsDocument,
    "\n  query PrefectureAgrement($departmentCode: String!, $id: UUID!) {\n    agrement(departmentCode: $departmentCode, id: $id) {\n      ...AgrementWithTimelineFields\n    }\n  }\n": typeof types.PrefectureAgrementDocument,
    "\n  query PrefectureAgrementPieceContent($departmentCode: String!, $agrementId: UUID!, $pieceId: UUID!) {\n    agrementPieceContent(departmentCode: $departmentCode, agrementId: $agrementId, pieceId: $pieceId) {\n      ...FileContentFields\n    }\n  }\n": typeof types.PrefectureAgrementPieceContentDocument,
    "\n  query PrefectureAgrementSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode, openOnly: true) {\n      id\n      scheduledAt\n      place\n    }\n  }\n": typeof types.PrefectureAgrementSessionsDocument,
    "\n  mutation PrefectureRequestMissingPieces($input: RequestMissingPiecesInput!) {\n    requestMissingPieces(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PrefectureRequestMissingPiecesDocument,
    "\n  mutation PrefectureMarkAgrementComplete($input: AgrementStepInput!) {\n    markAgrementComplete(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PrefectureMarkAgrementCompleteDocument,
    "\n  mutation PrefectureDecideAgrement($input: DecideAgrementInput!) {\n    decideAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PrefectureDecideAgrementDocument,
    "\n  mutation PrefectureSuspendAgrement($input: EndAgrementInput!) {\n    suspendAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PrefectureSuspendAgrementDocument,
    "\n  mutation PrefectureLiftAgrementSuspension($input: EndAgrementInput!) {\n    liftAgrementSuspension(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PrefectureLiftAgrementSuspensionDocument,
    "\n  mutation PrefectureWithdrawAgrement($input: EndAgrementInput!) {\n    withdrawAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PrefectureWithdrawAgrementDocument,
    "\n  mutation PrefectureReviewAgrement($input: ReviewAgrementInput!) {\n    reviewAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PrefectureReviewAgrementDocument,
    "\n  query PrefectureTransfers($departmentCode: String!) {\n    transfers(departmentCode: $departmentCode) {\n      id\n      dossierId\n      dossierReference\n      fromAssociationId\n      fromAssociationName\n      toAssociationId\n      toAssociationName\n      status\n      proposedAt\n      answeredAt\n      answerReason\n    }\n  }\n": typeof types.PrefectureTransfersDocument,
    "\n  query PrefectureCommission($departmentCode: String!, $activeOn: NaiveDate) {\n    commission(departmentCode: $departmentCode) {\n      id\n      installedOn\n      arreteReference\n      members(activeOn: $activeOn) {\n        id\n        fullName\n        seat\n        organisation\n        associationId\n        userId\n        voting\n        termStart\n        termEnd\n        endedOn\n        endedReason\n        active\n        email\n        linked\n        invited\n      }\n    }\n  }\n": typeof types.PrefectureCommissionDocument,
    "\n  query PrefectureCommissionAssociations {\n    associations {\n      id\n      name\n      seatDepartmentCode\n    }\n  }\n": typeof types.PrefectureCommissionAssociationsDocument,
    "\n  mutation PrefectureAddCommissionMember($input: AddCommissionMemberInput!) {\n    addCommissionMember(input: $input) {\n      id\n      fullName\n      seat\n      termStart\n      termEnd\n    }\n  }\n": typeof types.PrefectureAddCommissionMemberDocument,
    "\n  mutation PrefectureEndCommissionMemberTerm($input: EndCommissionMemberTermInput!) {\n    endCommissionMemberTerm(input: $input) {\n      id\n      fullName\n      endedOn\n      endedReason\n      active\n    }\n  }\n": typeof types.PrefectureEndCommissionMemberTermDocument,
    "\n  mutation PrefectureUpdateCommissionMember($input: UpdateCommissionMemberInput!) {\n    updateCommissionMember(input: $input) {\n      id\n      fullName\n      organisation\n      email\n      voting\n      termEnd\n    }\n  }\n": typeof types.PrefectureUpdateCommissionMemberDocument,
    "\n  mutation PrefectureInviteCommissionMember($input: InviteCommissionMemberInput!) {\n    inviteCommissionMember(input: $input) {\n      id\n      fullName\n      linked\n      invited\n    }\n  }\n": typeof types.PrefectureInviteCommissionMemberDocument,
    "\n  query PrefectureDecisionSignatory($departmentCode: String!) {\n    decisionSignatory(departmentCode: $departmentCode) {\n      firstName\n      lastName\n      quality\n      delegation\n      tribunal\n      version\n      updatedAt\n    }\n  }\n": typeof types.PrefectureDecisionSignatoryDocument,
    "\n  mutation PrefectureSetDecisionSignatory($input: SetDecisionSignatoryInput!) {\n    setDecisionSignatory(input: $input) {\n      firstName\n      lastName\n      quality\n      delegation\n      tribunal\n      version\n      updatedAt\n    }\n  }\n": typeof types.PrefectureSetDecisionSignatoryDocument,
    "\n  query PrefectureOpenSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode, openOnly: true) {\n      id\n      scheduledAt\n      place\n      status\n    }\n  }\n": typeof types.PrefectureOpenSessionsDocument,
    "\n  query PrefectureQueueCounts($departmentCode: String!) {\n    toComplete: dossiers(departmentCode: $departmentCode, queue: TO_COMPLETE, first: 1) {\n      totalCount\n    }\n    toSchedule: dossiers(departmentCode: $departmentCode, queue: TO_SCHEDULE, first: 1) {\n      totalCount\n    }\n    onAgenda: dossiers(departmentCode: $departmentCode, queue: ON_AGENDA, first: 1) {\n      totalCount\n    }\n    awaitingDecision: dossiers(departmentCode: $departmentCode, queue: AWAITING_DECISION, first: 1) {\n      totalCount\n    }\n    renewalsDue: dossiers(departmentCode: $departmentCode, queue: RENEWALS_DUE, first: 1) {\n      totalCount\n    }\n    periodsEnded: dossiers(departmentCode: $departmentCode, queue: PERIODS_ENDED, first: 1) {\n      totalCount\n    }\n    toTransfer: dossiers(departmentCode: $departmentCode, queue: TO_TRANSFER, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PrefectureQueueCountsDocument,
    "\n  query PrefectureDossiers(\n    $departmentCode: String!\n    $queue: DossierQueue\n    $reference: String\n    $first: Int!\n    $after: String\n  ) {\n    dossiers(departmentCode: $departmentCode, queue: $queue, reference: $reference, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        status\n        renewalNumber\n        submittedAt\n        updatedAt\n        association {\n          id\n          name\n        }\n        currentPeriod {\n          ...PeriodFields\n        }\n        avis {\n          renewalNumber\n          kind\n          votesFor\n          votesAgainst\n          abstentions\n          recordedAt\n        }\n      }\n    }\n  }\n": typeof types.PrefectureDossiersDocument,
    "\n  query PrefectureDossier($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      ...DossierDetailFields\n      periods {\n        number\n        startDate\n        endDate\n        decisionId\n        afisRequestedOn\n        afisGrantedOn\n        afisMonthlyCents\n        afisLastPaidMonth\n        apsRequestedOn\n        apsIssuedOn\n        housingSupport\n        stoppedOn\n        cancelledOn\n      }\n      avis {\n        id\n        sessionId\n        renewalNumber\n        kind\n        votesFor\n        votesAgainst\n        abstentions\n        castingVoteUsed\n        remarks\n        recordedAt\n      }\n    }\n  }\n": typeof types.PrefectureDossierDocument,
    "\n  query PrefectureDossierIdentity($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      id\n      identity {\n        ...IdentityFields\n      }\n    }\n  }\n": typeof types.PrefectureDossierIdentityDocument,
    "\n  query PrefectureDecisionLetter($departmentCode: String!, $decisionId: UUID!) {\n    decisionLetterPdf(departmentCode: $departmentCode, decisionId: $decisionId)\n  }\n": typeof types.PrefectureDecisionLetterDocument,
    "\n  query PrefectureDocumentContent($departmentCode: String!, $id: UUID!) {\n    documentContent(departmentCode: $departmentCode, id: $id) {\n      ...FileContentFields\n    }\n  }\n": typeof types.PrefectureDocumentContentDocument,
    "\n  mutation PrefectureReturnDossier($input: ReturnDossierInput!) {\n    returnDossierForCompletion(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PrefectureReturnDossierDocument,
    "\n  mutation PrefectureDecideDossier($input: DecideDossierInput!) {\n    decideDossier(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PrefectureDecideDossierDocument,
    "\n  mutation PrefectureStopParcours($input: StopParcoursInput!) {\n    stopParcours(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PrefectureStopParcoursDocument,
    "\n  mutation PrefectureRecordPeriodBenefits($input: RecordPeriodBenefitsInput!) {\n    recordPeriodBenefits(input: $input) {\n      number\n      afisMonthlyCents\n    }\n  }\n": typeof types.PrefectureRecordPeriodBenefitsDocument,
    "\n  query PrefectureDeclaredIndicators($departmentCode: String!) {\n    declaredIndicators(departmentCode: $departmentCode) {\n      id\n      periodKind\n      periodStart\n      indicator\n      value\n      note\n      declaredAt\n      declaredBy\n    }\n  }\n": typeof types.PrefectureDeclaredIndicatorsDocument,
    "\n  mutation PrefectureDeclareIndicators($input: DeclareIndicatorsInput!) {\n    declareIndicators(input: $input) {\n      id\n      periodKind\n      periodStart\n      indicator\n      value\n    }\n  }\n": typeof types.PrefectureDeclareIndicatorsDocument,
    "\n  query PrefectureSessionConvocations($departmentCode: String!, $sessionId: UUID!) {\n    sessionConvocations(departmentCode: $departmentCode, sessionId: $sessionId) {\n      updateDueAt\n      urgency\n      messages {\n        id\n        memberName\n        kind\n        recipient\n        createdAt\n        delivery {\n          status\n          attempts\n          sentAt\n          nextAttemptAt\n          lastError\n        }\n      }\n    }\n  }\n": typeof types.PrefectureSessionConvocationsDocument,
    "\n  mutation PrefectureSendConvocations($input: SendConvocationsInput!) {\n    sendConvocations(input: $input)\n  }\n": typeof types.PrefectureSendConvocationsDocument,
    "\n  query PrefectureSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode) {\n      ...SessionFields\n      hasMinutes\n      agenda {\n        id\n        avisKind\n      }\n    }\n  }\n": typeof types.PrefectureSessionsDocument,
    "\n  mutation PrefectureScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n      scheduledAt\n      place\n    }\n  }\n": typeof types.PrefectureScheduleSessionDocument,
    "\n  query PrefectureSession($departmentCode: String!, $id: UUID!) {\n    session(departmentCode: $departmentCode, id: $id) {\n      ...SessionDetailFields\n      hasMinutes\n      agenda {\n        dossierId\n        dossierVersion\n        associationId\n      }\n    }\n  }\n": typeof types.PrefectureSessionDocument,
    "\n  query PrefectureSessionMembers($departmentCode: String!, $activeOn: NaiveDate!) {\n    commission(departmentCode: $departmentCode) {\n      id\n      members(activeOn: $activeOn) {\n        id\n        fullName\n        seat\n        organisation\n        associationId\n        voting\n      }\n    }\n  }\n": typeof types.PrefectureSessionMembersDocument,
    "\n  query PrefectureSessionDossiers($departmentCode: String!, $queue: DossierQueue!) {\n    dossiers(departmentCode: $departmentCode, queue: $queue, first: 100) {\n      nodes {\n        id\n        reference\n        version\n        renewalNumber\n        submittedAt\n        agendaSessionId\n        association {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PrefectureSessionDossiersDocument,
    "\n  mutation PrefectureAddToAgenda($input: AddToAgendaInput!) {\n    addToAgenda(input: $input) {\n      id\n      reference\n      status\n      agendaSessionId\n    }\n  }\n": typeof types.PrefectureAddToAgendaDocument,
    "\n  mutation PrefectureRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      attendance {\n        memberId\n        present\n        mode\n        mandateTo\n      }\n    }\n  }\n": typeof types.PrefectureRecordAttendanceDocument,
    "\n  mutation PrefectureRecordAvis($input: RecordAvisInput!) {\n    recordAvis(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n": typeof types.PrefectureRecordAvisDocument,
    "\n  mutation PrefectureCloseSession($input: CloseSessionInput!) {\n    closeSession(input: $input) {\n      id\n      status\n      closedAt\n      hasMinutes\n    }\n  }\n": typeof types.PrefectureCloseSessionDocument,
    "\n  query PrefectureSessionMinutes($departmentCode: String!, $id: UUID!) {\n    session(departmentCode: $departmentCode, id: $id) {\n      id\n      scheduledAt\n      minutesPdf\n    }\n  }\n": typeof types.PrefectureSessionMinutesDocument,
    "\n  mutation PrefectureAdjournSession($input: SessionRefInput!) {\n    adjournSession(input: $input) {\n      id\n      status\n      quorumMembers\n      quorumCounted\n    }\n  }\n": typeof types.PrefectureAdjournSessionDocument,
    "\n  mutation PrefectureCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      endReason\n    }\n  }\n": typeof types.PrefectureCancelSessionDocument,
    "\n  mutation PrefectureScheduleSecondConvocation($input: ScheduleSecondConvocationInput!) {\n    scheduleSecondConvocation(input: $input) {\n      id\n      scheduledAt\n    }\n  }\n": typeof types.PrefectureScheduleSecondConvocationDocument,
    "\n  mutation PrefectureRemoveFromAgenda($input: RemoveFromAgendaInput!) {\n    removeFromAgenda(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n": typeof types.PrefectureRemoveFromAgendaDocument,
    "\n  query PrefectureDepartmentUsers($departmentCode: String!) {\n    departmentUsers(departmentCode: $departmentCode) {\n      userId\n      email\n      displayName\n      role\n      since\n    }\n  }\n": typeof types.PrefectureDepartmentUsersDocument,
    "\n  query PrefectureInvitations($departmentCode: String!) {\n    invitations(departmentCode: $departmentCode) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      status\n      delivery {\n        status\n        attempts\n        sentAt\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n": typeof types.PrefectureInvitationsDocument,
    "\n  mutation PrefectureResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.PrefectureResendInvitationDocument,
    "\n  mutation PrefectureInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": typeof types.PrefectureInviteUserDocument,
};
const documents: Documents = {
    "\n  fragment PeriodFields on Period {\n    number\n    startDate\n    endDate\n  }\n": types.PeriodFieldsFragmentDoc,
    "\n  fragment IdentityFields on Identity {\n    firstName\n    lastName\n    birthDate\n    nationality\n    contact\n  }\n": types.IdentityFieldsFragmentDoc,
    "\n  fragment ActionFields on Action {\n    id\n    domain\n    description\n    durationMonths\n    expectedResult\n  }\n": types.ActionFieldsFragmentDoc,
    "\n  fragment FileContentFields on DocumentContent {\n    filename\n    contentType\n    contentBase64\n  }\n": types.FileContentFieldsFragmentDoc,
    "\n  fragment DossierDetailFields on Dossier {\n    id\n    departmentCode\n    reference\n    status\n    renewalNumber\n    version\n    stopReason\n    returnReason\n    agendaSessionId\n    createdAt\n    updatedAt\n    submittedAt\n    closedAt\n    sex\n    ageBand\n    nationalityGroup\n    children\n    commitments\n    associationAvis\n    association {\n      id\n      name\n    }\n    currentPeriod {\n      ...PeriodFields\n    }\n    actions {\n      ...ActionFields\n    }\n    decisions {\n      id\n      renewalNumber\n      outcome\n      decidedOn\n      reference\n      reasons\n      stopReason\n    }\n    documents {\n      id\n      kind\n      filename\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n    timeline {\n      occurredAt\n      actorRole\n      kind\n      details\n    }\n  }\n": types.DossierDetailFieldsFragmentDoc,
    "\n  fragment AgrementFields on Agrement {\n    id\n    departmentCode\n    associationId\n    associationName\n    status\n    tacit\n    validFrom\n    validUntil\n    arreteReference\n    requestedOn\n    missingPiecesDeadline\n    tacitOn\n    renewalOf\n    missingPieces\n    missingPiecesNotifiedOn\n    completedOn\n    decidedOn\n    reasons\n    version\n    pieces {\n      id\n      kind\n      filename\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n": types.AgrementFieldsFragmentDoc,
    "\n  fragment AgrementWithTimelineFields on Agrement {\n    ...AgrementFields\n    timeline {\n      occurredAt\n      actorRole\n      kind\n      details\n    }\n  }\n": types.AgrementWithTimelineFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    id\n    scheduledAt\n    place\n    visio\n    secondConvocation\n    followsSessionId\n    followedBySessionId\n    status\n    closedAt\n    openedAt\n    quorumMembers\n    quorumCounted\n    endedAt\n    endReason\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  fragment SessionDetailFields on Session {\n    ...SessionFields\n    convenedAt\n    agenda {\n      id\n      position\n      dossierReference\n      associationName\n      renewalNumber\n      avisKind\n      votesFor\n      votesAgainst\n      abstentions\n    }\n    attendance {\n      memberId\n      present\n      mode\n      mandateTo\n    }\n  }\n": types.SessionDetailFieldsFragmentDoc,
    "\n  fragment FigureFields on Figure {\n    value\n    label\n    hidden\n    reason\n  }\n": types.FigureFieldsFragmentDoc,
    "\n  fragment DepartmentContextFields on DepartmentContext {\n    departmentCode\n    commissionInstalledOn\n    sessionsHeld\n    associationsInForce\n    medianDaysToDecision\n  }\n": types.DepartmentContextFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      userId\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $name: String!) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      token\n      expiresAt\n      userId\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      token\n      expiresAt\n      userId\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        role\n        departmentCode\n        departmentName\n        associationId\n        associationName\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation RevokeMembership($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input)\n  }\n": types.RevokeMembershipDocument,
    "\n  mutation AssociationRecordPeriodBenefits($input: RecordPeriodBenefitsInput!) {\n    recordPeriodBenefits(input: $input) {\n      number\n      afisRequestedOn\n      apsRequestedOn\n      housingSupport\n    }\n  }\n": types.AssociationRecordPeriodBenefitsDocument,
    "\n  mutation AssociationRecordRenewalEvaluation($input: RenewalEvaluationInput!) {\n    recordRenewalEvaluation(input: $input) {\n      id\n      version\n      renewalActionsResults\n      renewalCommitmentsKept\n      renewalDifficulties\n    }\n  }\n": types.AssociationRecordRenewalEvaluationDocument,
    "\n  query AssociationAgrements($statuses: [String!]! = []) {\n    agrements(statuses: $statuses) {\n      ...AgrementFields\n    }\n  }\n": types.AssociationAgrementsDocument,
    "\n  query AssociationDepartments {\n    departments {\n      code\n      name\n      sortKey\n      onboarded\n    }\n  }\n": types.AssociationDepartmentsDocument,
    "\n  query AssociationDepartmentCounts($departmentCode: String!) {\n    toComplete: dossiers(departmentCode: $departmentCode, queue: TO_COMPLETE, first: 1) {\n      totalCount\n    }\n    toSchedule: dossiers(departmentCode: $departmentCode, queue: TO_SCHEDULE, first: 1) {\n      totalCount\n    }\n    onAgenda: dossiers(departmentCode: $departmentCode, queue: ON_AGENDA, first: 1) {\n      totalCount\n    }\n    awaitingDecision: dossiers(departmentCode: $departmentCode, queue: AWAITING_DECISION, first: 1) {\n      totalCount\n    }\n    inProgress: dossiers(departmentCode: $departmentCode, queue: IN_PROGRESS, first: 1) {\n      totalCount\n    }\n    renewalsDue: dossiers(departmentCode: $departmentCode, queue: RENEWALS_DUE, first: 1) {\n      totalCount\n    }\n  }\n": types.AssociationDepartmentCountsDocument,
    "\n  query AssociationDossiers(\n    $departmentCode: String!\n    $queue: DossierQueue\n    $reference: String\n    $first: Int! = 20\n    $after: String\n  ) {\n    dossiers(departmentCode: $departmentCode, queue: $queue, reference: $reference, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        departmentCode\n        reference\n        status\n        renewalNumber\n        version\n        updatedAt\n        submittedAt\n        currentPeriod {\n          ...PeriodFields\n        }\n      }\n    }\n  }\n": types.AssociationDossiersDocument,
    "\n  query AssociationDossier($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      ...DossierDetailFields\n      statisticsConsent\n      renewalActionsResults\n      renewalCommitmentsKept\n      renewalDifficulties\n      periods {\n        number\n        startDate\n        endDate\n        afisRequestedOn\n        afisGrantedOn\n        apsRequestedOn\n        apsIssuedOn\n        housingSupport\n        cancelledOn\n      }\n      avis {\n        id\n        renewalNumber\n        kind\n        votesFor\n        votesAgainst\n        abstentions\n        remarks\n        recordedAt\n      }\n    }\n  }\n": types.AssociationDossierDocument,
    "\n  query AssociationDossierIdentity($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      id\n      identity {\n        ...IdentityFields\n      }\n    }\n  }\n": types.AssociationDossierIdentityDocument,
    "\n  query AssociationDossierDraft($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      id\n      departmentCode\n      reference\n      status\n      version\n      returnReason\n      sex\n      ageBand\n      nationalityGroup\n      statisticsConsent\n      children\n      commitments\n      associationAvis\n      updatedAt\n      actions {\n        ...ActionFields\n      }\n      identity {\n        ...IdentityFields\n      }\n    }\n  }\n": types.AssociationDossierDraftDocument,
    "\n  mutation AssociationCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) {\n      id\n      departmentCode\n      reference\n      status\n      version\n      updatedAt\n    }\n  }\n": types.AssociationCreateDossierDocument,
    "\n  mutation AssociationUpdateDossier($input: UpdateDossierInput!) {\n    updateDossier(input: $input) {\n      id\n      reference\n      status\n      version\n      updatedAt\n    }\n  }\n": types.AssociationUpdateDossierDocument,
    "\n  mutation AssociationSubmitDossier($input: DossierVersionInput!) {\n    submitDossier(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.AssociationSubmitDossierDocument,
    "\n  mutation AssociationWithdrawDossier($input: WithdrawDossierInput!) {\n    withdrawDossier(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.AssociationWithdrawDossierDocument,
    "\n  mutation AssociationRequestRenewal($input: DossierVersionInput!) {\n    requestRenewal(input: $input) {\n      id\n      status\n      renewalNumber\n      version\n    }\n  }\n": types.AssociationRequestRenewalDocument,
    "\n  mutation AssociationAttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) {\n      id\n      kind\n      filename\n      sizeBytes\n      uploadedAt\n    }\n  }\n": types.AssociationAttachDocumentDocument,
    "\n  query AssociationDocumentContent($departmentCode: String!, $id: UUID!) {\n    documentContent(departmentCode: $departmentCode, id: $id) {\n      ...FileContentFields\n    }\n  }\n": types.AssociationDocumentContentDocument,
    "\n  mutation AssociationRequestAgrement($input: RequestAgrementInput!) {\n    requestAgrement(input: $input) {\n      id\n      departmentCode\n      status\n    }\n  }\n": types.AssociationRequestAgrementDocument,
    "\n  mutation AssociationAddAgrementPiece($departmentCode: String!, $id: UUID!, $piece: PieceInputGql!) {\n    addAgrementPiece(departmentCode: $departmentCode, id: $id, piece: $piece) {\n      id\n      status\n      version\n    }\n  }\n": types.AssociationAddAgrementPieceDocument,
    "\n  mutation AssociationRenewAgrement($departmentCode: String!, $id: UUID!) {\n    renewAgrement(departmentCode: $departmentCode, id: $id) {\n      id\n      departmentCode\n      status\n    }\n  }\n": types.AssociationRenewAgrementDocument,
    "\n  query AssociationTeam($associationId: UUID!) {\n    associationMembers(associationId: $associationId) {\n      userId\n      email\n      displayName\n      role\n      since\n      departmentCodes\n    }\n    associationInvitations(associationId: $associationId) {\n      id\n      email\n      role\n      departmentCodes\n      createdAt\n      expiresAt\n      status\n      delivery {\n        status\n        attempts\n        sentAt\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n": types.AssociationTeamDocument,
    "\n  mutation AssociationResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      email\n    }\n  }\n": types.AssociationResendInvitationDocument,
    "\n  mutation AssociationInviteMember($input: InviteAssociationMemberInput!) {\n    inviteAssociationMember(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n": types.AssociationInviteMemberDocument,
    "\n  mutation AssociationSetWorkerDepartments($associationId: UUID!, $userId: UUID!, $departmentCodes: [String!]) {\n    setWorkerDepartments(associationId: $associationId, userId: $userId, departmentCodes: $departmentCodes)\n  }\n": types.AssociationSetWorkerDepartmentsDocument,
    "\n  query CommissionSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode, openOnly: true) {\n      ...SessionFields\n      agenda {\n        id\n      }\n    }\n  }\n": types.CommissionSessionsDocument,
    "\n  query CommissionSession($departmentCode: String!, $id: UUID!) {\n    session(departmentCode: $departmentCode, id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.CommissionSessionDocument,
    "\n  query CommissionMembers($departmentCode: String!) {\n    commission(departmentCode: $departmentCode) {\n      id\n      members {\n        id\n        fullName\n        seat\n        organisation\n        voting\n        active\n      }\n    }\n  }\n": types.CommissionMembersDocument,
    "\n  query MinistryDepartments {\n    departments {\n      code\n      name\n      regionCode\n      regionName\n      sortKey\n      onboarded\n    }\n  }\n": types.MinistryDepartmentsDocument,
    "\n  query MinistryNationalReport($year: Int!, $quarter: Int, $month: Int) {\n    nationalReport(year: $year, quarter: $quarter, month: $month) {\n      periodKind\n      start\n      end\n      nationalMedianDaysToDecision\n      indicators {\n        key\n        label\n        national {\n          ...FigureFields\n        }\n        departments {\n          departmentCode\n          figure {\n            ...FigureFields\n          }\n        }\n      }\n      context {\n        ...DepartmentContextFields\n      }\n    }\n  }\n": types.MinistryNationalReportDocument,
    "\n  query MinistryDepartmentReport($departmentCode: String!, $year: Int!, $quarter: Int, $month: Int) {\n    departmentReport(departmentCode: $departmentCode, year: $year, quarter: $quarter, month: $month) {\n      periodKind\n      start\n      end\n      indicators {\n        key\n        label\n        national {\n          ...FigureFields\n        }\n        breakdowns {\n          dimension\n          categories\n          national {\n            ...FigureFields\n          }\n        }\n      }\n      context {\n        ...DepartmentContextFields\n      }\n      declared {\n        departmentCode\n        indicator\n        value\n      }\n    }\n  }\n": types.MinistryDepartmentReportDocument,
    "\n  query MinistryIndicatorSeries($indicator: String!, $from: NaiveDate!, $to: NaiveDate!, $departmentCode: String) {\n    indicatorSeries(indicator: $indicator, from: $from, to: $to, departmentCode: $departmentCode) {\n      month\n      figure {\n        ...FigureFields\n      }\n    }\n  }\n": types.MinistryIndicatorSeriesDocument,
    "\n  query MinistryExports {\n    exports {\n      id\n      format\n      status\n      periodStart\n      periodEnd\n      filename\n      createdAt\n      readyAt\n      expiresAt\n    }\n  }\n": types.MinistryExportsDocument,
    "\n  mutation MinistryRequestExport($format: ExportFormat!, $year: Int!, $quarter: Int, $month: Int) {\n    requestExport(format: $format, year: $year, quarter: $quarter, month: $month) {\n      id\n      format\n      status\n      filename\n      createdAt\n      readyAt\n      expiresAt\n    }\n  }\n": types.MinistryRequestExportDocument,
    "\n  query MinistryExportFile($id: UUID!) {\n    exportFile(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.MinistryExportFileDocument,
    "\n  query OperatorDepartments {\n    departments {\n      code\n      name\n      regionName\n      sortKey\n      onboarded\n      onboardedAt\n    }\n  }\n": types.OperatorDepartmentsDocument,
    "\n  mutation OnboardDepartment($input: OnboardDepartmentInput!) {\n    onboardDepartment(input: $input) {\n      department {\n        code\n        name\n        onboarded\n        onboardedAt\n      }\n      commission {\n        id\n        installedOn\n        arreteReference\n      }\n      invitation {\n        id\n        email\n        role\n        departmentCode\n        createdAt\n        expiresAt\n        status\n      }\n    }\n  }\n": types.OnboardDepartmentDocument,
    "\n  query OperatorDepartmentInvitations($departmentCode: String!) {\n    invitations(departmentCode: $departmentCode) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      status\n      delivery {\n        status\n        attempts\n        sentAt\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n": types.OperatorDepartmentInvitationsDocument,
    "\n  mutation OperatorResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      email\n    }\n  }\n": types.OperatorResendInvitationDocument,
    "\n  query PrefectureAgrements($departmentCode: String!, $statuses: [String!]!) {\n    agrements(departmentCode: $departmentCode, statuses: $statuses) {\n      ...AgrementWithTimelineFields\n    }\n  }\n": types.PrefectureAgrementsDocument,
    "\n  query PrefectureAgrement($departmentCode: String!, $id: UUID!) {\n    agrement(departmentCode: $departmentCode, id: $id) {\n      ...AgrementWithTimelineFields\n    }\n  }\n": types.PrefectureAgrementDocument,
    "\n  query PrefectureAgrementPieceContent($departmentCode: String!, $agrementId: UUID!, $pieceId: UUID!) {\n    agrementPieceContent(departmentCode: $departmentCode, agrementId: $agrementId, pieceId: $pieceId) {\n      ...FileContentFields\n    }\n  }\n": types.PrefectureAgrementPieceContentDocument,
    "\n  query PrefectureAgrementSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode, openOnly: true) {\n      id\n      scheduledAt\n      place\n    }\n  }\n": types.PrefectureAgrementSessionsDocument,
    "\n  mutation PrefectureRequestMissingPieces($input: RequestMissingPiecesInput!) {\n    requestMissingPieces(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PrefectureRequestMissingPiecesDocument,
    "\n  mutation PrefectureMarkAgrementComplete($input: AgrementStepInput!) {\n    markAgrementComplete(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PrefectureMarkAgrementCompleteDocument,
    "\n  mutation PrefectureDecideAgrement($input: DecideAgrementInput!) {\n    decideAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PrefectureDecideAgrementDocument,
    "\n  mutation PrefectureSuspendAgrement($input: EndAgrementInput!) {\n    suspendAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PrefectureSuspendAgrementDocument,
    "\n  mutation PrefectureLiftAgrementSuspension($input: EndAgrementInput!) {\n    liftAgrementSuspension(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PrefectureLiftAgrementSuspensionDocument,
    "\n  mutation PrefectureWithdrawAgrement($input: EndAgrementInput!) {\n    withdrawAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PrefectureWithdrawAgrementDocument,
    "\n  mutation PrefectureReviewAgrement($input: ReviewAgrementInput!) {\n    reviewAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PrefectureReviewAgrementDocument,
    "\n  query PrefectureTransfers($departmentCode: String!) {\n    transfers(departmentCode: $departmentCode) {\n      id\n      dossierId\n      dossierReference\n      fromAssociationId\n      fromAssociationName\n      toAssociationId\n      toAssociationName\n      status\n      proposedAt\n      answeredAt\n      answerReason\n    }\n  }\n": types.PrefectureTransfersDocument,
    "\n  query PrefectureCommission($departmentCode: String!, $activeOn: NaiveDate) {\n    commission(departmentCode: $departmentCode) {\n      id\n      installedOn\n      arreteReference\n      members(activeOn: $activeOn) {\n        id\n        fullName\n        seat\n        organisation\n        associationId\n        userId\n        voting\n        termStart\n        termEnd\n        endedOn\n        endedReason\n        active\n        email\n        linked\n        invited\n      }\n    }\n  }\n": types.PrefectureCommissionDocument,
    "\n  query PrefectureCommissionAssociations {\n    associations {\n      id\n      name\n      seatDepartmentCode\n    }\n  }\n": types.PrefectureCommissionAssociationsDocument,
    "\n  mutation PrefectureAddCommissionMember($input: AddCommissionMemberInput!) {\n    addCommissionMember(input: $input) {\n      id\n      fullName\n      seat\n      termStart\n      termEnd\n    }\n  }\n": types.PrefectureAddCommissionMemberDocument,
    "\n  mutation PrefectureEndCommissionMemberTerm($input: EndCommissionMemberTermInput!) {\n    endCommissionMemberTerm(input: $input) {\n      id\n      fullName\n      endedOn\n      endedReason\n      active\n    }\n  }\n": types.PrefectureEndCommissionMemberTermDocument,
    "\n  mutation PrefectureUpdateCommissionMember($input: UpdateCommissionMemberInput!) {\n    updateCommissionMember(input: $input) {\n      id\n      fullName\n      organisation\n      email\n      voting\n      termEnd\n    }\n  }\n": types.PrefectureUpdateCommissionMemberDocument,
    "\n  mutation PrefectureInviteCommissionMember($input: InviteCommissionMemberInput!) {\n    inviteCommissionMember(input: $input) {\n      id\n      fullName\n      linked\n      invited\n    }\n  }\n": types.PrefectureInviteCommissionMemberDocument,
    "\n  query PrefectureDecisionSignatory($departmentCode: String!) {\n    decisionSignatory(departmentCode: $departmentCode) {\n      firstName\n      lastName\n      quality\n      delegation\n      tribunal\n      version\n      updatedAt\n    }\n  }\n": types.PrefectureDecisionSignatoryDocument,
    "\n  mutation PrefectureSetDecisionSignatory($input: SetDecisionSignatoryInput!) {\n    setDecisionSignatory(input: $input) {\n      firstName\n      lastName\n      quality\n      delegation\n      tribunal\n      version\n      updatedAt\n    }\n  }\n": types.PrefectureSetDecisionSignatoryDocument,
    "\n  query PrefectureOpenSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode, openOnly: true) {\n      id\n      scheduledAt\n      place\n      status\n    }\n  }\n": types.PrefectureOpenSessionsDocument,
    "\n  query PrefectureQueueCounts($departmentCode: String!) {\n    toComplete: dossiers(departmentCode: $departmentCode, queue: TO_COMPLETE, first: 1) {\n      totalCount\n    }\n    toSchedule: dossiers(departmentCode: $departmentCode, queue: TO_SCHEDULE, first: 1) {\n      totalCount\n    }\n    onAgenda: dossiers(departmentCode: $departmentCode, queue: ON_AGENDA, first: 1) {\n      totalCount\n    }\n    awaitingDecision: dossiers(departmentCode: $departmentCode, queue: AWAITING_DECISION, first: 1) {\n      totalCount\n    }\n    renewalsDue: dossiers(departmentCode: $departmentCode, queue: RENEWALS_DUE, first: 1) {\n      totalCount\n    }\n    periodsEnded: dossiers(departmentCode: $departmentCode, queue: PERIODS_ENDED, first: 1) {\n      totalCount\n    }\n    toTransfer: dossiers(departmentCode: $departmentCode, queue: TO_TRANSFER, first: 1) {\n      totalCount\n    }\n  }\n": types.PrefectureQueueCountsDocument,
    "\n  query PrefectureDossiers(\n    $departmentCode: String!\n    $queue: DossierQueue\n    $reference: String\n    $first: Int!\n    $after: String\n  ) {\n    dossiers(departmentCode: $departmentCode, queue: $queue, reference: $reference, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        status\n        renewalNumber\n        submittedAt\n        updatedAt\n        association {\n          id\n          name\n        }\n        currentPeriod {\n          ...PeriodFields\n        }\n        avis {\n          renewalNumber\n          kind\n          votesFor\n          votesAgainst\n          abstentions\n          recordedAt\n        }\n      }\n    }\n  }\n": types.PrefectureDossiersDocument,
    "\n  query PrefectureDossier($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      ...DossierDetailFields\n      periods {\n        number\n        startDate\n        endDate\n        decisionId\n        afisRequestedOn\n        afisGrantedOn\n        afisMonthlyCents\n        afisLastPaidMonth\n        apsRequestedOn\n        apsIssuedOn\n        housingSupport\n        stoppedOn\n        cancelledOn\n      }\n      avis {\n        id\n        sessionId\n        renewalNumber\n        kind\n        votesFor\n        votesAgainst\n        abstentions\n        castingVoteUsed\n        remarks\n        recordedAt\n      }\n    }\n  }\n": types.PrefectureDossierDocument,
    "\n  query PrefectureDossierIdentity($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      id\n      identity {\n        ...IdentityFields\n      }\n    }\n  }\n": types.PrefectureDossierIdentityDocument,
    "\n  query PrefectureDecisionLetter($departmentCode: String!, $decisionId: UUID!) {\n    decisionLetterPdf(departmentCode: $departmentCode, decisionId: $decisionId)\n  }\n": types.PrefectureDecisionLetterDocument,
    "\n  query PrefectureDocumentContent($departmentCode: String!, $id: UUID!) {\n    documentContent(departmentCode: $departmentCode, id: $id) {\n      ...FileContentFields\n    }\n  }\n": types.PrefectureDocumentContentDocument,
    "\n  mutation PrefectureReturnDossier($input: ReturnDossierInput!) {\n    returnDossierForCompletion(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PrefectureReturnDossierDocument,
    "\n  mutation PrefectureDecideDossier($input: DecideDossierInput!) {\n    decideDossier(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PrefectureDecideDossierDocument,
    "\n  mutation PrefectureStopParcours($input: StopParcoursInput!) {\n    stopParcours(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PrefectureStopParcoursDocument,
    "\n  mutation PrefectureRecordPeriodBenefits($input: RecordPeriodBenefitsInput!) {\n    recordPeriodBenefits(input: $input) {\n      number\n      afisMonthlyCents\n    }\n  }\n": types.PrefectureRecordPeriodBenefitsDocument,
    "\n  query PrefectureDeclaredIndicators($departmentCode: String!) {\n    declaredIndicators(departmentCode: $departmentCode) {\n      id\n      periodKind\n      periodStart\n      indicator\n      value\n      note\n      declaredAt\n      declaredBy\n    }\n  }\n": types.PrefectureDeclaredIndicatorsDocument,
    "\n  mutation PrefectureDeclareIndicators($input: DeclareIndicatorsInput!) {\n    declareIndicators(input: $input) {\n      id\n      periodKind\n      periodStart\n      indicator\n      value\n    }\n  }\n": types.PrefectureDeclareIndicatorsDocument,
    "\n  query PrefectureSessionConvocations($departmentCode: String!, $sessionId: UUID!) {\n    sessionConvocations(departmentCode: $departmentCode, sessionId: $sessionId) {\n      updateDueAt\n      urgency\n      messages {\n        id\n        memberName\n        kind\n        recipient\n        createdAt\n        delivery {\n          status\n          attempts\n          sentAt\n          nextAttemptAt\n          lastError\n        }\n      }\n    }\n  }\n": types.PrefectureSessionConvocationsDocument,
    "\n  mutation PrefectureSendConvocations($input: SendConvocationsInput!) {\n    sendConvocations(input: $input)\n  }\n": types.PrefectureSendConvocationsDocument,
    "\n  query PrefectureSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode) {\n      ...SessionFields\n      hasMinutes\n      agenda {\n        id\n        avisKind\n      }\n    }\n  }\n": types.PrefectureSessionsDocument,
    "\n  mutation PrefectureScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n      scheduledAt\n      place\n    }\n  }\n": types.PrefectureScheduleSessionDocument,
    "\n  query PrefectureSession($departmentCode: String!, $id: UUID!) {\n    session(departmentCode: $departmentCode, id: $id) {\n      ...SessionDetailFields\n      hasMinutes\n      agenda {\n        dossierId\n        dossierVersion\n        associationId\n      }\n    }\n  }\n": types.PrefectureSessionDocument,
    "\n  query PrefectureSessionMembers($departmentCode: String!, $activeOn: NaiveDate!) {\n    commission(departmentCode: $departmentCode) {\n      id\n      members(activeOn: $activeOn) {\n        id\n        fullName\n        seat\n        organisation\n        associationId\n        voting\n      }\n    }\n  }\n": types.PrefectureSessionMembersDocument,
    "\n  query PrefectureSessionDossiers($departmentCode: String!, $queue: DossierQueue!) {\n    dossiers(departmentCode: $departmentCode, queue: $queue, first: 100) {\n      nodes {\n        id\n        reference\n        version\n        renewalNumber\n        submittedAt\n        agendaSessionId\n        association {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PrefectureSessionDossiersDocument,
    "\n  mutation PrefectureAddToAgenda($input: AddToAgendaInput!) {\n    addToAgenda(input: $input) {\n      id\n      reference\n      status\n      agendaSessionId\n    }\n  }\n": types.PrefectureAddToAgendaDocument,
    "\n  mutation PrefectureRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      attendance {\n        memberId\n        present\n        mode\n        mandateTo\n      }\n    }\n  }\n": types.PrefectureRecordAttendanceDocument,
    "\n  mutation PrefectureRecordAvis($input: RecordAvisInput!) {\n    recordAvis(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n": types.PrefectureRecordAvisDocument,
    "\n  mutation PrefectureCloseSession($input: CloseSessionInput!) {\n    closeSession(input: $input) {\n      id\n      status\n      closedAt\n      hasMinutes\n    }\n  }\n": types.PrefectureCloseSessionDocument,
    "\n  query PrefectureSessionMinutes($departmentCode: String!, $id: UUID!) {\n    session(departmentCode: $departmentCode, id: $id) {\n      id\n      scheduledAt\n      minutesPdf\n    }\n  }\n": types.PrefectureSessionMinutesDocument,
    "\n  mutation PrefectureAdjournSession($input: SessionRefInput!) {\n    adjournSession(input: $input) {\n      id\n      status\n      quorumMembers\n      quorumCounted\n    }\n  }\n": types.PrefectureAdjournSessionDocument,
    "\n  mutation PrefectureCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      endReason\n    }\n  }\n": types.PrefectureCancelSessionDocument,
    "\n  mutation PrefectureScheduleSecondConvocation($input: ScheduleSecondConvocationInput!) {\n    scheduleSecondConvocation(input: $input) {\n      id\n      scheduledAt\n    }\n  }\n": types.PrefectureScheduleSecondConvocationDocument,
    "\n  mutation PrefectureRemoveFromAgenda($input: RemoveFromAgendaInput!) {\n    removeFromAgenda(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n": types.PrefectureRemoveFromAgendaDocument,
    "\n  query PrefectureDepartmentUsers($departmentCode: String!) {\n    departmentUsers(departmentCode: $departmentCode) {\n      userId\n      email\n      displayName\n      role\n      since\n    }\n  }\n": types.PrefectureDepartmentUsersDocument,
    "\n  query PrefectureInvitations($departmentCode: String!) {\n    invitations(departmentCode: $departmentCode) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      status\n      delivery {\n        status\n        attempts\n        sentAt\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n": types.PrefectureInvitationsDocument,
    "\n  mutation PrefectureResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      email\n    }\n  }\n": types.PrefectureResendInvitationDocument,
    "\n  mutation PrefectureInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": types.PrefectureInviteUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeriodFields on Period {\n    number\n    startDate\n    endDate\n  }\n"): typeof import('./graphql').PeriodFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdentityFields on Identity {\n    firstName\n    lastName\n    birthDate\n    nationality\n    contact\n  }\n"): typeof import('./graphql').IdentityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionFields on Action {\n    id\n    domain\n    description\n    durationMonths\n    expectedResult\n  }\n"): typeof import('./graphql').ActionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FileContentFields on DocumentContent {\n    filename\n    contentType\n    contentBase64\n  }\n"): typeof import('./graphql').FileContentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DossierDetailFields on Dossier {\n    id\n    departmentCode\n    reference\n    status\n    renewalNumber\n    version\n    stopReason\n    returnReason\n    agendaSessionId\n    createdAt\n    updatedAt\n    submittedAt\n    closedAt\n    sex\n    ageBand\n    nationalityGroup\n    children\n    commitments\n    associationAvis\n    association {\n      id\n      name\n    }\n    currentPeriod {\n      ...PeriodFields\n    }\n    actions {\n      ...ActionFields\n    }\n    decisions {\n      id\n      renewalNumber\n      outcome\n      decidedOn\n      reference\n      reasons\n      stopReason\n    }\n    documents {\n      id\n      kind\n      filename\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n    timeline {\n      occurredAt\n      actorRole\n      kind\n      details\n    }\n  }\n"): typeof import('./graphql').DossierDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgrementFields on Agrement {\n    id\n    departmentCode\n    associationId\n    associationName\n    status\n    tacit\n    validFrom\n    validUntil\n    arreteReference\n    requestedOn\n    missingPiecesDeadline\n    tacitOn\n    renewalOf\n    missingPieces\n    missingPiecesNotifiedOn\n    completedOn\n    decidedOn\n    reasons\n    version\n    pieces {\n      id\n      kind\n      filename\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n"): typeof import('./graphql').AgrementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgrementWithTimelineFields on Agrement {\n    ...AgrementFields\n    timeline {\n      occurredAt\n      actorRole\n      kind\n      details\n    }\n  }\n"): typeof import('./graphql').AgrementWithTimelineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id\n    scheduledAt\n    place\n    visio\n    secondConvocation\n    followsSessionId\n    followedBySessionId\n    status\n    closedAt\n    openedAt\n    quorumMembers\n    quorumCounted\n    endedAt\n    endReason\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionDetailFields on Session {\n    ...SessionFields\n    convenedAt\n    agenda {\n      id\n      position\n      dossierReference\n      associationName\n      renewalNumber\n      avisKind\n      votesFor\n      votesAgainst\n      abstentions\n    }\n    attendance {\n      memberId\n      present\n      mode\n      mandateTo\n    }\n  }\n"): typeof import('./graphql').SessionDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureFields on Figure {\n    value\n    label\n    hidden\n    reason\n  }\n"): typeof import('./graphql').FigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentContextFields on DepartmentContext {\n    departmentCode\n    commissionInstalledOn\n    sessionsHeld\n    associationsInForce\n    medianDaysToDecision\n  }\n"): typeof import('./graphql').DepartmentContextFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      userId\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!, $name: String!) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      token\n      expiresAt\n      userId\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken {\n    refreshToken {\n      token\n      expiresAt\n      userId\n    }\n  }\n"): typeof import('./graphql').RefreshTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        role\n        departmentCode\n        departmentName\n        associationId\n        associationName\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMembership($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input)\n  }\n"): typeof import('./graphql').RevokeMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationRecordPeriodBenefits($input: RecordPeriodBenefitsInput!) {\n    recordPeriodBenefits(input: $input) {\n      number\n      afisRequestedOn\n      apsRequestedOn\n      housingSupport\n    }\n  }\n"): typeof import('./graphql').AssociationRecordPeriodBenefitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationRecordRenewalEvaluation($input: RenewalEvaluationInput!) {\n    recordRenewalEvaluation(input: $input) {\n      id\n      version\n      renewalActionsResults\n      renewalCommitmentsKept\n      renewalDifficulties\n    }\n  }\n"): typeof import('./graphql').AssociationRecordRenewalEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationAgrements($statuses: [String!]! = []) {\n    agrements(statuses: $statuses) {\n      ...AgrementFields\n    }\n  }\n"): typeof import('./graphql').AssociationAgrementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationDepartments {\n    departments {\n      code\n      name\n      sortKey\n      onboarded\n    }\n  }\n"): typeof import('./graphql').AssociationDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationDepartmentCounts($departmentCode: String!) {\n    toComplete: dossiers(departmentCode: $departmentCode, queue: TO_COMPLETE, first: 1) {\n      totalCount\n    }\n    toSchedule: dossiers(departmentCode: $departmentCode, queue: TO_SCHEDULE, first: 1) {\n      totalCount\n    }\n    onAgenda: dossiers(departmentCode: $departmentCode, queue: ON_AGENDA, first: 1) {\n      totalCount\n    }\n    awaitingDecision: dossiers(departmentCode: $departmentCode, queue: AWAITING_DECISION, first: 1) {\n      totalCount\n    }\n    inProgress: dossiers(departmentCode: $departmentCode, queue: IN_PROGRESS, first: 1) {\n      totalCount\n    }\n    renewalsDue: dossiers(departmentCode: $departmentCode, queue: RENEWALS_DUE, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AssociationDepartmentCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationDossiers(\n    $departmentCode: String!\n    $queue: DossierQueue\n    $reference: String\n    $first: Int! = 20\n    $after: String\n  ) {\n    dossiers(departmentCode: $departmentCode, queue: $queue, reference: $reference, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        departmentCode\n        reference\n        status\n        renewalNumber\n        version\n        updatedAt\n        submittedAt\n        currentPeriod {\n          ...PeriodFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssociationDossiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationDossier($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      ...DossierDetailFields\n      statisticsConsent\n      renewalActionsResults\n      renewalCommitmentsKept\n      renewalDifficulties\n      periods {\n        number\n        startDate\n        endDate\n        afisRequestedOn\n        afisGrantedOn\n        apsRequestedOn\n        apsIssuedOn\n        housingSupport\n        cancelledOn\n      }\n      avis {\n        id\n        renewalNumber\n        kind\n        votesFor\n        votesAgainst\n        abstentions\n        remarks\n        recordedAt\n      }\n    }\n  }\n"): typeof import('./graphql').AssociationDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationDossierIdentity($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      id\n      identity {\n        ...IdentityFields\n      }\n    }\n  }\n"): typeof import('./graphql').AssociationDossierIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationDossierDraft($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      id\n      departmentCode\n      reference\n      status\n      version\n      returnReason\n      sex\n      ageBand\n      nationalityGroup\n      statisticsConsent\n      children\n      commitments\n      associationAvis\n      updatedAt\n      actions {\n        ...ActionFields\n      }\n      identity {\n        ...IdentityFields\n      }\n    }\n  }\n"): typeof import('./graphql').AssociationDossierDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) {\n      id\n      departmentCode\n      reference\n      status\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').AssociationCreateDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationUpdateDossier($input: UpdateDossierInput!) {\n    updateDossier(input: $input) {\n      id\n      reference\n      status\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').AssociationUpdateDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationSubmitDossier($input: DossierVersionInput!) {\n    submitDossier(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').AssociationSubmitDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationWithdrawDossier($input: WithdrawDossierInput!) {\n    withdrawDossier(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').AssociationWithdrawDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationRequestRenewal($input: DossierVersionInput!) {\n    requestRenewal(input: $input) {\n      id\n      status\n      renewalNumber\n      version\n    }\n  }\n"): typeof import('./graphql').AssociationRequestRenewalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationAttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) {\n      id\n      kind\n      filename\n      sizeBytes\n      uploadedAt\n    }\n  }\n"): typeof import('./graphql').AssociationAttachDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationDocumentContent($departmentCode: String!, $id: UUID!) {\n    documentContent(departmentCode: $departmentCode, id: $id) {\n      ...FileContentFields\n    }\n  }\n"): typeof import('./graphql').AssociationDocumentContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationRequestAgrement($input: RequestAgrementInput!) {\n    requestAgrement(input: $input) {\n      id\n      departmentCode\n      status\n    }\n  }\n"): typeof import('./graphql').AssociationRequestAgrementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationAddAgrementPiece($departmentCode: String!, $id: UUID!, $piece: PieceInputGql!) {\n    addAgrementPiece(departmentCode: $departmentCode, id: $id, piece: $piece) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').AssociationAddAgrementPieceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationRenewAgrement($departmentCode: String!, $id: UUID!) {\n    renewAgrement(departmentCode: $departmentCode, id: $id) {\n      id\n      departmentCode\n      status\n    }\n  }\n"): typeof import('./graphql').AssociationRenewAgrementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationTeam($associationId: UUID!) {\n    associationMembers(associationId: $associationId) {\n      userId\n      email\n      displayName\n      role\n      since\n      departmentCodes\n    }\n    associationInvitations(associationId: $associationId) {\n      id\n      email\n      role\n      departmentCodes\n      createdAt\n      expiresAt\n      status\n      delivery {\n        status\n        attempts\n        sentAt\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n"): typeof import('./graphql').AssociationTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').AssociationResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationInviteMember($input: InviteAssociationMemberInput!) {\n    inviteAssociationMember(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n"): typeof import('./graphql').AssociationInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssociationSetWorkerDepartments($associationId: UUID!, $userId: UUID!, $departmentCodes: [String!]) {\n    setWorkerDepartments(associationId: $associationId, userId: $userId, departmentCodes: $departmentCodes)\n  }\n"): typeof import('./graphql').AssociationSetWorkerDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode, openOnly: true) {\n      ...SessionFields\n      agenda {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CommissionSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionSession($departmentCode: String!, $id: UUID!) {\n    session(departmentCode: $departmentCode, id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): typeof import('./graphql').CommissionSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionMembers($departmentCode: String!) {\n    commission(departmentCode: $departmentCode) {\n      id\n      members {\n        id\n        fullName\n        seat\n        organisation\n        voting\n        active\n      }\n    }\n  }\n"): typeof import('./graphql').CommissionMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryDepartments {\n    departments {\n      code\n      name\n      regionCode\n      regionName\n      sortKey\n      onboarded\n    }\n  }\n"): typeof import('./graphql').MinistryDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryNationalReport($year: Int!, $quarter: Int, $month: Int) {\n    nationalReport(year: $year, quarter: $quarter, month: $month) {\n      periodKind\n      start\n      end\n      nationalMedianDaysToDecision\n      indicators {\n        key\n        label\n        national {\n          ...FigureFields\n        }\n        departments {\n          departmentCode\n          figure {\n            ...FigureFields\n          }\n        }\n      }\n      context {\n        ...DepartmentContextFields\n      }\n    }\n  }\n"): typeof import('./graphql').MinistryNationalReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryDepartmentReport($departmentCode: String!, $year: Int!, $quarter: Int, $month: Int) {\n    departmentReport(departmentCode: $departmentCode, year: $year, quarter: $quarter, month: $month) {\n      periodKind\n      start\n      end\n      indicators {\n        key\n        label\n        national {\n          ...FigureFields\n        }\n        breakdowns {\n          dimension\n          categories\n          national {\n            ...FigureFields\n          }\n        }\n      }\n      context {\n        ...DepartmentContextFields\n      }\n      declared {\n        departmentCode\n        indicator\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').MinistryDepartmentReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryIndicatorSeries($indicator: String!, $from: NaiveDate!, $to: NaiveDate!, $departmentCode: String) {\n    indicatorSeries(indicator: $indicator, from: $from, to: $to, departmentCode: $departmentCode) {\n      month\n      figure {\n        ...FigureFields\n      }\n    }\n  }\n"): typeof import('./graphql').MinistryIndicatorSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryExports {\n    exports {\n      id\n      format\n      status\n      periodStart\n      periodEnd\n      filename\n      createdAt\n      readyAt\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MinistryExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MinistryRequestExport($format: ExportFormat!, $year: Int!, $quarter: Int, $month: Int) {\n    requestExport(format: $format, year: $year, quarter: $quarter, month: $month) {\n      id\n      format\n      status\n      filename\n      createdAt\n      readyAt\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MinistryRequestExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryExportFile($id: UUID!) {\n    exportFile(id: $id) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').MinistryExportFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorDepartments {\n    departments {\n      code\n      name\n      regionName\n      sortKey\n      onboarded\n      onboardedAt\n    }\n  }\n"): typeof import('./graphql').OperatorDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardDepartment($input: OnboardDepartmentInput!) {\n    onboardDepartment(input: $input) {\n      department {\n        code\n        name\n        onboarded\n        onboardedAt\n      }\n      commission {\n        id\n        installedOn\n        arreteReference\n      }\n      invitation {\n        id\n        email\n        role\n        departmentCode\n        createdAt\n        expiresAt\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').OnboardDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorDepartmentInvitations($departmentCode: String!) {\n    invitations(departmentCode: $departmentCode) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      status\n      delivery {\n        status\n        attempts\n        sentAt\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n"): typeof import('./graphql').OperatorDepartmentInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').OperatorResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureAgrements($departmentCode: String!, $statuses: [String!]!) {\n    agrements(departmentCode: $departmentCode, statuses: $statuses) {\n      ...AgrementWithTimelineFields\n    }\n  }\n"): typeof import('./graphql').PrefectureAgrementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureAgrement($departmentCode: String!, $id: UUID!) {\n    agrement(departmentCode: $departmentCode, id: $id) {\n      ...AgrementWithTimelineFields\n    }\n  }\n"): typeof import('./graphql').PrefectureAgrementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureAgrementPieceContent($departmentCode: String!, $agrementId: UUID!, $pieceId: UUID!) {\n    agrementPieceContent(departmentCode: $departmentCode, agrementId: $agrementId, pieceId: $pieceId) {\n      ...FileContentFields\n    }\n  }\n"): typeof import('./graphql').PrefectureAgrementPieceContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureAgrementSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode, openOnly: true) {\n      id\n      scheduledAt\n      place\n    }\n  }\n"): typeof import('./graphql').PrefectureAgrementSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureRequestMissingPieces($input: RequestMissingPiecesInput!) {\n    requestMissingPieces(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PrefectureRequestMissingPiecesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureMarkAgrementComplete($input: AgrementStepInput!) {\n    markAgrementComplete(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PrefectureMarkAgrementCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureDecideAgrement($input: DecideAgrementInput!) {\n    decideAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PrefectureDecideAgrementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureSuspendAgrement($input: EndAgrementInput!) {\n    suspendAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PrefectureSuspendAgrementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureLiftAgrementSuspension($input: EndAgrementInput!) {\n    liftAgrementSuspension(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PrefectureLiftAgrementSuspensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureWithdrawAgrement($input: EndAgrementInput!) {\n    withdrawAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PrefectureWithdrawAgrementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureReviewAgrement($input: ReviewAgrementInput!) {\n    reviewAgrement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PrefectureReviewAgrementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureTransfers($departmentCode: String!) {\n    transfers(departmentCode: $departmentCode) {\n      id\n      dossierId\n      dossierReference\n      fromAssociationId\n      fromAssociationName\n      toAssociationId\n      toAssociationName\n      status\n      proposedAt\n      answeredAt\n      answerReason\n    }\n  }\n"): typeof import('./graphql').PrefectureTransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureCommission($departmentCode: String!, $activeOn: NaiveDate) {\n    commission(departmentCode: $departmentCode) {\n      id\n      installedOn\n      arreteReference\n      members(activeOn: $activeOn) {\n        id\n        fullName\n        seat\n        organisation\n        associationId\n        userId\n        voting\n        termStart\n        termEnd\n        endedOn\n        endedReason\n        active\n        email\n        linked\n        invited\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureCommissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureCommissionAssociations {\n    associations {\n      id\n      name\n      seatDepartmentCode\n    }\n  }\n"): typeof import('./graphql').PrefectureCommissionAssociationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureAddCommissionMember($input: AddCommissionMemberInput!) {\n    addCommissionMember(input: $input) {\n      id\n      fullName\n      seat\n      termStart\n      termEnd\n    }\n  }\n"): typeof import('./graphql').PrefectureAddCommissionMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureEndCommissionMemberTerm($input: EndCommissionMemberTermInput!) {\n    endCommissionMemberTerm(input: $input) {\n      id\n      fullName\n      endedOn\n      endedReason\n      active\n    }\n  }\n"): typeof import('./graphql').PrefectureEndCommissionMemberTermDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureUpdateCommissionMember($input: UpdateCommissionMemberInput!) {\n    updateCommissionMember(input: $input) {\n      id\n      fullName\n      organisation\n      email\n      voting\n      termEnd\n    }\n  }\n"): typeof import('./graphql').PrefectureUpdateCommissionMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureInviteCommissionMember($input: InviteCommissionMemberInput!) {\n    inviteCommissionMember(input: $input) {\n      id\n      fullName\n      linked\n      invited\n    }\n  }\n"): typeof import('./graphql').PrefectureInviteCommissionMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureDecisionSignatory($departmentCode: String!) {\n    decisionSignatory(departmentCode: $departmentCode) {\n      firstName\n      lastName\n      quality\n      delegation\n      tribunal\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').PrefectureDecisionSignatoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureSetDecisionSignatory($input: SetDecisionSignatoryInput!) {\n    setDecisionSignatory(input: $input) {\n      firstName\n      lastName\n      quality\n      delegation\n      tribunal\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').PrefectureSetDecisionSignatoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureOpenSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode, openOnly: true) {\n      id\n      scheduledAt\n      place\n      status\n    }\n  }\n"): typeof import('./graphql').PrefectureOpenSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureQueueCounts($departmentCode: String!) {\n    toComplete: dossiers(departmentCode: $departmentCode, queue: TO_COMPLETE, first: 1) {\n      totalCount\n    }\n    toSchedule: dossiers(departmentCode: $departmentCode, queue: TO_SCHEDULE, first: 1) {\n      totalCount\n    }\n    onAgenda: dossiers(departmentCode: $departmentCode, queue: ON_AGENDA, first: 1) {\n      totalCount\n    }\n    awaitingDecision: dossiers(departmentCode: $departmentCode, queue: AWAITING_DECISION, first: 1) {\n      totalCount\n    }\n    renewalsDue: dossiers(departmentCode: $departmentCode, queue: RENEWALS_DUE, first: 1) {\n      totalCount\n    }\n    periodsEnded: dossiers(departmentCode: $departmentCode, queue: PERIODS_ENDED, first: 1) {\n      totalCount\n    }\n    toTransfer: dossiers(departmentCode: $departmentCode, queue: TO_TRANSFER, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').PrefectureQueueCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureDossiers(\n    $departmentCode: String!\n    $queue: DossierQueue\n    $reference: String\n    $first: Int!\n    $after: String\n  ) {\n    dossiers(departmentCode: $departmentCode, queue: $queue, reference: $reference, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        status\n        renewalNumber\n        submittedAt\n        updatedAt\n        association {\n          id\n          name\n        }\n        currentPeriod {\n          ...PeriodFields\n        }\n        avis {\n          renewalNumber\n          kind\n          votesFor\n          votesAgainst\n          abstentions\n          recordedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureDossiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureDossier($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      ...DossierDetailFields\n      periods {\n        number\n        startDate\n        endDate\n        decisionId\n        afisRequestedOn\n        afisGrantedOn\n        afisMonthlyCents\n        afisLastPaidMonth\n        apsRequestedOn\n        apsIssuedOn\n        housingSupport\n        stoppedOn\n        cancelledOn\n      }\n      avis {\n        id\n        sessionId\n        renewalNumber\n        kind\n        votesFor\n        votesAgainst\n        abstentions\n        castingVoteUsed\n        remarks\n        recordedAt\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureDossierIdentity($departmentCode: String!, $id: UUID!) {\n    dossier(departmentCode: $departmentCode, id: $id) {\n      id\n      identity {\n        ...IdentityFields\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureDossierIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureDecisionLetter($departmentCode: String!, $decisionId: UUID!) {\n    decisionLetterPdf(departmentCode: $departmentCode, decisionId: $decisionId)\n  }\n"): typeof import('./graphql').PrefectureDecisionLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureDocumentContent($departmentCode: String!, $id: UUID!) {\n    documentContent(departmentCode: $departmentCode, id: $id) {\n      ...FileContentFields\n    }\n  }\n"): typeof import('./graphql').PrefectureDocumentContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureReturnDossier($input: ReturnDossierInput!) {\n    returnDossierForCompletion(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PrefectureReturnDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureDecideDossier($input: DecideDossierInput!) {\n    decideDossier(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PrefectureDecideDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureStopParcours($input: StopParcoursInput!) {\n    stopParcours(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').PrefectureStopParcoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureRecordPeriodBenefits($input: RecordPeriodBenefitsInput!) {\n    recordPeriodBenefits(input: $input) {\n      number\n      afisMonthlyCents\n    }\n  }\n"): typeof import('./graphql').PrefectureRecordPeriodBenefitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureDeclaredIndicators($departmentCode: String!) {\n    declaredIndicators(departmentCode: $departmentCode) {\n      id\n      periodKind\n      periodStart\n      indicator\n      value\n      note\n      declaredAt\n      declaredBy\n    }\n  }\n"): typeof import('./graphql').PrefectureDeclaredIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureDeclareIndicators($input: DeclareIndicatorsInput!) {\n    declareIndicators(input: $input) {\n      id\n      periodKind\n      periodStart\n      indicator\n      value\n    }\n  }\n"): typeof import('./graphql').PrefectureDeclareIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureSessionConvocations($departmentCode: String!, $sessionId: UUID!) {\n    sessionConvocations(departmentCode: $departmentCode, sessionId: $sessionId) {\n      updateDueAt\n      urgency\n      messages {\n        id\n        memberName\n        kind\n        recipient\n        createdAt\n        delivery {\n          status\n          attempts\n          sentAt\n          nextAttemptAt\n          lastError\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureSessionConvocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureSendConvocations($input: SendConvocationsInput!) {\n    sendConvocations(input: $input)\n  }\n"): typeof import('./graphql').PrefectureSendConvocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureSessions($departmentCode: String!) {\n    sessions(departmentCode: $departmentCode) {\n      ...SessionFields\n      hasMinutes\n      agenda {\n        id\n        avisKind\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n      scheduledAt\n      place\n    }\n  }\n"): typeof import('./graphql').PrefectureScheduleSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureSession($departmentCode: String!, $id: UUID!) {\n    session(departmentCode: $departmentCode, id: $id) {\n      ...SessionDetailFields\n      hasMinutes\n      agenda {\n        dossierId\n        dossierVersion\n        associationId\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureSessionMembers($departmentCode: String!, $activeOn: NaiveDate!) {\n    commission(departmentCode: $departmentCode) {\n      id\n      members(activeOn: $activeOn) {\n        id\n        fullName\n        seat\n        organisation\n        associationId\n        voting\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureSessionMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureSessionDossiers($departmentCode: String!, $queue: DossierQueue!) {\n    dossiers(departmentCode: $departmentCode, queue: $queue, first: 100) {\n      nodes {\n        id\n        reference\n        version\n        renewalNumber\n        submittedAt\n        agendaSessionId\n        association {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureSessionDossiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureAddToAgenda($input: AddToAgendaInput!) {\n    addToAgenda(input: $input) {\n      id\n      reference\n      status\n      agendaSessionId\n    }\n  }\n"): typeof import('./graphql').PrefectureAddToAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      attendance {\n        memberId\n        present\n        mode\n        mandateTo\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureRecordAvis($input: RecordAvisInput!) {\n    recordAvis(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n"): typeof import('./graphql').PrefectureRecordAvisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureCloseSession($input: CloseSessionInput!) {\n    closeSession(input: $input) {\n      id\n      status\n      closedAt\n      hasMinutes\n    }\n  }\n"): typeof import('./graphql').PrefectureCloseSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureSessionMinutes($departmentCode: String!, $id: UUID!) {\n    session(departmentCode: $departmentCode, id: $id) {\n      id\n      scheduledAt\n      minutesPdf\n    }\n  }\n"): typeof import('./graphql').PrefectureSessionMinutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureAdjournSession($input: SessionRefInput!) {\n    adjournSession(input: $input) {\n      id\n      status\n      quorumMembers\n      quorumCounted\n    }\n  }\n"): typeof import('./graphql').PrefectureAdjournSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      endReason\n    }\n  }\n"): typeof import('./graphql').PrefectureCancelSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureScheduleSecondConvocation($input: ScheduleSecondConvocationInput!) {\n    scheduleSecondConvocation(input: $input) {\n      id\n      scheduledAt\n    }\n  }\n"): typeof import('./graphql').PrefectureScheduleSecondConvocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureRemoveFromAgenda($input: RemoveFromAgendaInput!) {\n    removeFromAgenda(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n"): typeof import('./graphql').PrefectureRemoveFromAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureDepartmentUsers($departmentCode: String!) {\n    departmentUsers(departmentCode: $departmentCode) {\n      userId\n      email\n      displayName\n      role\n      since\n    }\n  }\n"): typeof import('./graphql').PrefectureDepartmentUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureInvitations($departmentCode: String!) {\n    invitations(departmentCode: $departmentCode) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      status\n      delivery {\n        status\n        attempts\n        sentAt\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n"): typeof import('./graphql').PrefectureInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').PrefectureResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrefectureInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').PrefectureInviteUserDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
