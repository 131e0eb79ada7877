import { graphql } from "../../../gql";

export const decisionSignatoryQuery = graphql(`
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
`);

export const setDecisionSignatoryMutation = graphql(`
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
`);
