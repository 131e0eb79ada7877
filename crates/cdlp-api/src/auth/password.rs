use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};

use crate::ApiError;

/// Argon2id with the crate's defaults (19 MiB, 2 passes). Runs on the blocking pool: a hash
/// costs tens of milliseconds of CPU.
pub async fn hash_password(password: String) -> Result<String, ApiError> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h: PasswordHash| h.to_string())
            .map_err(|e| ApiError::Internal(format!("argon2: {e}")))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("join: {e}")))?
}

/// A fixed hash to verify against when the account does not exist, so that timing does not
/// tell which addresses have accounts.
const DECOY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$Hsl9cc4RApYkh4GIbqNtJ+nbqV3lHbbyF2HpAzPOfVc";

pub async fn verify_password(password: String, stored: Option<String>) -> bool {
    let exists = stored.is_some();
    let stored = stored.unwrap_or_else(|| DECOY.to_owned());
    let ok = tokio::task::spawn_blocking(move || match PasswordHash::new(&stored) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    })
    .await
    .unwrap_or(false);
    ok && exists
}
