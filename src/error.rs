//! Typed library errors. Messy minutes are data, not errors: only a file
//! that cannot be read, is not text, or is over the size limit fails.
//! Every error names the path it concerns.

use std::path::PathBuf;

/// Why a file could not be turned into a [`crate::Document`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be opened or read.
    #[error("{}: cannot read", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The bytes are binary (a PDF, a Word file, an image, ...).
    #[error("{}: not a text file (looks like {kind})", .path.display())]
    Binary { path: PathBuf, kind: &'static str },
    /// The file is larger than the configured `--max-bytes`.
    #[error(
        "{}: {bytes} bytes is over the limit of {limit} bytes \
         (raise it with --max-bytes)",
        .path.display()
    )]
    TooLarge {
        path: PathBuf,
        bytes: u64,
        limit: u64,
    },
}

impl Error {
    /// The path the error concerns.
    pub fn path(&self) -> &std::path::Path {
        match self {
            Error::Read { path, .. }
            | Error::Binary { path, .. }
            | Error::TooLarge { path, .. } => path,
        }
    }
}
