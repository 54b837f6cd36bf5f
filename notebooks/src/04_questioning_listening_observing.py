"""Lesson 04 · Questioning, listening, observing (source of notebooks/04_questioning_listening_observing.ipynb)."""

# %% [markdown]
# # 04 · Questioning techniques, listening, observing
#
# **Time:** about 40 minutes
#
# ### Learning objectives
# By the end of this lesson you will be able to:
# - use the seven questioning techniques — **inquiry**, **confirming**, **identifying**,
#   **descriptive**, **clarifying**, **satisfaction** and **additional** questions — each for
#   its purpose;
# - tell **open and closed** questions apart and choose the right form;
# - **listen** with full attention from the customer's side, and **observe** non-verbal signals;
# - **gather requirements from coarse to fine**: from the big picture to the details, across
#   the levels of the customer's organisation, over several rounds.

# %% [markdown]
# > **How to use this lesson:** in JupyterLab choose **Run ▸ Run All Cells** first, then work
# > from the top. (In the app view, `python3 course.py app`, this happens by itself.)

# %%
from coursekit import lessons
from coursekit.plots.funnel import show_funnel
from coursekit.widgets import checks
from coursekit.widgets.dialogue import simulation

# %% [markdown]
# ## Three ways to learn what a customer needs
#
# **Ask** good questions, **listen** to the answers, and **observe** what the customer does
# not say. Questions are the most direct of the three — and the easiest to get wrong.
#
# ## The seven questioning techniques

# %%
lessons.show_techniques()

# %% [markdown]
# ## Open and closed
#
# Every question also has a **form**:
#
# - **open** questions (*what, how, why, tell me about…, describe…*) let the customer talk;
#   use them to explore — especially early on and when you look for the need;
# - **closed** questions (*do you…, is it…, can we…, shall I…*) are answered with yes, no or
#   a single fact; use them to confirm, to pin down a detail, or to reach a decision.
#
# A conversation that is all closed questions feels like an interrogation and teaches you
# little. One that is all open questions never reaches a decision. Open to explore, closed
# to confirm.

# %%
lessons.show_entries("question_forms")

# %% [markdown]
# ## Worked example: a service desk call
#
# A hotel manager calls a laundry service. Watch how the agent moves through the techniques.
#
# | The agent asks | Technique | Form |
# |---|---|---|
# | "Could I have your hotel's account number, and your name?" | identifying | closed |
# | "What happened with this morning's delivery?" | inquiry | open |
# | "Could you describe how your housekeepers use the linen on a busy day?" | descriptive | open |
# | "You said 'short' — do you mean fewer sheets than ordered, or sheets that came too late?" | clarifying | closed |
# | "Do you need the sheets delivered before 10, so the rooms are ready by 11?" | confirming | closed |
# | "Is there anything else we should look at while I have the route planner open?" | additional | closed |
# | *(a week later)* "How did the new early delivery work for you, and what could be better?" | satisfaction | open |
#
# The customer came in with "the delivery was short". Through the questions, the real need
# appeared: sheets **before 10 a.m.**, because the hotel's success depends on rooms being ready
# on time.

# %% [markdown]
# ## Listening
#
# - Give **full attention**: stop preparing your answer while the customer speaks; no phone,
#   no screen.
# - Listen **from the customer's side**: try to understand what they mean and why it matters
#   to them, not just what you could sell.
# - Let them finish. Silence of two or three seconds often brings the most important sentence.
# - Then show what you heard: a short paraphrase, a clarifying question.
#
# ## Observing
#
# Customers tell you a lot without words. Watch **non-verbal behaviour**: where they look
# (the price tag? the competitor's leaflet?), arms folded or open, leaning in or stepping
# back, the pace of their speech, who in a group they glance at before answering (often the
# real decision-maker). Treat what you see as a question to check, not a conclusion.

# %% [markdown]
# ## Gathering requirements from coarse to fine
#
# With larger customers, needs come in layers — and from different people. Gather them
# **from coarse to fine, from macro to micro**:
#
# - **executives** give you the big picture — goals, direction, constraints;
# - **managers** give you management needs — processes, reports, control;
# - **operators** give you the details — the daily work, the small frictions.
#
# Refine over **several rounds**. Hidden needs surface late: often only when the customer
# sees a first proposal do they say *"ah, but we also need…"*. Plan for it instead of
# resenting it.

# %%
show_funnel()

# %% [markdown]
# ## Check your understanding
#
# **Which technique?**

# %%
checks.sort_techniques()

# %% [markdown]
# **Open or closed?**

# %%
checks.sort_forms()

# %% [markdown]
# **Who said it?** Sort each need by the level of the organisation it most likely comes from.

# %%
checks.sort_requirements()

# %% [markdown]
# **Listening and observing.**

# %%
checks.listening_questions()

# %% [markdown]
# **Write your own questions.** The coach reads each one and tells you the technique and
# form it sees.
#
# 1. A customer says their team's mornings are "chaos". Write a **descriptive** question that
#    invites them to describe a typical morning.

# %%
checks.write_question("descriptive", "Write a descriptive question about the customer's mornings.")

# %% [markdown]
# 2. The customer says the budget is "around twenty". Write a **clarifying** question.

# %%
checks.write_question("clarifying", "Write a clarifying question about “around twenty”.")

# %% [markdown]
# ## Practise with a simulated customer
#
# A haulage owner of very few words: closed questions get a "yes" or a "no". Use open, descriptive questions to get him talking, listen, and confirm what you heard.

# %%
simulation("haulage_fuel")

# %% [markdown]
# ## Summary
#
# - Seven questioning techniques: **inquiry** (direct fact-finding), **confirming** (yes/no to
#   confirm a fact, opinion or wish), **identifying** (identity and contact), **descriptive**
#   (invites description), **clarifying** (makes sure a statement or figure is understood),
#   **satisfaction** (follow-up on satisfaction and improvement), **additional** (what else?).
# - Every question is **open** or **closed**: open to explore, closed to confirm.
# - **Listening**: full attention, from the customer's side. **Observing**: non-verbal behaviour.
# - **Gathering requirements**: coarse to fine, macro to micro; executives, managers and
#   operators give different levels of need; refine over several rounds — hidden needs surface late.
#
# Next: the exercise [ex04_questioning](../exercises/ex04_questioning.ipynb), then [lesson 05 · Difficult conversations and expectations](05_difficult_conversations_expectations.ipynb).
# Do the exercise in JupyterLab (`python3 course.py open`): you type your answers into
# its code cells, which the app view hides.

# %% [markdown]
# ## Self-check
#
# 1. What is the difference between an inquiry question and a confirming question?
# 2. Turn "Do you have problems with deliveries?" into an open question.
# 3. Why would you ask the warehouse staff as well as the logistics director?
# 4. A customer keeps looking at the cheaper model while you talk about the premium one. What do you do?
#
# <details><summary>Answers</summary>
#
# 1. An inquiry question finds out facts you don't know ("What do you do when…?"); a confirming question checks a fact, opinion or wish with a yes or no.
# 2. For example: "How do your deliveries usually go, and where do they go wrong?"
# 3. Different levels give different levels of need: the director the big picture, the staff the details that decide whether the solution works.
# 4. Treat it as a signal to check: ask gently what matters most to them in the choice, perhaps price.
#
# </details>
