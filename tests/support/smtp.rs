//! A real SMTP server on loopback (tests/smtp/sink.py, aiosmtpd) that writes what it receives
//! to a folder the tests read.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

pub struct SmtpSink {
    pub port: u16,
    pub dir: PathBuf,
    tls: Option<(PathBuf, PathBuf, PathBuf)>,
    child: Option<Child>,
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("smtp/sink.py")
}

impl SmtpSink {
    /// Plain SMTP (the service connects with `?tls=none`).
    pub async fn start() -> Self {
        Self::start_with(None).await
    }

    /// STARTTLS required, with a certificate for 127.0.0.1 signed by a CA made for the test.
    pub async fn start_tls() -> Self {
        let dir = fresh_dir();
        let tls = dir.join("tls");
        std::fs::create_dir_all(&tls).unwrap();
        let run = |args: &[&str]| {
            let out = std::process::Command::new("openssl")
                .args(args)
                .current_dir(&tls)
                .output()
                .expect("openssl runs");
            assert!(
                out.status.success(),
                "openssl {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        run(&[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=CDLP test CA",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ]);
        run(&[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "leaf.key",
            "-out",
            "leaf.csr",
            "-subj",
            "/CN=127.0.0.1",
        ]);
        std::fs::write(
            tls.join("leaf.ext"),
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        run(&[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "leaf.pem",
            "-days",
            "2",
            "-extfile",
            "leaf.ext",
        ]);
        let tls = Some((
            tls.join("leaf.pem"),
            tls.join("leaf.key"),
            tls.join("ca.pem"),
        ));
        let mut sink = Self {
            port: 0,
            dir,
            tls,
            child: None,
        };
        sink.spawn().await;
        sink
    }

    async fn start_with(tls: Option<(PathBuf, PathBuf, PathBuf)>) -> Self {
        let mut sink = Self {
            port: 0,
            dir: fresh_dir(),
            tls,
            child: None,
        };
        sink.spawn().await;
        sink
    }

    async fn spawn(&mut self) {
        let mut cmd = Command::new("python3");
        cmd.arg(script())
            .arg("--dir")
            .arg(self.dir.join("received"))
            .arg("--port")
            .arg(self.port.to_string())
            .arg("--slow")
            .arg("8")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true);
        if let Some((cert, key, _)) = &self.tls {
            cmd.arg("--tls-cert").arg(cert).arg("--tls-key").arg(key);
        }
        let mut child = cmd
            .spawn()
            .expect("python3 runs tests/smtp/sink.py (pip install aiosmtpd)");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let line = tokio::time::timeout(Duration::from_secs(20), lines.next_line())
            .await
            .expect("the SMTP sink starts")
            .unwrap()
            .expect("READY line");
        self.port = line
            .strip_prefix("READY ")
            .and_then(|p| p.trim().parse().ok())
            .unwrap_or_else(|| panic!("unexpected sink output: {line}"));
        self.child = Some(child);
    }

    /// Stops the server (connections are then refused).
    pub async fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.start_kill();
            let _ = child.wait().await;
        }
    }

    /// Starts it again on the same port.
    pub async fn restart(&mut self) {
        self.stop().await;
        self.spawn().await;
    }

    /// The CDLP_SMTP_URL that reaches it.
    pub fn url(&self) -> String {
        match self.tls {
            Some(_) => format!("smtp://127.0.0.1:{}", self.port),
            None => format!("smtp://127.0.0.1:{}?tls=none", self.port),
        }
    }

    pub fn mailer(&self) -> cdlp_mail::Mailer {
        let transport = cdlp_mail::Transport::smtp(&cdlp_mail::SmtpSettings {
            url: self.url(),
            password: None,
            extra_root_pem: self
                .tls
                .as_ref()
                .map(|(_, _, ca)| std::fs::read(ca).unwrap()),
            timeout: Duration::from_secs(3),
        })
        .expect("SMTP settings");
        cdlp_mail::Mailer::new(transport, "CDLP <no-reply@cdlp.test>").unwrap()
    }

    /// Every message received so far, in order.
    pub fn messages(&self) -> Vec<Value> {
        let dir = self.dir.join("received");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        names.retain(|p| p.extension().is_some_and(|e| e == "json"));
        names.sort();
        names
            .iter()
            .map(|p| serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap())
            .collect()
    }

    /// The messages received for one address.
    pub fn to(&self, address: &str) -> Vec<Value> {
        self.messages()
            .into_iter()
            .filter(|m| {
                m["rcpt_tos"]
                    .as_array()
                    .is_some_and(|r| r.iter().any(|a| a == address))
            })
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.start_kill();
        }
    }
}

fn fresh_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cdlp-smtp-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The first link in a text that contains `needle`.
pub fn link_with(text: &str, needle: &str) -> Option<String> {
    text.split_whitespace()
        .find(|w| w.starts_with("http") && w.contains(needle))
        .map(|w| w.trim_end_matches(['.', ',', ';', ')']).to_owned())
}
