use async_graphql::ErrorExtensions;

use cdlp_db::DbError;

/// Every error the API reports. Each maps to one `extensions.code`; the message is French,
/// for the people who read it, and never carries SQL, a stack trace or personal data.
/// (No `Display` on purpose: async-graphql converts any `Display` error into a bare message,
/// which would drop the code; `From<ApiError>` below keeps it.)
#[derive(Debug)]
pub enum ApiError {
    Unauthenticated(&'static str),
    Forbidden(String),
    NotFound(String),
    BadUserInput {
        message: String,
        field: Option<&'static str>,
    },
    Conflict(String),
    /// Seconds before trying again.
    RateLimited(u64),
    /// The cause is logged, never returned.
    Internal(String),
}

impl ApiError {
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Unauthenticated(_) => "UNAUTHENTICATED",
            ApiError::Forbidden(_) => "FORBIDDEN",
            ApiError::NotFound(_) => "NOT_FOUND",
            ApiError::BadUserInput { .. } => "BAD_USER_INPUT",
            ApiError::Conflict(_) => "CONFLICT",
            ApiError::RateLimited(_) => "RATE_LIMITED",
            ApiError::Internal(_) => "INTERNAL",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            ApiError::Unauthenticated(m) => m,
            ApiError::Forbidden(m) | ApiError::NotFound(m) | ApiError::Conflict(m) => m,
            ApiError::BadUserInput { message, .. } => message,
            ApiError::RateLimited(_) => "trop de tentatives : réessayez un peu plus tard",
            ApiError::Internal(_) => "erreur interne",
        }
    }

    pub fn unauthenticated() -> Self {
        ApiError::Unauthenticated("authentification requise")
    }

    pub fn forbidden() -> Self {
        ApiError::Forbidden("vous n'avez pas accès à cette opération".into())
    }

    pub fn bad_input(field: &'static str, message: impl ToString) -> Self {
        ApiError::BadUserInput {
            message: message.to_string(),
            field: Some(field),
        }
    }

    pub fn not_found(what: &str) -> Self {
        ApiError::NotFound(format!("{what} introuvable"))
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::NotFound => ApiError::NotFound("élément introuvable".into()),
            // Generic on purpose: a unique key may sit in another département.
            DbError::Unique(_) => ApiError::Conflict("cet élément existe déjà".into()),
            DbError::Refused => ApiError::forbidden(),
            DbError::ForeignKey(_) => ApiError::NotFound("élément lié introuvable".into()),
            // The constraint's name is for the logs, not the client.
            DbError::Check(constraint) => {
                tracing::info!(%constraint, "check constraint refused a value");
                ApiError::BadUserInput {
                    message: "valeur refusée".into(),
                    field: None,
                }
            }
            DbError::InvalidValue(_) => ApiError::BadUserInput {
                message: "valeur hors des limites acceptées".into(),
                field: None,
            },
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(e: ApiError) -> Self {
        if let ApiError::Internal(cause) = &e {
            tracing::error!(cause = %cause, "internal error");
        }
        async_graphql::Error::new(e.message()).extend_with(|_, ext| {
            ext.set("code", e.code());
            if let ApiError::BadUserInput {
                field: Some(field), ..
            } = &e
            {
                ext.set("field", *field);
            }
            if let ApiError::RateLimited(seconds) = &e {
                ext.set("retryAfter", *seconds);
            }
        })
    }
}
