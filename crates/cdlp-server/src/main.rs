use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    cdlp_server::run(cdlp_server::Cli::parse()).await
}
