//! The batch driver: resolves inputs (files, walked directories, stdin,
//! a list of paths on stdin), parses them in parallel, and writes each
//! record as soon as it and all records before it are done, so output
//! is in input order and byte-identical whatever `--jobs` is. Workers
//! never run more than a small window ahead of the writer, so memory
//! stays flat however large the archive. Every file that fails is
//! reported on stderr and the run goes on.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use rayon::prelude::*;

use minutes::write::sqlite::Database;
use minutes::write::{self, Format, Table};
use minutes::{Document, Level, Options};

/// One input as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    Path(PathBuf),
}

/// Everything a run needs, checked.
#[derive(Debug, Clone)]
pub struct Config {
    pub inputs: Vec<Input>,
    /// Read the list of paths from standard input, one per line.
    pub stdin_paths: bool,
    pub format: Format,
    /// Write into the SQLite database at `output` instead of `format`.
    pub sqlite: bool,
    /// Start CSV output with a byte-order mark.
    pub bom: bool,
    pub table: Table,
    pub output: Option<PathBuf>,
    /// Write one file per input under this directory instead.
    pub out_dir: Option<PathBuf>,
    pub skip_existing: bool,
    /// File-name patterns for walked directories.
    pub globs: Vec<String>,
    pub hidden: bool,
    pub strict: bool,
    pub quiet: bool,
    pub jobs: Option<usize>,
    pub options: Options,
}

/// What a run did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub files: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Documents with at least one warning diagnostic.
    pub warned: usize,
    pub items: usize,
    pub resolutions: usize,
    pub bytes: usize,
}

impl Summary {
    /// 0 when all is well, 1 when a file failed (or, with `strict`, a
    /// document has warnings).
    pub fn exit_code(&self, strict: bool) -> u8 {
        u8::from(self.failed > 0 || (strict && self.warned > 0))
    }

    fn count<T>(&mut self, p: &Parsed<T>) {
        self.items += p.items;
        self.resolutions += p.resolutions;
        self.bytes += p.bytes;
        self.warned += usize::from(p.warned);
    }
}

/// A document as the writer needs it: counts for the summary and its
/// output, prepared on the worker thread (encoded bytes, or the document
/// itself for the database).
struct Parsed<T> {
    items: usize,
    resolutions: usize,
    bytes: usize,
    warned: bool,
    out: T,
}

impl<T> Parsed<T> {
    fn new(
        doc: Document,
        prepare: impl Fn(Document) -> io::Result<T>,
    ) -> Result<Parsed<T>> {
        Ok(Parsed {
            items: doc.items.len(),
            resolutions: doc.items.iter().map(|i| i.resolutions.len()).sum(),
            bytes: doc.source.bytes,
            warned: doc.diagnostics.iter().any(|d| d.level == Level::Warning),
            out: prepare(doc).context("cannot encode output")?,
        })
    }
}

/// Documents written to the database per transaction.
const DB_BATCH: usize = 256;

/// A file to parse and where its output goes under `--out-dir`.
#[derive(Debug, Clone)]
struct Job {
    input: Input,
    /// The path relative to the walked directory (or the file name).
    rel: PathBuf,
}

/// How many files a worker may run ahead of the writer, per thread.
const WINDOW_PER_THREAD: usize = 8;

/// Runs the whole batch.
pub fn run(cfg: &Config) -> Result<Summary> {
    let started = Instant::now();
    let mut summary = Summary::default();
    let globs = build_globs(&cfg.globs)?;
    let mut inputs = cfg.inputs.clone();
    if cfg.stdin_paths {
        inputs.extend(read_path_list()?);
    }
    let (jobs, walked_dir) =
        resolve(&inputs, &globs, cfg.hidden, &mut summary);
    if let Some(out) = &cfg.output {
        refuse_overwriting_input(out, &jobs)?;
    }
    if cfg.out_dir.is_some() && jobs.iter().any(|j| j.input == Input::Stdin) {
        bail!(
            "--out-dir needs files to name its outputs after, not standard input"
        );
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let progress = progress_bar(cfg, jobs.len());
    let enc = write::Encoder {
        format: cfg.format,
        table: cfg.table,
        many: jobs.len() > 1 || walked_dir || cfg.stdin_paths,
        bom: cfg.bom,
    };

    match (&cfg.out_dir, &cfg.output) {
        (_, Some(db_path)) if cfg.sqlite => {
            let mut db = Database::open(db_path)?;
            let mut batch = Vec::with_capacity(DB_BATCH);
            let prepare = |doc: Document| Ok(doc);
            let sink = |_: &Job, doc: Document| {
                batch.push(doc);
                if batch.len() >= DB_BATCH {
                    db.write_batch(&batch)?;
                    batch.clear();
                }
                Ok(())
            };
            let streamed = stream(
                &pool,
                &jobs,
                cfg,
                prepare,
                &progress,
                &mut summary,
                sink,
            );
            // What was parsed before a failure is still written.
            db.write_batch(&batch)?;
            streamed?;
            let c = db.changes;
            if !cfg.quiet {
                report(&format!(
                    "{}: {} documents added, {} updated, {} unchanged",
                    db_path.display(),
                    c.inserted,
                    c.updated,
                    c.unchanged
                ));
            }
        }
        (_, None) if cfg.sqlite => {
            bail!("--format sqlite needs -o FILE: the database to write")
        }
        (Some(dir), _) => {
            // Each file is a whole output of its own.
            let prepare = |doc: Document| write::to_vec(&doc, enc);
            let mut sink = DirSink { cfg, dir };
            let sink = |job: &Job, bytes: Vec<u8>| sink.write(job, &bytes);
            stream(&pool, &jobs, cfg, prepare, &progress, &mut summary, sink)?;
        }
        (None, _) => {
            let out = Output::open(cfg.output.as_deref())?;
            let mut w = write::Framed::new(out.writer(), enc);
            let prepare = |doc: Document| enc.encode(&doc);
            let sink = |_: &Job, bytes: Vec<u8>| {
                w.write_encoded(&bytes).context("cannot write output")
            };
            stream(&pool, &jobs, cfg, prepare, &progress, &mut summary, sink)?;
            w.close().context("cannot write output")?;
            drop(w);
            out.commit()?;
        }
    }
    progress.finish_and_clear();

    if cfg.strict && summary.warned > 0 {
        report(&format!(
            "{} of {} documents have warnings (--strict)",
            summary.warned, summary.files
        ));
    }
    if !cfg.quiet {
        print_summary(&summary, started.elapsed().as_secs_f64());
    }
    Ok(summary)
}

fn report(msg: &dyn std::fmt::Display) {
    eprintln!("minutes: {msg:#}");
}

fn print_summary(s: &Summary, secs: f64) {
    let mb = s.bytes as f64 / 1e6;
    let rate = if secs > 0.0 { mb / secs } else { 0.0 };
    let skipped = if s.skipped > 0 {
        format!(", {} skipped", s.skipped)
    } else {
        String::new()
    };
    eprintln!(
        "minutes: {} files, {} items, {} resolutions, {} errors{skipped} in {secs:.2} s ({mb:.1} MB, {rate:.1} MB/s)",
        s.files, s.items, s.resolutions, s.failed
    );
}

fn progress_bar(cfg: &Config, n: usize) -> indicatif::ProgressBar {
    if cfg.quiet || n < 50 || !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(n as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {pos}/{len} files, {per_sec}, {eta} left",
    ) {
        bar.set_style(style);
    }
    bar
}

/// Parses `jobs` on `pool` and hands each result to `sink` in input
/// order, each as soon as it and all before it are done.
fn stream<T: Send>(
    pool: &rayon::ThreadPool,
    jobs: &[Job],
    cfg: &Config,
    prepare: impl Fn(Document) -> io::Result<T> + Sync,
    progress: &indicatif::ProgressBar,
    summary: &mut Summary,
    mut sink: impl FnMut(&Job, T) -> Result<()>,
) -> Result<()> {
    let window = WINDOW_PER_THREAD * pool.current_num_threads().max(1);
    // How many results the writer has taken; workers wait on it so that
    // none runs more than `window` files ahead.
    let written = Mutex::new(0usize);
    let moved = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, Option<Result<Parsed<T>>>)>();

    std::thread::scope(|scope| -> Result<()> {
        let (written, moved, prepare) = (&written, &moved, &prepare);
        scope.spawn(move || {
            pool.install(|| {
                jobs.iter().enumerate().par_bridge().for_each_with(
                    tx,
                    |tx, (i, job)| {
                        {
                            let mut w = written
                                .lock()
                                .unwrap_or_else(|e| e.into_inner());
                            while *w != usize::MAX
                                && i >= w.saturating_add(window)
                            {
                                w = moved
                                    .wait(w)
                                    .unwrap_or_else(|e| e.into_inner());
                            }
                            if *w == usize::MAX {
                                return; // the writer gave up
                            }
                        }
                        let result = if cfg.skip_existing
                            && DirSink::exists(cfg, job)
                        {
                            None
                        } else {
                            Some(
                                parse_input(&job.input, &cfg.options)
                                    .and_then(|doc| Parsed::new(doc, prepare)),
                            )
                        };
                        tx.send((i, result)).ok();
                    },
                );
            });
        });

        let mut pending = BTreeMap::new();
        let mut next = 0;
        let mut outcome = Ok(());
        for (i, result) in rx {
            pending.insert(i, result);
            while let Some(result) = pending.remove(&next) {
                if outcome.is_ok() {
                    outcome = deliver(&jobs[next], result, summary, &mut sink);
                }
                next += 1;
                progress.inc(1);
            }
            let mut w = written.lock().unwrap_or_else(|e| e.into_inner());
            // After a write error, release every worker so they stop.
            *w = if outcome.is_ok() { next } else { usize::MAX };
            moved.notify_all();
        }
        outcome
    })
}

fn deliver<T>(
    job: &Job,
    result: Option<Result<Parsed<T>>>,
    summary: &mut Summary,
    sink: &mut impl FnMut(&Job, T) -> Result<()>,
) -> Result<()> {
    summary.files += 1;
    match result {
        None => summary.skipped += 1,
        Some(Ok(parsed)) => {
            summary.count(&parsed);
            sink(job, parsed.out)?;
        }
        Some(Err(e)) => {
            summary.failed += 1;
            report(&e);
        }
    }
    Ok(())
}

fn build_globs(patterns: &[String]) -> Result<GlobSet> {
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        let glob = GlobBuilder::new(p)
            .case_insensitive(true)
            .build()
            .with_context(|| format!("--glob {p:?} is not a valid pattern"))?;
        b.add(glob);
    }
    b.build().context("cannot build the --glob patterns")
}

/// Paths from standard input, one per line (for `find | minutes parse
/// --stdin-paths`).
fn read_path_list() -> Result<Vec<Input>> {
    let mut out = Vec::new();
    for line in io::stdin().lock().lines() {
        let line =
            line.context("cannot read the list of paths on standard input")?;
        let line = line.trim_end_matches('\r');
        if !line.trim().is_empty() {
            out.push(Input::Path(PathBuf::from(line)));
        }
    }
    Ok(out)
}

/// Files and stdin in the order given; directories walked in sorted
/// order for files matching `globs`. Paths that fail are reported and
/// counted here. The flag says whether a directory was walked.
fn resolve(
    inputs: &[Input],
    globs: &GlobSet,
    hidden: bool,
    summary: &mut Summary,
) -> (Vec<Job>, bool) {
    let mut out = Vec::new();
    let mut walked = false;
    for input in inputs {
        let path = match input {
            Input::Stdin => {
                out.push(Job {
                    input: Input::Stdin,
                    rel: PathBuf::from("stdin"),
                });
                continue;
            }
            Input::Path(p) => p,
        };
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                walked = true;
                walk(path, globs, hidden, &mut out, summary);
            }
            Ok(_) => out.push(Job {
                input: input.clone(),
                rel: PathBuf::from(
                    path.file_name().unwrap_or(path.as_os_str()),
                ),
            }),
            Err(e) => {
                summary.files += 1;
                summary.failed += 1;
                report(&format!("{}: {e}", path.display()));
            }
        }
    }
    (out, walked)
}

fn is_hidden(e: &walkdir::DirEntry) -> bool {
    e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.')
}

fn walk(
    dir: &Path,
    globs: &GlobSet,
    hidden: bool,
    out: &mut Vec<Job>,
    summary: &mut Summary,
) {
    let entries = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| hidden || !is_hidden(e));
    let before = out.len();
    for entry in entries {
        match entry {
            Ok(e) => {
                let rel = e
                    .path()
                    .strip_prefix(dir)
                    .unwrap_or(e.path())
                    .to_path_buf();
                if e.file_type().is_file() && globs.is_match(&rel) {
                    out.push(Job {
                        input: Input::Path(e.into_path()),
                        rel,
                    });
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
                report(&format!("{path}: {msg}"));
            }
        }
    }
    if out.len() == before {
        report(&format!(
            "{}: no matching files in this directory",
            dir.display()
        ));
    }
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

fn refuse_overwriting_input(out: &Path, jobs: &[Job]) -> Result<()> {
    let Ok(out_c) = out.canonicalize() else {
        return Ok(()); // does not exist yet: cannot be an input
    };
    for j in jobs {
        if let Input::Path(p) = &j.input {
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

/// Creates a temporary file beside `dest`, to be renamed over it.
fn temp_beside(dest: &Path) -> Result<tempfile::NamedTempFile> {
    let dir = match dest.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    tempfile::Builder::new()
        .prefix(".minutes-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("{}: cannot create output", dest.display()))
}

/// `--out-dir`: one output file per input, mirroring the input tree.
struct DirSink<'a> {
    cfg: &'a Config,
    dir: &'a Path,
}

impl DirSink<'_> {
    fn target(cfg: &Config, dir: &Path, job: &Job) -> PathBuf {
        dir.join(&job.rel).with_extension(cfg.format.extension())
    }

    fn exists(cfg: &Config, job: &Job) -> bool {
        cfg.out_dir
            .as_deref()
            .is_some_and(|dir| Self::target(cfg, dir, job).is_file())
    }

    fn write(&mut self, job: &Job, bytes: &[u8]) -> Result<()> {
        let dest = Self::target(self.cfg, self.dir, job);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).with_context(|| {
                format!("{}: cannot create directory", parent.display())
            })?;
        }
        let mut tmp = temp_beside(&dest)?;
        tmp.write_all(bytes).with_context(|| {
            format!("{}: cannot write output", dest.display())
        })?;
        tmp.persist(&dest).with_context(|| {
            format!("{}: cannot write output", dest.display())
        })?;
        Ok(())
    }
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
        Ok(match dest {
            None => Output::Stdout,
            Some(dest) => Output::File {
                tmp: temp_beside(dest)?,
                dest: dest.to_path_buf(),
            },
        })
    }

    fn writer(&self) -> Box<dyn Write + '_> {
        match self {
            Output::Stdout => Box::new(BufWriter::with_capacity(
                1 << 16,
                io::stdout().lock(),
            )),
            Output::File { tmp, .. } => {
                Box::new(BufWriter::with_capacity(1 << 16, tmp.as_file()))
            }
        }
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
