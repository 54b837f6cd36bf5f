"""Lesson 03 · Defining needs: principles and the buying mind (source of notebooks/03_defining_needs.ipynb)."""

# %% [markdown]
# # 03 · Defining needs: the five principles and the buying mind
#
# **Time:** about 35 minutes
#
# ### Learning objectives
# By the end of this lesson you will be able to:
# - apply the five principles for defining a customer's needs: **comprehensive**,
#   **prominent**, **deep**, **broad** and **suggestive**;
# - describe the buying mind: its **four checkpoints** and **two paths**, and why the
#   need-first path is easier;
# - avoid the two classic mistakes: endless product explanation (**diagnose before
#   prescribing**) and being trapped by the customer's questions;
# - tell a real question or objection from a false one with three tests: **hypothesis**,
#   **counter-question** and **transformation**.

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
review("03")

# %% [markdown]
# ## Part 1 · Five principles for defining needs
#
# To "define" a need is to put it into words the customer recognises — and agrees with.
# Five principles guide how you do it.

# %%
lessons.show_principles()

# %% [markdown]
# ### The bamboo recliner
#
# Imagine you sell bamboo reclining chairs. If you call it "a chair", the customer compares
# it with every other chair on price. If instead you help the customer see a need others
# have not named — *more comfort in daily life: an hour of real rest every evening* — and tie
# the chair to that one need, the recliner stops being furniture and becomes the answer.
# That is the **prominent** principle: one clearly named need, linked to your product.
#
# ### A worked example with all five
#
# Sofia sells coffee machines to offices. A facilities manager calls about "a new machine for
# the third floor".
#
# | Principle | What Sofia does |
# |---|---|
# | **comprehensive** | Before the visit she checks: 60 staff, two floors, current machine leased, budget approved for the year, the manager prefers fixed monthly costs. |
# | **deep** | "A new machine" is the surface. She asks what goes wrong now and hears that queues at 9 a.m. make people late for the daily stand-up. The real need is *no queue at 9*. |
# | **broad** | She also learns that the second floor hosts client meetings, so *presentation* matters there, while the third floor needs *speed*. She prepares a capacity table, a photo of the premium model and a lease calculator. |
# | **prominent** | She names the need: "*coffee in under a minute for everyone before 9*", and links one machine's twin boilers to it. |
# | **suggestive** | She does not tell him what he needs. She proposes: "*From what you've said, I think the real issue is the 9 o'clock rush rather than the machine itself. Would you agree?*" |
#
# The manager agrees — and now the conversation is about *his* need, not her catalogue.

# %% [markdown]
# **Which principle?** Sort each move.

# %%
checks.sort_principles()

# %% [markdown]
# ## Part 2 · The buying mind
#
# Before anyone buys, four things must be true. Think of them as **four checkpoints**:

# %%
lessons.show_checkpoints()

# %% [markdown]
# The checkpoints can be passed in two orders — **two paths**:

# %%
lessons.show_buying_paths()

# %% [markdown]
# Nobody buys on liking alone or on need alone: **approval and need have to meet**. On the first path you explain and explain,
# hoping a need appears; often it never does. On the second path the customer first sees
# their need, so every word about the product lands as part of the answer. That is why the
# second path is easier, and why you **find the need before you explain the product**.
#
# ### Mistake 1 · Endless product explanation
#
# Many salespeople recite every feature from start to finish. The customer's reply is
# predictable: *"I'll think about it."* Customers rarely buy for all the selling points —
# usually for one or two, and extra points only create extra doubts.
#
# Be like a doctor. A good doctor **diagnoses before prescribing**: first the symptoms,
# then the one medicine that treats them — not every pill in the cupboard. Find the need;
# then present the one or two selling points that meet it.
#
# ### Mistake 2 · Being trapped by the customer's questions
#
# Many questions usually mean strong interest — *if* the questions are real. Some are
# false: a way to stall, to test you, or to say no politely. Answer every question at face
# value and you can spend an afternoon answering and still not sell. So ask yourself what a
# question is for, and test it. Take the worry *"Your after-sales service isn't good"*:

# %%
lessons.show_objection_tests()

# %% [markdown]
# - **Hypothesis**: *"Suppose an engineer were with you within a day every time, would you
#   go ahead?"* A clear yes means the worry is the real obstacle, and solving it closes the
#   sale. A dodge, or a fresh objection, means something else is holding them back — find it.
# - **Counter-question**: *"What would the service have to look like for you to be
#   comfortable?"* The question asks what would **satisfy** the customer. Concrete conditions
#   ("an engineer within 24 hours, a spare unit while it's repaired") show the worry is real,
#   and now you know exactly what to offer. A vague answer suggests a false question. Asking
#   *when* to talk, *what went wrong* or *what price they want* can be useful, but none of
#   these is the counter-question test: they do not ask what would satisfy them.
# - **Transformation**: *"You're right to look hard at service — it's the reason our
#   customers stay: a local engineer within 30 km of every client."* The concern itself
#   becomes the argument for buying. Offering something else instead (a cheaper model, a
#   different plan) is not a transformation. Then listen: if the objection was real, the
#   customer warms to the point ("well, if that's how it works…"); if it was a pretext, they
#   shrug it off and produce the next objection.
#
# Lesson 06 applies the same tests to the seven objection patterns.

# %% [markdown]
# ## Check your understanding

# %%
checks.buying_mind_questions()

# %% [markdown]
# **Which test is it?**

# %%
checks.sort_objection_tests()

# %% [markdown]
# **Write a hypothesis test.** The customer says: *"I'm not sure your delivery times would
# work for us."* Write the line you would say to test, with the hypothesis method, whether
# this is a real objection.

# %%
checks.write_reply("hypothesis", "Test the delivery worry with a hypothesis question.",
                   "If we could…, would you…?")

# %% [markdown]
# ## Practise with a simulated customer
#
# A finance director who thinks he knows every vendor's pitch and doubts he needs anything. Diagnose before you prescribe; define the need with him (suggestive), and don't get trapped answering every challenge.

# %%
simulation("erp_month_end")

# %% [markdown]
# ## Summary
#
# - Defining a need follows five principles. **Comprehensive**: the whole customer —
#   needs, habits, tastes and what they can spend. **Prominent**: one need, named plainly
#   and tied to your product. **Deep**: past the first request to what lies under it.
#   **Broad**: every need side by side, weighed, with a tool ready for each. **Suggestive**:
#   offer your reading of the need and let the customer confirm it.
# - Four checkpoints of the buying mind — **know**, **approve**, **need**, **intent** —
#   passed product-first or need-first. Buying takes liking *and* need; starting from the
#   need is the easier route.
# - Two traps: touring every feature (people buy on one or two points, so diagnose first,
#   like a doctor) and answering every question as if it were real.
# - Three tests for an objection: **hypothesis** (would a yes follow if it were solved?),
#   **counter-question** (what exactly would satisfy you?), **transformation** (the
#   objection itself becomes the reason to buy).
#
# Next: the exercise [ex03_defining_needs](../exercises/ex03_defining_needs.ipynb), then [lesson 04 · Questioning techniques, listening, observing](04_questioning_listening_observing.ipynb).
# You answer the exercise by clicking (or typing a sentence), in JupyterLab or in the
# app view; a wrong answer gets a hint and one more try.

# %% [markdown]
# ## Self-check
#
# 1. What is the difference between the deep and the broad principle?
# 2. Why does the second path through the buying mind lead to a sale more easily?
# 3. What does "diagnose before prescribing" mean for a salesperson?
# 4. Write a counter-question for: "Your training offer is too thin."
#
# <details><summary>Answers</summary>
#
# 1. Deep goes below one surface wish to the real need behind it; broad covers all the customer's needs, compares them and prepares different tools for each.
# 2. Because the customer already sees the need, the product explanation is heard as the answer; a sale needs approval and need together.
# 3. Find the customer's need first, then present the one or two selling points that meet it — not every feature.
# 4. For example: "What would the training have to cover for your team to feel ready?"
#
# </details>
