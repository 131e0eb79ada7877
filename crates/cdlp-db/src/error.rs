/// What data access can report. Constraint names travel with the violations so that the
/// service can turn a known one into a user error; everything else is internal.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("row not found")]
    NotFound,
    #[error("unique constraint {0} violated")]
    Unique(String),
    #[error("foreign key {0} violated")]
    ForeignKey(String),
    #[error("check constraint {0} violated")]
    Check(String),
    /// Refused by a row-level security policy or a missing grant.
    #[error("refused by a row-level security policy or privilege")]
    Refused,
    /// A value the database cannot hold (SQLSTATE class 22: out of range, NUL, bad encoding).
    #[error("value out of the database's range ({0})")]
    InvalidValue(String),
    #[error("stored value is not valid: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Sqlx(sqlx::Error),
}

impl From<sqlx::Error> for DbError {
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::RowNotFound = e {
            return DbError::NotFound;
        }
        if let Some(db) = e.as_database_error() {
            let constraint = db.constraint().unwrap_or_default().to_owned();
            match db.code().as_deref() {
                Some("23505") => return DbError::Unique(constraint),
                Some("23503") => return DbError::ForeignKey(constraint),
                Some("23514") => return DbError::Check(constraint),
                Some("42501") => return DbError::Refused,
                Some(code) if code.starts_with("22") => {
                    return DbError::InvalidValue(code.to_owned());
                }
                _ => {}
            }
        }
        DbError::Sqlx(e)
    }
}
