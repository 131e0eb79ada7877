use async_graphql::{Context, Enum, InputObject, Object, SimpleObject};
use cdlp_db::accounts::{
    AssociationMemberRow, DepartmentUserRow, InvitationRow, MembershipView, UserRow,
};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{principal, services};
use crate::ApiError;
use crate::services::InviteUser;

/// The seven roles of CDLP.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(name = "Role", remote = "cdlp_domain::Role")]
pub enum RoleName {
    PlatformOperator,
    PrefectureAdmin,
    PrefectureAgent,
    CommissionMember,
    AssociationAdmin,
    AssociationWorker,
    MinistryAnalyst,
}

fn role_of(raw: &str) -> Result<RoleName, ApiError> {
    cdlp_domain::Role::parse(raw)
        .map(RoleName::from)
        .map_err(|e| ApiError::Internal(e.to_string()))
}

/// The signed-in person.
pub struct Viewer {
    user: UserRow,
    memberships: Vec<MembershipView>,
}

#[Object]
impl Viewer {
    async fn id(&self) -> Uuid {
        self.user.id
    }
    async fn email(&self) -> &str {
        &self.user.email
    }
    async fn display_name(&self) -> &str {
        &self.user.display_name
    }
    /// Roles held, each in its scope (a département, an association, or national).
    async fn memberships(&self) -> Result<Vec<Membership>, ApiError> {
        self.memberships
            .iter()
            .map(|m| {
                Ok(Membership {
                    role: role_of(&m.role)?,
                    department_code: m.department_code.clone(),
                    department_name: m.department_name.clone(),
                    association_id: m.association_id,
                    association_name: m.association_name.clone(),
                })
            })
            .collect()
    }
}

#[derive(SimpleObject)]
pub struct Membership {
    role: RoleName,
    department_code: Option<String>,
    department_name: Option<String>,
    association_id: Option<Uuid>,
    association_name: Option<String>,
}

/// A session: send the token as `Authorization: Bearer <token>`.
#[derive(SimpleObject)]
pub struct AuthPayload {
    token: String,
    expires_at: DateTime<Utc>,
    user_id: Uuid,
}

impl From<crate::services::Session> for AuthPayload {
    fn from(s: crate::services::Session) -> Self {
        Self {
            token: s.token,
            expires_at: s.expires_at,
            user_id: s.user_id,
        }
    }
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Revoked,
    Expired,
}

/// An invitation, with what became of its e-mail when the caller may know it.
pub struct Invitation(pub InvitationRow, pub Option<cdlp_db::outbox::DeliveryRow>);

#[Object]
impl Invitation {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn email(&self) -> &str {
        &self.0.email
    }
    async fn role(&self) -> Result<RoleName, ApiError> {
        role_of(&self.0.role)
    }
    async fn department_code(&self) -> Option<&str> {
        self.0.department_code.as_deref()
    }
    async fn association_id(&self) -> Option<Uuid> {
        self.0.association_id
    }
    /// For an association worker limited to some départements.
    async fn department_codes(&self) -> Option<&[String]> {
        self.0.department_codes.as_deref()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }
    /// Whether the invitation e-mail went out (null when unknown to the caller).
    async fn delivery(&self) -> Option<super::mail::MailDelivery> {
        self.1.clone().map(super::mail::MailDelivery)
    }
    async fn status(&self) -> InvitationStatus {
        if self.0.accepted_at.is_some() {
            InvitationStatus::Accepted
        } else if self.0.revoked_at.is_some() {
            InvitationStatus::Revoked
        } else if self.0.expires_at <= Utc::now() {
            InvitationStatus::Expired
        } else {
            InvitationStatus::Pending
        }
    }
}

/// A member of an association's team.
pub struct AssociationMember(AssociationMemberRow);

#[Object]
impl AssociationMember {
    async fn user_id(&self) -> Uuid {
        self.0.user_id
    }
    async fn email(&self) -> &str {
        &self.0.email
    }
    async fn display_name(&self) -> &str {
        &self.0.display_name
    }
    async fn role(&self) -> Result<RoleName, ApiError> {
        role_of(&self.0.role)
    }
    async fn since(&self) -> DateTime<Utc> {
        self.0.since
    }
    /// Départements a worker is limited to (null: every département of the association).
    async fn department_codes(&self) -> Option<&[String]> {
        self.0.department_codes.as_deref()
    }
}

/// A person working in a département, with one of their roles there.
pub struct DepartmentUser(DepartmentUserRow);

#[Object]
impl DepartmentUser {
    async fn user_id(&self) -> Uuid {
        self.0.user_id
    }
    async fn email(&self) -> &str {
        &self.0.email
    }
    async fn display_name(&self) -> &str {
        &self.0.display_name
    }
    async fn role(&self) -> Result<RoleName, ApiError> {
        role_of(&self.0.role)
    }
    async fn since(&self) -> DateTime<Utc> {
        self.0.since
    }
}

#[derive(InputObject)]
pub struct InviteUserInput {
    email: String,
    role: RoleName,
    /// For prefecture roles and commission members.
    department_code: Option<String>,
    /// For association roles.
    association_id: Option<Uuid>,
}

#[derive(InputObject)]
pub struct RevokeMembershipInput {
    user_id: Uuid,
    role: RoleName,
    /// For prefecture roles and commission members.
    department_code: Option<String>,
    /// For association roles.
    association_id: Option<Uuid>,
}

#[derive(Default)]
pub struct AccountQuery;

#[Object]
impl AccountQuery {
    /// The signed-in person.
    async fn me(&self, ctx: &Context<'_>) -> Result<Viewer, ApiError> {
        let (user, memberships) = services(ctx).viewer(principal(ctx)?).await?;
        Ok(Viewer { user, memberships })
    }

    /// People holding a role in a département (its prefecture admins only).
    async fn department_users(
        &self,
        ctx: &Context<'_>,
        department_code: String,
    ) -> Result<Vec<DepartmentUser>, ApiError> {
        let rows = services(ctx)
            .department_users(principal(ctx)?, &department_code)
            .await?;
        Ok(rows.into_iter().map(DepartmentUser).collect())
    }

    /// Invitations issued in a département, newest first (its prefecture, and the operator).
    async fn invitations(
        &self,
        ctx: &Context<'_>,
        department_code: String,
    ) -> Result<Vec<Invitation>, ApiError> {
        let rows = services(ctx)
            .department_invitations(principal(ctx)?, &department_code)
            .await?;
        Ok(rows
            .into_iter()
            .map(|v| Invitation(v.row, v.delivery))
            .collect())
    }

    /// An association's team (its admins only).
    async fn association_members(
        &self,
        ctx: &Context<'_>,
        association_id: Uuid,
    ) -> Result<Vec<AssociationMember>, ApiError> {
        let (members, _) = services(ctx)
            .association_team(principal(ctx)?, association_id)
            .await?;
        Ok(members.into_iter().map(AssociationMember).collect())
    }

    /// Invitations an association issued, newest first (its admins only).
    async fn association_invitations(
        &self,
        ctx: &Context<'_>,
        association_id: Uuid,
    ) -> Result<Vec<Invitation>, ApiError> {
        let (_, invitations) = services(ctx)
            .association_team(principal(ctx)?, association_id)
            .await?;
        Ok(invitations
            .into_iter()
            .map(|v| Invitation(v.row, v.delivery))
            .collect())
    }
}

#[derive(Default)]
pub struct AccountMutation;

#[Object]
impl AccountMutation {
    /// Signs in; the token is valid for a short while (30 minutes by default).
    async fn login(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
    ) -> Result<AuthPayload, ApiError> {
        Ok(services(ctx)
            .login(&email, &password, super::client(ctx))
            .await?
            .into())
    }

    /// Activates an invitation (single use) and signs in.
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        token: String,
        password: String,
        name: String,
    ) -> Result<AuthPayload, ApiError> {
        Ok(services(ctx)
            .accept_invitation(&token, &password, &name, super::client(ctx))
            .await?
            .into())
    }

    /// A fresh token for the signed-in person (to stay signed in past the idle warning);
    /// a session cannot be kept alive more than 12 hours after the password was typed.
    async fn refresh_token(&self, ctx: &Context<'_>) -> Result<AuthPayload, ApiError> {
        Ok(services(ctx).refresh_session(principal(ctx)?)?.into())
    }

    /// Invites someone by e-mail to a role in a scope; the link goes to the outbox.
    async fn invite_user(
        &self,
        ctx: &Context<'_>,
        input: InviteUserInput,
    ) -> Result<Invitation, ApiError> {
        let input = InviteUser {
            email: input.email,
            role: input.role.into(),
            department_code: input.department_code,
            association_id: input.association_id,
        };
        Ok(Invitation(
            services(ctx).invite_user(principal(ctx)?, input).await?,
            None,
        ))
    }

    /// Ends someone's role in a département or an association (its admins, the operator);
    /// nobody can revoke their own. Returns true.
    async fn revoke_membership(
        &self,
        ctx: &Context<'_>,
        input: RevokeMembershipInput,
    ) -> Result<bool, ApiError> {
        services(ctx)
            .revoke_membership(
                principal(ctx)?,
                input.user_id,
                input.role.into(),
                input.department_code,
                input.association_id,
            )
            .await?;
        Ok(true)
    }
}
