"""Password-protected workbooks (common in Japan): decrypt to a private temp file, encrypt outputs.

An encrypted xlsx/xlsm is an OLE compound file holding the real package (ECMA-376 agile or
standard encryption); msoffcrypto-tool reads and writes that wrapper.
"""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from matcher.errors import InputError, OutputError

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_ole(path: Path) -> bool:
    with Path(path).open("rb") as f:
        return f.read(8) == OLE_SIGNATURE


def is_encrypted(path: Path) -> bool:
    """True for an OLE file that wraps an encrypted Office package (not an old .xls)."""
    if not is_ole(path):
        return False
    import msoffcrypto

    try:
        with Path(path).open("rb") as f:
            return bool(msoffcrypto.OfficeFile(f).is_encrypted())
    except Exception:  # noqa: BLE001 - a damaged or unknown OLE file is "not one we can decrypt"
        return False


def decrypt(path: Path, password: str, folder: Path) -> Path:
    """The decrypted package written into ``folder`` (a private temp folder the caller removes)."""
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError, InvalidKeyError

    path = Path(path)
    out = Path(folder) / ("decrypted" + (path.suffix.lower() if path.suffix.lower() in (".xlsx", ".xlsm") else ".xlsx"))
    try:
        with path.open("rb") as f:
            office = msoffcrypto.OfficeFile(f)
            if not office.is_encrypted():
                raise InputError(f"{path.name}: --password was given but the workbook is not password-protected")
            office.load_key(password=password)
            buf = io.BytesIO()
            office.decrypt(buf)
    except InvalidKeyError:
        raise InputError(f"{path.name}: wrong password") from None
    except DecryptionError as e:
        raise InputError(f"{path.name}: cannot be decrypted ({e})") from None
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - msoffcrypto raises many kinds on damaged files
        raise InputError(f"{path.name}: cannot be decrypted ({type(e).__name__}: {e})") from None
    out.write_bytes(buf.getvalue())
    return out


def encrypt_in_place(path: Path, password: str) -> None:
    """Replace ``path`` by its encrypted form, atomically."""
    from msoffcrypto.format.ooxml import OOXMLFile

    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with path.open("rb") as plain, os.fdopen(fd, "wb") as f:
            OOXMLFile(plain).encrypt(password, f)
        os.chmod(tmp, path.stat().st_mode & 0o777)  # mkstemp gives 0600; keep the plain file's mode
        os.replace(tmp, path)
    except Exception as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path.name}: cannot be encrypted ({e})") from None


def readable(path: Path, password: str | None, private: Path, *, unused_password_is_error: bool = True) -> Path:
    """``path``, or its decrypted copy in ``private`` (a temporary folder the caller removes)."""
    path = Path(path)
    if path.is_file() and is_encrypted(path):
        if not password:
            raise InputError(f"{path.name}: the workbook is password-protected; give its password with --password")
        return decrypt(path, password, private)
    if password and unused_password_is_error:
        raise InputError(f"{path.name}: --password was given but the workbook is not password-protected")
    return path
