"""The one exception type the CLI and the pages turn into a plain message instead of a traceback."""

from __future__ import annotations

from collections.abc import Callable


class SmarketingError(Exception):
    """An error the user can act on. `key` names a text in texts.toml; params fill its placeholders."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self, lang: str, escape: Callable[[object], str] | None = None) -> str:
        """The message in `lang`; `escape` is applied to the params first (file names, columns and the
        like come from users, and a page shows the message as markdown)."""
        from smarketing.i18n import t

        params = {k: escape(v) for k, v in self.params.items()} if escape else self.params
        return t(self.key, lang, **params)

    def __str__(self) -> str:
        # Both languages: a log or a script reading stderr may not know the user's language.
        return f"{self.message('it')}\n{self.message('en')}"
