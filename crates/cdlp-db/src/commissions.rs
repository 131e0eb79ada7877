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
    /// Co-presided by the département's arrêté (Paris, Bouches-du-Rhône).
    pub co_presided: bool,
    /// How many months before a period ends its renewal may be requested.
    pub renewal_window_months: i16,
}

const COMMISSION_COLUMNS: &str = "department_code, id, installed_on, arrete_reference, created_at, co_presided, renewal_window_months";

pub async fn insert_commission(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    installed_on: NaiveDate,
    arrete_reference: &str,
    co_presided: bool,
    created_by: Uuid,
) -> Result<CommissionRow, DbError> {
    let sql = format!(
        "insert into commissions (department_code, installed_on, arrete_reference, created_by, co_presided) \
         values ($1, $2, $3, $4, $5) returning {COMMISSION_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(installed_on)
        .bind(arrete_reference)
        .bind(created_by)
        .bind(co_presided)
        .fetch_one(conn)
        .await?)
}

pub async fn commission_of(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<Option<CommissionRow>, DbError> {
    let sql = format!("select {COMMISSION_COLUMNS} from commissions where department_code = $1");
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .fetch_optional(conn)
        .await?)
}

/// The commission's renewal window (months before a period ends).
pub async fn set_renewal_window(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    months: i16,
) -> Result<Option<CommissionRow>, DbError> {
    let sql = format!(
        "update commissions set renewal_window_months = $2 where department_code = $1 returning {COMMISSION_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(months)
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
    /// The first day the member no longer sits (end effective from).
    pub ended_on: Option<NaiveDate>,
    pub ended_reason: Option<String>,
    pub email: Option<String>,
    /// The invitation sent to link the member to an account.
    pub invitation_id: Option<Uuid>,
}

const MEMBER_COLUMNS: &str = "department_code, id, commission_id, full_name, seat, organisation, user_id, association_id, \
                              voting, term_start, term_end, ended_on, ended_reason, email, invitation_id";

/// Sitting on day $2: within the term, not ended from that day or before, and for an approved
/// association's seat, while its agrément is in force.
const SITS_ON: &str = "$2 between m.term_start and m.term_end and (m.ended_on is null or m.ended_on > $2) \
    and (m.seat <> 'APPROVED_ASSOCIATION' or exists (select 1 from agrements a where a.department_code = m.department_code \
      and a.association_id = m.association_id and a.status in ('GRANTED', 'TACIT') \
      and (a.valid_from is null or a.valid_from <= $2) and (a.valid_until is null or a.valid_until >= $2)))";

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
    pub email: Option<&'a str>,
    pub created_by: Uuid,
}

pub async fn insert_member(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    new: NewMember<'_>,
) -> Result<MemberRow, DbError> {
    let sql = format!(
        "insert into commission_members (department_code, commission_id, full_name, seat, organisation, user_id, \
         association_id, voting, term_start, term_end, created_by, email) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning {MEMBER_COLUMNS}"
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
        .bind(new.email)
        .fetch_one(conn)
        .await?)
}

/// A member's correctable fields, written whole (the service merges the patch).
pub struct MemberUpdate<'a> {
    pub full_name: &'a str,
    pub organisation: Option<&'a str>,
    pub email: Option<&'a str>,
    pub voting: bool,
    pub term_end: NaiveDate,
    pub association_id: Option<Uuid>,
}

pub async fn update_member(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    u: MemberUpdate<'_>,
) -> Result<MemberRow, DbError> {
    let sql = format!(
        "update commission_members set full_name = $3, organisation = $4, email = $5, voting = $6, term_end = $7, \
         association_id = $8 where department_code = $1 and id = $2 returning {MEMBER_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .bind(u.full_name)
        .bind(u.organisation)
        .bind(u.email)
        .bind(u.voting)
        .bind(u.term_end)
        .bind(u.association_id)
        .fetch_one(conn)
        .await?)
}

/// Links a member to an account now, or to the invitation that will (see the trigger of
/// migration 0015).
pub async fn link_member(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    user_id: Option<Uuid>,
    invitation_id: Option<Uuid>,
) -> Result<MemberRow, DbError> {
    let sql = format!(
        "update commission_members set user_id = coalesce($3, user_id), invitation_id = coalesce($4, invitation_id) \
         where department_code = $1 and id = $2 returning {MEMBER_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .bind(user_id)
        .bind(invitation_id)
        .fetch_one(conn)
        .await?)
}

/// Presidents (other than `except`) whose term overlaps [start, end] and who were not ended
/// before it starts.
pub async fn overlapping_presidents(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    start: NaiveDate,
    end: NaiveDate,
    except: Option<Uuid>,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "select count(*) from commission_members where department_code = $1 and seat = 'PRESIDENT' \
         and term_start <= $3 and term_end >= $2 and (ended_on is null or ended_on > $2) \
         and ($4::uuid is null or id <> $4)",
    )
    .bind(code.as_str())
    .bind(start)
    .bind(end)
    .bind(except)
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
        "select {MEMBER_COLUMNS} from commission_members m where m.department_code = $1 \
         and ($2::date is null or ({SITS_ON})) \
         order by case m.seat when 'PRESIDENT' then 0 else 1 end, m.term_start, m.full_name, m.id"
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
    let sql = format!(
        "select exists (select 1 from commission_members m where m.department_code = $1 and m.user_id = $3 \
         and {SITS_ON} and m.seat not in ('CHILD_PROTECTION', 'DEPARTMENTAL_COUNCIL'))"
    );
    Ok(sqlx::query_scalar(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(on)
        .bind(user_id)
        .fetch_one(conn)
        .await?)
}
