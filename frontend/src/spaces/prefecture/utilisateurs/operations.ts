import { graphql } from "../../../gql";

export const departmentUsersQuery = graphql(`
  query PrefectureDepartmentUsers($departmentCode: String!) {
    departmentUsers(departmentCode: $departmentCode) {
      userId
      email
      displayName
      role
      since
    }
  }
`);

export const invitationsQuery = graphql(`
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
`);

export const resendInvitationMutation = graphql(`
  mutation PrefectureResendInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      id
      email
    }
  }
`);

export const inviteUserMutation = graphql(`
  mutation PrefectureInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      role
      status
      expiresAt
    }
  }
`);
