"""Lesson 10 · Final check (source of notebooks/10_final_check.ipynb)."""

# %% [markdown]
# # 10 · Final check
#
# **Time:** about 15 minutes
#
# ### Learning objectives
# By the end of this lesson you will be able to:
# - answer the final check, built on the same plan as the pre-test in lesson 00, and see
#   how far you have come;
# - choose what to revisit from the questions you missed.

# %% [markdown]
# > **How to use this lesson:** in JupyterLab choose **Run ▸ Run All Cells** first, then work
# > from the top. (In the app view, `python3 course.py app`, this happens by itself.)

# %%
from coursekit import lessons
from coursekit.widgets.assessment import final_check

# %% [markdown]
# ## How the final check works
#
# Take this lesson last, after the capstone. The twelve questions below cover the same
# ground as the pre-test in lesson 00, in the same order — the need levels, temperaments,
# the buying mind, questioning, difficult conversations and expectations, objections, how to
# see the customer and why customers buy — but every question is new. Comparing the two
# results shows what the course has changed.
#
# Answer all twelve from memory, then press **Submit my answers** at the bottom. Each
# answer is then marked with a short explanation, and the feedback lists the lessons
# behind any question you missed.
#
# Type the name you used for the pre-test in the **Your name** box to save your result in
# the class gradebook: your instructor's report then shows your pre-test, your final check
# and the gain between them. Leave it empty to keep your answers to yourself.

# %%
final_check()

# %% [markdown]
# ## Where to go from here
#
# Open the lessons the feedback names, reread their summaries, and try their exercises
# again. Then replay a capstone scenario (lesson 07): the customers are the same, and you
# will notice the difference. The map of the course links every lesson:

# %%
lessons.show_course_map()

# %% [markdown]
# ## Summary
#
# - The final check follows the pre-test's plan with new questions, so the two results can
#   be compared.
# - Every question you miss points to a lesson: revisit it, redo its exercise, and practise
#   in the simulator.
# - What the course trains is one habit: find out what the customer really needs before you
#   offer anything.

# %% [markdown]
# ## Self-check
#
# 1. Which lesson did most of your missed questions come from?
# 2. What will you do differently in your next real customer conversation?
# 3. Which capstone scenario will you replay first, and what will you try?
#
# <details><summary>Answers</summary>
#
# 1. Your own answer: the feedback under the final check lists the lessons.
# 2. Your own answer: for example, ask two open questions before describing any product.
# 3. Your own answer: pick the one whose debrief had your lowest rubric line.
#
# </details>
