"""The one exception type the CLI and the pages turn into a plain message instead of a traceback."""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import Any


class SmarketingError(Exception):
    """An error the user can act on. `key` names a text in texts.toml; params fill its placeholders."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        # further sentences said after the message: what else to try ("This looks like a Meta Ads export...")
        self.hints: list[tuple[str, dict[str, Any]]] = []
        super().__init__(key)

    def message(self, lang: str, escape: Callable[[object], str] | None = None) -> str:
        """The message in `lang`; `escape` is applied to the params first (file names, columns and the
        like come from users, and a page shows the message as markdown)."""
        from smarketing.i18n import t
        from smarketing.importing.detect import Note
        from smarketing.importing.reasons import note_text, params_worded, singular

        def escaped(params: dict[str, Any]) -> dict[str, Any]:
            # a preset's code is worded by note_text, not shown: it is never user text
            return {k: v if k == "product" else escape(v) for k, v in params.items()} if escape else params

        # the message and its hints worded as import notes are (a preset's product name, a day in the page's format)
        return " ".join([t(singular(self.key, self.params), lang, **escaped(params_worded(self.params, lang))),
                         *(note_text(Note(k, escaped(p)), lang) for k, p in self.hints)])

    def __str__(self) -> str:
        # Both languages: a log or a script reading stderr may not know the user's language.
        return f"{self.message('it')}\n{self.message('en')}"


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, as an error's `detail`: the code of a reason texts.toml words in each language
    ([oserror]), else the system's own words (English whatever the user's language)."""
    code = errno.errorcode.get(exc.errno or 0)
    return f"oserror.{code}" if code in OS_REASONS else exc.strerror or str(exc)


OS_REASONS = frozenset({"ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ENOSPC", "EROFS"})
