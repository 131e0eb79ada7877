//! S3-compatible storage (see the helper brief).
