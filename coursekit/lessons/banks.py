"""The knowledge-check items of each lesson (statements to sort, multiple-choice questions,
free-text tasks), written for this course. Pure data: the widgets in
`coursekit.widgets.checks` show them and `coursekit.lessons.marking` marks them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from coursekit.lessons.marking import Choice, Item, described

# --- 00 · start here -----------------------------------------------------------------

START_CHOICES: tuple[Choice, ...] = (
    Choice("In an exercise, what happens when your first answer to a question is wrong?",
           ("The answer is shown at once", "You get a hint and one more try",
            "The exercise starts again"),
           "You get a hint and one more try",
           "A wrong first answer gets a hint and a retry; the answer shows after the second try, or "
           "when you press Show answer."),
    Choice("When the coach reads a question you typed, what is it looking at?",
           ("Your spelling", "The form (open or closed), the technique and the need level it targets",
            "How long the question is"),
           "The form (open or closed), the technique and the need level it targets",
           "Free-text tasks are read by the course's classifiers, which explain what they saw."),
)

# --- 01 · the five need levels ---------------------------------------------------------

LEVEL_STATEMENTS: tuple[Item, ...] = (
    Item("Which of these vacuum cleaners has the strongest suction for the money?", "product",
         "suction and price are the product's own performance and value"),
    Item("If the freezer stops working in August, how fast can your engineer be here?", "service",
         "fast repair after the sale is a service need"),
    Item("Could my daughter try the violin for a week before we decide?", "experience",
         "trying before buying is the experience level"),
    Item("We stay with our printer because their rep has helped us through every crisis.", "relationship",
         "loyalty earned by help in hard times is a relationship need"),
    Item("What I need is to get my bakery's waste down so the shop finally makes a profit.", "success",
         "the customer names their own business goal"),
    Item("Will someone carry the wardrobe upstairs and assemble it?", "service",
         "delivery and assembly are done for the customer around the product"),
    Item("I want to sit in on the planning of the new kitchen layout.", "experience",
         "taking part in planning and design is the experience level"),
    Item("Is the cotton in these shirts as durable as the label claims?", "product",
         "quality and durability belong to the product itself"),
    Item("You always remember what matters to us, and you introduced us to our best distributor.",
         "relationship", "recognition and shared contacts build the relationship"),
    Item("Our aim this year is to win the regional tender; whatever helps us do that, we'll buy.",
         "success", "every purchase serves the customer's own goal"),
)

LEVEL_CHOICES: tuple[Choice, ...] = (
    Choice("A customer asks for a drill. Following the lesson, what do they most likely need in the end?",
           ("The most powerful drill in the shop", "A hole in the wall",
            "A problem solved, such as a shelf that finally holds the books", "A discount on drill bits"),
           "A problem solved, such as a shelf that finally holds the books",
           "The drill is the product and the hole the result; the real need is the problem the hole "
           "solves. That is the success level, and customers often cannot put it into words."),
    Choice("Two suppliers send equally good offers, yet the client picks the one they have used for "
           "years. Which level explains this?",
           ("Product", "Service", "Experience", "Relationship", "Success"), "Relationship",
           "Trust built slowly over time keeps customers with a familiar vendor even when a newcomer "
           "is as good or better."),
    Choice("In a market where most buyers have very little money to spend, which level usually "
           "dominates?", ("Product", "Experience", "Relationship", "Success"), "Product",
           "When purchasing power is low, function and price (value for money) decide most purchases."),
)

RETAIL_CHOICES: tuple[Choice, ...] = (
    Choice("You are an account manager launching a new brand with forty small shops. Whom do you "
           "ask to stock it first?",
           ("The shops that resist every change", "The shops that like change or rely on your advice",
            "The shops that wait to see what the others do", "All forty at once, with the same pitch"),
           "The shops that like change or rely on your advice",
           "Start where it is easiest: change-seekers and those who trust you. Their results persuade "
           "the wait-and-see shops, then the followers of the crowd; resisters come last."),
    Choice("A shop owner asks you how other shops in the street arrange their shelves and what sells "
           "there. Which of a retailer's three need levels is this?",
           ("Business information", "Service quality", "Economic benefit"), "Business information",
           "Retailers want market news and better ways of running their shop; sharing that is part "
           "of the account manager's job."),
)

# --- 02 · the nine temperaments ---------------------------------------------------------

TEMPERAMENT_BEHAVIOURS: tuple[Item, ...] = described(  # what people do, not what they say
    Item("Checks her watch twice and says: “Just the price, please.”", "impatient",
         "serve her at once and keep it short"),
    Item("Has come back for the third time to compare the same two sofas.", "deliberate",
         "be patient and guide him with questions"),
    Item("Listens, nods a little, says almost nothing and watches your face.", "silent",
         "read the body language and answer carefully"),
    Item("Tells you about his holiday, his neighbours and, in passing, that his old fridge is noisy.",
         "talkative", "his motives are easy to hear; bring in the offer at the right moment"),
    Item("Asks again whether the colour will look the same at home and whether it will really work.",
         "hesitant", "explain form, colour and effect in detail and give a sense of safety"),
    Item("A senior director, formal and proud, who expects to be addressed by title.", "reserved",
         "be polite and careful; respect their standing"),
    Item("“How do I know those test results weren't paid for by your company?”", "suspicious",
         "take her doubts one at a time, each with something she can check"),
    Item("Points out a scratch, a loose thread and a typo in the brochure, one after another.", "critical",
         "do not argue; listen and find the cause of the criticism"),
    Item("“I've been in this trade twenty years, I know more about these pumps than you do.”", "expert",
         "agree where you can, find common ground and ask for their advice"),
    Item("Taps the counter while you fetch the leaflet, then asks whether you can post it instead.",
         "impatient", "short of time: get to the point or offer a quicker way"),
    Item("Reads every line of the warranty, asks you to note two models down and says she'll be back.",
         "deliberate", "decides slowly and thoroughly: give the facts and let her take her time"),
    Item("Answers your questions with one word and looks at the samples rather than at you.", "silent",
         "watch what catches his eye and ask easy, gentle questions"),
    Item("Twenty minutes in, you have heard about her son's wedding and her plans for the garden.",
         "talkative", "let her talk, pick out the needs she mentions and steer back kindly"),
    Item("Picks up the kettle, puts it down, picks up the other one and asks which you would take.",
         "hesitant", "help him decide: explain the difference plainly and reassure him"),
    Item("A retired judge who keeps a polite distance and answers questions only briefly and formally.",
         "reserved", "keep to form and courtesy; don't push for familiarity"),
    Item("Asks for the guarantee in writing and whether anyone has actually claimed on it.",
         "suspicious", "give proof she can check, not more assurances"),
    Item("Says the showroom is badly lit, the price list is out of date and the coffee is cold.",
         "critical", "stay calm, take each point seriously and look for what is really bothering him"),
    Item("Quotes the standard's clause number and asks which test lab certified your valves.", "expert",
         "respect what they know and talk as one professional to another"),
)

TEMPERAMENT_CHOICES: tuple[Choice, ...] = (
    Choice("A customer who thinks they know it all corrects your explanation. What serves them best?",
           ("Prove them wrong with the technical sheet",
            "Agree where they are right and ask for their view on the choice",
            "Stay silent until they finish and then repeat your pitch",
            "Offer a discount to change the subject"),
           "Agree where they are right and ask for their view on the choice",
           "Experts respond to respect: find common ground and ask for their advice."),
    Choice("A picky customer criticises one detail after another. What is the best first move?",
           ("Defend each detail", "Listen, and ask what lies behind the criticism",
            "Tell them nobody else has complained", "Move on to another product quickly"),
           "Listen, and ask what lies behind the criticism",
           "Do not argue with a critical customer; listen and find the cause of the criticism."),
)

# --- 03 · defining needs: principles and the buying mind --------------------------------

PRINCIPLE_MOVES: tuple[Item, ...] = described(  # what people do, not what they say
    Item("Before the visit, the rep notes the client's habits, preferences, budget and past orders.",
         "comprehensive", "knowing all their needs, habits and purchasing power"),
    Item("“This chair isn't furniture; it's your evening hour of real rest after work.”", "prominent",
         "the product is tied to one clearly named need"),
    Item("The client asks for faster laptops; the rep asks what is slowing the team down and finds "
         "the real trouble is a shared drive.", "deep", "from the surface wish to the real need"),
    Item("The rep compares the client's needs across departments and brings a brochure, a demo and a "
         "cost calculator to cover each one.", "broad", "understand all needs, compare, prepare tools"),
    Item("“From what you've told me, I think what you need most is reliable cold storage. Would you "
         "agree?”", "suggestive", "propose, never order"),
    Item("Before calling a hotel chain, the rep reads its annual report, checks who signs the orders "
         "and what the chain spent on linen last year.", "comprehensive",
         "collecting everything about the customer: needs, habits, buying power"),
    Item("“Of everything you told me, the quiet motor is what your night-shift nurses will thank you "
         "for.”", "prominent", "one need singled out and made to stand out"),
    Item("A farmer asks for a bigger tractor; the rep asks why, and learns the real trouble is "
         "getting the harvest in before the rain.", "deep", "past the request to what lies behind it"),
    Item("The rep lists what the buyer, the users and the finance team each want, and prepares a "
         "sample, a trial plan and a cost sheet for the meeting.", "broad",
         "all the needs compared, and the right tools prepared"),
    Item("“It sounds to me as if fewer call-outs matter more to you than the purchase price. Is "
         "that right?”", "suggestive", "a proposal the customer can accept or correct"),
)

BUYING_MIND_CHOICES: tuple[Choice, ...] = (
    Choice("Which path through the buying mind is easier, and so should be your default?",
           ("Know → approve → need → intent", "Need → know → approve → intent",
            "Intent → need → know → approve"),
           "Need → know → approve → intent",
           "When the customer sees the need first, the product explanation lands as the answer; a "
           "sale needs approval and need together."),
    Choice("A salesperson talks for twenty minutes about every feature. What usually happens?",
           ("The customer buys the premium model", "The customer says “I'll think about it”",
            "The customer asks for a trial"),
           "The customer says “I'll think about it”",
           "Touring every feature is the first trap: people decide on one or two points that matter "
           "to them. Diagnose before you prescribe, like a doctor."),
    Choice("A customer asks: “And what if your machines break down?” How do you test whether "
           "this is a real objection with the hypothesis test?",
           ("“Our machines hardly ever break down.”",
            "“If we guaranteed an engineer on site within a day, would you go ahead?”",
            "“What would the repair service have to include to satisfy you?”"),
           "“If we guaranteed an engineer on site within a day, would you go ahead?”",
           "The hypothesis test supposes the worry is solved: a yes means the objection is real. The "
           "third option is the counter-question test."),
)

OBJECTION_TEST_LINES: tuple[Item, ...] = (
    Item("If the delivery could be done by Monday, would you place the order today?", "hypothesis",
         "supposes the worry is solved and asks for a yes"),
    Item("What delivery time would work for you?", "counter_question",
         "asks for the customer's specific requirement"),
    Item("Yes, it costs more up front, and that is exactly why it lasts twice as long.", "transformation",
         "turns the objection into a selling point"),
    Item("Suppose we include the training at no extra cost; would that settle it?", "hypothesis",
         "supposes the worry is solved"),
    Item("Which part of the service would you need us to guarantee?", "counter_question",
         "asks what exactly would satisfy them"),
    Item("Yes, we are small, and that is exactly why you will talk to the owner, not a call centre.",
         "transformation", "the worry itself becomes the reason to buy"),
)

# --- 04 · questioning, listening, observing ---------------------------------------------

TECHNIQUE_QUESTIONS: tuple[Item, ...] = (
    Item("What do you do today when a supplier delivers late?", "inquiry",
         "a direct fact-finding question for details you don't know"),
    Item("Do you keep all your stock in one warehouse?", "confirming",
         "a yes/no question that confirms a fact"),
    Item("May I have your customer number and a phone number to reach you?", "identifying",
         "routine identity and contact details"),
    Item("Could you walk me through a typical Monday morning in your kitchen?", "descriptive",
         "invites the customer to describe their situation"),
    Item("When you say “cheaper”, do you mean the price per unit or the cost per year?", "clarifying",
         "makes sure a statement or figure is understood"),
    Item("How happy were you with the installation last week, and what should we do better?",
         "satisfaction", "a follow-up on satisfaction and improvement"),
    Item("Is there anything else you'd like us to look at while we're here?", "additional",
         "asks what else the customer needs"),
    Item("Which software do your planners use for the routes today?", "inquiry",
         "asks for a fact you do not know yet"),
    Item("Is it right that the goods go to the warehouse, not the shop?", "confirming",
         "checks a fact with a yes or no"),
    Item("Could you spell your surname and give me the order reference?", "identifying",
         "who the customer is and how to find their file"),
    Item("Tell me how a busy Friday evening goes in your restaurant, from the first table to closing.",
         "descriptive", "asks the customer to paint the picture"),
    Item("What exactly do you mean by “too slow”: the start-up or each print?", "clarifying",
         "pins down what a word means to the customer"),
    Item("Now that the new routes have run for a month, how satisfied are your drivers with them?",
         "satisfaction", "asks how well what you delivered is working"),
    Item("Apart from the printers, is there anything else in the office that needs attention?",
         "additional", "opens the door to more needs"),
)

FORM_QUESTIONS: tuple[Item, ...] = (
    Item("How do your staff book their holidays at the moment?", "open", "invites a description of how it is done"),
    Item("Do you need it before the end of the month?", "closed", "can be answered yes or no"),
    Item("What would a good result look like for you?", "open", "invites the customer to describe"),
    Item("Is the blue one the model you saw online?", "closed", "confirms one fact"),
    Item("Tell me about the last time the system let you down.", "open",
         "an invitation to tell, even without a question mark"),
    Item("Shall I send the quote to the same e-mail address?", "closed", "a yes/no confirmation"),
    Item("How many drivers work the night shift?", "closed", "one number answers it: a short fact"),
    Item("Would you rather have it delivered or collect it yourself?", "closed",
         "either/or: a pick between options you named"),
    Item("Could you walk me through how an order reaches your warehouse?", "open",
         "it starts like a yes/no question but asks for a description"),
)

REQUIREMENT_LAYERS: tuple[Item, ...] = (
    Item("We need to grow into two new regions within three years.", "executive",
         "the big picture comes from the top"),
    Item("My team loses half a day a week reconciling orders by hand.", "manager",
         "how the work is managed"),
    Item("The scanner beeps twice when the label is torn and I have to type the code.", "operator",
         "details of the daily work"),
    Item("Whatever we choose must fit the group's plan for the next five years.", "executive",
         "strategy and direction"),
    Item("I need a weekly report of late deliveries per driver.", "manager",
         "a management need"),
    Item("The print on the screen is too small to read with gloves on.", "operator",
         "an operator's detail"),
)

REQUIREMENT_ROLES: tuple[tuple[str, str], ...] = (
    ("executive", "executive (big picture)"), ("manager", "manager (management needs)"),
    ("operator", "operator (details)"),
)

LISTENING_CHOICES: tuple[Choice, ...] = (
    Choice("While the customer explains a problem, which is good listening?",
           ("Preparing your answer while they talk", "Full attention, from the customer's side, "
            "then checking what you heard", "Taking phone notes about the next visit"),
           "Full attention, from the customer's side, then checking what you heard",
           "Listen with full attention and from the customer's point of view; then confirm you "
           "understood."),
    Choice("A buyer keeps glancing at the price tag and folds her arms when you mention the premium "
           "model. What does observing tell you?",
           ("Nothing: only words count", "Price may be a worry; ask about budget gently",
            "She has already decided to buy the premium model"),
           "Price may be a worry; ask about budget gently",
           "Non-verbal behaviour often shows a need or a worry before the customer says it."),
    Choice("Why refine requirements over several rounds instead of one long meeting?",
           ("Customers enjoy meetings", "Hidden needs surface late, once the customer sees the "
            "first proposal", "It makes the project more expensive"),
           "Hidden needs surface late, once the customer sees the first proposal",
           "Gather from coarse to fine: the big picture first, details later, and expect hidden "
           "needs to appear in later rounds."),
)

# --- 05 · difficult conversations and expectations --------------------------------------

DIFFICULT_REPLIES: tuple[Choice, ...] = (
    Choice("An angry caller: “Third time this month the order is wrong!” What do you say first?",
           ("“That's not my department.”",
            "“I understand how frustrating that is. Tell me what arrived this time.”",
            "“Our system is usually very reliable.”",
            "“You must have filled in the form wrongly.”"),
           "“I understand how frustrating that is. Tell me what arrived this time.”",
           "Don't defend yourself or push the blame elsewhere: acknowledge the feeling and invite "
           "them to tell more."),
    Choice("The customer asks something you cannot answer. What is best?",
           ("Guess, so you look competent",
            "“I don't know yet. I'll find out and call you by 3 p.m. today.”",
            "Change the subject"),
           "“I don't know yet. I'll find out and call you by 3 p.m. today.”",
           "“I don't know” is allowed, when you commit to finding out by a definite time."),
    Choice("After listening, how do you check you understood the complaint?",
           ("“So the parts came late and two were damaged. Did I understand you correctly?”",
            "“OK, noted.”", "“Everyone has that problem.”"),
           "“So the parts came late and two were damaged. Did I understand you correctly?”",
           "Paraphrase and ask whether you understood correctly: it shows you listen and catches "
           "mistakes."),
)

EXPECTATION_SOURCES: tuple[Item, ...] = described(  # what people do, not what they say
    Item("A friend told her the spa was “the best weekend of my life”.", "word_of_mouth",
         "what others say raises or lowers expectations"),
    Item("The TV advert shows the car gliding silently through a city at night.", "promotion",
         "brand promotion sets a promise"),
    Item("A key account that brings in a fifth of the supplier's turnover expects a named contact "
         "who answers the same day.", "background",
         "how much this customer is worth to the firm shapes what they expect"),
    Item("A firm that signed its first contract with us last week expects help at every step of "
         "setting up.", "life_stage",
         "a new customer's stage in the lifecycle, their relationship with the firm"),
    Item("Last year the same garage fixed his car in one day, so he expects that again.", "history",
         "earlier experience with you or others"),
    Item("Three colleagues at the gym swear the new physiotherapist cured their backs in one session.",
         "word_of_mouth", "what people around him say sets the bar"),
    Item("The bank's poster promises “a mortgage answer within 24 hours”.", "promotion",
         "the firm's own promise raises the bar"),
    Item("The hospital that buys most of the supplier's dressings expects its own account team and "
         "a direct line to the warehouse.", "background",
         "a high-value customer expects service to match"),
    Item("A customer of fifteen years expects to be recognised on the phone without giving her "
         "number.", "life_stage", "a long relationship brings its own expectations"),
    Item("Her last laptop lasted eight years, so she expects the new one to last as long.", "history",
         "what happened before is the yardstick"),
)

EXPECTATION_SOURCE_NAMES: tuple[tuple[str, str], ...] = (
    ("word_of_mouth", "word of mouth"), ("promotion", "brand promotion"),
    ("background", "value to the firm and background"), ("life_stage", "stage in the customer lifecycle"),
    ("history", "earlier experience"),
)

# --- 06 · objections ---------------------------------------------------------------------

OBJECTION_STATEMENTS: tuple[Item, ...] = (
    Item("Sounds interesting. Just leave a brochure and we'll be in touch.", "brush_off",
         "a friendly closed door: find out whether they don't see what you offer or need nothing"),
    Item("We already have a coffee machine and it still works fine.", "no_need",
         "needs can be created: help them feel it"),
    Item("The budget for this year is spent, I'm afraid.", "no_money",
         "missing, coming later, or not convinced? find out which"),
    Item("I've got two minutes before my next meeting.", "no_time",
         "get to the point; interest them fast or book a time"),
    Item("We tried a cleaning firm once and they broke a window. Never again.", "bad_experience",
         "one bad case now colours the whole category: find the root, listen"),
    Item("Thanks for the demo. Let me sleep on it.", "think_it_over",
         "a point has not persuaded them yet: ask what would settle it"),
    Item("The same thing costs a third less across the road.", "too_expensive",
         "the price is what shows; build up value they agree with"),
    Item("Thanks, but we're fine for now. I'll call you if that changes.", "brush_off",
         "a polite way to end the talk before it starts"),
    Item("We don't need that: our team does all the cleaning itself.", "no_need",
         "they don't see a need yet"),
    Item("We can't afford it until the grant money arrives in spring.", "no_money",
         "the money may come later"),
    Item("I'm too busy this week, I can only give you two minutes.", "no_time",
         "be brief or agree a better moment"),
    Item("The last supplier we used lost three of our shipments. We won't go through that again.",
         "bad_experience", "an old disappointment blocks the new offer"),
    Item("I'll have to think about it and talk it over with my partner.", "think_it_over",
         "something is still unsettled"),
    Item("That's too expensive: your competitor quoted us a lot less.", "too_expensive",
         "the price is being compared; show the value"),
)

OBJECTION_CHOICES: tuple[Choice, ...] = (
    Choice("“It's too expensive.” Which response follows the lesson?",
           ("“OK, I can take 15% off.”",
            "“Let's look at what it saves you each month; which of these savings matter to you?”",
            "“It's not expensive, it's the market price.”"),
           "“Let's look at what it saves you each month; which of these savings matter to you?”",
           "No bargaining: the price is only what shows. Build up benefits the customer agrees matter."),
    Choice("“I'll think it over.” What is the best next step?",
           ("Say goodbye politely and wait", "Ask which doubt is still open, and solve it now",
            "Offer a gift if they sign today"),
           "Ask which doubt is still open, and solve it now",
           "A point has not persuaded them yet. Find it and deal with it there and then."),
    Choice("“We had a terrible experience with a company like yours.” What must you avoid?",
           ("Asking what happened", "Suggesting they might be exaggerating",
            "Answering their main worry"),
           "Suggesting they might be exaggerating",
           "Never doubt their story; get to the root and answer the worry that weighs most."),
)

# --- 08 · how to see the customer, by business -------------------------------------------

BUSINESS_VIEWS: tuple[tuple[str, str], ...] = (
    ("god", "God (serve fast and warmly)"), ("partner", "partner to court"),
    ("student", "student or patient (diagnose)"), ("child", "child (incentives, education, control)"),
)

BUSINESS_CASES: tuple[Item, ...] = described(  # what people do, not what they say
    Item("A supermarket checkout during the Saturday rush.", "god",
         "fast-moving consumer goods and retail: many short contacts, impulse buying"),
    Item("A karaoke bar hosting a birthday party.", "god",
         "entertainment and catering: the guest pays to feel special"),
    Item("Selling a new signalling system to a national railway over two years.", "partner",
         "large accounts: plan, build trust, reach commitment"),
    Item("A consultant asked to fix a company's falling staff morale.", "student",
         "training and consulting: stand higher and diagnose"),
    Item("A training firm called in because a bank's branch staff keep failing their audits.", "student",
         "the client has a problem they cannot solve alone: diagnose and lead"),
    Item("A tyre maker coaching its network of independent garages and checking they keep to the "
         "agreed prices.", "child", "dealers: motivate, train and keep in line"),
    Item("A drinks maker working with 40 regional distributors.", "child",
         "channel distribution: incentives, education and control"),
    Item("An industrial-robot maker courting a car plant for its next production line.", "partner",
         "industrial direct sales: a long relationship"),
)

VIEW_CHOICES: tuple[Choice, ...] = (
    Choice("A company's board tells every department to put the customer first. Its account manager "
           "for railway signalling still treats her buyer as a partner to court, not as God. Is she "
           "going against the board?",
           ("Yes: every customer should be treated as God in every sale",
            "No: putting customers first is the strategy; her tactics fit a long, complex sale",
            "Yes: only the board may decide how a customer is seen"),
           "No: putting customers first is the strategy; her tactics fit a long, complex sale",
           "Strategy and tactics answer different questions. The firm wins by putting customers "
           "first; in the field, how you behave fits the kind of sale."),
    Choice("You are about to meet the buyer of the biggest chain in the country. Which thought "
           "serves you best?",
           ("“I'm lucky she agreed to see someone from a firm our size.”",
            "“I'll agree to whatever she asks, so I don't lose the order.”",
            "“I'm here to help her chain earn more or spend less.”"),
           "“I'm here to help her chain earn more or spend less.”",
           "That is the cure for the inferiority complex: your visit is about what the customer "
           "gains. Gratitude and yes-to-everything read as a small player who needs the order."),
    Choice("A customer's buyer asks for a routine price update on spare parts. Who handles it?",
           ("You, the salesperson", "Your manager", "The head of your company"),
           "You, the salesperson",
           "Good sales rhythm keeps senior people for the moments that need them. Routine work is "
           "yours; a boss sent for a price list wastes that weight and can unsettle the customer."),
)

# --- 09 · knowing and analysing customers ------------------------------------------------

MOTIVES: tuple[tuple[str, str], ...] = (
    ("practical", "practical (use, quality, durability)"), ("aesthetic", "aesthetic (beauty, style)"),
    ("novelty", "novelty (new, unusual, fashionable)"),
)

MOTIVE_STATEMENTS: tuple[Item, ...] = (
    Item("I need boots that last five winters; I don't care what they look like.", "practical",
         "use and durability first"),
    Item("The colour of this vase is exactly what the living room needs.", "aesthetic",
         "beauty and style first"),
    Item("Is this the model that only came out last week? I want to be the first to have it.", "novelty",
         "newness is the draw"),
    Item("Which of these pans is easiest to clean and won't warp?", "practical", "practical use"),
    Item("I love the design; it looks like a piece of art on the desk.", "aesthetic", "appearance"),
    Item("Everyone will ask me where I got it: nobody has this yet.", "novelty",
         "being first with something new"),
)

FINDING_METHODS: tuple[Choice, ...] = (
    Choice("Which way of finding customers misses nobody in an area and gathers many opinions, but "
           "costs a lot of time and can annoy people?",
           ("Canvassing (door to door, call by call)", "Advertising", "Referral", "Document research"),
           "Canvassing (door to door, call by call)",
           "Canvassing covers everyone in the area and hears many views, at a high cost in time."),
    Choice("Which method has a high success rate and low cost, because someone trusted vouches for "
           "you?", ("Canvassing (door to door, call by call)", "Advertising", "Referral",
                    "Document research"), "Referral",
           "Referrals carry the trust of the person who introduces you; keep cultivating contacts."),
    Choice("Which method spreads fast and wide but costs money and gives little targeted feedback?",
           ("Canvassing (door to door, call by call)", "Advertising", "Referral", "Document research"),
           "Advertising", "Advertising reaches many quickly; feedback is slower and less targeted."),
    Choice("Which method is reliable and reduces wasted visits, because you study the customer "
           "beforehand?", ("Canvassing (door to door, call by call)", "Advertising", "Referral",
                           "Document research"), "Document research",
           "Directories, statistics, trade journals and the web let you study customers before you "
           "call."),
)

MODEL_CHOICES: tuple[Choice, ...] = (
    Choice("A family picks the washing machine with the lowest running costs that fits their budget. "
           "Which analysis model explains their choice best?",
           ("The economic model: cost against benefit, within what they can afford",
            "The psychological model: inner drives, basic and learned"),
           "The economic model: cost against benefit, within what they can afford",
           "They weigh what they pay against what they get, inside their buying power."),
    Choice("A customer always buys the brand of tea her grandmother drank, though cheaper ones taste "
           "the same to her. Which model explains this best?",
           ("The economic model: cost against benefit, within what they can afford",
            "The psychological model: inner drives, basic and learned"),
           "The psychological model: inner drives, basic and learned",
           "A habit learned at home, not a cost-benefit sum: a learned drive."),
)

ANALYSIS_AREAS: tuple[tuple[str, str], ...] = (
    ("basic", "basic data"), ("characteristics", "characteristics"),
    ("business", "business status"), ("dealings", "current dealings"),
)

ANALYSIS_FACTS: tuple[Item, ...] = described(  # what people do, not what they say
    Item("Owner's name, address, phone number, and how long they have bought from us.", "basic",
         "the raw record every analysis starts from"),
    Item("Sells mainly in the north, ambitious about growth, conservative in pricing policy.",
         "characteristics", "region, potential, business style"),
    Item("Third-largest in the region by sales, losing market share to a discounter.", "business",
         "performance, share and position"),
    Item("Currently late on two invoices, planning a new store, credit rating recently lowered.",
         "dealings", "today's activity, problems, plans, finances and credit"),
    Item("Contact: the purchasing manager, a keen cyclist; the firm was founded by her father.", "basic",
         "names, people and background"),
    Item("Strong in the tourist towns along the coast, aims to open ten outlets, prefers long contracts.",
         "characteristics", "area, potential and policy"),
    Item("Sales up 8% last year, but two new competitors have taken some of its best accounts.", "business",
         "results and competitive position"),
    Item("Has just asked us for longer payment terms and is moving its warehouse next month.", "dealings",
         "what is happening now: money and plans"),
)

# --- free-text tasks (specs for coursekit.scoring.checkers.check_free_text) ---------------

FREE_TEXT: dict[str, dict[str, Any]] = {
    "open_success": {"form": "open", "level": "success", "no_pitch": True},
    "open_listen": {"form": "open", "no_pitch": True, "no_pressure": True},
    "descriptive": {"form": "open", "technique": "descriptive"},
    "clarifying": {"technique": "clarifying"},
    "additional": {"technique": "additional"},
    "think_it_over": {"objection": "think_it_over", "test": "counter_question", "no_pressure": True},
    "too_expensive": {"test": "counter_question", "no_discount": True, "no_pressure": True},
    "hypothesis": {"test": "hypothesis"},
}


# --- the banks in the course's language ------------------------------------------------

_TEXT_FIELDS = {Item: ("text", "why"), Choice: ("prompt", "options", "answer", "explanation")}


def _bank_constants() -> list[str]:
    """The names of the banks a trainee reads (every tuple constant of this module)."""
    return [name for name, value in globals().items()
            if name.isupper() and not name.startswith("_") and isinstance(value, tuple)]


def texts() -> list[tuple[str, str]]:
    """(id, English) for every learner-facing string of the banks, e.g. ("level_choices.0.prompt", "A customer…")."""
    out = []
    for name in _bank_constants():
        for index, value in enumerate(globals()[name]):
            base = f"{name.lower()}.{index}"
            if isinstance(value, tuple):  # an (id, name) pair
                out.append((f"{base}.name", value[1]))
                continue
            for field in _TEXT_FIELDS[type(value)]:
                text = getattr(value, field)
                if isinstance(text, tuple):
                    out += [(f"{base}.{field}.{n}", option) for n, option in enumerate(text)]
                elif text:
                    out.append((f"{base}.{field}", text))
    return out


def in_language(name: str, lang: str | None = None) -> Any:
    """A bank (`"LEVEL_CHOICES"`) in the course's language; English where a string is not translated."""
    from dataclasses import replace

    from coursekit.i18n import translation_table

    value = globals()[name]
    table = translation_table(Path(__file__), lang) if lang != "en" else {}
    if not table or not isinstance(value, tuple):
        return value

    def tr(text: Any) -> Any:
        return tuple(table.get(x, x) for x in text) if isinstance(text, tuple) else table.get(text, text)

    out = []
    for item in value:
        if isinstance(item, tuple):
            out.append((item[0], tr(item[1])))
        else:
            out.append(replace(item, **{f: tr(getattr(item, f)) for f in _TEXT_FIELDS[type(item)]}))
    return tuple(out)
