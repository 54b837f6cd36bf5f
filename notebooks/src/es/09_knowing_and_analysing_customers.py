"""Lección 09 · Conocer y analizar a los clientes (fuente de notebooks/09_knowing_and_analysing_customers.ipynb)."""

# %% [markdown] from=9cce3a41
# # 09 · Conocer y analizar a los clientes
#
# **Tiempo:** unos 30 minutos
#
# ### Objetivos de aprendizaje
# Al terminar esta lección podrás:
# - decir quién cuenta como cliente, y no solo el usuario final;
# - encontrar e identificar a los clientes valiosos: las fuentes, los pasos y cuatro métodos
#   de búsqueda con sus ventajas y desventajas;
# - saber qué analizar de un cliente: datos básicos, características, situación del negocio y
#   actividad actual;
# - reconocer los motivos de compra (práctico, estético, novedad) y usar los modelos de
#   análisis psicológico y económico;
# - enumerar los cuatro tipos de necesidad que tienen los clientes de una agencia.

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
review("09")

# %% [markdown] from=2d92f30d
# ## ¿Quién es el cliente?
#
# Antes de poder entender las necesidades de un cliente, tienes que saber quiénes son tus
# clientes y cómo analizarlos uno por uno. De eso trata esta lección.
#
# Los clientes **no siempre son usuarios finales**. Un mayorista o un minorista compra para
# revender: son clientes clave aunque nunca usen tu producto. Y los **clientes internos** (el
# compañero que recibe tu trabajo, el siguiente departamento del proceso, la siguiente
# empresa de la cadena de suministro) también cuentan. Tratarlos como clientes mejora el
# servicio de todos.
#
# ## Identificar a los clientes valiosos
#
# Conocer tu mercado objetivo es solo el principio. Dentro de él, los clientes de un centro
# de jardinería van desde la empresa de paisajismo que hace un pedido cada semana hasta la
# familia que compra una parrilla cada cinco años. Se diferencian en lo que aportan y en la
# probabilidad de que sigan contigo. Conservar clientes sale más barato que conseguir otros
# nuevos, pero intentar conservar a todos y cada uno gasta esfuerzo donde rinde poco.
# Averigua qué clientes importan más.
#
# **Fuentes de información**
#
# - **registros internos**: contabilidad (costos, ingresos, márgenes), ventas (listas de
#   clientes, historial de pedidos, comentarios), estudios de mercado anteriores;
# - **bases de datos y estadísticas externas**: directorios del sector, estadísticas
#   publicadas, asociaciones del sector, empresas de investigación de mercados, prensa
#   especializada;
# - **recomendaciones** de amigos, colegas y clientes actuales;
# - **ferias comerciales**, donde conoces a muchos compradores a la vez;
# - **internet**, y la prensa y las revistas (fíjate en dónde está creciendo la competencia);
# - **investigación de campo**: visitar tú mismo el mercado; es la fuente más directa y la
#   más costosa.
#
# **Cuatro pasos**
#
# 1. **Ubicar**: entender la relación y en qué se diferencian los clientes en valor y en
#    necesidades;
# 2. **Ajustar con el tiempo**: el mercado se mueve; la empresa de paisajismo puede cerrar y
#    un centro de jardinería de la competencia puede empezar a comprarte al por mayor;
#    mantén la lista al día;
# 3. **Clasificar**: agrupar a los clientes según los rasgos que comparten;
# 4. **Desarrollar**: un plan para cada grupo; el cliente profesional que compra cada semana
#    recibe un contacto fijo y condiciones de cuenta, y la familia que viene una vez por
#    temporada, una oferta clara y un recordatorio amable.

# %% [markdown] from=a4238f0d
# ### Cuatro formas de encontrar clientes
#
# | Método | Cómo | Ventajas | Desventajas |
# |---|---|---|---|
# | **prospección directa** | puerta a puerta, llamada tras llamada, todos los de una zona | no se te escapa nadie; muchos contactos y opiniones; te das a conocer | cara y lenta; puede molestar a la gente |
# | **publicidad** | llegar al grupo objetivo a través de los medios y luego dar seguimiento a las respuestas | rápida, amplia, repetible; menos trabajo de calle | cuesta dinero; poco precisa y con respuesta lenta |
# | **recomendación** | presentaciones de contactos, socios y clientes satisfechos | alto índice de éxito, menor costo, la confianza llega con la presentación | depende de cultivar las relaciones; mezclar amistad y dinero exige cuidado |
# | **investigación documental** | directorios, estadísticas, revistas del sector, las publicaciones del propio cliente | fiable, eficiente, menos visitas inútiles; te permite prepararte | solo es tan buena como sus fuentes; trato más impersonal |

# %%
checks.finding_methods()

# %% [markdown] from=a7b06d2d
# ## Qué analizar
#
# | Área | Qué abarca |
# |---|---|
# | **datos básicos** | nombre, dirección, contactos, dueños y directivos (y sus antecedentes e intereses), desde cuándo trabaja contigo |
# | **características** | zona de mercado, capacidad de venta, potencial de crecimiento, filosofía de negocio, orientación y políticas |
# | **situación del negocio** | resultados de ventas, cuota de mercado, competitividad y posición, relación con la competencia y contigo |
# | **actividad actual** | la actividad y los problemas de hoy, estrategia y planes, imagen, finanzas y crédito |

# %%
checks.sort_analysis()

# %% [markdown] from=ae540438
# ## Por qué compran los clientes: motivos y modelos
#
# Hay tres **motivos de compra** frecuentes:
#
# - **práctico**: uso, calidad, durabilidad; lo sencillo y sólido antes que lo que está de moda;
# - **estético**: belleza, forma, color, cómo hace quedar al comprador;
# - **novedad**: lo nuevo, lo poco común, lo último.
#
# Dos **modelos de análisis** te ayudan a interpretar la decisión de un cliente:
#
# - el modelo **psicológico**: la compra nace de las necesidades, y las necesidades, de
#   *impulsos* internos: impulsos básicos (necesidades físicas) y, más a menudo, impulsos
#   *aprendidos*, moldeados por la experiencia y la cultura;
# - el modelo **económico**: el cliente sopesa costo y beneficio: lo que paga, lo que obtiene
#   y lo que se puede permitir. Si conoces su poder de compra, puedes preparar antes de la
#   visita una propuesta que le encaje.
#
# Usa los dos: la mayoría de los clientes tienen razones del corazón y razones del bolsillo.

# %%
checks.sort_motives()

# %% [markdown] from=27742433
# **¿Qué modelo?** Dos clientes, dos formas de interpretarlos.

# %%
checks.model_questions()

# %% [markdown] from=356369f0
# ## Ejemplo: las necesidades de los clientes de una agencia
#
# Los clientes de una agencia de publicidad pueden parecer difíciles: imponen cada detalle,
# quieren todos sus productos en un solo anuncio, piden una copia de la campaña de un
# competidor, o no saben decir lo que quieren pero rechazan todas las propuestas. Detrás de
# ese comportamiento hay cuatro tipos de necesidad:
#
# 1. necesidades de **mercado**: la campaña tiene que ayudarles a hacer crecer el mercado y a
#    competir;
# 2. necesidades de los **consumidores**: llegar a los consumidores objetivo y construir
#    notoriedad, fidelidad y reputación;
# 3. necesidades de la **empresa**: una buena imagen corporativa;
# 4. necesidades **personales**: la gerente de marketing que te contrató quiere quedar bien en
#    su empresa y en el sector.
#
# Un ejecutivo de cuentas que entiende el mercado, los consumidores y la empresa del cliente
# (y a la persona que tiene delante) puede hablar de estrategia como asesor en lugar de
# limitarse a tomar pedidos. Estas mismas cuatro capas aparecen en casi cualquier venta entre
# empresas.

# %% [markdown] from=f86b8183
# ## Resumen
#
# - Tu cliente no siempre es quien usa el producto: los mayoristas, los minoristas y los
#   compañeros del siguiente departamento también cuentan.
# - Identifica a los clientes valiosos dentro de tu mercado objetivo. La información sale de
#   tus propios registros, de bases de datos externas y estadísticas publicadas, de las
#   recomendaciones y las ferias comerciales, de internet y de ir a verlo con tus propios
#   ojos. Después, ubícalos, mantén la lista al día, clasifícalos en grupos y desarrolla cada
#   grupo.
# - Cuatro formas de encontrar clientes (prospección directa, publicidad, recomendación,
#   investigación documental), cada una con su equilibrio entre alcance, costo y precisión.
# - Fíjate en cuatro áreas: los datos básicos, las características del cliente, cómo le va a
#   su negocio y en qué punto está hoy tu relación comercial con él.
# - La gente compra por motivos prácticos, estéticos o de novedad. Interprétalos con dos
#   lentes: la psicológica (los impulsos internos) y la económica (costo frente a beneficio).
# - Detrás de las exigencias del cliente de una agencia hay cuatro capas de necesidad: su
#   mercado, sus consumidores, su empresa y la persona que te contrató.
#
# Siguiente: el ejercicio [ex09_finding_customers](../exercises/ex09_finding_customers.ipynb) y después, cuando hayas hecho el caso integrador (07), la [lección 10 · Evaluación final](10_final_check.ipynb).
# El ejercicio se responde con clics (o escribiendo una frase), en JupyterLab o en la vista
# de aplicación; si fallas, recibes una pista y otra oportunidad.

# %% [markdown] from=a884c404
# ## Autoevaluación
#
# 1. Da dos ejemplos de clientes que no son usuarios finales.
# 2. ¿Qué método de búsqueda elegirías para entrar en una ciudad nueva con poco presupuesto, y por qué?
# 3. Acaban de bajarle la calificación crediticia a un cliente. ¿A qué área del análisis pertenece ese dato?
# 4. Un comprador dice: «Quiero el que salió apenas la semana pasada». ¿Qué motivo es?
# 5. Nombra los cuatro tipos de necesidad que tiene el cliente de una agencia.
#
# <details><summary>Respuestas</summary>
#
# 1. Un mayorista o un minorista que revende; un cliente interno, como el siguiente departamento del proceso.
# 2. La recomendación o la investigación documental: baratas y bien dirigidas (la prospección directa es exhaustiva, pero lenta y cara; la publicidad cuesta dinero).
# 3. Actividad actual (finanzas y crédito).
# 4. Novedad.
# 5. Necesidades de mercado, de los consumidores, de la empresa y personales.
#
# </details>
