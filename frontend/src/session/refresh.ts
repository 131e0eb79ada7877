import { TypedDocumentString } from "../gql/graphql";

/*
 * refreshToken: AuthPayload! — a fresh token for the signed-in person (same headers, no
 * arguments). It is being added to the back end and is NOT yet in ../schema.graphql, so this
 * document is written by hand (codegen would reject an unknown field).
 *
 * To switch to the generated version once schema.graphql has it:
 *   export const refreshTokenMutation = graphql(`mutation RefreshToken { refreshToken { token expiresAt userId } }`);
 * (import { graphql } from "../gql"), then `npm run codegen`.
 */
export type RefreshTokenResult = { refreshToken: { token: string; expiresAt: string; userId: string } };

export const refreshTokenMutation = new TypedDocumentString<RefreshTokenResult, Record<string, never>>(`
  mutation RefreshToken {
    refreshToken {
      token
      expiresAt
      userId
    }
  }
`);
