"""Text from users and files made safe for where it is shown: Markdown (a page, the report in a wiki), a
terminal, a file name. Each keeps what a reader needs to see and drops only what could act on its own."""

from __future__ import annotations

import re
import unicodedata

# Streamlit's Markdown also reads :emoji: codes, $LaTeX$ and =colour= signs: every such sign is escaped there
_STREAMLIT_SIGNS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>:$&=])")
# a Markdown file read in a wiki or a chat: links and images (their brackets), tables, emphasis, code,
# headings; "<" becomes an entity, so no HTML tag or autolink can open, even where a wiki passes HTML through.
# Ordinary punctuation (S.r.l., 24/12, (note)) stays readable in the file itself
_MARKDOWN_SIGNS = re.compile(r"([\\`*_\[\]>|~#])")
_SETEXT = re.compile(r"^\s*([-=])(?=[-=\s]*$)")

# a whole escape sequence (colours, cursor moves, a window title, a hyperlink), then any control left over;
# bidirectional overrides would show a file name or a value reversed
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

_FILE_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_FILE_STEM = 80


def streamlit_markdown(text: object) -> str:
    """Text shown by st.markdown as typed: no emphasis, link, image, heading, entity or colour of its own."""
    return _STREAMLIT_SIGNS.sub(r"\\\1", str(text))


def markdown(text: object) -> str:
    """A line or table cell of the Markdown report: shown as typed, on one line, never a link, an image or HTML."""
    return " ".join(_MARKDOWN_SIGNS.sub(r"\\\1", str(text)).replace("<", "&lt;").split())


def paragraphs(text: object) -> list[list[str]]:
    """Free text as typed in a text area (meeting notes): its paragraphs (split at blank lines), each a list of its
    lines, with no line empty. What each format makes of a line is its own (markdown_lines, the report's HTML)."""
    return [[line for line in block.splitlines() if line.strip()]
            for block in re.split(r"\n\s*\n", str(text).strip()) if block.strip()]


def markdown_lines(text: object) -> str:
    """Free text in the Markdown report with its lines kept: a hard break ends each line, a blank line each
    paragraph; every line as safe as markdown() makes it."""
    # a line of dashes or equals signs alone would make the line above a heading (Markdown's setext underline)
    return "\n\n".join("  \n".join(_SETEXT.sub(r"\\\1", markdown(line)) for line in block)
                       for block in paragraphs(text))


def terminal(text: str) -> str:
    """What a terminal shows of `text`: lines and tabs stay, escape sequences and other controls become "?"."""
    return _CONTROLS.sub("?", _ESCAPES.sub("?", text))


def file_stem(text: str) -> str:
    """A download's name without extension, in letters, digits, dots, dashes and underscores only: accents
    lose their marks (opportunità -> opportunita), anything else becomes a dash."""
    ascii_only = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    stem = re.sub("-{2,}", "-", _FILE_UNSAFE.sub("-", ascii_only)).strip("-.")[:MAX_FILE_STEM].strip("-.")
    return stem or "export"
