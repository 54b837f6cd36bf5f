"""Lesson 01 · The five need levels (source of notebooks/01_five_need_levels.ipynb)."""

# %% [markdown]
# # 01 · The five need levels
#
# **Time:** about 30 minutes
#
# ### Learning objectives
# By the end of this lesson you will be able to:
# - name the five levels of customer need, from low to high: **product need**, **service need**,
#   **experience need**, **relationship need** and **success need**;
# - hear in a customer's words which level their need mainly sits on;
# - explain the drill example and why the success level wins business;
# - choose what to lead with (product, service or relationship) once you know the level;
# - as an account manager, name a retailer's three need levels and the order in which
#   retailers take up a new brand.

# %% [markdown]
# > **How to use this lesson:** in JupyterLab choose **Run ▸ Run All Cells** first, then work
# > from the top. (In the app view, `python3 course.py app`, this happens by itself.)

# %%
from coursekit import lessons
from coursekit.plots.pyramid import show_pyramid
from coursekit.widgets import checks
from coursekit.widgets.assessment import review
from coursekit.widgets.dialogue import simulation

# %% [markdown]
# ## Warm-up: from earlier lessons
#
# Two quick questions on how the course works (lesson 00), to get you answering
# before you start. Answer from memory, then press **Check**.

# %%
review("01")

# %% [markdown]
# ## Why levels?
#
# Ask ten customers what they want and you get ten different answers, some of them
# unspoken, and next month the answers will have moved on. To make sense of that mess, it
# helps to sort what you hear. The model used here borrows its shape from Maslow's pyramid:
# customer needs stack up in **five levels, from low to high**. A customer can have needs on
# several levels at once, but one level usually *dominates* a given purchase — and that is the
# level your offer should speak to.

# %%
show_pyramid()

# %% [markdown]
# ## The five levels, one by one
#
# Read the cards from the top (the highest level) down. For each level: what it means,
# how you notice it in a conversation, what to do, and a few things customers say.

# %%
lessons.show_levels()

# %% [markdown]
# ## Worked examples
#
# **1 · The print shop.** Marta runs a small copy shop. She asks: *"How many pages a minute,
# and what does a toner cost?"* Then: *"And if it jams on a Saturday, who comes?"*
#
# - First question: speed and running cost — the **product** level.
# - Second question: fast repair when it matters — the **service** level.
# - Her need mainly sits on the service level: a cheap printer that stands still on her
#   busiest day costs her more than a dearer one that is fixed in two hours. Lead with your
#   repair promise (and keep it), then show the running costs.
#
# **2 · The hospital ward.** A head nurse says: *"I don't really mind which rota software it is,
# as long as my nurses stop working double shifts."* She has told you she does not care
# about the product. Her need is a result for her team: the **success** level. Talk about how
# other wards cut double shifts, and what it would take on hers; the features come later, as
# the means to her goal.
#
# **3 · The loyal restaurant.** A restaurant group has bought its vegetables from the same
# wholesaler for ten years. Your prices are lower and your produce is as good, but they stay.
# Why? *"When our cold room broke at Christmas, Paolo drove over with his own van."* That is
# the **relationship** level: trust, built slowly, and help in trouble. One good offer will not
# win this customer; steady, reliable contact over months might.
#
# **4 · The tasting.** A couple planning their wedding will not book the caterer until they
# have tasted the menu and discussed the table layout. That is the **experience** level:
# they want to try before buying and take part in the design. Every phone call with them is
# part of the experience too.

# %% [markdown]
# ## The drill: the highest level
#
# A customer walks into a hardware store and asks for a drill. What do they need?
#
# 1. the **drill** — the product they named;
# 2. a **hole** in the wall — what the drill is for;
# 3. a **problem solved** — say, a shelf that finally holds the children's books, so the
#    living room is tidy when the in-laws visit.
#
# The third answer is the success need. Customers often cannot put it into words, and
# they seldom say it first. But the salesperson who asks *"What are you putting up?"* may find
# that wall plugs and a stud finder matter more than the drill's wattage, and that the customer
# will come back for the next project. **Whoever helps the customer succeed wins.**

# %%
show_pyramid(highlight="success")

# %% [markdown]
# ## Using the levels
#
# Find the level where the customer's need *mainly* sits, then plan your product, service
# and relationship strategy for it:
#
# | If the need mainly sits at… | lead with… | be careful not to… |
# |---|---|---|
# | product | clear performance, quality and price comparisons: value for money | drown them in extras they did not ask for |
# | service | who delivers, installs, trains and repairs, and how fast | promise more support than your team can give |
# | experience | a trial, a tasting, a pilot; involvement in planning | treat calls and visits as mere admin: each is remembered |
# | relationship | steady trust: promises kept, help in trouble, useful contacts | expect one attractive offer to win a loyal customer |
# | success | the customer's goal, and how you help them reach it | sell the drill when they need the shelf to hold |
#
# The relationship level also solves two puzzles salespeople meet every week: why a customer
# stays with a familiar vendor although a newcomer offers more, and why two equally good
# bids end differently. In both cases the offers are a draw and the relationship decides: the buyer
# goes with the supplier they already trust.

# %% [markdown]
# ## For account managers: retailers' needs
#
# When your customers are **shops** rather than end users, their needs also come in levels:
#
# - **business information** — news about the market and the customers, and better ways to
#   run the shop (display, range, pricing); you bring it on every visit;
# - **service quality** — problems solved quickly, requests written down and followed up, so
#   the retailer feels valued;
# - **economic benefit** — a better margin and a stronger range, which is what makes them stay.
#
# When you introduce a **new brand**, retailers take it up in a predictable order: first the
# **change-seekers** and those who **depend on you** and trust your advice; once they sell
# well, the **wait-and-see** shops try a small order; when many neighbours stock it, the
# **followers of the crowd** join by themselves; the **resisters** come last. Start where it is
# easiest and let results do the persuading.

# %%
checks.retail_questions()

# %% [markdown]
# ## Check your understanding
#
# **Sort the statements.** For each customer statement choose the level its need *mainly*
# expresses, then press the button. Wrong answers show the right level and why.

# %%
checks.sort_levels()

# %% [markdown]
# **Three quick questions.**

# %%
checks.level_questions()

# %% [markdown]
# **Write your own.** You sell office furniture to a growing start-up. Write one **open
# question** that explores the customer's **success** need — their goal — without pitching a
# product. The coach will tell you what it read.

# %%
checks.write_question("open_success",
                      "Write one open question about the customer's goal (success level).")

# %% [markdown]
# ## Practise with a simulated customer
#
# Marco wants "a good drill" and he is in a hurry. Which levels do his needs sit on? Ask before you offer anything, and see whether you can reach his success need. Click a suggested reply or type your own.

# %%
simulation("drill_for_saturday")

# %% [markdown]
# ## Summary
#
# - Five levels, from the bottom up: product, service, experience, relationship, success.
# - **Product** is about what the item does and what it costs, and rules where money is
#   short. **Service** is everything around it, from delivery to quick repairs.
#   **Experience** means trying first, helping to shape the solution, and every contact
#   leaving a memory. **Relationship** is trust and help in a crisis, grown over years; it
#   decides between equal offers. **Success** is the customer's own goal, the reason behind
#   every purchase.
# - Drill, hole, shelf: what is asked for, what it is for, and the job that really matters.
#   Help the customer get that job done and the business follows.
# - Work out which level carries most of the need, and let that choose what you lead with:
#   the product, the service around it, or the relationship.
# - Shops as customers want business information, service quality and economic benefit; a
#   new brand spreads from change-seekers and loyal shops to the wait-and-see shops, then to
#   the followers, and reaches the resisters last.
#
# Next: the exercise [ex01_need_levels](../exercises/ex01_need_levels.ipynb), then [lesson 02 · The nine temperaments and how to serve each](02_nine_temperaments.ipynb).
# You answer the exercise by clicking (or typing a sentence), in JupyterLab or in the
# app view; a wrong answer gets a hint and one more try.

# %% [markdown]
# ## Self-check
#
# 1. Name the five levels from low to high.
# 2. *"Can we try it in one branch first?"* — which level?
# 3. Why might a customer stay with a familiar supplier whose offer is worse than yours?
# 4. In the drill example, what is the success need?
# 5. Which retailers do you approach first with a new brand, and why?
#
# <details><summary>Answers</summary>
#
# 1. Product, service, experience, relationship, success.
# 2. Experience: they want to try before buying.
# 3. The relationship level: trust and help in trouble, built over years, can outweigh a better offer.
# 4. The problem the hole solves (the shelf that holds, the tidy room) — the customer's own goal.
# 5. Change-seekers and those who rely on you: they try it willingly, and their results persuade the rest.
#
# </details>
