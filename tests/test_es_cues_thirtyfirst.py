"""Spanish readings added in the thirty-first round (docs/scoring.md), typed voseo and chat spellings included: rudeness
the older lists missed, an upsell into a bigger plan, a customer leaving for another shop; and a bill's last day that is
no deadline. Lines written for this test, in none of the labelled sets."""
import pytest

from coursekit.scoring.exchange import parse_turns, walked_away
from coursekit.scoring.readers import reader


def _moves(line: str) -> frozenset[str]:
    es = reader("es")
    return es.read_turn(es.text(line))[1]


@pytest.mark.parametrize("line,move", [
    ("Mirá, si no vas a comprar no me hagas perder el tiempo.", "rudeness"),
    ("y q quieres q haga yo? la garantia no cubre eso", "rudeness"),
    ("Dime rápido qué pasa, que tengo la sala llena.", "rudeness"),
    ("Mira qué novedad, otro cliente que no hizo el mantenimiento.", "rudeness"),
    ("no se para que llamas si ya sabes que no hay cupo", "rudeness"),
    ("Todo está en la web, es leer nomás.", "rudeness"),
    ("¿No leyó el contrato? Ahí viene todo.", "rudeness"),
    ("Podemos pasarlo a un plan familiar con datos ilimitados por solo diez euros más.", "upsell"),
])
def test_the_trainee_moves_read(line: str, move: str) -> None:
    assert move in _moves(line)


@pytest.mark.parametrize("line", [
    "Listo, ya está hecho. La última factura le llega solo hasta hoy, no le cobramos nada más.",  # a bill's last day
    "Le explico los requisitos: es leer el contrato con calma y firmar donde le marco.",           # no put-down
    "¿Qué quiere que hagamos primero, la cocina o el baño?",                                       # a real question
])
def test_ordinary_replies_are_not_read_as_faults(line: str) -> None:
    assert not _moves(line) & {"rudeness", "pressure", "upsell"}


def test_the_customer_leaves_for_another_shop() -> None:
    turns = parse_turns([{"speaker": "customer", "text": "Hola, busco un piso para estudiantes."},
                         {"speaker": "trainee", "text": "Sin garantía no hay nada."},
                         {"speaker": "customer", "text": "Bueno, busco en otra inmobiliaria entonces."}])
    assert walked_away(turns) is not None
