//! Where attached documents' bytes live. The database keeps their metadata and SHA-256;
//! the bytes go to a blob store behind this interface. The local filesystem is the default;
//! an S3-compatible bucket (AWS, Scaleway, OVH, MinIO…) is the other choice.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE};
use rusty_s3::actions::{CreateBucket, GetObject, PutObject};
use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};

use crate::ApiError;

#[derive(Debug, Clone)]
pub enum Storage {
    /// Files under a folder, one per key (keys are generated, never user input).
    Local(PathBuf),
    /// Objects in an S3-compatible bucket, one per key.
    S3(S3Store),
}

/// Keys are generated (`{dept}/{dossier}/{uuid}`); anything else is a bug, refused before it
/// can reach a path or a URL.
fn check_key(key: &str) -> Result<(), ApiError> {
    if key.is_empty()
        || !key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '/')
        || key.contains("..")
    {
        return Err(ApiError::Internal("invalid storage key".into()));
    }
    Ok(())
}

impl Storage {
    pub async fn put(&self, key: &str, bytes: &[u8]) -> Result<(), ApiError> {
        check_key(key)?;
        match self {
            Storage::Local(root) => {
                let path = root.join(key);
                if let Some(parent) = path.parent() {
                    tokio::fs::create_dir_all(parent)
                        .await
                        .map_err(|e| ApiError::Internal(format!("storage: {e}")))?;
                }
                tokio::fs::write(&path, bytes)
                    .await
                    .map_err(|e| ApiError::Internal(format!("storage: {e}")))
            }
            Storage::S3(store) => store.put(key, bytes).await,
        }
    }

    pub async fn get(&self, key: &str) -> Result<Vec<u8>, ApiError> {
        check_key(key)?;
        match self {
            Storage::Local(root) => tokio::fs::read(root.join(key))
                .await
                .map_err(|e| ApiError::Internal(format!("storage: {e}"))),
            Storage::S3(store) => store.get(key).await,
        }
    }
}

/// How to reach an S3-compatible bucket.
#[derive(Clone)]
pub struct S3Settings {
    /// Base URL of the service, e.g. `https://s3.fr-par.scw.cloud` or `http://127.0.0.1:9000`.
    pub endpoint: String,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl fmt::Debug for S3Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("S3Settings")
            .field("endpoint", &self.endpoint)
            .field("bucket", &self.bucket)
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

/// Why an S3 store could not be set up (startup only; never holds a credential).
#[derive(Debug, thiserror::Error)]
pub enum S3SetupError {
    #[error("the S3 endpoint is not a URL: {0}")]
    EndpointNotUrl(String),
    #[error("the S3 endpoint and bucket do not make a bucket URL: {0:?}")]
    Bucket(rusty_s3::BucketError),
    #[error("the S3 HTTP client could not be built: {0}")]
    Client(String),
}

/// Every request, connection and body included, must end within this.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// A presigned URL is used at once; the margin only absorbs small clock skew.
const SIGNATURE_TTL: Duration = Duration::from_secs(300);

/// An S3-compatible bucket, addressed path-style (`{endpoint}/{bucket}/{key}`), which every
/// S3 clone supports. rusty-s3 signs each request (SigV4, presigned URL); reqwest sends it.
#[derive(Clone)]
pub struct S3Store {
    bucket: Bucket,
    credentials: Credentials,
    http: reqwest::Client,
}

impl fmt::Debug for S3Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("S3Store")
            .field("bucket_url", &self.bucket.base_url().as_str())
            .field("region", &self.bucket.region())
            .finish_non_exhaustive()
    }
}

impl S3Store {
    pub fn new(settings: S3Settings) -> Result<S3Store, S3SetupError> {
        let endpoint = reqwest::Url::parse(&settings.endpoint)
            .map_err(|e| S3SetupError::EndpointNotUrl(e.to_string()))?;
        if endpoint.scheme() == "http" && !is_loopback(&endpoint) {
            tracing::warn!(
                "S3 endpoint uses plain HTTP: documents travel unencrypted to the bucket"
            );
        }
        let bucket = Bucket::new(endpoint, UrlStyle::Path, settings.bucket, settings.region)
            .map_err(S3SetupError::Bucket)?;
        let http = reqwest::Client::builder()
            .timeout(REQUEST_TIMEOUT)
            .connect_timeout(CONNECT_TIMEOUT)
            // S3 answers, it does not redirect; a redirect would carry the signed URL elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| S3SetupError::Client(e.without_url().to_string()))?;
        Ok(S3Store {
            bucket,
            credentials: Credentials::new(settings.access_key_id, settings.secret_access_key),
            http,
        })
    }

    /// Creates the bucket, for tests and tools: the service expects it to exist. Sends no
    /// location constraint, so outside `us-east-1` only servers that ignore it accept it.
    pub async fn create_bucket(&self) -> Result<(), ApiError> {
        let url = CreateBucket::new(&self.bucket, &self.credentials).sign(SIGNATURE_TTL);
        let response = self
            .http
            .put(url)
            .header(CONTENT_LENGTH, 0)
            .send()
            .await
            .map_err(|e| transport_error("PUT bucket", e))?;
        check_status("PUT bucket", response.status())
    }

    async fn put(&self, key: &str, bytes: &[u8]) -> Result<(), ApiError> {
        let url = PutObject::new(&self.bucket, Some(&self.credentials), key).sign(SIGNATURE_TTL);
        let response = self
            .http
            .put(url)
            .header(CONTENT_TYPE, "application/octet-stream")
            // Explicit, so that an empty document is not sent without a length (S3 answers 411).
            .header(CONTENT_LENGTH, bytes.len())
            .body(bytes.to_vec())
            .send()
            .await
            .map_err(|e| transport_error("PUT", e))?;
        check_status("PUT", response.status())
    }

    async fn get(&self, key: &str) -> Result<Vec<u8>, ApiError> {
        let url = GetObject::new(&self.bucket, Some(&self.credentials), key).sign(SIGNATURE_TTL);
        let response = self
            .http
            .get(url)
            .send()
            .await
            .map_err(|e| transport_error("GET", e))?;
        check_status("GET", response.status())?;
        let bytes = response
            .bytes()
            .await
            .map_err(|e| transport_error("GET", e))?;
        Ok(bytes.to_vec())
    }
}

/// Only the status: an error body may echo the request, and the URL holds the access key id
/// and the signature.
fn check_status(method: &str, status: reqwest::StatusCode) -> Result<(), ApiError> {
    if status.is_success() {
        Ok(())
    } else {
        Err(ApiError::Internal(format!(
            "storage: S3 {method} answered {status}"
        )))
    }
}

/// The error and its causes, with the (signed) URL removed.
fn transport_error(method: &str, error: reqwest::Error) -> ApiError {
    let error = error.without_url();
    let mut message = format!("storage: S3 {method} failed: {error}");
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    ApiError::Internal(message)
}

fn is_loopback(url: &reqwest::Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    host == "localhost"
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}
