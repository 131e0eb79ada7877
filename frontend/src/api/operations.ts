import { graphql } from "../gql";

// Operations shared by the shell (session, accounts). Space-specific operations live in
// each space's folder; `npm run codegen` picks up every graphql(`...`) call under src/.

export const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      userId
    }
  }
`);

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!, $name: String!) {
    acceptInvitation(token: $token, password: $password, name: $name) {
      token
      expiresAt
      userId
    }
  }
`);

/** A fresh token for the signed-in person (idle warning's "Rester connecté", silent renewal). */
export const refreshTokenMutation = graphql(`
  mutation RefreshToken {
    refreshToken {
      token
      expiresAt
      userId
    }
  }
`);

export const meQuery = graphql(`
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
`);

/** Admins (and the operator) end someone's role; nobody revokes their own (BAD_USER_INPUT on userId). */
export const revokeMembershipMutation = graphql(`
  mutation RevokeMembership($input: RevokeMembershipInput!) {
    revokeMembership(input: $input)
  }
`);
