/**
 * Portuguese lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~' weak,
 * '^' yielding, tokenizer markers '#money', '#num', '#pos', '#neg', '#sarcasm'). Write every
 * entry in lower case WITHOUT diacritics: the tokenizer folds Latin letters (é → e, ł → l,
 * ı → i, ß → ss, ç → c, ğ → g, ş → s, ñ → n, ã → a), so "livré" and "livre" are one word.
 * This lexicon is searched before the English one, which still finds English words used in
 * Portuguese ("app", "support", "cashback"); an entry here wins a tie with an English entry of the
 * same length, so '_' (in themes or cues) silences an English false friend.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'

export const pt: LanguageLexicon = {
  themes: {
    delivery: `=voo+cancelado =voo+atrasado =cancelaram+o+voo =atrasaram+o+voo =no+aeroporto~ =aeroporto~ =perdi+o+comboio =perdi+o+trem =perdi+o+voo =perdi+a+conexao =entraga =entrgador =recebi+o+pedido =recebi+a+encomenda =recebi+meu+pedido =entregaram =me+entregaram =apareceram~ =aparecem~ =mudanca~ =chegou+tudo =tudo+chegou =chegou+perfeito =chegou+perfeita =chegou+bem =em+perfeito+estado~ =chegou+em+perfeito demor~ =pedido+chegou =o+pedido+chegou =meu+pedido+chegou =a+encomenda+chegou =encomenda+chegou =o+pacote+chegou =pacote+chegou =encomenda+parada =pedido+parado =parado+na =parada+na =alfandega =aduana =fiscalizacao~ =recebi+um+pedido =nao+era+meu =pedido+errado =produto+errado =item+errado =pedido+trocado =pedido+incompleto =veio+faltando =faltou+um~ =pra+trazer~ =para+trazer~ =em+trazer~ =pra+entregar =para+entregar =pra+chegar =para+chegar =quase+uma+hora~ =mais+de+uma+hora~ =deixaram+na =deixou+na =deixou+o+pacote =deixou+a+encomenda =jogou+a+caixa =jogaram+o+pacote =jogou+o+pacote =entrega+rapida =envio+rapido =entrega+demorada =sem+atualizacao =nao+se+mexe =chegou+antes =chegou+depois =chegou+rapido =esperando+o+pedido =esperando+meu+pedido =esperando+a+encomenda =o+pedido+nao+chega =meu+pedido+nao+chega =chegou+geladinh =chegou+gelad =chegou+quentinh =chegaram+quentinh =chegou+quente =ja+estava+aqui =ja+estava+em+casa =ja+tinha+chegado =tinha+de+vir =tinha+que+vir =tinham+de+vir =tinham+que+vir =ficou+de+vir =ficaram+de+vir entreg =envio =envios =enviado~ =enviaram~ =enviou~ =remessa =expedicao =expedido~ =despach
      =entregador =entregadora =entregadores =motoboy =motoboys =motoqueiro~ =estafeta =estafetas =rider =riders =courier =transportadora =transportadoras =carteiro =carteira~ =correios =correio~ =ctt =jadlog =loggi =sedex =pac~ =dhl =ups =gls =fedex =seur =dpd
      =pacote =pacotes =encomenda~ =encomendas~ =caixa~ =embrulho~
      cheg~ =chegada =nao+chegou =nunca+chegou =ainda+nao+chegou =nao+chegaram =nada+de+chegar
      atras =atraso =atrasos =atrasou =atrasado =atrasada =demorou~ =demora~ =demoram~ =tarde~ =no+prazo =dentro+do+prazo =fora+do+prazo =prazo~ =prazos~ =previsao~ =antes+do+previsto =antes+do+prazo
      =no+horario^ =na+hora^ =a+tempo^ =pontual^ =pontuais^ pontualidade =rapido^ =rapida^ rapidinh^ =rapidez^ =voando^ =super+rapido^
      rastrei =rastreio =rastreamento =tracking =codigo+de+rastreio =em+transito =a+caminho =saiu+para+entrega =em+rota
      =locker =lockers =cacifo =cacifos =ponto+de+retirada =ponto+de+recolha =pickup~ =retirei~ =retirar~ =levantei~ =levantar~ =buscar~ =busquei~
      =portaria~ =porteiro~ =caixa+de+correio =a+porta =a+porta~ =na+porta~ =porta+do+predio =endereco~ =morada~ =endereco+errado =morada+errada
      embal^ empacot^ embrulhad^ =bem+embalado =mal+embalado
      =recebi~ =recebido~ =nao+recebi =nunca+recebi =nao+recebemos =marcado+como+entregue =consta+como+entregue =aparece+como+entregue
      extravi =perderam~ =perdeu~ =sumiu~
      =voo~ =voos~ =aviao~ =mala =malas =bagagem =bagagens =conexao~ =escala~ =embarque~ =decolou~ =descolou~ =pousou~ =aterrou~
      =motorista~ =motoristas~ =taxista~ =taxi~ =uber~ =99~ =apareceu~ =nunca+apareceu =nao+apareceu
      =veio~ =vieram~ =vem~ =esperando~ =esperei~ =esperar~ =espera~
      =destinatario+ausente =ausente~ =estava+em+casa =eu+estava+em+casa =estive+em+casa
      =mudanca~ =transporte~ =no+transporte =durante+o+transporte
      =no+dia+seguinte =em+#num+dias~ =em+#num+horas~ =em+#num+minutos~ =em+#num+min~ =em+meia+hora~ =em+uma+hora~ =numa+hora~
      =trouxeram~ =trazem~ =sobe~ =subir~ =descer~ =ir+buscar~ =janela~ =janela+de+entrega =horario+de+entrega =faixa+de+horario`,
    support: `=nem+responde =nem+respondem =nem+atende =nem+atendem =me+tratam =me+trataram =nos+trataram =nos+tratam =ngm+responde =ngm+atende =ninguem+me+responde =ninguem+me+atende =atendimento+ao+publico =atendimento+telefonico =msg~ =msgs~ =pediu+desculpa =pediram+desculpa =pediu+desculpas =pediram+desculpas =desculpa~ =desculpas~ =moca~ =rapaz~ =senhora~ =senhor~ =profissional~ =profissionais~ =mocinha~ =nao+me+da+explicacoes =nao+dao+explicacoes =nenhuma+explicacao =explicacoes~ =o+banco+nao+me =na+agencia~ =ninguem+me+da+uma+resposta =ninguem+me+da+resposta =ninguem+da+resposta =ninguem+me+diz+nada =ninguem+me+explica =o+atendimento =atendimento+foi =gerente+do+banco =agencia~ =balcao+do =o+banco+diz~ =me+ignoram =me+ignoraram =ninguem+sabe~ =jogam+de+um+lado =de+um+setor+para =setor~ =transferem+a+ligacao =caixa+postal~ =assistente+virtual =professor~ =professora~ =monitor~ =instrutor~ =personal~ =quando+liguei =quando+ligamos =liguei+para =liguei+pra =liguei+pro =suporte atendimento =atendimento+ao+cliente =apoio+ao+cliente =servico+de+apoio =linha+de+apoio =sac =ouvidoria =call+center =callcenter =central+de+atendimento
      =atendente =atendentes =operador~ =operadora~ =operadores~ =agente =agentes =assistente~ =consultor~ =consultora~ =gerente~
      =chat =chats =bot =bots =chatbot =robo =robos =telefone~ =ligacao~ =ligacoes~ =liguei~ =ligar~ =ligo~ =ligando~ =chamada~ =em+espera =desligaram =desligou+na+minha+cara
      =e+mail~ =email~ =e+mails~ =emails~ =mensagem~ =mensagens~ =whatsapp~ =whats~ =zap~ =resposta~ =respostas~ =respondem~ =respondeu~ =responde~ =responder~
      =ninguem+responde =ninguem+atende =nao+respondem =nao+atendem =sem+resposta =nenhuma+resposta =mensagem+automatica =mensagem+pronta =resposta+pronta =respostas+prontas
      =reclamacao~ =reclamacoes~ =reclamei~ =reclamar~ =reclame+aqui =chamado~ =chamados~ =protocolo~ =ticket~ =perguntas+frequentes =faq~ =a+central =na+central
      =funcionario =funcionaria =funcionarios =pessoal~ =equipe~ =equipa~ =staff =vendedor =vendedora =vendedores =balconista =operadora+de+caixa =caixa+do+supermercado
      =recepcao~ =rececao~ =recepcionista =rececionista =garcom =garconete =empregado+de+mesa =farmaceutico =farmaceutica =medico =medica =doutor =doutora =enfermeira =enfermeiro =guia~
      =comissaria =comissario =comissarios =tripulacao =tecnico~ =balcao~
      =me+atendeu =me+atenderam =atendeu~ =atenderam~ =atendem~ =educado~ =educada~ =educados~ =simpatica~ =simpatico~ =atencioso~ =atenciosa~ =grosso~ =grossa~ mal+educad~ mal+humorad~ =um+amor~
      =explicou~ =explicacao~ =sem+explicacao =disseram~ =dizem~ =diz~ =mandaram~ =mandam~
      =resolveu~ =resolveram~ =resolver~ =me+ajudou =me+ajudaram =ajuda~ =ajudar~ =ninguem+ajuda =falar+com+um+humano =falar+com+alguem =pessoa+de+verdade =humano~`,
    app_ux: `=aplicatico =aplicativ =apk =a+pagina =o+aplicativo+e =finalizar+a+compra =concluir+a+compra =completar+a+compra =fechar+o+pedido =fazer+o+pedido~ =celular~~ =telemovel~~ =smartphone~~ =tela~~ =ecra~~ =processo+de+compra =finalizar+compra =finalizar+o+pedido =checkout =tela+branca =tela+preta =usabilidade =acessibilidade =verificar+a+conta =sms~ =codigo+por+sms =minha+conta~ =entrar+na+minha+conta =acessar~ =acesso~ =nao+consigo+entrar =o+aplicativo =a+aplicacao =no+site~ =app =apps =aplicativo =aplicativos =aplicacao =site =sites =pagina~ =plataforma~ =portal~ =web~
      =busca =pesquisa~ =pesquisar~ =buscar+no =filtro =filtros =botao =botoes =menu~
      =login =fazer+login =logar deslog =deslogou =entrar+na+conta =iniciar+sessao =sessao~ =senha =palavra+passe =cadastro~ =cadastrar~ =registo~ =registro~
      atualiz actualiz =versao~ =trava =travou =travando =trava~ =fecha+sozinho =fechou+sozinho =crash~ =bug =bugs =bugado =bugou =buga =congela~ =congelou~ =lento~ =lenta~ carreg~ =demora+para+carregar =demora+pra+carregar
      =design =visual~ =layout =interface intuitiv =modo+escuro =navegacao =navegar =carrinho~ =historico =notificacao =notificacoes
      =baixei~ =baixar~ =descarreguei~ =desinstal =instalei~ =clique =cliques =click =clicks =toque~ =toques~ =#num+cliques =#num+toques
      =online~ =area+do+cliente =area+de+cliente =escanear~ =scroll~
      =erro~ =erros~ =da+erro =falha~ =falhas~ =nao+carrega =nao+abre =nao+deixa =facil+de+usar =funcionalidade~`,
    price: `=nao+cobram+taxa =nao+cobram =nao+me+cobram =nao+cobra =sem+taxa =sem+taxas =sem+comissao =sem+tarifa =isento+de+taxas =zero+taxa =taxa+zero =#money+a+mais =reais~ =dolares~ =paga+caro =pagar+caro =cobram+caro =cobram+muito =cobram~ =preco+final =precos+altos =aumento+de+preco =aumento+dos+precos =gratis~ =mais+barato =mais+caro =sai+caro =saiu+caro =sai+barato =saiu+barato =vale+o+que+custa =o+que+paga =pelo+que+paga =precaco =precinho+bom =baixissimo =baixissimos =caro+demais =preco =precos =precinho =caro =caros =cara~ =caras~ =carissimo =carissima =salgado~ =salgada~
      =barato =barata =baratos =baratas =baratinho =baratissimo =economico =economica
      =oferta =ofertas =promocao =promocoes =promo =promos =desconto =descontos =cupom =cupons =cupao =cupoes =codigo+promocional =codigo+de+desconto =liquidacao =saldos~ =black+friday
      =frete =fretes =frete+gratis =portes =portes+gratis =taxa+de+entrega =taxa+de+envio =custo+de+envio =custos+de+envio =envio+gratis =entrega+gratis =entrega+gratuita =#money+de+entrega =#money+de+frete
      =taxa =taxas =tarifa =tarifas =comissao =comissoes =mensalidade =anuidade =assinatura~ =plano~ =custo~ =custa~ =custam~ =custou~ =valor~ =valores~
      =custo+beneficio =qualidade+preco =relacao+qualidade =pelo+preco =por+esse+preco
      =#money~ =real~ =euros~ =economizo =economizar =economizei =poupar =poupei =poupanca~ =subiram+os+precos =os+precos+subiram =subiram~ =sobem~ =aumentaram~ =aumento~ =inflacao =roubo~ =abusivo =abusivos`,
    assortment: `=o+cardapio =a+ementa =nao+tinham =os+pratos~ =pratos~ =voltaram+a+vender =voltaram+a+ter =voltou+a+ter =volta+a+ter =deixaram+de+vender =deixaram+de+trazer =ja+nao+vendem =ja+nao+tem =o+que+eu+preciso =o+que+preciso =o+que+precisava =nada+do+que =o+que+eu+queria =o+que+queria =outra+marca =me+mandaram+outr =mandaram+outra+coisa =nao+tinha~ =nao+havia+mais =ja+nao+havia =marcas =quantidade+de+marcas =quantidade+de+produtos =quantidade+de+opcoes =marca+propria =marca+branca =marcas+proprias =menos+produtos~ =mais+produtos~ =produtos+novos~ =novos+produtos~ =nao+tem+meu+tamanho =meu+numero =numero~ =nunca+tem =produtos+importados =importados~ =mais+variedade =pouca+variedade =muitas+opcoes =poucas+opcoes =grande+variedade =muita+variedade =mais+opcoes =achei+tudo =acho+tudo =acho+de+tudo =achei+de+tudo =nao+achei+nada =em+todo+lugar~ =em+todo+lado~ =variedade =variedades =sortido =selecao~ =seleccao~ =opcoes~ =escolha~ =catalogo =gama~ =mix~
      =estoque =stock =em+estoque =em+stock =sem+estoque =sem+stock =fora+de+estoque =fora+de+stock =em+falta esgotad =indisponivel =disponivel~ =nao+disponivel =disponibilidade
      =nao+tem~ =nao+tinha =nao+tinham =nao+havia =faltou~ =faltaram~ =falta~ =faltam~ =faltando~
      =tamanhos~ =tamanho~ =tamanhos+grandes =todos+os+tamanhos =meu+tamanho~ =numeracao~ =modelos~ =cores~ =sem+gluten~ =sem+lactose~ =vegano~ =veganos~
      =encontrar~ =encontro~ =encontrei~ =nao+encontrei =nao+encontro =o+que+procuro =o+que+eu+procuro =de+tudo =tem+de+tudo =tem+tudo
      =so+voces =so+aqui =em+lugar+nenhum =nenhum+outro+lugar =outro+lugar~ =outro+sitio~
      substitu =trocaram+por =trocaram~ =me+mandaram+outro =peca~ =pecas~ =reposicao~ =series~ =filmes~ =cardapio~ =ementa~`,
    quality: `=o+sinal =a+internet =a+conexao =a+cobertura =a+fibra =a+imagem =o+som =nao+cobriu =nao+me+cobriu =nao+cobre =machuca =machucou =aperta =apertado =apertada =o+tamanho+nao+bate =nao+bate+com~ =tabela+de+medidas =tabela+de+tamanhos =tabela~ =o+produto+e =os+produtos+sao =o+produto+era =os+produtos+eram refrigerad~ derretid =vendido+como+novo recondicionad~ =coxinha~ =coxinhas~ =pastel~ =pasteis~ =feijoada~ =brigadeiro~ =esfiha~ =pao+de+queijo~ =francesinha~ =bacalhau~ =marmita~ =lanche~ =sanduiche~ =kebab~ =ramen~ =poke~ =bolacha~ =biscoito~ =chocolate~ =moveis~ =movel~ =solido~ =solida~ =firme~ =firmes~ robust =o+curso =a+aula =as+aulas =enrolacao~ =tacos~ =macarrao~ =massa~ =salada~ =sopa~ =sobremesa~ =bolo~ =sorvete~ =gelado~ =cafe~ =cerveja~ =vinho~ =queijo~ =presunto~ =tomates~ =legumes~ =verduras~ =macas~ =laranjas~ =abacate~ =cama+confortavel =poltrona~ =assento~ =assentos~ =bateria =esquenta =aquece =superaquece =nao+dura =dura+nada =durou+pouco =duro~ =dura~ =seco~ =seca~ =rancoso =rancosa =gorduroso =gordurosa oleos estragad =em+mau+estado =mau+estado =data+de+validade =descolou =descolando =sola~ =solado~ desgast =imitacao autentic =de+qualidade =bom+material =ma+qualidade =baixa+qualidade =duravel =qualidade+da+imagem =qualidade+de+imagem =buffering =megas~ =giga~ =gigas~ =dados~ =wifi~ =wi+fi~ =vista~ =piscina~ barulhent =conteudo~ =aula~ =viagem~ =corrida~ =nao+liga =nao+carrega~ pixelad =forma+pequeno =forma+grande =veste+pequeno =veio+pequeno =veio+grande =ficou+pequeno~ =ficaram+pequenos~ =nao+parece =diferente+da+foto =nada+a+ver+com+a+foto =gosto+de =sabor+de =sem+gosto =insosso =insossa =delicia =uma+delicia =sabe+a~ =a+comida =cheiro =cheira =cheirava =tinha+gosto descongelad =qualidade =qualidades fresc =podre =podres apodrec =mofo mofad =bolor bolorent vencid =vence~ =fora+da+validade =validade~ passad~ murch
      =gostos =gostosa =gostosos =gostosas =gostoso delicios =saboros =sabor =sabores =sem+sabor insoss =cru =crua =crus queimad =frio~ =fria~ =frios~ =frias~ =morno =morna =mornos gelad~ quentinh~ =quente~ empapad =murcha =murchas =murcho =salgad~
      =quebrou =parou+de+funcionar =deixou+de+funcionar =nao+funciona~ =funciona~ =funcionando~ =defeito defeituos =com+defeito =encolheu =encolhe desbot =descosturou =costura~ =costuras~ =tecido =material~ =acabamento~
      =afundou =afundado =original~ =falso =falsa falsificad =replica =pirata =como+na+foto =como+nas+fotos =igual+a+foto =nao+e+como
      limp~ =sujo~ =suja~ =sujeira =sujidade =durou =dura+pouco =resistente aguent~
      =quarto~ =cama~ =cafe+da+manha~ =pequeno+almoco~ =colchao~ =banheiro~ =casa+de+banho~ =limpeza~ =chuveiro~ =barulho~
      =comida~ =produto~ =produtos~ =pao~ =frutas~ =fruta~ =morangos~ =manga~ =bananas~ =alface~ =iogurtes~ =leite~ =carne~ =frango~ =peixe~ =ovos~ =sushi~ =pizza~ =acai~ =hamburguer~ =batata~ =batatas~ =arroz~ =tenis~ =sapatos~ =camiseta~ =calca~ =roupa~ =vestido~ =sofa~ =tv~ =televisao~ =panela~ =flores~
      =internet~ =fibra~ =sinal~ =cobertura~ =velocidade~ =conexao~ =cai~ =caiu~ =curso~ =aulas~ =explicado~ =carro~ =carro+limpinho =dirigiu~ =conduziu~ =academia~ =ginasio~ =aparelhos~`,
    payment: `=em+dobro~ =#num+vezes~ =cobraram+a+mensalidade =cobraram+a+conta =no+vermelho~ =cobranca+que+nao+reconheco =nao+reconheco =compra+que+nao+fiz =debito+que+nao+reconheco =cobrada+em+dobro =cobrado+em+dobro =cobraram+em+dobro =me+cobraram+em+dobro =cobranca+indevida =cobrancas+indevidas =cobranca+em+dobro =debito+indevido =cobraram+a+mais =cobrado+a+mais =gateway~ =emprestimo~ =financiamento~ =caixa+multibanco =caixa+eletronico =por+aproximacao =contactless =cartao+nao+passa =nao+aceita+cartao =recusaram+o+cartao =crediario~ =pedido+cancelado~ =compra+cancelada~ =continuaram+cobrando =continuam+cobrando =seguem+cobrando =continuaram+a+cobrar =continuam+a+cobrar =na+hora+de+pagar~ =estorno~ pagament =pagar~ =paguei~ =pago~ =pagando~ =pagou~ =ao+pagar =forma+de+pagamento =formas+de+pagamento =meio+de+pagamento =metodo+de+pagamento
      =cartao =cartoes =visa =mastercard =debito~ =credito~ =pix =boleto =boletos =mb+way =mbway =multibanco =referencia+multibanco =paypal =apple+pay =google+pay =picpay =mercado+pago
      =cashback =transferencia =transferencias =dinheiro~ =em+dinheiro =na+entrega~ =maquininha =terminal~
      parcel =parcelado =parcelei =parcelas =sem+juros =em+#num+x =#num+x =prestacoes =a+prestacoes =klarna
      cobr~ =cobraram~ =cobrado~ =cobranca~ =cobraram+duas+vezes =cobranca+duplicada =cobrado+duas+vezes =debito+duplicado =fatura~ =factura~
      =estornar =estornaram =estornado recusad =recusou =negado~ =bloquearam+o+cartao =bloquearam+o+meu+cartao =cartao+bloqueado =bloquearam~ =bloqueado~
      =saldo~ =conta~ =codigo+de+confirmacao =codigo+de+verificacao =3d+secure =transacao~`,
    returns: `rembols =rembolso =me+devolverem =devolverem+o+dinheiro =devolucao+do+dinheiro =troca+de+tamanho =troca+de+numeracao =fiz+a+troca =fazer+a+troca =trocar+o+produto =trocaram+sem =reembolso+caiu =o+reembolso+caiu =reembolso+chegou =o+dinheiro+voltou =dinheiro+caiu~ =reembolsaram =reembolsado =me+reembolsaram =devolveram+o+dinheiro =devolveram+meu+dinheiro =frete+da+devolucao =portes+da+devolucao =custo+da+devolucao devolu devolv =devolvi =devolver =devolvido~ =devolveram~ reembols ressarc =troca~ =trocas~ =trocar~ =troquei =trocaram+o =trocar+de+tamanho =trocar+o+tamanho
      =etiqueta+de+devolucao =garantia~ =vale+compra =credito+na+loja =dinheiro+de+volta =meu+dinheiro+de+volta =logistica+reversa =postagem+reversa`,
    damage: `=quebrado =quebrada =quebrados =quebradas =partido =partida =partidos =partidas amassad amolgad riscad arranhad molhad encharcad ensopad derramad =vazou =vazando =aberto~ =aberta~ destruid danificad =em+pedacos rachad esmagad`,
    _: `=ofereceram+um+vale =ofereceram+um+cupom =deram+um+cupom =me+deram+um+cupom =codigo+expirou =o+codigo+expirou =comida+de+gato =comida+de+cachorro =racao~ =na+hora+de =toda+vez =outra+vez =de+novo =caixa+eletronico`,
  },
  cues: {
    '+': `=top+demais =irado =fixe =bue+bom =mt+bom =mto+bom =muito+bom =muito+boa =nota+mil =adorei+demais =maravilhoso =maravilhosa =sensacional =de+primeira =profissional =profissionais =nao+sao+nada+maus =nao+e+nada+mau =nao+esta+nada+mal =nada+mau =nada+maus =divina =divino =dos+deuses =delicia =uma+delicia =bom+demais =boa+demais =uma+maravilha =me+ajudou =me+ajudaram =nos+ajudou =ajudou+muito =muito+util =solido =solida =firme =firmes =robusto =robusta =resistente =baixissimo =baixissimos =rapidissimo =rapidissima =o+mais+barato =os+mais+baratos =a+mais+barata =nada+mal =nao+preciso+mais =sem+precisar =ja+nao+preciso otim =bom =boa =bons =boas excelent perfeit =incrivel =rapido =rapida rapidinh =rapidez =educado =educada =educados simpatic atencios =gentil =gentis
      fresc fresquinh =limpo =limpa limpinh limpissim =impecavel =adoro =adorei =amei =amo obrigad agradec recomend
      =facil =faceis =simples =pratico =pratica =confortavel =barato =barata =baratos =baratas baratinh =economico =gratis =gratuito =gratuita
      =pontual =pontuais =no+prazo =no+horario gostos delicios =saboroso =saborosa =show =show+de+bola =top =maravilh =espetacular =sensacional =demais =surreal~
      =sem+problemas =sem+problema =nenhum+problema =sem+complicacao =sem+stress =volto =voltarei =vou+comprar+de+novo =super =feliz =contente satisfeit =vale+a+pena
      =melhor =melhores =o+melhor =a+melhor lind bonit =ideal =util fluid =funciona+bem =funciona+perfeitamente =nota+10 =nota+dez =um+amor =gente+boa intuitiv =claro~ organizad
      =bem+embalado =bem+feito =bem+feita =muito+bem =tudo+certo =tudo+otimo =bem+explicado =enorme =enormes ampl =muita =monte =um+monte =de+tudo =finalmente
      =resolveu =amor querid =genio~ =nunca+trava =adoravel #pos`,
    '-': `=uma+bosta =bosta =uma+merda =merda =zoado =zuado =uma+porcaria =porcaria =treta =uma+vergonha =horroroso =horrorosa =fraco =fraca =fraquinho =fraquinha =deixa+a+desejar =deixou+a+desejar =ngm =pessimo =pessima =horrivel =nao+presta =uma+droga =droga =atrasa =atrasam =se+atrasa =sempre+atrasad =chega+atrasad =chegou+atrasad =chegaram+atrasad =chega+tarde =chegou+tarde =antes+era+mais+barato =era+mais+barato =antes+era+melhor =nao+compensa =ja+nao+compensa =nao+vale+a+pena =demoraram =demoraram+muito =nao+dura =dura+nada =esquenta estragad =jogou =jogaram =parado =parada =erro+de =podiam+ser+mais+? =poderiam+ser+mais+? =podia+ser+mais+? =podiam+ser =poderiam+ser =tenho+de =tenho+que =tive+de =tive+que =temos+de =temos+que =mal =mau =ma =ruim =ruins pessim =horrivel =horriveis =terrivel =lento =lenta =lentos =lentas =demorado =demorada =demorou =demora
      =atraso =atrasos =atrasou =atrasado =atrasada =quebrado =quebrada =quebrou =nao+funciona =parou+de+funcionar =erro =erros =falha =falhas =trava =travou =travando =bugado
      =lixo =golpe =roubo =um+roubo =absurdo =absurda =vergonha =vergonhoso =palhacada =sacanagem =descaso =ninguem =nada+de =ate+agora+nada =ainda+nao =continuo+esperando
      =de+novo =outra+vez =problema =problemas =reclamacao =desastre decepcion =decepcionado =decepcionada =nojo nojent =podre =mofo mofad =frio =fria =frios =frias =morno =morna =cru =crua
      =murcha =murcho vencid =falso =falsa falsificad =sujo =suja molhad encharcad amassad esgotad =sem+estoque =sem+stock =impossivel =nao+consigo =nao+deixa =nao+tem
      =menos =pior =piores =pena =que+pena =uma+pena =infelizmente =encolheu =afundou recusad =bloquearam =duas+vezes =nunca+mais =nao+recomendo
      =grosso =grossa mal+educad mal+humorad =bufava =inutil =lamentavel =caro =cara =caros =caras carissim =salgado =salgada
      =taxa =taxas =comissao =juros =cobraram =me+cobraram =cobram =nao+serve =nao+entende =sem+resolver =eternidade =uma+eternidade =sempre+a+mesma+coisa
      =nunca+chegou =nunca+apareceu =morreu =defeito defeituos =barulho =pouco =pouca =poucos =poucas =falta =faltou =faltam =ausente =perderam extraviad =esperando =esperei =demoram
      =quase+vencid empapad =sem+sabor =nem+sequer =ja+nao cansad chatead irritad =inaceitavel =inadmissivel =horror =pesadelo =nada+pratico =bagunca #neg`,
    '0': `=paga+o+que+vale =o+que+vale =o+que+custa =normalzinho =normalzinha =nada+de+mais =ok =okay =normal =normais =regular =razoavel~ =aceitavel =nada+demais =nada+de+especial =nada+especial =como+qualquer =igual+a+qualquer =na+media =mediano =mediana
      =mais+ou+menos =igual =continua+igual =a+mesma =o+mesmo =cumpre =ta+ok =esta+ok =ta+bom =padrao =sei+la`,
    '+!price': `=valem+a+pena =vale+muito+a+pena =valem+muito+a+pena =vale+a+pena =valeu+a+pena =vale+cada`,
    fix: `=resolveu =resolveram =resolvido =solucionou =solucionaram =consertaram =me+resolveu`,
    '+price': `=baixo =baixos =baixa =baixas =justo =justos =justa =razoavel =razoaveis =competitivo =competitivos =acessivel =acessiveis =baixaram =mais+baixo =mais+baixos`,
    '-price': `=dispararam =disparou =nas+alturas =alto =altos =alta =altas =subiram =sobem =aumentaram =aumenta =aumento =elevado =elevados =mais+caro =salgado~ =salgada~ =pela+hora+da+morte`,
    not: `=nem =nao =nunca =jamais =tampouco =nada+de =n`,
    without: `=sem =zero`,
    concede: `=pelo+menos =ao+menos =ainda+bem =menos+mal =o+unico+bom =a+unica+coisa+boa =mas+enfim`,
    sarcasm: `#sarcasm =parabens =que+maravilha =que+compra =show+de+bola~ =genios =obrigado+por+nada =valeu+hein =adoro~ =so+que+nao =claro+que+sim =ah+ta`,
    request: `=por+favor =pfv =pf =poderiam =podiam =deviam =deveriam =seria+bom =seria+otimo =gostaria =gostava =adicionem =coloquem`,
    _: `=a+pena`,
  },
  openers: 'mas porem contudo embora entretanto exceto todavia',
  elisions: '',
}
