//! A private PostgreSQL cluster for the demo, under ./.cdlp/, run from the machine's
//! installed server binaries. It survives restarts: stopping the service stops the cluster
//! and keeps its data.

use anyhow::{Context, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct EmbeddedPg {
    bin: PathBuf,
    data: PathBuf,
    port: u16,
    /// PostgreSQL refuses to run as root: as root, run it as the `postgres` user.
    as_postgres: bool,
}

const INSTALL_HINT: &str = "PostgreSQL server binaries (initdb, pg_ctl) were not found. \
     Install them (Debian/Ubuntu: `apt-get install postgresql`), or set DATABASE_URL to an existing server.";

fn find_bin_dir() -> Option<PathBuf> {
    if let Ok(path) = std::env::var("PATH") {
        for dir in std::env::split_paths(&path) {
            if dir.join("initdb").is_file() && dir.join("pg_ctl").is_file() {
                return Some(dir);
            }
        }
    }
    // Debian keeps them out of PATH, one folder per major version: take the newest.
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, bin): &(u32, PathBuf)| bin.join("initdb").is_file())
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

impl EmbeddedPg {
    pub fn start(dir: &Path, port: u16) -> anyhow::Result<Self> {
        let bin = find_bin_dir().context(INSTALL_HINT)?;
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let dir = dir.canonicalize()?;
        let pg = Self {
            bin,
            data: dir.join("pgdata"),
            port,
            as_postgres: running_as_root(),
        };
        let socket_dir = dir.join("run");
        std::fs::create_dir_all(&socket_dir)?;
        if pg.as_postgres {
            pg.run(
                Command::new("chown")
                    .args(["-R", "postgres:postgres"])
                    .arg(&dir),
                false,
            )?;
        }
        if !pg.data.join("PG_VERSION").exists() {
            eprintln!(
                "cdlp: creating a private PostgreSQL cluster in {}",
                pg.data.display()
            );
            let mut initdb = pg.command("initdb");
            initdb.arg("-D").arg(&pg.data).args([
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]);
            pg.run(&mut initdb, true)?;
        }
        let mut status = pg.command("pg_ctl");
        status.arg("-D").arg(&pg.data).arg("status");
        let running = pg
            .wrap(&mut status)
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if !running {
            let mut start = pg.command("pg_ctl");
            start
                .arg("-D")
                .arg(&pg.data)
                .arg("-l")
                .arg(dir.join("postgres.log"))
                .arg("-o")
                .arg(format!(
                    "-p {port} -k {} -c listen_addresses=127.0.0.1",
                    socket_dir.display()
                ))
                .args(["-w", "-t", "60", "start"]);
            pg.run(&mut start, true).with_context(|| {
                format!(
                    "starting PostgreSQL (see {})",
                    dir.join("postgres.log").display()
                )
            })?;
        }
        Ok(pg)
    }

    fn command(&self, tool: &str) -> Command {
        let mut cmd = Command::new(self.bin.join(tool));
        cmd.env_remove("PGDATA");
        cmd
    }

    /// Runs `cmd` as the postgres user when needed.
    fn wrap(&self, cmd: &mut Command) -> Command {
        if !self.as_postgres {
            let mut same = Command::new(cmd.get_program());
            same.args(cmd.get_args());
            return same;
        }
        let mut wrapped = Command::new("runuser");
        wrapped
            .args(["-u", "postgres", "--"])
            .arg(cmd.get_program())
            .args(cmd.get_args());
        wrapped
    }

    fn run(&self, cmd: &mut Command, as_postgres: bool) -> anyhow::Result<()> {
        let mut cmd = if as_postgres {
            self.wrap(cmd)
        } else {
            std::mem::replace(cmd, Command::new("true"))
        };
        let out = cmd
            .output()
            .with_context(|| format!("running {:?}", cmd.get_program()))?;
        if !out.status.success() {
            bail!(
                "{:?} failed: {}{}",
                cmd.get_program(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(())
    }

    pub fn admin_url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/cdlp", self.port)
    }

    pub fn app_url(&self) -> String {
        format!("postgres://cdlp_app@127.0.0.1:{}/cdlp", self.port)
    }

    pub fn stop(&self) {
        let mut stop = self.command("pg_ctl");
        stop.arg("-D")
            .arg(&self.data)
            .args(["-m", "fast", "-w", "stop"]);
        if let Err(e) = self.run(&mut stop, true) {
            eprintln!("cdlp: stopping PostgreSQL: {e}");
        }
    }
}

impl Drop for EmbeddedPg {
    fn drop(&mut self) {
        self.stop();
    }
}
