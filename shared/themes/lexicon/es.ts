/**
 * Spanish lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~' weak,
 * '^' yielding, tokenizer markers '#money', '#num', '#pos', '#neg', '#sarcasm'). Write every
 * entry in lower case WITHOUT diacritics: the tokenizer folds Latin letters (é → e, ł → l,
 * ı → i, ß → ss, ç → c, ğ → g, ş → s, ñ → n, ã → a), so "livré" and "livre" are one word.
 * This lexicon is searched before the English one, which still finds English words used in
 * Spanish ("app", "support", "cashback"); an entry here wins a tie with an English entry of the
 * same length, so '_' (in themes or cues) silences an English false friend.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'

export const es: LanguageLexicon = {
  themes: {
    delivery: `=vuelo+cancelado =vuelo+retrasado =cancelaron+el+vuelo =retrasaron+el+vuelo =el+vuelo+salio =en+el+aeropuerto~ =aeropuerto~ =perdi+el+tren =perdi+el+vuelo =perdi+la+conexion =resivi~ =recibi+el+pedido =recibi+el+paquete =recibi+mi+pedido =entregaron =lo+entregaron =me+lo+entregaron =aparecieron~ =aparecen~ =se+presento~ =se+presentaron~ =todo+llego =llego+todo =llego+perfecto =llego+perfecta =llego+bien =llego+en+perfecto+estado =en+perfecto+estado~ =pedido+llego =el+pedido+llego =mi+pedido+llego =paquete+llego =el+paquete+llego =me+llego =me+llegaron =no+era+mio =pedido+equivocado =producto+equivocado =articulo+equivocado =otro+pedido~ =en+traer~ =en+traerlo~ =en+llegar =en+entregar =en+traermelo =casi+una+hora~ =mas+de+una+hora~ =aduana =aduanas =paquete+retenido =sin+movimiento =no+se+mueve =pedido+incompleto =faltaba+un =faltaban+productos~ =falto~ =me+falto =amazon+locker =correos+express =punto+de+entrega =punto+de+retiro =dejaron+en =lo+dejaron =la+dejaron =lo+dejo =la+dejo =tiro+la+caja =tiraron+el+paquete =envio+rapido =envio+lento =entrega+rapida =esperando+el+pedido =esperando+mi+pedido =espero+mi+pedido =esperando+el+paquete =esperando+mi+paquete =el+pedido+no+llega =mi+pedido+no+llega =llego+calentit =llegaron+calentit =llego+caliente =llegaron+calientes =llego+calentito =ya+lo+tenia =ya+la+tenia =ya+los+tenia =ya+estaba+en+casa =ya+lo+tenia+en+casa =tenia+que+venir =tenian+que+venir =quedo+en+venir =quedaron+en+venir entreg =envio =envios =enviado~ =enviaron~ =envio~ =envian~
      repartid =reparto =repartos =rider =riders mensajer =courier =transportista =transportistas =cadete
      paquet =paqueteria =encomienda =encomiendas =bulto~ =caja~ =cajas~
      lleg~ =llegada =no+llego =nunca+llego =sigue+sin+llegar =no+ha+llegado =aun+no+llega =todavia+no+llega
      retras =retraso =retrasos demor atrasad~ =tarde~ =tardo~ =tarda~ =tardan~ =tardaron~ =tardo+#num =tardaron+#num =tarda+#num
      a+tiempo^ =puntual^ =puntuales^ puntualidad =rapido^ =rapida^ rapidisim^ =rapidez^ =veloz^ =pronto^ =volando^ =en+nada^
      seguimiento rastreo =tracking =numero+de+seguimiento =en+transito =en+camino =en+reparto =en+ruta
      =locker =lockers =casillero =taquilla~ punto+de+recogida punto+de+entrega =punto+pack =recogi~ =retire~ =recoger~ =retirar~ =sucursal~
      =correos~ =correo+argentino =seur =mrw =gls =dhl =ups =fedex =ctt =nacex =estafeta =andreani =servientrega =oca
      =buzon~ =portero~ =porteria~ =conserje~ =domicilio~ =a+domicilio =puerta~ =en+la+puerta =direccion~ =direccion+equivocada
      embal^ empaquet^ =empaque^ =envoltorio^ =bien+embalado =mal+embalado
      despach =franja =franja+horaria =horario+de+entrega =ventana+horaria
      =recibi~ =recibido~ =no+recibi =nunca+recibi =no+me+llego =no+lo+recibi
      =marcado+como+entregado =figura+como+entregado =aparece+como+entregado
      =perdieron~ =se+perdio~ extravi =extraviado
      =vuelo~ =vuelos~ =avion~ =maleta =maletas =equipaje =escala~ =embarque~ =aterriz~ despeg~
      =conductor~ =conductora~ =chofer~ =taxista~ =taxi~ =cabify~ =uber~ =didi~ =aparecio~ =nunca+aparecio =no+aparecio
      =vino~ =vinieron~ =vienen~ =viene~ =esperando~ =espere~ =esperar~ =esperamos~
      =aviso+de+ausente =ausente~ =no+estaba+en+casa =estuve+en+casa =estaba+en+casa
      =mudanza =transporte~ =durante+el+transporte =en+el+transporte
      =a+la+hora^ =antes+de+la+hora =antes+de+lo+previsto =al+dia+siguiente =en+#num+horas~ =en+#num+minutos~ =en+#num+dias~ =en+#num+min~ =en+media+hora~ =en+una+hora~
      =lo+traen =lo+trajeron =trajeron~ =traen~ =sube~ =subir~ =bajar+a+por~`,
    support: `=ni+contesta =ni+contestan =ni+responde =ni+responden =ni+atienden =me+tratan =me+trataron =nos+trataron =nos+tratan =atension =atencion+al+publico =atencion+telefonica =telefonica~ =nadie+me+atiende =nadie+me+contesta =nadie+me+responde =msj~ =mensajito~ =se+disculpo =se+disculparon =disculpa~ =disculpas~ =pidio+disculpas =pidieron+disculpas =ni+perdon =chica~ =chico~ =muchacha~ =muchacho~ =senora~ =senor~ =profesional~ =profesionales~ =cercana~ =cercano~ =no+me+da+explicaciones =no+me+dan+explicaciones =no+dan+explicaciones =no+dan+ninguna+explicacion =explicaciones~ =el+banco+no+me =en+la+oficina~ =nadie+me+da+una+respuesta =nadie+me+da+respuesta =nadie+da+respuesta =nadie+me+dice+nada =nadie+sabe+nada~ =nadie+me+explica =la+atencion =el+servicio+de+atencion =gestor~ =gestora~ =oficina~ =sucursal+bancaria =en+la+sucursal =el+banco+dice~ =ni+caso =no+hacen+caso =no+me+hacen+caso =me+ignoran =me+ignoraron =me+mandan+de+un+lado =de+un+lado+a+otro =me+pasan+de =buzon+de+voz =contestador =robot~ =asistente+virtual =monitor~ =monitores~ =profesor~ =profesora~ =profe~ =cuando+llame =cuando+llamamos =llame+al =llame+a soporte atencion+al+cliente =atencion+al+consumidor servicio+al+cliente servicio+de+atencion servicio+tecnico
      =atencion~ =chat =chats =bot =bots =chatbot =operador =operadora =operadores =agente =agentes
      asesor =ejecutivo~ =ejecutiva~ =teleoperador~ =call+center =callcenter =centro+de+atencion =linea+de+atencion
      =telefono~ =llamada~ =llamadas~ =llame~ =llamar~ =llamo~ =llamando~ =linea~ =en+espera =me+colgaron =colgaron =me+cuelgan
      =correo~ =mail~ =mails~ =email~ =emails~ =mensaje~ =mensajes~ =whatsapp~ =respuesta~ =respuestas~ =responden~ =respondieron~ =contestan~ =contesta~ =contestaron~ =contesto~
      =nadie+contesta =nadie+responde =nadie+atiende =no+contestan =no+responden =no+atienden =sin+respuesta =ninguna+respuesta =no+me+responden =no+me+contestan
      =reclamo~ =reclamos~ =reclamacion~ =queja~ =quejas~ =ticket~ =caso~ =incidencia~ =hoja+de+reclamaciones
      =preguntas+frecuentes =faq~ =la+central =centralita
      =personal~ =staff =empleado~ =empleada~ =empleados~ =vendedor =vendedora =vendedores =dependiente =dependienta =cajero =cajera =cajeros
      =recepcion~ =recepcionista =camarero =camarera =camareros =mesero =mesera =meseros =mozo~ =moza~
      =farmaceutico =farmaceutica =medico =medica =doctor =doctora =enfermera =enfermero =guia~
      =azafata =azafatas =tripulacion =tecnico~ =gerente =encargado =encargada
      =trato~ =me+atendio =me+atendieron =atendio~ =atendieron~ =atienden~ =amable~ =amables~ =atento~ =atenta~ =grosero~ =grosera~ maleducad~ =borde~
      =explico~ =explicacion~ =sin+explicacion =ni+una+explicacion =me+dijeron~ =me+dicen~ =me+dice~ =dicen~
      =resolvio~ =me+resolvio =soluciono~ =solucionar~ =resolver~ =me+ayudo =me+ayudaron =ayuda~ =nadie+ayuda
      =hablar+con+una+persona =hablar+con+alguien =persona+real =un+humano =con+un+humano =copiados+y+pegados =copia+y+pega =respuestas+automaticas =mensaje+automatico`,
    app_ux: `=se+queda+pillada =se+queda+colgada =pillada~ =se+pilla =aplicasion =apk =pagina+se+cae =la+pagina =el+sitio =la+pagina+web =terminar+la+compra =completar+la+compra =finalizar+la+compra =realizar+la+compra~ =hacer+el+pedido~ =hacer+un+pedido~ =movil~~ =celular~~ =pantalla~~ =proceso+de+compra =finalizar+compra =checkout =se+congelo =pantalla+en+blanco =pantallazo~ =la+aplicacion =la+app =usabilidad =accesibilidad =verificar+mi+cuenta =codigo+sms~ =sms~ =no+llega+el+sms =no+llega+el+codigo~ =mi+cuenta~ =entrar+a+mi+cuenta =entrar+en+mi+cuenta =acceder~ =acceso~ =no+puedo+entrar =en+la+web~ =en+la+pagina~ =en+el+sitio~ =no+me+deja~ =app =apps =aplicacion =aplicaciones =aplicativo =web~ =pagina+web =sitio+web =portal~ =plataforma~ =pagina~
      =buscador =busqueda =buscar~ =filtro =filtros =boton =botones =menu~
      =iniciar+sesion =inicio+de+sesion =sesion =contrasena =usuario~ =registrarme =registro~ =login =logueo =loguear
      actualiz =version~ =se+cuelga =se+colgo =se+traba =se+trabo =se+tilda =se+tildo =se+cierra =se+cerro =se+bloquea~ =se+congela =congela~ =cuelga~ =crashea
      =carga~ =cargar~ =cargando =tarda+en+cargar =lenta~ =lento~ =diseno =interfaz intuitiv =modo+oscuro =navegacion =navegar
      =carrito~ =historial =notificacion =notificaciones =descargue =descargar~ desinstal =instale~
      =clic =clics =click =clicks =toques~ =un+toque~ =dos+toques =#num+toques =#num+clics
      =online~ =en+linea~ =area+de+clientes =area+de+cliente =zona+de+clientes =escanear~
      =error~ =errores~ =da+error =falla~ =fallas~ =bug =bugs =se+borran =no+carga =no+abre =facil+de+usar`,
    price: `=no+cobran+comisiones =no+me+cobran+comisiones =no+cobran =no+me+cobran =no+cobra =no+te+cobran =sin+comisiones =sin+comision =no+hay+comisiones =cero+comisiones =#money+mas =dolares~ =soles~ =euros~ =cobran+de+mas =cobran+mucho =cobran~ =precio+final =precios+altos =subida+de+precio =subida+de+precios =gratis~ =mas+barato =mas+caro =relacion+precio =pagas~ =lo+que+pagas =ahorrar+dinero =sale+caro =sale+barato =salio+caro =vale+lo+que+cuesta =precio =precios =preciazo =preciazos =caro =caros =cara~ =caras~ =carisimo =carisima =carito =carita~ =ojo+de+la+cara
      =barato =barata =baratos =baratas =baratisimo =economico =economica =economicos
      =oferta =ofertas =oferton =descuento =descuentos =cupon =cupones =codigo+de+descuento =codigo+promocional =promo =promos =promocion =promociones =rebaja =rebajas =liquidacion
      =gastos+de+envio =costo+de+envio =coste+de+envio =envio+gratis =envios+gratis =envio+gratuito =#money+de+envio =#money+el+envio =pagar+el+envio =cobran+el+envio
      =comision =comisiones =tarifa =tarifas =cuota~ =cuotas~ =mensualidad =suscripcion~ =abono~ =recargo =cargo+extra =cargos+extra =costo~ =coste~ =costos~ =cuesta~ =cuestan~ =cuesten~ =vale~ =valen~
      =calidad+precio =relacion+calidad+precio =por+el+precio =para+el+precio =a+ese+precio =#money~ =lucas~ =pesos~ =plata~ =dinero~ =ahorro =ahorrar =ahorre =ahorro~
      =subieron+los+precios =suben+los+precios =subieron~ =suben~ =aumentaron~ =aumento~ =inflacion =abusivo =abusivos =robo~`,
    assortment: `=la+carta =no+los+tenian =no+lo+tenian =no+la+tenian =no+las+tenian =los+platos~ =platos~ =vuelto+a+traer =volvieron+a+traer =vuelto+a+tener =vuelven+a+tener =volvio+a+haber =han+vuelto+a =dejaron+de+traer =dejaron+de+vender =ya+no+traen =ya+no+venden =lo+que+necesito =lo+que+necesitaba =nada+de+lo+que =lo+que+queria =lo+que+quiero =otra+marca =otras+marcas~ =me+mandaron+otr =me+mandaron+otra+cosa =no+estaba~ =la+mia+no+estaba =no+quedaba =no+quedaban =ya+no+quedaba =marcas =cantidad+de+marcas =cantidad+de+productos =cantidad+de+opciones =marca+blanca =marca+propia =marcas+blancas =marca+blanca~ =menos+productos~ =mas+productos~ =nuevos+productos~ =productos+nuevos~ =no+tienen+mi+talla =nunca+tienen =de+=todo =hay+de+=todo =tienen+de+=todo =productos+importados =importados~ =referencias~ =mas+variedad =poca+variedad =mas+opciones =pocas+opciones =muchas+opciones =mucha+variedad =gran+variedad =amplia+variedad =amplio+catalogo surtid =en+todos+lados~ =surtido =variedad =variedades =seleccion~ =opciones~ =catalogo =gama~ =stock =sin+stock =en+stock =fuera+de+stock =falta+de+stock
      agotad =disponible~ =disponibles~ =no+disponible =no+esta+disponible =disponibilidad =no+hay~ =nunca+hay =no+tenian =no+tienen~ =no+tiene~ =no+habia
      =tallas~ =talla~ =tallas+grandes =todas+las+tallas =mi+talla~ =modelos~ =colores~ =productos+sin+gluten =sin+gluten~ =sin+lactosa~ =vegano~ =veganos~
      =encontrar~ =encuentro~ =encontre~ =no+encuentro =no+encontre =lo+que+busco =lo+que+buscaba =de+todo
      =solo+ustedes =solo+aqui =ningun+otro+lado =en+ningun+lado =ningun+otro+sitio =otro+lado~
      sustitu =reemplaz =me+la+cambiaron =me+lo+cambiaron =me+los+cambiaron =me+las+cambiaron =cambiaron+por =lo+cambiaron+por =la+cambiaron+por
      =repuesto~ =repuestos~ =amplio~ =amplia~ =falta~ =faltan~ =faltaba~ =faltaban~ =series~ =peliculas~ =carta~ =menu+del+dia`,
    quality: `=la+senal =el+internet =la+conexion =la+cobertura =la+fibra =la+imagen =el+sonido =no+me+cubrio =no+cubrio =no+cubre  =me+hacen+dano =hacen+dano =hace+dano =me+hace+dano =aprieta =aprietan =la+talla+no+corresponde =talla+no+corresponde =no+corresponde~ =tabla+de+tallas =guia+de+tallas =el+producto+es =los+productos+son =el+producto+era =los+productos+eran  refrigerad~ derretid =vendido+como+nuevo reacondicionad~ =tortilla~ =paella~ =croquetas~ =churros~ =arepa~ =arepas~ =ceviche~ =asado~ =milanesa~ =torta~ =pastel~ =bocadillo~ =sandwich~ =kebab~ =ramen~ =poke~ =pan~ =galletas~ =chocolate~ =vino~ =muebles~ =mueble~ =solido~ =solida~ =solidos~ =firme~ =firmes~ robust =el+curso =la+clase =las+clases =relleno~ =tacos~ =burrito~ =pasta~ =ensalada~ =sopa~ =postre~ =tarta~ =helado~ =cafe~ =cerveza~ =queso~ =jamon~ =tomates~ =verduras~ =manzanas~ =naranjas~ =aguacate~ =cama+comoda =camas+comodas =asientos+comodos =asiento~ =asientos~ =zapatos+comodos =bateria =se+calienta =calienta~ =sobrecalienta =dura+nada =no+dura =duro+poco =duro~ =dura~ =seco~ =seca~ =rancio =rancia grasient aceitos =en+mal+estado =mal+estado =fecha+de+caducidad =se+despego =suela~ desgast =imitacion autentic =de+calidad =buen+material =mala+calidad =duradero =duradera =calidad+de+imagen =buffering =se+corta~ =megas~ =gigas~ =datos~ =wifi~ =vistas~ =piscina~ ruidos =contenido~ =temario~ =clase~ =viaje~ =trayecto~ estropead =no+enciende =no+prende =no+carga~ pixelad =talla+pequena =talla+grande =tallaje =viene+pequeno =viene+grande =queda+pequeno =quedan+pequenos =tallan+pequeno =no+se+parece =como+en+las+fotos =distinto+a+la+foto =diferente+a+la+foto =nada+que+ver+con+la+foto =sabe+a =saben+a =sabia =sabia~ =sin+sabor =insulso =pasada+de+fecha =la+comida =olor =olores =huele =olia =sabia+a descongelad =calidad =calidades fresc podrid =moho =mohos enmohecid caducad =caduca~ vencid =vencido =pasado~ =pasados~ =pasada~ =mustia =mustias =mustio =marchit
      =rico~ =rica~ =ricos~ =ricas~ riquisim delicios =sabroso =sabrosa =sabor =sabores insipid =crudo =cruda =crudos quemad =frio~ =fria~ =frias~ =frios~ =tibio =tibia =tibios calentit~ =caliente~ =blanda~ =blandas~ =blando~ aguad salad~
      =se+rompio =dejo+de+funcionar =no+funciona~ =funciona~ =funcionando~ defectuos =falla+de+fabrica =encogio =encoge destin descosid =costuras =tela =material~ =materiales~ =acabado~ =acabados~
      =hundido =hundida =se+hundio =original~ =falso =falsa falsificad =trucho =truchos =replica =como+en+la+foto =como+la+foto =no+es+como
      limpi~ =sucio~ =sucia~ =suciedad =duro =dura+poco =duran+poco =resistente aguant~
      =habitacion~ =cama~ =desayuno~ =colchon~ =bano~ =limpieza~ =ducha~ =ruido~
      =comida~ =producto~ =productos~ =empanadas~ =medialunas~ =fruta~ =frutillas~ =fresas~ =platanos~ =bananas~ =lechuga~ =yogures~ =leche~ =carne~ =pollo~ =pescado~ =huevos~ =sushi~ =pizza~ =hamburguesa~ =papas~ =arroz~ =zapatillas~ =zapatos~ =camiseta~ =ropa~ =vestido~ =sofa~ =tele~ =televisor~ =licuadora~ =flores~
      =internet~ =fibra~ =senal~ =cobertura~ =velocidad~ =conexion~ =se+cae =se+corta =cortes~ =curso~ =clases~ =explicado~ =coche~ =auto~ =conduce~ =gimnasio~ =maquinas~`,
    payment: `=duplicaron =me+duplicaron =recibo~ =recibos~ =numeros+rojos~ =#num+veces~ =cobraron+la+cuota =cobraron+la+mensualidad =me+rechazaron~ =cargo+que+no+reconozco =cargos+que+no+reconozco =cargo+no+reconocido =cargos+no+reconocidos =no+reconozco =cobro+que+no+reconozco =movimiento+que+no+reconozco =cobraron+el+doble =me+cobraron+el+doble =cobrado+el+doble =cobraron+de+mas =me+cobraron+de+mas =cobro+indebido =cargo+indebido =cargos+indebidos =cobro+duplicado =cargo+duplicado =doble+cargo =pasarela+de+pago =pasarela =prestamo~ =hipoteca~ =cajero+automatico =tpv =contactless =sin+contacto~ =pago+movil =no+pasa+la+tarjeta =no+me+pasa+la+tarjeta =no+acepta+la+tarjeta =no+aceptan+tarjeta =al+pagar~ =pedido+cancelado~ =compra+cancelada~ =orden+cancelada~ =siguieron+cobrando =siguen+cobrando =me+siguen+cobrando =pago~ =pagos~ =pago+rechazado =pagos+rechazados =rechazaron+el+pago rechazad~ =rechaza~ =tarjeta =tarjetas =visa =mastercard =debito~ =credito~
      =pagar~ =pague~ =pagado~ =pagando~ =en+el+pago =a+la+hora+de+pagar =metodo+de+pago =medio+de+pago =medios+de+pago =forma+de+pago =formas+de+pago
      =cashback =reintegro~ =transferencia =transferencias =bizum =mercado+pago =mercadopago =paypal =apple+pay =google+pay =efectivo =contra+reembolso =datafono =terminal~
      =meses+sin+intereses =sin+intereses =cuotas+sin+interes =a+plazos =en+cuotas =en+#num+cuotas =financiacion =klarna
      =cobro =cobros =cobraron~ =me+cobraron~ =cobran~ =cobrado~ =cobrando~ =me+siguieron+cobrando =cobraron+dos+veces =me+cobraron+dos+veces =doble+cobro =cobro+doble =cargo~ =cargos~ =factura~ =facturacion~
      =cuenta~ =saldo~ =bloquearon+la+tarjeta =tarjeta+bloqueada =me+bloquearon =bloqueada~ =codigo+de+verificacion =codigo+de+confirmacion =verificacion~ =3d+secure`,
    returns: `rembols =rembolso =devolucion+del+dinero =devolverme+el+dinero =que+me+devuelvan =que+me+devolvieran =cambio+de+talla =cambio+de+talle =el+cambio+de =hice+el+cambio =hacer+el+cambio =cambio+de+producto =cambiar+el+producto =cambiarmelo =cambiarlo =me+lo+cambiaron+sin =reembolso+llego =el+dinero+llego =el+dinero+volvio =devolucion+llego =reembolsaron =reembolsado =me+reembolsaron =envio+de+la+devolucion =gastos+de+devolucion =costo+de+la+devolucion devolucion devoluciones =devolvi =devolver =devolverlo =devolverla =devolverlos =devolvimos =devolvieron~ =devuelvo =devuelven~ =devuelve~ =devuelto~
      reembols =reintegro~ =cambio~ =cambios~ =cambiar+de+talla =cambiar+la+talla =cambie =cambie~ =cambiar~ =cambiaron~ =etiqueta+de+devolucion =garantia~ =vale+de+compra =nota+de+credito =me+devolvieron+el+dinero =devolvieron+el+dinero =devuelven+el+dinero =devolucion+del+dinero`,
    damage: `=roto =rota =rotos =rotas =rompio =rompieron aplastad abollad golpead rayad =rayon =rayones =aranazo =aranazos =mojado =mojada =mojo =se+mojo empapad derramad =abierto~ =abierta~ =partido =partida =partidos destrozad danad =en+pedazos =hecho+pedazos rajad`,
    _: `=me+ofrecieron+un+cupon =me+dieron+un+cupon =codigo+caduco =el+codigo+caduco =la+sesion+caduco =comida+para+gatos =comida+para+perros =a+la+hora+de =de+la+tarde =por+la+tarde =esta+tarde =en+cambio =a+cambio =lo+que+sea =otra+vez =cada+vez =la+vez =que+cambiar`,
  },
  cues: {
    '+': `=chevere =bacan =bacano =muy+padre =esta+padre =que+padre =de+10 =flipante =de+lujo =brutal =la+mejor =lo+mejor =10+de+10 =diez+de+diez =me+encanto encantadisim =buenazo =buenaza =cercana =cercano =profesional =profesionales =no+esta+nada+mal =no+estan+nada+mal =no+es+nada+malo =no+son+nada+malos =no+estuvo+nada+mal =de+muerte =de+lujo =una+delicia =delicia =divino =divina =de+rechupete =brutal =bestial =una+pasada =genial =me+ayudo =me+ayudaron =nos+ayudo =muy+util =solido =solida =solidos =solidas =firme =firmes =robusto =robusta =resistente =lo+mas+barato =los+mas+baratos =el+mas+barato =la+mas+barata =nada+mal =ya+no+tengo+que =ya+no+hace+falta =sin+tener+que =no+hace+falta =no+tengo+que buen =excelente =excelentes perfect genial increible =rapido =rapida rapidisim =rapidez =veloz =amable =amables amabilisim =atento =atenta =atentos
      fresc =limpio =limpia limpisim =impecable =encanta =encanto =encantada =encantado =gracias agradec =agradezco =agradecida =agradecido recomiend =recomendable
      =facil =faciles =sencill =comodo =comoda comodisim =practico =barato =barata =baratos =baratas =economico =gratis =gratuito
      =puntual =puntuales =a+tiempo =rico =rica =ricos =ricas riquisim delicios =sabroso =sabrosa =crack =un+amor =top maravill =espectacular =espectaculares
      =sin+problemas =sin+ningun+problema =ningun+problema =al+toque =volvere =volvere+a+pedir =super =feliz =contento =contenta =contentos satisfech
      =vale+la+pena =mejor =mejores =el+mejor =la+mejor =los+mejores =precioso =preciosa =preciosos =preciosas =bonito =bonita =lindo =linda hermos =ideal =util fluid =va+fina =anda+bien =funciona+bien =funciona+perfecto
      =genio =genia =lo+maximo =de+diez =un+10 intuitiv ordenad =sin+vueltas =una+maravilla =un+lujo =lujo =inmejorable buenisim =por+fin
      =bien+embalado =bien+empaquetado =todo+bien =muy+bien =super+bien =bien+hecho =bien+hecha =bien+explicado =funciona+de+maravilla =a+la+perfeccion calentit =enorme =enormes =amplio =amplia =muchisima =monton =un+monton =de+todo
      =se+agradece =paciencia =resolvio =soluciono #pos`,
    '-': `=se+queda+pillada =se+queda+colgada =se+pilla =pillada =una+mierda =mierda =de+pena =da+pena =cutre =chafa =berreta =una+porqueria =porqueria =un+asco =chapuza =timo =tomadura+de+pelo =cachondeo =pesimo =orrible =horrendo =malisimo =deja+mucho+que+desear =deja+que+desear =flojo =floja =regulero~ =ni+de+broma =no+me+deja =se+retrasa =se+retrasan =retrasa =retrasan =se+atrasa =atrasa =siempre+tarde =llega+tarde =llegan+tarde =llego+tarde =llegaron+tarde =antes+era+mas+barato =era+mas+barato =antes+era+mejor =no+compensa =ya+no+compensa =no+merece+la+pena =no+vale+la+pena =demoraron =tardaron+mucho =no+dura =dura+nada =se+calienta estropead =tiro =tiraron =ni+caso =retenido =sin+movimiento =podrian+ser+mas+? =podria+ser+mas+? =deberian+ser+mas+? =podrian+ser =me+toca =tengo+que =tuve+que =tenemos+que =hay+que~ =mal =malo =mala =malos =malas malisim =pesimo =pesima pesim =horrible =horribles =terrible =terribles =fatal =lento =lenta =lentos =lentas =lentita =lentito
      =tarde =retraso =retrasos retrasad =demora =demoras =demoro =demorado =roto =rota =rotos =rotas =rompio =no+funciona =dejo+de+funcionar =error =errores =falla =fallas
      =se+cuelga =se+traba =se+cierra =basura =estafa =estafas =robo =un+robo =abuso =abusivo =verguenza =vergonzoso =nadie =sigue+sin =sigo+esperando =todavia+no =aun+no
      =otra+vez =de+nuevo =problema =problemas =queja =desastre =un+desastre decepcion =decepcionado =decepcionada =asco =asqueros podrid =moho =frio =fria =frias =frios =tibio =tibia =crudo =cruda
      =mustia =mustias caducad vencid =falso =falsa falsificad =trucho =sucio =sucia =sucios =mojado =mojada =aplastada =aplastado =agotado =agotada =agotados =agotadas =sin+stock =imposible =no+puedo =no+hay
      =menos =peor =peores =lastima =una+pena =que+pena =encogio =hundido =hundida =rechazado =rechazaron =bloquearon =bloqueada =dos+veces =nunca+mas =no+vuelvo =no+recomiendo
      =de+mal+humor =resoplaba =grosero =grosera =maleducado =maleducada =inutil =inutiles =lamentable =penoso =penosa =caro =cara =caros =caras =carisimo =carisima =abusivos
      =comision =comisiones =intereses =cobraron =me+cobraron =no+sirve =no+sirven =no+entiende =sin+solucionar =sin+resolver =nada+de+nada =insipido =blandas =blanda =pasado
      =eternidad =una+eternidad =siempre+igual =ni+una =nunca+llego =nunca+aparecio =se+murio =murio =defectuoso =defectuosa =descosido =se+cae =se+corta =ruido
      =poco =pocas =pocos =poca =escaso =escasa =faltaba =faltaban =falta =faltan =ojala =ausente =perdieron =perdido =perdida =extraviado =mojo =tardo =tardaron =tarda =tardan =esperando =espere
      =mustio =marchita =quemado =quemada =salado =salada =aguado =aguada =por+dentro~ =apenas =a+punto+de+caducar =no+contestan =no+responden =nadie+contesta =nadie+responde =me+colgaron =en+espera
      =ni+siquiera =encima =tampoco =solo+me =copiados cansad =harto =harta =hartos =me+tienen =ya+no =un+ojo+de+la+cara enojad molest indignad =inadmisible =inaceptable #neg`,
    '0': `=pagas+lo+que+vale =lo+que+vale =lo+que+cuesta =normalito =normalita =del+monton =bien =ok =okay =okey =normal =normales =regular =correcto =correcta =correctos =aceptable =nada+especial =nada+del+otro+mundo =como+en+cualquier =como+cualquier =lo+normal =promedio =en+la+media =en+la+norma
      =ni+fu+ni+fa =mas+o+menos =igual =lo+mismo =como+siempre~ =cumple =esta+bien =estandar =lo+justo =sin+mas`,
    '+!price': `=valen+la+pena =vale+mucho+la+pena =valen+mucho+la+pena =vale+la+pena =merece+la+pena =vale+cada`,
    fix: `=resolvio =soluciono =arreglaron =solucionaron =resolvieron =me+resolvio`,
    '+price': `=bajo =bajos =baja =bajas =razonable =razonables =competitivo =competitivos =justo =justos =accesible =accesibles =bajaron =mas+bajos`,
    '-price': `=se+han+disparado =se+disparan =dispararon =por+las+nubes =alto =altos =alta =altas =subieron =suben =aumentaron =aumenta =aumento =elevado =elevados =mas+caro =por+las+nubes`,
    not: `=no =nunca =ni =jamas =tampoco =nada+de`,
    without: `=sin =cero`,
    concede: `=al+menos =por+lo+menos =menos+mal =eso+si =lo+unico+bueno =aunque+sea =pero+bueno`,
    sarcasm: `#sarcasm =que+maravilla =gracias+genio =bravo =sigan+asi =como+siempre =que+compra =si+claro =claro+que+si =me+encanta~ =genial+eh =muy+bien+eh`,
    request: `=por+favor =porfa =agreguen =anadan =pongan =estaria+bien =seria+bueno =seria+genial =deberian =me+gustaria`,
    _: `=otro+super =el+super =al+super =del+super =un+super =mi+super =en+el+super`,
  },
  openers: 'pero aunque sino excepto salvo embargo',
  elisions: '',
}
