"""read_article: .txt with a header, .md, .html, and the inputs it must refuse."""

from __future__ import annotations

import pytest

from provenance.errors import InputError
from provenance.extract import read_article


def test_txt_header_is_metadata_and_body_is_verbatim():
    data = b"---\ntitle: Floods\noutlet: Valley Herald\npublished: 2024-05-10\nslug: floods\n---\nThe river rose.\r\n"
    meta, text = read_article(data, filename="floods.txt")
    assert meta == {"title": "Floods", "outlet": "Valley Herald", "published": "2024-05-10", "slug": "floods"}
    assert text == "The river rose.\r\n"


def test_txt_without_header_is_returned_unchanged_with_its_first_line_as_headline():
    body = "  Officials said it rained.\n\n“Yes,” she said.\n"
    assert read_article(body.encode(), filename="a.txt") == ({"headline": "Officials said it rained."}, body)
    assert read_article(("x" * 201 + "\n").encode(), filename="a.txt")[0] == {}  # a paragraph, no headline


def test_txt_with_a_rule_that_is_no_header_keeps_the_text():
    body = "---\nnot a header line\n---\nText.\n"
    assert read_article(body.encode(), filename="a.txt") == ({}, body)


def test_bom_is_dropped_and_encoding_option_is_used():
    assert read_article("\ufeffIt rained.".encode("utf-8"), filename="a.txt")[1] == "It rained."
    assert read_article("Caf\xe9 owners said it rained.".encode("cp1252"), filename="a.txt",
                        encoding="cp1252")[1] == "Caf\xe9 owners said it rained."


def test_markdown_markup_is_stripped():
    md = "# Floods\n\nThe **river** rose, [officials](http://x.invalid) said.\n\n- one *item*\n"
    meta, text = read_article(md.encode(), filename="a.md")
    assert text == "Floods\n\nThe river rose, officials said.\n\none item\n"


def test_html_blocks_entities_and_metadata():
    html = (
        "<html lang='en'><head><title>Floods</title><meta property='og:site_name' content='Valley Herald'>"
        "<script>var x = '<p>no</p>';</script><style>p {}</style></head>"
        "<body><h1>Floods</h1><p>The river rose &amp; fell.</p><p>Officials&nbsp;said so.<br>Twice.</p></body></html>"
    )
    meta, text = read_article(html.encode(), filename="a.html")
    assert meta["title"] == "Floods" and meta["outlet"] == "Valley Herald" and meta["language"] == "en"
    assert text == "Floods\n\nThe river rose & fell.\n\nOfficials said so.\n\nTwice.\n"  # every line a paragraph


@pytest.mark.parametrize("data, filename, encoding, words", [
    (b"", "a.txt", None, "empty"),
    (b"   \n\n", "a.txt", None, "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.txt", None, "binary"),
    ("Caf\xe9".encode("latin-1"), "a.txt", None, "--encoding"),
    (b"abc", "a.txt", "no-such-codec", "unknown encoding"),
    ("\xff\xfe".encode("latin-1") + b"\xd8\x00", "a.txt", "utf-8", "cannot be decoded"),
    (b"---\ntitle: x\n---\n\n", "a.txt", None, "no text"),
])
def test_bad_input_raises_input_error_that_says_what_to_do(data, filename, encoding, words):
    with pytest.raises(InputError) as err:
        read_article(data, filename=filename, encoding=encoding)
    assert words in str(err.value)
