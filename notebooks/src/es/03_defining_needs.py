"""Lección 03 · Definir necesidades: principios y la mente del comprador (fuente de notebooks/03_defining_needs.ipynb)."""

# %% [markdown] from=08f8e26e
# # 03 · Definir necesidades: los cinco principios y la mente del comprador
#
# **Tiempo:** unos 35 minutos
#
# ### Objetivos de aprendizaje
# Al terminar esta lección podrás:
# - aplicar los cinco principios para definir las necesidades de un cliente: **integralidad**,
#   **foco**, **profundidad**, **amplitud** y **sugerencia**;
# - describir la mente del comprador: sus **cuatro puntos de control** y sus **dos caminos**, y
#   por qué el camino que empieza por la necesidad es más fácil;
# - evitar los dos errores clásicos: explicar el producto sin parar (**diagnosticar antes de
#   recetar**) y quedar atrapado en las preguntas del cliente;
# - distinguir una pregunta u objeción real de una falsa con tres pruebas: **hipótesis**,
#   **contrapregunta** y **transformación**.

# %% [markdown] from=eefd4a5e
# > **Cómo usar esta lección:** en JupyterLab elige primero **Ejecutar ▸ Ejecutar todas las celdas** y luego
# > avanza desde arriba. (En la vista de aplicación, `python3 course.py app --lang es`, esto ocurre solo).

# %%
from coursekit import lessons
from coursekit.widgets import checks
from coursekit.widgets.assessment import review
from coursekit.widgets.dialogue import simulation

# %% [markdown] from=eb418d99
# ## Calentamiento: de lecciones anteriores
#
# Tres preguntas rápidas, mezcladas, de lecciones anteriores. Contesta de memoria y luego pulsa
# **Comprobar**: recordar lo aprendido es lo que hace que se quede.

# %%
review("03")

# %% [markdown] from=6a3fc087
# ## Parte 1 · Cinco principios para definir necesidades
#
# «Definir» una necesidad es ponerla en palabras que el cliente reconozca como suyas y con las
# que esté de acuerdo. Cinco principios te guían para hacerlo.

# %%
lessons.show_principles()

# %% [markdown] from=1ba39eb2
# ### El sillón reclinable de bambú
#
# Imagina que vendes sillones reclinables de bambú. Si lo presentas como «una silla», el
# cliente lo compara por precio con cualquier otra silla. Si, en cambio, lo ayudas a ver una
# necesidad que nadie le ha nombrado (*más comodidad en el día a día: una hora de descanso de
# verdad cada tarde*) y unes el sillón a esa única necesidad, el sillón deja de ser un mueble y
# se convierte en la respuesta. Ese es el principio de **foco**: una necesidad nombrada con
# claridad y unida a tu producto.
#
# ### Un ejemplo resuelto con los cinco
#
# Sofía vende cafeteras para oficinas. El responsable de servicios generales de una empresa la
# llama porque quiere «una máquina nueva para el tercer piso».
#
# | Principio | Qué hace Sofía |
# |---|---|
# | **integralidad** | Antes de la visita se informa: 60 empleados en dos pisos, la máquina actual es alquilada, el presupuesto del año está aprobado y el responsable prefiere cuotas mensuales fijas. |
# | **profundidad** | «Una máquina nueva» es la superficie. Pregunta qué falla ahora y se entera de que, por las colas de las 9 de la mañana, la gente llega tarde a la reunión diaria. La necesidad real es *que no haya cola a las 9*. |
# | **amplitud** | También se entera de que en el segundo piso se reciben clientes, así que allí importa la *imagen*, mientras que el tercero necesita *rapidez*. Prepara una tabla de capacidades, una foto del modelo de gama alta y una calculadora de cuotas de alquiler. |
# | **foco** | Nombra la necesidad, «*café en menos de un minuto para todos antes de las 9*», y le une la doble caldera de una máquina concreta. |
# | **sugerencia** | No le dice lo que necesita. Le propone: «*Por lo que me cuenta, creo que el verdadero problema es la aglomeración de las 9, más que la máquina en sí. ¿Está de acuerdo?*». |
#
# El responsable está de acuerdo, y a partir de ahí la conversación gira en torno a *su*
# necesidad, no al catálogo de Sofía.

# %% [markdown] from=7e0a7e17
# **¿Qué principio es?** Clasifica cada acción.

# %%
checks.sort_principles()

# %% [markdown] from=be8af02c
# ## Parte 2 · La mente del comprador
#
# Antes de que alguien compre, tienen que cumplirse cuatro cosas. Piensa en ellas como **cuatro
# puntos de control**:

# %%
lessons.show_checkpoints()

# %% [markdown] from=034ec14b
# Los puntos de control pueden superarse en dos órdenes distintos, es decir, por **dos caminos**:

# %%
lessons.show_buying_paths()

# %% [markdown] from=9e1c632f
# Nadie compra solo porque algo le guste ni solo porque lo necesite: **la aprobación y la
# necesidad tienen que coincidir**. En el primer camino explicas y explicas, con la esperanza de
# que aparezca una necesidad; muchas veces no aparece nunca. En el segundo camino el cliente ve
# primero su necesidad, así que cada palabra sobre el producto le llega como parte de la
# respuesta. Por eso el segundo camino es más fácil, y por eso **buscas la necesidad antes de
# explicar el producto**.
#
# ### Error 1 · Explicar el producto sin parar
#
# Muchos vendedores recitan todas las características de principio a fin. La respuesta del
# cliente es previsible: *«Lo tengo que pensar»*. Los clientes casi nunca compran por todos los
# argumentos de venta, sino por uno o dos, y cada argumento de más solo añade dudas.
#
# Haz como el médico. Un buen médico **diagnostica antes de recetar**: primero los síntomas y
# después el medicamento que los trata, no todas las pastillas del botiquín. Encuentra la
# necesidad y luego presenta los uno o dos argumentos de venta que la resuelven.
#
# ### Error 2 · Quedar atrapado en las preguntas del cliente
#
# Muchas preguntas suelen ser señal de mucho interés, *siempre que* sean preguntas reales.
# Algunas son falsas: una forma de ganar tiempo, de ponerte a prueba o de decir que no con
# educación. Si respondes a todas al pie de la letra, puedes pasarte la tarde contestando y
# aun así no vender. Así que pregúntate para qué sirve cada pregunta y ponla a prueba. Toma, por
# ejemplo, la queja *«Su servicio posventa no es bueno»*:

# %%
lessons.show_objection_tests()

# %% [markdown] from=d3b7fa7d
# - **Hipótesis**: *«Supongamos que un técnico estuviera con usted en menos de un día, siempre.
#   ¿Seguiría adelante?»*. Un sí claro significa que esa preocupación es el verdadero obstáculo, y
#   que resolverla cierra la venta. Si esquiva la pregunta o saca otra objeción, es que hay otra
#   cosa que lo frena: encuéntrala.
# - **Contrapregunta**: *«¿Cómo tendría que ser el servicio para que usted se quedara
#   tranquilo?»*. La pregunta averigua qué **dejaría satisfecho** al cliente. Unas condiciones
#   concretas («un técnico en 24 horas y un equipo de sustitución mientras reparan el mío»)
#   muestran que la preocupación es real, y ahora sabes exactamente qué ofrecer. Una respuesta
#   vaga apunta a una pregunta falsa. Preguntar *cuándo* hablar, *qué salió mal* o *qué precio
#   quiere* puede ser útil, pero nada de eso es la prueba de la contrapregunta: no pregunta qué
#   lo dejaría satisfecho.
# - **Transformación**: *«Hace muy bien en fijarse en el servicio: es justo la razón por la que
#   nuestros clientes se quedan con nosotros. Tenemos un técnico local a menos de 30 km de cada
#   cliente»*. La propia preocupación se convierte en el argumento para comprar. Ofrecer otra
#   cosa en su lugar (un modelo más barato, otro plan) no es una transformación. Después,
#   escucha: si la objeción era real, el cliente se abre al argumento («bueno, si funciona
#   así…»); si era un pretexto, le quita importancia y saca la siguiente objeción.
#
# La lección 06 aplica estas mismas pruebas a los siete tipos de objeción.

# %% [markdown] from=0b22a524
# ## Comprueba lo que has entendido

# %%
checks.buying_mind_questions()

# %% [markdown] from=8f849aef
# **¿Qué prueba es?**

# %%
checks.sort_objection_tests()

# %% [markdown] from=ac6be451
# **Escribe una prueba de hipótesis.** El cliente dice: *«No estoy seguro de que sus plazos de
# entrega nos funcionen»*. Escribe la frase que dirías para comprobar, con el método de la
# hipótesis, si se trata de una objeción real.

# %%
checks.write_reply("hypothesis", "Pon a prueba la duda sobre la entrega con una pregunta de hipótesis.",
                   "Si pudiéramos…, ¿usted…?")

# %% [markdown] from=7beb48fe
# ## Practica con un cliente simulado
#
# Un director financiero que cree conocerse de memoria el discurso de todos los proveedores y duda de que le haga falta nada. Diagnostica antes de recetar, define la necesidad junto con él (sugerencia) y no caigas en la trampa de responder a cada desafío.

# %%
simulation("erp_month_end")

# %% [markdown] from=5ca9bb26
# ## Resumen
#
# - Definir una necesidad sigue cinco principios. **Integralidad**: el cliente completo, con sus
#   necesidades, costumbres, gustos y lo que puede gastar. **Foco**: una sola necesidad, dicha
#   con claridad y unida a tu producto. **Profundidad**: ir más allá de la primera petición,
#   hasta lo que hay debajo. **Amplitud**: todas las necesidades, una junto a otra y bien
#   sopesadas, con una herramienta preparada para cada una. **Sugerencia**: ofrece tu lectura
#   de la necesidad y deja que el cliente la confirme.
# - Cuatro puntos de control de la mente del comprador (**conocimiento**, **aprobación**,
#   **necesidad** e **intención**), que se recorren empezando por el producto o por la
#   necesidad. Para comprar, algo tiene que gustar *y* hacer falta; empezar por la necesidad
#   es el camino más fácil.
# - Dos trampas: recorrer todas las características (la gente compra por uno o dos argumentos,
#   así que primero diagnostica, como un médico) y responder a cada pregunta como si fuera real.
# - Tres pruebas para una objeción: **hipótesis** (¿llegaría un sí si se resolviera?),
#   **contrapregunta** (¿qué lo dejaría exactamente satisfecho?) y **transformación** (la
#   propia objeción se convierte en el motivo para comprar).
#
# Siguiente: el ejercicio [ex03_defining_needs](../exercises/ex03_defining_needs.ipynb) y después la [lección 04 · Técnicas de pregunta, escuchar y observar](04_questioning_listening_observing.ipynb).
# El ejercicio se responde con clics (o escribiendo una frase), en JupyterLab o en la vista
# de aplicación; si fallas, recibes una pista y otra oportunidad.

# %% [markdown] from=54dbd1e0
# ## Autoevaluación
#
# 1. ¿Qué diferencia hay entre el principio de profundidad y el de amplitud?
# 2. ¿Por qué el segundo camino por la mente del comprador lleva a la venta con más facilidad?
# 3. ¿Qué significa «diagnosticar antes de recetar» para un vendedor?
# 4. Escribe una contrapregunta para: «Su propuesta de capacitación se queda corta».
#
# <details><summary>Respuestas</summary>
#
# 1. La profundidad va por debajo de un deseo superficial hasta la necesidad real que hay detrás; la amplitud abarca todas las necesidades del cliente, las compara y prepara herramientas distintas para cada una.
# 2. Porque el cliente ya ve su necesidad, la explicación del producto le llega como la respuesta; una venta necesita aprobación y necesidad a la vez.
# 3. Encontrar primero la necesidad del cliente y luego presentar los uno o dos argumentos de venta que la resuelven, no todas las características.
# 4. Por ejemplo: «¿Qué tendría que cubrir la capacitación para que su equipo se sintiera preparado?».
#
# </details>
