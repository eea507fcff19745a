"""Writing an output so that it is either whole or absent: a temporary file beside it, then a rename."""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from matcher.errors import OutputError


def write_bytes(path: Path, data: bytes) -> None:
    """``data`` into ``path`` atomically, with an ordinary file mode (mkstemp alone gives 0600)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise OutputError(f"{path.parent}: no such folder for the output")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({e.strerror or e})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    write_bytes(path, text.encode(encoding))


def save_workbook(wb, path: Path) -> None:
    """An openpyxl workbook (ours: review, summary) into ``path`` atomically; saved in memory first,
    as these workbooks are small."""
    buf = io.BytesIO()
    wb.save(buf)
    write_bytes(path, buf.getvalue())
