//! The append-only, hash-chained audit log. The chain itself (sequence, previous hash, hash)
//! is computed by a trigger in PostgreSQL, so no caller can forge it.

use cdlp_domain::DepartmentCode;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::DbError;

/// One audited action. `details` must hold identifiers and codes, never personal data.
pub struct Entry<'a> {
    /// None for the national chain.
    pub department: Option<&'a DepartmentCode>,
    pub actor_user_id: Option<Uuid>,
    pub actor_role: Option<&'a str>,
    pub action: &'a str,
    pub target_type: Option<&'a str>,
    pub target_id: Option<String>,
    pub details: serde_json::Value,
}

pub async fn append(conn: &mut PgConnection, entry: Entry<'_>) -> Result<(), DbError> {
    sqlx::query(
        "insert into audit_log (department_code, actor_user_id, actor_role, action, target_type, target_id, details) \
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(entry.department.map(|d| d.as_str()))
    .bind(entry.actor_user_id)
    .bind(entry.actor_role)
    .bind(entry.action)
    .bind(entry.target_type)
    .bind(entry.target_id)
    .bind(entry.details)
    .execute(conn)
    .await?;
    Ok(())
}

/// A link of a chain that does not hold.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Break {
    /// The département code, or `*` for the national chain.
    pub chain: String,
    pub seq: i64,
}

/// Recomputes every chain (run with a role that sees the whole log: the admin connection).
/// A changed entry breaks its own hash; a removed one breaks the sequence or the next link;
/// a removed tail no longer matches the chain head.
pub async fn verify_chains(conn: &mut PgConnection) -> Result<Vec<Break>, DbError> {
    Ok(sqlx::query_as(
        "with l as ( \
           select coalesce(department_code, '*') as chain, seq, prev_hash, hash, \
             audit_entry_hash(prev_hash, seq, department_code, occurred_at, actor_user_id, actor_role, action, \
                              target_type, target_id, details) as expected, \
             lag(hash) over w as previous, row_number() over w as position \
           from audit_log window w as (partition by department_code order by seq)) \
         select chain, seq from l \
         where hash <> expected or seq <> position or prev_hash <> coalesce(previous, ''::bytea) \
         union all \
         select h.chain_key, h.last_seq from audit_chain_heads h \
         where h.last_hash <> coalesce((select l.hash from audit_log l \
           where coalesce(l.department_code, '*') = h.chain_key order by l.seq desc limit 1), ''::bytea) \
         order by 1, 2",
    )
    .fetch_all(conn)
    .await?)
}
