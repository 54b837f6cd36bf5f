"""Lección 00 · Empieza aquí (fuente de notebooks/00_start_here.ipynb; se construye con tools/build_notebooks.py)."""

# %% [markdown] from=3437c5d0
# # 00 · Empieza aquí
#
# **Tiempo:** unos 20 minutos
#
# ### Objetivos de aprendizaje
# Al terminar esta página podrás:
# - explicar qué enseña este curso y por qué entender las necesidades va antes que vender;
# - moverte con soltura por los módulos, los ejercicios y el simulador de clientes;
# - usar las comprobaciones interactivas: eliges, pulsas **Comprobar** y lees la respuesta;
# - hacer la prueba inicial, para que al final del curso veas cuánto has avanzado.

# %% [markdown] from=eefd4a5e
# > **Cómo usar esta lección:** en JupyterLab elige primero **Ejecutar ▸ Ejecutar todas las celdas** y luego
# > avanza desde arriba. (En la vista de aplicación, `python3 course.py app --lang es`, esto ocurre solo).

# %% [markdown] from=769ab6a8
# ## De qué trata este curso
#
# La mayoría de las ventas no se pierden por el precio ni por el producto. Se pierden porque
# el vendedor respondió a una necesidad que el cliente no tenía, o pasó por alto la que sí
# tenía. Este curso entrena el hábito que comparten los buenos vendedores y el buen personal
# de atención: **averiguar qué necesita de verdad el cliente antes de ofrecerle nada**.
#
# Aprenderás a:
#
# - distinguir *en qué nivel* está una necesidad: desde el propio producto hasta el éxito del cliente;
# - reconocer el *temperamento* de un cliente y adaptar tu forma de atenderlo;
# - *definir* una necesidad junto con el cliente y entender los cuatro puntos de control de la mente del comprador;
# - *hacer* el tipo de pregunta adecuado, *escuchar* y *observar*;
# - mantener la calma en *conversaciones difíciles* y gestionar las *expectativas*;
# - *analizar objeciones*: distinguir una objeción real de una excusa amable, y responderla;
# - ver al cliente de la manera adecuada para *tu tipo de negocio* y *analizar* a tus clientes.
#
# No hace falta saber programar. Todo lo que haces ocurre en recuadros, botones y campos de texto.

# %% [markdown] from=a7cf4f04
# ## Cómo funciona el curso
#
# Cada **lección** es un cuaderno como este. Empieza con los objetivos y el tiempo estimado,
# lo explica con ejemplos resueltos sacados de situaciones de venta reales, te deja comprobar
# lo que has entendido con pequeños cuestionarios interactivos y termina con un resumen y una
# autoevaluación. A partir de la lección 01, cada lección empieza con un breve
# **calentamiento**: dos o tres preguntas de lecciones anteriores, porque recordar lo
# aprendido es lo que hace que se quede.
#
# | Si ves… | Qué hacer |
# |---|---|
# | texto y tablas | leer |
# | un recuadro gris con código | nada: ya se ha ejecutado. En JupyterLab puedes pulsar **Mayús+Intro** (Shift+Enter) para volver a ejecutarlo; en la vista de aplicación el código está oculto |
# | una lista desplegable, opciones o un cuadro de texto con un botón **Comprobar** | responder, pulsar **Comprobar** y leer la respuesta; puedes intentarlo cuantas veces quieras |
# | una simulación con un cliente | conversar con un cliente simulado eligiendo tus respuestas entre las sugeridas y leer el análisis final (escribir con tus propias palabras, por ahora, solo funciona en el curso en inglés) |
#
# **En JupyterLab, empieza cada lección con _Ejecutar ▸ Ejecutar todas las celdas_** para que
# las comprobaciones y las simulaciones respondan a tus clics. (En la vista de aplicación esto
# ocurre solo).
#
# Después de casi todas las lecciones hay un **ejercicio** (en la carpeta `exercises/`; el
# resumen de la lección lo enlaza). Respondes cada pregunta haciendo clic en una opción,
# ordenando elementos o clasificándolos en categorías, o escribiendo una frase, y luego pulsas
# **Comprobar**. Si fallas, recibes una pista y otra oportunidad; después del segundo intento,
# o cuando pulsas **Ver la respuesta**, aparece la solución. Escribe tu nombre arriba para
# guardar tus respuestas para tu instructor; la última celda muestra tu puntuación. Las
# soluciones comentadas están en `solutions/`: primero inténtalo tú y luego compara.
#
# Algunas tareas te piden **escribir** algo: una pregunta abierta o tu respuesta a una
# objeción. Un *coach* integrado en el curso la lee y te dice lo que ha detectado: ¿era una
# pregunta abierta?, ¿a qué nivel de necesidad apunta?, ¿sonaba a discurso de venta o a
# presión? El coach es sencillo y a veces se equivoca; toma sus comentarios como una segunda
# opinión.

# %%
from coursekit import lessons
from coursekit.widgets import checks
from coursekit.widgets.assessment import pretest

# %% [markdown] from=9b664e67
# ## El mapa del curso
#
# Sigue los módulos en orden. Los módulos 08 y 09 (ver al cliente según el tipo de negocio;
# conocer y analizar a los clientes) puedes hacerlos en cualquier momento después del 03; el
# caso integrador (07) te servirá más si lo dejas para el final, justo antes de la evaluación
# final (10).
#
# Haz clic en el título de un módulo de la tabla para abrir su cuaderno, y en un ejercicio
# (última columna) para practicar; ambos se abren tanto en JupyterLab como en la vista de
# aplicación.

# %%
lessons.show_course_map()

# %% [markdown] from=a563cbfb
# ## Prueba las comprobaciones interactivas
#
# Así es una comprobación de conocimientos. Elige una respuesta y pulsa **Comprobar**.

# %%
checks.start_questions()

# %% [markdown] from=4e47180f
# ## Antes de empezar: la prueba inicial
#
# Doce preguntas de todo el curso. Nadie espera que sepas las respuestas todavía: este es tu
# punto de partida. Responde cada una lo mejor que puedas (no pasa nada si adivinas) y luego
# pulsa **Enviar mis respuestas**, abajo del todo, para ver cuáles eran correctas y por qué.
#
# Al final del curso, la lección 10 te hace doce preguntas distintas sobre los mismos temas,
# para que veas cuánto has avanzado. Si escribes tu nombre en el cuadro **Tu nombre**, ambos
# resultados van al registro de calificaciones del grupo, donde tu instructor ve tu progreso;
# déjalo vacío si prefieres guardar tus respuestas para ti.

# %%
pretest()

# %% [markdown] from=b03c6532
# ## Dos formas de abrir el curso
#
# - **En JupyterLab** (puedes ver el código y volver a ejecutarlo): `python3 course.py open --lang es`
# - **Como aplicaciones** (código oculto, solo texto y controles interactivos): `python3 course.py app --lang es`;
#   después abre la dirección que aparece en pantalla y elige un cuaderno.

# %% [markdown] from=746eee49
# ## Resumen
#
# - El curso enseña un hábito: entender la necesidad del cliente antes de vender.
# - Cada lección tiene objetivos, un calentamiento con preguntas de lecciones anteriores,
#   ejemplos resueltos, comprobaciones interactivas, un resumen y una autoevaluación.
# - La prueba inicial muestra tu punto de partida; la evaluación final de la lección 10 muestra cuánto has avanzado.
# - Los ejercicios están en `exercises/`: respondes con un clic o escribiendo una frase, y si fallas recibes una pista y otra oportunidad; las soluciones están en `solutions/`.
# - Las tareas de texto libre las lee un coach sencillo: toma sus comentarios como una segunda opinión.

# %% [markdown] from=5d9010eb
# ## Autoevaluación
#
# 1. ¿Dónde encuentras el ejercicio de una lección y qué pasa cuando una respuesta es incorrecta?
# 2. ¿En qué se fija el coach en una tarea de texto libre?
# 3. ¿Qué módulo abrirías para practicar cómo responder a «Es demasiado caro»?
#
# <details><summary>Respuestas</summary>
#
# 1. En `exercises/` (enlazado desde el resumen de la lección), con el mismo nombre que en `solutions/`; si fallas, recibes una pista y otra oportunidad, y después aparece la respuesta.
# 2. En si escribiste una pregunta, su forma (abierta o cerrada), su técnica, el nivel de necesidad al que apunta y en actitudes como soltar un discurso de venta o presionar.
# 3. El módulo 06, análisis de objeciones (y el caso integrador, 07, para practicarlo en una conversación completa).
#
# </details>
