"""Lesson 09 · Knowing and analysing customers (source of notebooks/09_knowing_and_analysing_customers.ipynb)."""

# %% [markdown]
# # 09 · Knowing and analysing customers
#
# **Time:** about 30 minutes
#
# ### Learning objectives
# By the end of this lesson you will be able to:
# - say who counts as a customer — not only end users;
# - find and identify valuable customers: sources, steps, and four finding methods with
#   their pros and cons;
# - know what to analyse about a customer: basic data, characteristics, business status
#   and current dealings;
# - recognise buying motives (practical, aesthetic, novelty) and use the psychological and
#   economic analysis models;
# - list the four kinds of need an agency's clients have.

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
review("09")

# %% [markdown]
# ## Who is the customer?
#
# Before you can understand a customer's needs, you have to know who your customers are
# and how to analyse customers one by one. That is this lesson.
#
# Customers are **not always end users**. A wholesaler or a retailer buys to sell on: they are
# key customers even though they never use your product. And **internal customers** — the
# colleague who receives your work, the next department in the process, the next company in
# the supply chain — count too. Treating them as customers raises everyone's service.
#
# ## Identifying valuable customers
#
# Knowing your target market is only the start. Inside it, a garden centre's customers
# range from the landscaping firm that orders every week to the family that buys one
# barbecue every five years. They differ in what they bring in and in how likely they are to
# stay with you. Holding on to customers is cheaper than finding new ones, but trying to
# hold on to every single one spends effort where it returns little. Work out which
# customers matter most.
#
# **Sources of information**
#
# - **internal records**: accounts (costs, revenue, margins), sales (customer lists, order
#   history, feedback), earlier market studies;
# - **external databases and statistics**: trade directories, published statistics, industry
#   associations, research firms, trade press;
# - **referrals** from friends, colleagues and existing customers;
# - **trade fairs**, where you meet many buyers at once;
# - **the web**, and newspapers and magazines (watch where competitors are growing);
# - **field research**: visiting the market yourself — the most direct source, and the most costly.
#
# **Four steps**
#
# 1. **Position** — understand the relationship and how customers differ in value and needs;
# 2. **Adjust over time** — markets move: the landscaping firm may close, a rival garden
#    centre may start buying from you wholesale; keep the list current;
# 3. **Classify** — group customers by shared traits;
# 4. **Develop** — a plan for each group: the weekly trade buyer gets a named contact and
#    account terms, the once-a-season family a clear offer and a friendly reminder.

# %% [markdown]
# ### Four ways to find customers
#
# | Method | How | Pros | Cons |
# |---|---|---|---|
# | **canvassing** | door to door, call after call, everyone in an area | misses nobody; many contacts and opinions; makes you known | costly and slow; can annoy people |
# | **advertising** | reach the target group through media, then follow up on responses | fast, wide, repeatable; less legwork | costs money; weak targeting and slow feedback |
# | **referral** | introductions by contacts, partners and satisfied customers | high success rate, lower cost, trust comes with the introduction | depends on cultivating relationships; mixing friendship and money needs care |
# | **document research** | directories, statistics, trade journals, the customer's own publications | reliable, efficient, fewer wasted visits; lets you prepare | only as good as the sources; less personal |

# %%
checks.finding_methods()

# %% [markdown]
# ## What to analyse
#
# | Area | What it covers |
# |---|---|
# | **basic data** | name, address, contacts, owners and managers (and their background and interests), how long they have dealt with you |
# | **characteristics** | market area, sales capacity, growth potential, business philosophy, direction and policies |
# | **business status** | sales results, market share, competitiveness and position, relations with competitors and with you |
# | **current dealings** | today's activity and problems, strategy and plans, image, finances and credit |

# %%
checks.sort_analysis()

# %% [markdown]
# ## Why customers buy: motives and models
#
# Three **buying motives** are common:
#
# - **practical** — use, quality, durability; plain and solid over fashionable;
# - **aesthetic** — beauty, shape, colour, how it makes the buyer look;
# - **novelty** — the new, the unusual, the latest.
#
# Two **analysis models** help you read a customer's decision:
#
# - the **psychological** model: buying is driven by needs, and needs by inner *drives* —
#   basic drives (physical needs) and, more often, *learned* drives shaped by experience and
#   culture;
# - the **economic** model: the customer weighs cost against benefit — what they pay, what
#   they get, and what they can afford. Knowing their buying power lets you prepare a proposal
#   that fits before you visit.
#
# Use both: most customers have reasons of the heart and of the wallet.

# %%
checks.sort_motives()

# %% [markdown]
# **Which model?** Two customers, two ways of reading them.

# %%
checks.model_questions()

# %% [markdown]
# ## Example: the needs of an agency's clients
#
# An advertising agency's clients can seem difficult: they dictate every detail, want all
# their products in one ad, ask for a copy of a competitor's campaign, or cannot say what
# they want but reject every draft. Behind this behaviour sit four kinds of need:
#
# 1. **market** needs — the campaign must help them grow the market and compete;
# 2. **consumer** needs — reach the target consumers and build awareness, loyalty and reputation;
# 3. **company** needs — a good corporate image;
# 4. **personal** needs — the marketing manager who hired you wants to look good in the
#    company and the trade.
#
# An account manager who understands the client's market, consumers and company — and the
# person in the room — can talk strategy as an adviser instead of taking orders. The same
# four layers show up in almost any business-to-business sale.

# %% [markdown]
# ## Summary
#
# - Your customer is not always the person who uses the product: wholesalers, retailers and
#   colleagues in the next department count too.
# - Pick out the valuable customers inside your target market. Information comes from your
#   own records, from outside databases and published statistics, from referrals and trade
#   fairs, from the web and from going to see for yourself. Then position them, keep the
#   list up to date, sort them into groups and develop each group.
# - Four ways to find customers — canvassing, advertising, referral, document research —
#   each trading reach against cost and precision.
# - Look at four areas: the basic record, the customer's characteristics, how their business
#   is doing, and where your dealings stand today.
# - People buy for practical, aesthetic or novelty reasons. Read them with two lenses: the
#   psychological one (inner drives) and the economic one (cost against benefit).
# - Behind an agency client's demands sit four layers of need: their market, their
#   consumers, their company, and the person who hired you.
#
# Next: the exercise [ex09_finding_customers](../exercises/ex09_finding_customers.ipynb), then, once you have done the capstone (07), the [lesson 10 · Final check](10_final_check.ipynb).
# You answer the exercise by clicking (or typing a sentence), in JupyterLab or in the
# app view; a wrong answer gets a hint and one more try.

# %% [markdown]
# ## Self-check
#
# 1. Give two examples of customers who are not end users.
# 2. Which finding method would you choose to enter a new city with a small budget, and why?
# 3. A customer's credit rating has just been lowered. Which area of analysis is that?
# 4. A buyer says "I want the one that only came out last week". Which motive?
# 5. Name the four kinds of need an agency's client has.
#
# <details><summary>Answers</summary>
#
# 1. A wholesaler or retailer who resells; an internal customer such as the next department in the process.
# 2. Referral or document research: cheap and targeted (canvassing is thorough but slow and costly; advertising costs money).
# 3. Current dealings (finances and credit).
# 4. Novelty.
# 5. Market, consumer, company and personal needs.
#
# </details>
