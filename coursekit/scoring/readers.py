"""How the dialogue rubric reads a turn, in each language it scores: English, Spanish, Chinese.

The rubric (`dialogue.py`, `exchange.py`) asks the same things of every turn: what question it
asks, what moves it makes, which words it shares with the other speaker, whether a customer
line agrees, puts the trainee right, walks away, sounds upset or objects. A `Reader` answers
them for one language. English is read by the engine's own classifiers and lexicons (built in
`exchange.py`); Spanish and Chinese by their trained classifiers (`multilingual.py`) and a
dialogue lexicon written natively for each (`dialogue_lexicon_es.py`, `dialogue_lexicon_zh.py`)
with the same moves and the same pattern names. Each turn is read in its own language.
"""
from __future__ import annotations

import difflib
import importlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Callable, Mapping

from . import multilingual
from .cues import Hit
from .features import with_context
from .language import fold_accents
from .memo import remembered
from .moves import UPSET_THRESHOLD
from .moves_lexicon import PITCH_IN_ANY_SHAPE  # ("¿qué le parecería si abrimos una cuenta con nosotros?" sells, asked)
from .multilingual_lexicon import CUES as CLASSIFIER_CUES
from .prefixes import boundaries_factored, required_strings
from .text import Text, sentences, simplified
from .types import QuestionPrediction
from .words import similar as similar_words, similarity

#: What a turn does: (question or None, moves, the words of each move) — as `moves.read_turn` gives it.
TurnMoves = tuple[QuestionPrediction | None, frozenset[str], dict[str, tuple[str, ...]]]

#: Languages read by a dialogue lexicon of their own besides English.
LANGUAGES = ("es", "zh")
#: Score a move's cues must reach to count (as in English: `moves._THRESHOLD`).
MOVE_THRESHOLD = 2.0
PITCH_THRESHOLD = 1.5
#: Moves that are statements: their cues inside a question sentence do not count.
STATEMENT_ONLY = frozenset({"pitch", "argument"})
#: Moves after which a statement that mirrors the customer is no reflection.
_NOT_WITH_REFLECTION = frozenset({"pitch", "pressure", "leading", "upsell", "rudeness", "argument", "hypothesis"})
#: Upset score of a customer line that counts as upset; plain words of fact add at most _MILD_CAP.
UPSET_THRESHOLD = 2.0
_MILD_CAP = 1.0
#: In-dialogue objections: how sure the word model must be (a clear objection phrase, an answer to a
#: plain question, any other line), chosen leaving one dev writer out at a time (bench/bench_languages.py): the model
#: trained on the other four writers' conversations and the course's own lines, read on the fifth writer's.
OBJECTING_P = {"strong": 0.5, "answer": 0.99, "other": 0.9}
#: "If I understood you right, …" opens a summary check: it tests no condition (as `moves._IF_SUMMARY`).
_IF_SUMMARY = {
    "es": re.compile(r"\bsi (?:no )?(?:me equivoco|(?:le|te|les|lo|la|los|os) )?(?:he |hemos )?(?:entiendo|entendi|entendido|comprendo|"
                     r"comprendi|comprendido|escuche|escuchado|oi|oido|capte|captado|sigo|seguido)\b(?: bien| correctamente)?"),
    "zh": re.compile(r"(?:如果|假如|要是)(?:我)?(?:没)?(?:理解|听|记|搞)(?:得|的)?(?:没错|对|正确|不错|没有错)"),
}
#: A Spanish invitation to describe, a question without a question mark ("Cuénteme cómo…").
_ES_INVITES = re.compile(r"^(?:(?:bueno|mire|mira|oiga|y|entonces|vale|a ver),? )?(?:cuent[ae](?:me|nos)|cuentame|describ\w+|"
                         r"expliq\w+|explicame|hableme|hablame|platiq\w+|digame|dime|comenteme|comentame)\b")
#: A Spanish question word written with its accent, at least two words before the full stop, and no exclamation
#: ("Cómo le va con el equipo." asks; "Qué pena.", "Qué ilusión." do not).
_ES_ASKED_WORD = re.compile(r"^(?:(?:y|bueno|oiga|mire|entonces|pero|a ver),? )?(?:(?:para|por|con|de|a|en|desde|hasta) )?"
                            r"(?:" + "|".join(multilingual.ES_QUESTION_WORDS) + r")\b"
                            r"(?! (?:" + "|".join(multilingual.ES_EXCLAIMED) + r")\b)(?=(?:\s+[^\s.!]+){2})")
#: The need levels' own names and their closest words: a question or a summary that names them
#: speaks of that level (and one that names four of them is crammed with keywords).
LEVEL_WORDS = {
    "es": {"product": r"\bproduct\w*|\bcalidad\b|\bprecio\b", "service": r"\bservicio\w*|\batencion\b|\bpostventa\b",
           "experience": r"\bexperiencia\w*|\bvivencia\b|\bcomodidad\b", "relationship": r"\brelacion\w*|\bconfianza\b|\blargo plazo\b",
           "success": r"\bexito\b|\bexitos\w*|\bobjetivo\w*|\bmetas?\b|\bcrecer\b|\bcrecimiento\b"},
    "zh": {"product": r"产品|质量|功能|价格", "service": r"服务|售后|安装|配送",
           "experience": r"体验|感受|舒适|试用", "relationship": r"关系|信任|长期合作|伙伴",
           "success": r"成功|目标|业绩|愿景|发展"},
}


@dataclass(frozen=True)
class Reader:
    """What the rubric needs to read turns of one language (see the module docstring)."""

    code: str
    patterns: Mapping[str, re.Pattern[str]]
    """Named patterns (`EXCHANGE` keys of the dialogue lexicons), searched on `fold`ed lower-case text."""
    check_words: frozenset[str]
    """Words of a playback check that say nothing about what the customer said (as `words` gives them)."""
    stopwords: frozenset[str]
    fold: Callable[[str], str]
    """Lower-case text as the patterns read it (Spanish: accents folded)."""
    words: Callable[[str], frozenset[str]]
    """Content words of lower-case text, comparable between speakers."""
    sentences: Callable[[str], list[str]]
    marked_sentences: Callable[[str], list[str]]
    """The sentences as the writer's punctuation marks them (a space of Chinese chat ends none): the questions asked in
    one breath are counted on these."""
    is_question: Callable[[str], bool]
    """Whether one lower-case sentence asks something."""
    similar: Callable[[str, str, float], bool]
    """Whether two lines say nearly the same words (`words.similar`'s contract)."""
    likeness: Callable[[str, str], float]
    """0..1: how nearly two lines say the same words (`words.similarity`'s contract)."""
    text: Callable[[str], Text]
    """A sentence as a normalised text of this language (for the need classifier)."""
    read_turn: Callable[[Text], TurnMoves]
    need_scores: Callable[[Text], dict[str, float]]
    upset_level: Callable[[str], tuple[float, tuple[str, ...]]]
    reports_problem: Callable[[str], bool]
    objection: Callable[..., tuple[bool, str, tuple[str, ...]]]
    """(whether, pattern, words): `objection.is_objection`'s contract."""

    def __post_init__(self) -> None:
        # The rubric asks the same pattern of the same turn several times (a customer line is read
        # for "corrects", "agrees", "refuses"… by several criteria): each answer is remembered, in a
        # memo of this reader's own that `forget()` empties (keyed by strings: hashing a compiled
        # pattern would cost more than most searches). The memo itself stands in for `says` on the
        # instance: the criteria ask tens of thousands of times a second, and a call saved each time counts.
        object.__setattr__(self, "says", remembered(8192)(self._search_uncached))
        #: per pattern key, strings one of which every match holds (`prefixes.required_strings`), read on first use
        object.__setattr__(self, "_needs", {})
        #: per pattern key, the same pattern with its ways that open with `\\b` grouped (`prefixes.boundaries_factored`:
        #: the same matches, found faster), compiled on first use
        object.__setattr__(self, "_searches", {})

    def says(self, key: str, text: str) -> bool:
        """Whether the named pattern occurs in lower-case `text` (remembered: replaced on each
        instance by the memo of `_search_uncached`, see `__post_init__`)."""
        return self._search_uncached(key, text)

    def _search_uncached(self, key: str, text: str) -> bool:
        folded = self.fold(text)
        needs = self._needed(key)
        if needs is not None and not any(s in folded for s in needs):
            return False  # none of the strings every match holds: no match, without running the pattern
        return bool(self._search_of(key)(folded))

    def _search_of(self, key: str) -> Callable[[str], re.Match[str] | None]:
        """The `search` of the named pattern, its ways that open with `\\b` grouped (the same matches)."""
        searches: dict[str, Callable[[str], re.Match[str] | None]] = self._searches  # type: ignore[attr-defined]
        found = searches.get(key)
        if found is None:
            pattern = self.patterns[key]
            found = searches[key] = re.compile(boundaries_factored(pattern.pattern, pattern.flags), pattern.flags).search
        return found

    def _needed(self, key: str) -> tuple[str, ...] | None:
        """The strings one of which every match of the named pattern holds (None: unknown)."""
        needs: dict[str, tuple[str, ...] | None] = self._needs  # type: ignore[attr-defined]
        if key not in needs:
            pattern = self.patterns[key]
            found = required_strings(pattern.pattern, pattern.flags)
            needs[key] = tuple(sorted(found)) if found is not None else None
        return needs[key]


# -- Spanish and Chinese ----------------------------------------------------------------------
_LATIN = re.compile(r"[a-z0-9]+")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_ZH_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")


#: The short forms of typed Spanish chat ("o sea q rotas", "x las tardes", "xq", "tb"), read as the words they stand for
_ES_CHAT = {"q": "que", "k": "que", "xq": "porque", "pq": "porque", "porq": "porque", "x": "por", "tb": "tambien",
            "tmb": "tambien", "tbn": "tambien", "porfa": "por favor", "xfa": "por favor"}
_ES_CHAT_WORD = re.compile(r"(?<![\w'-])(?:" + "|".join(sorted(_ES_CHAT, key=len, reverse=True)) + r")(?![\w'-])")


@remembered(1024)
def _spanish_fold(text: str) -> str:
    """Lower-case Spanish as the patterns read it: accents folded, typed chat's short forms written out (remembered, as
    `fold_accents` is: every pattern asked of a turn folds it)."""
    folded = fold_accents(text)
    return _ES_CHAT_WORD.sub(lambda m: _ES_CHAT[m.group(0)], folded) if _ES_CHAT_WORD.search(folded) else folded


def _written_span(written: str, start: int, end: int) -> str | None:
    """The words of `written` that `_spanish_fold(written)[start:end]` reads (a short form as typed), or None."""
    plain = fold_accents(written)
    if len(plain) != len(written):
        return None
    delta = 0  # how much longer the folded text is than the written one, up to here
    spans: list[tuple[int, int, int, int]] = []  # (written start and end, folded start and end) of each short form
    for m in _ES_CHAT_WORD.finditer(plain):
        folded_at = m.start() + delta
        spans.append((m.start(), m.end(), folded_at, folded_at + len(_ES_CHAT[m.group(0)])))
        delta = spans[-1][3] - m.end()

    def at(i: int, is_end: bool) -> int:
        """The place in `written` of place `i` of the folded text (a short form's start or end for a place inside it)."""
        shift = 0
        for ws, we, fs, fe in spans:
            if i < fs or (is_end and i == fs):
                break
            if i < fe or (is_end and i == fe):
                return we if is_end else ws
            shift = fe - we
        return i - shift
    return written[at(start, False):at(end, True)]


#: Spoken regional Chinese read as the Mandarin the patterns are written in, each word for one of the same length (so a
#: place in the folded text is the same place in the text as typed): Southwest Mandarin ("查一哈", "莫得", "啥子", "咋个",
#: "晓得"), Northern "俺" and Northwestern "干撒", Cantonese ("唔", "冇", "咗", "佢", "喺", "睇", "嚟"; "唔使", "而家", "听日", "隔篱",
#: and "仲", "晒", "蚊" in `_ZH_GUARDED`, the progressive "用紧" in `_CANTONESE_PROGRESSIVE`) and Taiwanese Mandarin
#: ("歹势", "酱子", "母汤", and "头家" in `_ZH_GUARDED`); and the "帐" of accounts that Traditional "帳" folds to, read as "账" ("转帐", "结帐").
_ZH_REGIONAL = {"一哈": "一下", "莫得": "没有", "没得": "没有", "啥子": "什么", "么子": "什么", "撒子": "什么", "咋个": "怎么",
                "晓得": "知道", "乜嘢": "什么", "几多": "多少", "搞掂": "搞定", "唔": "不", "冇": "没", "嘅": "的",
                "咗": "了", "佢": "他", "喺": "在", "睇": "看", "嚟": "来", "畀": "给", "俾": "给", "哋": "们", "啲": "些", "俺": "我", "干撒": "干啥",
                "歹势": "抱歉", "酱子": "这样", "母汤": "不行",
                "转帐": "转账", "结帐": "结账", "帐单": "账单", "帐户": "账户", "帐号": "账号", "对帐": "对账", "算帐": "算账",
                # Cantonese habits in typed Mandarin (forty-second round, zh/blind26 read: Guangdong and Shenzhen)
                "唔该": "谢谢", "唔使": "不用", "唔好": "不要", "唔系": "不是", "系咪": "是否", "是咪": "是否", "而家": "现在",
                "听日": "明天", "琴日": "昨天", "寻日": "昨天", "边度": "哪里", "边个": "哪个", "隔篱": "隔壁", "揾": "找",
                "点样": "怎样", "点解": "为何", "啱啱": "刚刚", "返嚟": "回来", "噉": "这"}
#: Words read so only where they are that word, each with the pattern that finds it there: "要得" (fine, do it) said
#: alone, not the "要得" of "需要得到"; the Taiwanese "头家" (boss), not the "头家" across "回头 家里" or "码头 家".
_ZH_GUARDED = {"要得": ("可以", "(?<![需想还就也都])要得(?=[，。！？!?,.\\s嘛哈哦噻]|$)"), "头家": ("老板", "(?<![回街码里])头家"),
               # Cantonese: "仲" (still, more: "你仲加加加"), not "仲裁"; "晒" (all, done: "订好晒", "卖晒"), not "晒太阳"; "蚊" of a
               # price ("一蚊八"), not a mosquito
               "仲": ("还", "仲(?![裁介夏秋春冬])"), "晒": ("了", "(?<=[好完订卖烂走用光齐])晒"),
               "蚊": ("块", "(?<=[一二两三四五六七八九十百千万几\\d])蚊"),
               # Northwestern Mandarin (forty-sixth round, zh/blind34 read: Shaanxi, Gansu, Ningxia): "额" for "我" ("额啥时候说要新车
               # 咧？", "额家果园"), not the "额" of "金额", "额度", "额外", "名额"; "咧" for "了" ("算咧", "倒咧"), not "咧嘴"; "嫽" (good);
               # "撒" for "啥" after a verb ("你说撒"), not "撒谎", "撒种"
               "额": ("我", "(?<![金限名超余份差数配总高巨面税全缺费款入营满定销交欠免减赔保票贷息价存借产利])额(?![度外头定满])"),
               "咧": ("了", "咧(?!嘴)"), "嫽": ("好", "嫽"),
               "撒": ("啥", "(?<=[说干做要是为有弄整])撒(?![谎娇种网药肥尿气手])")}
_ZH_REGIONAL_WORD = re.compile("|".join([*sorted(_ZH_REGIONAL, key=len, reverse=True), *(rx for _, rx in _ZH_GUARDED.values())]))
_ZH_READ_AS = {**_ZH_REGIONAL, **{word: read for word, (read, _) in _ZH_GUARDED.items()}}
#: The Cantonese progressive "V紧" ("用紧", "抢紧"), not the Mandarin "紧" of "抓紧", "看紧", "紧张", "要紧"
_CANTONESE_PROGRESSIVE = re.compile("([用抢订买做等搞卖谈装排问])紧(?![张急要])")
#: Cantonese "係" (is), not the "係" of "關係" and its like (the Simplified "系" of both is read as written)
_CANTONESE_IS = re.compile("(?<![關关聯联體体干派世直旁])係")
#: the Taiwan "著" of "貼著", "睡著", "著急" (Mainland "着"), not the "著" of "著名", "顯著", "名著" (which stays)
_PARTICLE_ZHE = re.compile("(?<![显顯名巨原编編论論专專译譯卓土合])著(?![名作称稱者述书書录錄])")


@remembered(1024)
def _chinese_fold(text: str) -> str:
    """Lower-case Chinese as the patterns read it: Simplified characters, regional words in Mandarin (one for one;
    remembered, as `text.simplified` is: every pattern asked of a turn folds it)."""
    if "係" in text:
        text = _CANTONESE_IS.sub("是", text)
    if "著" in text:
        text = _PARTICLE_ZHE.sub("着", text)
    folded = simplified(text)
    if "紧" in folded:  # the Cantonese progressive, "都用紧", "大家都抢紧": "都在用", "都在抢"
        folded = _CANTONESE_PROGRESSIVE.sub(r"在\1", folded)
    return _ZH_REGIONAL_WORD.sub(lambda m: _ZH_READ_AS[m.group(0)], folded) if _ZH_REGIONAL_WORD.search(folded) else folded


def _lexicon(code: str):
    return importlib.import_module(f"coursekit.scoring.dialogue_lexicon_{code}")


def _as_text(code: str) -> Callable[[str], Text]:
    def text(s: str) -> Text:
        clean = " ".join(s.split())
        return Text(raw=s, clean=clean, lower=clean.lower(), words=(), judgeable=False, reason="language", language=code)
    return text


def _spanish_words(stopwords: frozenset[str]) -> Callable[[str], frozenset[str]]:
    def words(lower: str) -> frozenset[str]:
        return frozenset(w[:multilingual.STEM] for w in _LATIN.findall(fold_accents(lower))
                         if w not in stopwords and len(w) > 2)
    return words


def _chinese_words(stopwords: frozenset[str]) -> Callable[[str], frozenset[str]]:
    removable = re.compile("|".join(sorted((re.escape(w) for w in stopwords if _CJK_RUN.fullmatch(w)), key=len, reverse=True)) or "(?!)")

    def words(lower: str) -> frozenset[str]:
        out: set[str] = set(w for w in _LATIN.findall(lower) if len(w) > 2)
        for run in _CJK_RUN.findall(removable.sub(" ", lower)):
            for part in run.split():
                out.update(part[k:k + 2] for k in range(max(1, len(part) - 1)) if len(part[k:k + 2]) == 2)
        return frozenset(out)
    return words


#: A space in typed chat that ends a sentence ("…主要是怕压变形对吧 那您一个月发多少单"): after a sentence-final particle,
#: or before a word that opens a new sentence (not the spaces of a list: "保哪些 住院 门诊 还是都有").
_CHAT_BREAK = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff])\s+(?=[\u3400-\u9fff\uf900-\ufaff])")
_CHAT_FINAL = frozenset("吧吗呢啊呀嘛哦啦哈了的")
_CHAT_OPENS = re.compile(r"那|所以|您|你|我|好|对|嗯|不过|但是|可是|这样|另外|明白|了解|没关系|行|是的|其实|如果|要是|因为|比如|谢谢|"
                         r"麻烦|请|然后|还有")


def _chat_break(m: re.Match[str]) -> str:
    """A line break for a space that ends a sentence, else the space (read in place: no copy of the text per space)."""
    text = m.string
    return "\n" if text[m.start() - 1] in _CHAT_FINAL or _CHAT_OPENS.match(text, m.end()) else m.group(0)


def _chinese_sentences(clean: str, chat: bool = True) -> list[str]:
    """The sentences of a Chinese text: up to 。！？；, a line break, or (`chat`) a space of typed chat that ends one (a
    new list each call; the split is remembered, as `text.sentences`' is)."""
    return list(_chinese_split(clean, chat))


@remembered()
def _chinese_split(clean: str, chat: bool) -> tuple[str, ...]:
    return tuple(m.group(0).strip() for m in _ZH_SENTENCE.finditer(_CHAT_BREAK.sub(_chat_break, clean) if chat else clean)
                 if m.group(0).strip())


_CLAUSE_BREAK = re.compile(r"[,，;；:：]")


def _before_question(sentence: str) -> str:
    """The part of a question sentence before its last clause ("…, ¿le interesa?" -> "…"), or ""."""
    parts = _CLAUSE_BREAK.split(sentence)
    return "，".join(parts[:-1]).strip() if len(parts) > 1 else ""


def _compiled(cues: list[tuple[str, float]]) -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple((re.compile(rx), w) for rx, w in cues)


def _hits(cues, folded: str, label: str, written: str = "") -> list[Hit]:
    """The cues that occur in `folded` text, each phrase as `written` (the same text before folding)."""
    same = len(written) == len(folded)
    out = []
    for rx, w in cues:
        m = rx.search(folded)
        if m is not None and m.end() > m.start():
            phrase = written[m.start():m.end()] if same else written and _written_span(written, m.start(), m.end())
            out.append(Hit(label, phrase or folded[m.start():m.end()], w, m.start(), m.end()))
    return out


def _phrases(hits: list[Hit]) -> tuple[str, ...]:
    """The distinct phrases of some hits, a phrase inside a longer one left out (at most four)."""
    out: list[str] = []
    for phrase in sorted(dict.fromkeys(h.phrase for h in hits), key=len, reverse=True):
        if not any(phrase in longer for longer in out):
            out.append(phrase)
    return tuple(out)[:4]


def _build(code: str) -> Reader:
    lex = _lexicon(code)
    fold = _spanish_fold if code == "es" else _chinese_fold
    stop = frozenset(fold(w) for w in lex.STOPWORDS.split())
    words = _spanish_words(stop) if code == "es" else _chinese_words(stop | frozenset(lex.CHECK_WORDS.split()))
    split = sentences if code == "es" else _chinese_sentences
    as_text = _as_text(code)
    patterns = {key: re.compile(rx) for key, rx in lex.EXCHANGE.items()}
    move_cues = {move: _compiled(cues) for move, cues in lex.MOVE_CUES.items()}
    upset_cues = _compiled(lex.UPSET_CUES)
    need_cues = {label: re.compile(rx + "|" + LEVEL_WORDS[code][label]) for label, rx in CLASSIFIER_CUES[code]["need"].items()}
    objection_cues = {label: re.compile(rx) for label, rx in CLASSIFIER_CUES[code]["objection"].items()}
    push_back = {label: re.compile(rx) for label, rx in lex.PUSHES_BACK.items()}
    soft_push_back = {label: re.compile(rx) for label, rx in lex.SOFT_PUSH_BACK.items()}

    def similar(a: str, b: str, threshold: float) -> bool:
        if code == "es":  # the English comparison, on words with their accents folded
            return similar_words(fold(a.lower()), fold(b.lower()), threshold)
        return likeness(a, b) >= threshold

    def likeness(a: str, b: str) -> float:
        if code == "es":
            return similarity(fold(a.lower()), fold(b.lower()))
        ca, cb = "".join(_CJK_RUN.findall(a)), "".join(_CJK_RUN.findall(b))
        if not ca or not cb:
            return 0.0
        if ca == cb:
            return 1.0
        wa, wb = words(a.lower()), words(b.lower())
        share = len(wa & wb) / max(len(wa), len(wb)) if wa and wb else 0.0
        return max(share, difflib.SequenceMatcher(None, ca[:300], cb[:300], autojunk=False).ratio())

    def is_question(sentence: str) -> bool:
        end = sentence.rstrip()[-1:]
        if end in ("?", "？"):
            return True
        if code == "zh" and end in ("。", "!", "！"):
            return False  # a statement that names a number ("我们有几套…。") asks nothing
        if code == "es" and end in (".", "!") and not _ES_INVITES.match(fold(sentence.lower()).lstrip("¿¡ ")):
            # "Qué tal, gracias por llamar." greets; "Cuénteme cómo lo hacen." asks; so does a question word written
            # with its accent and typed with a full stop ("Cómo le va con el equipo."), not an exclamation ("Qué pena.",
            # "Qué ilusión.": a question word and one word more)
            return end == "." and bool(_ES_ASKED_WORD.match(sentence.lower().lstrip("¿¡ ")))
        return multilingual.is_question(as_text(sentence))

    def read_turn(t: Text) -> TurnMoves:
        q, moves, evidence = read_text(t)
        return q, moves, dict(evidence)  # (a dict of its own: the reading is remembered)

    @remembered()
    def read_text(t: Text) -> TurnMoves:
        """`read_turn`, remembered: a long line repeated costs one reading."""
        said = split(t.clean) or [t.clean]
        asked = [s for s in said if is_question(s.lower())]
        q = multilingual.predict_question(as_text(asked[-1])) if asked else None
        whole = (fold(t.clean.lower()), t.clean.lower())
        # statements, and what a question sentence says before its question ("刚好我们有…，您要不要了解一下？")
        statements = [(fold(s.lower()), s.lower()) for s in said if s not in asked] + [
            (fold(head), head) for head in (_before_question(s.lower()) for s in asked) if head]
        scores: dict[str, float] = {}
        found: dict[str, list[Hit]] = {}
        for move, cues in move_cues.items():
            places = statements if move in STATEMENT_ONLY else [whole]
            hits = [h for folded, written in places for h in _hits(cues, folded, move, written)]
            if hits:  # (a "pitch_claim" sells in any shape, asked too: it counts as the pitch)
                found.setdefault(PITCH_IN_ANY_SHAPE.get(move, move), []).extend(hits)
        for move, hits in found.items():
            scores[move] = sum(h.weight for h in hits)
        evidence: dict[str, tuple[str, ...]] = {move: _phrases(hits) for move, hits in found.items()}
        moves = {m for m, s in scores.items() if s >= (PITCH_THRESHOLD if m == "pitch" else MOVE_THRESHOLD)}
        test = multilingual.hypothesis(replace(t, lower=_IF_SUMMARY[code].sub(" ", fold(t.lower))))
        if test and "hypothesis" not in moves:
            moves.add("hypothesis")
            evidence["hypothesis"] = (test,)
        if "paraphrase" not in moves and not moves & _NOT_WITH_REFLECTION:
            # a playback ("Entonces buscas algo que…") checked by a tag ("¿Es así?"), or a statement that mirrors
            checked = any(patterns["asks_check"].search(fold(s.lower())) for s in asked)
            checks = [s for s in said if patterns["plays_back"].search(fold(s.lower())) and (checked or s in asked)]
            mirrors = [s for s in said if s not in asked and patterns["reflects"].search(fold(s.lower()))]
            if (checks and checked) or mirrors:
                moves.add("paraphrase")
                evidence["paraphrase"] = ((checks or mirrors)[0][:40],)
        return q, frozenset(moves), {m: evidence[m] for m in moves if m in evidence}

    def need_scores(t: Text) -> dict[str, float]:
        folded = fold(t.lower)
        return {label: 2.0 if rx.search(folded) else 0.0 for label, rx in need_cues.items()}

    @remembered()
    def upset_level(text: str) -> tuple[float, tuple[str, ...]]:
        clean = " ".join(str(text).split())
        hits = _hits(upset_cues, fold(clean.lower()), "upset")
        strong = sum(h.weight for h in hits if h.weight >= 1.0)
        score = strong + min(_MILD_CAP, sum(h.weight for h in hits if h.weight < 1.0))
        found = [h.phrase for h in sorted(hits, key=lambda h: -h.weight)]
        if score > 0 and re.search(r"[!！]{2}|[?？][!！]|[?？]{2}", clean):
            score += 2.0
            found.append("!!")
        elif score > 0 and re.search(r"[!！]", clean):
            score += 1.0
            found.append("!")
        return score, tuple(dict.fromkeys(found))[:4]

    @remembered()
    def reports_problem(text: str) -> bool:
        return bool(patterns["problem_report"].search(fold(str(text).lower()))) or upset_level(text)[0] >= 1.0

    def objection(t: Text, *, answers_question: bool = False, context: str = "",
                  goes_along: bool = False, did: str = "") -> tuple[bool, str, tuple[str, ...]]:
        p = multilingual.predict_objection(t)
        folded = fold(t.lower)
        rx = objection_cues.get(p.label)
        strong = bool(rx is not None and rx.search(folded)) and p.confidence >= 0.5
        if not strong and (not context or goes_along):
            return False, p.label, p.evidence  # a customer who opens came to you; one who says yes answers
        m = multilingual.model(code, "objecting")
        if m is None:
            return strong, p.label, p.evidence
        if patterns["walks_away"].search(folded):
            # leaving ("Me voy a otro taller."): no objection left to answer, unless the customer leaves for a reason of
            # their own said in the same words ("七千八？我们小馆子哪有那么多钱，算了算了。", "算了 我们再比比别家" when calm)
            pushed = pushes_back(folded, soft=False)
            if pushed is None or pushed[0] not in OWN_REASONS and not (
                    pushed[0] == "think_it_over" and upset_level(t.clean)[0] < UPSET_THRESHOLD):
                return False, p.label, p.evidence
            return True, pushed[0], (pushed[1].strip(),)
        need = OBJECTING_P["strong" if strong else "answer" if answers_question else "other"]
        if m.probs(with_context(t.lower, did) if context else t.lower)["objection"] >= need:
            return True, p.label, p.evidence
        pushed = pushes_back(folded, soft=not answers_question)
        if pushed is None:
            return False, p.label, p.evidence
        label, words = pushed
        return (True, p.label, p.evidence) if p.label == label else (True, label, (words.strip(),))

    def pushes_back(folded: str, *, soft: bool) -> tuple[str, str] | None:
        """(pattern, words) of the first clear push-back in a folded customer line (`PUSHES_BACK`; with `soft`, also the
        ways that may answer a plain question), else None."""
        tables = (push_back, soft_push_back) if soft else (push_back,)
        found = [(m.start(), label, m.group(0)) for table in tables for label, rx in table.items() if (m := rx.search(folded))]
        return min(found)[1:] if found else None

    return Reader(code=code, patterns=patterns, check_words=words(fold(lex.CHECK_WORDS)) if code == "es" else frozenset(),
                  stopwords=stop, fold=fold, words=words, sentences=split, marked_sentences=sentences if code == "es" else partial(_chinese_sentences, chat=False),
                  is_question=is_question, similar=similar, likeness=likeness, text=as_text,
                  read_turn=read_turn, need_scores=need_scores, upset_level=upset_level,
                  reports_problem=reports_problem, objection=objection)


#: Objections a customer may leave over and still have said (price, money, time, a past experience): a walk-out that says
#: one of them objects (`Reader.objection`; in English, `exchange.raises_objection`).
OWN_REASONS = frozenset({"too_expensive", "no_money", "no_time", "bad_experience"})


@lru_cache(maxsize=None)
def reader(code: str) -> Reader:
    """The reader of Spanish ("es") or Chinese ("zh") turns."""
    return _build(code)
