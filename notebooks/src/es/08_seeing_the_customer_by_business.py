"""Lección 08 · Cómo ver al cliente según el tipo de negocio (fuente de notebooks/08_seeing_the_customer_by_business.ipynb)."""

# %% [markdown] from=032d5e9d
# # 08 · Cómo ver al cliente según el tipo de negocio
#
# **Tiempo:** unos 20 minutos
#
# ### Objetivos de aprendizaje
# Al terminar esta lección podrás:
# - explicar por qué, en lo **estratégico**, el cliente es Dios, y por qué la **táctica** cambia
#   según el negocio;
# - elegir cómo ver al cliente en tu propio negocio: como **Dios**, como un **socio** al que hay
#   que conquistar, como un **alumno o paciente** o como un **hijo**;
# - superar el **complejo de inferioridad** del vendedor: tu visita no le cuesta dinero al
#   cliente, sino que le ayuda a ganarlo;
# - nombrar las habilidades que hay que entrenar, entre ellas el **ritmo de ventas**.

# %% [markdown] from=eefd4a5e
# > **Cómo usar esta lección:** en JupyterLab elige primero **Ejecutar ▸ Ejecutar todas las celdas** y luego
# > avanza desde arriba. (En la vista de aplicación, `python3 course.py app --lang es`, esto ocurre solo).

# %%
from coursekit.widgets import checks
from coursekit.widgets.assessment import review

# %% [markdown] from=7ecc2c3a
# ## Calentamiento: de lecciones anteriores
#
# Tres preguntas rápidas de las lecciones 01 a 03, que son la base de esta. Contesta de
# memoria y luego pulsa **Comprobar**: recordar lo aprendido es lo que hace que se quede.

# %%
review("08")

# %% [markdown] from=9467c6e6
# ## Estrategia: el cliente es Dios
#
# Esta lección trata de cómo ver al cliente según el tipo de negocio: una sola actitud en la
# estrategia y tácticas distintas para cada forma de vender.
#
# Para la empresa en su conjunto, la respuesta es sencilla. Piensa en una cadena de panaderías
# que decide qué hornear, dónde abrir y a qué precio vender: gana si conoce a sus grupos de
# clientes mejor que la cadena de enfrente y si acierta con el producto, el precio, la
# promoción y los puntos de venta para ellos. Una empresa que empieza a tratar a sus clientes
# como una molestia pronto descubre que se han ido a otra parte. Por eso, en el servicio, la
# producción, el marketing y el desarrollo de productos, **el cliente es Dios**.
#
# ## Táctica: depende del negocio
#
# Para quienes venden de verdad, «el cliente es Dios» no siempre es la imagen más útil. Tu
# forma de actuar tiene que ajustarse al tipo de venta.
#
# | Negocio | Cómo es la venta | Ve al cliente como… | Lo que significa… |
# |---|---|---|---|
# | bienes de consumo masivo, comercio minorista | muchos clientes, contactos breves, compra por impulso y de reposición, fidelidad que se pierde con facilidad | **Dios** | atenderlo rápido y con calidez; estimular el impulso de compra |
# | gastronomía, ocio, servicios | el cliente paga por sentirse especial | **Dios** | adelantarte a lo que va a querer antes que la competencia; calidez en cada contacto |
# | grandes cuentas, venta directa industrial | pocos clientes, soluciones complejas, decisiones largas y racionales, muchas personas implicadas | un **socio al que hay que conquistar** | una relación larga y planificada: conocerse, generar confianza, llegar al compromiso y, después de la venta, cumplir lo prometido |
# | formación y consultoría | el cliente llega con un problema que no puede resolver solo | un **alumno** o un **paciente** | llevar la conversación: mirar más allá de lo que describe hasta llegar a la causa, y decir cuál es; en un asesor que solo dice que sí nadie confía para resolver nada |
# | distribución por canales (concesionarios, distribuidores) | socios que venden en tu nombre | un **hijo** | incentivos, formación y control: motivarlos, capacitarlos, proteger los precios y frenar los abusos |
#
# Sea cual sea la imagen, hay algo común a todas: **un interés sincero por el cliente**.

# %% [markdown] from=7ed7807e
# ## El complejo de inferioridad
#
# Imagina a Julián, que lleva dos años vendiendo software de gestión de almacenes. El lunes
# tiene su primera reunión con la directora de logística de una cadena de tiendas nacional.
# Ella maneja un presupuesto mayor que toda la facturación de la empresa de Julián. El domingo
# por la noche ensaya disculpas: *«Perdone que le quite tiempo… Sé que está muy ocupada…
# Nosotros somos una empresa pequeña…»*. El lunes le pide a su propio director comercial que
# lo acompañe, «por si acaso».
#
# A Julián no le faltan conocimientos. Lo que falla es la imagen que tiene en la cabeza: la
# clienta arriba, él abajo, pidiendo un favor. Los clientes perciben esa imagen al instante.
# Demasiada deferencia, demasiadas ganas, decir que sí a todo: todo eso se lee como
# *«inexperto»*, *«un proveedor pequeño»*, *«un producto que nadie ha probado»*, *«necesitan
# este pedido como sea, así que puedo apretarlos»*. A partir de ahí manda la clienta: otra
# demostración, una prueba más larga, la reunión aplazada otra vez. Meses después, Julián se
# entera de que solo lo invitaron porque las normas exigían tres ofertas.
#
# Tres remedios:
#
# 1. **Cambia la imagen.** Julián no va a quitarle dinero a la directora. Va a **ayudarla a
#    ganar dinero**: menos horas perdidas en el almacén, costos más bajos, más ingresos, una
#    ventaja frente a sus competidores.
# 2. **Siéntete orgulloso de lo que vendes.** Nada en el mercado es perfecto. Un producto que
#    hace lo que este cliente necesita es lo bastante bueno para respaldarlo.
# 3. **Entrena tus habilidades.** La seguridad nace de conocer bien tu trabajo.

# %% [markdown] from=b29c51ae
# ## Habilidades que hay que entrenar
#
# - **Lo básico**: conocer tu producto, comunicarte bien, sacar a la luz las necesidades y
#   responder a las objeciones que oyes cada semana.
# - **El siguiente nivel**: sondear (leer lo que se quiere decir detrás de las palabras),
#   generar confianza, evaluar una situación y analizar a las personas clave: los líderes de
#   opinión, sus intereses personales, sus funciones y el equilibrio de poder dentro de la
#   organización del cliente.
# - **Ritmo de ventas**: saber cuándo hacer el trabajo tú mismo, cuándo debe intervenir tu
#   **gerente** y qué solo debe tratar el **director general**. Un buen ritmo hace que cada paso
#   cuente; un mal ritmo desperdicia a los cargos altos e incluso puede perjudicar la venta.

# %% [markdown] from=0b22a524
# ## Comprueba lo que has entendido

# %%
checks.sort_business_views()

# %% [markdown] from=824376fe
# Tres preguntas más: estrategia y táctica, seguridad en ti mismo y ritmo de ventas.

# %%
checks.stance_questions()

# %% [markdown] from=d90596f9
# ## Resumen
#
# - En lo estratégico, el cliente es Dios. En lo táctico, depende del negocio: Dios en los
#   bienes de consumo masivo, el comercio minorista, la gastronomía y el ocio; un socio al que
#   hay que conquistar en las grandes cuentas y la venta directa industrial (plan, confianza,
#   compromiso); un alumno o paciente en la formación y la consultoría (hablar desde la
#   autoridad del experto, diagnosticar); un hijo en la distribución por canales (incentivos,
#   formación, control).
# - Vence el complejo de inferioridad: tu visita sirve para que el cliente gane dinero, así
#   que no hay nada de qué disculparse.
# - Construye primero lo básico (producto, comunicación, descubrir necesidades, las objeciones
#   de cada día) y después las habilidades más finas: sondear, generar confianza, leer la
#   situación, analizar quién cuenta y qué papel tiene, y un buen ritmo de ventas.
#
# Siguiente: el ejercicio [ex08_customer_stance](../exercises/ex08_customer_stance.ipynb) y después la [lección 09 · Conocer y analizar a los clientes](09_knowing_and_analysing_customers.ipynb).
# El ejercicio se responde con clics (o escribiendo una frase), en JupyterLab o en la vista
# de aplicación; si fallas, recibes una pista y otra oportunidad.

# %% [markdown] from=0430b786
# ## Autoevaluación
#
# 1. ¿Cómo debería ver al cliente un vendedor que vende un proyecto ferroviario de dos años, y por qué?
# 2. ¿Por qué un consultor demasiado educado y con demasiadas ganas podría perder al cliente?
# 3. ¿Qué significa «ritmo de ventas»?
# 4. Completa la frase: «No estoy aquí para pedirle dinero, estoy aquí para…».
#
# <details><summary>Respuestas</summary>
#
# 1. Como un socio al que hay que conquistar: pocos clientes, una decisión larga y racional y muchas personas implicadas exigen una relación planificada, basada en la confianza y el compromiso.
# 2. El cliente llega con un problema que no puede resolver y necesita a alguien que hable desde la autoridad del experto y diagnostique; una postura demasiado sumisa le hace dudar de que puedas ayudarlo.
# 3. Saber cuándo actúas tú, cuándo interviene tu gerente y qué solo trata el director general.
# 4. «…ayudarle a ganar dinero» (mejorar la eficiencia, reducir costos, aumentar los ingresos, superar a la competencia).
#
# </details>
