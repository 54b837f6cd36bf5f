"""Lesson 06 · Objection analysis (source of notebooks/06_objection_analysis.ipynb)."""

# %% [markdown]
# # 06 · Objection analysis: seven patterns, three tests
#
# **Time:** about 40 minutes
#
# ### Learning objectives
# By the end of this lesson you will be able to:
# - recognise the seven objection patterns: **brush-off**, **no need**, **no money**,
#   **no time**, **bad experience**, **think it over** and **too expensive**;
# - apply the three tests of a real objection: **hypothesis**, **counter-question** and
#   **transformation**;
# - choose what to do for each pattern, and write your own replies.

# %% [markdown]
# > **How to use this lesson:** in JupyterLab choose **Run ▸ Run All Cells** first, then work
# > from the top. (In the app view, `python3 course.py app`, this happens by itself.)

# %%
from coursekit import lessons
from coursekit.widgets import checks
from coursekit.widgets.dialogue import simulation

# %% [markdown]
# ## Objections are information
#
# A "no" hurts, and a string of them can knock anyone's confidence. But most objections
# are not final. Each pattern tells you something about where the customer stands — and
# each has a way forward. The first step is always the same: **analyse** the objection
# before you answer it.

# %%
lessons.show_objections()

# %% [markdown]
# ## What to do, pattern by pattern
#
# | Pattern | The customer says… | What is behind it | What to do |
# |---|---|---|---|
# | **brush-off** | "Leave your card, we'll call you." | Either they don't know what you offer, or they truly have no need. | Judge which: one short, specific question about their situation. If there is no need, leave gracefully. |
# | **no need** | "We already have one that works." | Needs can be created — nobody "needed" a car while they had a horse. | Help them *feel* the need: ask about costs, risks and goals the current solution leaves open. |
# | **no money** | "There's no budget." | Really no money, money not available now, or doubts about the product. | Find out which: timing, payment terms, or value. |
# | **no time** | "I've got two minutes." | Often a decision-maker, confident enough to say no. | Skip small talk, get to the point, interest them within three minutes. If they are truly busy, leave material and book a time. |
# | **bad experience** | "We tried that once. Never again." | One bad experience judged for all. | Never question their honesty. Find the cause, answer their main worry, and listen. |
# | **think it over** | "Let me think about it." | Something has not convinced them yet. | Ask what doubt remains, and solve it at once. |
# | **too expensive** | "It's cheaper elsewhere." | Price is the surface: they don't see the value. | Don't haggle. Add benefits the customer agrees with. |
#
# **About price.** One often-quoted survey found that only about **4%** of buyers choose on
# price alone, while **96%** put quality first. "Too expensive" usually means "I don't see
# enough value *yet*". If you argue about price, the customer can keep pushing it down as
# long as you look keen to close; argue about value instead.

# %% [markdown]
# ## The three tests, applied
#
# Lesson 03 introduced three ways to tell a real objection from a false one. Here they are
# on real patterns:
#
# | Objection | Hypothesis | Counter-question | Transformation |
# |---|---|---|---|
# | too expensive | "If the running costs turned out lower than your current machine's, would the price still stop you?" | "What price would make sense to you, and compared with what?" | "It costs more because the drum lasts ten years — which is exactly why it's cheaper per wash." |
# | no time | "If I could show you in three minutes how to cut your invoicing time in half, would that be worth it?" | "When would be a better time for a fifteen-minute look?" | "Because your time is scarce, this tool matters: it gives you back an hour a day." |
# | bad experience | "If you could check our response times with two of our clients first, would you give us a try?" | "What exactly went wrong last time?" | "That experience is why we put the response time in the contract." |
#
# A **yes** to the hypothesis, or **specific** requirements after a counter-question, means
# the objection is real — and you now know what to solve. An evasive answer means the real
# reason is somewhere else: keep asking.

# %%
lessons.show_objection_tests()

# %% [markdown]
# ## Worked example: "I'll think it over"
#
# > **Customer:** Thanks for the demo, it looks good. Let me think it over.
# >
# > **Salesperson (weak):** Of course, take your time. *(Three days later the customer has
# > bought from a competitor.)*
#
# The better way: something has not convinced them. Find it now, politely.
#
# > **Salesperson:** Of course. So that you have what you need to decide, which part are
# > you still unsure about — the set-up, the cost, or something else?
# >
# > **Customer:** Honestly, whether my staff will actually use it.
# >
# > **Salesperson:** That's a fair worry. Suppose we trained your team on site and you could
# > see the usage figures after the first month — would that settle it?
# >
# > **Customer:** It would, yes.
#
# A counter-question found the doubt, a hypothesis test confirmed it was real, and the
# answer speaks to it directly.

# %% [markdown]
# ## Check your understanding
#
# **Which pattern?**

# %%
checks.sort_objections()

# %% [markdown]
# **What would you do?**

# %%
checks.objection_questions()

# %% [markdown]
# **Write your replies.** The coach reads each and checks the move it expects.
#
# 1. The customer says: *"I need to think it over."* Write a reply that asks, with a
#    **counter-question**, what doubt remains — without pressure.

# %%
checks.write_reply("think_it_over", "Reply to “I need to think it over”.")

# %% [markdown]
# 2. The customer says: *"It's too expensive."* Write a reply that does **not** offer a
#    discount and does not pressure, but asks a **counter-question** about the value the
#    customer needs to see.

# %%
checks.write_reply("too_expensive", "Reply to “It's too expensive”.")

# %% [markdown]
# ## Practise with a simulated customer
#
# A picky dairy engineer says your new pump is too expensive. Is price the real objection? Test it before you answer it — and never haggle.

# %%
simulation("dairy_pump_seals")

# %% [markdown]
# ## Summary
#
# - Seven objection patterns: **brush-off** (judge whether they don't know you or truly have
#   no need), **no need** (needs can be created: make them feel it), **no money** (really none,
#   not now, or doubts about the product?), **no time** (get to the point within three minutes
#   or book a time), **bad experience** (never question their honesty; find the cause, answer
#   the main worry, listen), **think it over** (ask what doubt remains and solve it at once),
#   **too expensive** (price is the surface — 4% decide on price alone, 96% put quality first;
#   don't haggle, add benefits they agree with).
# - Three tests: **hypothesis** (a yes means it is real), **counter-question** (specific
#   requirements mean it is real), **transformation** (turn it into a selling point).
#
# Next: the exercise [ex06_objections](../exercises/ex06_objections.ipynb), then the capstone, [lesson 07 · Capstone: full simulations and debrief](07_capstone.ipynb).
# Do the exercise in JupyterLab (`python3 course.py open`): you type your answers into
# its code cells, which the app view hides.

# %% [markdown]
# ## Self-check
#
# 1. What three things can "no money" mean, and how do you find out which?
# 2. Why is haggling the wrong answer to "too expensive"?
# 3. A customer says "We had a bad experience with your kind of product". Name one thing never to do and two things to do.
# 4. What is the difference between the hypothesis test and the counter-question test?
#
# <details><summary>Answers</summary>
#
# 1. Really no money, money not available now, or doubts about the product; ask about timing, payment and what they think of the value.
# 2. Price is the surface: the customer does not yet see the value. Haggling confirms the price was soft and invites more pressure; adding agreed benefits raises the value instead.
# 3. Never question their honesty; find the cause, and answer their main worry (while listening).
# 4. The hypothesis supposes the problem is solved and asks whether they would buy (yes = real); the counter-question asks what exactly would satisfy them (specific answer = real).
#
# </details>
