//! Sign-in primitives: JWTs, password hashes and one-time tokens.

mod jwt;
mod password;
mod token;

pub use jwt::{AUDIENCE, Claims, ISSUER, JwtKeys, KeyError, MAX_SESSION};
pub use password::{hash_password, verify_password};
pub use token::{hash_token, new_token};
