import { graphql } from "../../gql";

export const sessionsQuery = graphql(`
  query CommissionSessions($departmentCode: String!) {
    sessions(departmentCode: $departmentCode, openOnly: true) {
      ...SessionFields
      agenda {
        id
      }
    }
  }
`);

export const sessionQuery = graphql(`
  query CommissionSession($departmentCode: String!, $id: UUID!) {
    session(departmentCode: $departmentCode, id: $id) {
      ...SessionDetailFields
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
