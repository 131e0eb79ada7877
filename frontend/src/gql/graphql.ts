/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionInput = {
  description: string;
  /** SOCIAL, PROFESSIONAL, HOUSING, HEALTH or LANGUAGE_TRAINING. */
  domain: string;
  durationMonths?: number | null | undefined;
  expectedResult?: string | null | undefined;
};

export type AddCommissionMemberInput = {
  /** The association a member represents (recusal on its dossiers). */
  associationId?: string | null | undefined;
  departmentCode: string;
  /** Where convocations go, and the invitation to link an account. */
  email?: string | null | undefined;
  fullName: string;
  organisation?: string | null | undefined;
  seat: CommissionSeat;
  /** Defaults to three years, the legal term. */
  termEnd?: string | null | undefined;
  termStart: string;
  userId?: string | null | undefined;
  voting?: boolean;
};

export type AddToAgendaInput = {
  departmentCode: string;
  dossierId: string;
  sessionId: string;
  /** The dossier's version. */
  version: number;
};

export type AgrementStepInput = {
  departmentCode: string;
  id: string;
  version: number;
};

export type AttachDocumentInput = {
  /** The file, base64-encoded (10 MiB at most). */
  contentBase64: string;
  /** application/pdf, image/jpeg, image/png or application/vnd.oasis.opendocument.text. */
  contentType: string;
  departmentCode: string;
  dossierId: string;
  filename: string;
  kind: string;
  /** The dossier's version. */
  version: number;
};

export type AttendanceInput = {
  /** With mode MANDATE: the member (taking part) who holds the mandate. */
  mandateTo?: string | null | undefined;
  memberId: string;
  mode?: AttendanceMode | null | undefined;
  /** Shorthand for mode PRESENT or ABSENT when `mode` is left out. */
  present?: boolean;
};

/** How a member takes part in a session (décret 2006-672 arts. 10-11). */
export type AttendanceMode =
  | 'ABSENT'
  /** Absent, represented by the member holding their mandate (one mandate per member). */
  | 'MANDATE'
  /** On site. */
  | 'PRESENT'
  /** By telephone or audiovisual conference: counts as present. */
  | 'REMOTE';

export type BallotInput = {
  memberId: string;
  vote: Vote;
};

export type CancelSessionInput = {
  departmentCode: string;
  reason: string;
  sessionId: string;
};

export type CloseSessionInput = {
  departmentCode: string;
  sessionId: string;
};

/** A seat on the commission (CASF R.121-12-7; the last two from the décret of 30 Dec 2025). */
export type CommissionSeat =
  | 'APPROVED_ASSOCIATION'
  | 'CHILD_PROTECTION'
  | 'DEPARTMENTAL_COUNCIL'
  | 'DOCTOR'
  | 'EDUCATION'
  | 'FOREIGNERS_DEPARTMENT'
  | 'GENDARMERIE'
  | 'JUDICIAL_POLICE'
  | 'LABOUR'
  | 'LOCAL_AUTHORITY'
  | 'MAGISTRATE'
  | 'PRESIDENT'
  | 'PUBLIC_SECURITY'
  | 'SOCIAL_COHESION';

export type ConvocationKind =
  /** The session was adjourned for want of quorum. */
  | 'ADJOURNMENT'
  /** The session is cancelled. */
  | 'CANCELLATION'
  /** The convocation with the agenda. */
  | 'CONVOCATION'
  /** The minutes are available. */
  | 'MINUTES'
  /** An updated convocation (date, place or agenda changed). */
  | 'UPDATE';

export type CreateDossierInput = {
  actions?: Array<ActionInput>;
  /** For people working for several associations. */
  associationId?: string | null | undefined;
  content?: DossierContentInput;
  departmentCode: string;
  identity?: IdentityInput | null | undefined;
};

export type DecideAgrementInput = {
  arreteReference?: string | null | undefined;
  departmentCode: string;
  granted: boolean;
  id: string;
  /** Required for a refusal. */
  reasons?: string | null | undefined;
  /** Start of validity (defaults to today, or the day after the renewed agrément ends). */
  startDate?: string | null | undefined;
  version: number;
};

export type DecideDossierInput = {
  decidedOn: string;
  departmentCode: string;
  id: string;
  outcome: DecisionOutcome;
  /** First authorisation: start of the first period (defaults to the decision's date). */
  periodStart?: string | null | undefined;
  reasons: string;
  /** The decision's reference (unique in the département). */
  reference: string;
  version: number;
};

export type DecisionOutcome =
  | 'AUTHORISED'
  | 'REFUSED';

export type DeclareIndicatorsInput = {
  departmentCode: string;
  month?: number | null | undefined;
  note?: string | null | undefined;
  quarter?: number | null | undefined;
  values: Array<DeclaredValueInput>;
  year: number;
};

export type DeclaredValueInput = {
  /**
   * PREVENTION_ACTIONS, TRAINING_ACTIONS, CLIENTS_FINED, AWARENESS_COURSES_ORDERED,
   * PROXENETISME_PROCEDURES or TRAFFICKING_PROCEDURES.
   */
  indicator: string;
  value: number;
};

/** The fields an association fills in (all optional until submission). */
export type DossierContentInput = {
  /** 18_24, 25_34, 35_44, 45_54 or 55_PLUS (at the request). */
  ageBand?: string | null | undefined;
  associationAvis?: string | null | undefined;
  children?: number | null | undefined;
  commitments?: string | null | undefined;
  /** FRENCH, EU or NON_EU. */
  nationalityGroup?: string | null | undefined;
  /** F, M or X. */
  sex?: string | null | undefined;
  statisticsConsent?: boolean | null | undefined;
};

/** The work lists. */
export type DossierQueue =
  | 'AWAITING_DECISION'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'ON_AGENDA'
  | 'PERIODS_ENDED'
  | 'RENEWALS_DUE'
  | 'TO_COMPLETE'
  | 'TO_SCHEDULE'
  | 'TO_TRANSFER';

export type DossierStatus =
  | 'AWAITING_DECISION'
  | 'COMPLETED'
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'NOT_RENEWED'
  | 'ON_AGENDA'
  | 'REFUSED'
  | 'RETURNED'
  | 'STOPPED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** A dossier and the version the caller saw. */
export type DossierVersionInput = {
  departmentCode: string;
  id: string;
  version: number;
};

export type EndAgrementInput = {
  departmentCode: string;
  id: string;
  reasons: string;
  version: number;
};

export type EndCommissionMemberTermInput = {
  departmentCode: string;
  /** Effective from this day (today included): the member no longer sits from then. */
  endedOn: string;
  memberId: string;
  reason?: string | null | undefined;
};

export type ExportFormat =
  | 'CSV'
  | 'ODS'
  | 'XLSX';

export type IdentityInput = {
  birthDate?: string | null | undefined;
  contact?: string | null | undefined;
  firstName: string;
  lastName: string;
  nationality?: string | null | undefined;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteAssociationMemberInput = {
  associationId: string;
  /** Limits a worker to these départements (absent: all of the association's). */
  departmentCodes?: Array<string> | null | undefined;
  email: string;
  /** ASSOCIATION_ADMIN or ASSOCIATION_WORKER. */
  role: Role;
};

export type InviteCommissionMemberInput = {
  departmentCode: string;
  memberId: string;
};

export type InviteUserInput = {
  /** For association roles. */
  associationId?: string | null | undefined;
  /** For prefecture roles and commission members. */
  departmentCode?: string | null | undefined;
  email: string;
  role: Role;
};

export type MailStatus =
  /** Refused for good (unknown address, …) or still failing after the last try. */
  | 'FAILED'
  /** Waiting to be sent, or to be tried again after a temporary failure. */
  | 'PENDING'
  /** Accepted by the mail relay. */
  | 'SENT';

export type OnboardDepartmentInput = {
  /** The first prefecture admin, invited by e-mail. */
  adminEmail: string;
  /** Reference of the prefect's arrêté setting its composition. */
  arreteReference: string;
  /** The arrêté names co-presidents (Paris, Bouches-du-Rhône): several PRESIDENT seats. */
  coPresided?: boolean;
  departmentCode: string;
  /** Date of the commission's installation. */
  installedOn: string;
};

export type PieceInputGql = {
  contentBase64: string;
  /** application/pdf, image/jpeg or image/png. */
  contentType: string;
  filename: string;
  /** GA_DELIBERATION, MEANS_AND_PARTNERS, STAFF_TRAINING, ASSOCIATION_IDENTITY or OTHER. */
  kind: string;
};

export type RecordAttendanceInput = {
  attendance: Array<AttendanceInput>;
  departmentCode: string;
  sessionId: string;
};

export type RecordAvisInput = {
  /** The commission adjourns: the dossier goes back to the association for more information. */
  adjourned?: boolean;
  ballots?: Array<BallotInput>;
  departmentCode: string;
  dossierId: string;
  remarks?: string | null | undefined;
  sessionId: string;
  /** The dossier's version. */
  version: number;
};

export type RecordPeriodBenefitsInput = {
  /** Recorded by the prefecture (it grants the AFIS); not before the request. */
  afisGrantedOn?: string | null | undefined;
  /** Each field is a patch: left out, unchanged; null, cleared. Recorded by the association. */
  afisRequestedOn?: string | null | undefined;
  /** Recorded by the prefecture (it issues the residence permit). */
  apsIssuedOn?: string | null | undefined;
  /** Recorded by the association. */
  apsRequestedOn?: string | null | undefined;
  departmentCode: string;
  dossierId: string;
  /** Recorded by the association. */
  housingSupport?: string | null | undefined;
  periodNumber: number;
  /** The dossier's version. */
  version: number;
};

export type RemoveFromAgendaInput = {
  departmentCode: string;
  dossierId: string;
  /** The dossier's version. */
  version: number;
};

export type RenewalEvaluationInput = {
  /** Actions carried out and their results. */
  actionsResults?: string | null | undefined;
  /** Commitments of the document de suivi kept. */
  commitmentsKept?: string | null | undefined;
  departmentCode: string;
  /** Difficulties met. */
  difficulties?: string | null | undefined;
  id: string;
  /** The dossier's version. */
  version: number;
};

export type RequestAgrementInput = {
  /** For people administering several associations. */
  associationId?: string | null | undefined;
  /** One request is filed per département. */
  departmentCodes: Array<string>;
  pieces: Array<PieceInputGql>;
};

export type RequestMissingPiecesInput = {
  departmentCode: string;
  id: string;
  /** What is missing, as the association will read it. */
  missing: string;
  version: number;
};

export type ResendInvitationInput = {
  /** … or its association (association invitations); neither for national roles. */
  associationId?: string | null | undefined;
  /** The invitation's département (prefecture invitations)… */
  departmentCode?: string | null | undefined;
  invitationId: string;
};

export type ReturnDossierInput = {
  departmentCode: string;
  id: string;
  reason: string;
  version: number;
};

export type ReviewAgrementInput = {
  departmentCode: string;
  id: string;
  /** FAVOURABLE, UNFAVOURABLE or ADJOURNED. */
  kind: string;
  remarks?: string | null | undefined;
  sessionId: string;
};

export type RevokeMembershipInput = {
  /** For association roles. */
  associationId?: string | null | undefined;
  /** For prefecture roles and commission members. */
  departmentCode?: string | null | undefined;
  role: Role;
  userId: string;
};

/** The seven roles of CDLP. */
export type Role =
  | 'ASSOCIATION_ADMIN'
  | 'ASSOCIATION_WORKER'
  | 'COMMISSION_MEMBER'
  | 'MINISTRY_ANALYST'
  | 'PLATFORM_OPERATOR'
  | 'PREFECTURE_ADMIN'
  | 'PREFECTURE_AGENT';

export type ScheduleSecondConvocationInput = {
  /** The session adjourned for want of quorum. */
  adjournedSessionId: string;
  departmentCode: string;
  place: string;
  scheduledAt: string;
  /** Required when the session is less than five days away: why it cannot wait. */
  urgency?: string | null | undefined;
  visio?: boolean;
};

export type ScheduleSessionInput = {
  departmentCode: string;
  /** A room, or the visio link's label. */
  place: string;
  scheduledAt: string;
  /** Required when the session is less than five days away: why it cannot wait. */
  urgency?: string | null | undefined;
  visio?: boolean;
};

export type SendConvocationsInput = {
  departmentCode: string;
  sessionId: string;
};

export type SessionRefInput = {
  departmentCode: string;
  sessionId: string;
};

/** Where a session stands. */
export type SessionStatus =
  /** Opened without quorum: nothing deliberated; a second convocation follows. */
  | 'ADJOURNED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'SCHEDULED';

export type SetDecisionSignatoryInput = {
  delegation?: string | null | undefined;
  departmentCode: string;
  /** The version read with `decisionSignatory`; omitted when none was recorded yet. */
  expectedVersion?: number | null | undefined;
  firstName: string;
  lastName: string;
  quality: string;
  tribunal?: string | null | undefined;
};

export type StopParcoursInput = {
  decidedOn: string;
  departmentCode: string;
  id: string;
  reason: StopReason;
  reasons: string;
  reference: string;
  version: number;
};

export type StopReason =
  | 'COMMITMENTS_NOT_KEPT'
  | 'CONDITIONS_NO_LONGER_MET'
  | 'PERSON_REQUEST';

/** A correction: a field left out is unchanged; null clears it. */
export type UpdateCommissionMemberInput = {
  /** For an approved association's seat (agrément in force required). */
  associationId?: string | null | undefined;
  departmentCode: string;
  email?: string | null | undefined;
  fullName?: string | null | undefined;
  memberId: string;
  organisation?: string | null | undefined;
  termEnd?: string | null | undefined;
  voting?: boolean | null | undefined;
};

export type UpdateDossierInput = {
  /** When given, replaces the actions. */
  actions?: Array<ActionInput> | null | undefined;
  content: DossierContentInput;
  departmentCode: string;
  id: string;
  identity?: IdentityInput | null | undefined;
  version: number;
};

export type Vote =
  | 'ABSTAIN'
  | 'AGAINST'
  | 'FOR';

export type WithdrawDossierInput = {
  departmentCode: string;
  id: string;
  reason?: string | null | undefined;
  version: number;
};

export type PeriodFieldsFragment = { number: number, startDate: string, endDate: string };

export type IdentityFieldsFragment = { firstName: string, lastName: string, birthDate: string | null, nationality: string | null, contact: string | null };

export type ActionFieldsFragment = { id: string, domain: string, description: string, durationMonths: number | null, expectedResult: string | null };

export type FileContentFieldsFragment = { filename: string, contentType: string, contentBase64: string };

export type DossierDetailFieldsFragment = { id: string, departmentCode: string, reference: string, status: DossierStatus, renewalNumber: number, version: number, stopReason: StopReason | null, returnReason: string | null, agendaSessionId: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, closedAt: string | null, sex: string | null, ageBand: string | null, nationalityGroup: string | null, children: number | null, commitments: string | null, associationAvis: string | null, association: { id: string, name: string } | null, currentPeriod: { number: number, startDate: string, endDate: string } | null, actions: Array<{ id: string, domain: string, description: string, durationMonths: number | null, expectedResult: string | null }>, decisions: Array<{ id: string, renewalNumber: number, outcome: string, decidedOn: string, reference: string, reasons: string, stopReason: string | null }>, documents: Array<{ id: string, kind: string, filename: string, contentType: string, sizeBytes: number, uploadedAt: string }>, timeline: Array<{ occurredAt: string, actorRole: string | null, kind: string, details: unknown }> };

export type AgrementFieldsFragment = { id: string, departmentCode: string, associationId: string, associationName: string, status: string, tacit: boolean, validFrom: string | null, validUntil: string | null, arreteReference: string | null, requestedOn: string | null, missingPiecesDeadline: string | null, tacitOn: string | null, renewalOf: string | null, missingPieces: string | null, missingPiecesNotifiedOn: string | null, completedOn: string | null, decidedOn: string | null, reasons: string | null, version: number, pieces: Array<{ id: string, kind: string, filename: string, contentType: string, sizeBytes: number, uploadedAt: string }> };

export type AgrementWithTimelineFieldsFragment = { id: string, departmentCode: string, associationId: string, associationName: string, status: string, tacit: boolean, validFrom: string | null, validUntil: string | null, arreteReference: string | null, requestedOn: string | null, missingPiecesDeadline: string | null, tacitOn: string | null, renewalOf: string | null, missingPieces: string | null, missingPiecesNotifiedOn: string | null, completedOn: string | null, decidedOn: string | null, reasons: string | null, version: number, timeline: Array<{ occurredAt: string, actorRole: string | null, kind: string, details: unknown }>, pieces: Array<{ id: string, kind: string, filename: string, contentType: string, sizeBytes: number, uploadedAt: string }> };

export type SessionFieldsFragment = { id: string, scheduledAt: string, place: string, visio: boolean, secondConvocation: boolean, followsSessionId: string | null, followedBySessionId: string | null, status: SessionStatus, closedAt: string | null, openedAt: string | null, quorumMembers: number | null, quorumCounted: number | null, endedAt: string | null, endReason: string | null };

export type SessionDetailFieldsFragment = { convenedAt: string | null, id: string, scheduledAt: string, place: string, visio: boolean, secondConvocation: boolean, followsSessionId: string | null, followedBySessionId: string | null, status: SessionStatus, closedAt: string | null, openedAt: string | null, quorumMembers: number | null, quorumCounted: number | null, endedAt: string | null, endReason: string | null, agenda: Array<{ id: string, position: number, dossierReference: string, associationName: string, renewalNumber: number, avisKind: string | null, votesFor: number | null, votesAgainst: number | null, abstentions: number | null }>, attendance: Array<{ memberId: string, present: boolean, mode: AttendanceMode, mandateTo: string | null }> };

export type FigureFieldsFragment = { value: number | null, label: string, hidden: boolean, reason: string | null };

export type DepartmentContextFieldsFragment = { departmentCode: string, commissionInstalledOn: string | null, sessionsHeld: number, associationsInForce: number, medianDaysToDecision: number | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, userId: string } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
  name: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { token: string, expiresAt: string, userId: string } };

export type RefreshTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshTokenMutation = { refreshToken: { token: string, expiresAt: string, userId: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, memberships: Array<{ role: Role, departmentCode: string | null, departmentName: string | null, associationId: string | null, associationName: string | null }> } };

export type RevokeMembershipMutationVariables = Exact<{
  input: RevokeMembershipInput;
}>;


export type RevokeMembershipMutation = { revokeMembership: boolean };

export type AssociationRecordPeriodBenefitsMutationVariables = Exact<{
  input: RecordPeriodBenefitsInput;
}>;


export type AssociationRecordPeriodBenefitsMutation = { recordPeriodBenefits: { number: number, afisRequestedOn: string | null, apsRequestedOn: string | null, housingSupport: string | null } };

export type AssociationRecordRenewalEvaluationMutationVariables = Exact<{
  input: RenewalEvaluationInput;
}>;


export type AssociationRecordRenewalEvaluationMutation = { recordRenewalEvaluation: { id: string, version: number, renewalActionsResults: string | null, renewalCommitmentsKept: string | null, renewalDifficulties: string | null } };

export type AssociationAgrementsQueryVariables = Exact<{
  statuses?: Array<string> | string;
}>;


export type AssociationAgrementsQuery = { agrements: Array<{ id: string, departmentCode: string, associationId: string, associationName: string, status: string, tacit: boolean, validFrom: string | null, validUntil: string | null, arreteReference: string | null, requestedOn: string | null, missingPiecesDeadline: string | null, tacitOn: string | null, renewalOf: string | null, missingPieces: string | null, missingPiecesNotifiedOn: string | null, completedOn: string | null, decidedOn: string | null, reasons: string | null, version: number, pieces: Array<{ id: string, kind: string, filename: string, contentType: string, sizeBytes: number, uploadedAt: string }> }> };

export type AssociationDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssociationDepartmentsQuery = { departments: Array<{ code: string, name: string, sortKey: number, onboarded: boolean }> };

export type AssociationDepartmentCountsQueryVariables = Exact<{
  departmentCode: string;
}>;


export type AssociationDepartmentCountsQuery = { toComplete: { totalCount: number }, toSchedule: { totalCount: number }, onAgenda: { totalCount: number }, awaitingDecision: { totalCount: number }, inProgress: { totalCount: number }, renewalsDue: { totalCount: number } };

export type AssociationDossiersQueryVariables = Exact<{
  departmentCode: string;
  queue?: DossierQueue | null | undefined;
  reference?: string | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type AssociationDossiersQuery = { dossiers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, departmentCode: string, reference: string, status: DossierStatus, renewalNumber: number, version: number, updatedAt: string, submittedAt: string | null, currentPeriod: { number: number, startDate: string, endDate: string } | null }> } };

export type AssociationDossierQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type AssociationDossierQuery = { dossier: { statisticsConsent: boolean | null, renewalActionsResults: string | null, renewalCommitmentsKept: string | null, renewalDifficulties: string | null, id: string, departmentCode: string, reference: string, status: DossierStatus, renewalNumber: number, version: number, stopReason: StopReason | null, returnReason: string | null, agendaSessionId: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, closedAt: string | null, sex: string | null, ageBand: string | null, nationalityGroup: string | null, children: number | null, commitments: string | null, associationAvis: string | null, periods: Array<{ number: number, startDate: string, endDate: string, afisRequestedOn: string | null, afisGrantedOn: string | null, apsRequestedOn: string | null, apsIssuedOn: string | null, housingSupport: string | null, cancelledOn: string | null }>, avis: Array<{ id: string, renewalNumber: number, kind: string, votesFor: number, votesAgainst: number, abstentions: number, remarks: string | null, recordedAt: string }>, association: { id: string, name: string } | null, currentPeriod: { number: number, startDate: string, endDate: string } | null, actions: Array<{ id: string, domain: string, description: string, durationMonths: number | null, expectedResult: string | null }>, decisions: Array<{ id: string, renewalNumber: number, outcome: string, decidedOn: string, reference: string, reasons: string, stopReason: string | null }>, documents: Array<{ id: string, kind: string, filename: string, contentType: string, sizeBytes: number, uploadedAt: string }>, timeline: Array<{ occurredAt: string, actorRole: string | null, kind: string, details: unknown }> } | null };

export type AssociationDossierIdentityQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type AssociationDossierIdentityQuery = { dossier: { id: string, identity: { firstName: string, lastName: string, birthDate: string | null, nationality: string | null, contact: string | null } | null } | null };

export type AssociationDossierDraftQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type AssociationDossierDraftQuery = { dossier: { id: string, departmentCode: string, reference: string, status: DossierStatus, version: number, returnReason: string | null, sex: string | null, ageBand: string | null, nationalityGroup: string | null, statisticsConsent: boolean | null, children: number | null, commitments: string | null, associationAvis: string | null, updatedAt: string, actions: Array<{ id: string, domain: string, description: string, durationMonths: number | null, expectedResult: string | null }>, identity: { firstName: string, lastName: string, birthDate: string | null, nationality: string | null, contact: string | null } | null } | null };

export type AssociationCreateDossierMutationVariables = Exact<{
  input: CreateDossierInput;
}>;


export type AssociationCreateDossierMutation = { createDossier: { id: string, departmentCode: string, reference: string, status: DossierStatus, version: number, updatedAt: string } };

export type AssociationUpdateDossierMutationVariables = Exact<{
  input: UpdateDossierInput;
}>;


export type AssociationUpdateDossierMutation = { updateDossier: { id: string, reference: string, status: DossierStatus, version: number, updatedAt: string } };

export type AssociationSubmitDossierMutationVariables = Exact<{
  input: DossierVersionInput;
}>;


export type AssociationSubmitDossierMutation = { submitDossier: { id: string, status: DossierStatus, version: number } };

export type AssociationWithdrawDossierMutationVariables = Exact<{
  input: WithdrawDossierInput;
}>;


export type AssociationWithdrawDossierMutation = { withdrawDossier: { id: string, status: DossierStatus, version: number } };

export type AssociationRequestRenewalMutationVariables = Exact<{
  input: DossierVersionInput;
}>;


export type AssociationRequestRenewalMutation = { requestRenewal: { id: string, status: DossierStatus, renewalNumber: number, version: number } };

export type AssociationAttachDocumentMutationVariables = Exact<{
  input: AttachDocumentInput;
}>;


export type AssociationAttachDocumentMutation = { attachDocument: { id: string, kind: string, filename: string, sizeBytes: number, uploadedAt: string } };

export type AssociationDocumentContentQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type AssociationDocumentContentQuery = { documentContent: { filename: string, contentType: string, contentBase64: string } };

export type AssociationRequestAgrementMutationVariables = Exact<{
  input: RequestAgrementInput;
}>;


export type AssociationRequestAgrementMutation = { requestAgrement: Array<{ id: string, departmentCode: string, status: string }> };

export type AssociationAddAgrementPieceMutationVariables = Exact<{
  departmentCode: string;
  id: string;
  piece: PieceInputGql;
}>;


export type AssociationAddAgrementPieceMutation = { addAgrementPiece: { id: string, status: string, version: number } };

export type AssociationRenewAgrementMutationVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type AssociationRenewAgrementMutation = { renewAgrement: { id: string, departmentCode: string, status: string } };

export type AssociationTeamQueryVariables = Exact<{
  associationId: string;
}>;


export type AssociationTeamQuery = { associationMembers: Array<{ userId: string, email: string, displayName: string, role: Role, since: string, departmentCodes: Array<string> | null }>, associationInvitations: Array<{ id: string, email: string, role: Role, departmentCodes: Array<string> | null, createdAt: string, expiresAt: string, status: InvitationStatus, delivery: { status: MailStatus, attempts: number, sentAt: string | null, nextAttemptAt: string | null, lastError: string | null } | null }> };

export type AssociationResendInvitationMutationVariables = Exact<{
  input: ResendInvitationInput;
}>;


export type AssociationResendInvitationMutation = { resendInvitation: { id: string, email: string } };

export type AssociationInviteMemberMutationVariables = Exact<{
  input: InviteAssociationMemberInput;
}>;


export type AssociationInviteMemberMutation = { inviteAssociationMember: { id: string, email: string, role: Role, status: InvitationStatus } };

export type AssociationSetWorkerDepartmentsMutationVariables = Exact<{
  associationId: string;
  userId: string;
  departmentCodes?: Array<string> | string | null | undefined;
}>;


export type AssociationSetWorkerDepartmentsMutation = { setWorkerDepartments: boolean };

export type CommissionSessionsQueryVariables = Exact<{
  departmentCode: string;
}>;


export type CommissionSessionsQuery = { sessions: Array<{ id: string, scheduledAt: string, place: string, visio: boolean, secondConvocation: boolean, followsSessionId: string | null, followedBySessionId: string | null, status: SessionStatus, closedAt: string | null, openedAt: string | null, quorumMembers: number | null, quorumCounted: number | null, endedAt: string | null, endReason: string | null, agenda: Array<{ id: string }> }> };

export type CommissionSessionQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type CommissionSessionQuery = { session: { convenedAt: string | null, id: string, scheduledAt: string, place: string, visio: boolean, secondConvocation: boolean, followsSessionId: string | null, followedBySessionId: string | null, status: SessionStatus, closedAt: string | null, openedAt: string | null, quorumMembers: number | null, quorumCounted: number | null, endedAt: string | null, endReason: string | null, agenda: Array<{ id: string, position: number, dossierReference: string, associationName: string, renewalNumber: number, avisKind: string | null, votesFor: number | null, votesAgainst: number | null, abstentions: number | null }>, attendance: Array<{ memberId: string, present: boolean, mode: AttendanceMode, mandateTo: string | null }> } | null };

export type CommissionMembersQueryVariables = Exact<{
  departmentCode: string;
}>;


export type CommissionMembersQuery = { commission: { id: string, members: Array<{ id: string, fullName: string, seat: CommissionSeat, organisation: string | null, voting: boolean, active: boolean }> } | null };

export type MinistryDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistryDepartmentsQuery = { departments: Array<{ code: string, name: string, regionCode: string, regionName: string, sortKey: number, onboarded: boolean }> };

export type MinistryNationalReportQueryVariables = Exact<{
  year: number;
  quarter?: number | null | undefined;
  month?: number | null | undefined;
}>;


export type MinistryNationalReportQuery = { nationalReport: { periodKind: string, start: string, end: string, nationalMedianDaysToDecision: number | null, indicators: Array<{ key: string, label: string, national: { value: number | null, label: string, hidden: boolean, reason: string | null }, departments: Array<{ departmentCode: string, figure: { value: number | null, label: string, hidden: boolean, reason: string | null } }> }>, context: Array<{ departmentCode: string, commissionInstalledOn: string | null, sessionsHeld: number, associationsInForce: number, medianDaysToDecision: number | null }> } };

export type MinistryDepartmentReportQueryVariables = Exact<{
  departmentCode: string;
  year: number;
  quarter?: number | null | undefined;
  month?: number | null | undefined;
}>;


export type MinistryDepartmentReportQuery = { departmentReport: { periodKind: string, start: string, end: string, indicators: Array<{ key: string, label: string, national: { value: number | null, label: string, hidden: boolean, reason: string | null }, breakdowns: Array<{ dimension: string, categories: Array<string>, national: Array<{ value: number | null, label: string, hidden: boolean, reason: string | null }> }> }>, context: Array<{ departmentCode: string, commissionInstalledOn: string | null, sessionsHeld: number, associationsInForce: number, medianDaysToDecision: number | null }>, declared: Array<{ departmentCode: string, indicator: string, value: number }> } };

export type MinistryIndicatorSeriesQueryVariables = Exact<{
  indicator: string;
  from: string;
  to: string;
  departmentCode?: string | null | undefined;
}>;


export type MinistryIndicatorSeriesQuery = { indicatorSeries: Array<{ month: string, figure: { value: number | null, label: string, hidden: boolean, reason: string | null } }> };

export type MinistryExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MinistryExportsQuery = { exports: Array<{ id: string, format: string, status: string, periodStart: string | null, periodEnd: string | null, filename: string | null, createdAt: string, readyAt: string | null, expiresAt: string }> };

export type MinistryRequestExportMutationVariables = Exact<{
  format: ExportFormat;
  year: number;
  quarter?: number | null | undefined;
  month?: number | null | undefined;
}>;


export type MinistryRequestExportMutation = { requestExport: { id: string, format: string, status: string, filename: string | null, createdAt: string, readyAt: string | null, expiresAt: string } };

export type MinistryExportFileQueryVariables = Exact<{
  id: string;
}>;


export type MinistryExportFileQuery = { exportFile: { filename: string, contentType: string, contentBase64: string } };

export type OperatorDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorDepartmentsQuery = { departments: Array<{ code: string, name: string, regionName: string, sortKey: number, onboarded: boolean, onboardedAt: string | null }> };

export type OnboardDepartmentMutationVariables = Exact<{
  input: OnboardDepartmentInput;
}>;


export type OnboardDepartmentMutation = { onboardDepartment: { department: { code: string, name: string, onboarded: boolean, onboardedAt: string | null }, commission: { id: string, installedOn: string, arreteReference: string }, invitation: { id: string, email: string, role: Role, departmentCode: string | null, createdAt: string, expiresAt: string, status: InvitationStatus } } };

export type OperatorDepartmentInvitationsQueryVariables = Exact<{
  departmentCode: string;
}>;


export type OperatorDepartmentInvitationsQuery = { invitations: Array<{ id: string, email: string, role: Role, createdAt: string, expiresAt: string, status: InvitationStatus, delivery: { status: MailStatus, attempts: number, sentAt: string | null, nextAttemptAt: string | null, lastError: string | null } | null }> };

export type OperatorResendInvitationMutationVariables = Exact<{
  input: ResendInvitationInput;
}>;


export type OperatorResendInvitationMutation = { resendInvitation: { id: string, email: string } };

export type PrefectureAgrementsQueryVariables = Exact<{
  departmentCode: string;
  statuses: Array<string> | string;
}>;


export type PrefectureAgrementsQuery = { agrements: Array<{ id: string, departmentCode: string, associationId: string, associationName: string, status: string, tacit: boolean, validFrom: string | null, validUntil: string | null, arreteReference: string | null, requestedOn: string | null, missingPiecesDeadline: string | null, tacitOn: string | null, renewalOf: string | null, missingPieces: string | null, missingPiecesNotifiedOn: string | null, completedOn: string | null, decidedOn: string | null, reasons: string | null, version: number, timeline: Array<{ occurredAt: string, actorRole: string | null, kind: string, details: unknown }>, pieces: Array<{ id: string, kind: string, filename: string, contentType: string, sizeBytes: number, uploadedAt: string }> }> };

export type PrefectureAgrementQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type PrefectureAgrementQuery = { agrement: { id: string, departmentCode: string, associationId: string, associationName: string, status: string, tacit: boolean, validFrom: string | null, validUntil: string | null, arreteReference: string | null, requestedOn: string | null, missingPiecesDeadline: string | null, tacitOn: string | null, renewalOf: string | null, missingPieces: string | null, missingPiecesNotifiedOn: string | null, completedOn: string | null, decidedOn: string | null, reasons: string | null, version: number, timeline: Array<{ occurredAt: string, actorRole: string | null, kind: string, details: unknown }>, pieces: Array<{ id: string, kind: string, filename: string, contentType: string, sizeBytes: number, uploadedAt: string }> } | null };

export type PrefectureAgrementPieceContentQueryVariables = Exact<{
  departmentCode: string;
  agrementId: string;
  pieceId: string;
}>;


export type PrefectureAgrementPieceContentQuery = { agrementPieceContent: { filename: string, contentType: string, contentBase64: string } };

export type PrefectureAgrementSessionsQueryVariables = Exact<{
  departmentCode: string;
}>;


export type PrefectureAgrementSessionsQuery = { sessions: Array<{ id: string, scheduledAt: string, place: string }> };

export type PrefectureRequestMissingPiecesMutationVariables = Exact<{
  input: RequestMissingPiecesInput;
}>;


export type PrefectureRequestMissingPiecesMutation = { requestMissingPieces: { id: string, status: string, version: number } };

export type PrefectureMarkAgrementCompleteMutationVariables = Exact<{
  input: AgrementStepInput;
}>;


export type PrefectureMarkAgrementCompleteMutation = { markAgrementComplete: { id: string, status: string, version: number } };

export type PrefectureDecideAgrementMutationVariables = Exact<{
  input: DecideAgrementInput;
}>;


export type PrefectureDecideAgrementMutation = { decideAgrement: { id: string, status: string, version: number } };

export type PrefectureSuspendAgrementMutationVariables = Exact<{
  input: EndAgrementInput;
}>;


export type PrefectureSuspendAgrementMutation = { suspendAgrement: { id: string, status: string, version: number } };

export type PrefectureLiftAgrementSuspensionMutationVariables = Exact<{
  input: EndAgrementInput;
}>;


export type PrefectureLiftAgrementSuspensionMutation = { liftAgrementSuspension: { id: string, status: string, version: number } };

export type PrefectureWithdrawAgrementMutationVariables = Exact<{
  input: EndAgrementInput;
}>;


export type PrefectureWithdrawAgrementMutation = { withdrawAgrement: { id: string, status: string, version: number } };

export type PrefectureReviewAgrementMutationVariables = Exact<{
  input: ReviewAgrementInput;
}>;


export type PrefectureReviewAgrementMutation = { reviewAgrement: { id: string, status: string, version: number } };

export type PrefectureTransfersQueryVariables = Exact<{
  departmentCode: string;
}>;


export type PrefectureTransfersQuery = { transfers: Array<{ id: string, dossierId: string, dossierReference: string, fromAssociationId: string, fromAssociationName: string | null, toAssociationId: string, toAssociationName: string | null, status: string, proposedAt: string, answeredAt: string | null, answerReason: string | null }> };

export type PrefectureCommissionQueryVariables = Exact<{
  departmentCode: string;
  activeOn?: string | null | undefined;
}>;


export type PrefectureCommissionQuery = { commission: { id: string, installedOn: string, arreteReference: string, members: Array<{ id: string, fullName: string, seat: CommissionSeat, organisation: string | null, associationId: string | null, userId: string | null, voting: boolean, termStart: string, termEnd: string, endedOn: string | null, endedReason: string | null, active: boolean, email: string | null, linked: boolean, invited: boolean }> } | null };

export type PrefectureCommissionAssociationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrefectureCommissionAssociationsQuery = { associations: Array<{ id: string, name: string, seatDepartmentCode: string | null }> };

export type PrefectureAddCommissionMemberMutationVariables = Exact<{
  input: AddCommissionMemberInput;
}>;


export type PrefectureAddCommissionMemberMutation = { addCommissionMember: { id: string, fullName: string, seat: CommissionSeat, termStart: string, termEnd: string } };

export type PrefectureEndCommissionMemberTermMutationVariables = Exact<{
  input: EndCommissionMemberTermInput;
}>;


export type PrefectureEndCommissionMemberTermMutation = { endCommissionMemberTerm: { id: string, fullName: string, endedOn: string | null, endedReason: string | null, active: boolean } };

export type PrefectureUpdateCommissionMemberMutationVariables = Exact<{
  input: UpdateCommissionMemberInput;
}>;


export type PrefectureUpdateCommissionMemberMutation = { updateCommissionMember: { id: string, fullName: string, organisation: string | null, email: string | null, voting: boolean, termEnd: string } };

export type PrefectureInviteCommissionMemberMutationVariables = Exact<{
  input: InviteCommissionMemberInput;
}>;


export type PrefectureInviteCommissionMemberMutation = { inviteCommissionMember: { id: string, fullName: string, linked: boolean, invited: boolean } };

export type PrefectureDecisionSignatoryQueryVariables = Exact<{
  departmentCode: string;
}>;


export type PrefectureDecisionSignatoryQuery = { decisionSignatory: { firstName: string, lastName: string, quality: string, delegation: string, tribunal: string | null, version: number, updatedAt: string } | null };

export type PrefectureSetDecisionSignatoryMutationVariables = Exact<{
  input: SetDecisionSignatoryInput;
}>;


export type PrefectureSetDecisionSignatoryMutation = { setDecisionSignatory: { firstName: string, lastName: string, quality: string, delegation: string, tribunal: string | null, version: number, updatedAt: string } };

export type PrefectureOpenSessionsQueryVariables = Exact<{
  departmentCode: string;
}>;


export type PrefectureOpenSessionsQuery = { sessions: Array<{ id: string, scheduledAt: string, place: string, status: SessionStatus }> };

export type PrefectureQueueCountsQueryVariables = Exact<{
  departmentCode: string;
}>;


export type PrefectureQueueCountsQuery = { toComplete: { totalCount: number }, toSchedule: { totalCount: number }, onAgenda: { totalCount: number }, awaitingDecision: { totalCount: number }, renewalsDue: { totalCount: number }, periodsEnded: { totalCount: number }, toTransfer: { totalCount: number } };

export type PrefectureDossiersQueryVariables = Exact<{
  departmentCode: string;
  queue?: DossierQueue | null | undefined;
  reference?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PrefectureDossiersQuery = { dossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, reference: string, status: DossierStatus, renewalNumber: number, submittedAt: string | null, updatedAt: string, association: { id: string, name: string } | null, currentPeriod: { number: number, startDate: string, endDate: string } | null, avis: Array<{ renewalNumber: number, kind: string, votesFor: number, votesAgainst: number, abstentions: number, recordedAt: string }> }> } };

export type PrefectureDossierQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type PrefectureDossierQuery = { dossier: { id: string, departmentCode: string, reference: string, status: DossierStatus, renewalNumber: number, version: number, stopReason: StopReason | null, returnReason: string | null, agendaSessionId: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, closedAt: string | null, sex: string | null, ageBand: string | null, nationalityGroup: string | null, children: number | null, commitments: string | null, associationAvis: string | null, periods: Array<{ number: number, startDate: string, endDate: string, decisionId: string, afisRequestedOn: string | null, afisGrantedOn: string | null, afisMonthlyCents: number | null, afisLastPaidMonth: string | null, apsRequestedOn: string | null, apsIssuedOn: string | null, housingSupport: string | null, stoppedOn: string | null, cancelledOn: string | null }>, avis: Array<{ id: string, sessionId: string, renewalNumber: number, kind: string, votesFor: number, votesAgainst: number, abstentions: number, castingVoteUsed: boolean, remarks: string | null, recordedAt: string }>, association: { id: string, name: string } | null, currentPeriod: { number: number, startDate: string, endDate: string } | null, actions: Array<{ id: string, domain: string, description: string, durationMonths: number | null, expectedResult: string | null }>, decisions: Array<{ id: string, renewalNumber: number, outcome: string, decidedOn: string, reference: string, reasons: string, stopReason: string | null }>, documents: Array<{ id: string, kind: string, filename: string, contentType: string, sizeBytes: number, uploadedAt: string }>, timeline: Array<{ occurredAt: string, actorRole: string | null, kind: string, details: unknown }> } | null };

export type PrefectureDossierIdentityQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type PrefectureDossierIdentityQuery = { dossier: { id: string, identity: { firstName: string, lastName: string, birthDate: string | null, nationality: string | null, contact: string | null } | null } | null };

export type PrefectureDecisionLetterQueryVariables = Exact<{
  departmentCode: string;
  decisionId: string;
}>;


export type PrefectureDecisionLetterQuery = { decisionLetterPdf: string };

export type PrefectureDocumentContentQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type PrefectureDocumentContentQuery = { documentContent: { filename: string, contentType: string, contentBase64: string } };

export type PrefectureReturnDossierMutationVariables = Exact<{
  input: ReturnDossierInput;
}>;


export type PrefectureReturnDossierMutation = { returnDossierForCompletion: { id: string, status: DossierStatus, version: number } };

export type PrefectureDecideDossierMutationVariables = Exact<{
  input: DecideDossierInput;
}>;


export type PrefectureDecideDossierMutation = { decideDossier: { id: string, status: DossierStatus, version: number } };

export type PrefectureStopParcoursMutationVariables = Exact<{
  input: StopParcoursInput;
}>;


export type PrefectureStopParcoursMutation = { stopParcours: { id: string, status: DossierStatus, version: number } };

export type PrefectureRecordPeriodBenefitsMutationVariables = Exact<{
  input: RecordPeriodBenefitsInput;
}>;


export type PrefectureRecordPeriodBenefitsMutation = { recordPeriodBenefits: { number: number, afisMonthlyCents: number | null } };

export type PrefectureDeclaredIndicatorsQueryVariables = Exact<{
  departmentCode: string;
}>;


export type PrefectureDeclaredIndicatorsQuery = { declaredIndicators: Array<{ id: string, periodKind: string, periodStart: string, indicator: string, value: number, note: string | null, declaredAt: string, declaredBy: string | null }> };

export type PrefectureDeclareIndicatorsMutationVariables = Exact<{
  input: DeclareIndicatorsInput;
}>;


export type PrefectureDeclareIndicatorsMutation = { declareIndicators: Array<{ id: string, periodKind: string, periodStart: string, indicator: string, value: number }> };

export type PrefectureSessionConvocationsQueryVariables = Exact<{
  departmentCode: string;
  sessionId: string;
}>;


export type PrefectureSessionConvocationsQuery = { sessionConvocations: { updateDueAt: string | null, urgency: string | null, messages: Array<{ id: string, memberName: string, kind: ConvocationKind, recipient: string, createdAt: string, delivery: { status: MailStatus, attempts: number, sentAt: string | null, nextAttemptAt: string | null, lastError: string | null } | null }> } };

export type PrefectureSendConvocationsMutationVariables = Exact<{
  input: SendConvocationsInput;
}>;


export type PrefectureSendConvocationsMutation = { sendConvocations: number };

export type PrefectureSessionsQueryVariables = Exact<{
  departmentCode: string;
}>;


export type PrefectureSessionsQuery = { sessions: Array<{ hasMinutes: boolean, id: string, scheduledAt: string, place: string, visio: boolean, secondConvocation: boolean, followsSessionId: string | null, followedBySessionId: string | null, status: SessionStatus, closedAt: string | null, openedAt: string | null, quorumMembers: number | null, quorumCounted: number | null, endedAt: string | null, endReason: string | null, agenda: Array<{ id: string, avisKind: string | null }> }> };

export type PrefectureScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type PrefectureScheduleSessionMutation = { scheduleSession: { id: string, scheduledAt: string, place: string } };

export type PrefectureSessionQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type PrefectureSessionQuery = { session: { hasMinutes: boolean, convenedAt: string | null, id: string, scheduledAt: string, place: string, visio: boolean, secondConvocation: boolean, followsSessionId: string | null, followedBySessionId: string | null, status: SessionStatus, closedAt: string | null, openedAt: string | null, quorumMembers: number | null, quorumCounted: number | null, endedAt: string | null, endReason: string | null, agenda: Array<{ dossierId: string, dossierVersion: number, associationId: string, id: string, position: number, dossierReference: string, associationName: string, renewalNumber: number, avisKind: string | null, votesFor: number | null, votesAgainst: number | null, abstentions: number | null }>, attendance: Array<{ memberId: string, present: boolean, mode: AttendanceMode, mandateTo: string | null }> } | null };

export type PrefectureSessionMembersQueryVariables = Exact<{
  departmentCode: string;
  activeOn: string;
}>;


export type PrefectureSessionMembersQuery = { commission: { id: string, members: Array<{ id: string, fullName: string, seat: CommissionSeat, organisation: string | null, associationId: string | null, voting: boolean }> } | null };

export type PrefectureSessionDossiersQueryVariables = Exact<{
  departmentCode: string;
  queue: DossierQueue;
}>;


export type PrefectureSessionDossiersQuery = { dossiers: { nodes: Array<{ id: string, reference: string, version: number, renewalNumber: number, submittedAt: string | null, agendaSessionId: string | null, association: { id: string, name: string } | null }> } };

export type PrefectureAddToAgendaMutationVariables = Exact<{
  input: AddToAgendaInput;
}>;


export type PrefectureAddToAgendaMutation = { addToAgenda: { id: string, reference: string, status: DossierStatus, agendaSessionId: string | null } };

export type PrefectureRecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type PrefectureRecordAttendanceMutation = { recordAttendance: { id: string, attendance: Array<{ memberId: string, present: boolean, mode: AttendanceMode, mandateTo: string | null }> } };

export type PrefectureRecordAvisMutationVariables = Exact<{
  input: RecordAvisInput;
}>;


export type PrefectureRecordAvisMutation = { recordAvis: { id: string, reference: string, status: DossierStatus } };

export type PrefectureCloseSessionMutationVariables = Exact<{
  input: CloseSessionInput;
}>;


export type PrefectureCloseSessionMutation = { closeSession: { id: string, status: SessionStatus, closedAt: string | null, hasMinutes: boolean } };

export type PrefectureSessionMinutesQueryVariables = Exact<{
  departmentCode: string;
  id: string;
}>;


export type PrefectureSessionMinutesQuery = { session: { id: string, scheduledAt: string, minutesPdf: string | null } | null };

export type PrefectureAdjournSessionMutationVariables = Exact<{
  input: SessionRefInput;
}>;


export type PrefectureAdjournSessionMutation = { adjournSession: { id: string, status: SessionStatus, quorumMembers: number | null, quorumCounted: number | null } };

export type PrefectureCancelSessionMutationVariables = Exact<{
  input: CancelSessionInput;
}>;


export type PrefectureCancelSessionMutation = { cancelSession: { id: string, status: SessionStatus, endReason: string | null } };

export type PrefectureScheduleSecondConvocationMutationVariables = Exact<{
  input: ScheduleSecondConvocationInput;
}>;


export type PrefectureScheduleSecondConvocationMutation = { scheduleSecondConvocation: { id: string, scheduledAt: string } };

export type PrefectureRemoveFromAgendaMutationVariables = Exact<{
  input: RemoveFromAgendaInput;
}>;


export type PrefectureRemoveFromAgendaMutation = { removeFromAgenda: { id: string, reference: string, status: DossierStatus } };

export type PrefectureDepartmentUsersQueryVariables = Exact<{
  departmentCode: string;
}>;


export type PrefectureDepartmentUsersQuery = { departmentUsers: Array<{ userId: string, email: string, displayName: string, role: Role, since: string }> };

export type PrefectureInvitationsQueryVariables = Exact<{
  departmentCode: string;
}>;


export type PrefectureInvitationsQuery = { invitations: Array<{ id: string, email: string, role: Role, createdAt: string, expiresAt: string, status: InvitationStatus, delivery: { status: MailStatus, attempts: number, sentAt: string | null, nextAttemptAt: string | null, lastError: string | null } | null }> };

export type PrefectureResendInvitationMutationVariables = Exact<{
  input: ResendInvitationInput;
}>;


export type PrefectureResendInvitationMutation = { resendInvitation: { id: string, email: string } };

export type PrefectureInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type PrefectureInviteUserMutation = { inviteUser: { id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const IdentityFieldsFragmentDoc = new TypedDocumentString(`
    fragment IdentityFields on Identity {
  firstName
  lastName
  birthDate
  nationality
  contact
}
    `, {"fragmentName":"IdentityFields"}) as unknown as TypedDocumentString<IdentityFieldsFragment, unknown>;
export const FileContentFieldsFragmentDoc = new TypedDocumentString(`
    fragment FileContentFields on DocumentContent {
  filename
  contentType
  contentBase64
}
    `, {"fragmentName":"FileContentFields"}) as unknown as TypedDocumentString<FileContentFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment PeriodFields on Period {
  number
  startDate
  endDate
}
    `, {"fragmentName":"PeriodFields"}) as unknown as TypedDocumentString<PeriodFieldsFragment, unknown>;
export const ActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionFields on Action {
  id
  domain
  description
  durationMonths
  expectedResult
}
    `, {"fragmentName":"ActionFields"}) as unknown as TypedDocumentString<ActionFieldsFragment, unknown>;
export const DossierDetailFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment PeriodFields on Period {
  number
  startDate
  endDate
}
fragment ActionFields on Action {
  id
  domain
  description
  durationMonths
  expectedResult
}`, {"fragmentName":"DossierDetailFields"}) as unknown as TypedDocumentString<DossierDetailFieldsFragment, unknown>;
export const AgrementFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"AgrementFields"}) as unknown as TypedDocumentString<AgrementFieldsFragment, unknown>;
export const AgrementWithTimelineFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgrementWithTimelineFields on Agrement {
  ...AgrementFields
  timeline {
    occurredAt
    actorRole
    kind
    details
  }
}
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
}`, {"fragmentName":"AgrementWithTimelineFields"}) as unknown as TypedDocumentString<AgrementWithTimelineFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const SessionDetailFieldsFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"SessionDetailFields"}) as unknown as TypedDocumentString<SessionDetailFieldsFragment, unknown>;
export const FigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment FigureFields on Figure {
  value
  label
  hidden
  reason
}
    `, {"fragmentName":"FigureFields"}) as unknown as TypedDocumentString<FigureFieldsFragment, unknown>;
export const DepartmentContextFieldsFragmentDoc = new TypedDocumentString(`
    fragment DepartmentContextFields on DepartmentContext {
  departmentCode
  commissionInstalledOn
  sessionsHeld
  associationsInForce
  medianDaysToDecision
}
    `, {"fragmentName":"DepartmentContextFields"}) as unknown as TypedDocumentString<DepartmentContextFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    userId
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $password: String!, $name: String!) {
  acceptInvitation(token: $token, password: $password, name: $name) {
    token
    expiresAt
    userId
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken {
  refreshToken {
    token
    expiresAt
    userId
  }
}
    `) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    memberships {
      role
      departmentCode
      departmentName
      associationId
      associationName
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RevokeMembershipDocument = new TypedDocumentString(`
    mutation RevokeMembership($input: RevokeMembershipInput!) {
  revokeMembership(input: $input)
}
    `) as unknown as TypedDocumentString<RevokeMembershipMutation, RevokeMembershipMutationVariables>;
export const AssociationRecordPeriodBenefitsDocument = new TypedDocumentString(`
    mutation AssociationRecordPeriodBenefits($input: RecordPeriodBenefitsInput!) {
  recordPeriodBenefits(input: $input) {
    number
    afisRequestedOn
    apsRequestedOn
    housingSupport
  }
}
    `) as unknown as TypedDocumentString<AssociationRecordPeriodBenefitsMutation, AssociationRecordPeriodBenefitsMutationVariables>;
export const AssociationRecordRenewalEvaluationDocument = new TypedDocumentString(`
    mutation AssociationRecordRenewalEvaluation($input: RenewalEvaluationInput!) {
  recordRenewalEvaluation(input: $input) {
    id
    version
    renewalActionsResults
    renewalCommitmentsKept
    renewalDifficulties
  }
}
    `) as unknown as TypedDocumentString<AssociationRecordRenewalEvaluationMutation, AssociationRecordRenewalEvaluationMutationVariables>;
export const AssociationAgrementsDocument = new TypedDocumentString(`
    query AssociationAgrements($statuses: [String!]! = []) {
  agrements(statuses: $statuses) {
    ...AgrementFields
  }
}
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
}`) as unknown as TypedDocumentString<AssociationAgrementsQuery, AssociationAgrementsQueryVariables>;
export const AssociationDepartmentsDocument = new TypedDocumentString(`
    query AssociationDepartments {
  departments {
    code
    name
    sortKey
    onboarded
  }
}
    `) as unknown as TypedDocumentString<AssociationDepartmentsQuery, AssociationDepartmentsQueryVariables>;
export const AssociationDepartmentCountsDocument = new TypedDocumentString(`
    query AssociationDepartmentCounts($departmentCode: String!) {
  toComplete: dossiers(
    departmentCode: $departmentCode
    queue: TO_COMPLETE
    first: 1
  ) {
    totalCount
  }
  toSchedule: dossiers(
    departmentCode: $departmentCode
    queue: TO_SCHEDULE
    first: 1
  ) {
    totalCount
  }
  onAgenda: dossiers(departmentCode: $departmentCode, queue: ON_AGENDA, first: 1) {
    totalCount
  }
  awaitingDecision: dossiers(
    departmentCode: $departmentCode
    queue: AWAITING_DECISION
    first: 1
  ) {
    totalCount
  }
  inProgress: dossiers(
    departmentCode: $departmentCode
    queue: IN_PROGRESS
    first: 1
  ) {
    totalCount
  }
  renewalsDue: dossiers(
    departmentCode: $departmentCode
    queue: RENEWALS_DUE
    first: 1
  ) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AssociationDepartmentCountsQuery, AssociationDepartmentCountsQueryVariables>;
export const AssociationDossiersDocument = new TypedDocumentString(`
    query AssociationDossiers($departmentCode: String!, $queue: DossierQueue, $reference: String, $first: Int! = 20, $after: String) {
  dossiers(
    departmentCode: $departmentCode
    queue: $queue
    reference: $reference
    first: $first
    after: $after
  ) {
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
    fragment PeriodFields on Period {
  number
  startDate
  endDate
}`) as unknown as TypedDocumentString<AssociationDossiersQuery, AssociationDossiersQueryVariables>;
export const AssociationDossierDocument = new TypedDocumentString(`
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
    fragment PeriodFields on Period {
  number
  startDate
  endDate
}
fragment ActionFields on Action {
  id
  domain
  description
  durationMonths
  expectedResult
}
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
}`) as unknown as TypedDocumentString<AssociationDossierQuery, AssociationDossierQueryVariables>;
export const AssociationDossierIdentityDocument = new TypedDocumentString(`
    query AssociationDossierIdentity($departmentCode: String!, $id: UUID!) {
  dossier(departmentCode: $departmentCode, id: $id) {
    id
    identity {
      ...IdentityFields
    }
  }
}
    fragment IdentityFields on Identity {
  firstName
  lastName
  birthDate
  nationality
  contact
}`) as unknown as TypedDocumentString<AssociationDossierIdentityQuery, AssociationDossierIdentityQueryVariables>;
export const AssociationDossierDraftDocument = new TypedDocumentString(`
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
    fragment IdentityFields on Identity {
  firstName
  lastName
  birthDate
  nationality
  contact
}
fragment ActionFields on Action {
  id
  domain
  description
  durationMonths
  expectedResult
}`) as unknown as TypedDocumentString<AssociationDossierDraftQuery, AssociationDossierDraftQueryVariables>;
export const AssociationCreateDossierDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AssociationCreateDossierMutation, AssociationCreateDossierMutationVariables>;
export const AssociationUpdateDossierDocument = new TypedDocumentString(`
    mutation AssociationUpdateDossier($input: UpdateDossierInput!) {
  updateDossier(input: $input) {
    id
    reference
    status
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<AssociationUpdateDossierMutation, AssociationUpdateDossierMutationVariables>;
export const AssociationSubmitDossierDocument = new TypedDocumentString(`
    mutation AssociationSubmitDossier($input: DossierVersionInput!) {
  submitDossier(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AssociationSubmitDossierMutation, AssociationSubmitDossierMutationVariables>;
export const AssociationWithdrawDossierDocument = new TypedDocumentString(`
    mutation AssociationWithdrawDossier($input: WithdrawDossierInput!) {
  withdrawDossier(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AssociationWithdrawDossierMutation, AssociationWithdrawDossierMutationVariables>;
export const AssociationRequestRenewalDocument = new TypedDocumentString(`
    mutation AssociationRequestRenewal($input: DossierVersionInput!) {
  requestRenewal(input: $input) {
    id
    status
    renewalNumber
    version
  }
}
    `) as unknown as TypedDocumentString<AssociationRequestRenewalMutation, AssociationRequestRenewalMutationVariables>;
export const AssociationAttachDocumentDocument = new TypedDocumentString(`
    mutation AssociationAttachDocument($input: AttachDocumentInput!) {
  attachDocument(input: $input) {
    id
    kind
    filename
    sizeBytes
    uploadedAt
  }
}
    `) as unknown as TypedDocumentString<AssociationAttachDocumentMutation, AssociationAttachDocumentMutationVariables>;
export const AssociationDocumentContentDocument = new TypedDocumentString(`
    query AssociationDocumentContent($departmentCode: String!, $id: UUID!) {
  documentContent(departmentCode: $departmentCode, id: $id) {
    ...FileContentFields
  }
}
    fragment FileContentFields on DocumentContent {
  filename
  contentType
  contentBase64
}`) as unknown as TypedDocumentString<AssociationDocumentContentQuery, AssociationDocumentContentQueryVariables>;
export const AssociationRequestAgrementDocument = new TypedDocumentString(`
    mutation AssociationRequestAgrement($input: RequestAgrementInput!) {
  requestAgrement(input: $input) {
    id
    departmentCode
    status
  }
}
    `) as unknown as TypedDocumentString<AssociationRequestAgrementMutation, AssociationRequestAgrementMutationVariables>;
export const AssociationAddAgrementPieceDocument = new TypedDocumentString(`
    mutation AssociationAddAgrementPiece($departmentCode: String!, $id: UUID!, $piece: PieceInputGql!) {
  addAgrementPiece(departmentCode: $departmentCode, id: $id, piece: $piece) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AssociationAddAgrementPieceMutation, AssociationAddAgrementPieceMutationVariables>;
export const AssociationRenewAgrementDocument = new TypedDocumentString(`
    mutation AssociationRenewAgrement($departmentCode: String!, $id: UUID!) {
  renewAgrement(departmentCode: $departmentCode, id: $id) {
    id
    departmentCode
    status
  }
}
    `) as unknown as TypedDocumentString<AssociationRenewAgrementMutation, AssociationRenewAgrementMutationVariables>;
export const AssociationTeamDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AssociationTeamQuery, AssociationTeamQueryVariables>;
export const AssociationResendInvitationDocument = new TypedDocumentString(`
    mutation AssociationResendInvitation($input: ResendInvitationInput!) {
  resendInvitation(input: $input) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<AssociationResendInvitationMutation, AssociationResendInvitationMutationVariables>;
export const AssociationInviteMemberDocument = new TypedDocumentString(`
    mutation AssociationInviteMember($input: InviteAssociationMemberInput!) {
  inviteAssociationMember(input: $input) {
    id
    email
    role
    status
  }
}
    `) as unknown as TypedDocumentString<AssociationInviteMemberMutation, AssociationInviteMemberMutationVariables>;
export const AssociationSetWorkerDepartmentsDocument = new TypedDocumentString(`
    mutation AssociationSetWorkerDepartments($associationId: UUID!, $userId: UUID!, $departmentCodes: [String!]) {
  setWorkerDepartments(
    associationId: $associationId
    userId: $userId
    departmentCodes: $departmentCodes
  )
}
    `) as unknown as TypedDocumentString<AssociationSetWorkerDepartmentsMutation, AssociationSetWorkerDepartmentsMutationVariables>;
export const CommissionSessionsDocument = new TypedDocumentString(`
    query CommissionSessions($departmentCode: String!) {
  sessions(departmentCode: $departmentCode, openOnly: true) {
    ...SessionFields
    agenda {
      id
    }
  }
}
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
}`) as unknown as TypedDocumentString<CommissionSessionsQuery, CommissionSessionsQueryVariables>;
export const CommissionSessionDocument = new TypedDocumentString(`
    query CommissionSession($departmentCode: String!, $id: UUID!) {
  session(departmentCode: $departmentCode, id: $id) {
    ...SessionDetailFields
  }
}
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
}`) as unknown as TypedDocumentString<CommissionSessionQuery, CommissionSessionQueryVariables>;
export const CommissionMembersDocument = new TypedDocumentString(`
    query CommissionMembers($departmentCode: String!) {
  commission(departmentCode: $departmentCode) {
    id
    members {
      id
      fullName
      seat
      organisation
      voting
      active
    }
  }
}
    `) as unknown as TypedDocumentString<CommissionMembersQuery, CommissionMembersQueryVariables>;
export const MinistryDepartmentsDocument = new TypedDocumentString(`
    query MinistryDepartments {
  departments {
    code
    name
    regionCode
    regionName
    sortKey
    onboarded
  }
}
    `) as unknown as TypedDocumentString<MinistryDepartmentsQuery, MinistryDepartmentsQueryVariables>;
export const MinistryNationalReportDocument = new TypedDocumentString(`
    query MinistryNationalReport($year: Int!, $quarter: Int, $month: Int) {
  nationalReport(year: $year, quarter: $quarter, month: $month) {
    periodKind
    start
    end
    nationalMedianDaysToDecision
    indicators {
      key
      label
      national {
        ...FigureFields
      }
      departments {
        departmentCode
        figure {
          ...FigureFields
        }
      }
    }
    context {
      ...DepartmentContextFields
    }
  }
}
    fragment FigureFields on Figure {
  value
  label
  hidden
  reason
}
fragment DepartmentContextFields on DepartmentContext {
  departmentCode
  commissionInstalledOn
  sessionsHeld
  associationsInForce
  medianDaysToDecision
}`) as unknown as TypedDocumentString<MinistryNationalReportQuery, MinistryNationalReportQueryVariables>;
export const MinistryDepartmentReportDocument = new TypedDocumentString(`
    query MinistryDepartmentReport($departmentCode: String!, $year: Int!, $quarter: Int, $month: Int) {
  departmentReport(
    departmentCode: $departmentCode
    year: $year
    quarter: $quarter
    month: $month
  ) {
    periodKind
    start
    end
    indicators {
      key
      label
      national {
        ...FigureFields
      }
      breakdowns {
        dimension
        categories
        national {
          ...FigureFields
        }
      }
    }
    context {
      ...DepartmentContextFields
    }
    declared {
      departmentCode
      indicator
      value
    }
  }
}
    fragment FigureFields on Figure {
  value
  label
  hidden
  reason
}
fragment DepartmentContextFields on DepartmentContext {
  departmentCode
  commissionInstalledOn
  sessionsHeld
  associationsInForce
  medianDaysToDecision
}`) as unknown as TypedDocumentString<MinistryDepartmentReportQuery, MinistryDepartmentReportQueryVariables>;
export const MinistryIndicatorSeriesDocument = new TypedDocumentString(`
    query MinistryIndicatorSeries($indicator: String!, $from: NaiveDate!, $to: NaiveDate!, $departmentCode: String) {
  indicatorSeries(
    indicator: $indicator
    from: $from
    to: $to
    departmentCode: $departmentCode
  ) {
    month
    figure {
      ...FigureFields
    }
  }
}
    fragment FigureFields on Figure {
  value
  label
  hidden
  reason
}`) as unknown as TypedDocumentString<MinistryIndicatorSeriesQuery, MinistryIndicatorSeriesQueryVariables>;
export const MinistryExportsDocument = new TypedDocumentString(`
    query MinistryExports {
  exports {
    id
    format
    status
    periodStart
    periodEnd
    filename
    createdAt
    readyAt
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<MinistryExportsQuery, MinistryExportsQueryVariables>;
export const MinistryRequestExportDocument = new TypedDocumentString(`
    mutation MinistryRequestExport($format: ExportFormat!, $year: Int!, $quarter: Int, $month: Int) {
  requestExport(format: $format, year: $year, quarter: $quarter, month: $month) {
    id
    format
    status
    filename
    createdAt
    readyAt
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<MinistryRequestExportMutation, MinistryRequestExportMutationVariables>;
export const MinistryExportFileDocument = new TypedDocumentString(`
    query MinistryExportFile($id: UUID!) {
  exportFile(id: $id) {
    filename
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<MinistryExportFileQuery, MinistryExportFileQueryVariables>;
export const OperatorDepartmentsDocument = new TypedDocumentString(`
    query OperatorDepartments {
  departments {
    code
    name
    regionName
    sortKey
    onboarded
    onboardedAt
  }
}
    `) as unknown as TypedDocumentString<OperatorDepartmentsQuery, OperatorDepartmentsQueryVariables>;
export const OnboardDepartmentDocument = new TypedDocumentString(`
    mutation OnboardDepartment($input: OnboardDepartmentInput!) {
  onboardDepartment(input: $input) {
    department {
      code
      name
      onboarded
      onboardedAt
    }
    commission {
      id
      installedOn
      arreteReference
    }
    invitation {
      id
      email
      role
      departmentCode
      createdAt
      expiresAt
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OnboardDepartmentMutation, OnboardDepartmentMutationVariables>;
export const OperatorDepartmentInvitationsDocument = new TypedDocumentString(`
    query OperatorDepartmentInvitations($departmentCode: String!) {
  invitations(departmentCode: $departmentCode) {
    id
    email
    role
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
    `) as unknown as TypedDocumentString<OperatorDepartmentInvitationsQuery, OperatorDepartmentInvitationsQueryVariables>;
export const OperatorResendInvitationDocument = new TypedDocumentString(`
    mutation OperatorResendInvitation($input: ResendInvitationInput!) {
  resendInvitation(input: $input) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<OperatorResendInvitationMutation, OperatorResendInvitationMutationVariables>;
export const PrefectureAgrementsDocument = new TypedDocumentString(`
    query PrefectureAgrements($departmentCode: String!, $statuses: [String!]!) {
  agrements(departmentCode: $departmentCode, statuses: $statuses) {
    ...AgrementWithTimelineFields
  }
}
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
fragment AgrementWithTimelineFields on Agrement {
  ...AgrementFields
  timeline {
    occurredAt
    actorRole
    kind
    details
  }
}`) as unknown as TypedDocumentString<PrefectureAgrementsQuery, PrefectureAgrementsQueryVariables>;
export const PrefectureAgrementDocument = new TypedDocumentString(`
    query PrefectureAgrement($departmentCode: String!, $id: UUID!) {
  agrement(departmentCode: $departmentCode, id: $id) {
    ...AgrementWithTimelineFields
  }
}
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
fragment AgrementWithTimelineFields on Agrement {
  ...AgrementFields
  timeline {
    occurredAt
    actorRole
    kind
    details
  }
}`) as unknown as TypedDocumentString<PrefectureAgrementQuery, PrefectureAgrementQueryVariables>;
export const PrefectureAgrementPieceContentDocument = new TypedDocumentString(`
    query PrefectureAgrementPieceContent($departmentCode: String!, $agrementId: UUID!, $pieceId: UUID!) {
  agrementPieceContent(
    departmentCode: $departmentCode
    agrementId: $agrementId
    pieceId: $pieceId
  ) {
    ...FileContentFields
  }
}
    fragment FileContentFields on DocumentContent {
  filename
  contentType
  contentBase64
}`) as unknown as TypedDocumentString<PrefectureAgrementPieceContentQuery, PrefectureAgrementPieceContentQueryVariables>;
export const PrefectureAgrementSessionsDocument = new TypedDocumentString(`
    query PrefectureAgrementSessions($departmentCode: String!) {
  sessions(departmentCode: $departmentCode, openOnly: true) {
    id
    scheduledAt
    place
  }
}
    `) as unknown as TypedDocumentString<PrefectureAgrementSessionsQuery, PrefectureAgrementSessionsQueryVariables>;
export const PrefectureRequestMissingPiecesDocument = new TypedDocumentString(`
    mutation PrefectureRequestMissingPieces($input: RequestMissingPiecesInput!) {
  requestMissingPieces(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PrefectureRequestMissingPiecesMutation, PrefectureRequestMissingPiecesMutationVariables>;
export const PrefectureMarkAgrementCompleteDocument = new TypedDocumentString(`
    mutation PrefectureMarkAgrementComplete($input: AgrementStepInput!) {
  markAgrementComplete(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PrefectureMarkAgrementCompleteMutation, PrefectureMarkAgrementCompleteMutationVariables>;
export const PrefectureDecideAgrementDocument = new TypedDocumentString(`
    mutation PrefectureDecideAgrement($input: DecideAgrementInput!) {
  decideAgrement(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PrefectureDecideAgrementMutation, PrefectureDecideAgrementMutationVariables>;
export const PrefectureSuspendAgrementDocument = new TypedDocumentString(`
    mutation PrefectureSuspendAgrement($input: EndAgrementInput!) {
  suspendAgrement(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PrefectureSuspendAgrementMutation, PrefectureSuspendAgrementMutationVariables>;
export const PrefectureLiftAgrementSuspensionDocument = new TypedDocumentString(`
    mutation PrefectureLiftAgrementSuspension($input: EndAgrementInput!) {
  liftAgrementSuspension(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PrefectureLiftAgrementSuspensionMutation, PrefectureLiftAgrementSuspensionMutationVariables>;
export const PrefectureWithdrawAgrementDocument = new TypedDocumentString(`
    mutation PrefectureWithdrawAgrement($input: EndAgrementInput!) {
  withdrawAgrement(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PrefectureWithdrawAgrementMutation, PrefectureWithdrawAgrementMutationVariables>;
export const PrefectureReviewAgrementDocument = new TypedDocumentString(`
    mutation PrefectureReviewAgrement($input: ReviewAgrementInput!) {
  reviewAgrement(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PrefectureReviewAgrementMutation, PrefectureReviewAgrementMutationVariables>;
export const PrefectureTransfersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PrefectureTransfersQuery, PrefectureTransfersQueryVariables>;
export const PrefectureCommissionDocument = new TypedDocumentString(`
    query PrefectureCommission($departmentCode: String!, $activeOn: NaiveDate) {
  commission(departmentCode: $departmentCode) {
    id
    installedOn
    arreteReference
    members(activeOn: $activeOn) {
      id
      fullName
      seat
      organisation
      associationId
      userId
      voting
      termStart
      termEnd
      endedOn
      endedReason
      active
      email
      linked
      invited
    }
  }
}
    `) as unknown as TypedDocumentString<PrefectureCommissionQuery, PrefectureCommissionQueryVariables>;
export const PrefectureCommissionAssociationsDocument = new TypedDocumentString(`
    query PrefectureCommissionAssociations {
  associations {
    id
    name
    seatDepartmentCode
  }
}
    `) as unknown as TypedDocumentString<PrefectureCommissionAssociationsQuery, PrefectureCommissionAssociationsQueryVariables>;
export const PrefectureAddCommissionMemberDocument = new TypedDocumentString(`
    mutation PrefectureAddCommissionMember($input: AddCommissionMemberInput!) {
  addCommissionMember(input: $input) {
    id
    fullName
    seat
    termStart
    termEnd
  }
}
    `) as unknown as TypedDocumentString<PrefectureAddCommissionMemberMutation, PrefectureAddCommissionMemberMutationVariables>;
export const PrefectureEndCommissionMemberTermDocument = new TypedDocumentString(`
    mutation PrefectureEndCommissionMemberTerm($input: EndCommissionMemberTermInput!) {
  endCommissionMemberTerm(input: $input) {
    id
    fullName
    endedOn
    endedReason
    active
  }
}
    `) as unknown as TypedDocumentString<PrefectureEndCommissionMemberTermMutation, PrefectureEndCommissionMemberTermMutationVariables>;
export const PrefectureUpdateCommissionMemberDocument = new TypedDocumentString(`
    mutation PrefectureUpdateCommissionMember($input: UpdateCommissionMemberInput!) {
  updateCommissionMember(input: $input) {
    id
    fullName
    organisation
    email
    voting
    termEnd
  }
}
    `) as unknown as TypedDocumentString<PrefectureUpdateCommissionMemberMutation, PrefectureUpdateCommissionMemberMutationVariables>;
export const PrefectureInviteCommissionMemberDocument = new TypedDocumentString(`
    mutation PrefectureInviteCommissionMember($input: InviteCommissionMemberInput!) {
  inviteCommissionMember(input: $input) {
    id
    fullName
    linked
    invited
  }
}
    `) as unknown as TypedDocumentString<PrefectureInviteCommissionMemberMutation, PrefectureInviteCommissionMemberMutationVariables>;
export const PrefectureDecisionSignatoryDocument = new TypedDocumentString(`
    query PrefectureDecisionSignatory($departmentCode: String!) {
  decisionSignatory(departmentCode: $departmentCode) {
    firstName
    lastName
    quality
    delegation
    tribunal
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<PrefectureDecisionSignatoryQuery, PrefectureDecisionSignatoryQueryVariables>;
export const PrefectureSetDecisionSignatoryDocument = new TypedDocumentString(`
    mutation PrefectureSetDecisionSignatory($input: SetDecisionSignatoryInput!) {
  setDecisionSignatory(input: $input) {
    firstName
    lastName
    quality
    delegation
    tribunal
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<PrefectureSetDecisionSignatoryMutation, PrefectureSetDecisionSignatoryMutationVariables>;
export const PrefectureOpenSessionsDocument = new TypedDocumentString(`
    query PrefectureOpenSessions($departmentCode: String!) {
  sessions(departmentCode: $departmentCode, openOnly: true) {
    id
    scheduledAt
    place
    status
  }
}
    `) as unknown as TypedDocumentString<PrefectureOpenSessionsQuery, PrefectureOpenSessionsQueryVariables>;
export const PrefectureQueueCountsDocument = new TypedDocumentString(`
    query PrefectureQueueCounts($departmentCode: String!) {
  toComplete: dossiers(
    departmentCode: $departmentCode
    queue: TO_COMPLETE
    first: 1
  ) {
    totalCount
  }
  toSchedule: dossiers(
    departmentCode: $departmentCode
    queue: TO_SCHEDULE
    first: 1
  ) {
    totalCount
  }
  onAgenda: dossiers(departmentCode: $departmentCode, queue: ON_AGENDA, first: 1) {
    totalCount
  }
  awaitingDecision: dossiers(
    departmentCode: $departmentCode
    queue: AWAITING_DECISION
    first: 1
  ) {
    totalCount
  }
  renewalsDue: dossiers(
    departmentCode: $departmentCode
    queue: RENEWALS_DUE
    first: 1
  ) {
    totalCount
  }
  periodsEnded: dossiers(
    departmentCode: $departmentCode
    queue: PERIODS_ENDED
    first: 1
  ) {
    totalCount
  }
  toTransfer: dossiers(
    departmentCode: $departmentCode
    queue: TO_TRANSFER
    first: 1
  ) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PrefectureQueueCountsQuery, PrefectureQueueCountsQueryVariables>;
export const PrefectureDossiersDocument = new TypedDocumentString(`
    query PrefectureDossiers($departmentCode: String!, $queue: DossierQueue, $reference: String, $first: Int!, $after: String) {
  dossiers(
    departmentCode: $departmentCode
    queue: $queue
    reference: $reference
    first: $first
    after: $after
  ) {
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
    fragment PeriodFields on Period {
  number
  startDate
  endDate
}`) as unknown as TypedDocumentString<PrefectureDossiersQuery, PrefectureDossiersQueryVariables>;
export const PrefectureDossierDocument = new TypedDocumentString(`
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
    fragment PeriodFields on Period {
  number
  startDate
  endDate
}
fragment ActionFields on Action {
  id
  domain
  description
  durationMonths
  expectedResult
}
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
}`) as unknown as TypedDocumentString<PrefectureDossierQuery, PrefectureDossierQueryVariables>;
export const PrefectureDossierIdentityDocument = new TypedDocumentString(`
    query PrefectureDossierIdentity($departmentCode: String!, $id: UUID!) {
  dossier(departmentCode: $departmentCode, id: $id) {
    id
    identity {
      ...IdentityFields
    }
  }
}
    fragment IdentityFields on Identity {
  firstName
  lastName
  birthDate
  nationality
  contact
}`) as unknown as TypedDocumentString<PrefectureDossierIdentityQuery, PrefectureDossierIdentityQueryVariables>;
export const PrefectureDecisionLetterDocument = new TypedDocumentString(`
    query PrefectureDecisionLetter($departmentCode: String!, $decisionId: UUID!) {
  decisionLetterPdf(departmentCode: $departmentCode, decisionId: $decisionId)
}
    `) as unknown as TypedDocumentString<PrefectureDecisionLetterQuery, PrefectureDecisionLetterQueryVariables>;
export const PrefectureDocumentContentDocument = new TypedDocumentString(`
    query PrefectureDocumentContent($departmentCode: String!, $id: UUID!) {
  documentContent(departmentCode: $departmentCode, id: $id) {
    ...FileContentFields
  }
}
    fragment FileContentFields on DocumentContent {
  filename
  contentType
  contentBase64
}`) as unknown as TypedDocumentString<PrefectureDocumentContentQuery, PrefectureDocumentContentQueryVariables>;
export const PrefectureReturnDossierDocument = new TypedDocumentString(`
    mutation PrefectureReturnDossier($input: ReturnDossierInput!) {
  returnDossierForCompletion(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PrefectureReturnDossierMutation, PrefectureReturnDossierMutationVariables>;
export const PrefectureDecideDossierDocument = new TypedDocumentString(`
    mutation PrefectureDecideDossier($input: DecideDossierInput!) {
  decideDossier(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PrefectureDecideDossierMutation, PrefectureDecideDossierMutationVariables>;
export const PrefectureStopParcoursDocument = new TypedDocumentString(`
    mutation PrefectureStopParcours($input: StopParcoursInput!) {
  stopParcours(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PrefectureStopParcoursMutation, PrefectureStopParcoursMutationVariables>;
export const PrefectureRecordPeriodBenefitsDocument = new TypedDocumentString(`
    mutation PrefectureRecordPeriodBenefits($input: RecordPeriodBenefitsInput!) {
  recordPeriodBenefits(input: $input) {
    number
    afisMonthlyCents
  }
}
    `) as unknown as TypedDocumentString<PrefectureRecordPeriodBenefitsMutation, PrefectureRecordPeriodBenefitsMutationVariables>;
export const PrefectureDeclaredIndicatorsDocument = new TypedDocumentString(`
    query PrefectureDeclaredIndicators($departmentCode: String!) {
  declaredIndicators(departmentCode: $departmentCode) {
    id
    periodKind
    periodStart
    indicator
    value
    note
    declaredAt
    declaredBy
  }
}
    `) as unknown as TypedDocumentString<PrefectureDeclaredIndicatorsQuery, PrefectureDeclaredIndicatorsQueryVariables>;
export const PrefectureDeclareIndicatorsDocument = new TypedDocumentString(`
    mutation PrefectureDeclareIndicators($input: DeclareIndicatorsInput!) {
  declareIndicators(input: $input) {
    id
    periodKind
    periodStart
    indicator
    value
  }
}
    `) as unknown as TypedDocumentString<PrefectureDeclareIndicatorsMutation, PrefectureDeclareIndicatorsMutationVariables>;
export const PrefectureSessionConvocationsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PrefectureSessionConvocationsQuery, PrefectureSessionConvocationsQueryVariables>;
export const PrefectureSendConvocationsDocument = new TypedDocumentString(`
    mutation PrefectureSendConvocations($input: SendConvocationsInput!) {
  sendConvocations(input: $input)
}
    `) as unknown as TypedDocumentString<PrefectureSendConvocationsMutation, PrefectureSendConvocationsMutationVariables>;
export const PrefectureSessionsDocument = new TypedDocumentString(`
    query PrefectureSessions($departmentCode: String!) {
  sessions(departmentCode: $departmentCode) {
    ...SessionFields
    hasMinutes
    agenda {
      id
      avisKind
    }
  }
}
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
}`) as unknown as TypedDocumentString<PrefectureSessionsQuery, PrefectureSessionsQueryVariables>;
export const PrefectureScheduleSessionDocument = new TypedDocumentString(`
    mutation PrefectureScheduleSession($input: ScheduleSessionInput!) {
  scheduleSession(input: $input) {
    id
    scheduledAt
    place
  }
}
    `) as unknown as TypedDocumentString<PrefectureScheduleSessionMutation, PrefectureScheduleSessionMutationVariables>;
export const PrefectureSessionDocument = new TypedDocumentString(`
    query PrefectureSession($departmentCode: String!, $id: UUID!) {
  session(departmentCode: $departmentCode, id: $id) {
    ...SessionDetailFields
    hasMinutes
    agenda {
      dossierId
      dossierVersion
      associationId
    }
  }
}
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
}`) as unknown as TypedDocumentString<PrefectureSessionQuery, PrefectureSessionQueryVariables>;
export const PrefectureSessionMembersDocument = new TypedDocumentString(`
    query PrefectureSessionMembers($departmentCode: String!, $activeOn: NaiveDate!) {
  commission(departmentCode: $departmentCode) {
    id
    members(activeOn: $activeOn) {
      id
      fullName
      seat
      organisation
      associationId
      voting
    }
  }
}
    `) as unknown as TypedDocumentString<PrefectureSessionMembersQuery, PrefectureSessionMembersQueryVariables>;
export const PrefectureSessionDossiersDocument = new TypedDocumentString(`
    query PrefectureSessionDossiers($departmentCode: String!, $queue: DossierQueue!) {
  dossiers(departmentCode: $departmentCode, queue: $queue, first: 100) {
    nodes {
      id
      reference
      version
      renewalNumber
      submittedAt
      agendaSessionId
      association {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrefectureSessionDossiersQuery, PrefectureSessionDossiersQueryVariables>;
export const PrefectureAddToAgendaDocument = new TypedDocumentString(`
    mutation PrefectureAddToAgenda($input: AddToAgendaInput!) {
  addToAgenda(input: $input) {
    id
    reference
    status
    agendaSessionId
  }
}
    `) as unknown as TypedDocumentString<PrefectureAddToAgendaMutation, PrefectureAddToAgendaMutationVariables>;
export const PrefectureRecordAttendanceDocument = new TypedDocumentString(`
    mutation PrefectureRecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    id
    attendance {
      memberId
      present
      mode
      mandateTo
    }
  }
}
    `) as unknown as TypedDocumentString<PrefectureRecordAttendanceMutation, PrefectureRecordAttendanceMutationVariables>;
export const PrefectureRecordAvisDocument = new TypedDocumentString(`
    mutation PrefectureRecordAvis($input: RecordAvisInput!) {
  recordAvis(input: $input) {
    id
    reference
    status
  }
}
    `) as unknown as TypedDocumentString<PrefectureRecordAvisMutation, PrefectureRecordAvisMutationVariables>;
export const PrefectureCloseSessionDocument = new TypedDocumentString(`
    mutation PrefectureCloseSession($input: CloseSessionInput!) {
  closeSession(input: $input) {
    id
    status
    closedAt
    hasMinutes
  }
}
    `) as unknown as TypedDocumentString<PrefectureCloseSessionMutation, PrefectureCloseSessionMutationVariables>;
export const PrefectureSessionMinutesDocument = new TypedDocumentString(`
    query PrefectureSessionMinutes($departmentCode: String!, $id: UUID!) {
  session(departmentCode: $departmentCode, id: $id) {
    id
    scheduledAt
    minutesPdf
  }
}
    `) as unknown as TypedDocumentString<PrefectureSessionMinutesQuery, PrefectureSessionMinutesQueryVariables>;
export const PrefectureAdjournSessionDocument = new TypedDocumentString(`
    mutation PrefectureAdjournSession($input: SessionRefInput!) {
  adjournSession(input: $input) {
    id
    status
    quorumMembers
    quorumCounted
  }
}
    `) as unknown as TypedDocumentString<PrefectureAdjournSessionMutation, PrefectureAdjournSessionMutationVariables>;
export const PrefectureCancelSessionDocument = new TypedDocumentString(`
    mutation PrefectureCancelSession($input: CancelSessionInput!) {
  cancelSession(input: $input) {
    id
    status
    endReason
  }
}
    `) as unknown as TypedDocumentString<PrefectureCancelSessionMutation, PrefectureCancelSessionMutationVariables>;
export const PrefectureScheduleSecondConvocationDocument = new TypedDocumentString(`
    mutation PrefectureScheduleSecondConvocation($input: ScheduleSecondConvocationInput!) {
  scheduleSecondConvocation(input: $input) {
    id
    scheduledAt
  }
}
    `) as unknown as TypedDocumentString<PrefectureScheduleSecondConvocationMutation, PrefectureScheduleSecondConvocationMutationVariables>;
export const PrefectureRemoveFromAgendaDocument = new TypedDocumentString(`
    mutation PrefectureRemoveFromAgenda($input: RemoveFromAgendaInput!) {
  removeFromAgenda(input: $input) {
    id
    reference
    status
  }
}
    `) as unknown as TypedDocumentString<PrefectureRemoveFromAgendaMutation, PrefectureRemoveFromAgendaMutationVariables>;
export const PrefectureDepartmentUsersDocument = new TypedDocumentString(`
    query PrefectureDepartmentUsers($departmentCode: String!) {
  departmentUsers(departmentCode: $departmentCode) {
    userId
    email
    displayName
    role
    since
  }
}
    `) as unknown as TypedDocumentString<PrefectureDepartmentUsersQuery, PrefectureDepartmentUsersQueryVariables>;
export const PrefectureInvitationsDocument = new TypedDocumentString(`
    query PrefectureInvitations($departmentCode: String!) {
  invitations(departmentCode: $departmentCode) {
    id
    email
    role
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
    `) as unknown as TypedDocumentString<PrefectureInvitationsQuery, PrefectureInvitationsQueryVariables>;
export const PrefectureResendInvitationDocument = new TypedDocumentString(`
    mutation PrefectureResendInvitation($input: ResendInvitationInput!) {
  resendInvitation(input: $input) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<PrefectureResendInvitationMutation, PrefectureResendInvitationMutationVariables>;
export const PrefectureInviteUserDocument = new TypedDocumentString(`
    mutation PrefectureInviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    email
    role
    status
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<PrefectureInviteUserMutation, PrefectureInviteUserMutationVariables>;