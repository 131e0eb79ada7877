import { graphql } from "../../gql";

export const departmentsQuery = graphql(`
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
`);

export const onboardDepartmentMutation = graphql(`
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
`);

export const departmentInvitationsQuery = graphql(`
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
`);

export const resendDepartmentInvitationMutation = graphql(`
  mutation OperatorResendInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      id
      email
    }
  }
`);
