import { graphql } from "../../../gql";

export const declaredIndicatorsQuery = graphql(`
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
`);

export const declareIndicatorsMutation = graphql(`
  mutation PrefectureDeclareIndicators($input: DeclareIndicatorsInput!) {
    declareIndicators(input: $input) {
      id
      periodKind
      periodStart
      indicator
      value
    }
  }
`);
