"""Lección 05 · Conversaciones difíciles y expectativas (fuente de notebooks/05_difficult_conversations_expectations.ipynb)."""

# %% [markdown] from=7bb62f61
# # 05 · Conversaciones difíciles y expectativas
#
# **Tiempo:** unos 30 minutos
#
# ### Objetivos de aprendizaje
# Al terminar esta lección podrás:
# - mantener la calma y seguir siendo útil con un cliente enfadado o frustrado: dejar que se
#   desahogue, responder en positivo, parafrasear, reconocer los errores y comprometerte con una hora;
# - explicar que **satisfacción = experiencia − expectativa** y usarlo para decidir qué prometes;
# - nombrar de dónde vienen las expectativas;
# - ajustar el servicio que das al valor del cliente y saber cuándo compensa superar sus expectativas.

# %% [markdown] from=eefd4a5e
# > **Cómo usar esta lección:** en JupyterLab elige primero **Ejecutar ▸ Ejecutar todas las celdas** y luego
# > avanza desde arriba. (En la vista de aplicación, `python3 course.py app --lang es`, esto ocurre solo).

# %%
from coursekit.plots.expectations import show_expectations
from coursekit.widgets import checks
from coursekit.widgets.assessment import review
from coursekit.widgets.dialogue import simulation
from coursekit.widgets.explore import satisfaction_explorer

# %% [markdown] from=eb418d99
# ## Calentamiento: de lecciones anteriores
#
# Tres preguntas rápidas, mezcladas, de lecciones anteriores. Contesta de memoria y luego pulsa
# **Comprobar**: recordar lo aprendido es lo que hace que se quede.

# %%
review("05")

# %% [markdown] from=3206a414
# ## Parte 1 · Cómo hablar con un cliente difícil
#
# Un cliente que te grita por teléfono no te está atacando a ti. Detrás de la voz alzada casi
# siempre hay una preocupación: una cuadrilla parada, un cliente suyo que espera, un jefe que
# pide explicaciones. Intercambiar palabras es fácil; entenderse cuando una de las dos partes
# está alterada requiere práctica. Ayudan ocho hábitos:
#
# 1. **Aguanta las ganas de defenderte.** Deja que pase la tormenta: respira despacio, cuenta
#    en silencio y deja que el cliente lo diga todo hasta que salga el verdadero problema.
# 2. **Reconoce lo que no sabes**, y di cuándo lo sabrás: «Lo averiguo y lo llamo antes de las cuatro».
# 3. **Responde a la emoción abriendo la puerta, no levantando un muro.** «Entiendo que es muy
#    frustrante. ¿Qué pasó?» funciona; «Eso no es de mi departamento» lo empeora todo.
# 4. **Pregunta por lo que le importa**: «¿Qué es lo más importante para usted en esta entrega?».
# 5. **Repite con tus palabras lo que has oído** y compruébalo: *«¿Lo he entendido bien?»*.
# 6. **Asume el error** y **da una hora**: «Nos equivocamos. Tendrá el repuesto el jueves
#    antes de las doce».
# 7. **Guárdate los consejos que nadie te ha pedido.** «Lo que usted tendría que hacer es…»
#    pone al cliente a la defensiva. Si tu experiencia puede servirle, ofrécela con suavidad y
#    deja que él decida: «*Puede que*…», «Una vez tuve un caso parecido; si le sirve, le cuento
#    qué funcionó».
# 8. **Busca el objetivo común**: los dos quieren que el problema se resuelva.

# %% [markdown] from=11c4a7ad
# ### Ejemplo resuelto: el pedido equivocado, otra vez
#
# > **Cliente:** Es la segunda vez que me mandan la medida equivocada. ¡Tengo a una cuadrilla
# > en la obra de brazos cruzados!
#
# ✗ *«Nuestro almacén casi nunca se equivoca. ¿Seguro que pidió el código correcto?»*: te
# pones a la defensiva y le devuelves el problema al cliente.
#
# ✓ Deja que termine. Después:
#
# > **Tú:** Lo entiendo: una cuadrilla parada le cuesta dinero de verdad, y ya es la segunda
# > vez. Déjeme comprobar que lo tengo claro: usted pidió conexiones de 40 mm, le llegaron de
# > 32 mm, y la cuadrilla las necesita hoy. ¿Lo he entendido bien?
# >
# > **Cliente:** Sí. Para las dos como muy tarde.
# >
# > **Tú:** El error es nuestro. Le mando ahora mismo las conexiones correctas con un
# > mensajero, las tendrá ahí antes de la una, y a la una y diez lo llamo para confirmar que
# > han llegado. Una cosa que le ha servido a otro cliente: ponemos la medida en la
# > confirmación del pedido, así se revisa dos veces. ¿Le serviría a usted también?
#
# Empatía, paráfrasis, un error reconocido, un compromiso con hora, la experiencia ofrecida
# como sugerencia y no como lección, y un objetivo común: todo en cinco frases.

# %%
checks.difficult_replies()

# %% [markdown] from=d7b37ab2
# **Escribe la tuya.** El cliente dice: *«¡En su empresa nunca nadie escucha!»*. Escribe una
# **pregunta abierta** que demuestre que estás escuchando y lo invite a contarte más, sin
# defenderte y sin venderle nada.

# %%
checks.write_question("open_listen", "Escribe una pregunta abierta que invite al cliente molesto a contarte más.")

# %% [markdown] from=3108b2e0
# ## Parte 2 · Las expectativas
#
# Lo satisfecho que queda un cliente no depende solo de la experiencia. Depende de lo que
# **esperaba**:
#
# $$\text{satisfacción} = \text{experiencia} - \text{expectativa}$$
#
# La misma estancia en la misma habitación encanta a un huésped y decepciona a otro. El
# gráfico de la izquierda muestra la regla para tres niveles de expectativa; el de la derecha,
# algunos casos resueltos: cada flecha empieza en lo que el cliente esperaba y termina en lo
# que vivió.

# %%
show_expectations()

# %% [markdown] from=1e39aff3
# Pruébalo: mueve los controles deslizantes y observa cómo cambia la satisfacción.

# %%
satisfaction_explorer()

# %% [markdown] from=d5687c88
# ### De dónde vienen las expectativas
#
# - el **boca a boca**: lo que dicen amigos, colegas y reseñas;
# - la **promoción de la marca**: tus propios anuncios y promesas (un anuncio de lujo sube el listón);
# - el **valor del cliente para tu empresa y su entorno**: una cuenta clave que te aporta la
#   quinta parte de la facturación espera más atención que un comprador ocasional, y lo sabe
#   (es el «valor del cliente» con el que las empresas segmentan su servicio; no tiene que ver
#   con los valores personales del cliente);
# - su **etapa en el ciclo de vida del cliente**: en qué punto está su relación con tu
#   empresa. Un cliente potencial, un cliente nuevo que todavía se está adaptando, un cliente
#   habitual de muchos años o uno que está a punto de irse esperan cosas distintas (no se
#   trata de su edad ni de su etapa vital);
# - las **experiencias anteriores**: contigo y con tu competencia.
#
# De aquí salen dos lecciones. Primera: **promete lo que puedas cumplir**. Un «el lunes»
# honesto que cumples unas horas antes deja más satisfecho al cliente que un «el viernes» que
# no cumples. Segunda: puedes subir la satisfacción por los dos lados, mejorando la experiencia
# y ajustando bien la expectativa.

# %%
checks.sort_expectation_sources()

# %% [markdown] from=7f6c561b
# ### Atender a los clientes según su valor
#
# No puedes darle todo a todos los clientes. **Segmenta** a tus clientes y ajusta el esfuerzo:
#
# | Valor del cliente | Qué ofrecerle |
# |---|---|
# | alto | trato personal, servicios de valor añadido, atención antes de que la pida |
# | medio | servicios de valor añadido que hagan crecer la relación |
# | bajo | ofertas sencillas y de bajo costo, cumplidas con fiabilidad |
#
# ### Superar las expectativas
#
# Cumplir las expectativas deja satisfecho; **superarlas** emociona. Quien tiene una cita
# espera que la otra persona llegue puntual. Si llega puntual *y* con flores, esa noche se
# recuerda. En los negocios las «flores» pueden ser pequeñas: una llamada el día que llega el
# producto, un consejo que el cliente no había pedido, una reparación terminada antes de la
# hora prometida.

# %% [markdown] from=9aacacc0
# ## Practica con un cliente simulado
#
# Una responsable de logística salió escaldada de las promesas de puntualidad de su último transportista y ahora duda de todo lo que le dicen. Deja que te cuente qué pasó, promete solo lo que puedas cumplir y fija expectativas que puedas superar.

# %%
simulation("freight_spring_peak")

# %% [markdown] from=fde03961
# ## Resumen
#
# - Un cliente alterado necesita espacio antes que nada: aguanta las ganas de defenderte y
#   deja que lo suelte todo. No saber algo no es un problema si dices cuándo lo sabrás. Abre
#   la puerta («¿qué pasó?») en lugar de cerrarla, pregunta qué le importa, repite lo que has
#   oído y compruébalo, asume los errores con una hora concreta, ofrece tu experiencia solo
#   como sugerencia y busca el objetivo que comparten.
# - **Satisfacción = experiencia − expectativa.** Las expectativas se alimentan de lo que
#   dicen otros, de tu propia promoción, del valor del cliente para tu empresa y de su
#   entorno, del punto en que está su relación contigo y de lo que ha vivido antes.
# - No todos los clientes pueden recibirlo todo: pon los servicios de valor añadido donde el
#   valor del cliente es alto o medio, y mantén sencillas y baratas de gestionar las ofertas
#   para los clientes de menor valor.
# - Cumplir las expectativas deja satisfecho; superarlas es lo que la gente recuerda: la cita
#   que llega puntual *y* con flores.
#
# Siguiente: el ejercicio [ex05_expectations](../exercises/ex05_expectations.ipynb) y después la [lección 06 · Análisis de objeciones: siete tipos, tres pruebas](06_objection_analysis.ipynb).
# El ejercicio se responde con clics (o escribiendo una frase), en JupyterLab o en la vista
# de aplicación; si fallas, recibes una pista y otra oportunidad.

# %% [markdown] from=98084cbe
# ## Autoevaluación
#
# 1. Un cliente te grita por un error que cometió otro departamento. ¿Qué le dices primero?
# 2. Un cliente esperaba un 8 sobre 10 y vivió un 6. Otro esperaba un 4 y vivió un 6. ¿Quién está más satisfecho, y por cuánto?
# 3. ¿Por qué una campaña de publicidad puede bajar la satisfacción?
# 4. Da un ejemplo pequeño de cómo «llevar flores» en tu propio trabajo.
#
# <details><summary>Respuestas</summary>
#
# 1. Algo como «Entiendo lo frustrante que es. Cuénteme qué pasó», sin echarle la culpa al otro departamento.
# 2. El segundo: 6 − 4 = +2, frente a 6 − 8 = −2; una diferencia de 4 puntos con la misma experiencia.
# 3. Porque sube las expectativas; si la experiencia sigue igual, experiencia − expectativa baja.
# 4. Por ejemplo: llamar al día siguiente de la entrega para comprobar que todo funciona, o mandar un consejo útil antes de que el cliente lo pida.
#
# </details>
