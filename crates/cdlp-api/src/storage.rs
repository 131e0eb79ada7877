//! Where attached documents' bytes live. The database keeps their metadata and SHA-256;
//! the bytes go to a blob store behind this interface. The local filesystem is the default.

use std::path::PathBuf;

use crate::ApiError;

#[derive(Debug, Clone)]
pub enum Storage {
    /// Files under a folder, one per key (keys are generated, never user input).
    Local(PathBuf),
}

impl Storage {
    fn path(&self, key: &str) -> Result<PathBuf, ApiError> {
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '/')
            || key.contains("..")
        {
            return Err(ApiError::Internal("invalid storage key".into()));
        }
        match self {
            Storage::Local(root) => Ok(root.join(key)),
        }
    }

    pub async fn put(&self, key: &str, bytes: &[u8]) -> Result<(), ApiError> {
        let path = self.path(key)?;
        if let Some(parent) = path.parent() {
            tokio::fs::create_dir_all(parent)
                .await
                .map_err(|e| ApiError::Internal(format!("storage: {e}")))?;
        }
        tokio::fs::write(&path, bytes)
            .await
            .map_err(|e| ApiError::Internal(format!("storage: {e}")))
    }

    pub async fn get(&self, key: &str) -> Result<Vec<u8>, ApiError> {
        let path = self.path(key)?;
        tokio::fs::read(&path)
            .await
            .map_err(|e| ApiError::Internal(format!("storage: {e}")))
    }
}
