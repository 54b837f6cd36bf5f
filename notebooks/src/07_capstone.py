"""Lesson 07 · Capstone: full simulations and debrief (source of notebooks/07_capstone.ipynb)."""

# %% [markdown]
# # 07 · Capstone: full simulations and debrief
#
# **Time:** about 45 minutes
#
# ### Learning objectives
# By the end of the capstone you will have:
# - run complete sales conversations with simulated customers, in your own words (free text)
#   or by choosing replies;
# - combined everything from the course in one conversation: need levels, temperament,
#   the principles and the buying mind, questioning and listening, calm under pressure,
#   expectations and objection analysis;
# - read a debrief of each conversation and chosen what to practise next.

# %% [markdown]
# > **How to use this lesson:** in JupyterLab choose **Run ▸ Run All Cells** first, then work
# > from the top. (In the app view, `python3 course.py app`, this happens by itself.)

# %%
from coursekit.lessons import capstone
from coursekit.plots.worked import show_worked_debrief
from coursekit.widgets.assessment import review
from coursekit.widgets.dialogue import simulation, simulation_later
from coursekit.widgets.picker import scenario_picker

# %% [markdown]
# ## Warm-up: from earlier lessons
#
# Three quick questions from earlier lessons, mixed. Answer from memory, then press
# **Check**: recalling what you learned is what makes it stick.

# %%
review("07")

# %% [markdown]
# ## How the simulations work
#
# Each simulated customer has a situation, a **temperament** and **hidden needs** on several
# levels — and usually an **objection** or two. They reveal their needs only when you ask
# good questions, and they react to how you treat them:
#
# - **Trust** rises when you listen, ask open questions, paraphrase and keep promises; it
#   falls when you pitch too early, argue or push.
# - **Patience** runs down with every turn that does not help them — faster with an
#   impatient customer.
# - **Needs** counts how many hidden needs you have uncovered.
#
# Each turn, click one of the suggested replies (**#1**, **#2**, …) or **type your own words**
# and press **Send**. A coach reads what you type, just like in the lessons. **Hint** gives a
# nudge; **Restart** starts over. When the conversation ends, the **debrief** shows your score,
# what went well, what to improve, and a chart of the needs you uncovered and how trust moved.
#
# ## Before you start: the checklist
#
# 1. Read the temperament in the first reply and adapt your pace (lesson 02).
# 2. Ask before you explain: find the need first — diagnose before prescribing (lesson 03).
# 3. Mostly open questions; closed ones to confirm (lesson 04).
# 4. Listen for the level: product, service, experience, relationship, success — aim high (lesson 01).
# 5. Paraphrase: "So what matters most is… did I understand you correctly?" (lessons 04, 05).
# 6. Propose, don't order: "I think your need is… would you agree?" (lesson 03).
# 7. Test an objection before answering it: hypothesis, counter-question, transformation (lesson 06).
# 8. Close the loop: "What else?" and a clear next step (lesson 04).

# %% [markdown]
# ## A worked example: the drill for Saturday
#
# Here is the same customer twice, played automatically. First a weak conversation: the
# salesperson pitches at once and then pushes.

# %%
capstone.worked_dialogue("drill_for_saturday", mode="worst")

# %% [markdown]
# Now a strong one. Notice the questions before any product, the paraphrase, the hypothesis
# test when the price comes up — and how the real need (shelves up by Saturday) changes the
# offer from an expensive drill to a rental kit.

# %%
capstone.worked_dialogue("drill_for_saturday", mode="best")

# %% [markdown]
# The debrief chart of the strong conversation: on the left, the hidden needs at each level
# and how many were uncovered; on the right, trust (and patience) turn by turn.

# %%
show_worked_debrief("drill_for_saturday", mode="best")

# %% [markdown]
# ## Simulation 1 · A golden wedding lunch
#
# A talkative customer planning her parents' anniversary lunch. Her motives are easy to hear
# if you let her talk — and at the end she wants to "think it over". Find out what doubt is
# left. Try typing your own replies.

# %%
simulation("anniversary_lunch")

# %% [markdown]
# ## Simulation 2 · Bookkeeping for a careful plumber
#
# A deliberate customer who takes his time, and money is tight. Be patient, guide him with
# questions, and find out what "no money" really means.

# %%
simulation_later("plumber_bookkeeping")

# %% [markdown]
# ## Simulation 3 · A new snack brand for a proud shopkeeper
#
# You are the account manager; she is reserved and has run her shop for twenty-five years.
# Expect a polite brush-off first. Remember the retailer's needs from lesson 01: business
# information, service quality, economic benefit.

# %%
simulation_later("corner_shop_snacks")

# %% [markdown]
# ## Your choice
#
# Every scenario in the course, with the temperament and the objections you will meet.
# Pick one in the box below and press **Start conversation**.
#
# The **Your name** box is optional. If you type your name before you press **Start
# conversation**, the finished conversation is saved to the class gradebook for your
# instructor; leave it empty to practise without saving it.

# %%
capstone.show_scenarios()

# %%
scenario_picker()

# %% [markdown]
# ## Final debrief
#
# Look back over your debriefs. Each conversation is scored half on the **dialogue rubric**
# (how you talked) and half on the **scenario** (needs uncovered, objections handled, the
# outcome, the buying-mind checkpoints). The table lists every line of a debrief with the
# points it was worth in the strong conversation's debrief above (a line that does not apply
# to a conversation, such as calm with an upset customer here, gives its points to the
# others), and the lesson to revisit when that line is low:

# %%
capstone.show_revisit()

# %% [markdown]
# ## Summary
#
# - A full sales conversation brings every lesson together: read the temperament, find the
#   need before explaining the product, ask mostly open questions, listen and paraphrase, aim
#   for the higher need levels, propose rather than order, test objections before answering
#   them, and close the loop.
# - The debrief scores how you talked (the dialogue rubric) and what you achieved (needs
#   uncovered, objections handled, outcome, checkpoints); its chart shows the needs you
#   uncovered by level and how trust moved.
# - Use the table above to choose what to revisit, then play the same scenario again: the
#   customer is the same, and you will notice the difference.
#
# Next: the exercise [ex07_customer_case](../exercises/ex07_customer_case.ipynb), then [lesson 08 · How to see the customer, by business](08_seeing_the_customer_by_business.ipynb).
# You answer the exercise by clicking (or typing a sentence), in JupyterLab or in the
# app view; a wrong answer gets a hint and one more try.

# %% [markdown]
# ## Self-check
#
# 1. In the weak drill conversation, which two mistakes lost the sale?
# 2. What changed the offer in the strong conversation from a drill to a rental kit?
# 3. Which of your own debriefs had the lowest rubric line, and which lesson will you revisit?
# 4. Which objection test did you use most often, and did it work?
#
# <details><summary>Answers</summary>
#
# 1. Pitching features before asking a single question (endless product explanation), then pressure ("decide now") after "I'll think about it".
# 2. Uncovering the success need — shelves up by Saturday, and he would rather not drill at all — plus the hypothesis test on price.
# 3. Your own answer: use the revisit table.
# 4. Your own answer: a yes to a hypothesis, or specific requirements after a counter-question, show the objection was real.
#
# </details>
