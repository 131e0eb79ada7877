//! Commissions and their members (tenant tables).

use cdlp_domain::{CommissionSeat, DepartmentCode};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::AssertSqlSafe;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::DbError;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CommissionRow {
    pub department_code: String,
    pub id: Uuid,
    pub installed_on: NaiveDate,
    pub arrete_reference: String,
    pub created_at: DateTime<Utc>,
}

pub async fn insert_commission(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    installed_on: NaiveDate,
    arrete_reference: &str,
    created_by: Uuid,
) -> Result<CommissionRow, DbError> {
    Ok(sqlx::query_as(
        "insert into commissions (department_code, installed_on, arrete_reference, created_by) values ($1, $2, $3, $4) \
         returning department_code, id, installed_on, arrete_reference, created_at",
    )
    .bind(code.as_str())
    .bind(installed_on)
    .bind(arrete_reference)
    .bind(created_by)
    .fetch_one(conn)
    .await?)
}

pub async fn commission_of(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<Option<CommissionRow>, DbError> {
    Ok(sqlx::query_as(
        "select department_code, id, installed_on, arrete_reference, created_at from commissions where department_code = $1",
    )
    .bind(code.as_str())
    .fetch_optional(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    pub department_code: String,
    pub id: Uuid,
    pub commission_id: Uuid,
    pub full_name: String,
    pub seat: String,
    pub organisation: Option<String>,
    pub user_id: Option<Uuid>,
    pub association_id: Option<Uuid>,
    pub voting: bool,
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    pub ended_on: Option<NaiveDate>,
    pub ended_reason: Option<String>,
}

const MEMBER_COLUMNS: &str = "department_code, id, commission_id, full_name, seat, organisation, user_id, association_id, \
                              voting, term_start, term_end, ended_on, ended_reason";

pub struct NewMember<'a> {
    pub commission_id: Uuid,
    pub full_name: &'a str,
    pub seat: CommissionSeat,
    pub organisation: Option<&'a str>,
    pub user_id: Option<Uuid>,
    pub association_id: Option<Uuid>,
    pub voting: bool,
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    pub created_by: Uuid,
}

pub async fn insert_member(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    new: NewMember<'_>,
) -> Result<MemberRow, DbError> {
    let sql = format!(
        "insert into commission_members (department_code, commission_id, full_name, seat, organisation, user_id, \
         association_id, voting, term_start, term_end, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         returning {MEMBER_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(new.commission_id)
        .bind(new.full_name)
        .bind(new.seat.as_str())
        .bind(new.organisation)
        .bind(new.user_id)
        .bind(new.association_id)
        .bind(new.voting)
        .bind(new.term_start)
        .bind(new.term_end)
        .bind(new.created_by)
        .fetch_one(conn)
        .await?)
}

pub async fn member(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<MemberRow>, DbError> {
    let sql = format!(
        "select {MEMBER_COLUMNS} from commission_members where department_code = $1 and id = $2"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

pub async fn end_member_term(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    ended_on: NaiveDate,
    reason: Option<&str>,
) -> Result<MemberRow, DbError> {
    let sql = format!(
        "update commission_members set ended_on = $3, ended_reason = $4 \
         where department_code = $1 and id = $2 and ended_on is null returning {MEMBER_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .bind(ended_on)
        .bind(reason)
        .fetch_one(conn)
        .await?)
}

/// Members of a département's commission; with `current_on`, only those whose term covers
/// that day and was not ended before it.
pub async fn members(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    current_on: Option<NaiveDate>,
) -> Result<Vec<MemberRow>, DbError> {
    let sql = format!(
        "select {MEMBER_COLUMNS} from commission_members where department_code = $1 \
         and ($2::date is null or ($2 between term_start and term_end and (ended_on is null or ended_on >= $2))) \
         order by case seat when 'PRESIDENT' then 0 else 1 end, term_start, full_name, id"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(current_on)
        .fetch_all(conn)
        .await?)
}

/// Whether this user sits on the commission on that day in a seat that reviews individual
/// files (the members added by the décret of 30 Dec 2025 do not).
pub async fn reviews_individual_files(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    user_id: Uuid,
    on: NaiveDate,
) -> Result<bool, DbError> {
    Ok(sqlx::query_scalar(
        "select exists (select 1 from commission_members where department_code = $1 and user_id = $2 \
         and $3 between term_start and term_end and (ended_on is null or ended_on >= $3) \
         and seat not in ('CHILD_PROTECTION', 'DEPARTMENTAL_COUNCIL'))",
    )
    .bind(code.as_str())
    .bind(user_id)
    .bind(on)
    .fetch_one(conn)
    .await?)
}
