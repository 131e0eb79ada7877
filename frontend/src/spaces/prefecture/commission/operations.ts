import { graphql } from "../../../gql";

export const commissionQuery = graphql(`
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
`);

export const commissionAssociationsQuery = graphql(`
  query PrefectureCommissionAssociations {
    associations {
      id
      name
      seatDepartmentCode
    }
  }
`);

export const addCommissionMemberMutation = graphql(`
  mutation PrefectureAddCommissionMember($input: AddCommissionMemberInput!) {
    addCommissionMember(input: $input) {
      id
      fullName
      seat
      termStart
      termEnd
    }
  }
`);

export const endCommissionMemberTermMutation = graphql(`
  mutation PrefectureEndCommissionMemberTerm($input: EndCommissionMemberTermInput!) {
    endCommissionMemberTerm(input: $input) {
      id
      fullName
      endedOn
      endedReason
      active
    }
  }
`);

export const updateCommissionMemberMutation = graphql(`
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
`);

export const inviteCommissionMemberMutation = graphql(`
  mutation PrefectureInviteCommissionMember($input: InviteCommissionMemberInput!) {
    inviteCommissionMember(input: $input) {
      id
      fullName
      linked
      invited
    }
  }
`);
