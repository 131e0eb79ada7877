//! Attached documents' blob stores: the local folder, and S3 against a real S3-compatible
//! server on loopback (moto's `moto_server`, started by each test on a free port).
//!
//! moto never checks the signature of a presigned URL (it does not read `X-Amz-Signature`), so
//! a wrong secret cannot be caught here: the signing itself is rusty-s3's, tested upstream on
//! AWS's SigV4 examples. What these tests do cover is everything around it: path-style URLs,
//! lengths, bodies of every size, status handling, and errors free of credentials.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use cdlp_api::ApiError;
use cdlp_api::storage::{S3Settings, S3Store, Storage};
use tokio::process::{Child, Command};

const BUCKET: &str = "cdlp-documents";
const ACCESS_KEY_ID: &str = "cdlp-test-key";
const SECRET_ACCESS_KEY: &str = "cdlp-test-secret";

/// A `moto_server` child, killed when dropped.
struct Moto {
    _child: Child,
    endpoint: String,
    log: PathBuf,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.log);
    }
}

async fn start_moto() -> Moto {
    // A port the kernel just handed out is very likely still free a moment later.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free loopback port")
        .port();
    let log = std::env::temp_dir().join(format!("cdlp-moto-{port}.log"));
    let log_file = std::fs::File::create(&log).expect("moto log file");
    let spawned = Command::new("moto_server")
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log_file)
        .kill_on_drop(true)
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "moto_server is not on PATH: these tests need a real S3-compatible server; \
             run `pip install 'moto[server]'` (tests/run does it when it is missing)"
        ),
        Err(e) => panic!("starting moto_server: {e}"),
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            break;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "moto_server exited ({status}):\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        }
        assert!(
            Instant::now() < deadline,
            "moto_server did not answer on 127.0.0.1:{port} within 20 s:\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Moto {
        _child: child,
        endpoint: format!("http://127.0.0.1:{port}"),
        log,
    }
}

fn store(endpoint: &str) -> Storage {
    Storage::S3(
        S3Store::new(S3Settings {
            endpoint: endpoint.to_owned(),
            bucket: BUCKET.to_owned(),
            region: "us-east-1".to_owned(),
            access_key_id: ACCESS_KEY_ID.to_owned(),
            secret_access_key: SECRET_ACCESS_KEY.to_owned(),
        })
        .expect("S3 store"),
    )
}

/// A moto server with the bucket created, and a store on it.
async fn s3_with_bucket() -> (Moto, Storage) {
    let moto = start_moto().await;
    let storage = store(&moto.endpoint);
    let Storage::S3(s3) = &storage else {
        unreachable!()
    };
    s3.create_bucket()
        .await
        .map_err(cause)
        .expect("bucket created");
    (moto, storage)
}

fn key() -> String {
    format!("75/{}/{}", uuid::Uuid::new_v4(), uuid::Uuid::new_v4())
}

/// Not a repeating pattern, so a truncated or shifted body shows.
fn payload(len: usize) -> Vec<u8> {
    let mut state = 0x9e37_79b9_u32;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as u8
        })
        .collect()
}

/// The logged cause of an error, for assertion messages.
fn cause(error: ApiError) -> String {
    match error {
        ApiError::Internal(cause) => cause,
        other => other.message().to_owned(),
    }
}

fn internal_cause(result: Result<impl std::fmt::Debug, ApiError>) -> String {
    match result {
        Err(ApiError::Internal(cause)) => cause,
        other => panic!("expected an internal error, got {other:?}"),
    }
}

#[tokio::test]
async fn s3_put_then_get_round_trips_bytes() {
    let (_moto, storage) = s3_with_bucket().await;
    for len in [0, 1, 1000, 3 * 1024 * 1024] {
        let key = key();
        let bytes = payload(len);
        storage.put(&key, &bytes).await.map_err(cause).expect("put");
        let back = storage.get(&key).await.map_err(cause).expect("get");
        assert_eq!(back.len(), len, "length of a {len}-byte object");
        assert!(back == bytes, "content of a {len}-byte object");
    }
    // Overwriting a key replaces its object.
    let key = key();
    storage.put(&key, b"first").await.expect("put");
    storage.put(&key, b"second").await.expect("put again");
    assert_eq!(storage.get(&key).await.expect("get"), b"second");
}

#[tokio::test]
async fn s3_missing_key_and_bad_keys_are_errors() {
    let (_moto, storage) = s3_with_bucket().await;
    let cause = internal_cause(storage.get(&key()).await);
    assert!(cause.contains("404"), "a missing object says 404: {cause}");
    for bad in ["", "../etc/passwd", "75/a b", "75/x?y=1", "75/%2e%2e"] {
        let cause = internal_cause(storage.put(bad, b"x").await);
        assert_eq!(cause, "invalid storage key");
        internal_cause(storage.get(bad).await);
    }
}

#[tokio::test]
async fn s3_errors_hold_neither_credentials_nor_signature() {
    let moto = start_moto().await;
    // No bucket yet: the server refuses the PUT (404, NoSuchBucket).
    let refused = internal_cause(store(&moto.endpoint).put(&key(), b"x").await);
    assert!(
        refused.starts_with("storage: S3 PUT answered 4"),
        "{refused}"
    );
    // Nobody listens any more: a transport error.
    drop(moto);
    let closed = format!(
        "http://127.0.0.1:{}",
        std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("port")
            .port()
    );
    let unreachable = internal_cause(store(&closed).get(&key()).await);
    assert!(
        unreachable.starts_with("storage: S3 GET failed"),
        "{unreachable}"
    );
    for cause in [&refused, &unreachable] {
        for secret in [ACCESS_KEY_ID, SECRET_ACCESS_KEY, "Signature", "X-Amz"] {
            assert!(!cause.contains(secret), "{secret} in {cause}");
        }
    }
}

#[test]
fn s3_settings_reject_a_bad_endpoint() {
    let settings = |endpoint: &str| S3Settings {
        endpoint: endpoint.to_owned(),
        bucket: BUCKET.to_owned(),
        region: "us-east-1".to_owned(),
        access_key_id: ACCESS_KEY_ID.to_owned(),
        secret_access_key: SECRET_ACCESS_KEY.to_owned(),
    };
    assert!(S3Store::new(settings("not a url")).is_err());
    assert!(S3Store::new(settings("ftp://127.0.0.1:21")).is_err());
    // Debug output never shows the secret.
    let shown = format!(
        "{:?} {:?}",
        settings("https://s3.example.test"),
        S3Store::new(settings("https://s3.example.test")).expect("store")
    );
    assert!(!shown.contains(SECRET_ACCESS_KEY), "{shown}");
}

#[tokio::test]
async fn local_put_then_get_round_trips_bytes() {
    let root = std::env::temp_dir().join(format!("cdlp-storage-{}", uuid::Uuid::new_v4()));
    let storage = Storage::Local(root.clone());
    let key = key();
    let bytes = payload(3 * 1024 * 1024);
    storage.put(&key, &bytes).await.expect("put");
    assert!(storage.get(&key).await.expect("get") == bytes);
    assert!(root.join(&key).is_file(), "one file per key under the root");
    internal_cause(storage.get(&format!("75/{}", uuid::Uuid::new_v4())).await);
    internal_cause(storage.put("../outside", b"x").await);
    std::fs::remove_dir_all(&root).expect("cleanup");
}
