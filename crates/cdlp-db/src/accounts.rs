//! Users, memberships and invitations.

use cdlp_domain::{DepartmentCode, Email, Membership, Role, Scope};
use chrono::{DateTime, Utc};
use sqlx::AssertSqlSafe;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::DbError;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub created_at: DateTime<Utc>,
    pub disabled_at: Option<DateTime<Utc>>,
}

const USER_COLUMNS: &str = "id, email, display_name, password_hash, created_at, disabled_at";

pub async fn find_user_by_email(
    conn: &mut PgConnection,
    email: &Email,
) -> Result<Option<UserRow>, DbError> {
    let sql = format!("select {USER_COLUMNS} from users where email = $1");
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(email.as_str())
        .fetch_optional(conn)
        .await?)
}

pub async fn find_user(conn: &mut PgConnection, id: Uuid) -> Result<Option<UserRow>, DbError> {
    let sql = format!("select {USER_COLUMNS} from users where id = $1");
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

pub async fn insert_user(
    conn: &mut PgConnection,
    email: &Email,
    display_name: &str,
    password_hash: &str,
) -> Result<Uuid, DbError> {
    Ok(sqlx::query_scalar(
        "insert into users (email, display_name, password_hash) values ($1, $2, $3) returning id",
    )
    .bind(email.as_str())
    .bind(display_name)
    .bind(password_hash)
    .fetch_one(conn)
    .await?)
}

/// Splits a scope into the two nullable columns that store it.
fn scope_columns(scope: &Scope) -> (Option<&str>, Option<Uuid>) {
    match scope {
        Scope::National => (None, None),
        Scope::Department(code) => (Some(code.as_str()), None),
        Scope::Association(id) => (None, Some(*id)),
    }
}

fn scope_from_columns(
    department_code: Option<&str>,
    association_id: Option<Uuid>,
) -> Result<Scope, DbError> {
    match (department_code, association_id) {
        (None, None) => Ok(Scope::National),
        (Some(code), None) => DepartmentCode::parse(code)
            .map(Scope::Department)
            .map_err(|e| DbError::Corrupt(e.to_string())),
        (None, Some(id)) => Ok(Scope::Association(id)),
        (Some(_), Some(_)) => Err(DbError::Corrupt("membership with two scopes".into())),
    }
}

fn parse_role(role: &str) -> Result<Role, DbError> {
    Role::parse(role).map_err(|e| DbError::Corrupt(e.to_string()))
}

#[derive(sqlx::FromRow)]
struct MembershipRow {
    role: String,
    department_code: Option<String>,
    association_id: Option<Uuid>,
}

/// The acting user's memberships that are not revoked (the context must name the user).
pub async fn active_memberships(
    conn: &mut PgConnection,
    user_id: Uuid,
) -> Result<Vec<Membership>, DbError> {
    let rows: Vec<MembershipRow> = sqlx::query_as(
        "select role, department_code, association_id from memberships \
         where user_id = $1 and revoked_at is null order by created_at, id",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(Membership {
                role: parse_role(&r.role)?,
                scope: scope_from_columns(r.department_code.as_deref(), r.association_id)?,
            })
        })
        .collect()
}

/// Adds a membership; allowed by policy only while the matching invitation's token is
/// presented. Holding it already is not an error.
pub async fn insert_membership(
    conn: &mut PgConnection,
    user_id: Uuid,
    membership: &Membership,
    department_codes: Option<&[String]>,
) -> Result<(), DbError> {
    let (department_code, association_id) = scope_columns(&membership.scope);
    sqlx::query(
        "insert into memberships (user_id, role, department_code, association_id, department_codes) \
         values ($1, $2, $3, $4, $5) \
         on conflict on constraint memberships_once do nothing",
    )
    .bind(user_id)
    .bind(membership.role.as_str())
    .bind(department_code)
    .bind(association_id)
    .bind(department_codes.map(<[String]>::to_vec))
    .execute(conn)
    .await?;
    Ok(())
}

/// Users holding a membership in a département, with their roles there.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DepartmentUserRow {
    pub user_id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub since: DateTime<Utc>,
}

pub async fn department_users(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<Vec<DepartmentUserRow>, DbError> {
    Ok(sqlx::query_as(
        "select u.id as user_id, u.email, u.display_name, m.role, m.created_at as since \
         from memberships m join users u on u.id = m.user_id \
         where m.department_code = $1 and m.revoked_at is null order by u.display_name, m.role",
    )
    .bind(code.as_str())
    .fetch_all(conn)
    .await?)
}

/// Ends a current membership; false when there was none.
pub async fn revoke_membership(
    conn: &mut PgConnection,
    user_id: Uuid,
    membership: &Membership,
) -> Result<bool, DbError> {
    let (department, association) = match &membership.scope {
        Scope::Department(code) => (Some(code.as_str()), None),
        Scope::Association(id) => (None, Some(*id)),
        Scope::National => (None, None),
    };
    let done = sqlx::query(
        "update memberships set revoked_at = now() where user_id = $1 and role = $2 \
         and department_code is not distinct from $3 and association_id is not distinct from $4 \
         and revoked_at is null",
    )
    .bind(user_id)
    .bind(membership.role.as_str())
    .bind(department)
    .bind(association)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Limits an association worker to some départements (None: all); false if no such worker.
pub async fn set_worker_departments(
    conn: &mut PgConnection,
    user_id: Uuid,
    association_id: Uuid,
    codes: Option<&[String]>,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "update memberships set department_codes = $3 where user_id = $1 and association_id = $2 \
         and role = 'ASSOCIATION_WORKER' and revoked_at is null",
    )
    .bind(user_id)
    .bind(association_id)
    .bind(codes)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// People holding a membership in an association (its team).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AssociationMemberRow {
    pub user_id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub since: DateTime<Utc>,
    /// Départements a worker is limited to (none: all those of the association).
    pub department_codes: Option<Vec<String>>,
}

pub async fn association_members(
    conn: &mut PgConnection,
    association_id: Uuid,
) -> Result<Vec<AssociationMemberRow>, DbError> {
    Ok(sqlx::query_as(
        "select u.id as user_id, u.email, u.display_name, m.role, m.created_at as since, \
         m.department_codes from memberships m join users u on u.id = m.user_id \
         where m.association_id = $1 and m.revoked_at is null order by u.display_name, m.role",
    )
    .bind(association_id)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationRow {
    pub id: Uuid,
    pub email: String,
    pub role: String,
    pub department_code: Option<String>,
    pub association_id: Option<Uuid>,
    pub invited_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
    /// For an association worker limited to some départements.
    pub department_codes: Option<Vec<String>>,
}

impl InvitationRow {
    pub fn membership(&self) -> Result<Membership, DbError> {
        Ok(Membership {
            role: parse_role(&self.role)?,
            scope: scope_from_columns(self.department_code.as_deref(), self.association_id)?,
        })
    }
}

const INVITATION_COLUMNS: &str = "id, email, role, department_code, association_id, invited_by, created_at, expires_at, \
    accepted_at, revoked_at, department_codes";

pub struct NewInvitation<'a> {
    pub email: &'a Email,
    pub membership: &'a Membership,
    pub token_hash: &'a str,
    pub invited_by: Option<Uuid>,
    pub expires_at: DateTime<Utc>,
    pub department_codes: Option<&'a [String]>,
}

/// Records an invitation; a pending one for the same person, role and scope is revoked, so
/// that only the newest link works.
pub async fn insert_invitation(
    conn: &mut PgConnection,
    new: NewInvitation<'_>,
) -> Result<InvitationRow, DbError> {
    let (department_code, association_id) = scope_columns(&new.membership.scope);
    sqlx::query(
        "update invitations set revoked_at = now() where email = $1 and role = $2 \
         and department_code is not distinct from $3 and association_id is not distinct from $4 \
         and accepted_at is null and revoked_at is null",
    )
    .bind(new.email.as_str())
    .bind(new.membership.role.as_str())
    .bind(department_code)
    .bind(association_id)
    .execute(&mut *conn)
    .await?;
    let sql = format!(
        "insert into invitations (email, role, department_code, association_id, token_hash, invited_by, expires_at, \
         department_codes) values ($1, $2, $3, $4, $5, $6, $7, $8) returning {INVITATION_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(new.email.as_str())
        .bind(new.membership.role.as_str())
        .bind(department_code)
        .bind(association_id)
        .bind(new.token_hash)
        .bind(new.invited_by)
        .bind(new.expires_at)
        .bind(new.department_codes.map(<[String]>::to_vec))
        .fetch_one(conn)
        .await?)
}

/// The invitation whose token hash the context presents (policies show no other).
pub async fn invitation_by_token_hash(
    conn: &mut PgConnection,
    token_hash: &str,
) -> Result<Option<InvitationRow>, DbError> {
    let sql = format!("select {INVITATION_COLUMNS} from invitations where token_hash = $1");
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(token_hash)
        .fetch_optional(conn)
        .await?)
}

/// An invitation by id, within the context's scope (policies show no other).
pub async fn invitation_by_id(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<InvitationRow>, DbError> {
    let sql = format!("select {INVITATION_COLUMNS} from invitations where id = $1 for update");
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

/// Revokes a pending invitation (its link stops working).
pub async fn revoke_invitation(conn: &mut PgConnection, id: Uuid) -> Result<(), DbError> {
    sqlx::query(
        "update invitations set revoked_at = now() where id = $1 and accepted_at is null and revoked_at is null",
    )
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn mark_invitation_accepted(
    conn: &mut PgConnection,
    id: Uuid,
    user_id: Uuid,
) -> Result<(), DbError> {
    let done = sqlx::query("update invitations set accepted_at = now(), accepted_by = $2 where id = $1 and accepted_at is null")
        .bind(id)
        .bind(user_id)
        .execute(conn)
        .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(DbError::NotFound)
    }
}

/// Invitations issued in a scope, newest first.
pub async fn invitations_in_scope(
    conn: &mut PgConnection,
    scope: &Scope,
) -> Result<Vec<InvitationRow>, DbError> {
    let (department_code, association_id) = scope_columns(scope);
    let sql = format!(
        "select {INVITATION_COLUMNS} from invitations \
         where department_code is not distinct from $1 and association_id is not distinct from $2 \
         order by created_at desc, id limit 200"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(department_code)
        .bind(association_id)
        .fetch_all(conn)
        .await?)
}

/// A membership with the names of its scope, for display.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MembershipView {
    pub role: String,
    pub department_code: Option<String>,
    pub department_name: Option<String>,
    pub association_id: Option<Uuid>,
    pub association_name: Option<String>,
}

pub async fn membership_views(
    conn: &mut PgConnection,
    user_id: Uuid,
) -> Result<Vec<MembershipView>, DbError> {
    Ok(sqlx::query_as(
        "select m.role, m.department_code, d.name as department_name, m.association_id, a.name as association_name \
         from memberships m left join departments d on d.code = m.department_code \
         left join associations a on a.id = m.association_id \
         where m.user_id = $1 and m.revoked_at is null order by d.sort_key nulls first, a.name, m.role",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AssociationRow {
    pub id: Uuid,
    pub name: String,
    pub rna: Option<String>,
    pub siret: Option<String>,
}

pub async fn associations_by_id(
    conn: &mut PgConnection,
    ids: &[Uuid],
) -> Result<Vec<AssociationRow>, DbError> {
    Ok(
        sqlx::query_as("select id, name, rna, siret from associations where id = any($1)")
            .bind(ids)
            .fetch_all(conn)
            .await?,
    )
}

/// Addresses of an association's active staff (the context must name the association).
pub async fn association_staff_addresses(
    conn: &mut PgConnection,
    association_id: Uuid,
) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar(
        "select distinct u.email from memberships m join users u on u.id = m.user_id \
         where m.association_id = $1 and m.revoked_at is null and u.disabled_at is null order by 1",
    )
    .bind(association_id)
    .fetch_all(conn)
    .await?)
}

/// Départements each of the user's association memberships is limited to (none: all).
pub async fn association_limits(
    conn: &mut PgConnection,
    user_id: Uuid,
) -> Result<Vec<(Uuid, Vec<String>)>, DbError> {
    Ok(sqlx::query_as(
        "select association_id, department_codes from memberships where user_id = $1 and revoked_at is null \
         and association_id is not null and department_codes is not null",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await?)
}

/// Addresses of a département's prefecture staff (the context must name the département).
pub async fn department_staff_addresses(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar(
        "select distinct u.email from memberships m join users u on u.id = m.user_id \
         where m.department_code = $1 and m.role in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT') \
         and m.revoked_at is null and u.disabled_at is null order by 1",
    )
    .bind(code.as_str())
    .fetch_all(conn)
    .await?)
}
