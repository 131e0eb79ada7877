/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      userId\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $name: String!) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      token\n      expiresAt\n      userId\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        role\n        departmentCode\n        departmentName\n        associationId\n        associationName\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query OperatorDepartments {\n    departments {\n      code\n      name\n      regionName\n      sortKey\n      onboarded\n      onboardedAt\n    }\n  }\n": typeof types.OperatorDepartmentsDocument,
    "\n  mutation OnboardDepartment($input: OnboardDepartmentInput!) {\n    onboardDepartment(input: $input) {\n      department {\n        code\n        name\n        onboarded\n        onboardedAt\n      }\n      commission {\n        id\n        installedOn\n        arreteReference\n      }\n      invitation {\n        id\n        email\n        role\n        departmentCode\n        createdAt\n        expiresAt\n        status\n      }\n    }\n  }\n": typeof types.OnboardDepartmentDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      userId\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $name: String!) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      token\n      expiresAt\n      userId\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        role\n        departmentCode\n        departmentName\n        associationId\n        associationName\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query OperatorDepartments {\n    departments {\n      code\n      name\n      regionName\n      sortKey\n      onboarded\n      onboardedAt\n    }\n  }\n": types.OperatorDepartmentsDocument,
    "\n  mutation OnboardDepartment($input: OnboardDepartmentInput!) {\n    onboardDepartment(input: $input) {\n      department {\n        code\n        name\n        onboarded\n        onboardedAt\n      }\n      commission {\n        id\n        installedOn\n        arreteReference\n      }\n      invitation {\n        id\n        email\n        role\n        departmentCode\n        createdAt\n        expiresAt\n        status\n      }\n    }\n  }\n": types.OnboardDepartmentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      userId\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!, $name: String!) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      token\n      expiresAt\n      userId\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        role\n        departmentCode\n        departmentName\n        associationId\n        associationName\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorDepartments {\n    departments {\n      code\n      name\n      regionName\n      sortKey\n      onboarded\n      onboardedAt\n    }\n  }\n"): typeof import('./graphql').OperatorDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardDepartment($input: OnboardDepartmentInput!) {\n    onboardDepartment(input: $input) {\n      department {\n        code\n        name\n        onboarded\n        onboardedAt\n      }\n      commission {\n        id\n        installedOn\n        arreteReference\n      }\n      invitation {\n        id\n        email\n        role\n        departmentCode\n        createdAt\n        expiresAt\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').OnboardDepartmentDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
