"""Ranked pairs f01-f10: both sides share every turn but one fault in `worse` and the customer's reaction."""
from common import c, t, rpair

# f01 argues with the customer
A0 = c("Buenas, m'hijo. En el estado de cuenta me aparece un cobro de 180 pesos que yo no sé qué es.", None)
A1 = t("Buenas. Vamos a verlo juntos. ¿Me presta la cédula y el estado de cuenta?")
A2 = c("Acá está. Mire, ahí, donde dice 'com. tarjeta'. Yo la tarjeta de crédito nunca la usé.", None)
A3 = t("Tiene razón, es la anualidad de una tarjeta que figura activa. Si no la usa, la damos de baja y reclamo que le devuelvan el cobro.")
A4 = c("Ah, bueno. Ni sabía que la tenía, me la habrán mandado con la cuenta.", None)
A3w = t("No, señora, eso no es un error. Si tiene la tarjeta, paga la anualidad; usted la habrá pedido.")
A4w = c("¡Yo no pedí nada! Treinta años que soy clienta y nunca me pasó esto.", None)
A5 = t("La doy de baja ahora y dejo hecho el reclamo. ¿Quiere que le active la app para ver los movimientos?")
A6 = c("No, m'hijo, con el celular no me llevo. Con el papel me alcanza.", "no_need")
A7 = t("Como prefiera. Le anoto el número de reclamo: en diez días hábiles lo ve en el papel; si no, pregunte por mí.")

# f02 doubts the customer's honesty
B0 = c("Buenos días. Tengo aquí la factura del agua, el doble que siempre, y en casa somos los mismos: mi mujer y yo.", None)
B1 = t("Buenos días. ¿Me dice el número de contrato? Así veo las lecturas.")
B2 = c("Sí, el 30-44817. No hemos cambiado nada, vivimos en un piso.", None)
B3 = t("Gracias. La lectura de este trimestre es estimada: el lector no pudo entrar al cuarto de contadores. Puede venir de ahí.")
B4 = c("Ah, pues eso será, que el portero está de baja.", None)
B3w = t("Ya, eso dicen todos. ¿Seguro que no han tenido visitas, o algún grifo abierto que no quiera contar?")
B4w = c("¿Me está llamando mentiroso? Le digo que somos dos viejos en un piso.", None)
B5 = t("Le mando al lector a hacer una lectura real mañana entre 9 y 12, y rehago la factura. ¿Le va bien?")
B6 = c("Mañana tengo el médico a las diez. ¿No puede ser el jueves?", "no_time")
B7 = t("El jueves, apuntado. La factura queda parada hasta entonces.")

# f03 drops the price before asking anything
C0 = c("Buenas tardes. Quiero ver unos anteojos nuevos, estos ya tienen sus años.", None)
C1 = t("Buenas tardes, don. ¿Qué le molesta de los que tiene? ¿Y para qué los usa más?")
C2 = c("Se me cansa la vista leyendo el diario. Los uso para todo, para manejar también.", None)
C1w = t("Buenas tardes. Mire, a usted le dejo el armazón a mitad de precio, ¿eh? Hoy nomás.")
C2w = c("¿A mitad? Si todavía no sé ni lo que necesito, mi hijo. Se me cansa la vista leyendo el diario, y los uso para manejar.", None)
C3 = t("Entonces necesita ver bien de lejos y de cerca. Le controlo la graduación y vemos: bifocales, multifocales o dos pares.")
C4 = c("Multifocales ya tuve y no me acostumbré, che. Prefiero los bifocales de siempre.", "bad_experience")
C5 = t("Bifocales, entonces. Con su graduación, armazón y cristales salen 650 mil guaraníes.")
C6 = c("Está un poco caro... en la otra óptica me pidieron 500.", "too_expensive")
C7 = t("La diferencia es el antirreflejo, que de noche al manejar ayuda. Sin él quedan en 520. Usted elige.")

# f04 an unasked lecture
D0 = c("Buenas, maja. Una caja de paracetamol y algo para el ardor de estómago, que llevo unos días.", None)
D1 = t("Buenas. ¿El ardor es después de comer o por la noche? ¿Toma algún medicamento más?")
D2 = c("Después de comer. Tomaba el omeprazol, pero lo dejé hace un mes porque ya estaba bien.", None)
D3 = t("Ahí puede estar: al dejar el omeprazol de golpe, a veces vuelve el ardor. ¿Se lo dijo al médico?")
D4 = c("No, lo dejé yo. Pensaba que ya no hacía falta.", None)
D3w = t("Pues ya sabe: nada de café, nada de fritos, cenar pronto y no tumbarse. Y el paracetamol no se toma como caramelos, ¿eh?")
D4w = c("Oiga, que no le he pedido consejo de comidas. Tengo setenta y ocho años y sé lo que como.", None)
D5 = t("Para estos días le doy un antiácido en sobres, y coméntele al médico lo del omeprazol antes de volver a tomarlo.")
D6 = c("¿Al médico? Tengo al nieto en casa esta semana, no tengo tiempo de ir al centro de salud.", "no_time")
D7 = t("Puede pedir que el médico la llame por teléfono, es una consulta corta. Aquí tiene: cinco con ochenta.")

# f05 a vague next step
E0 = c("Buenos días, señorita. Me dijeron que los jubilados tienen descuento en el predial. Tengo mi casita y cobro de la ONP.", None)
E1 = t("Buenos días. Hay deducción para pensionistas con un solo inmueble. ¿La casa está a su nombre y vive usted ahí?")
E2 = c("A mi nombre y de mi señora, que en paz descanse. Vivo ahí con mi hija.", None)
E3 = t("Entonces califica. Necesito su DNI, la última boleta de pensión y la partida de defunción de su esposa.")
E4 = c("La partida la tiene mi hija... ¿Tengo que volver? Vivo lejos y el micro es una odisea.", None)
E5 = t("Si su hija la escanea, la sube al portal y se aplica desde enero. Yo le llamo el miércoles para confirmarle que llegó.")
E6 = c("Ah, así sí. Anote el teléfono de mi hija.", None)
E5w = t("Traiga los papeles cuando pueda y ya le avisaremos.")
E6w = c("¿Y cuándo me avisan? Con lo del agua me dijeron lo mismo y nunca me llamaron.", "bad_experience")
E7 = t("Le dejo apuntado en esta hoja todo lo que necesita. Que tenga buen día, señor.")

# f06 over-promises
F0 = c("Buenas. Mi doctor del ISSSTE me mandó a hacerme audífonos. Dice que tengo pérdida moderada de los dos oídos.", None)
F1 = t("Buenas tardes. ¿Trae el estudio? ¿Y dónde nota más que le cuesta oír?")
F2 = c("Aquí está la audiometría. En la iglesia, con mis nietos que hablan rapidito, y el teléfono.", None)
F3 = t("Con esta pérdida, unos bien ajustados le ayudan bastante con voces cercanas y el teléfono. Tenemos el par desde 16 mil, con programa para ruido.")
F4 = c("¿16 mil? En otro lado me pidieron 40. ¿Y de verdad me van a servir?", None)
F5 = t("Le soy honesto: en la iglesia, con eco, ayudan, pero no como oído joven. Los primeros días se oye raro y hay que venir a ajustes.")
F6 = c("Se agradece que me lo diga. Déjeme platicarlo con mi esposa y vengo a probarlos.", "think_it_over")
F5w = t("Con estos va a oír como a los veinte años, en la iglesia, en la calle, donde sea. Se le olvida que los trae.")
F6w = c("¿Como a los veinte? A mi compadre le prometieron lo mismo y nomás oía zumbidos.", "bad_experience")
F7 = t("Pruébelos 30 días con los ajustes incluidos; si no le convencen, los devuelve.")

# f07 closes before checking the thing works
G0 = c("Buenas, hijo. Quiero sacar la tarjeta esa del bus para ir a Jaca, que dicen que con ella es más barato.", None)
G1 = t("Buenas. Con la tarjeta le sale a mitad de precio. ¿Me deja el DNI? Le hago una foto para la tarjeta.")
G2 = c("Vivo en Canfranc. Tome el DNI. La foto... ay, que voy despeinada.", None)
G3 = t("Está usted muy bien. ¿Cuánto le cargo? Cada viaje a Jaca le sale por un euro.")
G4 = c("Pues diez euros, que voy al mercado los viernes y poco más.", None)
G5 = t("Diez euros cargados. Antes de irse, la pasamos por este lector, que es igual que el del bus... Verde: funciona y marca el saldo.")
G6 = c("Ay, qué bien, así me quedo tranquila.", None)
G5w = t("Diez euros cargados, ya está. Aquí la tiene, que pase buen día.")
G6w = c("¿Y ya va? A mi vecina le dieron una y en el bus no le pitaba, y tuvo que pagar.", "bad_experience")
G7 = t("Cualquier problema, llame a este teléfono y lo arreglamos. Si pierde la tarjeta, no pierde el saldo.")

# f08 recommends before asking
H0 = c("Buenas tardes, joven. Mi esposo y yo queremos dejar algo arreglado para cuando nos toque, para no darles trabajo a los hijos.", None)
H1 = t("Buenas tardes, señora, muy previsor. ¿Cómo les gustaría, entierro o cremación? ¿Ya tienen nicho?")
H2 = c("Entierro, en La Apacheta, donde está mi suegra. Ahí ya tenemos el nicho pagado.", None)
H1w = t("Buenas tardes. Le recomiendo el Plan Familiar Integral: nicho, ataúd, velatorio y cremación opcional, 85 soles al mes los dos.")
H2w = c("¿Nicho? Ya tenemos, en La Apacheta, donde está mi suegra. Y cremación no, somos de entierro.", "no_need")
H3 = t("Entonces sin nicho, y eso baja bastante: el servicio funerario para los dos son 55 soles al mes.")
H4 = c("55 está mejor. Pero mi esposo tiene 79, ¿lo aceptan a esa edad?", None)
H5 = t("Hasta los 80 sí, con seis meses de carencia: si fallece antes, se cubre la mitad.")
H6 = c("Ay, eso de la carencia no me gusta. Lo hablo con mis hijos, que ellos van a pagar la mitad.", "think_it_over")
H7 = t("Claro. Le doy el resumen con la carencia subrayada para que lo vean.")

# f09 unexplained jargon
I0 = c("Buenas. Este mes me han ingresado cuarenta euros menos de pensión y no sé por qué.", None)
I1 = t("Buenas. Vamos a mirarlo. ¿Me deja la libreta?")
I2 = c("Tome. Yo siempre cobro lo mismo, ochocientos noventa y dos.", None)
I3 = t("La Seguridad Social le quita ahora un poco más para Hacienda, el impuesto de la renta, porque este año le subieron la pensión. No es el banco.")
I4 = c("Ah... ¿y eso luego me lo devuelven?", None)
I3w = t("Es un cambio en la retención de IRPF por la revalorización; el INSS aplica el tipo según el 145 y se regulariza en la declaración.")
I4w = c("Hija, no he entendido nada. ¿Me lo han quitado ustedes o qué?", None)
I5 = t("Es cosa de Hacienda: si en la declaración le sale a devolver, se lo devuelven. ¿Quiere cita con nuestro servicio de renta para que lo miren con usted?")
I6 = c("¿La renta? Eso me lo hace mi sobrino, y gratis.", "no_need")
I7 = t("Pues perfecto, que lo mire él. Le imprimo el movimiento para que se lo enseñe.")

# f10 talks about themselves
J0 = c("Buenas. El médico me dijo que me controle la presión en casa. ¿Tienen de esos aparatitos?", None)
J1 = t("Buenas. Sí. ¿Vive solo o alguien le ayuda? ¿Y los números chicos los ve bien?")
J2 = c("Vivo con mi señora, pero ella no ve bien. Y yo los números chicos no los veo.", None)
J3 = t("Entonces le conviene uno de brazo, con números grandes y que dice la presión en voz alta. Este es de 2.900.")
J4 = c("¿Que habla? Eso me sirve, así la escucha mi señora también.", None)
J3w = t("Yo tengo uno para mi padre y está chocho. Yo también me la tomo, ¿sabe?, con el estrés de la farmacia... Este es de 2.900.")
J4w = c("Ta, pero ¿tiene los números grandes? Porque yo no veo.", None)
J5 = t("Mire la pantalla: números bien grandes. Se lo pruebo ahora en su brazo, así ve cómo se pone el manguito.")
J6 = c("Dale. Pero 2.900 es mucho, en la otra farmacia vi uno de 1.800.", "too_expensive")
J7 = t("El de 1.800 es de muñeca, menos fiable y con números chicos. Si quiere pensarlo, le anoto los dos modelos.")

PAIRS = [
rpair("esb22r_f01_montevideo_banco_cobro", "Bank branch, Montevideo (Uruguay): pensioner finds an unknown 180-peso charge.",
      [A0, A1, A2, A3, A4, A5, A6, A7], [A0, A1, A2, A3w, A4w, A5, A6, A7]),
rpair("esb22r_f02_sagunto_agua_factura", "Water company, Sagunto (Valencia region): older couple's bill has doubled.",
      [B0, B1, B2, B3, B4, B5, B6, B7], [B0, B1, B2, B3w, B4w, B5, B6, B7]),
rpair("esb22r_f03_asuncion_optica_anteojos", "Optician, Asuncion (Paraguay): older man wants new glasses.",
      [C0, C1, C2, C3, C4, C5, C6, C7], [C0, C1w, C2w, C3, C4, C5, C6, C7]),
rpair("esb22r_f04_zaragoza_farmacia_ardor", "Pharmacy, Zaragoza (Aragon): woman of 78 wants paracetamol and an antacid.",
      [D0, D1, D2, D3, D4, D5, D6, D7], [D0, D1, D2, D3w, D4w, D5, D6, D7]),
rpair("esb22r_f05_lima_municipalidad_predial", "Municipal office, Lima (Peru): widowed pensioner asks about the property-tax deduction.",
      [E0, E1, E2, E3, E4, E5, E6, E7], [E0, E1, E2, E3, E4, E5w, E6w, E7]),
rpair("esb22r_f06_cdmx_audifonos_promesa", "Hearing-aid shop, Mexico City: retiree referred by his doctor with moderate loss.",
      [F0, F1, F2, F3, F4, F5, F6, F7], [F0, F1, F2, F3, F4, F5w, F6w, F7]),
rpair("esb22r_f07_canfranc_tarjeta_bus", "Rural bus card office, Jaca/Huesca (Aragon): older woman from Canfranc gets a new card.",
      [G0, G1, G2, G3, G4, G5, G6, G7], [G0, G1, G2, G3, G4, G5w, G6w, G7]),
rpair("esb22r_f08_arequipa_sepelio_plan", "Funeral plan, Arequipa (Peru): older woman wants a plan for herself and her husband.",
      [H0, H1, H2, H3, H4, H5, H6, H7], [H0, H1w, H2w, H3, H4, H5, H6, H7]),
rpair("esb22r_f09_valencia_banco_pension_irpf", "Bank branch (pensions), Valencia: pension paid 40 euros lower this month.",
      [I0, I1, I2, I3, I4, I5, I6, I7], [I0, I1, I2, I3w, I4w, I5, I6, I7]),
rpair("esb22r_f10_salto_farmacia_tensiometro", "Pharmacy, Salto (Uruguay): older man needs a home blood-pressure monitor.",
      [J0, J1, J2, J3, J4, J5, J6, J7], [J0, J1, J2, J3w, J4w, J5, J6, J7]),
]
