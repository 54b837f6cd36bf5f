"""Lección 07 · Caso integrador: simulaciones completas y análisis final (fuente de notebooks/07_capstone.ipynb)."""

# %% [markdown] from=ee2e9fc6
# # 07 · Caso integrador: simulaciones completas y análisis final
#
# **Tiempo:** unos 45 minutos
#
# ### Objetivos de aprendizaje
# Al terminar el caso integrador habrás:
# - llevado conversaciones de venta completas con clientes simulados, eligiendo en cada turno
#   entre las respuestas sugeridas;
# - combinado en una sola conversación todo lo del curso: niveles de necesidad, temperamento,
#   los principios y la mente del comprador, preguntar y escuchar, la calma bajo presión,
#   las expectativas y el análisis de objeciones;
# - leído el análisis final de cada conversación y decidido qué practicar a continuación.

# %% [markdown] from=eefd4a5e
# > **Cómo usar esta lección:** en JupyterLab elige primero **Ejecutar ▸ Ejecutar todas las celdas** y luego
# > avanza desde arriba. (En la vista de aplicación, `python3 course.py app --lang es`, esto ocurre solo).

# %%
from coursekit.lessons import capstone
from coursekit.plots.worked import show_worked_debrief
from coursekit.widgets.assessment import review
from coursekit.widgets.dialogue import simulation, simulation_later
from coursekit.widgets.picker import scenario_picker

# %% [markdown] from=eb418d99
# ## Calentamiento: de lecciones anteriores
#
# Tres preguntas rápidas, mezcladas, de lecciones anteriores. Contesta de memoria y luego pulsa
# **Comprobar**: recordar lo aprendido es lo que hace que se quede.

# %%
review("07")

# %% [markdown] from=95955962
# ## Cómo funcionan las simulaciones
#
# Cada cliente simulado tiene una situación, un **temperamento** y **necesidades ocultas** en
# varios niveles, y casi siempre una o dos **objeciones**. Solo revela sus necesidades cuando
# haces buenas preguntas, y reacciona a cómo lo tratas:
#
# - La **confianza** sube cuando escuchas, haces preguntas abiertas, parafraseas y cumples lo
#   que prometes; baja cuando sueltas el discurso de venta demasiado pronto, discutes o presionas.
# - La **paciencia** se va agotando con cada turno que no le sirve de nada, y más rápido con un
#   cliente impaciente.
# - **Necesidades** cuenta cuántas necesidades ocultas has descubierto.
#
# En cada turno, haz clic en una de las respuestas sugeridas (**#1**, **#2**, …): en este curso
# eliges siempre entre ellas, porque escribir con tus propias palabras, por ahora, solo funciona
# en el curso en inglés. **Pista** te da una orientación; **Volver a empezar** empieza de
# nuevo. Cuando termina la conversación, el **análisis final** muestra tu puntuación, lo que
# salió bien, lo que puedes mejorar y un gráfico de las necesidades que descubriste y de cómo
# evolucionó la confianza.
#
# ## Antes de empezar: la lista de comprobación
#
# 1. Lee el temperamento en la primera respuesta del cliente y adapta tu ritmo (lección 02).
# 2. Pregunta antes de explicar: primero encuentra la necesidad; diagnostica antes de recetar (lección 03).
# 3. Sobre todo preguntas abiertas; las cerradas, para confirmar (lección 04).
# 4. Escucha en qué nivel está la necesidad: producto, servicio, experiencia, relación, éxito; apunta alto (lección 01).
# 5. Parafrasea: «Entonces, lo que más le importa es… ¿Lo he entendido bien?» (lecciones 04 y 05).
# 6. Propón, no ordenes: «Creo que lo que usted necesita es… ¿Está de acuerdo?» (lección 03).
# 7. Pon a prueba una objeción antes de responderla: hipótesis, contrapregunta, transformación (lección 06).
# 8. Cierra el círculo: «¿Qué más?» y un siguiente paso claro (lección 04).

# %% [markdown] from=1cb10e1c
# ## Un ejemplo resuelto: el taladro para el sábado
#
# Aquí tienes al mismo cliente dos veces, en una conversación que se reproduce sola. Primero,
# una conversación mal llevada: el vendedor suelta su discurso de venta de entrada y después
# presiona.

# %%
capstone.worked_dialogue("drill_for_saturday", mode="worst")

# %% [markdown] from=58d8acdd
# Ahora, una bien llevada. Fíjate en las preguntas antes de hablar de ningún producto, en la
# paráfrasis, en la prueba de hipótesis cuando sale el precio, y en cómo la necesidad real
# (tener los estantes puestos para el sábado) cambia la oferta: de un taladro caro a un kit de
# alquiler.

# %%
capstone.worked_dialogue("drill_for_saturday", mode="best")

# %% [markdown] from=63a4453f
# El gráfico del análisis final de la conversación bien llevada: a la izquierda, las
# necesidades ocultas de cada nivel y cuántas se descubrieron; a la derecha, la confianza (y la
# paciencia) turno a turno.

# %%
show_worked_debrief("drill_for_saturday", mode="best")

# %% [markdown] from=9cebe10b
# ## Simulación 1 · La comida de unas bodas de oro
#
# Una clienta habladora organiza la comida del aniversario de boda de sus padres. Si la dejas
# hablar, sus motivos se oyen con facilidad, y al final quiere «pensarlo». Averigua qué duda le
# queda. Antes de hacer clic, piensa qué dirías tú y elige la respuesta sugerida que más se le
# parezca.

# %%
simulation("anniversary_lunch")

# %% [markdown] from=755e1699
# ## Simulación 2 · Contabilidad para un fontanero prudente
#
# Un cliente reflexivo que se toma su tiempo, y con el dinero justo. Ten paciencia, guíalo con
# preguntas y averigua qué quiere decir de verdad «no hay dinero».

# %%
simulation_later("plumber_bookkeeping")

# %% [markdown] from=a522f785
# ## Simulación 3 · Una nueva marca de snacks para una tendera orgullosa
#
# Tú eres el gestor de la cuenta; ella es reservada y lleva veinticinco años al frente de su
# tienda. Lo primero que oirás será una evasiva, dicha con mucha cortesía. Recuerda las
# necesidades de los minoristas de la lección 01: información de negocio, calidad del servicio
# y beneficio económico.

# %%
simulation_later("corner_shop_snacks")

# %% [markdown] from=0b3769d2
# ## Tú eliges
#
# Todos los escenarios del curso, con el temperamento y las objeciones que te vas a encontrar.
# Elige uno en el recuadro de abajo y pulsa **Empezar conversación**.
#
# El recuadro **Tu nombre** es opcional. Si escribes tu nombre antes de pulsar **Empezar
# conversación**, la conversación terminada se guarda en el registro de calificaciones del
# grupo para tu instructor; déjalo vacío para practicar sin guardarla.

# %%
capstone.show_scenarios()

# %%
scenario_picker()

# %% [markdown] from=3caf9dbf
# ## Análisis final del curso
#
# Repasa tus análisis finales. Cada conversación se puntúa en una mitad con la **rúbrica del
# diálogo** (cómo hablaste) y en la otra con el **escenario** (necesidades descubiertas,
# objeciones resueltas, el resultado, los puntos de control de la mente del comprador). La
# tabla muestra cada criterio del análisis final con los puntos que valía en el análisis de la
# conversación bien llevada de más arriba (un criterio que no se aplica a una conversación, como
# aquí mantener la calma con un cliente molesto, reparte sus puntos entre los demás) y la lección
# que conviene repasar cuando ese criterio sale bajo:

# %%
capstone.show_revisit()

# %% [markdown] from=dea31df0
# ## Resumen
#
# - Una conversación de venta completa reúne todas las lecciones: lee el temperamento,
#   encuentra la necesidad antes de explicar el producto, haz sobre todo preguntas abiertas,
#   escucha y parafrasea, apunta a los niveles de necesidad más altos, propón en lugar de
#   ordenar, pon a prueba las objeciones antes de responderlas y cierra el círculo.
# - El análisis final puntúa cómo hablaste (la rúbrica del diálogo) y lo que conseguiste
#   (necesidades descubiertas, objeciones resueltas, resultado, puntos de control); su gráfico
#   muestra las necesidades que descubriste en cada nivel y cómo evolucionó la confianza.
# - Usa la tabla de arriba para decidir qué repasar y luego vuelve a jugar el mismo escenario:
#   el cliente es el mismo, y notarás la diferencia.
#
# Siguiente: el ejercicio [ex07_customer_case](../exercises/ex07_customer_case.ipynb) y después la [lección 08 · Cómo ver al cliente según el tipo de negocio](08_seeing_the_customer_by_business.ipynb).
# El ejercicio se responde con clics (o escribiendo una frase), en JupyterLab o en la vista
# de aplicación; si fallas, recibes una pista y otra oportunidad.

# %% [markdown] from=c7f99589
# ## Autoevaluación
#
# 1. En la conversación mal llevada del taladro, ¿qué dos errores hicieron perder la venta?
# 2. En la conversación bien llevada, ¿qué hizo que la oferta pasara de un taladro a un kit de alquiler?
# 3. ¿Cuál de tus propios análisis finales tuvo el criterio más bajo, y qué lección vas a repasar?
# 4. ¿Qué prueba de objeciones usaste más a menudo, y funcionó?
#
# <details><summary>Respuestas</summary>
#
# 1. Soltar las características del producto antes de hacer una sola pregunta (una explicación del producto interminable) y, después de «lo voy a pensar», presionar («decídase ya»).
# 2. Descubrir la necesidad de éxito (los estantes puestos para el sábado, y la verdad es que preferiría no taladrar), junto con la prueba de hipótesis sobre el precio.
# 3. Tu propia respuesta: usa la tabla de qué repasar.
# 4. Tu propia respuesta: un sí a una hipótesis, o unos requisitos concretos después de una contrapregunta, muestran que la objeción era real.
#
# </details>
