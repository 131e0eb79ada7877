use chrono::{DateTime, Duration, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ApiError;

pub const ISSUER: &str = "cdlp";
pub const AUDIENCE: &str = "cdlp-api";

/// What a session token says: who, for whom, until when. Memberships are not in it: they
/// are read at each request, so a revoked role stops working at once.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub exp: i64,
    pub jti: Uuid,
    /// When the person typed their password: refreshed tokens keep it, so a session cannot
    /// be stretched past `MAX_SESSION`.
    #[serde(default)]
    pub auth_time: Option<i64>,
}

/// The longest a session may be kept alive by refreshing (a working day).
pub const MAX_SESSION: Duration = Duration::hours(12);

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the JWT secret must be at least 32 bytes long")]
    TooShort,
}

/// HS256 keys and the rules every token must pass.
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    ttl: Duration,
}

impl JwtKeys {
    pub fn from_secret(secret: &[u8], ttl: Duration) -> Result<Self, KeyError> {
        if secret.len() < 32 {
            return Err(KeyError::TooShort);
        }
        // Only HS256 is accepted: `alg: none` and any other algorithm fail validation.
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        Ok(Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ttl,
        })
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    pub fn issue(
        &self,
        user_id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<(String, DateTime<Utc>), ApiError> {
        self.issue_for_session(user_id, now, now)
    }

    /// A token for a session that began at `signed_in_at` (earlier, when refreshing).
    pub fn issue_for_session(
        &self,
        user_id: Uuid,
        now: DateTime<Utc>,
        signed_in_at: DateTime<Utc>,
    ) -> Result<(String, DateTime<Utc>), ApiError> {
        let expires_at = now + self.ttl;
        let claims = Claims {
            sub: user_id,
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            iat: now.timestamp(),
            exp: expires_at.timestamp(),
            jti: Uuid::new_v4(),
            auth_time: Some(signed_in_at.timestamp()),
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| ApiError::Internal(format!("jwt encode: {e}")))?;
        Ok((token, expires_at))
    }

    /// The user a token names, if the token is genuine, meant for us and current.
    pub fn verify(&self, token: &str) -> Result<Uuid, ApiError> {
        self.verify_claims(token).map(|claims| claims.sub)
    }

    pub fn verify_claims(&self, token: &str) -> Result<Claims, ApiError> {
        decode::<Claims>(token, &self.decoding, &self.validation)
            .map(|data| data.claims)
            .map_err(|_| ApiError::Unauthenticated("jeton de session invalide ou expiré"))
    }
}
