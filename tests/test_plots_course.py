"""Course figures: geometry, determinism, stable captions; the expectations arithmetic."""
from __future__ import annotations

import pytest


from coursekit.lessons.expectations import CASES, explain, satisfaction, verdict  # noqa: E402
from coursekit.plots.expectations import show_expectations  # noqa: E402
from coursekit.plots.funnel import show_funnel  # noqa: E402
from coursekit.plots.pyramid import need_pyramid, pyramid_layers, show_pyramid  # noqa: E402


def test_pyramid_layers_stack_from_a_full_base_to_a_point():
    layers = pyramid_layers(5)
    assert len(layers) == 5
    base = layers[0]
    assert base[0] == (0.0, 0.0) and base[1] == (1.0, 0.0)
    top = layers[-1]
    assert top[2][0] == pytest.approx(top[3][0])  # the top closes to a point
    for lower, upper in zip(layers, layers[1:]):
        assert lower[2] == upper[1] and lower[3] == upper[0]  # no gaps between layers


def test_pyramid_png_is_byte_identical_between_runs():
    assert show_pyramid().png == show_pyramid().png
    assert show_pyramid().png.startswith(b"\x89PNG")


def test_pyramid_highlight_changes_the_picture_and_caption():
    plain, highlighted = show_pyramid(), show_pyramid("success")
    assert plain.png != highlighted.png
    assert repr(highlighted) == "<figure: the need pyramid, success level highlighted>"


def test_pyramid_rejects_unknown_level():
    with pytest.raises(ValueError, match="unknown need level"):
        need_pyramid("happiness")


def test_pyramid_labels_every_level_bottom_up():
    fig = need_pyramid()
    texts = [t.get_text() for t in fig.axes[0].texts]
    for number, name in enumerate(["Product", "Service", "Experience", "Relationship", "Success"], start=1):
        assert f"{number}  {name}" in texts


def test_other_figures_render_deterministically():
    for show in (show_expectations, show_funnel):
        first, second = show(), show()
        assert first.png == second.png
        assert "0x" not in repr(first)


def test_satisfaction_is_experience_minus_expectation():
    assert satisfaction(5, 8) == -3
    assert verdict(-1) == "disappointed" and verdict(2) == "delighted"
    assert explain(7, 9) == "satisfaction = 7 − 9 = −2: disappointed"
    assert explain(5, 5).startswith("satisfaction = 5 − 5 = ±0")
    assert {c.satisfaction > 0 for c in CASES} == {True, False}  # the cases show both outcomes


def test_the_requirements_figure_keeps_the_three_principles_apart():
    from coursekit.plots.funnel import funnel_figure

    titles = [ax.get_title().lower() for ax in funnel_figure().axes]
    assert len(titles) == 3
    assert "coarse to fine" in titles[0] and "how deep" in titles[0]
    assert "organisation" in titles[1] and "rounds" in titles[2]
    texts = " ".join(t.get_text() for ax in funnel_figure().axes for t in ax.texts).lower()
    assert "stop here" in texts and all(who in texts for who in ("executives", "managers", "operators"))
