"""Lesson 00 · Start here (source of notebooks/00_start_here.ipynb; build with tools/build_notebooks.py)."""

# %% [markdown]
# # 00 · Start here
#
# **Time:** about 20 minutes
#
# ### Learning objectives
# By the end of this page you will be able to:
# - say what this course teaches and why understanding needs comes before selling;
# - find your way around the modules, the exercises and the customer simulator;
# - use the interactive checks: choose, press **Check**, read the feedback;
# - take the pre-test, so that at the end of the course you can see how far you have come.

# %% [markdown]
# > **How to use this lesson:** in JupyterLab choose **Run ▸ Run All Cells** first, then work
# > from the top. (In the app view, `python3 course.py app`, this happens by itself.)

# %% [markdown]
# ## What this course is about
#
# Most lost sales are not lost on price or product. They are lost because the salesperson
# answered a need the customer did not have, or missed the one they did have. This course
# trains the habit that good salespeople and service staff share: **find out what the
# customer really needs before you offer anything**.
#
# You will learn to:
#
# - hear *which level* a need sits on — from the product itself up to the customer's own success;
# - read a customer's *temperament* and adjust how you serve them;
# - *define* a need with the customer, and understand the four checkpoints of the buying mind;
# - *ask* the right kind of question, *listen* and *observe*;
# - stay calm in *difficult conversations* and manage *expectations*;
# - *analyse objections*: tell a real one from a polite escape, and answer it;
# - see the customer the right way for *your business*, and *analyse* your customers.
#
# No programming is needed. Everything you do happens in boxes, buttons and text fields.

# %% [markdown]
# ## How the course works
#
# Each **lesson** is a notebook like this one. It opens with objectives and a time estimate,
# explains with worked examples from real selling situations, lets you check your
# understanding with small interactive quizzes, and ends with a summary and a self-check.
# From lesson 01 on, each lesson opens with a short **warm-up**: two or three questions from
# earlier lessons, because recalling what you learned is what makes it last.
#
# | You see… | What to do |
# |---|---|
# | text and tables | read |
# | a grey box with code | nothing: it has already been run. In JupyterLab you can press **Shift+Enter** to run it again; in the app view the code is hidden |
# | a drop-down, options or a text box with a **Check** button | answer, press **Check**, read the feedback; try as often as you like |
# | a customer simulation | talk to a simulated customer, choose or type your replies, and read the debrief |
#
# **In JupyterLab, start each lesson with _Run ▸ Run All Cells_** so that the checks and
# simulations respond to your clicks. (In the app view this happens by itself.)
#
# After most lessons there is an **exercise** (the `exercises/` folder; the lesson's summary
# links it). You answer each question by clicking an option, putting items in order or into
# categories, or typing a sentence, then press **Check**. A wrong answer gets a hint and one
# more try; after the second try, or when you press **Show answer**, the answer shows.
# Type your name at the top to save your answers for your instructor; the last cell shows
# your score. Worked answers are in `solutions/` — try first, then compare.
#
# Some tasks ask you to **write** something: an open question, or your reply to an
# objection. A *coach* built into the course reads it and tells you what it noticed — was it
# an open question? which need level does it aim at? did it sound like a pitch or like
# pressure? The coach is simple and sometimes wrong; treat its feedback as a second opinion.

# %%
from coursekit import lessons
from coursekit.widgets import checks
from coursekit.widgets.assessment import pretest

# %% [markdown]
# ## The map of the course
#
# Take the modules in order. Modules 08 and 09 (seeing the customer by business; knowing
# and analysing customers) can come any time after 03; the capstone (07) works best last,
# followed by the final check (10).
#
# Click a module's title in the table to open its notebook, and an exercise (last column) to
# practise; both open in JupyterLab and in the app view.

# %%
lessons.show_course_map()

# %% [markdown]
# ## Try the interactive checks
#
# Here is what a knowledge check looks like. Pick an answer and press **Check**.

# %%
checks.start_questions()

# %% [markdown]
# ## Before you start: the pre-test
#
# Twelve questions from across the course. Nobody expects you to know the answers yet:
# this is your starting point. Answer each one as well as you can (a guess is fine), then
# press **Submit my answers** at the bottom to see what was right and why.
#
# At the end of the course, lesson 10 asks twelve different questions on the same topics,
# so you can see how far you have come. Type your name in the **Your name** box and both
# results go to the class gradebook, where your instructor sees your progress; leave it
# empty to keep your answers to yourself.

# %%
pretest()

# %% [markdown]
# ## Two ways to open the course
#
# - **In JupyterLab** (you can see and rerun the code): `python3 course.py open`
# - **As apps** (code hidden, only text and widgets): `python3 course.py app`, then open the
#   address it prints and choose a notebook.

# %% [markdown]
# ## Summary
#
# - The course teaches one habit: understand the customer's need before you sell.
# - Each lesson has objectives, a warm-up from earlier lessons, worked examples, interactive
#   checks, a summary and a self-check.
# - The pre-test shows where you start; the final check in lesson 10 shows how far you came.
# - Exercises live in `exercises/`: you answer by clicking or typing a sentence, and get a hint and a retry; solutions are in `solutions/`.
# - Free-text tasks are read by a simple coach: use its feedback as a second opinion.

# %% [markdown]
# ## Self-check
#
# 1. Where do you find the exercise for a lesson, and what happens when an answer is wrong?
# 2. What does a free-text task's coach look at?
# 3. Which module would you open to practise answering "It's too expensive"?
#
# <details><summary>Answers</summary>
#
# 1. In `exercises/` (linked from the lesson's summary), with the same name as in `solutions/`; a wrong answer gets a hint and one more try, then the answer shows.
# 2. Whether you wrote a question, its form (open or closed), its technique, the need level it aims at, and moves such as pitching or pressure.
# 3. Module 06, objection analysis (and the capstone, 07, to practise it in a full conversation).
#
# </details>
