//! The real file system and environment, for hosts that allow them (the CLI).

use nixlet_eval::io::{FileType, Io, IoError};
use std::path::Path;

/// [`Io`] backed by `std::fs` and `std::env`: everything the process may reach.
/// Wrap it in [`RestrictedIo`](nixlet_eval::io::RestrictedIo) (or use
/// [`EvaluatorBuilder::restricted`](crate::EvaluatorBuilder::restricted)) to
/// confine it.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsIo;

impl OsIo {
    /// Unrestricted access.
    pub fn unrestricted() -> Self {
        OsIo
    }
}

fn io_err(e: std::io::Error, what: &str, path: &str) -> IoError {
    let msg = match e.kind() {
        std::io::ErrorKind::NotFound => format!("{what} '{path}': No such file or directory"),
        std::io::ErrorKind::PermissionDenied => format!("{what} '{path}': Permission denied"),
        _ => format!("{what} '{path}': {e}"),
    };
    if e.kind() == std::io::ErrorKind::NotFound { IoError::not_found(msg) } else { IoError::other(msg) }
}

fn file_type_of(m: &std::fs::Metadata) -> FileType {
    let t = m.file_type();
    if t.is_file() {
        FileType::Regular
    } else if t.is_dir() {
        FileType::Directory
    } else if t.is_symlink() {
        FileType::Symlink
    } else {
        FileType::Unknown
    }
}

/// Reads a whole file, as `std::fs::read` does but for one system call: the size
/// `fstat` gives for a regular file is where reading stops, so the read that would
/// only find the end of the file is not made (`import` of many small files spent a
/// fifth of its file system calls on it). A regular file reporting no size (`/proc`)
/// and anything else is read to its end. A file that grows between the `fstat` and
/// the read is read as it was at the `fstat`.
fn read_whole(path: &str) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)?;
    let meta = f.metadata()?;
    let mut buf = Vec::new();
    let len = meta.len();
    if meta.is_file() && len > 0 {
        buf.try_reserve_exact(usize::try_from(len).unwrap_or(usize::MAX))?;
        (&mut f).take(len).read_to_end(&mut buf)?;
    } else {
        f.read_to_end(&mut buf)?;
    }
    Ok(buf)
}

impl Io for OsIo {
    fn read_file(&self, path: &str) -> Result<Vec<u8>, IoError> {
        read_whole(path).map_err(|e| {
            if std::path::Path::new(path).is_dir() {
                IoError::other(format!("reading file '{path}': Is a directory"))
            } else {
                io_err(e, "opening file", path)
            }
        })
    }

    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileType)>, IoError> {
        let rd = std::fs::read_dir(path).map_err(|e| io_err(e, "cannot read directory", path))?;
        let mut out = Vec::new();
        for entry in rd {
            let entry = entry.map_err(|e| io_err(e, "reading directory", path))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let ty = match entry.file_type() {
                Ok(t) if t.is_symlink() => FileType::Symlink,
                Ok(t) if t.is_dir() => FileType::Directory,
                Ok(t) if t.is_file() => FileType::Regular,
                _ => FileType::Unknown,
            };
            out.push((name, ty));
        }
        out.sort();
        Ok(out)
    }

    fn symlink_type(&self, path: &str) -> Result<FileType, IoError> {
        std::fs::symlink_metadata(path).map(|m| file_type_of(&m)).map_err(|e| io_err(e, "getting status of", path))
    }

    fn file_type(&self, path: &str) -> Result<FileType, IoError> {
        std::fs::metadata(path).map(|m| file_type_of(&m)).map_err(|e| io_err(e, "getting status of", path))
    }

    fn canonicalize(&self, path: &str) -> Result<String, IoError> {
        std::fs::canonicalize(path).map(|p| p.to_string_lossy().into_owned()).map_err(|e| io_err(e, "resolving", path))
    }

    fn is_executable(&self, path: &str) -> Result<bool, IoError> {
        let m = std::fs::metadata(path).map_err(|e| io_err(e, "getting status of", path))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            Ok(m.permissions().mode() & 0o100 != 0)
        }
        #[cfg(not(unix))]
        {
            let _ = m;
            Ok(false)
        }
    }

    fn read_link(&self, path: &str) -> Result<String, IoError> {
        std::fs::read_link(path).map(|p| p.to_string_lossy().into_owned()).map_err(|e| io_err(e, "reading link", path))
    }

    fn get_env(&self, name: &str) -> Option<String> {
        std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
    }

    fn current_time(&self) -> i64 {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
    }

    fn current_dir(&self) -> Option<String> {
        std::env::current_dir().ok().map(|p| p.to_string_lossy().into_owned())
    }
}

/// Makes `p` absolute against `cwd` and normalises it lexically.
pub fn absolutize(cwd: &str, p: &str) -> String {
    let joined = if Path::new(p).is_absolute() { p.to_string() } else { format!("{cwd}/{p}") };
    nixlet_eval::lower::canon_path(&joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_whole_reads_regular_files_to_their_size() {
        let dir = std::env::temp_dir().join(format!("nixlet-read-whole-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary directory");
        for len in [0usize, 1, 4095, 4096, 70_000] {
            let p = dir.join(format!("f{len}"));
            let bytes: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            std::fs::write(&p, &bytes).expect("write");
            let got = read_whole(p.to_str().expect("utf-8 path")).expect("read");
            assert_eq!(got, bytes, "file of {len} bytes");
        }
        let io = OsIo::unrestricted();
        let e = io.read_file(dir.to_str().expect("utf-8 path")).expect_err("a directory is not a file");
        assert!(e.msg.contains("Is a directory"), "{}", e.msg);
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }

    #[test]
    fn read_whole_reads_files_that_report_no_size_to_their_end() {
        // procfs files are regular files of size 0 with content
        let p = "/proc/self/status";
        if std::path::Path::new(p).exists() {
            let got = read_whole(p).expect("read");
            assert!(got.starts_with(b"Name:"), "{:?}", String::from_utf8_lossy(&got[..got.len().min(40)]));
        }
    }
}
