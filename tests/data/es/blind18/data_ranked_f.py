"""Ranked pairs f01-f10: both sides share every turn except one fault in worse and the customer's reaction."""
from common import c, t, rpair

PAIRS = []

# f01 drops the price before asking anything
o = c("Buenas, tengo el seguro del carro con otra compañía y me subieron la prima a 160 al mes. Estoy mirando opciones.", None)
bt = t("Entiendo. Para compararlo bien: ¿qué carro es, qué cobertura tiene y le dijeron por qué subió?")
bc = c("Un RAV4 del 2019, cobertura completa. Sin accidentes; dicen que subió por la zona.", None)
wt = t("Mire, se lo dejo en 120 al mes ahora mismo, eso se lo garantizo. ¿Qué carro es?")
wc = c("¿120 sin saber nada de mí? Un RAV4 2019, completa. Me da mala espina, un agente ya me hizo eso y después vinieron los cargos escondidos.", "bad_experience")
t2 = t("¿Quiénes lo manejan y cuántas millas hace al año, más o menos? ¿Tiene a mano su póliza actual?")
c2 = c("Mi esposo y yo. Unas 10 mil millas. La póliza la tengo en el celular.", None)
t3 = t("Con eso le preparo la cotización con la misma cobertura y deducible que la suya, y se la envío hoy antes de las cinco para compararla línea por línea.")
c3 = c("Ok, mándemela y la comparo.", None)
PAIRS.append(rpair("esb18r_f01_ponce_seguro_auto", "Car insurance agency, Ponce (Puerto Rico): customer whose premium rose to 160 a month is shopping around.",
    [o, bt, bc, t2, c2, t3, c3], [o, wt, wc, t2, c2, t3, c3]))

# f02 over-promises
o = c("Buenas, nuestro vuelo aterriza en Quito a las cinco de la mañana y viajo con mi hija de cuatro años. ¿Podemos entrar temprano al cuarto?", None)
t1 = t("Claro que lo entiendo, con una niña después de un vuelo así. ¿Qué fecha llegan y cuántas noches?")
c1 = c("El 3 de marzo, tres noches. Venimos de Nueva York.", None)
bt = t("El check-in es a las 2 y antes depende de que el cuarto quede libre. Para asegurarlo, reserve también la noche del 2: entra a la hora que llegue. Son 75 con desayuno.")
bc = c("No se me había ocurrido. Sí, desde el 2 entonces, prefiero pagar una noche más que estar en el lobby.", None)
wt = t("No se preocupe, yo le garantizo el cuarto listo a las seis de la mañana, y con vista al Pichincha.")
wc = c("¿Garantizado? Qué bueno, porque en otro hotel me dijeron lo mismo y estuve hasta la una en el lobby con la niña.", None)
t3 = t("Le mando la confirmación por correo con todo lo que hablamos por escrito. ¿A qué correo?")
c3 = c("Al mismo de la reserva. Gracias.", None)
PAIRS.append(rpair("esb18r_f02_quito_hotel_llegada", "Hotel, Quito (Ecuador): mother arriving on a 5 a.m. flight with a small child asks for early check-in.",
    [o, t1, c1, bt, bc, t3, c3], [o, t1, c1, wt, wc, t3, c3]))

# f03 unexplained jargon
o = c("Señorita, a mi mamá le recetaron losartán de marca y cuesta 95 soles. ¿Hay algo más barato que sea igual?", None)
t1 = t("Sí hay opciones. ¿De cuánto es la dosis y cuántas toma al día?")
c1 = c("De 50, una diaria. Tiene 78 años y es desconfiada con las pastillas nuevas.", None)
t2 = t("Hay genérico de 50 a 18 soles la caja de 30, contra 95 de la marca.")
c2 = c("¿Y es igual? No quiero que le suba la presión por ahorrar unos soles.", None)
bt = t("Es el mismo medicamento, en la misma cantidad, aprobado para hacer el mismo efecto. Eso sí: que no cambie de marca a cada rato, y en su control que le midan la presión como siempre.")
bc = c("Ya, así sí le explico a ella. Deme una caja.", None)
wt = t("Es bioequivalente, mismo principio activo, con estudios de biodisponibilidad; solo cambian los excipientes y el laboratorio.")
wc = c("No le entendí nada, señorita. Mejor le pregunto al doctor y vuelvo.", "think_it_over")
PAIRS.append(rpair("esb18r_f03_lima_farmacia_generico", "Pharmacy, Lima (Peru): son asks if a generic blood-pressure pill is as good as the brand.",
    [o, t1, c1, t2, c2, bt, bc], [o, t1, c1, t2, c2, wt, wc]))

# f04 vague next step
o = c("Oye, mandé 150 a mi hermana en Camagüey el lunes y todavía no le ha llegado. Ella lo necesita pa' la comida.", None)
t1 = t("Lo reviso ahora. ¿Me da el número de la transacción?")
c1 = c("El 7731-K. Me dijeron dos días y ya van cinco.", None)
t2 = t("Ya lo veo: está detenido porque el nombre no coincide con el carnet de ella; falta el segundo apellido.")
c2 = c("Ay, mi madre. Sí, ella usa los dos apellidos. ¿Y ahora qué?", None)
bt = t("Lo corrijo ahora con el nombre que usted me confirme; se reenvía hoy y debe llegar mañana antes de las seis. Le texteo cuando salga, y si mañana a las seis no llegó, me llama a la extensión 214.")
bc = c("Perfecto. El carnet dice Yanelis Pérez Rodríguez. Gracias, mija.", None)
wt = t("Eso lo pasamos al departamento de corrección y ellos lo resuelven. Cuando esté, le avisamos.")
wc = c("¿Y cuándo es 'cuando esté'? Mi hermana no puede esperar otra semana. Quiero hablar con alguien que me dé una fecha.", None)
PAIRS.append(rpair("esb18r_f04_hialeah_remesa_camaguey", "Remittance agency, Hialeah (Florida, US): a transfer to Camagüey (Cuba) is stuck over a name mismatch.",
    [o, t1, c1, t2, c2, bt, bc], [o, t1, c1, t2, c2, wt, wc]))

# f05 argues with the customer
o = c("Saludos, necesito una bomba pa' la cisterna. La otra se me quemó en un año, y me la vendieron aquí mismo.", None)
t1 = t("Vamos a ver. ¿De cuánto era, y a qué altura está el tinaco? ¿Usted qué cree que pasó?")
c1 = c("Media caballo, el tinaco en el segundo piso. Yo creo que fue la luz: aquí se va y cuando vuelve viene con fuerza.", None)
bt = t("Puede ser, los subidones queman motores. ¿La cisterna se vacía a veces? Porque trabajar en seco también las quema, y conviene cubrir las dos cosas.")
bc = c("A veces sí se vacía, cuando no llega el agua del acueducto.", None)
wt = t("No, eso no fue la luz, señor. Esas bombas aguantan el voltaje. Eso fue que trabajó en seco, se lo digo yo que vendo bombas hace veinte años.")
wc = c("¿Usted estaba en mi casa? Yo sé cómo llega la luz aquí. No me venga a decir lo que pasó.", None)
t3 = t("Para esa altura le sirve esta de media caballo, 6,500 pesos. Le recomiendo un protector de voltaje de 1,200 y un flotador para que no trabaje sin agua.")
c3 = c("6,500 está caro. En la ferretería de la esquina la vi en 5,800.", "too_expensive")
t4 = t("Esa es de menos presión, al segundo piso le sube floja. La nuestra trae un año de garantía, y con el protector puesto, si se quema por voltaje, se la cambio.")
PAIRS.append(rpair("esb18r_f05_santiago_ferreteria_bomba", "Hardware store, Santiago de los Caballeros (Dominican Republic): man replaces a water pump that burned out.",
    [o, t1, c1, bt, bc, t3, c3, t4], [o, t1, c1, wt, wc, t3, c3, t4]))

# f06 doubts the customer's honesty
o = c("hola, el internet anda lentisimo desde el sabado, pago 100 megas y no llega ni a 10. ya reinicie el router como tres veces", None)
t1 = t("Hola, lamento eso. ¿Me pasa el número de contrato? ¿Mide por wifi o con cable?")
c1 = c("contrato 55021. por wifi, pero en la compu con cable tambien sale lento", None)
bt = t("Gracias, eso ayuda: si con cable también sale lento, no es el wifi. Desde aquí veo señal débil en su router desde el sábado.")
bc = c("ah ya, el sabado hubo tormenta, justo", None)
wt = t("¿Seguro que reinició el router? Todos dicen eso y después resulta que no. Y lo del cable, mmm, lo dudo.")
wc = c("oiga no me trate de mentiroso. le digo que lo reinicie y que medi con cable", None)
t3 = t("Le agendo un técnico para mañana entre 9 y 12, sin costo, para revisar el cable de afuera, y le descuento los días sin servicio en la factura.")
c3 = c("ya, mañana en la mañana estoy en la casa", None)
PAIRS.append(rpair("esb18r_f06_cochabamba_internet_lento", "Internet provider chat, Cochabamba (Bolivia): slow connection since a storm.",
    [o, t1, c1, bt, bc, t3, c3], [o, t1, c1, wt, wc, t3, c3]))

# f07 unasked lecture
o = c("Buenas, trabajo de delivery en moto y quiero un seguro de accidentes baratito. Algo por si me pasa algo.", None)
t1 = t("Claro. ¿Qué le preocupa más: los gastos médicos si se accidenta, o dejarle algo a su familia?")
c1 = c("Los gastos médicos. Tengo un hijo chiquito y si no trabajo no comemos.", None)
t2 = t("Hay uno de accidentes personales: hasta 5,000 en gastos médicos y una renta diaria si no puede trabajar. Son 14 dólares al mes.")
c2 = c("14 al mes está bien. Pero ¿cubre si voy trabajando en la moto? Porque el otro seguro que tuve no pagó nada por eso.", "bad_experience")
bt = t("Sí, lo cubre trabajando, siempre que tenga licencia vigente tipo A; sin eso no paga. Se lo pongo por escrito en la póliza para que no le pase lo del otro.")
bc = c("Licencia tipo A sí tengo. Hágamelo.", None)
wt = t("Sí, con licencia. Y ya que estamos, le digo: ustedes los motorizados van muy rápido, se meten entre los carros y no se ponen bien el casco; piensen en su familia antes de correr por una carrera.")
wc = c("Yo no le pedí consejo, mi pana. Déjelo así, busco en otro lado.", None)
PAIRS.append(rpair("esb18r_f07_guayaquil_seguro_motorizado", "Insurance broker, Guayaquil (Ecuador): motorbike delivery rider wants cheap accident cover.",
    [o, t1, c1, t2, c2, bt, bc], [o, t1, c1, t2, c2, wt, wc]))

# f08 recommends before asking
o = c("Buenas, tengo una ferretería en Trujillo y quiero un sistema para el inventario, que ya no sé ni qué tengo.", None)
bt = t("Claro. ¿Cuántos productos maneja más o menos, y hoy cómo lleva el control: cuaderno, Excel?")
bc = c("Como 3,000, tornillos, pintura, de todo. En un Excel que nadie actualiza.", None)
wt = t("Le recomiendo nuestro plan Empresarial: multi-almacén, app móvil, facturación y reportes con inteligencia artificial, 189 soles al mes.")
wc = c("¿Multi almacén? Tengo un local nomás. 189 es harto para una ferretería chica.", "too_expensive")
t2 = t("¿Quiénes venden en el mostrador?")
c2 = c("Mi hijo, un empleado y yo. Venden y nadie descuenta del Excel, ese es el problema.", None)
t3 = t("Entonces lo clave es que cada venta descuente sola del stock. El plan Básico hace eso, con lector de códigos, a 69 al mes. Le propongo un mes de prueba cargando solo pinturas y tornillos, que es lo que más se pierde.")
c3 = c("Un mes de prueba sí. Pero ¿quién me carga todo? Yo no tengo tiempo para eso.", "no_time")
PAIRS.append(rpair("esb18r_f08_trujillo_software_inventario", "Inventory software vendor, Trujillo (Peru): hardware-store owner has lost track of stock (B2B).",
    [o, bt, bc, t2, c2, t3, c3], [o, wt, wc, t2, c2, t3, c3]))

# f09 closes before checking the thing works
o = c("Klk, tengo una bodega en el Bronx y quiero una maquinita de tarjetas nueva, la que tengo cobra mucho por transacción.", None)
t1 = t("Dale. ¿Cuánto le cobran ahora y cuánto pasa en tarjetas al mes, más o menos?")
c1 = c("Como 3% y pico. Unos 12 mil al mes. Y mucha gente paga con EBT, los food stamps.", None)
t2 = t("Con 12 mil, nuestra tarifa de 2.3% le ahorra unos 100 al mes. La máquina va gratis con contrato de un año.")
c2 = c("Un año de contrato... la otra vez me amarraron tres años y pagué penalidad pa' salir.", "bad_experience")
bt = t("Entiendo. Antes de firmar, le traigo la máquina mañana y probamos en su mostrador, con su internet, una tarjeta EBT y una de débito. Si no pasa el EBT, no le sirve y no firmamos. Y los primeros 90 días se cancela sin penalidad.")
bc = c("Así sí. Mañana a las diez, que está flojito.", None)
wt = t("Tranquilo, este contrato es otra cosa. Firmemos ahora y mañana se la instalo; el EBT lo activamos después, eso siempre funciona.")
wc = c("¿Y si después no me pasa el EBT? La mitad de mis clientes paga con eso. Déjame pensarlo.", "think_it_over")
PAIRS.append(rpair("esb18r_f09_bronx_bodega_terminal", "Card-terminal sales rep, the Bronx (New York, US): Dominican bodega owner wants lower card fees and needs EBT.",
    [o, t1, c1, t2, c2, bt, bc], [o, t1, c1, t2, c2, wt, wc]))

# f10 talks about themselves
o = c("Buenas, quisiera información de la carrera de contabilidad en la noche. Trabajo de día en una tienda.", None)
t1 = t("Buenas, claro. ¿Qué le gustaría hacer al terminar? ¿Ya tiene alguna base, del colegio o de la tienda?")
c1 = c("Quiero llevar las cuentas de negocios, en la Ceja hay harto comerciante. En la tienda hago la caja.", None)
bt = t("Entonces le sirve el técnico medio de dos años: sale con título para llevar libros e impuestos de negocios pequeños, justo lo que piden en la Ceja. Las clases son de 7 a 10.")
bc = c("De 7 a 10... salgo a las siete de la tienda. Llegaría tarde todos los días.", "no_time")
wt = t("Qué bien. Yo también empecé así: trabajaba de día en el puesto de mi mamá y estudiaba de noche aquí mismo. Fue durísimo, pero ahora soy coordinadora, y mi promoción fue la mejor del instituto.")
wc = c("Ah, qué bien por usted. ¿Y el horario? Yo salgo a las siete.", None)
t3 = t("Hay un turno que empieza 7:30 lunes, miércoles y viernes, más los sábados en la mañana. La mensualidad es 250 bolivianos.")
c3 = c("250 al mes... con lo que gano tendría que ver. Lo converso con mi mamá.", "think_it_over")
PAIRS.append(rpair("esb18r_f10_elalto_instituto_contabilidad", "Technical institute, El Alto (Bolivia): shop worker asks about an evening accounting course.",
    [o, t1, c1, bt, bc, t3, c3], [o, t1, c1, wt, wc, t3, c3]))
