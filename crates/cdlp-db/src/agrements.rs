//! Agréments, their pieces and timeline, the commission's reviews, transfers of dossiers
//! between associations, and the association registry's writes.

use cdlp_domain::DepartmentCode;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{AssertSqlSafe, PgConnection};
use uuid::Uuid;

use crate::DbError;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AgrementRow {
    pub department_code: String,
    pub id: Uuid,
    pub association_id: Uuid,
    pub association_name: String,
    pub status: String,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub arrete_reference: Option<String>,
    pub requested_on: Option<NaiveDate>,
    pub renewal_of: Option<Uuid>,
    pub missing_pieces: Option<String>,
    pub missing_pieces_notified_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
    pub decided_on: Option<NaiveDate>,
    pub reasons: Option<String>,
    pub tacit: bool,
    pub expiry_reminded_on: Option<NaiveDate>,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
}

const COLUMNS: &str = "g.department_code, g.id, g.association_id, a.name as association_name, g.status, g.valid_from, \
    g.valid_until, g.arrete_reference, g.requested_on, g.renewal_of, g.missing_pieces, g.missing_pieces_notified_on, \
    g.completed_on, g.decided_on, g.reasons, g.tacit, g.expiry_reminded_on, g.version, g.updated_at";
const FROM: &str = "agrements g join associations a on a.id = g.association_id";

pub async fn insert_request(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    association_id: Uuid,
    requested_on: NaiveDate,
    requested_by: Uuid,
    renewal_of: Option<Uuid>,
) -> Result<AgrementRow, DbError> {
    let id: Uuid = sqlx::query_scalar(
        "insert into agrements (department_code, association_id, status, requested_on, requested_by, renewal_of) \
         values ($1, $2, 'REQUESTED', $3, $4, $5) returning id",
    )
    .bind(code.as_str())
    .bind(association_id)
    .bind(requested_on)
    .bind(requested_by)
    .bind(renewal_of)
    .fetch_one(&mut *conn)
    .await?;
    get(conn, code, id).await?.ok_or(DbError::NotFound)
}

pub async fn get(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<AgrementRow>, DbError> {
    let sql = format!("select {COLUMNS} from {FROM} where g.department_code = $1 and g.id = $2");
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

pub async fn lock(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<AgrementRow>, DbError> {
    let sql = format!(
        "select {COLUMNS} from {FROM} where g.department_code = $1 and g.id = $2 for update of g"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

/// Writes the fields a step may change, and bumps the version.
pub async fn save(conn: &mut PgConnection, row: &AgrementRow) -> Result<AgrementRow, DbError> {
    sqlx::query(
        "update agrements set status = $3, valid_from = $4, valid_until = $5, arrete_reference = $6, missing_pieces = $7, \
         missing_pieces_notified_on = $8, completed_on = $9, decided_on = $10, reasons = $11, tacit = $12, \
         expiry_reminded_on = $13, version = version + 1, updated_at = now() where department_code = $1 and id = $2",
    )
    .bind(&row.department_code)
    .bind(row.id)
    .bind(&row.status)
    .bind(row.valid_from)
    .bind(row.valid_until)
    .bind(&row.arrete_reference)
    .bind(&row.missing_pieces)
    .bind(row.missing_pieces_notified_on)
    .bind(row.completed_on)
    .bind(row.decided_on)
    .bind(&row.reasons)
    .bind(row.tacit)
    .bind(row.expiry_reminded_on)
    .execute(&mut *conn)
    .await?;
    let code =
        DepartmentCode::parse(&row.department_code).map_err(|e| DbError::Corrupt(e.to_string()))?;
    get(conn, &code, row.id).await?.ok_or(DbError::NotFound)
}

/// Agréments of a département (prefecture), or of one association there.
pub async fn list(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    association: Option<Uuid>,
    statuses: &[String],
) -> Result<Vec<AgrementRow>, DbError> {
    let sql = format!(
        "select {COLUMNS} from {FROM} where g.department_code = $1 and ($2::uuid is null or g.association_id = $2) \
         and (cardinality($3::text[]) = 0 or g.status = any($3)) order by g.updated_at desc, g.id limit 500"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(association)
        .bind(statuses)
        .fetch_all(conn)
        .await?)
}

/// Départements where an association has agrément files (through a definer function that
/// returns the codes only).
pub async fn departments_of(
    conn: &mut PgConnection,
    association_id: Uuid,
) -> Result<Vec<String>, DbError> {
    Ok(
        sqlx::query_scalar("select association_agrement_departments($1)")
            .bind(association_id)
            .fetch_all(conn)
            .await?,
    )
}

pub struct NewPiece<'a> {
    pub agrement_id: Uuid,
    pub association_id: Uuid,
    pub kind: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
    pub size_bytes: i32,
    pub sha256: &'a str,
    pub storage_key: &'a str,
    pub uploaded_by: Uuid,
}

pub async fn insert_piece(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    p: NewPiece<'_>,
) -> Result<(), DbError> {
    sqlx::query(
        "insert into agrement_documents (department_code, agrement_id, association_id, kind, filename, content_type, \
         size_bytes, sha256, storage_key, uploaded_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(code.as_str())
    .bind(p.agrement_id)
    .bind(p.association_id)
    .bind(p.kind)
    .bind(p.filename)
    .bind(p.content_type)
    .bind(p.size_bytes)
    .bind(p.sha256)
    .bind(p.storage_key)
    .bind(p.uploaded_by)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PieceRow {
    pub id: Uuid,
    pub kind: String,
    pub filename: String,
    pub content_type: String,
    pub size_bytes: i32,
    pub uploaded_at: DateTime<Utc>,
}

pub async fn pieces(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    agrement_id: Uuid,
) -> Result<Vec<PieceRow>, DbError> {
    Ok(sqlx::query_as(
        "select id, kind, filename, content_type, size_bytes, uploaded_at from agrement_documents \
         where department_code = $1 and agrement_id = $2 order by uploaded_at, id",
    )
    .bind(code.as_str())
    .bind(agrement_id)
    .fetch_all(conn)
    .await?)
}

/// A piece and where its bytes are kept.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredPiece {
    #[sqlx(flatten)]
    pub piece: PieceRow,
    pub storage_key: String,
}

pub async fn piece(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    agrement_id: Uuid,
    piece_id: Uuid,
) -> Result<Option<StoredPiece>, DbError> {
    Ok(sqlx::query_as(
        "select id, kind, filename, content_type, size_bytes, uploaded_at, storage_key \
         from agrement_documents where department_code = $1 and agrement_id = $2 and id = $3",
    )
    .bind(code.as_str())
    .bind(agrement_id)
    .bind(piece_id)
    .fetch_optional(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AgrementEventRow {
    pub occurred_at: DateTime<Utc>,
    pub actor_role: Option<String>,
    pub kind: String,
    pub details: serde_json::Value,
}

#[allow(clippy::too_many_arguments)]
pub async fn append_event(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    agrement_id: Uuid,
    association_id: Uuid,
    actor_user_id: Option<Uuid>,
    actor_role: &str,
    kind: &str,
    details: serde_json::Value,
) -> Result<(), DbError> {
    sqlx::query(
        "insert into agrement_events (department_code, agrement_id, association_id, actor_user_id, actor_role, kind, details) \
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(code.as_str())
    .bind(agrement_id)
    .bind(association_id)
    .bind(actor_user_id)
    .bind(actor_role)
    .bind(kind)
    .bind(details)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn events(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    agrement_id: Uuid,
) -> Result<Vec<AgrementEventRow>, DbError> {
    Ok(sqlx::query_as(
        "select occurred_at, actor_role, kind, details from agrement_events where department_code = $1 and agrement_id = $2 \
         order by occurred_at, id",
    )
    .bind(code.as_str())
    .bind(agrement_id)
    .fetch_all(conn)
    .await?)
}

#[allow(clippy::too_many_arguments)]
pub async fn insert_review(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    agrement_id: Uuid,
    association_id: Uuid,
    session_id: Uuid,
    kind: &str,
    remarks: Option<&str>,
    recorded_by: Uuid,
) -> Result<(), DbError> {
    sqlx::query(
        "insert into agrement_reviews (department_code, agrement_id, association_id, session_id, kind, remarks, recorded_by) \
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(code.as_str())
    .bind(agrement_id)
    .bind(association_id)
    .bind(session_id)
    .bind(kind)
    .bind(remarks)
    .bind(recorded_by)
    .execute(conn)
    .await?;
    Ok(())
}

/// The public directory: associations with an agrément in force on that day.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DirectoryRow {
    pub association_id: Uuid,
    pub name: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub seat_address: Option<String>,
    pub valid_until: Option<NaiveDate>,
}

pub async fn directory(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    on: NaiveDate,
) -> Result<Vec<DirectoryRow>, DbError> {
    Ok(sqlx::query_as(
        "select a.id as association_id, a.name, a.contact_email, a.contact_phone, a.seat_address, g.valid_until \
         from agrements g join associations a on a.id = g.association_id \
         where g.department_code = $1 and g.status in ('GRANTED', 'TACIT') \
         and (g.valid_from is null or g.valid_from <= $2) and (g.valid_until is null or g.valid_until >= $2) \
         order by a.name",
    )
    .bind(code.as_str())
    .bind(on)
    .fetch_all(conn)
    .await?)
}

// ---- transfers ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TransferRow {
    pub department_code: String,
    pub id: Uuid,
    pub dossier_id: Uuid,
    pub dossier_reference: String,
    pub from_association_id: Uuid,
    pub to_association_id: Uuid,
    pub status: String,
    pub proposed_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
    pub answer_reason: Option<String>,
    pub from_association_name: Option<String>,
    pub to_association_name: Option<String>,
}

const TRANSFER_COLUMNS: &str = "department_code, id, dossier_id, dossier_reference, from_association_id, to_association_id, \
    status, proposed_at, answered_at, answer_reason, \
    (select a.name from associations a where a.id = from_association_id) as from_association_name, \
    (select a.name from associations a where a.id = to_association_id) as to_association_name";

pub async fn insert_transfer(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
    dossier_reference: &str,
    from: Uuid,
    to: Uuid,
    proposed_by: Uuid,
) -> Result<TransferRow, DbError> {
    let sql = format!(
        "insert into transfers (department_code, dossier_id, dossier_reference, from_association_id, to_association_id, proposed_by) \
         values ($1, $2, $3, $4, $5, $6) returning {TRANSFER_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(dossier_id)
        .bind(dossier_reference)
        .bind(from)
        .bind(to)
        .bind(proposed_by)
        .fetch_one(conn)
        .await?)
}

pub async fn lock_transfer(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<TransferRow>, DbError> {
    let sql = format!(
        "select {TRANSFER_COLUMNS} from transfers where department_code = $1 and id = $2 for update"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

pub async fn answer_transfer(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    status: &str,
    answered_by: Uuid,
    reason: Option<&str>,
) -> Result<TransferRow, DbError> {
    let sql = format!(
        "update transfers set status = $3, answered_at = now(), answered_by = $4, answer_reason = $5 \
         where department_code = $1 and id = $2 returning {TRANSFER_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .bind(status)
        .bind(answered_by)
        .bind(reason)
        .fetch_one(conn)
        .await?)
}

pub async fn transfers(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    open_only: bool,
) -> Result<Vec<TransferRow>, DbError> {
    let sql = format!(
        "select {TRANSFER_COLUMNS} from transfers where department_code = $1 and (not $2 or status = 'PROPOSED') \
         order by proposed_at desc limit 500"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(open_only)
        .fetch_all(conn)
        .await?)
}

/// Hands a dossier and everything under it to another association (the caller has checked
/// the accepted transfer; run under the SYSTEM role).
pub async fn move_dossier(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
    to: Uuid,
) -> Result<(), DbError> {
    sqlx::query(
        "update dossiers set association_id = $3, version = version + 1, updated_at = now() \
         where department_code = $1 and id = $2",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .bind(to)
    .execute(&mut *conn)
    .await?;
    for table in [
        "dossier_identities",
        "dossier_actions",
        "decisions",
        "periods",
        "dossier_documents",
        "dossier_events",
        "avis",
    ] {
        sqlx::query(AssertSqlSafe(format!(
            "update {table} set association_id = $3 where department_code = $1 and dossier_id = $2"
        )))
        .bind(code.as_str())
        .bind(dossier_id)
        .bind(to)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Sets the acting role for the rest of the transaction (a step the service has authorised
/// runs its internal consequence as SYSTEM).
pub async fn act_as_system(conn: &mut PgConnection) -> Result<(), DbError> {
    sqlx::query("select set_config('cdlp.role', 'SYSTEM', true), set_config('cdlp.association_id', '', true)")
        .execute(conn)
        .await?;
    Ok(())
}

// ---- the association registry ----

pub struct NewAssociation<'a> {
    pub name: &'a str,
    pub rna: &'a str,
    pub siret: &'a str,
    pub seat_address: &'a str,
    pub seat_department_code: &'a str,
    pub declared_on: NaiveDate,
    pub contact_email: Option<&'a str>,
    pub contact_phone: Option<&'a str>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RegistryRow {
    pub id: Uuid,
    pub name: String,
    pub rna: Option<String>,
    pub siret: Option<String>,
    pub seat_address: Option<String>,
    pub seat_department_code: Option<String>,
    pub declared_on: Option<NaiveDate>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub created_at: DateTime<Utc>,
}

const REGISTRY_COLUMNS: &str = "id, name, rna, siret, seat_address, seat_department_code, declared_on, contact_email, contact_phone, created_at";

pub async fn insert_association(
    conn: &mut PgConnection,
    a: NewAssociation<'_>,
) -> Result<RegistryRow, DbError> {
    let sql = format!(
        "insert into associations (name, rna, siret, seat_address, seat_department_code, declared_on, contact_email, contact_phone) \
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning {REGISTRY_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(a.name)
        .bind(a.rna)
        .bind(a.siret)
        .bind(a.seat_address)
        .bind(a.seat_department_code)
        .bind(a.declared_on)
        .bind(a.contact_email)
        .bind(a.contact_phone)
        .fetch_one(conn)
        .await?)
}

pub async fn registry(
    conn: &mut PgConnection,
    search: Option<&str>,
    only: Option<&[Uuid]>,
) -> Result<Vec<RegistryRow>, DbError> {
    let sql = format!(
        "select {REGISTRY_COLUMNS} from associations where ($1::text is null or name ilike '%' || $1 || '%' or rna = upper($1)) \
         and ($2::uuid[] is null or id = any($2)) order by name limit 200"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(search)
        .bind(only.map(<[Uuid]>::to_vec))
        .fetch_all(conn)
        .await?)
}

pub async fn registry_entry(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<RegistryRow>, DbError> {
    let sql = format!("select {REGISTRY_COLUMNS} from associations where id = $1");
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

// ---- the job ----

/// Open requests of the département (for tacit agrément).
pub async fn open_requests(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<Vec<AgrementRow>, DbError> {
    let sql = format!(
        "select {COLUMNS} from {FROM} where g.department_code = $1 and g.status in ('REQUESTED', 'COMPLETE') for update of g"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .fetch_all(conn)
        .await?)
}

/// Granted agréments past their last day, or due a reminder.
pub async fn granted(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<Vec<AgrementRow>, DbError> {
    let sql = format!(
        "select {COLUMNS} from {FROM} where g.department_code = $1 and g.status in ('GRANTED', 'TACIT') for update of g"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .fetch_all(conn)
        .await?)
}

/// Records that the prefecture was warned of an approaching tacit agrément; false when it
/// had been already (so the warning goes once).
pub async fn mark_tacit_warned(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    on: NaiveDate,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "update agrements set tacit_warned_on = $3 where department_code = $1 and id = $2 \
         and tacit_warned_on is null",
    )
    .bind(code.as_str())
    .bind(id)
    .bind(on)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
