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
from coursekit.widgets.dialogue import simulation
from coursekit.widgets.explore import satisfaction_explorer

# %% [markdown]
# ## Part 1 · Communicating with a difficult customer
#
# Talking is easy; communicating — really exchanging views — is a skill, and it is hardest
# when the other person is afraid, angry or frustrated. Their emotion is rarely about you:
# it usually comes from fear or frustration, just like yours would. What helps:
#
# 1. **Don't defend yourself.** Breathe, count to ten in your head, and let the customer vent
#    until they are ready to say what they actually think.
# 2. **"I don't know" is allowed** — followed by "I'll find out and call you by four".
# 3. **Answer positively.** "Tell me more about what worries you" or "I understand your
#    frustration" — never "That's not my job".
# 4. **Show that you listen**: "What matters most to you about the delivery?"
# 5. **Paraphrase** what you heard and ask: *"Did I understand you correctly?"*
# 6. **Admit mistakes** and **commit to a time**: "We got this wrong. You'll have the
#    replacement by Thursday noon."
# 7. **Don't point fingers** at colleagues, other departments or the customer. Use soft
#    phrasing: "*Maybe* the form was unclear…" rather than "You filled it in wrong".
# 8. **Seek common ground**: you both want the problem solved.

# %% [markdown]
# ### Worked example: the wrong order, twice
#
# > **Customer:** This is the second time you've sent the wrong size. I've got a site crew
# > standing around doing nothing!
#
# ✗ *"Our warehouse usually gets it right. Did you order the right code?"* — defensive, and
# it points a finger at the customer.
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
# > be with you by one, and I'll call you at ten past to check they've arrived. Maybe we can
# > also add the size to your order confirmation, so this can't happen again — would that help?
#
# Empathy, paraphrase, an admitted mistake, a commitment with a time, soft phrasing and a
# shared goal — in five sentences.

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
# - the customer's **values and background**;
# - their **life-cycle stage** — a student, a young family, a retiree expect different things;
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
# - With a difficult customer: don't defend yourself, let them vent; "I don't know" is allowed;
#   answer positively; show you listen; paraphrase and ask "Did I understand you correctly?";
#   admit mistakes and commit to a time; don't point fingers, use soft phrasing; seek common ground.
# - **Satisfaction = experience − expectation.** Expectations come from word of mouth, brand
#   promotion, values and background, life-cycle stage and earlier experience.
# - Segment customers: more value-added service for high- and mid-value customers, simple
#   low-cost offers for low-value ones.
# - Exceeding expectations moves people — the date who brings flowers.
#
# Next: the exercise [ex05_expectations](../exercises/ex05_expectations.ipynb), then [lesson 06 · Objection analysis: seven patterns, three tests](06_objection_analysis.ipynb).
# Do the exercise in JupyterLab (`python3 course.py open`): you type your answers into
# its code cells, which the app view hides.

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
# 1. Something like "I understand how frustrating that is — tell me what happened", without blaming the other department.
# 2. The second: 6 − 4 = +2, against 6 − 8 = −2 — a difference of 4 points for the same experience.
# 3. It raises expectations; if the experience stays the same, experience − expectation falls.
# 4. For example: calling the day after delivery to check everything works; sending a useful tip before the customer asks.
#
# </details>
