import { graphql } from "../../../gql";

export const sessionsQuery = graphql(`
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
`);

export const scheduleSessionMutation = graphql(`
  mutation PrefectureScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      id
      scheduledAt
      place
    }
  }
`);

export const sessionQuery = graphql(`
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
`);

export const sessionMembersQuery = graphql(`
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
`);

export const sessionDossiersQuery = graphql(`
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
`);

export const addToAgendaMutation = graphql(`
  mutation PrefectureAddToAgenda($input: AddToAgendaInput!) {
    addToAgenda(input: $input) {
      id
      reference
      status
      agendaSessionId
    }
  }
`);

export const recordAttendanceMutation = graphql(`
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
`);

export const recordAvisMutation = graphql(`
  mutation PrefectureRecordAvis($input: RecordAvisInput!) {
    recordAvis(input: $input) {
      id
      reference
      status
    }
  }
`);

export const closeSessionMutation = graphql(`
  mutation PrefectureCloseSession($input: CloseSessionInput!) {
    closeSession(input: $input) {
      id
      status
      closedAt
      hasMinutes
    }
  }
`);

export const sessionMinutesQuery = graphql(`
  query PrefectureSessionMinutes($departmentCode: String!, $id: UUID!) {
    session(departmentCode: $departmentCode, id: $id) {
      id
      scheduledAt
      minutesPdf
    }
  }
`);

export const adjournSessionMutation = graphql(`
  mutation PrefectureAdjournSession($input: SessionRefInput!) {
    adjournSession(input: $input) {
      id
      status
      quorumMembers
      quorumCounted
    }
  }
`);

export const cancelSessionMutation = graphql(`
  mutation PrefectureCancelSession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      id
      status
      endReason
    }
  }
`);

export const scheduleSecondConvocationMutation = graphql(`
  mutation PrefectureScheduleSecondConvocation($input: ScheduleSecondConvocationInput!) {
    scheduleSecondConvocation(input: $input) {
      id
      scheduledAt
    }
  }
`);

export const removeFromAgendaMutation = graphql(`
  mutation PrefectureRemoveFromAgenda($input: RemoveFromAgendaInput!) {
    removeFromAgenda(input: $input) {
      id
      reference
      status
    }
  }
`);
