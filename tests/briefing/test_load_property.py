"""Whatever the bytes, a loader returns a well-formed briefing or a BriefingError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.load import SUPPORTED_SUFFIXES, load_bytes
from briefing.model import BLOCK_KINDS, Briefing, BriefingError
from tests.briefing.block_checks import visible


def check(data: bytes, name: str) -> None:
    try:
        b = load_bytes(data, name)
    except BriefingError as exc:
        message = str(exc)
        assert message.startswith(name + ": ") and "\n" not in message
        return
    assert isinstance(b, Briefing)
    assert b.title.strip()
    assert b.blocks
    for block in b.blocks:
        assert block.kind in BLOCK_KINDS
        assert block.text.strip() and "\n" not in block.text and "\r" not in block.text
        assert len(block.text.splitlines()) == 1
        if block.html:
            assert visible(block.html) == block.text


SUFFIXES = st.sampled_from(SUPPORTED_SUFFIXES)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks a little like documents: markup characters are common.
MARKUP = st.lists(
    st.sampled_from(list("abc XYZ.\n-*#>|`_[]()<>/=\"'!:é\u2028\t") + [
        "<p>", "</p>", "---\n", "<b>", "<script>", "1. ", "\n\n", "title: x\n", "<a href=\"http://x\">",
        "```\n", "Word ", "Sentence. "]),
    max_size=120,
).map("".join)


@FAST
@given(data=st.binary(max_size=2000), suffix=SUFFIXES)
def test_arbitrary_bytes(data, suffix):
    check(data, f"sample{suffix}")


@FAST
@given(text=st.text(max_size=500), suffix=SUFFIXES)
def test_arbitrary_text(text, suffix):
    check(text.encode("utf-8", errors="surrogatepass"), f"sample{suffix}")


@FAST
@given(text=MARKUP, suffix=st.sampled_from([".md", ".txt", ".html"]))
def test_document_like_text(text, suffix):
    check(text.encode("utf-8"), f"sample{suffix}")


@FAST
@given(text=st.text(max_size=300), codec=st.sampled_from(["utf-16", "cp1252", "latin-1"]))
def test_other_encodings(text, codec):
    check(text.encode(codec, errors="replace"), "sample.txt")
