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
from coursekit.widgets.assessment import review
from coursekit.widgets.dialogue import simulation

# %% [markdown]
# ## Warm-up: from earlier lessons
#
# Three quick questions from earlier lessons, mixed. Answer from memory, then press
# **Check**: recalling what you learned is what makes it stick.

# %%
review("06")

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
# | **brush-off** | "Leave your card, we'll call you." | Two possibilities: they have not grasped what you could do for them, or there is really nothing they need. | Find out which with one short, specific question about their situation. If the need isn't there, leave on good terms. |
# | **no need** | "We already have one that works." | A need can grow — nobody "needed" a car while they had a horse. | Let them *discover* the need: ask about costs, risks and goals the current solution leaves open. |
# | **no money** | "There's no budget." | The money is missing, or it comes later, or they doubt the product is worth it. | Work out which one: a later start, other terms, or proof of value. |
# | **no time** | "I've got two minutes." | Often someone who decides, sure enough of themselves to say no. | No small talk: your point, and something that makes them curious, within three minutes. If the place is overrun, leave material and agree a time. |
# | **bad experience** | "We tried that once. Never again." | One bad case now colours the whole category. | Take their story at face value. Get to the root of what went wrong, answer the worry that weighs most, and let them be heard. |
# | **think it over** | "Let me think about it." | A point in your offer has not persuaded them. | Ask, without pressure, what would settle it, and deal with it while you are both there. |
# | **too expensive** | "It's cheaper elsewhere." | The price is what shows; the value is what they don't yet see. | No bargaining. Build up the benefits the customer agrees matter. |
#
# **About price.** A survey often repeated in sales training claims that only about **4%**
# of buyers choose on price alone and **96%** put quality first; treat the exact figures with
# caution, but the idea behind them holds. "Too expensive" usually means "I don't see
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
# | too expensive | "If the running costs turned out lower than your current machine's, would the price still stop you?" | "What would the machine need to do for you to make that price worth paying?" | "It costs more because the drum lasts ten years — which is exactly why it's cheaper per wash." |
# | no time | "If I could show you in three minutes how to cut your invoicing time in half, would that be worth it?" | "What would a meeting have to give you to be worth fifteen minutes?" | "Because your time is scarce, this tool matters: it gives you back an hour a day." |
# | bad experience | "If you could check our response times with two of our clients first, would you give us a try?" | "What would a new supplier have to do differently for you to trust it?" | "That experience is why we put the response time in the contract." |
#
# How to read the customer's answer:
#
# - **Hypothesis**: a clear **yes** means the objection is the real obstacle. A dodge, or a
#   new objection, means it was covering for something else.
# - **Counter-question**: it always asks *what would satisfy the customer*. **Specific**
#   conditions ("a named engineer, a reply within four hours") mean the objection is real —
#   and you now know what to offer. A vague answer means the real reason lies elsewhere.
#   Three questions look similar but are *not* this test: **scheduling** ("When would be a
#   better time?") books a meeting; **diagnosis** ("What exactly went wrong?") finds the
#   cause of a bad experience; **haggling** ("What price would make sense?") opens a
#   bargaining round. Each has its place, none tells you whether the objection is real.
# - **Transformation**: it only counts when the objection itself becomes the reason to buy
#   ("your time is scarce — that is why this matters"); offering something else instead is
#   not a transformation. A customer with a real objection warms to it ("put like that…");
#   one using a pretext shrugs and reaches for the next objection.

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
# > **Salesperson:** Of course. What would you need to see from us to feel sure about it?
# >
# > **Customer:** Honestly, proof that my staff will actually use it. Training on site, and
# > some way to see after a month whether they do.
# >
# > **Salesperson:** That we can do. Suppose we trained your team on site and you could
# > see the usage figures after the first month — would you go ahead?
# >
# > **Customer:** I would, yes.
#
# The counter-question asked what would satisfy the customer, and the answer came back
# specific: a real objection, with the remedy named. The hypothesis test then confirmed it,
# and the offer speaks to it directly.

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
#    **counter-question**, what would settle their doubt — without pressure.

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
# - **Brush-off**: they don't yet see what you offer, or they need nothing — find out which.
#   **No need**: let them discover what the current solution costs them. **No money**: none,
#   not yet, or not convinced? **No time**: make them curious in three minutes, or come back
#   at an agreed time. **Bad experience**: believe their story, find the root, answer the
#   main worry. **Think it over**: ask what would settle it and deal with it on the spot.
#   **Too expensive**: the price is what shows, the value is what's missing — no bargaining,
#   more agreed benefits.
# - Three tests: **hypothesis** (would they buy if it were solved? a yes means real),
#   **counter-question** (what exactly would satisfy them? concrete conditions mean real;
#   scheduling, diagnosis and haggling questions are not this test), **transformation** (the
#   objection itself becomes the reason to buy; a real objection melts, a pretext is replaced
#   by the next one).
#
# Next: the exercise [ex06_objections](../exercises/ex06_objections.ipynb), then the capstone, [lesson 07 · Capstone: full simulations and debrief](07_capstone.ipynb).
# You answer the exercise by clicking (or typing a sentence), in JupyterLab or in the
# app view; a wrong answer gets a hint and one more try.

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
# 1. The money isn't there, it comes later, or they doubt the value; ask about timing and payment, and what they think the product is worth to them.
# 2. The price is only what shows; underneath, the value isn't clear to them yet. Haggling confirms the price was soft and invites more pressure; adding agreed benefits raises the value instead.
# 3. Never doubt their story; get to the root of what happened, and answer the worry that weighs most (while listening).
# 4. The hypothesis supposes the problem is solved and asks whether they would buy (yes = real); the counter-question asks what exactly would satisfy them (specific answer = real).
#
# </details>
