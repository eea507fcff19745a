"""Password-protected workbooks (common in Japan): decrypt to a private temp file, encrypt outputs.

An encrypted xlsx/xlsm is an OLE compound file holding the real package (ECMA-376 agile or
standard encryption); msoffcrypto-tool reads and writes that wrapper.
"""
from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from matcher import atomic
from matcher.errors import InputError, OutputError

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class WrongPassword(InputError):
    """The password does not open the workbook (another one may)."""


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
    suffix = path.suffix.lower() if path.suffix.lower() in (".xlsx", ".xlsm") else ".xlsx"
    try:
        with path.open("rb") as f:
            office = msoffcrypto.OfficeFile(f)
            if not office.is_encrypted():
                raise InputError(f"{path.name}: --password was given but the workbook is not password-protected")
            office.load_key(password=password)
            buf = io.BytesIO()
            office.decrypt(buf)
    except InvalidKeyError:
        raise WrongPassword(f"{path.name}: wrong password") from None
    except DecryptionError as e:
        raise InputError(f"{path.name}: cannot be decrypted ({e})") from None
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - msoffcrypto raises many kinds on damaged files
        raise InputError(f"{path.name}: cannot be decrypted ({type(e).__name__}: {e})") from None
    # under the customer's own file name, so that a reader's message names their file; a folder
    # of its own, as one private folder may hold several (a review and its filled workbook)
    out = Path(tempfile.mkdtemp(prefix="decrypted-", dir=folder)) / (path.stem + suffix)
    out.write_bytes(buf.getvalue())
    os.chmod(out, path.stat().st_mode & 0o777)  # outputs copy their mode from it; the folder is private
    return out


def encrypted(package: bytes, password: str, label: str) -> bytes:
    """The encrypted form of a plain xlsx/xlsm package, in memory."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    try:
        OOXMLFile(io.BytesIO(package)).encrypt(password, out)
    except Exception as e:  # noqa: BLE001 - msoffcrypto raises many kinds
        raise OutputError(f"{label}: cannot be encrypted ({e})") from None
    return out.getvalue()


def encrypt_to(plain: Path, dest: Path, password: str) -> None:
    """Write the encrypted form of ``plain`` to ``dest`` atomically (``dest`` may be ``plain``).

    Give a ``plain`` in a private temporary folder: no unprotected copy then ever sits beside the
    outputs, even when the process is killed half-way.
    """
    atomic.write_bytes(dest, encrypted(Path(plain).read_bytes(), password, Path(dest).name))


def save_workbook(wb, path: Path, password: str | None) -> None:
    """An openpyxl workbook of ours into ``path`` atomically, encrypted when ``password`` is given."""
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    atomic.write_bytes(path, encrypted(data, password, Path(path).name) if password else data)


def open_workbook(path: Path, passwords: Sequence[str], **options):
    """(an openpyxl workbook of ``path``, the password that opened it or None); a protected one
    is read into memory, so that its decrypted copy is gone when this returns."""
    from openpyxl import load_workbook

    with unlocked(path, passwords) as (plain, password):
        return load_workbook(path if password is None else io.BytesIO(plain.read_bytes()), **options), password


@contextmanager
def unlocked(path: Path, passwords: Sequence[str]) -> Iterator[tuple[Path, str | None]]:
    """``unlock`` into a private temporary folder that is removed, decrypted copy and all, on exit."""
    with tempfile.TemporaryDirectory(prefix="matcher-") as private:
        yield unlock(path, passwords, Path(private))


def unlock(path: Path, passwords: Sequence[str], private: Path) -> tuple[Path, str | None]:
    """(``path`` or its decrypted copy in ``private``, the password that opened it or None).

    A plain workbook is returned as it is. A protected one is tried with each password in turn,
    so one batch can hold files protected with different passwords.
    """
    path = Path(path)
    if not (path.is_file() and is_encrypted(path)):
        return path, None
    if not passwords:
        raise InputError(f"{path.name}: the workbook is password-protected; give its password with --password")
    for password in passwords:
        try:
            return decrypt(path, password, private), password
        except WrongPassword:
            continue
    tried = f" (tried {len(passwords)})" if len(passwords) > 1 else ""
    raise WrongPassword(f"{path.name}: wrong password{tried}")
