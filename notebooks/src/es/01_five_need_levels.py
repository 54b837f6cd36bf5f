"""Lección 01 · Los cinco niveles de necesidad (fuente de notebooks/01_five_need_levels.ipynb)."""

# %% [markdown] from=73c84b5e
# # 01 · Los cinco niveles de necesidad
#
# **Tiempo:** unos 30 minutos
#
# ### Objetivos de aprendizaje
# Al terminar esta lección podrás:
# - nombrar los cinco niveles de necesidad del cliente, de abajo hacia arriba: **necesidad de producto**,
#   **necesidad de servicio**, **necesidad de experiencia**, **necesidad de relación** y
#   **necesidad de éxito**;
# - reconocer en las palabras de un cliente en qué nivel está principalmente su necesidad;
# - explicar el ejemplo del taladro y por qué el nivel de éxito es el que gana clientes;
# - decidir con qué abrir tu propuesta (producto, servicio o relación) una vez que conoces el nivel;
# - si gestionas cuentas de comercios, nombrar los tres niveles de necesidad de un minorista y
#   el orden en que los minoristas adoptan una marca nueva.

# %% [markdown] from=eefd4a5e
# > **Cómo usar esta lección:** en JupyterLab elige primero **Ejecutar ▸ Ejecutar todas las celdas** y luego
# > avanza desde arriba. (En la vista de aplicación, `python3 course.py app --lang es`, esto ocurre solo).

# %%
from coursekit import lessons
from coursekit.plots.pyramid import show_pyramid
from coursekit.widgets import checks
from coursekit.widgets.assessment import review
from coursekit.widgets.dialogue import simulation

# %% [markdown] from=f837c64b
# ## Calentamiento: de lecciones anteriores
#
# Dos preguntas rápidas sobre cómo funciona el curso (lección 00), para que empieces a
# responder antes de entrar en materia. Contesta de memoria y luego pulsa **Comprobar**.

# %%
review("01")

# %% [markdown] from=ea5d17ff
# ## ¿Por qué niveles?
#
# Pregunta a diez clientes qué quieren y obtendrás diez respuestas distintas, algunas ni
# siquiera dichas en voz alta, y el mes que viene esas respuestas ya habrán cambiado. Para poner orden
# en ese caos ayuda clasificar lo que oyes. El modelo que usamos aquí toma su forma de la
# pirámide de Maslow: las necesidades del cliente se apilan en **cinco niveles, de abajo
# hacia arriba**. Un cliente puede tener necesidades en varios niveles a la vez, pero en una compra
# concreta suele *predominar* uno, y ese es el nivel al que debe hablarle tu oferta.

# %%
show_pyramid()

# %% [markdown] from=015e9e11
# ## Los cinco niveles, uno a uno
#
# Lee las fichas de arriba (el nivel más alto) hacia abajo. Para cada nivel verás qué
# significa, cómo lo notas en una conversación, qué hacer y algunas frases típicas de los clientes.

# %%
lessons.show_levels()

# %% [markdown] from=5cbfdf73
# ## Ejemplos resueltos
#
# **1 · El centro de copiado.** Marta tiene un pequeño centro de copiado en Guadalajara. Pregunta: *«¿Cuántas
# páginas por minuto imprime y cuánto cuesta un tóner?»*. Y luego: *«¿Y si se atasca un sábado,
# quién viene?»*.
#
# - Primera pregunta: velocidad y costo de uso; es el nivel de **producto**.
# - Segunda pregunta: una reparación rápida cuando más importa; es el nivel de **servicio**.
# - Su necesidad está sobre todo en el nivel de servicio: una impresora barata que se queda
#   parada en su día de más trabajo le sale más cara que una de mayor precio que se repara en
#   dos horas. Empieza por tu compromiso de reparación (y cúmplelo) y después muéstrale los
#   costos de uso.
#
# **2 · La planta del hospital.** Una supervisora de enfermería te dice: *«Me da bastante igual
# qué programa de turnos sea, con tal de que mis enfermeras dejen de doblar turnos»*. Te acaba
# de decir que el producto no le importa. Su necesidad es un resultado para su equipo: el nivel
# de **éxito**. Háblale de cómo otras plantas han reducido los turnos dobles y de qué haría
# falta para conseguirlo en la suya; las funciones vienen después, como medio para alcanzar su
# objetivo.
#
# **3 · El restaurante fiel.** Un grupo de restaurantes de Valencia lleva diez años comprando
# la verdura al mismo mayorista. Tus precios son más bajos y tu verdura es igual de buena, pero
# no se cambian. ¿Por qué? *«Cuando se nos estropeó la cámara frigorífica en Navidad, Paco se
# presentó con su propia furgoneta»*. Ese es el nivel de **relación**: una confianza que se
# construye despacio y ayuda cuando hay problemas. Una buena oferta no va a ganar a este
# cliente; un contacto constante y fiable durante meses, quizá sí.
#
# **4 · La degustación.** Una pareja que prepara su boda no contrata el banquete hasta haber
# probado el menú y hablado de cómo se colocan las mesas. Ese es el nivel de **experiencia**:
# quieren probar antes de comprar y participar en el diseño. Cada llamada con ellos también
# forma parte de la experiencia.

# %% [markdown] from=06050750
# ## El taladro: el nivel más alto
#
# Un cliente entra en una ferretería y pide un taladro. ¿Qué necesita?
#
# 1. el **taladro**: el producto que ha nombrado;
# 2. un **agujero** en la pared: para qué sirve el taladro;
# 3. un **problema resuelto**: por ejemplo, una repisa que por fin aguante los libros de los
#    niños, para que la sala esté ordenada cuando vengan los suegros.
#
# La tercera respuesta es la necesidad de éxito. Muchas veces el cliente no sabe ponerla en
# palabras, y casi nunca es lo primero que dice. Pero el vendedor que pregunta *«¿Qué va a
# colgar?»* puede descubrir que los tacos (taquetes) y un detector de vigas importan más que
# la potencia del taladro, y que ese cliente volverá para su próximo proyecto. **Quien ayuda al
# cliente a tener éxito, gana.**

# %%
show_pyramid(highlight="success")

# %% [markdown] from=c9c7d361
# ## Cómo usar los niveles
#
# Identifica el nivel en el que está *principalmente* la necesidad del cliente y, a partir de
# ahí, planifica tu estrategia de producto, de servicio y de relación:
#
# | Si la necesidad está sobre todo en… | empieza por… | ten cuidado de no… |
# |---|---|---|
# | producto | rendimiento, calidad y comparaciones de precio claras: la relación calidad-precio | abrumarlo con extras que no ha pedido |
# | servicio | quién entrega, instala, capacita y repara, y con qué rapidez | prometer más soporte del que tu equipo puede dar |
# | experiencia | una prueba, una degustación, un piloto; que participe en la planificación | tratar las llamadas y visitas como simple trámite: cada una se recuerda |
# | relación | una confianza constante: promesas cumplidas, ayuda en los problemas, contactos útiles | esperar que una sola oferta atractiva te gane a un cliente fiel |
# | éxito | el objetivo del cliente y cómo lo ayudas a alcanzarlo | venderle el taladro cuando lo que necesita es que la repisa aguante |
#
# El nivel de relación también resuelve dos enigmas con los que un vendedor se topa cada
# semana: por qué un cliente se queda con su proveedor de siempre aunque uno nuevo le ofrezca
# más, y por qué dos propuestas igual de buenas terminan de forma distinta. En ambos casos las
# ofertas empatan y decide la relación: el comprador se va con el proveedor en quien ya confía.

# %% [markdown] from=63bb9510
# ## Para gestores de cuentas: las necesidades de los minoristas
#
# Cuando tus clientes son **tiendas** y no consumidores finales, sus necesidades también se
# ordenan en niveles:
#
# - **información de negocio**: novedades del mercado y de los clientes, y mejores formas de
#   llevar la tienda (exhibición, surtido, precios); la aportas en cada visita;
# - **calidad del servicio**: problemas resueltos rápido, peticiones anotadas y con
#   seguimiento, para que el minorista se sienta valorado;
# - **beneficio económico**: mejor margen y un surtido más fuerte, que es lo que hace que se
#   queden contigo.
#
# Cuando presentas una **marca nueva**, los minoristas la adoptan en un orden previsible:
# primero los **amantes de las novedades** y los que **dependen de ti** y confían en tu
# consejo; cuando a ellos les funciona, las tiendas **que esperan a ver** prueban con un pedido
# pequeño; cuando muchos vecinos ya la tienen, los **que siguen a la mayoría** se suman por sí
# solos; los **reacios** llegan al final. Empieza por donde es más fácil y deja que los
# resultados convenzan por ti.

# %%
checks.retail_questions()

# %% [markdown] from=ba1b3b04
# ## Comprueba lo que has entendido
#
# **Clasifica las frases.** Para cada frase de un cliente, elige el nivel que expresa
# *principalmente* su necesidad y luego pulsa el botón. En las respuestas incorrectas verás el
# nivel correcto y el porqué.

# %%
checks.sort_levels()

# %% [markdown] from=7b7552d3
# **Tres preguntas rápidas.**

# %%
checks.level_questions()

# %% [markdown] from=0ef80648
# **Escribe la tuya.** Vendes mobiliario de oficina a una startup que está creciendo. Escribe
# una **pregunta abierta** que explore la necesidad de **éxito** del cliente (su objetivo) sin
# ofrecerle ningún producto. El coach te dirá lo que ha entendido.

# %%
checks.write_question("open_success",
                      "Escribe una pregunta abierta sobre el objetivo del cliente (nivel de éxito).")

# %% [markdown] from=64b65ddd
# ## Practica con un cliente simulado
#
# Marco quiere «un buen taladro» y tiene prisa. ¿En qué niveles están sus necesidades? Pregunta antes de ofrecer nada y comprueba si llegas a su necesidad de éxito. En cada turno, haz clic en una de las respuestas sugeridas (escribir tus propias respuestas, por ahora, solo funciona en el curso en inglés).

# %%
simulation("drill_for_saturday")

# %% [markdown] from=7c54acde
# ## Resumen
#
# - Cinco niveles, de abajo hacia arriba: producto, servicio, experiencia, relación, éxito.
# - El **producto** trata de lo que hace el artículo y lo que cuesta, y manda cuando falta el
#   dinero. El **servicio** es todo lo que lo rodea, desde la entrega hasta las reparaciones
#   rápidas. La **experiencia** consiste en probar primero, ayudar a dar forma a la solución y
#   en que cada contacto deje un recuerdo. La **relación** es confianza y ayuda en una crisis,
#   cultivadas durante años; decide entre ofertas iguales. El **éxito** es el objetivo propio
#   del cliente, la razón que hay detrás de cada compra.
# - Taladro, agujero, repisa: lo que se pide, para qué sirve y el trabajo que de verdad importa.
#   Ayuda al cliente a sacar adelante ese trabajo y el negocio llega solo.
# - Averigua qué nivel concentra la mayor parte de la necesidad y deja que eso decida con qué
#   empiezas: el producto, el servicio que lo acompaña o la relación.
# - Las tiendas como clientes quieren información de negocio, calidad del servicio y beneficio
#   económico; una marca nueva se extiende desde los amantes de las novedades y las tiendas
#   fieles hacia las que esperan a ver, luego a las que siguen a la mayoría, y llega a las
#   reacias en último lugar.
#
# Siguiente: el ejercicio [ex01_need_levels](../exercises/ex01_need_levels.ipynb) y después la [lección 02 · Los nueve temperamentos y cómo atender a cada uno](02_nine_temperaments.ipynb).
# El ejercicio se responde con clics (o escribiendo una frase), en JupyterLab o en la vista
# de aplicación; si fallas, recibes una pista y otra oportunidad.

# %% [markdown] from=697c9798
# ## Autoevaluación
#
# 1. Nombra los cinco niveles de abajo hacia arriba.
# 2. *«¿Podemos probarlo primero en una sucursal?»*: ¿qué nivel es?
# 3. ¿Por qué un cliente podría quedarse con un proveedor conocido cuya oferta es peor que la tuya?
# 4. En el ejemplo del taladro, ¿cuál es la necesidad de éxito?
# 5. ¿A qué minoristas te diriges primero con una marca nueva, y por qué?
#
# <details><summary>Respuestas</summary>
#
# 1. Producto, servicio, experiencia, relación, éxito.
# 2. Experiencia: quieren probar antes de comprar.
# 3. Por el nivel de relación: la confianza y la ayuda en los momentos difíciles, construidas durante años, pueden pesar más que una oferta mejor.
# 4. El problema que resuelve el agujero (la repisa que aguanta, la sala ordenada): el objetivo propio del cliente.
# 5. A los amantes de las novedades y a los que confían en ti: lo prueban con gusto, y sus resultados convencen al resto.
#
# </details>
