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
