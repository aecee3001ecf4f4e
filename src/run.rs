//! The batch driver: resolves inputs (files, walked directories, stdin),
//! parses them in parallel in sorted order, writes each record as soon
//! as it and all before it are done, and reports every file that fails
//! on stderr without stopping the run.

use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;

use minutes::write::{self, Format, Table};
use minutes::{Document, Level, Options};

/// One input of the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    Path(PathBuf),
}

/// Everything a run needs, checked.
#[derive(Debug, Clone)]
pub struct Config {
    pub inputs: Vec<Input>,
    pub format: Format,
    pub table: Table,
    pub output: Option<PathBuf>,
    pub strict: bool,
    pub jobs: Option<usize>,
    pub options: Options,
}

/// What a run did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub files: usize,
    pub failed: usize,
    /// Documents with at least one warning diagnostic.
    pub warned: usize,
}

impl Summary {
    /// 0 when all is well, 1 when a file failed (or, with `strict`, a
    /// document has warnings).
    pub fn exit_code(&self, strict: bool) -> u8 {
        u8::from(self.failed > 0 || (strict && self.warned > 0))
    }
}

/// How many files are parsed between writes: enough to keep every
/// worker busy, few enough that memory stays small.
const BATCH_PER_THREAD: usize = 32;

/// Runs the whole batch.
pub fn run(cfg: &Config) -> Result<Summary> {
    let mut summary = Summary::default();
    let (inputs, walked_dir) = resolve(&cfg.inputs, &mut summary);
    if let Some(out) = &cfg.output {
        refuse_overwriting_input(out, &inputs)?;
    }
    let many = inputs.len() > 1 || walked_dir;

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;

    let out = Output::open(cfg.output.as_deref())?;
    let mut w =
        write::writer(cfg.format, cfg.table, many, Box::new(out.writer()?));
    let batch = BATCH_PER_THREAD * pool.current_num_threads().max(1);
    for chunk in inputs.chunks(batch) {
        let parsed: Vec<_> = pool.install(|| {
            chunk
                .par_iter()
                .map(|input| parse_input(input, &cfg.options))
                .collect()
        });
        for result in parsed {
            summary.files += 1;
            match result {
                Ok(doc) => {
                    if doc
                        .diagnostics
                        .iter()
                        .any(|d| d.level == Level::Warning)
                    {
                        summary.warned += 1;
                    }
                    w.write(&doc).context("cannot write output")?;
                }
                Err(e) => {
                    summary.failed += 1;
                    report(&e);
                }
            }
        }
    }
    w.finish().context("cannot write output")?;
    drop(w);
    out.commit()?;
    if cfg.strict && summary.warned > 0 {
        report(&anyhow::anyhow!(
            "{} of {} documents have warnings (--strict)",
            summary.warned,
            summary.files
        ));
    }
    Ok(summary)
}

fn report(e: &anyhow::Error) {
    eprintln!("minutes: {e:#}");
}

/// Files and stdin markers in the order given, directories walked in
/// sorted order for `*.txt` files. Paths that fail are reported and
/// counted here. The flag says whether a directory was walked.
fn resolve(inputs: &[Input], summary: &mut Summary) -> (Vec<Input>, bool) {
    let mut out = Vec::new();
    let mut walked = false;
    for input in inputs {
        let path = match input {
            Input::Stdin => {
                out.push(Input::Stdin);
                continue;
            }
            Input::Path(p) => p,
        };
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                walked = true;
                walk(path, &mut out, summary);
            }
            Ok(_) => out.push(input.clone()),
            Err(e) => {
                summary.files += 1;
                summary.failed += 1;
                report(
                    &anyhow::Error::new(e)
                        .context(format!("{}", path.display())),
                );
            }
        }
    }
    (out, walked)
}

fn walk(dir: &Path, out: &mut Vec<Input>, summary: &mut Summary) {
    let entries = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name();
    for entry in entries {
        match entry {
            Ok(e) => {
                if e.file_type().is_file() && is_txt(e.path()) {
                    out.push(Input::Path(e.into_path()));
                }
            }
            Err(e) => {
                summary.files += 1;
                summary.failed += 1;
                let path = e.path().map_or_else(
                    || dir.display().to_string(),
                    |p| p.display().to_string(),
                );
                let msg = if e.loop_ancestor().is_some() {
                    "symbolic link loop, not followed".to_string()
                } else {
                    e.io_error()
                        .map_or_else(|| e.to_string(), ToString::to_string)
                };
                report(&anyhow::anyhow!("{path}: {msg}"));
            }
        }
    }
}

fn is_txt(p: &Path) -> bool {
    p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt"))
}

fn parse_input(input: &Input, opts: &Options) -> Result<Document> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            let cap = opts.max_bytes.map_or(u64::MAX, |l| l.saturating_add(1));
            io::stdin()
                .lock()
                .take(cap)
                .read_to_end(&mut bytes)
                .context("-: cannot read standard input")?;
            Ok(minutes::parse_bytes(&bytes, Path::new("-"), opts)?)
        }
        Input::Path(p) => Ok(minutes::parse_file(p, opts)?),
    }
}

fn refuse_overwriting_input(out: &Path, inputs: &[Input]) -> Result<()> {
    let Ok(out_c) = out.canonicalize() else {
        return Ok(()); // does not exist yet: cannot be an input
    };
    for i in inputs {
        if let Input::Path(p) = i {
            if p.canonicalize().is_ok_and(|c| c == out_c) {
                bail!(
                    "{}: the output file is also an input; refusing to overwrite it",
                    out.display()
                );
            }
        }
    }
    Ok(())
}

/// Standard output, or a temporary file renamed over `-o FILE` once the
/// run has written everything.
enum Output {
    Stdout,
    File {
        tmp: tempfile::NamedTempFile,
        dest: PathBuf,
    },
}

impl Output {
    fn open(dest: Option<&Path>) -> Result<Output> {
        let Some(dest) = dest else {
            return Ok(Output::Stdout);
        };
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".minutes-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(|| {
                format!("{}: cannot create output", dest.display())
            })?;
        Ok(Output::File {
            tmp,
            dest: dest.to_path_buf(),
        })
    }

    fn writer(&self) -> Result<Box<dyn Write + '_>> {
        Ok(match self {
            Output::Stdout => Box::new(BufWriter::with_capacity(
                1 << 16,
                io::stdout().lock(),
            )),
            Output::File { tmp, .. } => {
                Box::new(BufWriter::with_capacity(1 << 16, tmp.as_file()))
            }
        })
    }

    fn commit(self) -> Result<()> {
        if let Output::File { tmp, dest } = self {
            tmp.persist(&dest).with_context(|| {
                format!("{}: cannot write output", dest.display())
            })?;
        }
        Ok(())
    }
}
