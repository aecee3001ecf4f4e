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
    // The files are found as they are parsed, never listed in memory:
    // each pass below walks the inputs afresh.
    let all = || tasks(&inputs, &globs, cfg.hidden);
    if let Some(out) = &cfg.output {
        refuse_overwriting_input(out, all())?;
    }
    if cfg.out_dir.is_some() && inputs.contains(&Input::Stdin) {
        bail!(
            "--out-dir needs files to name its outputs after, not standard input"
        );
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let progress = progress_bar(cfg, || {
        all().filter(|t| matches!(t, Task::Job(_))).count()
    });
    let enc = write::Encoder {
        format: cfg.format,
        table: cfg.table,
        many: inputs.len() != 1
            || cfg.stdin_paths
            || inputs
                .iter()
                .any(|i| matches!(i, Input::Path(p) if p.is_dir())),
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
                all(),
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
            stream(&pool, all(), cfg, prepare, &progress, &mut summary, sink)?;
        }
        (None, _) => {
            let out = Output::open(cfg.output.as_deref())?;
            let mut w = write::Framed::new(out.writer(), enc);
            let prepare = |doc: Document| enc.encode(&doc);
            let sink = |_: &Job, bytes: Vec<u8>| {
                w.write_encoded(&bytes).context("cannot write output")
            };
            stream(&pool, all(), cfg, prepare, &progress, &mut summary, sink)?;
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

/// A progress bar when stderr is a terminal and the run is large;
/// `count` walks the inputs once more to find the total, only then.
fn progress_bar(
    cfg: &Config,
    count: impl FnOnce() -> usize,
) -> indicatif::ProgressBar {
    if cfg.quiet || !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let n = count();
    if n < 50 {
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

/// Parses the files `tasks` names on `pool` and hands each result to
/// `sink` in input order, each as soon as it and all before it are done.
/// Tasks are taken from the iterator as workers need them, so only the
/// window in flight is ever held.
fn stream<T: Send>(
    pool: &rayon::ThreadPool,
    tasks: impl Iterator<Item = Task> + Send,
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
    let (tx, rx) = mpsc::channel::<(usize, Task, Outcome<T>)>();

    std::thread::scope(|scope| -> Result<()> {
        let (written, moved, prepare) = (&written, &moved, &prepare);
        scope.spawn(move || {
            pool.install(|| {
                tasks.enumerate().par_bridge().for_each_with(
                    tx,
                    |tx, (i, task)| {
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
                        let result = match &task {
                            Task::Job(job)
                                if !(cfg.skip_existing
                                    && DirSink::exists(cfg, job)) =>
                            {
                                Some(
                                    parse_input(&job.input, &cfg.options)
                                        .and_then(|doc| {
                                            Parsed::new(doc, prepare)
                                        }),
                                )
                            }
                            _ => None,
                        };
                        tx.send((i, task, result)).ok();
                    },
                );
            });
        });

        let mut pending = BTreeMap::new();
        let mut next = 0;
        let mut outcome = Ok(());
        for (i, task, result) in rx {
            pending.insert(i, (task, result));
            while let Some((task, result)) = pending.remove(&next) {
                if outcome.is_ok() {
                    outcome = deliver(task, result, summary, &mut sink);
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

/// What a worker made of a task: `None` when there was nothing to parse
/// (a failed path, a note, a file skipped as already converted).
type Outcome<T> = Option<Result<Parsed<T>>>;

fn deliver<T>(
    task: Task,
    result: Outcome<T>,
    summary: &mut Summary,
    sink: &mut impl FnMut(&Job, T) -> Result<()>,
) -> Result<()> {
    let job = match task {
        Task::Job(job) => job,
        Task::Failed(msg) => {
            summary.files += 1;
            summary.failed += 1;
            report(&msg);
            return Ok(());
        }
        Task::Note(msg) => {
            report(&msg);
            return Ok(());
        }
    };
    summary.files += 1;
    match result {
        None => summary.skipped += 1,
        Some(Ok(parsed)) => {
            summary.count(&parsed);
            sink(&job, parsed.out)?;
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

/// One entry of the input stream, in output order.
enum Task {
    /// A file (or stdin) to parse.
    Job(Job),
    /// A path that failed while the inputs were resolved (missing, an
    /// unreadable directory, a symbolic link loop): reported in its place
    /// and counted as a failed file.
    Failed(String),
    /// A remark said on stderr in its place ("no matching files").
    Note(String),
}

/// The tasks `inputs` make, produced as they are taken: files and stdin
/// in the order given, directories walked in sorted order for files
/// matching `globs`. Nothing is collected, so memory does not grow with
/// the size of the tree.
fn tasks<'a>(
    inputs: &'a [Input],
    globs: &'a GlobSet,
    hidden: bool,
) -> impl Iterator<Item = Task> + Send + 'a {
    inputs.iter().flat_map(
        move |input| -> Box<dyn Iterator<Item = Task> + Send + 'a> {
            let path = match input {
                Input::Stdin => {
                    return Box::new(std::iter::once(Task::Job(Job {
                        input: Input::Stdin,
                        rel: PathBuf::from("stdin"),
                    })));
                }
                Input::Path(p) => p,
            };
            match std::fs::metadata(path) {
                Ok(m) if m.is_dir() => Box::new(walk(path, globs, hidden)),
                Ok(_) => Box::new(std::iter::once(Task::Job(Job {
                    input: input.clone(),
                    rel: PathBuf::from(
                        path.file_name().unwrap_or(path.as_os_str()),
                    ),
                }))),
                Err(e) => Box::new(std::iter::once(Task::Failed(format!(
                    "{}: {e}",
                    path.display()
                )))),
            }
        },
    )
}

fn is_hidden(e: &walkdir::DirEntry) -> bool {
    e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.')
}

/// The files under `dir` that match `globs`, one at a time; a note at
/// the end when there were none.
fn walk<'a>(
    dir: &'a Path,
    globs: &'a GlobSet,
    hidden: bool,
) -> impl Iterator<Item = Task> + Send + 'a {
    let mut entries = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |e| hidden || !is_hidden(e));
    let (mut found, mut done) = (false, false);
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        for entry in entries.by_ref() {
            match entry {
                Ok(e) => {
                    let rel = e
                        .path()
                        .strip_prefix(dir)
                        .unwrap_or(e.path())
                        .to_path_buf();
                    if e.file_type().is_file() && globs.is_match(&rel) {
                        found = true;
                        return Some(Task::Job(Job {
                            input: Input::Path(e.into_path()),
                            rel,
                        }));
                    }
                }
                Err(e) => {
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
                    return Some(Task::Failed(format!("{path}: {msg}")));
                }
            }
        }
        done = true;
        (!found).then(|| {
            Task::Note(format!(
                "{}: no matching files in this directory",
                dir.display()
            ))
        })
    })
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
        Input::Path(p) => guarded(p, || Ok(minutes::parse_file(p, opts)?)),
    }
}

/// Runs `parse` on the file `path`, turning a panic (a bug in the
/// parser) into that file's error, so that the run goes on with the
/// other files and nothing already parsed is lost.
fn guarded<T>(path: &Path, parse: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(parse))
        .unwrap_or_else(|payload| {
            let why = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            bail!(
                "{}: internal error in the parser ({why}); please report it with this file",
                path.display()
            )
        })
}

fn refuse_overwriting_input(
    out: &Path,
    tasks: impl Iterator<Item = Task>,
) -> Result<()> {
    let Ok(out_c) = out.canonicalize() else {
        return Ok(()); // does not exist yet: cannot be an input
    };
    for t in tasks {
        let Task::Job(j) = t else { continue };
        if let Input::Path(p) = &j.input {
            // Only a file of the same name can be the output.
            if p.file_name() == out_c.file_name()
                && p.canonicalize().is_ok_and(|c| c == out_c)
            {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_the_parser_is_that_files_error() {
        let path = Path::new("archive/a.txt");
        let err = guarded::<()>(path, || panic!("index out of bounds"))
            .expect_err("the panic is an error");
        let msg = err.to_string();
        assert!(msg.starts_with("archive/a.txt: internal error"), "{msg}");
        assert!(msg.contains("index out of bounds"), "{msg}");
        assert_eq!(guarded(path, || Ok(7)).ok(), Some(7));
    }
}
