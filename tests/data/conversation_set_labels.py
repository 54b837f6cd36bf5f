"""Short names for the labels, used by the hand-written data files of the conversation sets (each folder's labels.py)."""
T = "trainee"
C = "customer"
N = None
BO = "brush_off"
NN = "no_need"
NM = "no_money"
NT = "no_time"
BE = "bad_experience"
TI = "think_it_over"
TE = "too_expensive"
LABELS = [BO, NN, NM, NT, BE, TI, TE]
