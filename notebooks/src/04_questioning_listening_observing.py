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
from coursekit.widgets.assessment import review
from coursekit.widgets.dialogue import simulation

# %% [markdown]
# ## Warm-up: from earlier lessons
#
# Three quick questions from earlier lessons, mixed. Answer from memory, then press
# **Check**: recalling what you learned is what makes it stick.

# %%
review("04")

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
# - a **closed** question wants *yes or no, or a single short fact*: a figure, a date, a name, or
#   a pick from options you name. *"Do you…?"*, *"How many…?"*, *"How long…?"*, *"When…?"*,
#   *"Which of the two…?"* — and every either/or question (*"delivery or collection?"*) — are
#   closed. Use them to confirm, to pin down a detail, or to reach a decision;
# - an **open** question asks the customer to *describe, explain or share a view*,
#   whatever its first word. *"Can you tell me about…?"* and *"Could you walk me through…?"*
#   look like yes/no questions but are open, because nobody answers them with "yes". Use
#   them to explore — especially early on and when you look for the need.
#
# The test is the answer the question asks for, not how it begins.
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
# With larger customers, requirements are gathered by three separate principles. Keep
# them apart; each answers a different question.
#
# 1. **Coarse to fine** (how detailed?). Start with the broad outline and work down to the
#    specifics. As an outsider you also need to know **where to stop**: past a certain depth
#    the customer's internal workings are theirs to settle, and digging further wastes their
#    time and your credibility.
# 2. **Top-down through the organisation** (whom to ask?). Every level of the customer's
#    organisation has its own level of need, and you interview them from the top:
#    - **executives** give you the big picture — goals, direction, constraints;
#    - **managers** give you management needs — processes, reports, control;
#    - **operators** give you the details — the daily work, the small frictions.
# 3. **Repeated rounds** (how often?). Refine the list several times. Hidden needs surface
#    late: often only when the customer sees a first proposal do they say *"ah, but we also
#    need…"*. Plan for those rounds instead of resenting them.
#
# The figure shows the three side by side.

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
# - Seven techniques, each with a job: **inquiry** fetches a missing fact; **confirming**
#   checks with a yes or no what you think you heard; **identifying** gets who the customer
#   is and how to reach them; **descriptive** lets them paint the picture; **clarifying**
#   pins down a figure, word or rule; **satisfaction** follows up on how it went;
#   **additional** asks what else they need.
# - **Closed** = yes/no or one short fact (including "How many…?" and either/or);
#   **open** = describe, explain, give a view, however it starts. Explore open, confirm closed.
# - Listen with your whole attention and from where the customer stands; watch what their
#   body says.
# - Requirements: coarse to fine, knowing where an outsider stops; top-down through the
#   organisation, each level with its own needs; several rounds, because hidden needs come
#   up late.
#
# Next: the exercise [ex04_questioning](../exercises/ex04_questioning.ipynb), then [lesson 05 · Difficult conversations and expectations](05_difficult_conversations_expectations.ipynb).
# You answer the exercise by clicking (or typing a sentence), in JupyterLab or in the
# app view; a wrong answer gets a hint and one more try.

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
# 1. An inquiry question fetches a fact you are missing ("Who delivers your parts today?"); a confirming question checks something you think you know, with a yes or no.
# 2. For example: "How do your deliveries usually go, and where do they go wrong?"
# 3. Each level of the organisation has its own needs: the director gives the big picture, the staff the details that decide whether the solution works.
# 4. Treat it as a signal to check: ask gently what matters most to them in the choice, perhaps price.
#
# </details>
