"""A trainee talks to a simulated customer in the browser (Voila) and reads the debrief.

The page is tests/browser/notebooks/simulation.ipynb: `simulation(SCENARIO, seed=SEED)`.
The test keeps a mirror `Session` of the same scenario and seed in this process and plays
the same turns on it; the engine is deterministic, so every customer line, meter and the
debrief the browser shows must be the mirror's.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coursekit.widgets.clicks import DOUBLE_CLICK_S

pytestmark = pytest.mark.xdist_group("browser-voila")

SCENARIO = "drill_for_saturday"
SEED = 1
PAGE = "simulation.ipynb"
NOTEBOOK = Path(__file__).resolve().parent / "notebooks" / PAGE

#: First render: Voila starts a kernel and runs the notebook.
RENDER_TIMEOUT_MS = 60_000
#: Most turns in one conversation before the test gives up.
MAX_TURNS = 30

FREE_TEXT_QUESTION = "What would make Saturday a success for you?"
SCRIPT_TEXT = "<script>window.__coursekitSimXss = 1</script><b>bold?</b> What else matters to you?"
PLACEHOLDER = "Or type your own words and press Send"


class Chat:
    """Locators for the simulation widget.

    Buttons, the text box and the hint are found by what the trainee sees. The widget's
    CSS classes (``coursekit-simulation``, ``coursekit-sim-transcript``,
    ``coursekit-sim-trust``) are used when the widget sets them; until then the
    transcript is the HTML output holding the opening line and the trust meter is the
    progress bar labelled "Trust".
    """

    def __init__(self, page, opening: str) -> None:
        self.page = page
        root = page.locator(".coursekit-simulation")
        self.root = root.first if root.count() else page.locator("body")
        transcript = self.root.locator(".coursekit-sim-transcript")
        self.transcript = (transcript.first if transcript.count() else
                           self.root.locator(".widget-html").filter(has_text=opening).last)
        trust = self.root.locator(".coursekit-sim-trust")
        self.trust_bar = (trust if trust.count() else
                          self.root.locator(".widget-hprogress").filter(has_text="Trust")
                          ).locator(".progress-bar")
        self.text = self.root.get_by_placeholder(PLACEHOLDER)
        self.send = self.root.get_by_role("button", name="Send", exact=True)
        # (their icon's glyph is part of the accessible name, so match the text)
        self.hint_toggle = self.root.locator("button", has_text=re.compile(r"^\W*Hint$"))
        self.restart = self.root.locator("button", has_text=re.compile(r"^\W*Restart$"))
        self.debrief = self.root.get_by_role("heading", name=re.compile(r"^Debrief:"))

    def option_button(self, say: str):
        """The #N button on the row whose text is exactly this option's words."""
        row = self.root.locator(".widget-hbox").filter(
            has=self.page.get_by_text(say, exact=True))
        return row.get_by_role("button")

    def meters(self, text: str):
        return self.root.get_by_text(text, exact=True)


def meter_line(session) -> str:
    """The meter line the widget shows for a session state."""
    state = session.state
    uncovered = sum(len(v) for v in state.needs_uncovered.values())
    return (f"trust {state.trust}/100 · patience {state.patience}/100 · "
            f"needs uncovered {uncovered}/{len(session.scenario.needs)}")


def best_option(session):
    options = session.options()
    best = max(option.rank for option in options)
    return next(option for option in options if option.rank == best)


def last_customer_line(session) -> str:
    return next(line.text for line in reversed(session.transcript) if line.speaker == "customer")


@pytest.fixture
def mirror():
    from coursekit.sim import Session, load_scenario

    return Session(load_scenario(SCENARIO), seed=SEED)


def test_page_shows_the_scenario_this_test_mirrors():
    source = "".join("".join(cell["source"]) for cell in json.loads(NOTEBOOK.read_text())["cells"])
    assert f'simulation("{SCENARIO}", seed={SEED})' in source


def test_dialogue_from_first_option_to_debrief(voila_server, page, shot, mirror):
    from playwright.sync_api import expect

    page.goto(f"{voila_server.base_url}/voila/render/{PAGE}")
    opening = mirror.transcript[0].text
    expect(page.get_by_text(opening)).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    chat = Chat(page, opening)
    expect(chat.meters(meter_line(mirror))).to_be_visible()
    start_trust = mirror.state.trust
    expect(chat.trust_bar).to_have_attribute("style", re.compile(rf"width: {start_trust}%"))
    shot(page, "opening")

    # The hint toggle shows the coaching hint for this turn, and hides it again.
    chat.hint_toggle.click()
    expect(chat.root.get_by_text(mirror.hint(), exact=True)).to_be_visible()
    chat.hint_toggle.click()
    expect(chat.root.get_by_text(mirror.hint(), exact=True)).to_have_count(0)

    # 1. Pick an option: the customer answers and the trust meter moves.
    option = best_option(mirror)
    chat.option_button(option.say).click()
    mirror.choose(option.number)
    expect(chat.transcript).to_contain_text(last_customer_line(mirror))
    assert mirror.state.trust != start_trust, "the scenario's best first option should move trust"
    expect(chat.trust_bar).to_have_attribute("style", re.compile(rf"width: {mirror.state.trust}%"))
    expect(chat.meters(meter_line(mirror))).to_be_visible()
    shot(page, "after-option")

    # 2a. Half-typed text stays in the box when the trainee clicks elsewhere (Hint): nothing is sent.
    lines_before = len(mirror.transcript)
    chat.text.fill(FREE_TEXT_QUESTION[:20])
    chat.hint_toggle.click()
    expect(chat.root.get_by_text(mirror.hint(), exact=True)).to_be_visible()
    expect(chat.text).to_have_value(FREE_TEXT_QUESTION[:20])
    expect(chat.transcript).not_to_contain_text(FREE_TEXT_QUESTION[:20])
    chat.hint_toggle.click()
    assert len(mirror.transcript) == lines_before

    # 2. Type a free-text question: the customer's reply and the meters follow the engine.
    # fill(), not key by key: ipywidgets sends a Text's value changes throttled (one in
    # flight, later ones held until the kernel is idle) but a button click at once, so a
    # click right after fast typing can reach the kernel before the last letters do.
    chat.text.fill(FREE_TEXT_QUESTION)
    chat.send.click()
    mirror.play(FREE_TEXT_QUESTION)
    expect(chat.transcript).to_contain_text(FREE_TEXT_QUESTION)
    expect(chat.transcript).to_contain_text(last_customer_line(mirror))
    expect(chat.meters(meter_line(mirror))).to_be_visible()
    expect(chat.trust_bar).to_have_attribute("style", re.compile(rf"width: {mirror.state.trust}%"))
    expect(chat.text).to_have_value("")
    shot(page, "after-free-text")

    # 3. Markup typed by the trainee is shown as text: nothing runs, nothing is parsed.
    chat.text.fill(SCRIPT_TEXT)
    chat.send.click()
    mirror.play(SCRIPT_TEXT)
    expect(chat.transcript).to_contain_text(SCRIPT_TEXT)
    expect(chat.transcript).to_contain_text(last_customer_line(mirror))
    assert chat.transcript.locator("script").count() == 0
    assert chat.transcript.locator("b", has_text="bold?").count() == 0
    assert page.evaluate("typeof window.__coursekitSimXss") == "undefined"
    shot(page, "script-as-text")

    # 4. Play the best option each turn to the end: the debrief appears. The first pick is a
    # double click: it plays one turn, not two.
    for turn in range(MAX_TURNS):
        if mirror.finished or not mirror.options():
            break
        option = best_option(mirror)
        button = chat.option_button(option.say)
        button.dblclick() if turn == 0 else button.click()
        mirror.choose(option.number)
        if turn == 0:
            expect(chat.transcript).to_contain_text(last_customer_line(mirror))
            page.wait_for_timeout(1500)  # time for a second click's turn to show, if there were one
            expect(chat.meters(meter_line(mirror))).to_be_visible()
        expect(chat.transcript).to_contain_text(last_customer_line(mirror))
        expect(chat.meters(meter_line(mirror))).to_be_visible()
        # a trainee reads the reply first: a click on the same button within DOUBLE_CLICK_S of
        # the turn it played is taken for the second click of a double click
        page.wait_for_timeout(int(DOUBLE_CLICK_S * 1000) + 200)
    assert mirror.finished, f"{SCENARIO} did not finish within {MAX_TURNS} turns"
    report = mirror.report()
    expect(chat.debrief).to_have_text(f"Debrief: {report.outcome}, {report.total}/100")
    expect(chat.meters(meter_line(mirror))).to_be_visible()
    plot = chat.root.locator("img.coursekit-sim-plot").first
    expect(plot).to_be_visible()
    plot.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=plot.element_handle(), timeout=10_000)
    expect(chat.send).to_be_hidden()
    expect(chat.text).to_be_hidden()
    chat.debrief.scroll_into_view_if_needed()
    shot(page, "debrief")

    # 5. Restart: back to the opening line, meters reset, no debrief.
    chat.restart.click()
    expect(chat.debrief).to_have_count(0)
    expect(chat.send).to_be_visible()
    expect(chat.trust_bar).to_have_attribute("style", re.compile(rf"width: {start_trust}%"))
    expect(chat.transcript).not_to_contain_text(FREE_TEXT_QUESTION)
    shot(page, "restarted")
