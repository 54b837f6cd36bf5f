"""Lección 10 · Evaluación final (fuente de notebooks/10_final_check.ipynb)."""

# %% [markdown] from=cc414749
# # 10 · Evaluación final
#
# **Tiempo:** unos 15 minutos
#
# ### Objetivos de aprendizaje
# Al terminar esta lección podrás:
# - responder la evaluación final, construida con el mismo plan que la prueba inicial de la
#   lección 00, y ver cuánto has avanzado;
# - decidir qué repasar a partir de las preguntas que fallaste.

# %% [markdown] from=eefd4a5e
# > **Cómo usar esta lección:** en JupyterLab elige primero **Ejecutar ▸ Ejecutar todas las celdas** y luego
# > avanza desde arriba. (En la vista de aplicación, `python3 course.py app --lang es`, esto ocurre solo).

# %%
from coursekit import lessons
from coursekit.widgets.assessment import final_check

# %% [markdown] from=5cb95cf9
# ## Cómo funciona la evaluación final
#
# Haz esta lección al final, después del caso integrador. Las doce preguntas de abajo cubren
# los mismos temas que la prueba inicial de la lección 00, en el mismo orden (los niveles de
# necesidad, los temperamentos, la mente del comprador, las preguntas, las conversaciones
# difíciles y las expectativas, las objeciones, cómo ver al cliente y por qué compran los
# clientes), pero todas las preguntas son nuevas. Comparar los dos resultados muestra lo que
# el curso ha cambiado en ti.
#
# Responde las doce de memoria y luego pulsa **Enviar mis respuestas**, abajo del todo. Cada
# respuesta se corrige con una breve explicación, y los comentarios indican las lecciones de
# las que salen las preguntas que fallaste.
#
# Escribe en el cuadro **Tu nombre** el mismo nombre que usaste en la prueba inicial para
# guardar tu resultado en el registro de calificaciones del grupo: así, el informe de tu
# instructor muestra tu prueba inicial, tu evaluación final y tu avance entre una y otra.
# Déjalo vacío si prefieres guardar tus respuestas para ti.

# %%
final_check()

# %% [markdown] from=4f568b9c
# ## Cómo seguir a partir de aquí
#
# Abre las lecciones que indican los comentarios, vuelve a leer sus resúmenes y repite sus
# ejercicios. Después, vuelve a jugar un escenario del caso integrador (lección 07): los
# clientes son los mismos, y notarás la diferencia. El mapa del curso enlaza todas las
# lecciones:

# %%
lessons.show_course_map()

# %% [markdown] from=1b070ea7
# ## Resumen
#
# - La evaluación final sigue el plan de la prueba inicial con preguntas nuevas, para que
#   puedas comparar los dos resultados.
# - Cada pregunta que fallas te señala una lección: repásala, vuelve a hacer su ejercicio y
#   practica en el simulador.
# - Lo que entrena el curso es un solo hábito: averiguar qué necesita de verdad el cliente
#   antes de ofrecerle nada.

# %% [markdown] from=f69e2f8e
# ## Autoevaluación
#
# 1. ¿De qué lección salieron la mayoría de las preguntas que fallaste?
# 2. ¿Qué vas a hacer de otra manera en tu próxima conversación real con un cliente?
# 3. ¿Qué escenario del caso integrador vas a volver a jugar primero, y qué vas a probar?
#
# <details><summary>Respuestas</summary>
#
# 1. Tu propia respuesta: los comentarios que aparecen debajo de la evaluación final indican las lecciones.
# 2. Tu propia respuesta: por ejemplo, hacer dos preguntas abiertas antes de describir ningún producto.
# 3. Tu propia respuesta: elige aquel cuyo análisis final tuvo tu criterio más bajo de la rúbrica.
#
# </details>
