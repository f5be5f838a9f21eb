"""Text from users and files made safe for Markdown, a terminal and a file name (safe_text.py)."""

from __future__ import annotations

import pytest

from smarketing import safe_text


@pytest.mark.parametrize(("typed", "shown"), [
    ("Azienda \x1b[31mRossa\x1b[0m S.r.l.", "Azienda ?Rossa? S.r.l."),            # colours
    ("\x1b]0;titolo rubato\x07Mario", "?Mario"),                                    # the window's title
    ("\x1b]8;;https://evil.example\x1b\\clicca\x1b]8;;\x1b\\", "?clicca?"),       # a hidden hyperlink
    ("riga\rsovrascritta", "riga?sovrascritta"),                                    # a line rewritten
    ("fattura\u202egpj.exe", "fattura?gpj.exe"),                                    # shown reversed
    ("nul\x00 e \x9b csi", "nul? e ? csi"),
    ("righe\ne\ttab restano", "righe\ne\ttab restano"),
    ("Opportunità «Müller» 12,50 €", "Opportunità «Müller» 12,50 €"),
])
def test_a_terminal_shows_values_never_their_commands(typed, shown):
    assert safe_text.terminal(typed) == shown


@pytest.mark.parametrize(("stem", "safe"), [
    ("clienti-Google Ads", "clienti-Google-Ads"),
    ("clienti-../../etc/passwd", "clienti-..-..-etc-passwd"),
    ('clienti-"a";\r\nSet-Cookie: x', "clienti-a-Set-Cookie-x"),
    ("opportunità-Fiere", "opportunita-Fiere"),
    ("…", "export"),
    ("x" * 100, "x" * 80),
])
def test_a_download_is_named_in_safe_characters_only(stem, safe):
    assert safe_text.file_stem(stem) == safe


def test_the_markdown_report_shows_links_images_and_html_as_typed():
    assert safe_text.markdown("[piano](https://x.example) ![p](https://t.example/p.png) <b>x</b> | *a* #1") == (
        "\\[piano\\](https://x.example) !\\[p\\](https://t.example/p.png) &lt;b\\>x&lt;/b\\> \\| \\*a\\* \\#1")
    assert safe_text.markdown("Rossi S.r.l. (Modena)\n24/12") == "Rossi S.r.l. (Modena) 24/12"
