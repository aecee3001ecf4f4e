//! The `minutes` binary: parses arguments, runs the batch, maps the
//! outcome to an exit code. All the work is in the library and `run`.

mod cli;
mod run;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli::Args { command } = cli::Args::parse();
    let args = match command {
        cli::Command::Parse(args) => args,
        cli::Command::Schema => return print_schema(),
    };
    let cfg = args.into_config();
    match run::run(&cfg) {
        Ok(summary) => ExitCode::from(summary.exit_code(cfg.strict)),
        // `minutes parse dir | head` closes the pipe early: that is the
        // reader's choice, not a failure.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("minutes: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn print_schema() -> ExitCode {
    use std::io::Write;
    let text = serde_json::to_string_pretty(&minutes::schema())
        .expect("a JSON value always serialises");
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("minutes: cannot write the schema: {e}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
