"""The one exception type the CLI and the pages turn into a plain message instead of a traceback."""

from __future__ import annotations


class SmarketingError(Exception):
    """An error the user can act on. `key` names a text in texts.toml; params fill its placeholders."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self, lang: str) -> str:
        from smarketing.i18n import t

        return t(self.key, lang, **self.params)

    def __str__(self) -> str:
        # Both languages: a log or a script reading stderr may not know the user's language.
        return f"{self.message('it')}\n{self.message('en')}"
