/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type OnboardDepartmentInput = {
  /** The first prefecture admin, invited by e-mail. */
  adminEmail: string;
  /** Reference of the prefect's arrêté setting its composition. */
  arreteReference: string;
  departmentCode: string;
  /** Date of the commission's installation. */
  installedOn: string;
};

/** The seven roles of CDLP. */
export type Role =
  | 'ASSOCIATION_ADMIN'
  | 'ASSOCIATION_WORKER'
  | 'COMMISSION_MEMBER'
  | 'MINISTRY_ANALYST'
  | 'PLATFORM_OPERATOR'
  | 'PREFECTURE_ADMIN'
  | 'PREFECTURE_AGENT';

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, userId: string } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
  name: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { token: string, expiresAt: string, userId: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, memberships: Array<{ role: Role, departmentCode: string | null, departmentName: string | null, associationId: string | null, associationName: string | null }> } };

export type OperatorDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorDepartmentsQuery = { departments: Array<{ code: string, name: string, regionName: string, sortKey: number, onboarded: boolean, onboardedAt: string | null }> };

export type OnboardDepartmentMutationVariables = Exact<{
  input: OnboardDepartmentInput;
}>;


export type OnboardDepartmentMutation = { onboardDepartment: { department: { code: string, name: string, onboarded: boolean, onboardedAt: string | null }, commission: { id: string, installedOn: string, arreteReference: string }, invitation: { id: string, email: string, role: Role, departmentCode: string | null, createdAt: string, expiresAt: string, status: InvitationStatus } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    userId
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $password: String!, $name: String!) {
  acceptInvitation(token: $token, password: $password, name: $name) {
    token
    expiresAt
    userId
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const OperatorDepartmentsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<OperatorDepartmentsQuery, OperatorDepartmentsQueryVariables>;
export const OnboardDepartmentDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<OnboardDepartmentMutation, OnboardDepartmentMutationVariables>;