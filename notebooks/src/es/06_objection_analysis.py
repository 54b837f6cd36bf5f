"""Lección 06 · Análisis de objeciones (fuente de notebooks/06_objection_analysis.ipynb)."""

# %% [markdown] from=337daf07
# # 06 · Análisis de objeciones: siete tipos, tres pruebas
#
# **Tiempo:** unos 40 minutos
#
# ### Objetivos de aprendizaje
# Al terminar esta lección podrás:
# - reconocer los siete tipos de objeción: **evasiva**, **no lo necesito**, **no hay dinero**,
#   **no tengo tiempo**, **mala experiencia**, **lo tengo que pensar** y **es muy caro**;
# - aplicar las tres pruebas de una objeción real: **hipótesis**, **contrapregunta** y
#   **transformación**;
# - decidir qué hacer ante cada tipo y escribir tus propias respuestas.

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
review("06")

# %% [markdown] from=1a39fee2
# ## Las objeciones son información
#
# Un «no» duele, y varios seguidos pueden hundirle la confianza a cualquiera. Pero la mayoría
# de las objeciones no son definitivas. Cada tipo te dice algo sobre dónde está el cliente, y
# cada uno tiene una salida. El primer paso es siempre el mismo: **analiza** la objeción antes
# de responderla.

# %%
lessons.show_objections()

# %% [markdown] from=36bb8877
# ## Qué hacer, tipo por tipo
#
# | Tipo | El cliente dice… | Qué hay detrás | Qué hacer |
# |---|---|---|---|
# | **evasiva** | «Déjeme su tarjeta y ya lo llamamos». | Una de dos: no ha entendido lo que podrías hacer por él, o de verdad no necesita nada. | Averigua cuál de las dos es con una pregunta corta y concreta sobre su situación. Si no hay necesidad, despídete en buenos términos. |
# | **no lo necesito** | «Ya tenemos uno que funciona». | Una necesidad puede crecer: nadie «necesitaba» un automóvil mientras tenía caballo. | Deja que *descubra* la necesidad: pregunta por los costos, los riesgos y los objetivos que la solución actual deja sin resolver. |
# | **no hay dinero** | «No hay presupuesto». | El dinero no existe, llega más adelante, o duda de que el producto lo valga. | Averigua cuál es: empezar más tarde, otras condiciones o pruebas del valor. |
# | **no tengo tiempo** | «Tengo dos minutos». | Muchas veces es alguien que decide, lo bastante seguro de sí mismo como para decir que no. | Nada de charla de cortesía: tu argumento y algo que despierte su curiosidad, en menos de tres minutos. Si el lugar está desbordado, deja material y acuerda una hora. |
# | **mala experiencia** | «Eso ya lo probamos una vez. Nunca más». | Un mal caso tiñe ahora toda la categoría. | Cree lo que te cuenta. Llega a la raíz de lo que falló, responde a la preocupación que más pesa y deja que se sienta escuchado. |
# | **lo tengo que pensar** | «Déjeme pensarlo». | Algún punto de tu oferta no lo ha convencido. | Pregunta, sin presionar, qué lo ayudaría a decidirse, y resuélvelo mientras siguen los dos ahí. |
# | **es muy caro** | «En otro lado es más barato». | El precio es lo que se ve; el valor es lo que todavía no ve. | No regatees. Refuerza los beneficios que el cliente reconoce como importantes. |
#
# **Sobre el precio.** Una encuesta que se repite mucho en la formación de ventas afirma que
# solo alrededor del **4 %** de los compradores elige únicamente por el precio y que el
# **96 %** pone la calidad por delante. Toma las cifras exactas con cautela, pero la idea que
# hay detrás se sostiene. «Es muy caro» suele querer decir «*todavía* no veo suficiente
# valor». Si discutes el precio, el cliente puede seguir apretándolo mientras te vea con
# ganas de cerrar; discute el valor.

# %% [markdown] from=27a8e989
# ## Las tres pruebas, en la práctica
#
# En la lección 03 viste tres formas de distinguir una objeción real de una falsa. Aquí las
# tienes aplicadas a tipos reales:
#
# | Objeción | Hipótesis | Contrapregunta | Transformación |
# |---|---|---|---|
# | es muy caro | «Si el costo de uso resultara menor que el de su máquina actual, ¿el precio lo seguiría frenando?» | «¿Qué tendría que hacer la máquina por usted para que ese precio valiera la pena?» | «Cuesta más porque el tambor dura diez años, y justo por eso cada lavado le sale más barato». |
# | no tengo tiempo | «Si en tres minutos le enseño cómo reducir a la mitad el tiempo que dedica a facturar, ¿valdría la pena?» | «¿Qué tendría que darle una reunión para que valiera quince minutos?» | «Precisamente porque su tiempo es escaso, esta herramienta le importa: le devuelve una hora al día». |
# | mala experiencia | «Si antes pudiera comprobar nuestros tiempos de respuesta con dos de nuestros clientes, ¿nos daría una oportunidad?» | «¿Qué tendría que hacer distinto un proveedor nuevo para que usted confiara en él?» | «Por experiencias como esa ponemos el tiempo de respuesta en el contrato». |
#
# Cómo leer la respuesta del cliente:
#
# - **Hipótesis**: un **sí** claro significa que la objeción es el obstáculo real. Si se
#   escabulle o saca una objeción nueva, es que estaba tapando otra cosa.
# - **Contrapregunta**: siempre pregunta *qué dejaría satisfecho al cliente*. Unas condiciones
#   **concretas** («un técnico con nombre y apellido, una respuesta en menos de cuatro horas»)
#   significan que la objeción es real, y ahora ya sabes qué ofrecerle. Una respuesta vaga
#   significa que el verdadero motivo está en otra parte. Hay tres preguntas que se le parecen
#   pero *no* son esta prueba: **agendar** («¿Cuándo le vendría mejor?») sirve para fijar una
#   reunión; **diagnosticar** («¿Qué falló exactamente?») busca la causa de una mala
#   experiencia; **regatear** («¿Qué precio le parecería razonable?») abre una ronda de
#   negociación. Cada una tiene su momento, pero ninguna te dice si la objeción es real.
# - **Transformación**: solo cuenta cuando la objeción misma se convierte en el motivo para
#   comprar («su tiempo es escaso, y por eso esto le importa»); ofrecer otra cosa en su lugar
#   no es una transformación. Un cliente con una objeción real se abre a ella («visto así…»);
#   uno que usa un pretexto se encoge de hombros y saca la siguiente objeción.

# %%
lessons.show_objection_tests()

# %% [markdown] from=4de417b5
# ## Ejemplo resuelto: «Lo tengo que pensar»
#
# > **Cliente:** Gracias por la demostración, se ve bien. Déjeme pensarlo.
# >
# > **Vendedor (flojo):** Claro, tómese su tiempo. *(Tres días después, el cliente le ha
# > comprado a la competencia).*
#
# La mejor manera: algo no lo ha convencido. Encuéntralo ahora, con educación.
#
# > **Vendedor:** Claro. ¿Qué necesitaría ver de nuestra parte para sentirse seguro?
# >
# > **Cliente:** La verdad, pruebas de que mi personal de verdad lo va a usar. Capacitación
# > en nuestras instalaciones, y alguna forma de ver al cabo de un mes si lo están usando.
# >
# > **Vendedor:** Eso lo podemos hacer. Supongamos que capacitamos a su equipo en sus
# > instalaciones y que usted puede ver las cifras de uso después del primer mes: ¿seguiría
# > adelante?
# >
# > **Cliente:** Sí, seguiría adelante.
#
# La contrapregunta preguntó qué dejaría satisfecho al cliente, y la respuesta fue concreta:
# una objeción real, con el remedio dicho por él mismo. Después, la prueba de hipótesis lo
# confirmó, y la oferta responde directamente a esa objeción.

# %% [markdown] from=133c56fa
# ## Comprueba lo que has entendido
#
# **¿Qué tipo de objeción es?**

# %%
checks.sort_objections()

# %% [markdown] from=71103190
# **¿Qué harías tú?**

# %%
checks.objection_questions()

# %% [markdown] from=e0b0afe4
# **Escribe tus respuestas.** El coach lee cada una y comprueba si hace lo que se espera.
#
# 1. El cliente dice: *«Lo tengo que pensar»*. Escribe una respuesta que pregunte, con una
#    **contrapregunta**, qué resolvería su duda, sin presionar.

# %%
checks.write_reply("think_it_over", "Responde a «Lo tengo que pensar».")

# %% [markdown] from=49021758
# 2. El cliente dice: *«Es muy caro»*. Escribe una respuesta que **no** ofrezca un descuento
#    ni presione, sino que haga una **contrapregunta** sobre el valor que el cliente necesita ver.

# %%
checks.write_reply("too_expensive", "Responde a «Es muy caro».")

# %% [markdown] from=db1373e7
# ## Practica con un cliente simulado
#
# Un ingeniero exigente de una central lechera dice que tu bomba nueva es muy cara. ¿Es el precio la objeción real? Ponlo a prueba antes de responder, y nunca regatees.

# %%
simulation("dairy_pump_seals")

# %% [markdown] from=da8c1b20
# ## Resumen
#
# - **Evasiva**: todavía no ve lo que ofreces, o no necesita nada; averigua cuál de las dos.
#   **No lo necesito**: deja que descubra lo que le cuesta su solución actual. **No hay
#   dinero**: ¿no lo hay, no lo hay todavía o no está convencido? **No tengo tiempo**:
#   despierta su curiosidad en tres minutos o vuelve a una hora acordada. **Mala
#   experiencia**: cree lo que te cuenta, busca la raíz y responde a la preocupación
#   principal. **Lo tengo que pensar**: pregunta qué lo ayudaría a decidirse y resuélvelo en
#   el momento. **Es muy caro**: el precio es lo que se ve y el valor es lo que falta; nada de
#   regatear, más beneficios que el cliente reconozca.
# - Tres pruebas: **hipótesis** (¿compraría si esto estuviera resuelto? Un sí significa que
#   es real), **contrapregunta** (¿qué lo dejaría exactamente satisfecho? Unas condiciones
#   concretas significan que es real; las preguntas para agendar, diagnosticar o regatear no
#   son esta prueba), **transformación** (la objeción misma se convierte en el motivo para
#   comprar; una objeción real se deshace, un pretexto deja paso al siguiente).
#
# Siguiente: el ejercicio [ex06_objections](../exercises/ex06_objections.ipynb) y después el caso integrador, la [lección 07 · Caso integrador: simulaciones completas y análisis final](07_capstone.ipynb).
# El ejercicio se responde con clics (o escribiendo una frase), en JupyterLab o en la vista
# de aplicación; si fallas, recibes una pista y otra oportunidad.

# %% [markdown] from=51e61c9a
# ## Autoevaluación
#
# 1. ¿Qué tres cosas puede significar «no hay dinero», y cómo averiguas cuál es?
# 2. ¿Por qué regatear es la respuesta equivocada a «es muy caro»?
# 3. Un cliente dice: «Tuvimos una mala experiencia con este tipo de producto». Nombra una cosa que nunca debes hacer y dos que sí.
# 4. ¿En qué se diferencian la prueba de hipótesis y la prueba de la contrapregunta?
#
# <details><summary>Respuestas</summary>
#
# 1. Que el dinero no existe, que llega más adelante o que duda del valor; pregunta por los plazos y la forma de pago, y por cuánto cree que vale el producto para él.
# 2. El precio es solo lo que se ve; por debajo, el cliente todavía no tiene claro el valor. Regatear confirma que el precio tenía margen e invita a presionar más; añadir beneficios que el cliente reconoce, en cambio, sube el valor.
# 3. Nunca pongas en duda lo que cuenta; llega a la raíz de lo que pasó y responde a la preocupación que más pesa (escuchando).
# 4. La hipótesis da el problema por resuelto y pregunta si compraría (sí = real); la contrapregunta pregunta qué lo dejaría exactamente satisfecho (respuesta concreta = real).
#
# </details>
