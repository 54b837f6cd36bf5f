"""Lesson 02 · The nine temperaments (source of notebooks/02_nine_temperaments.ipynb)."""

# %% [markdown]
# # 02 · The nine temperaments and how to serve each
#
# **Time:** about 25 minutes
#
# ### Learning objectives
# By the end of this lesson you will be able to:
# - recognise the nine customer temperaments — **impatient**, **deliberate**, **silent**,
#   **talkative**, **hesitant**, **reserved**, **suspicious**, **critical** and **expert** —
#   from words and body language;
# - say how to serve each one;
# - keep *what* the customer needs (lesson 01) apart from *how* they like to be served.

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
review("02")

# %% [markdown]
# ## Same need, different people
#
# Two customers can need exactly the same thing and still need to be served in opposite
# ways. One wants the price in ten seconds; the other wants to hear about every colour
# twice before feeling safe. Reading the customer's **temperament** early — often from body
# language before a word is said — lets you choose the pace and tone that will work.
#
# The need level (lesson 01) tells you **what** to offer. The temperament tells you **how**
# to offer it.

# %%
lessons.show_temperaments()

# %% [markdown]
# ## Worked examples: the same moment, two replies
#
# **The impatient customer.** A man strides in, phone in hand: *"Do you have the 2-metre HDMI
# cable or not?"*
#
# - ✗ *"Good morning! Welcome to our store. Have you heard about our loyalty programme?"* —
#   every extra word makes him angrier.
# - ✓ *"Yes — aisle 3, or I'll get it for you now. €12."* Serve at once and be quick; if
#   there is something useful to add, add it while you walk.
#
# **The hesitant customer.** A woman holds two paint samples: *"I'm just not sure it will look
# the same on my wall."*
#
# - ✗ *"It'll be fine, everyone buys this one."* — she feels rushed and leaves.
# - ✓ *"That's a fair worry. In north light this shade looks a little cooler, like this card.
#   You can take a tester pot for €3 and try a patch first."* Detail about how the colour
#   really behaves, and a cheap way to try it, make her feel safe.
#
# **The expert.** An engineer: *"Your spec sheet's wrong, that pump can't do 40 metres of
# head at that flow."*
#
# - ✗ *"Actually, our engineers tested it and it can."* — you win the point and lose the sale.
# - ✓ *"You're right that it drops off above 35 metres at full flow; the 40 is at the lower
#   flow. For your system, which flow do you need? I'd value your view on the sizing."*
#   Grant the point he has right, stand on that shared ground, and ask for his view.
#
# **The suspicious customer.** *"These reviews are probably fake."* Don't take offence. Ask
# which part worries them, then address each doubt patiently with something they can check:
# a reference customer they can call, an independent test, a trial period.
#
# **The critical customer.** Picky remarks keep coming. Do not argue each one. Listen to the
# whole criticism, then look for its cause: *"It sounds like finish matters a lot to you —
# is this for a showroom?"* Often the criticism points straight at the real need.

# %% [markdown]
# ## The details of each temperament
#
# Open the cards below for the signals to watch and examples of each temperament.

# %%
lessons.show_entries("temperaments")

# %% [markdown]
# ## Points to keep in mind
#
# - **Talkative** customers give their motives away freely — listen for them, and bring in
#   your offer at the right moment instead of competing for airtime.
# - **Silent** customers are still talking: watch their faces, their hands, where they look.
#   Answer carefully and briefly; ask one question at a time.
# - **Deliberate** customers are not hostile, just slow. Be patient and guide them with
#   questions that narrow the choice.
# - **Reserved** customers (serious, proud, keen on face) need politeness and care: formal
#   address, no jokes at their expense, no pressure in front of others.
# - People mix temperaments and change with the day. Use the labels as a starting guess,
#   not a verdict — and adjust as soon as the customer shows you otherwise.

# %% [markdown]
# ## Check your understanding
#
# **Who is this?** Match each description to a temperament.

# %%
checks.sort_temperaments()

# %% [markdown]
# **How would you serve them?**

# %%
checks.temperament_questions()

# %% [markdown]
# ## Practise with a simulated customer
#
# Edith is **hesitant**: unsure, a little afraid of the device, and worried by her sister's bad experience. Serve her the way this lesson suggests — detail and a sense of safety — and watch her trust meter. Other scenarios feature an impatient, a silent, a talkative, a reserved, a suspicious, a critical, an expert and a deliberate customer; you will meet several in the capstone.

# %%
simulation("pharmacy_monitor")

# %% [markdown]
# ## Summary
#
# Nine temperaments, each with its own way in:
#
# | Temperament | Serve them by… |
# |---|---|
# | **impatient** | acting at once and keeping it short |
# | **deliberate** | giving time and steering with questions they can think about |
# | **silent** | reading face and posture, answering briefly and exactly |
# | **talkative** | listening for the motives they volunteer, then suggesting at a natural pause |
# | **hesitant** | detail on look, colour and effect, plus a safe way to try |
# | **reserved** | courtesy, care and room to save face |
# | **suspicious** | taking each doubt in turn, with something they can check |
# | **critical** | hearing the criticism out without a debate and asking what is behind it |
# | **expert** | granting the points they have right, building on shared ground, asking their advice |
#
# - Temperament decides *how* you serve; the need level decides *what* you offer.
# - Treat the label as a first guess and keep watching.
#
# Next: the exercise [ex02_temperaments](../exercises/ex02_temperaments.ipynb), then [lesson 03 · Defining needs: five principles and the buying mind](03_defining_needs.ipynb).
# You answer the exercise by clicking (or typing a sentence), in JupyterLab or in the
# app view; a wrong answer gets a hint and one more try.

# %% [markdown]
# ## Self-check
#
# 1. A customer taps the counter and says "just the price". What do you do?
# 2. Why is arguing with a critical customer a mistake, even when you are right?
# 3. What does a talkative customer give you for free?
# 4. How do you serve someone who believes they know more than you?
#
# <details><summary>Answers</summary>
#
# 1. Serve at once: give the price and the key fact quickly; add anything else only if it helps them.
# 2. You win the point and lose the customer; listening to the criticism usually reveals its cause — and the need.
# 3. Their motives: listen, and bring in your offer at the right moment.
# 4. Agree where you can, find common ground, and ask for their advice.
#
# </details>
