//! Rate limits: in Redis when `REDIS_URL` is set (shared by every instance), in memory
//! otherwise (one instance). When Redis fails, the limits fall back to this instance's
//! memory with a warning: signing in keeps working, the limits become per instance for a
//! while, never absent.
//!
//! Two shapes:
//! - [`RateLimiter::hit`]: a fixed window (so many attempts per client address and window);
//! - [`RateLimiter::wait`] / [`RateLimiter::failed`] / [`RateLimiter::clear`]: exponential
//!   back-off on an account's failures, reset by a success, instead of a lockout that anyone
//!   knowing an address could trigger.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::ApiError;

/// This instance's own counts (and Redis's stand-in while Redis fails).
#[derive(Default)]
pub struct Memory {
    windows: HashMap<String, (Instant, u32)>,
    /// key → (last failure, failures)
    failures: HashMap<String, (Instant, u32)>,
}

#[derive(Clone)]
pub enum RateLimiter {
    Redis(redis::aio::ConnectionManager, Arc<Mutex<Memory>>),
    Memory(Arc<Mutex<Memory>>),
}

/// Failures allowed before any wait.
pub const FREE_FAILURES: u32 = 4;
/// The longest wait between two attempts.
pub const MAX_WAIT: Duration = Duration::from_secs(15 * 60);

/// How long an account must wait after `failures` failed attempts: nothing for the first
/// four, then 1 s, 2 s, 4 s … doubling up to 15 minutes.
pub fn backoff(failures: u32) -> Duration {
    if failures <= FREE_FAILURES {
        return Duration::ZERO;
    }
    let exponent = (failures - FREE_FAILURES - 1).min(20);
    Duration::from_secs(1u64 << exponent).min(MAX_WAIT)
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn lock(memory: &Mutex<Memory>) -> std::sync::MutexGuard<'_, Memory> {
    memory.lock().unwrap_or_else(|p| p.into_inner())
}

impl RateLimiter {
    pub fn memory() -> Self {
        RateLimiter::Memory(Arc::default())
    }

    /// Connects to Redis; an unreachable Redis at boot is the caller's to report (the
    /// service then starts with in-memory limits).
    pub async fn redis(url: &str) -> Result<Self, redis::RedisError> {
        let client = redis::Client::open(url)?;
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_millis(500)))
            .set_response_timeout(Some(Duration::from_millis(500)))
            .set_number_of_retries(1);
        Ok(RateLimiter::Redis(
            redis::aio::ConnectionManager::new_with_config(client, config).await?,
            Arc::default(),
        ))
    }

    fn fallback(&self) -> &Arc<Mutex<Memory>> {
        match self {
            RateLimiter::Redis(_, memory) | RateLimiter::Memory(memory) => memory,
        }
    }

    /// Counts one attempt under `key`; refuses past `limit` attempts per `window`.
    /// Keys must not contain personal data (hash addresses first).
    pub async fn hit(&self, key: &str, limit: u32, window: Duration) -> Result<(), ApiError> {
        let count = match self {
            RateLimiter::Redis(conn, _) => {
                let mut conn = conn.clone();
                let redis_key = format!("cdlp:rl:{key}");
                let counted: Result<(u32,), _> = redis::pipe()
                    .atomic()
                    .incr(&redis_key, 1)
                    .cmd("EXPIRE")
                    .arg(&redis_key)
                    .arg(window.as_secs())
                    .arg("NX")
                    .ignore()
                    .query_async(&mut conn)
                    .await;
                match counted {
                    Ok((count,)) => Some(count),
                    Err(e) => {
                        tracing::warn!(error = %e, "redis unavailable: rate limits kept in memory");
                        None
                    }
                }
            }
            RateLimiter::Memory(_) => None,
        };
        let count = match count {
            Some(count) => count,
            None => {
                let mut memory = lock(self.fallback());
                let now = Instant::now();
                memory
                    .windows
                    .retain(|_, (start, _)| now.duration_since(*start) < window);
                let entry = memory.windows.entry(key.to_owned()).or_insert((now, 0));
                entry.1 += 1;
                entry.1
            }
        };
        if count > limit {
            Err(ApiError::RateLimited(window.as_secs()))
        } else {
            Ok(())
        }
    }

    /// Refuses while the account's back-off runs, saying how long is left.
    pub async fn wait(&self, key: &str) -> Result<(), ApiError> {
        let (failures, since_last) = self.failures(key).await;
        let wait = backoff(failures);
        if since_last < wait {
            let left = (wait - since_last).as_secs().max(1);
            return Err(ApiError::RateLimited(left));
        }
        Ok(())
    }

    /// How many failures `key` holds now.
    pub async fn failure_count(&self, key: &str) -> u32 {
        self.failures(key).await.0
    }

    /// (failures, time since the last one)
    async fn failures(&self, key: &str) -> (u32, Duration) {
        if let RateLimiter::Redis(conn, _) = self {
            let mut conn = conn.clone();
            let read: Result<(Option<u32>, Option<u64>), _> = redis::cmd("HMGET")
                .arg(format!("cdlp:bo:{key}"))
                .arg("n")
                .arg("t")
                .query_async(&mut conn)
                .await;
            match read {
                Ok((n, t)) => {
                    let since = unix_now().saturating_sub(t.unwrap_or(0));
                    return (n.unwrap_or(0), Duration::from_secs(since));
                }
                Err(e) => tracing::warn!(error = %e, "redis unavailable: back-off kept in memory"),
            }
        }
        let memory = lock(self.fallback());
        memory
            .failures
            .get(key)
            .map(|(at, n)| (*n, at.elapsed()))
            .unwrap_or((0, Duration::MAX))
    }

    /// Records a failure; returns how many there are now. Forgotten after `keep`.
    pub async fn failed(&self, key: &str, keep: Duration) -> u32 {
        if let RateLimiter::Redis(conn, _) = self {
            let mut conn = conn.clone();
            let redis_key = format!("cdlp:bo:{key}");
            let written: Result<(u32,), _> = redis::pipe()
                .atomic()
                .hincr(&redis_key, "n", 1)
                .hset(&redis_key, "t", unix_now())
                .ignore()
                .expire(&redis_key, keep.as_secs() as i64)
                .ignore()
                .query_async(&mut conn)
                .await;
            match written {
                Ok((n,)) => return n,
                Err(e) => tracing::warn!(error = %e, "redis unavailable: back-off kept in memory"),
            }
        }
        let mut memory = lock(self.fallback());
        memory.failures.retain(|_, (at, _)| at.elapsed() < keep);
        let entry = memory
            .failures
            .entry(key.to_owned())
            .or_insert((Instant::now(), 0));
        entry.0 = Instant::now();
        entry.1 += 1;
        entry.1
    }

    /// A success: the account's failures are forgotten.
    pub async fn clear(&self, key: &str) {
        if let RateLimiter::Redis(conn, _) = self {
            let mut conn = conn.clone();
            let _: Result<(), _> = redis::cmd("DEL")
                .arg(format!("cdlp:bo:{key}"))
                .query_async(&mut conn)
                .await;
        }
        lock(self.fallback()).failures.remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_after_four_failures_up_to_fifteen_minutes() {
        let waits: Vec<u64> = (0..=8).map(|n| backoff(n).as_secs()).collect();
        assert_eq!(waits, [0, 0, 0, 0, 0, 1, 2, 4, 8]);
        assert_eq!(backoff(40), MAX_WAIT);
    }

    #[tokio::test]
    async fn a_success_clears_the_failures() {
        let limiter = RateLimiter::memory();
        for _ in 0..6 {
            limiter.failed("k", Duration::from_secs(60)).await;
        }
        assert!(matches!(
            limiter.wait("k").await,
            Err(ApiError::RateLimited(_))
        ));
        limiter.clear("k").await;
        assert!(limiter.wait("k").await.is_ok());
    }
}
