"""An upload is kept under a name the server makes, inside the uploads folder, whatever the browser says
the file is called."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from smarketing import storage, ui
from tests.conftest import ROOT


@dataclass
class Upload:
    name: str
    file_id: str
    data: bytes

    def getbuffer(self) -> memoryview:
        return memoryview(self.data)


@pytest.mark.parametrize(("name", "file_id"), [
    ("../../../etc/passwd", "../../etc/cron.d/evil"),
    ("/root/.ssh/authorized_keys", "/root/.ssh/authorized_keys"),
    ("..\\..\\windows\\win.ini", "..\\..\\x"),
    ("contatti.csv\x00.sh", "id\x00../../x"),
    ("", ""),
])
def test_uploads_stay_in_their_folder(name, file_id):
    saved = ui.save_upload(Upload(name, file_id, b"Email\nuno@cliente.it\n"))
    try:
        assert saved.parent == storage.uploads_dir() and saved.suffix == ".csv"
        assert set(saved.stem) <= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        assert saved.read_bytes() == b"Email\nuno@cliente.it\n"
    finally:
        saved.unlink(missing_ok=True)


def test_uploads_live_in_a_private_folder_of_the_process():
    folder = storage.scratch()
    assert folder.parent == Path(tempfile.gettempdir()) and folder.name.startswith("smarketing-")
    assert folder.stat().st_mode & 0o777 == 0o700 and folder.stat().st_uid == os.getuid()
    assert storage.uploads_dir().parent == folder and storage.staging_dir().parent == folder


def test_an_upload_left_for_a_day_is_removed_by_the_next():
    wednesday = 1_795_000_000.0              # 18 November 2026, 11:06:40 UTC: the clock is the test's
    day = ui.UPLOAD_KEPT_SECONDS
    old = ui.save_upload(Upload("vecchio.csv", "old-id", b"Email\nvecchio@cliente.it\n"), now=wednesday)
    kept = ui.save_upload(Upload("recente.csv", "recent-id", b"Email\nrecente@cliente.it\n"), now=wednesday + 60)
    new = ui.save_upload(Upload("nuovo.csv", "new-id", b"Email\nnuovo@cliente.it\n"), now=wednesday + day + 30)
    try:
        # a day and 30 s on, the one saved at `wednesday` is a day old; the one a minute younger is not yet
        assert not old.exists() and kept.exists() and new.exists()
        assert new.stat().st_mtime == wednesday + day + 30
        # a file still being looked at, though saved over a day before, is kept (the same file, not removed and
        # written again) and touched at every look
        later = wednesday + 2 * day + 60
        with new.open("rb") as held:      # a file removed under an open handle keeps no link to its name
            again = ui.save_upload(Upload("nuovo.csv", "new-id", b"Email\nnuovo@cliente.it\n"), now=later)
            assert os.fstat(held.fileno()).st_nlink == 1
        assert again == new and not kept.exists()
        assert new.stat().st_mtime == later
    finally:
        for path in (old, kept, new):
            path.unlink(missing_ok=True)


def test_the_folder_outlives_a_reload_of_the_code_but_not_the_process():
    """Streamlit reloads smarketing's modules when a file changes, and the app's connection stays locked to
    the folder it was given: every call answers the same folder. A command started from here makes its own,
    and its end does not take this process's folder with it."""
    folder = storage.scratch()
    assert storage.scratch() == folder
    child = subprocess.run([sys.executable, "-c", "from smarketing import storage; print(storage.scratch())"], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    theirs = Path(child.stdout.strip())
    assert theirs != folder and theirs.name.startswith("smarketing-") and not theirs.exists()
    assert folder.is_dir()
