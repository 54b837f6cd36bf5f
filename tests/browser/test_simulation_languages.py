"""A Spanish and a Chinese trainee talk to the simulated customer in the browser (Voila) and read
the debrief in their language: the customer, the options, the meters and the debrief follow a
mirror session played in this process in the same language."""
from __future__ import annotations

import pytest

from coursekit.i18n import t, use_language

pytestmark = pytest.mark.xdist_group("browser-voila")

SCENARIO = "drill_for_saturday"
SEED = 1
#: The drill customer's best first reply ("Where will you drill, and what for?") in other words.
TYPED = {"es": "¿En qué superficie va a taladrar y para qué lo necesita?", "zh": "您打算在哪里打孔？用来做什么？"}
RENDER_TIMEOUT_MS = 60_000
MAX_TURNS = 30


@pytest.fixture
def in_language(request):
    use_language(request.param)
    yield request.param
    use_language(None)


@pytest.mark.parametrize("in_language", ["es", "zh"], indirect=True)
def test_a_simulation_plays_to_its_debrief_in_the_trainees_language(voila_server, page, shot, in_language):
    from playwright.sync_api import expect

    from coursekit.sim import Session, load_scenario
    from coursekit.widgets.clicks import DOUBLE_CLICK_S

    lang = in_language
    mirror = Session(load_scenario(SCENARIO), seed=SEED)
    page.goto(f"{voila_server.base_url}/voila/render/simulation_{lang}.ipynb")
    opening = mirror.transcript[0].text
    expect(page.get_by_text(opening)).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    chat = page.locator(".coursekit-simulation").first
    transcript = chat.locator(".coursekit-sim-transcript")
    expect(chat.get_by_text(t("ui.sim.typed_translated"), exact=True)).to_be_visible()
    shot(page, f"opening-{lang}")
    # the first reply typed in the trainee's own words: the customer takes it as the reply it says
    box = chat.locator(".coursekit-sim-text input")
    box.fill(TYPED[lang])
    box.press("Enter")
    mirror.say(TYPED[lang])
    expect(chat.locator(".ck-trainee").first).to_contain_text(TYPED[lang])
    expect(transcript).to_contain_text(next(line.text for line in reversed(mirror.transcript) if line.speaker == "customer"))
    for turn in range(MAX_TURNS):
        if mirror.finished or not mirror.options():
            break
        options = mirror.options()
        best = max(options, key=lambda option: option.rank)
        row = chat.locator(".widget-hbox").filter(has=page.get_by_text(best.say, exact=True))
        row.get_by_role("button").click()
        mirror.choose(best.number)
        reply = next(line.text for line in reversed(mirror.transcript) if line.speaker == "customer")
        expect(transcript).to_contain_text(reply)
        page.wait_for_timeout(int(DOUBLE_CLICK_S * 1000) + 200)
    assert mirror.finished
    report = mirror.report()
    heading = t("ui.sim.debrief", outcome=t(f"ui.sim.outcome.{report.outcome}"), total=report.total)
    expect(chat.get_by_role("heading", name=heading)).to_be_visible()
    table = chat.locator("table.coursekit-sim-score")
    for criterion in (c for c in report.criteria if c.applies):
        expect(table).to_contain_text(criterion.name)
    expect(table).to_contain_text(t("ui.sim.criterion"))
    plot = chat.locator("img.coursekit-sim-plot").first
    plot.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=plot.element_handle(), timeout=10_000)
    from coursekit.plots.debrief import debrief_alt

    expect(plot).to_have_attribute("alt", debrief_alt(report))  # the chart in words, in the trainee's language
    shot(page, f"debrief-{lang}")
