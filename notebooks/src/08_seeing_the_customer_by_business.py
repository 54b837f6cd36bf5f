"""Lesson 08 · How to see the customer, by business (source of notebooks/08_seeing_the_customer_by_business.ipynb)."""

# %% [markdown]
# # 08 · How to see the customer, by business
#
# **Time:** about 20 minutes
#
# ### Learning objectives
# By the end of this lesson you will be able to:
# - explain why, **strategically**, the customer is God — and why **tactics** differ by business;
# - choose how to see the customer in your own business: **God**, a **partner** to court,
#   a **student or patient**, or a **child**;
# - overcome the salesperson's **inferiority complex**: your visit earns the customer money
#   rather than costing them any;
# - name the skills to train, including **sales rhythm**.

# %% [markdown]
# > **How to use this lesson:** in JupyterLab choose **Run ▸ Run All Cells** first, then work
# > from the top. (In the app view, `python3 course.py app`, this happens by itself.)

# %%
from coursekit.widgets import checks
from coursekit.widgets.assessment import review

# %% [markdown]
# ## Warm-up: from earlier lessons
#
# Three quick questions from lessons 01–03, which this lesson builds on. Answer
# from memory, then press **Check**: recalling what you learned is what makes it stick.

# %%
review("08")

# %% [markdown]
# ## Strategy: the customer is God
#
# This lesson is about how to see the customer by business: one attitude for strategy,
# and different tactics for different kinds of selling.
#
# For the company as a whole the answer is simple. Think of a bakery chain deciding what to
# bake, where to open and what to charge: it wins by knowing its customer groups better than
# the chain across the road and by getting product, price, promotion and outlets right for
# them. A firm that starts treating its customers as a nuisance soon finds they have gone
# elsewhere. So in service, production, marketing and product development, **the customer
# is God**.
#
# ## Tactics: it depends on the business
#
# For the people who actually sell, "the customer is God" is not always the most useful
# picture. How you behave should fit the kind of sale.
#
# | Business | What the sale is like | See the customer as… | Which means… |
# |---|---|---|---|
# | fast-moving consumer goods, retail | many customers, short contacts, impulse and repeat buying, loyalty easily lost | **God** | serve fast and warmly; stimulate the impulse |
# | catering, entertainment, services | the customer pays to feel special | **God** | anticipate what they will want before the competitor does; warmth in every contact |
# | large accounts, industrial direct sales | few customers, complex solutions, long rational decisions, many people involved | a **partner to court** | a long relationship with a plan: get to know each other, build trust, reach commitment, then keep the promise after the sale |
# | training and consulting | the customer comes with a pain they cannot solve alone | a **student** or a **patient** | lead the conversation: look past what they describe to the cause, and say what it is; an adviser who only agrees is not trusted to fix anything |
# | channel distribution (dealers, distributors) | partners who sell on your behalf | a **child** | incentives, education and control: motivate them, coach them, protect prices and stop abuses |
#
# Whatever the picture, one thing is common: **sincere care for the customer**.

# %% [markdown]
# ## The inferiority complex
#
# Picture Jonas, two years into selling warehouse software. His first meeting with the
# logistics director of a national retail chain is on Monday. She runs a budget larger than
# Jonas's whole company turns over. On Sunday evening he rehearses apologies: *"Sorry to take
# your time… I know you're very busy… we're only a small firm…"* On Monday he asks his own
# sales director to come along, "just in case".
#
# Nothing is wrong with Jonas's knowledge. What is wrong is the picture in his head: the
# customer up high, himself down below, asking for a favour. Customers notice that picture
# at once. Too much deference, too much eagerness, agreeing to everything — it all reads as
# *"inexperienced"*, *"a small player"*, *"a product nobody has tested"*, *"they badly need
# this order, so I can push them"*. From then on the customer steers: another demo, a longer
# trial, the meeting moved again. Months later Jonas finds he was invited only because the
# rules asked for three bids.
#
# Three remedies:
#
# 1. **Change the picture.** Jonas is not there to take the director's money. He is there
#    to **earn her money**: fewer hours lost in the warehouse, lower costs, more revenue, an
#    edge over her competitors.
# 2. **Be proud of what you sell.** Nothing on the market is flawless. A product that does
#    what this customer needs is good enough to stand behind.
# 3. **Train your skills.** Confidence grows out of knowing your job.

# %% [markdown]
# ## Skills to train
#
# - **The basics**: knowing your product, communicating well, bringing needs to light, and
#   answering the objections you hear every week.
# - **The next level**: probing (reading what is meant behind the words), building trust,
#   judging a situation, and analysing the key people — opinion leaders, their personal
#   interests, their roles and the balance of power in the customer's organisation.
# - **Sales rhythm**: knowing when to do the work yourself, when your **manager** should step
#   in, and what only the **boss** should handle. Good rhythm makes each step count; bad
#   rhythm wastes senior people and can even hurt the deal.

# %% [markdown]
# ## Check your understanding

# %%
checks.sort_business_views()

# %% [markdown]
# Three more: strategy and tactics, confidence, and sales rhythm.

# %%
checks.stance_questions()

# %% [markdown]
# ## Summary
#
# - Strategically, the customer is God. Tactically, it depends on the business: God in
#   fast-moving consumer goods, retail, catering and entertainment; a partner to court in
#   large accounts and industrial direct sales (plan, trust, commitment); a student or patient
#   in training and consulting (stand higher, diagnose); a child in channel distribution
#   (incentives, education, control).
# - Beat the inferiority complex: your visit is meant to earn the customer money, so there
#   is nothing to apologise for.
# - Build the basics first (product, communication, finding needs, everyday objections),
#   then the finer skills: probing, trust, reading the situation, analysing who matters and
#   what role they play, and a good sales rhythm.
#
# Next: the exercise [ex08_customer_stance](../exercises/ex08_customer_stance.ipynb), then [lesson 09 · Knowing and analysing customers](09_knowing_and_analysing_customers.ipynb).
# You answer the exercise by clicking (or typing a sentence), in JupyterLab or in the
# app view; a wrong answer gets a hint and one more try.

# %% [markdown]
# ## Self-check
#
# 1. How should a salesperson selling a two-year railway project see the customer, and why?
# 2. Why might a consultant who is too polite and eager lose the client?
# 3. What does "sales rhythm" mean?
# 4. Complete the sentence: "I am not here to ask for money, I am here to…"
#
# <details><summary>Answers</summary>
#
# 1. As a partner to court: few customers, a long rational decision and many people involved call for a planned relationship built on trust and commitment.
# 2. The client comes with a problem they cannot solve and needs someone who stands higher and diagnoses; too low a posture makes them doubt you can help.
# 3. Knowing when you act yourself, when your manager steps in and what only the boss handles.
# 4. "…help you make money" (raise efficiency, cut costs, grow revenue, beat the competition).
#
# </details>
