import pytest

from newsgraph import BinaryInputError, DecodeInputError, EmptyInputError, InputError
from newsgraph.ingest import read_text, read_text_file


def test_utf8_text_is_read_exactly_and_a_bom_is_dropped():
    article = read_text("\ufeffKyiv — Talks resumed.\n".encode("utf-8"), "a.txt")
    assert article.text == "Kyiv — Talks resumed.\n"
    assert article.source == "a.txt"


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"", EmptyInputError, "empty"),
        (b"  \n\t\n", EmptyInputError, "empty"),
        (b"PK\x03\x04\x00\x00binary", BinaryInputError, "binary"),
        (b"Caf\xe9 owners protested", DecodeInputError, "not valid UTF-8"),
    ],
)
def test_unreadable_input_raises_an_error_that_names_source_and_reason(data, error, reason):
    with pytest.raises(error, match=reason) as caught:
        read_text(data, "story.txt")
    assert caught.value.source == "story.txt"
    assert str(caught.value).startswith("story.txt: ")


def test_missing_file_and_directory_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text_file(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text_file(tmp_path)
