"""Which language a short text is in: English, six Latin-script languages, or another script.

A cheap, deterministic check for the scorers' language gate: the course judges English,
and tells a trainee which language it saw instead. Counts very common function words
(accents optional: "que"/"qué", "nao"/"não") and a few telling letters; other scripts are
named by their Unicode block. The word lists are data, not tuned to examples.
"""
from __future__ import annotations

import unicodedata

from .memo import remembered

#: Display names of the languages `detect_language` can return.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "de": "German", "it": "Italian",
    "nl": "Dutch", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ru": "Russian", "el": "Greek",
    "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "th": "Thai", "other": "another language",
}

EN_WORDS = frozenset(
    "the a an and or but to of in on for with at by from as is are was were be been am do does did done have has had "
    "will would can could should may might must shall i you he she it we they me him her us them my your his its our "
    "their this that these those what how why when where which who whom whose there here not no yes if so than then "
    "just also all any some more most very too about into over after before tell please thanks thank need want like "
    "know think i'm you're it's don't that's what's we're they're "
    # typed without apostrophes ("cant talk im driving")
    "cant dont wont im ive youre thats whats isnt didnt doesnt wasnt arent couldnt wouldnt shouldnt theyre weve "
    "talk call busy now later today tomorrow sorry ok okay yeah".split()
)
#: Common words of each language, written without accents (text is compared accent-folded);
#: words that are also everyday English ("in", "was", "also", "plus", "van", "come") are left out.
FOREIGN_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "es": "el la los las un una unos unas del que y en por para con es son esta estan tiene tienen su sus lo le "
              "les nos mi mis usted ustedes pero muy mas como cual cuales cuando donde porque tambien ya hay ser fue "
              "necesito necesita necesitan necesitamos quiero quiere queremos gracias nuestro nuestra este esto eso "
              "se si hola buenos buenas dias senor senora tienda precio cuanto cuanta puede puedo hacer tengo algo "
              "nada ahora bien vale pues entonces estoy somos vamos mejor le gusta idiota imbecil estupido tonto "
              "mierda callese oiga mire usted cliente producto servicio problema negocio empresa proveedor proveedores "
              "venta ventas compra compras despues antes hasta desde otra otro otros todos todas tiempo dinero busco "
              "buscamos queremos podemos tenemos sabe sabes digame dime cuentame tambien ademas voy vas va vamos "
              "puedo puedes pueden podria quieres tienes necesitas hace hacen hago dame ver veo vemos cuesta cuestan "
              "caro cara barato barata envio envios domicilio entrega instalar instalan pensar pensarlo ahorita luego "
              "manana hoy ayer semana mes ano porfa yo aqui alli ahi alla veces mucho mucha muchos muchas poco poca "
              "ese esa esos esas estos estas ella ellos ellas nosotros hijo hija bueno buena listo lista siempre "
              "tampoco mismo misma hizo dijo dije tuvo tenia habia estaba estuvo llego alguien nadie parece claro dale "
              "perfecto oye venga genial tranquilo tranquila momento encantado encantada andele andale orale deme denme "
              "pongame llevo",
        "pt": "o os as um uma do da dos das que e em por para com e sao esta estao tem seu sua nao voce voces muito "
              "mais como qual quando onde porque tambem ja ha ser foi preciso precisa precisamos quero quer obrigado "
              "obrigada nosso nossa isto isso ao se sim ola bom boa loja preco quanto pode posso fazer tenho algo "
              "nada agora bem entao estou somos vamos melhor gostaria cliente produto servico problema empresa",
        "fr": "le la les un une des du de et est sont que qui en pour avec nous vous je tu il elle ils elles ne pas "
              "tres comme quoi quel quelle quels quand ou pourquoi aussi deja etre etait besoin voulez veux voudrais "
              "merci notre nos votre vos ce cette cet ca au aux bonjour magasin prix combien pouvez peux faire ai "
              "avez avons chose rien maintenant bien alors suis sommes mieux qu'est c'est j'ai d'accord cherchez "
              "entreprise produit service client probleme",
        "de": "der die das ein eine einen einem dem des und ist sind nicht ich wir sie du es mit fur auf zu von im "
              "auch noch sehr mehr wie welche welcher wann wo warum weil schon gibt sein brauchen brauche mochten "
              "mochte danke unser unsere ihr ihre ihnen dieser diese dieses hallo guten tag laden preis wieviel "
              "konnen kann machen habe haben etwas nichts jetzt besser bitte kunde produkt dienst problem firma "
              "unternehmen geschaft suchen",
        "it": "il lo la gli le un una uno del della dei delle che e sono non con ma molto piu cosa quale quando "
              "perche anche gia c'e essere bisogno vuole voglio vorrei grazie nostro nostra suo sua questo questa "
              "quello ciao buongiorno negozio prezzo quanto puo posso fare ho abbiamo qualcosa niente adesso ora "
              "bene allora siamo meglio cerca cerco cliente prodotto servizio problema azienda",
        "nl": "de het een en niet ik wij jij je hij zij met voor op te ook nog meer hoe welke wanneer waar waarom "
              "omdat er nodig wilt wil graag dank bedankt onze ons uw jullie deze dit dat hallo goedendag winkel "
              "prijs hoeveel kunt kan doen heb hebt hebben iets niets nu goed dus beter zoekt zoek precies klant "
              "product dienst probleem bedrijf",
    }.items()
}
#: word -> the languages whose common words include it
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    w: tuple(lang for lang, words in FOREIGN_WORDS.items() if w in words) for w in frozenset().union(*FOREIGN_WORDS.values())}
#: Letters that point to one language (after the word counts, as a tie-breaker and for one-word lines).
_TELLING = {"ñ": "es", "¿": "es", "¡": "es", "ã": "pt", "õ": "pt", "ß": "de", "ä": "de", "ö": "de", "ü": "de",
            "ê": "fr", "â": "fr", "î": "fr", "ô": "fr", "û": "fr", "ç": "fr", "è": "it", "ì": "it", "ò": "it",
            "ĳ": "nl"}
_SCRIPTS = (("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("CYRILLIC", "ru"),
            ("GREEK", "el"), ("ARABIC", "ar"), ("HEBREW", "he"), ("DEVANAGARI", "hi"), ("THAI", "th"))
_ORDER = ("es", "pt", "fr", "it", "de", "nl")


@remembered()
def fold_accents(text: str) -> str:
    """Lower-case text without accents ("Qué necesitás" -> "que necesitas"); remembered, as the
    dialogue rubric folds each Spanish turn for every pattern it reads."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _script(letters: list[str]) -> str:
    counts: dict[str, int] = {}
    for ch in letters:
        name = unicodedata.name(ch, "")
        code = next((c for key, c in _SCRIPTS if key in name), "other")
        counts[code] = counts.get(code, 0) + 1
    best = max(counts, key=lambda k: counts[k])
    if best == "zh" and counts.get("ja"):
        return "ja"
    return best


def detect_language(clean: str, english_words: tuple[str, ...] = ()) -> str:
    """The language code of a text: "en", one of `FOREIGN_WORDS`, a script's code, or ""."""
    plain = clean.isascii()  # plain ASCII: Latin letters, no accents, no telling letters
    if plain:
        if not any(ch.isalpha() for ch in clean):
            return ""
    else:
        letters = [ch for ch in clean if ch.isalpha()]
        if not letters:
            return ""
        non_latin = [ch for ch in letters if ord(ch) > 0x24F]
        if len(non_latin) / len(letters) > 0.3:
            return _script(non_latin)
    tokens = _tokens(clean.lower() if plain else fold_accents(clean))
    if plain and _LANGUAGES_OF.keys().isdisjoint(tokens):
        return "en"  # (plain ASCII with no foreign word: no count, no telling letter, no "¿", as below)
    counts = dict.fromkeys(FOREIGN_WORDS, 0)
    for t in tokens:
        for lang in _LANGUAGES_OF.get(t, ()):
            counts[lang] += 1
    telling = [] if plain else [_TELLING[ch] for ch in clean.lower() if ch in _TELLING]
    for lang in telling:
        counts[lang] += 0.5
    best = max(_ORDER, key=lambda k: counts[k])
    foreign = counts[best]
    if not foreign and "¿" not in clean and "¡" not in clean:
        return "en"  # no foreign word or letter: English whatever the English words (not counted)
    en = sum(1 for t in (english_words or tokens) if t in EN_WORDS)
    if foreign >= 2 and foreign > en or foreign >= 3 and foreign == en:
        return best  # ("Yo no vine aquí a que me llamen mentiroso.": three words each way, three of them Spanish)
    if foreign >= 1 and en == 0 and (len(tokens) <= 4 or telling):
        return best
    if ("¿" in clean or "¡" in clean) and en <= 1:
        return "es"
    return "en"


def _tokens(folded: str) -> list[str]:
    """The words of a lower-case, accent-folded text, their punctuation stripped."""
    return [t for t in (w.strip("¿¡?!.,;:\"()[]«»-") for w in folded.split()) if t]


def conversation_language(codes: list[str]) -> str:
    """The language most turns of a conversation are in ("" when no language other than English holds more than half
    of the turns that have words)."""
    said = [code for code in codes if code]
    foreign = max(_ORDER, key=said.count) if said else ""
    return foreign if foreign and said.count(foreign) * 2 > len(said) else ""


def has_words_of(clean: str, code: str) -> bool:
    """Whether a text holds a common word of a language of `FOREIGN_WORDS` ("Listo. A las 5 paso." holds the Spanish
    "las"): in a conversation in that language, a short line that reads as English by its words is read in it."""
    return not FOREIGN_WORDS.get(code, frozenset()).isdisjoint(_tokens(fold_accents(clean)))


def language_name(code: str) -> str:
    """The English name of a language code ("es" -> "Spanish"); "" for none."""
    return LANGUAGE_NAMES.get(code, "") if code else ""
