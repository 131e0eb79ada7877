import { graphql } from "../../gql";

export const sessionsQuery = graphql(`
  query CommissionSessions($departmentCode: String!) {
    sessions(departmentCode: $departmentCode, openOnly: true) {
      id
      scheduledAt
      place
      visio
      secondConvocation
      status
      agenda {
        id
      }
    }
  }
`);

export const sessionQuery = graphql(`
  query CommissionSession($departmentCode: String!, $id: UUID!) {
    session(departmentCode: $departmentCode, id: $id) {
      id
      scheduledAt
      place
      visio
      secondConvocation
      status
      convenedAt
      closedAt
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
      }
    }
  }
`);

export const membersQuery = graphql(`
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
`);
