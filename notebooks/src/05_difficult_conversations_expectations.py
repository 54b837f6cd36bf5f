"""Lesson 05 · Difficult conversations and expectations (source of notebooks/05_difficult_conversations_expectations.ipynb)."""

# %% [markdown]
# # 05 · Difficult conversations and expectations
#
# **Time:** about 30 minutes
#
# ### Learning objectives
# By the end of this lesson you will be able to:
# - stay calm and helpful with an angry or frustrated customer: let them vent, answer
#   positively, paraphrase, admit mistakes and commit to a time;
# - explain **satisfaction = experience − expectation**, and use it to plan what you promise;
# - name where expectations come from;
# - match the service you give to the customer's value, and know when exceeding expectations pays.

# %% [markdown]
# > **How to use this lesson:** in JupyterLab choose **Run ▸ Run All Cells** first, then work
# > from the top. (In the app view, `python3 course.py app`, this happens by itself.)

# %%
from coursekit.plots.expectations import show_expectations
from coursekit.widgets import checks
from coursekit.widgets.assessment import review
from coursekit.widgets.dialogue import simulation
from coursekit.widgets.explore import satisfaction_explorer

# %% [markdown]
# ## Warm-up: from earlier lessons
#
# Three quick questions from earlier lessons, mixed. Answer from memory, then press
# **Check**: recalling what you learned is what makes it stick.

# %%
review("05")

# %% [markdown]
# ## Part 1 · Communicating with a difficult customer
#
# An angry customer on the phone is not really attacking you. Behind the raised voice there
# is usually worry — about a crew standing idle, a customer of theirs waiting, a boss asking
# questions. Exchanging words is easy; getting through to each other when one side is upset
# takes practice. Eight habits help:
#
# 1. **Hold back your defence.** Let the storm pass first: a slow breath, a silent count,
#    and let the customer say everything until the real point comes out.
# 2. **Admit what you don't know** — and say when you will: "I'll find out and call you by four."
# 3. **Meet the feeling with an opening, not a wall.** "That sounds really frustrating —
#    what happened?" works; "That's not my department" makes everything worse.
# 4. **Ask about what matters to them**: "What's most important to you about the delivery?"
# 5. **Say back what you heard** in your own words and check it: *"Have I got that right?"*
# 6. **Own the mistake** and **name a time**: "We got this wrong. You'll have the
#    replacement by Thursday noon."
# 7. **Keep unasked advice to yourself.** "What you should do is…" puts the customer on the
#    defensive. If your experience might help, offer it lightly and let them choose: "*It
#    may be* that…", "I had a similar case once — happy to tell you what worked, if that's
#    useful."
# 8. **Find the shared goal**: you both want the problem solved.

# %% [markdown]
# ### Worked example: the wrong order, twice
#
# > **Customer:** This is the second time you've sent the wrong size. I've got a site crew
# > standing around doing nothing!
#
# ✗ *"Our warehouse usually gets it right. Did you order the right code?"* — defensive, and
# it turns the problem back on the customer.
#
# ✓ Let them finish. Then:
#
# > **You:** I understand — a crew standing idle costs you real money, and this is the second
# > time. Let me make sure I have it right: you ordered 40 mm fittings and received 32 mm,
# > and the crew needs them today. Did I understand you correctly?
# >
# > **Customer:** Yes. By two at the latest.
# >
# > **You:** That's our mistake. I'm sending the right fittings with a courier now, they'll
# > be with you by one, and I'll call you at ten past to check they've arrived. One thing
# > that has helped another customer: we add the size to the order confirmation, so it is
# > checked twice. Would that be useful for you too?
#
# Empathy, paraphrase, an admitted mistake, a commitment with a time, experience offered
# as a suggestion rather than a lecture, and a shared goal — in five sentences.

# %%
checks.difficult_replies()

# %% [markdown]
# **Write your own.** The customer says: *"Nobody at your company ever listens!"* Write an
# **open question** that shows you are listening and invites them to tell you more — without
# defending yourself and without selling anything.

# %%
checks.write_question("open_listen", "Write an open question that invites the upset customer to tell more.")

# %% [markdown]
# ## Part 2 · Expectations
#
# How satisfied a customer is does not depend on the experience alone. It depends on what
# they **expected**:
#
# $$\text{satisfaction} = \text{experience} - \text{expectation}$$
#
# The same stay in the same room delights one guest and disappoints another. The left chart
# shows the rule for three expectation levels; the right one shows some worked cases: each
# arrow starts at what the customer expected and ends at what they experienced.

# %%
show_expectations()

# %% [markdown]
# Try it: move the sliders and watch the satisfaction change.

# %%
satisfaction_explorer()

# %% [markdown]
# ### Where expectations come from
#
# - **word of mouth** — what friends, colleagues and reviews say;
# - **brand promotion** — your own ads and promises (a glossy advert raises the bar);
# - the **customer's value to your firm, and their background and environment** — a key
#   account that brings in a fifth of your turnover expects more attention than an
#   occasional buyer, and knows it (this is the "customer value" that firms use to segment
#   service; it is not about the customer's personal values);
# - their **stage in the customer lifecycle** — where the relationship with your firm
#   stands: a prospect, a new customer still settling in, a long-standing regular, someone
#   about to leave each expect different things (it is not their age or stage of life);
# - **earlier experience** — with you and with your competitors.
#
# Two lessons follow. First, **promise what you can keep**: an honest "Monday" that you beat
# by a few hours satisfies more than a "Friday" you miss. Second, you can raise satisfaction
# from both ends: improve the experience, and set the expectation right.

# %%
checks.sort_expectation_sources()

# %% [markdown]
# ### Serving customers by value
#
# You cannot give every customer everything. **Segment** your customers and match the
# effort:
#
# | Customer value | What to offer |
# |---|---|
# | high | personal contact, value-added services, attention before they ask |
# | mid | value-added services that grow the relationship |
# | low | simple, low-cost offers done reliably |
#
# ### Exceeding expectations
#
# Meeting expectations satisfies; **exceeding** them moves people. Someone on a date expects
# the other person to arrive on time. When they arrive on time *and* bring flowers, the
# evening is remembered. In business the "flowers" can be small: a call on the day the
# product arrives, a tip the customer did not ask for, a repair done before the promised hour.

# %% [markdown]
# ## Practise with a simulated customer
#
# A logistics manager burned by her last carrier's on-time promises doubts every claim. Let her tell you what happened, promise only what you can keep, and set expectations you can beat.

# %%
simulation("freight_spring_peak")

# %% [markdown]
# ## Summary
#
# - An upset customer needs room first: hold back your defence and let them get it all out.
#   Not knowing is fine if you say when you will know. Open the door ("what happened?")
#   instead of closing it, ask what matters to them, say back what you heard and check it,
#   own mistakes with a time attached, offer experience only as a suggestion, and look for
#   the goal you share.
# - **Satisfaction = experience − expectation.** Expectations are fed by what others say,
#   by your own promotion, by the customer's value to your firm and their background, by
#   where they stand in their relationship with you, and by what they lived through before.
# - Not every customer can get everything: put value-added service where the customer value
#   is high or middling, and keep offers for low-value customers simple and cheap to run.
# - Meeting expectations satisfies; going beyond them is what people remember — the date
#   who turns up on time *with* flowers.
#
# Next: the exercise [ex05_expectations](../exercises/ex05_expectations.ipynb), then [lesson 06 · Objection analysis: seven patterns, three tests](06_objection_analysis.ipynb).
# You answer the exercise by clicking (or typing a sentence), in JupyterLab or in the
# app view; a wrong answer gets a hint and one more try.

# %% [markdown]
# ## Self-check
#
# 1. A customer shouts at you about a mistake made by another department. What do you say first?
# 2. A customer expected 8 out of 10 and experienced 6. Another expected 4 and experienced 6. Who is more satisfied, and by how much?
# 3. Why can an advertising campaign lower satisfaction?
# 4. Give one small way to "bring flowers" in your own job.
#
# <details><summary>Answers</summary>
#
# 1. Something like "I understand how frustrating that is — tell me what happened", without passing the blame to the other department.
# 2. The second: 6 − 4 = +2, against 6 − 8 = −2 — a difference of 4 points for the same experience.
# 3. It raises expectations; if the experience stays the same, experience − expectation falls.
# 4. For example: calling the day after delivery to check everything works; sending a useful tip before the customer asks.
#
# </details>
