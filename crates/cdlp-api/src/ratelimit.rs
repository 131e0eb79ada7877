//! Fixed-window rate limits: in Redis when `REDIS_URL` is set (shared by every instance),
//! in memory otherwise (one instance).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::ApiError;

#[derive(Clone)]
pub enum RateLimiter {
    Redis(redis::aio::ConnectionManager),
    Memory(Arc<Mutex<HashMap<String, (Instant, u32)>>>),
}

impl RateLimiter {
    pub fn memory() -> Self {
        RateLimiter::Memory(Arc::default())
    }

    pub async fn redis(url: &str) -> Result<Self, redis::RedisError> {
        let client = redis::Client::open(url)?;
        Ok(RateLimiter::Redis(
            redis::aio::ConnectionManager::new(client).await?,
        ))
    }

    /// Counts one attempt under `key`; refuses past `limit` attempts per `window`.
    /// Keys must not contain personal data (hash addresses first).
    pub async fn hit(&self, key: &str, limit: u32, window: Duration) -> Result<(), ApiError> {
        let count = match self {
            RateLimiter::Redis(conn) => {
                let mut conn = conn.clone();
                let key = format!("cdlp:rl:{key}");
                let (count,): (u32,) = redis::pipe()
                    .atomic()
                    .incr(&key, 1)
                    .cmd("EXPIRE")
                    .arg(&key)
                    .arg(window.as_secs())
                    .arg("NX")
                    .ignore()
                    .query_async(&mut conn)
                    .await
                    .map_err(|e| ApiError::Internal(format!("redis: {e}")))?;
                count
            }
            RateLimiter::Memory(map) => {
                let mut map = map.lock().unwrap_or_else(|p| p.into_inner());
                let now = Instant::now();
                map.retain(|_, (start, _)| now.duration_since(*start) < window);
                let entry = map.entry(key.to_owned()).or_insert((now, 0));
                entry.1 += 1;
                entry.1
            }
        };
        if count > limit {
            Err(ApiError::RateLimited)
        } else {
            Ok(())
        }
    }
}
