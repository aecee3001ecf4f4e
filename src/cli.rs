//! Command-line arguments (clap derive) and their check into a
//! [`Config`] that the batch driver runs. Nothing here reads a file.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::run::{Config, Input};
use minutes::write::{Format, Table};
use minutes::{DateOrder, Options};

/// Turn the raw text of council meeting minutes into structured records.
#[derive(Debug, Parser)]
#[command(name = "minutes", version, about, long_about = None)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse minutes files into JSON, NDJSON or CSV records.
    ///
    /// Reads each file (directories are walked for *.txt files, in
    /// sorted order) and writes one record per file: the meeting, its
    /// agenda items, attendees, discussion points, resolutions,
    /// supporting documents and diagnostics. A file that cannot be read
    /// gets a one-line error on stderr and the run goes on.
    #[command(after_help = "\
Exit status: 0 all files parsed; 1 some files failed (or, with --strict, \
had warnings); 2 usage error.

Examples:
  minutes parse fixtures/002_b4865b49f35dfa24.txt
  minutes parse archive/ --format ndjson | jq '.items[].resolutions[].text'
  minutes parse archive/ --format csv --table resolutions -o resolutions.csv
  minutes parse archive/ --format sqlite -o minutes.db
  find archive -name '*.txt' -newer last-run | minutes parse --stdin-paths -f ndjson
  minutes parse archive/ --out-dir converted/ --skip-existing")]
    Parse(ParseArgs),
    /// Print the JSON Schema (draft 2020-12) of the Document records
    /// that `parse` writes as JSON or NDJSON.
    #[command(after_help = "\
Example:
  minutes schema > minutes.schema.json")]
    Schema,
}

#[derive(Debug, clap::Args)]
pub struct ParseArgs {
    /// Files or directories to parse; `-` or none reads standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Json)]
    pub format: FormatArg,

    /// Which rows a CSV holds (with --format csv).
    #[arg(long, value_enum, default_value_t = TableArg::Items)]
    pub table: TableArg,

    /// Start CSV output with a UTF-8 byte-order mark, so Excel on
    /// Windows reads accented names right.
    #[arg(long)]
    pub bom: bool,

    /// Write to FILE instead of standard output; written to a temporary
    /// file first and renamed, so it is never left half-written. With
    /// --format sqlite, the database to create or update.
    #[arg(
        short,
        long,
        value_name = "FILE",
        conflicts_with = "out_dir",
        required_if_eq("format", "sqlite")
    )]
    pub output: Option<PathBuf>,

    /// Write one file per input under DIR, mirroring the input tree
    /// (x/y.txt -> DIR/x/y.json, or .ndjson/.csv); each is written whole
    /// or not at all.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,

    /// With --out-dir: skip inputs whose output file already exists, to
    /// resume an interrupted conversion.
    #[arg(long, requires = "out_dir")]
    pub skip_existing: bool,

    /// Which files to take from directories (repeatable; matched against
    /// the path below the directory, case-insensitively).
    #[arg(long = "glob", value_name = "PATTERN", default_value = "*.txt")]
    pub globs: Vec<String>,

    /// Also walk hidden files and directories (names starting with '.').
    #[arg(long)]
    pub hidden: bool,

    /// Read the paths to parse from standard input, one per line.
    #[arg(long, conflicts_with = "paths")]
    pub stdin_paths: bool,

    /// No progress bar and no summary line on stderr; errors are still
    /// reported.
    #[arg(short, long)]
    pub quiet: bool,

    /// Exit 1 when any document has a warning diagnostic.
    #[arg(long)]
    pub strict: bool,

    /// Refuse files larger than this (suffixes K, M, G; 0 = no limit).
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_bytes: u64,

    /// How to read all-numeric dates such as 03/04/2021.
    #[arg(long, value_enum, default_value_t = DateOrderArg::Auto)]
    pub date_order: DateOrderArg,

    /// Parse this many files at once (default: all cores).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// Pretty JSON: an object for one file, an array for several
    Json,
    /// One JSON document per line
    Ndjson,
    /// Comma-separated rows (see --table)
    Csv,
    /// A SQLite database (needs -o FILE); re-runs update it in place
    Sqlite,
    /// Open Civic Data Event JSON, one event per line
    Ocd,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TableArg {
    /// One row per agenda item
    Items,
    /// One row per person (present or apologies)
    Attendees,
    /// One row per discussion point
    Discussion,
    /// One row per resolution
    Resolutions,
    /// One row per supporting document
    Documents,
    /// One row per diagnostic
    Diagnostics,
    /// One row per declaration of interest
    Declarations,
    /// One row per action
    Actions,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DateOrderArg {
    /// Per document: day first unless its dates show month first
    /// (07/17/2025, or "October 19, 2020" and no "19 October 2020")
    Auto,
    /// Day first: 03/04/2021 is 3 April (UK, Ireland, Australia)
    Dmy,
    /// Month first: 03/04/2021 is March 4 (US)
    Mdy,
}

/// Parses "64M", "1G", "500K" or a plain number of bytes.
fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let mult = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                _ => {
                    return Err(format!(
                        "unknown size suffix {c:?} (use K, M or G)"
                    ));
                }
            };
            (&s[..i], mult)
        }
        _ => (s, 1),
    };
    let n: u64 = num
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a size such as 64M"))?;
    n.checked_mul(mult)
        .ok_or_else(|| format!("{s} is too large"))
}

impl ParseArgs {
    /// Checks the arguments and turns them into what the run needs.
    pub fn into_config(self) -> Config {
        let inputs = if self.stdin_paths {
            Vec::new()
        } else if self.paths.is_empty() {
            vec![Input::Stdin]
        } else {
            self.paths
                .into_iter()
                .map(|p| {
                    if p.as_os_str() == "-" {
                        Input::Stdin
                    } else {
                        Input::Path(p)
                    }
                })
                .collect()
        };
        Config {
            inputs,
            stdin_paths: self.stdin_paths,
            out_dir: self.out_dir,
            skip_existing: self.skip_existing,
            globs: self.globs,
            hidden: self.hidden,
            quiet: self.quiet,
            format: match self.format {
                FormatArg::Json => Format::Json,
                FormatArg::Ndjson | FormatArg::Sqlite => Format::Ndjson,
                FormatArg::Csv => Format::Csv,
                FormatArg::Ocd => Format::Ocd,
            },
            sqlite: matches!(self.format, FormatArg::Sqlite),
            bom: self.bom,
            table: match self.table {
                TableArg::Items => Table::Items,
                TableArg::Attendees => Table::Attendees,
                TableArg::Discussion => Table::Discussion,
                TableArg::Resolutions => Table::Resolutions,
                TableArg::Documents => Table::Documents,
                TableArg::Diagnostics => Table::Diagnostics,
                TableArg::Declarations => Table::Declarations,
                TableArg::Actions => Table::Actions,
            },
            output: self.output,
            strict: self.strict,
            jobs: self.jobs,
            options: Options {
                date_order: match self.date_order {
                    DateOrderArg::Auto => DateOrder::Auto,
                    DateOrderArg::Dmy => DateOrder::Dmy,
                    DateOrderArg::Mdy => DateOrder::Mdy,
                },
                max_bytes: (self.max_bytes > 0).then_some(self.max_bytes),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_valid() {
        Args::command().debug_assert();
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("12Q").is_err());
        assert!(parse_size("lots").is_err());
    }
}
