"""Lección 04 · Preguntar, escuchar y observar (fuente de notebooks/04_questioning_listening_observing.ipynb)."""

# %% [markdown] from=21e86b6c
# # 04 · Técnicas de pregunta, escuchar y observar
#
# **Tiempo:** unos 40 minutos
#
# ### Objetivos de aprendizaje
# Al terminar esta lección podrás:
# - usar las siete técnicas de pregunta (preguntas **de indagación**, **de confirmación**,
#   **de identificación**, **descriptivas**, **de aclaración**, **de satisfacción** y
#   **adicionales**), cada una para lo que sirve;
# - distinguir las preguntas **abiertas y cerradas** y elegir la forma adecuada;
# - **escuchar** con toda tu atención, poniéndote en el lugar del cliente, y **observar** las
#   señales no verbales;
# - **recoger requisitos de lo general a lo concreto**: de la visión general a los detalles, a
#   través de los niveles de la organización del cliente y en varias rondas.

# %% [markdown] from=eefd4a5e
# > **Cómo usar esta lección:** en JupyterLab elige primero **Ejecutar ▸ Ejecutar todas las celdas** y luego
# > avanza desde arriba. (En la vista de aplicación, `python3 course.py app --lang es`, esto ocurre solo).

# %%
from coursekit import lessons
from coursekit.plots.funnel import show_funnel
from coursekit.widgets import checks
from coursekit.widgets.assessment import review
from coursekit.widgets.dialogue import simulation

# %% [markdown] from=eb418d99
# ## Calentamiento: de lecciones anteriores
#
# Tres preguntas rápidas, mezcladas, de lecciones anteriores. Contesta de memoria y luego pulsa
# **Comprobar**: recordar lo aprendido es lo que hace que se quede.

# %%
review("04")

# %% [markdown] from=9595213b
# ## Tres formas de averiguar qué necesita un cliente
#
# **Pregunta** bien, **escucha** las respuestas y **observa** lo que el cliente no dice. Las
# preguntas son la vía más directa de las tres, y también la más fácil de hacer mal.
#
# ## Las siete técnicas de pregunta

# %%
lessons.show_techniques()

# %% [markdown] from=92f032dd
# ## Abiertas y cerradas
#
# Toda pregunta tiene además una **forma**:
#
# - una pregunta **cerrada** busca *un sí o un no, o un único dato breve*: una cifra, una fecha,
#   un nombre o una elección entre opciones que tú le das. *«¿Tiene…?»*, *«¿Cuántos…?»*,
#   *«¿Cuánto tiempo…?»*, *«¿Cuándo…?»*, *«¿Cuál de los dos…?»* (y cualquier pregunta de
#   alternativa: *«¿se lo enviamos o pasa a recogerlo?»*) son cerradas. Úsalas para confirmar,
#   para precisar un detalle o para llegar a una decisión;
# - una pregunta **abierta** le pide al cliente que *describa, explique o dé su opinión*,
#   empiece como empiece. *«¿Me puede contar…?»* y *«¿Me podría explicar paso a paso…?»*
#   parecen preguntas de sí o no, pero son abiertas, porque nadie las contesta con un «sí».
#   Úsalas para explorar, sobre todo al principio y cuando estás buscando la necesidad.
#
# Lo que cuenta es la respuesta que pide la pregunta, no cómo empieza.
#
# Una conversación hecha solo de preguntas cerradas parece un interrogatorio y te enseña poco.
# Una hecha solo de preguntas abiertas nunca llega a una decisión. Abiertas para explorar,
# cerradas para confirmar.

# %%
lessons.show_entries("question_forms")

# %% [markdown] from=d3d09d29
# ## Ejemplo resuelto: una llamada al servicio de atención
#
# El gerente de un hotel llama a su servicio de lavandería. Fíjate en cómo la agente va pasando
# de una técnica a otra.
#
# | La agente pregunta | Técnica | Forma |
# |---|---|---|
# | «¿Me indica el número de cliente del hotel y su nombre, por favor?» | de identificación | cerrada |
# | «¿Qué pasó con la entrega de esta mañana?» | de indagación | abierta |
# | «¿Podría describirme cómo usa la ropa de cama su personal de limpieza en un día de mucho trabajo?» | descriptiva | abierta |
# | «Dijo que la entrega “falló”: ¿quiere decir que llegaron menos sábanas de las pedidas, o que llegaron demasiado tarde?» | de aclaración | cerrada |
# | «¿Necesita las sábanas antes de las 10, para tener las habitaciones listas a las 11?» | de confirmación | cerrada |
# | «¿Hay algo más que debamos revisar ahora que tengo abierto el planificador de rutas?» | adicional | cerrada |
# | *(una semana después)* «¿Qué tal le ha funcionado la nueva entrega temprana y qué podríamos mejorar?» | de satisfacción | abierta |
#
# El cliente llamó diciendo que «la entrega falló». Gracias a las preguntas apareció la
# necesidad real: las sábanas **antes de las 10 de la mañana**, porque el éxito del hotel
# depende de que las habitaciones estén listas a tiempo.

# %% [markdown] from=d808127b
# ## Escuchar
#
# - Presta **toda tu atención**: deja de preparar tu respuesta mientras el cliente habla; nada
#   de teléfono, nada de pantalla.
# - Escucha **poniéndote en el lugar del cliente**: intenta entender qué quiere decir y por qué
#   le importa, no solo qué podrías venderle.
# - Déjalo terminar. Un silencio de dos o tres segundos a menudo trae la frase más importante.
# - Después muéstrale lo que has oído: una breve paráfrasis, una pregunta de aclaración.
#
# ## Observar
#
# Los clientes te dicen mucho sin palabras. Fíjate en su **comportamiento no verbal**: adónde
# miran (¿a la etiqueta del precio?, ¿al folleto de la competencia?), si tienen los brazos
# cruzados o abiertos, si se inclinan hacia ti o dan un paso atrás, el ritmo al que hablan, a
# quién del grupo miran antes de responder (muchas veces, a quien decide de verdad). Toma lo que
# ves como una pregunta que hay que comprobar, no como una conclusión.

# %% [markdown] from=c192ef18
# ## Recoger requisitos de lo general a lo concreto
#
# Con los clientes grandes, los requisitos se recogen siguiendo tres principios distintos.
# Mantenlos separados: cada uno responde a una pregunta diferente.
#
# 1. **De lo general a lo concreto** (¿con cuánto detalle?). Empieza por las líneas generales y
#    baja hasta lo concreto. Como alguien de fuera, también tienes que saber **dónde
#    detenerte**: a partir de cierta profundidad, el funcionamiento interno del cliente es
#    asunto suyo, y seguir escarbando le hace perder el tiempo a él y la credibilidad a ti.
# 2. **De arriba abajo en la organización** (¿a quién preguntar?). Cada nivel de la
#    organización del cliente tiene su propio nivel de necesidad, y lo entrevistas empezando
#    por arriba:
#    - los **directivos** te dan la visión general: objetivos, rumbo, limitaciones;
#    - los **mandos intermedios** te dan las necesidades de gestión: procesos, informes, control;
#    - los **operarios** te dan los detalles: el trabajo diario, las pequeñas fricciones.
# 3. **Rondas sucesivas** (¿cuántas veces?). Afina la lista varias veces. Las necesidades
#    ocultas salen tarde: a menudo el cliente solo dice *«ah, pero también necesitamos…»*
#    cuando ve una primera propuesta. Cuenta con esas rondas en lugar de tomártelas a mal.
#
# La figura muestra los tres, uno al lado del otro.

# %%
show_funnel()

# %% [markdown] from=0a641591
# ## Comprueba lo que has entendido
#
# **¿Qué técnica es?**

# %%
checks.sort_techniques()

# %% [markdown] from=c50daa4b
# **¿Abierta o cerrada?**

# %%
checks.sort_forms()

# %% [markdown] from=6ecc8a15
# **¿Quién lo dijo?** Clasifica cada necesidad según el nivel de la organización del que es más probable que venga.

# %%
checks.sort_requirements()

# %% [markdown] from=f6ad7c9c
# **Escuchar y observar.**

# %%
checks.listening_questions()

# %% [markdown] from=0e8bba03
# **Escribe tus propias preguntas.** El coach lee cada una y te dice qué técnica y qué forma
# detecta.
#
# 1. Un cliente dice que las mañanas de su equipo son «un caos». Escribe una pregunta
#    **descriptiva** que lo invite a describir una mañana normal.

# %%
checks.write_question("descriptive", "Escribe una pregunta descriptiva sobre las mañanas del cliente.")

# %% [markdown] from=e4f6a924
# 2. El cliente dice que el presupuesto es de «unos veinte». Escribe una pregunta **de aclaración**.

# %%
checks.write_question("clarifying", "Escribe una pregunta de aclaración sobre «unos veinte».")

# %% [markdown] from=a7b9ca62
# ## Practica con un cliente simulado
#
# El dueño de una empresa de transporte, hombre de muy pocas palabras: a las preguntas cerradas responde con un «sí» o un «no». Usa preguntas abiertas y descriptivas para que hable, escucha y confirma lo que has oído.

# %%
simulation("haulage_fuel")

# %% [markdown] from=788381df
# ## Resumen
#
# - Siete técnicas, cada una con su función: la pregunta **de indagación** consigue un dato que
#   te falta; la **de confirmación** comprueba con un sí o un no lo que crees haber oído; la
#   **de identificación** averigua quién es el cliente y cómo contactarlo; la **descriptiva**
#   le deja pintarte el cuadro; la **de aclaración** precisa una cifra, una palabra o una
#   norma; la **de satisfacción** hace el seguimiento de cómo fue; la **adicional** pregunta
#   qué más necesita.
# - **Cerrada** = sí/no o un único dato breve (incluidas «¿Cuántos…?» y las de alternativa);
#   **abierta** = describir, explicar, dar una opinión, empiece como empiece. Explora con
#   abiertas, confirma con cerradas.
# - Escucha con toda tu atención y desde donde está el cliente; fíjate en lo que dice su cuerpo.
# - Requisitos: de lo general a lo concreto, sabiendo dónde tiene que detenerse alguien de
#   fuera; de arriba abajo en la organización, cada nivel con sus propias necesidades; en
#   varias rondas, porque las necesidades ocultas salen tarde.
#
# Siguiente: el ejercicio [ex04_questioning](../exercises/ex04_questioning.ipynb) y después la [lección 05 · Conversaciones difíciles y expectativas](05_difficult_conversations_expectations.ipynb).
# El ejercicio se responde con clics (o escribiendo una frase), en JupyterLab o en la vista
# de aplicación; si fallas, recibes una pista y otra oportunidad.

# %% [markdown] from=c8a1a93a
# ## Autoevaluación
#
# 1. ¿Qué diferencia hay entre una pregunta de indagación y una de confirmación?
# 2. Convierte «¿Tiene problemas con las entregas?» en una pregunta abierta.
# 3. ¿Por qué preguntarías también al personal del almacén, y no solo al director de logística?
# 4. Un cliente no deja de mirar el modelo más barato mientras le hablas del de gama alta. ¿Qué haces?
#
# <details><summary>Respuestas</summary>
#
# 1. Una pregunta de indagación consigue un dato que te falta («¿Quién le entrega hoy las piezas?»); una de confirmación comprueba, con un sí o un no, algo que crees saber.
# 2. Por ejemplo: «¿Cómo suelen ir sus entregas y en qué punto fallan?».
# 3. Cada nivel de la organización tiene sus propias necesidades: el director da la visión general; el personal, los detalles que deciden si la solución funciona.
# 4. Tómalo como una señal que hay que comprobar: pregúntale con tacto qué es lo que más le importa en la elección; quizá sea el precio.
#
# </details>
