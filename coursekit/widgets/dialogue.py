"""The chat widget: a thin ipywidgets view over a simulator `Session`.

`simulation(scenario_id, seed=0, trainee=None)` returns a displayable widget with the
chat transcript (customer and trainee bubbles), the options as buttons, a free-text
box, live meters (trust, patience, needs uncovered), a hint toggle, restart, and the
debrief at the end. Every text shown is escaped with `html.escape`.

For Voila, the initial state is written straight into widget values when the widget
is built; callbacks only change widget values (no printing, no Output widgets). When a
trainee name is given and `coursekit.gradebook` can be imported, the finished
conversation is recorded there once.

Keyboard alone: Tab reaches the options, the text box, Send, End conversation, Hint and
Restart in that order; Enter or Space plays an option and the focus stays on the options
(the buttons are kept from turn to turn), Enter in the box sends, and at the end the focus
goes to Restart, just above the debrief. Every control has a label (`coursekit.widgets.style`).

Every widget is a model the trainee's page must create when it opens, so the chat keeps
them few: widgets whose size and style never change share one layout and one style, and
the option rows of a turn are closed when the next turn replaces them.
`simulation_later(scenario_id)` shows the scenario and a Start button, and builds the
chat only when the trainee clicks it (for a lesson's second and third simulations).
"""
from __future__ import annotations

import html
import time

import ipywidgets as widgets
from ipywidgets.widgets.widget_int import ProgressStyle
from ipywidgets.widgets.widget_string import HTMLStyle

from coursekit.gradebook.names import trainee_name
from coursekit.i18n import t, t_or
from coursekit.markup import NO_MATH
from coursekit.sim import Session, load_scenario
from coursekit.sim.report import deduction_row
from coursekit.widgets.clicks import ClickGuard, message_sent_at
from coursekit.widgets.picture import AltImage
from coursekit.widgets.quiz import plain_label
from coursekit.widgets.style import screen_reader_label, style_tag

#: Longest trainee text shown in a bubble (the engine keeps up to 2,000 characters).
SHOWN_CHARS = 600

#: A button as wide as its label (ipywidgets' default width cuts "End conversation").
_FIT = {"width": "auto", "flex": "0 0 auto"}
#: A row of controls that wraps on a narrow screen.
_WRAP = {"flex_flow": "row wrap", "align_items": "center"}

_BUBBLE = ("max-width:75%;padding:6px 10px;margin:3px 0;border-radius:12px;"
           "line-height:1.35;white-space:pre-wrap;overflow-wrap:anywhere;")
_CUSTOMER = _BUBBLE + "background:#eef1f4;color:#1b1b1b;margin-right:auto;"
_TRAINEE = _BUBBLE + "background:#2a6f97;color:#ffffff;margin-left:auto;"

_shared: dict[str, widgets.Widget] = {}


def shared(name: str, make) -> widgets.Widget:
    """One layout or style per kernel for widgets whose layout or style never changes."""
    if name not in _shared or _shared[name].comm is None:  # none yet, or closed (close_all)
        _shared[name] = make()
    return _shared[name]


def _html(value: str = "") -> widgets.HTML:
    """An HTML widget with the shared layout and style."""
    return widgets.HTML(value, layout=shared("layout", widgets.Layout),
                        style=shared("html", HTMLStyle))


def _button(description: str, **kwargs) -> widgets.Button:
    """A button with the shared style (and the shared layout unless one is given)."""
    kwargs.setdefault("layout", shared("layout", widgets.Layout))
    return widgets.Button(description=description, style=shared("button", widgets.ButtonStyle), **kwargs)


def _esc(text: str) -> str:
    return html.escape(str(text), quote=True)


def bubble_html(speaker: str, text: str, who: str) -> str:
    """One chat bubble, every piece of text escaped."""
    shown = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + " …"
    style = _CUSTOMER if speaker == "customer" else _TRAINEE
    kind = "ck-customer" if speaker == "customer" else "ck-trainee"
    return (f'<div style="display:flex"><div class="ck-bubble {kind} {NO_MATH}" style="{style}"><b>{_esc(who)}</b><br>'
            f'{_esc(shown) or "<i>" + _esc(t("ui.sim.nothing")) + "</i>"}</div></div>')


def transcript_html(session: Session) -> str:
    """The whole transcript as escaped HTML bubbles."""
    customer = session.scenario.customer.name
    parts = [bubble_html(line.speaker, line.text, customer if line.speaker == "customer" else t("ui.sim.you"))
             for line in session.transcript]
    # newest last on screen; column-reverse keeps the box scrolled to the newest bubble
    return ('<div style="display:flex;flex-direction:column-reverse;max-height:420px;overflow-y:auto;'
            'padding:4px;border:1px solid #ddd;border-radius:6px">' + "".join(reversed(parts)) + "</div>")


def report_html(report) -> str:
    """The score table of a finished conversation (whole points), escaped."""
    cell = "padding:3px 8px;vertical-align:top;text-align:left"
    rows = "".join(
        f"<tr><td style='{cell}'>{_esc(c.name)}</td>"
        f"<td style='{cell};text-align:right;white-space:nowrap'>{int(round(c.score))} / {int(round(c.maximum))}</td>"
        f"<td style='{cell}'>{_esc(c.feedback)}</td></tr>"
        for c in report.criteria if c.applies)
    taken = deduction_row(report)
    if taken:  # the points a cap or scaling took off, apart from what the criteria earned
        rows += (f"<tr class='coursekit-sim-deducted'><td style='{cell}'>{_esc(taken[0])}</td>"
                 f"<td style='{cell};text-align:right;white-space:nowrap'>{_esc(taken[1])}</td>"
                 f"<td style='{cell}'>{_esc(taken[2])}</td></tr>")
    head = (f"<thead><tr><th style='{cell}'>{_esc(t('ui.sim.criterion'))}</th>"
            f"<th style='{cell};text-align:right;white-space:nowrap'>{_esc(t('ui.sim.points'))}</th>"
            f"<th style='{cell}'>{_esc(t('ui.sim.feedback'))}</th></tr></thead>")
    practise = getattr(report, "practise_next", "")
    practise_html = f"<p class='coursekit-sim-practise'><b>{_esc(practise)}</b></p>" if practise else ""
    # why the total is below the blend (a cap, a scaling): never a bare number the trainee cannot explain
    limits_html = "".join(f"<p class='coursekit-sim-limit'>{_esc(limit)}</p>" for limit in getattr(report, "limits", ()))
    return (f"<h4>{_esc(t('ui.sim.debrief', outcome=t_or('ui.sim.outcome.' + report.outcome, report.outcome), total=report.total))}</h4>"
            f"<p>{_esc(t('ui.sim.blend', dialogue=report.dialogue.total, scenario=report.scenario_total))}</p>{limits_html}{practise_html}"
            f"<table class='coursekit-sim-score' style='border-collapse:collapse'>{head}<tbody>{rows}</tbody></table>")


class SimulationWidget(widgets.VBox):
    """The chat view. `.session` is the live engine session."""

    def __init__(self, scenario_id: str, seed: int = 0, trainee: str | None = None):
        self.scenario = load_scenario(scenario_id)
        self.seed = seed
        self.trainee = trainee_name(trainee)  # the given name, else COURSEKIT_TRAINEE
        self.session = Session(self.scenario, seed=seed)
        self._recorded = False
        #: The session whose debrief is on screen: re-rendering (e.g. the Hint toggle)
        #: after the end does not score the conversation and draw its plot again.
        self._debriefed: Session | None = None
        #: The option rows, reused from turn to turn (see `_option_row`), and the last option
        #: button played with when (the double-click guard).
        self._option_rows: list[tuple[widgets.Button, widgets.HTML, widgets.HBox]] = []
        self._clicks = ClickGuard()
        self.header = _html(header_html(self.scenario))
        self.transcript = _html()
        self.trust = widgets.IntProgress(min=0, max=100, description=t("ui.sim.trust"))
        self.patience = widgets.IntProgress(min=0, max=100, description=t("ui.sim.patience"))
        self.needs = widgets.IntProgress(min=0, max=max(1, len(self.scenario.needs)), description=t("ui.sim.needs"))
        self.meter_text = _html()
        self.options_box = widgets.VBox()
        # The value follows the typing (continuous_update), so leaving the box (clicking Hint,
        # scrolling) sends nothing and keeps half-typed text; Enter (the Text's "submit"
        # message) or Send sends it.
        self.text = screen_reader_label(
            widgets.Text(placeholder=t("ui.sim.type_placeholder"),
                         continuous_update=True, style={"description_width": "0px"},
                         layout=widgets.Layout(width="auto", flex="1 1 24em", min_width="min(100%, 24em)")),
            t("ui.sim.type_label"))
        self.text.on_msg(self._on_text_message)
        self.send = widgets.Button(description=t("ui.sim.send"), button_style="primary", layout=_FIT)
        self.send.on_click(self._on_send)
        self.end_button = widgets.Button(description=t("ui.sim.end"), icon="stop", layout=_FIT)
        self.end_button.on_click(self._on_end)
        self.hint_toggle = widgets.ToggleButton(description=t("ui.sim.hint"), value=False, icon="lightbulb", layout=_FIT)
        self.hint_toggle.observe(self._on_hint, names="value")
        self.hint = _html()
        self.restart = widgets.Button(description=t("ui.sim.restart"), icon="refresh", layout=_FIT)
        self.restart.on_click(self._on_restart)
        self.note = _html()
        self.debrief_html = _html()
        self.debrief_image = AltImage("coursekit-sim-plot")
        self.debrief = widgets.VBox([self.debrief_html, self.debrief_image])
        # rows wrap on a narrow screen rather than squeeze a control until its text is cut
        self.input_row = widgets.HBox([self.text, self.send, self.end_button], layout=_WRAP)
        # a translated customer understands typed words that say what one of the replies says
        self.typing_note = (_html(f"<small>{_esc(t('ui.sim.typed_translated'))}</small>")
                            if self.session.scenario.language != "en" else None)
        super().__init__([
            self.header, self.transcript,
            widgets.HBox([self.trust, self.patience, self.needs], layout=_WRAP), self.meter_text,
            self.options_box, self.input_row, *([self.typing_note] if self.typing_note else []), self.note,
            widgets.HBox([self.hint_toggle, self.restart], layout=_WRAP), self.hint, self.debrief,
            style_tag(),
        ])
        self._add_classes()
        self._render()

    def _add_classes(self) -> None:
        """Stable CSS classes, for styling and for the browser tests."""
        self.add_class("coursekit-simulation")
        for name, widget in (("transcript", self.transcript), ("trust", self.trust),
                             ("patience", self.patience), ("needs", self.needs),
                             ("meters", self.meter_text), ("options", self.options_box),
                             ("text", self.text), ("send", self.send), ("end", self.end_button),
                             ("hint-toggle", self.hint_toggle),
                             ("hint", self.hint), ("restart", self.restart), ("debrief", self.debrief)):
            widget.add_class(f"coursekit-sim-{name}")

    def __repr__(self) -> str:
        return plain_label(t("ui.sim.label", title=self.scenario.title))

    # -- rendering: only sets widget values -------------------------------------------
    def _render(self) -> None:
        s = self.session
        state = s.state
        self.transcript.value = transcript_html(s)
        self.trust.value = state.trust
        self.patience.value = state.patience
        uncovered = sum(len(v) for v in state.needs_uncovered.values())
        self.needs.value = uncovered
        self.meter_text.value = "<small>" + _esc(t("ui.sim.meters", trust=state.trust, patience=state.patience,
                                                     uncovered=uncovered, needs=len(self.scenario.needs))) + "</small>"
        options = s.options()
        while len(self._option_rows) < len(options):
            self._option_rows.append(self._option_row(len(self._option_rows)))
        for index, (button, words, row) in enumerate(self._option_rows):
            option = options[index] if index < len(options) else None
            button.description = f"#{option.number}" if option else ""
            button.tooltip = t("ui.sim.say", words=option.say) if option else ""
            words.value = _esc(option.say) if option else ""
            row.layout.display = "" if option else "none"
        rows = tuple(row for _, _, row in self._option_rows)
        if self.options_box.children != rows:
            self.options_box.children = rows
        active = not s.finished
        self.input_row.layout.display = "" if active else "none"
        self.options_box.layout.display = "" if active else "none"
        self.hint.value = f"<i>{_esc(s.hint())}</i>" if self.hint_toggle.value else ""
        if s.finished:
            self._show_debrief()
        else:
            self.debrief.layout.display = "none"
            self.debrief_html.value = ""

    def _show_debrief(self) -> None:
        self.debrief.layout.display = ""
        if self._debriefed is self.session:
            return
        from coursekit.plots.debrief import debrief_alt, debrief_png

        report = self.session.report()
        self.debrief_html.value = report_html(report)
        self.debrief_image.show(debrief_png(report), debrief_alt(report))
        self._debriefed = self.session
        self._record(report)

    def _record(self, report) -> None:
        if self._recorded or not self.trainee:
            return
        self._recorded = True
        try:
            from coursekit.gradebook import record_simulation
        except ImportError:
            return
        from coursekit.gradebook.db import parse_url
        from coursekit.gradebook.record import SavedLater

        try:
            where = parse_url(None).describe()
            record_simulation(self.trainee, self.scenario.id, report.to_dict(), report.outcome,
                              transcript=self.session.transcript)
            self.note.value = f"<small>{_esc(t('ui.sim.saved', trainee=self.trainee, where=where))}</small>"
        except SavedLater as later:
            self.note.value = f"<small>{_esc(later)}.</small>"
        except Exception as error:  # a gradebook problem must not break the conversation
            self.note.value = f"<small>{_esc(t('ui.gradebook.not_saved', error=error))}</small>"

    def _option_row(self, index: int) -> tuple[widgets.Button, widgets.HTML, widgets.HBox]:
        """The button and words of the option at `index` (0-based).

        Rows are kept from turn to turn and only their text changes, so the button a keyboard
        user pressed Enter on keeps the focus for the next turn (a new button would drop it to
        the top of the page). The button keeps its size ("#3", never "#.."), the words beside
        it wrap, and its tooltip (the button's title) tells a screen reader what it says.
        """
        button = widgets.Button(layout=widgets.Layout(width="auto", min_width="48px", flex="0 0 auto"))
        button.add_class("coursekit-sim-option")
        button.on_click(lambda _button: self._on_option(index))
        words = widgets.HTML(layout=widgets.Layout(flex="1 1 0%", min_width="0"))
        return button, words, widgets.HBox([button, words])

    # -- callbacks ---------------------------------------------------------------------
    def _on_option(self, index: int) -> None:
        """An option button: plays the option now at its place, except the second click of a
        double click and a click sent before the previous reply was shown (see ClickGuard)."""
        options = self.session.options()
        if index >= len(options) or self.session.finished:
            return
        sent = message_sent_at()
        if not self._clicks.accepts(index, sent):
            return
        started = time.monotonic()
        self._on_choose(options[index].number)
        self._clicks.played(index, sent, started, time.monotonic())
        if not self.session.finished and index >= len(self.session.options()):
            self._option_rows[0][0].focus()  # the pressed button is hidden now: keep the focus on the options

    def _after(self, reply) -> None:
        self.note.value = f"<small>{_esc(reply.note)}</small>" if reply.note else ""
        self._render()
        self._focus_after_the_end()

    def _focus_after_the_end(self) -> None:
        """At the end the options and the text box are hidden: the focus goes to Restart, just
        before the debrief, rather than to the top of the page."""
        if self.session.finished:
            self.restart.focus()

    def _on_choose(self, number: int) -> None:
        """Play option `number` of the current turn."""
        self._after(self.session.choose(number))

    def _submit(self) -> None:
        """Play the text in the box as one turn and clear the box (nothing when it is blank)."""
        text = self.text.value
        if not text.strip():
            return
        self.text.value = ""
        reply = self.session.play(text)
        if not reply.accepted and not reply.finished:
            self.text.value = text  # a line the customer did not take stays in the box, to be reworded
        self._after(reply)

    def _on_text_message(self, _widget, content, _buffers=None) -> None:
        """Enter in the box: the front end sends a "submit" message."""
        if isinstance(content, dict) and content.get("event") == "submit":
            self._submit()

    def _on_send(self, _button=None) -> None:
        """The Send button."""
        self._submit()

    def _on_end(self, _button=None) -> None:
        """End the conversation as it stands and show the debrief."""
        self.session.end()
        self.note.value = ""
        self._render()
        self._focus_after_the_end()

    def _on_hint(self, _change=None) -> None:
        self._render()

    def _on_restart(self, _button=None) -> None:
        self.session = Session(self.scenario, seed=self.seed)
        self._recorded = False
        self._clicks.forget()
        self.note.value = ""
        self._render()


def header_html(scenario) -> str:
    """The scenario's title, customer and summary, escaped."""
    c = scenario.customer
    who = _esc(t("ui.sim.customer", name="{name}", role=c.role, business=c.business)).replace(
        "{name}", f"<b>{_esc(c.name)}</b>")
    return f"<h3>{_esc(scenario.title)}</h3><p>{who} {_esc(scenario.summary)}</p>"


def simulation(scenario_id: str, seed: int = 0, trainee: str | None = None) -> SimulationWidget:
    """A displayable chat widget for one scenario (built-in id or scenario file)."""
    return SimulationWidget(scenario_id, seed=seed, trainee=trainee)


class LaterSimulation(widgets.VBox):
    """A scenario's header and a Start button; the chat is built when the button is clicked."""

    def __init__(self, scenario_id: str, seed: int = 0, trainee: str | None = None):
        self.scenario_id, self.seed, self.trainee = scenario_id, seed, trainee
        self.title = load_scenario(scenario_id).title
        self.start = _button(t("ui.sim.start"), icon="play", button_style="primary",
                             layout=shared("start", lambda: widgets.Layout(width="240px")))
        self.start.add_class("coursekit-sim-start")
        self.start.on_click(self._on_start)
        #: The chat, once started.
        self.chat: SimulationWidget | None = None
        super().__init__([_html(header_html(load_scenario(scenario_id))), self.start])
        self.add_class("coursekit-simulation-later")

    def _on_start(self, _button=None) -> None:
        if self.chat is None:
            self.chat = SimulationWidget(self.scenario_id, seed=self.seed, trainee=self.trainee)
            old, self.children = self.children, (self.chat,)
            for widget in old:
                widget.close()

    def __repr__(self) -> str:
        return plain_label(t("ui.sim.label", title=self.title))


def simulation_later(scenario_id: str, seed: int = 0, trainee: str | None = None) -> LaterSimulation:
    """The scenario and a Start button; the chat is built on the click (a lighter page to open)."""
    return LaterSimulation(scenario_id, seed=seed, trainee=trainee)
