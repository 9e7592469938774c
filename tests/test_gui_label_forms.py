"""The shorter forms of a department's name that a small label falls back on."""

from __future__ import annotations

import pytest

from gui.canvas.label_forms import forms


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Community 3", "C3"),
        ("Street 2", "St. 2"),
        ("District 1 government", "D1"),
        ("Urban management commission", "UMC"),
        ("Housing and construction commission", "HCC"),
        ("12345 citizen hotline", "12345"),
        ("第三社区", "三社"),
        ("第二街道", "二街"),
        ("一区人民政府", "一区政府"),
        ("城市管理委员会", "城管委"),
        ("住房和城乡建设委员会", "住建委"),
        ("市场监督管理局", "市监局"),
        ("12345市民服务热线", "12345"),
    ],
)
def test_a_name_steps_down_to_a_short_form(name, short):
    """The full name comes first, and the expected short form is on the ladder."""
    ladder = forms(name)
    assert ladder[0] == name
    assert short in ladder
    assert all(len(a) >= len(b) for a, b in zip(ladder, ladder[1:], strict=False))


def test_numbers_that_tell_units_apart_survive_every_form():
    """Street 1 and Street 2 never shorten to the same thing."""
    for a, b in (
        ("Street 1", "Street 2"),
        ("第一社区", "第二社区"),
        ("District 3 government", "District 4 government"),
    ):
        assert not set(forms(a)) & set(forms(b))


def test_a_two_language_label_shortens_each_line():
    """'zh\\nen' labels keep one line per language in every form."""
    ladder = forms("第一社区\nCommunity 1")
    assert all(f.count("\n") == 1 for f in ladder)
    assert ladder[-1].split("\n")[1] == "C1"
