"""An upload is kept under a name the server makes, inside the uploads folder, whatever the browser says
the file is called."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from smarketing import db, ui


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
        assert saved.parent == db.UPLOADS and saved.suffix == ".csv"
        assert set(saved.stem) <= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        assert saved.read_bytes() == b"Email\nuno@cliente.it\n"
    finally:
        saved.unlink(missing_ok=True)
