"""Lección 02 · Los nueve temperamentos (fuente de notebooks/02_nine_temperaments.ipynb)."""

# %% [markdown] from=eda92c35
# # 02 · Los nueve temperamentos y cómo atender a cada uno
#
# **Tiempo:** unos 25 minutos
#
# ### Objetivos de aprendizaje
# Al terminar esta lección podrás:
# - reconocer los nueve temperamentos de cliente (**impaciente**, **reflexivo**, **callado**,
#   **hablador**, **indeciso**, **reservado**, **desconfiado**, **crítico** y **experto**)
#   por sus palabras y su lenguaje corporal;
# - explicar cómo atender a cada uno;
# - distinguir *qué* necesita el cliente (lección 01) de *cómo* le gusta que lo atiendan.

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
review("02")

# %% [markdown] from=f4630aba
# ## La misma necesidad, personas distintas
#
# Dos clientes pueden necesitar exactamente lo mismo y, aun así, pedir una atención opuesta.
# Uno quiere saber el precio en diez segundos; el otro necesita oír hablar de cada color dos
# veces antes de sentirse seguro. Si reconoces pronto el **temperamento** del cliente (muchas
# veces por su lenguaje corporal, antes de que diga una palabra), podrás elegir el ritmo y el
# tono que van a funcionar.
#
# El nivel de necesidad (lección 01) te dice **qué** ofrecer. El temperamento te dice **cómo**
# ofrecerlo.

# %%
lessons.show_temperaments()

# %% [markdown] from=774192ec
# ## Ejemplos resueltos: el mismo momento, dos respuestas
#
# **El cliente impaciente.** Un hombre entra a paso rápido, con el teléfono en la mano:
# *«¿Tienen el cable HDMI de 2 metros o no?»*.
#
# - ✗ *«¡Buenos días! Bienvenido a nuestra tienda. ¿Conoce nuestro programa de puntos?»*: cada
#   palabra de más lo irrita todavía más.
# - ✓ *«Sí: pasillo 3, o se lo traigo ahora mismo. Son 12 euros»*. Atiéndelo enseguida y sé
#   breve; si hay algo útil que añadir, díselo mientras caminan.
#
# **La clienta indecisa.** Una mujer sostiene dos muestras de pintura: *«Es que no sé si en mi
# pared se va a ver igual»*.
#
# - ✗ *«Le va a quedar bien, todo el mundo se lleva este»*: se siente presionada y se va.
# - ✓ *«Es una duda muy razonable. En una habitación con poca luz directa, este tono se ve un
#   poco más frío, como en esta tarjeta. Puede llevarse un bote de muestra por 3 euros y probar
#   primero en un trozo de pared»*. Los detalles sobre cómo se comporta de verdad el color, y
#   una forma barata de probarlo, le dan seguridad.
#
# **El cliente experto.** Un ingeniero: *«Su ficha técnica está mal: esa bomba no da 40 metros de
# altura con ese caudal»*.
#
# - ✗ *«En realidad, nuestros ingenieros la probaron y sí los da»*: ganas la discusión y
#   pierdes la venta.
# - ✓ *«Tiene razón: a caudal máximo, por encima de 35 metros el rendimiento cae; los 40 metros
#   son con un caudal menor. Para su instalación, ¿qué caudal necesita? Me interesa mucho su
#   opinión sobre el dimensionamiento»*. Dale la razón en lo que la tiene, apóyate en ese
#   terreno común y pídele su opinión.
#
# **El cliente desconfiado.** *«Seguro que estas reseñas son falsas»*. No te lo tomes como algo
# personal. Pregúntale qué es lo que le preocupa y luego resuelve cada duda con paciencia, con
# algo que pueda comprobar por sí mismo: un cliente de referencia al que pueda llamar, una
# prueba independiente, un periodo de prueba.
#
# **El cliente crítico.** Los comentarios quisquillosos no paran. No discutas cada uno. Escucha
# la crítica completa y luego busca su causa: *«Por lo que dice, los acabados le importan
# mucho. ¿Es para una sala de exposición?»*. Muchas veces la crítica apunta directamente a la
# necesidad real.

# %% [markdown] from=442d95cc
# ## Cada temperamento en detalle
#
# Abre las fichas de abajo para ver las señales en las que fijarte y ejemplos de cada
# temperamento.

# %%
lessons.show_entries("temperaments")

# %% [markdown] from=906bde46
# ## Puntos que conviene recordar
#
# - Los clientes **habladores** te cuentan sus motivos sin que se los pidas: presta atención
#   para captarlos e introduce tu oferta en el momento oportuno, en lugar de pelearte con
#   ellos por la palabra.
# - Los clientes **callados** también hablan: fíjate en su cara, en sus manos, en hacia dónde
#   miran. Responde con cuidado y brevedad, y haz una sola pregunta cada vez.
# - Los clientes **reflexivos** no son hostiles, solo lentos. Ten paciencia y guíalos con
#   preguntas que vayan acotando la elección.
# - Los clientes **reservados** (serios, orgullosos, muy pendientes de no quedar mal) necesitan
#   cortesía y cuidado: trato de usted, nada de bromas a su costa y ninguna presión delante de
#   otras personas.
# - Las personas mezclan temperamentos y cambian según el día. Usa las etiquetas como una
#   primera suposición, no como un veredicto, y corrige en cuanto el cliente te muestre otra cosa.

# %% [markdown] from=6175051c
# ## Comprueba lo que has entendido
#
# **¿Quién es?** Relaciona cada descripción con un temperamento.

# %%
checks.sort_temperaments()

# %% [markdown] from=68118238
# **¿Cómo lo atenderías?**

# %%
checks.temperament_questions()

# %% [markdown] from=0b76af5d
# ## Practica con un cliente simulado
#
# Carmen es **indecisa**: no lo tiene claro, el aparato le da un poco de miedo y le pesa la mala experiencia de su hermana. Atiéndela como propone esta lección, con detalles y sensación de seguridad, y fíjate en su indicador de confianza. En otros escenarios te esperan un cliente impaciente, uno callado, uno hablador, uno reservado, uno desconfiado, uno crítico, uno experto y uno reflexivo; a varios los conocerás en el caso integrador.

# %%
simulation("pharmacy_monitor")

# %% [markdown] from=93e03bf1
# ## Resumen
#
# Nueve temperamentos, cada uno con su propia puerta de entrada:
#
# | Temperamento | Atiéndelo… |
# |---|---|
# | **impaciente** | actuando de inmediato y siendo breve |
# | **reflexivo** | dándole tiempo y orientándolo con preguntas sobre las que pueda pensar |
# | **callado** | leyendo su cara y su postura, y respondiendo de forma breve y precisa |
# | **hablador** | escuchando los motivos que cuenta por su cuenta y sugiriendo en una pausa natural |
# | **indeciso** | con detalles sobre el aspecto, el color y el efecto, y una forma segura de probar |
# | **reservado** | con cortesía, cuidado y margen para que no quede mal |
# | **desconfiado** | resolviendo sus dudas una a una, con algo que pueda comprobar |
# | **crítico** | escuchando la crítica entera sin entrar a debatir y preguntando qué hay detrás |
# | **experto** | dándole la razón en lo que la tiene, apoyándote en el terreno común y pidiéndole consejo |
#
# - El temperamento decide *cómo* atiendes; el nivel de necesidad decide *qué* ofreces.
# - Toma la etiqueta como una primera suposición y sigue observando.
#
# Siguiente: el ejercicio [ex02_temperaments](../exercises/ex02_temperaments.ipynb) y después la [lección 03 · Definir necesidades: cinco principios y la mente del comprador](03_defining_needs.ipynb).
# El ejercicio se responde con clics (o escribiendo una frase), en JupyterLab o en la vista
# de aplicación; si fallas, recibes una pista y otra oportunidad.

# %% [markdown] from=65592a56
# ## Autoevaluación
#
# 1. Un cliente tamborilea con los dedos en el mostrador y dice «solo el precio». ¿Qué haces?
# 2. ¿Por qué discutir con un cliente crítico es un error, aunque tengas razón?
# 3. ¿Qué te da gratis un cliente hablador?
# 4. ¿Cómo atiendes a alguien que cree saber más que tú?
#
# <details><summary>Respuestas</summary>
#
# 1. Atenderlo enseguida: darle el precio y el dato clave rápido, y añadir algo más solo si le sirve.
# 2. Ganas la discusión y pierdes al cliente; escuchar la crítica suele revelar su causa, y con ella la necesidad.
# 3. Sus motivos: escúchalos e introduce tu oferta en el momento oportuno.
# 4. Dale la razón donde puedas, busca un terreno común y pídele consejo.
#
# </details>
