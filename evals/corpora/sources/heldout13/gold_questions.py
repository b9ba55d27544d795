"""The heldout13 gold questions, as ask()/nothing() calls (read by make_gold.py).

ask(lang, question, documents, evidence spans, answer groups, *tags, history=None): the
evidence spans are exact (normalised) substrings of one paragraph of a document; each
answer group lists acceptable alternatives, one of which is found in the evidence.
nothing(lang, question): a plausible question that neither these documents nor the seed
corpus answers.
"""
from gold import ND, UN, CMP, FU  # noqa: F401
from gold_docs import A, B, C, D, E, F, G, H, I, J, K, L

FN, TB = "footnote", "table"
ASKED = []  # [lang, question, documents, evidence, answer groups, tags, history]


def ask(lang, question, docs, evidence, answers, *tags, history=None):
    docs = [docs] if isinstance(docs, str) else list(docs)
    ASKED.append([lang, question, docs, evidence, answers, list(tags), history])


def nothing(lang, question):
    """A question the documents do not answer (a near-miss document exists)."""
    ASKED.append([lang, question, [], [], [], [UN], None])


def chat(*texts):
    return [{"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(texts)]


# --- A: Secretariat note on studies of the moratorium's fiscal effects, 2023 (en, pdf) ----
ask("fr", "Dans la note d'information du Secrétariat de novembre 2023 sur les effets budgétaires du moratoire, "
    "à combien l'étude du South Centre chiffre-t-elle les droits non perçus ?", A,
    ["South Centre (Kozul-Wright) 2020 2018 12,600 bound"], [["12,600", "12 600", "12600"]], ND, TB)
ask("es", "¿Con qué tipo de arancel calculó la OCDE los derechos que se dejan de percibir por la moratoria, y qué "
    "cifra obtuvo?", A,
    ["OECD (Andrenelli) 2019 2017 289 applied"], [["289"], ["applied", "aplicado", "aplicados"]], TB)
ask("es", "Según el JOB/GC/357, ¿en qué partida del Sistema Armonizado se clasifican las consolas y los "
    "videojuegos?", A,
    ["heading 85.23 recorded media and heading 95.04 video game consoles and games"], [["95.04"]], ND, FN)
ask("fr", "Hormis l'Indonésie, pour quels pays l'étude de l'ECIPE a-t-elle estimé des pertes de PIB si l'on "
    "mettait fin au moratoire ?", A,
    ["The same study estimated GDP losses of a similar order of magnitude for China, India and South Africa"],
    [["China", "Chine"], ["India", "Inde"], ["South Africa", "Afrique du Sud"]], FN)
ask("fr", "Quelle part des recettes douanières perdues retomberait sur les économies en développement selon "
    "l'étude de la CNUCED ?", A,
    ["The UNCTAD study found that about 95 per cent of the forgone revenue would fall on developing economies"],
    [["95"]])
ask("en", "And relative to overall government revenue?", A,
    ["and at less than 0.01 per cent of total government revenue"], [["0.01"]], FU,
    history=chat("What did the OECD find about the revenue cost of the e-commerce moratorium, according to the "
                 "Secretariat's 2023 overview of studies?",
                 "Using applied tariff rates, the OECD put the forgone duties at between 0.08 and 0.23 per cent of "
                 "total customs revenue for the median economy in its sample."))

# --- B: summary of the 2001 dedicated discussion on classification (en, docx) -----------
ask("fr", "Combien de délégations sont intervenues lors du débat spécialisé du 15 juin 2001 sur le commerce "
    "électronique au Conseil général ?", B, ["Some 25 delegations took the floor."], [["25"]], ND)
ask("es", "¿Quiénes habían enviado aportaciones por escrito antes del debate específico de junio de 2001 sobre la "
    "clasificación de los productos digitales?", B,
    ["Written contributions had been circulated beforehand by Australia, the European Communities and the "
     "United States"],
    [["Australia"], ["European Communities", "Comunidades Europeas"], ["United States", "Estados Unidos"]], ND)
ask("es", "¿En qué documento figura la lista de clasificación sectorial de los servicios y en qué clasificación "
    "de las Naciones Unidas se basa?", B,
    ["Document MTN.GNS/W/120 of 10 July 1991, which is based on the provisional Central Product Classification"],
    [["MTN.GNS/W/120"], ["Central Product Classification", "CPC", "Clasificación Central de Productos"]], FN)
ask("en", "In WT/GC/W/436, what did one delegation argue should decide whether a download is mode 1 or mode 2?", B,
    ["the location of the server from which a product is downloaded should be irrelevant and that the location "
     "of the consumer should be decisive"],
    [["consumer"]], ND, FN)
ask("es", "¿Y en qué informe anterior ya se había recogido ese principio?", B,
    ["Progress report of the Council for Trade in Services to the General Council, document S/L/74"],
    [["S/L/74"]], FU, FN,
    history=chat("¿Qué principio subrayaron varias delegaciones en el debate específico de junio de 2001 sobre "
                 "la clasificación?",
                 "El de la neutralidad tecnológica: el medio por el que se presta un servicio no debería afectar a "
                 "los compromisos que se le aplican."))

# --- C: communication of the Friends of E-commerce for Development, 2017 (en, html) -----
ask("fr", "Dans leur communication d'avril 2017, pour quels pays les Amis du commerce électronique pour le "
    "développement citent-ils des évaluations rapides déjà achevées ?", C,
    ["the rapid eTrade readiness assessments already completed for Bhutan, Cambodia, Samoa and Nepal"],
    [["Bhutan", "Bhoutan"], ["Cambodia", "Cambodge"], ["Samoa"], ["Nepal", "Népal"]], ND)
ask("es", "¿Quién financió las evaluaciones rápidas de preparación para el comercio electrónico que menciona el "
    "grupo de países en desarrollo?", C,
    ["with funding from Germany and the Enhanced Integrated Framework"],
    [["Germany", "Alemania"], ["Enhanced Integrated Framework", "Marco Integrado Mejorado"]], FN)
ask("es", "¿Cuándo y dónde nació el grupo de Amigos del Comercio Electrónico para el Desarrollo?", C,
    ["The group was launched on the margins of the UNCTAD E-Commerce Week in Geneva in April 2016."],
    [["April 2016", "abril de 2016"], ["Geneva", "Ginebra"]], FN)
ask("fr", "Quels obstacles communs ces évaluations ont-elles mis en évidence ?", C,
    ["the high cost of broadband, weak postal addressing systems and the absence of legislation recognising "
     "electronic signatures"],
    [["broadband", "haut débit"], ["postal"], ["electronic signatures", "signatures électroniques"]])
ask("en", "When was the next Global Review it refers to due to take place?", C,
    ["The Sixth Global Review of Aid for Trade is scheduled for 11-13 July 2017"],
    [["July 2017"]], FU, FN,
    history=chat("What did the FEDs group propose in its 2017 e-commerce communication to the General Council?",
                 "A Secretariat stocktaking of e-commerce technical assistance, including e-commerce needs in Aid for "
                 "Trade, voluntary experience-sharing on regulatory frameworks, and rapid eTrade readiness "
                 "assessments."))

# --- D: report of the JSI co-convenors, 2026 (en, md) ------------------------------------
ask("fr", "Combien de Membres participaient à l'initiative conjointe sur le commerce électronique lorsque les "
    "négociations ont été lancées à Davos ?", D,
    ["Negotiations launched Davos 25 January 2019 76 WT/L/1056"], [["76"]], TB)
ask("es", "Según el informe de los coorganizadores de febrero de 2026, ¿en qué fecha se anunció el texto "
    "estabilizado y con cuántos participantes?", D,
    ["Stabilized text announced Geneva 26 July 2024 91 INF/ECOM/87"],
    [["26 July 2024", "26 de julio de 2024"], ["91"]], ND, TB)
ask("fr", "Quelle est la cote du texte de négociation consolidé publié en décembre 2020 ?", D,
    ["Consolidated negotiating text Geneva 14 December 2020 86 INF/ECOM/62"], [["INF/ECOM/62"]], TB)
ask("es", "¿Qué países hicieron las primeras contribuciones al Marco de Creación de Capacidad para el Comercio "
    "Electrónico?", D,
    ["with initial contributions from Australia, China and the Netherlands, among others"],
    [["Australia"], ["China"], ["Netherlands", "Países Bajos"]], FN)
ask("en", "According to the co-convenors' report ahead of MC14, when did the United States pull its support for "
    "the data flow proposals?", D,
    ["The United States informed participants in October 2023 that it was withdrawing its support"],
    [["October 2023"]], ND, FN)
ask("fr", "Et quelles consultations les coorganisateurs prévoient-ils d'ici là ?", D,
    ["They will hold open-ended consultations on 3 and 17 March 2026"],
    [["3 and 17 March", "3 et 17 mars"]], FU,
    history=chat("Quand doit se tenir la quatorzième Conférence ministérielle selon le rapport des coorganisateurs "
                 "de l'initiative conjointe sur le commerce électronique ?",
                 "Du 26 au 29 mars 2026, à Yaoundé, au Cameroun."))

# --- E: progress report of the Council for Trade in Goods, 1999 (fr, pdf) ----------------
ask("es", "En el informe del Consejo del Comercio de Mercancías de julio de 1999, ¿qué Miembros habían presentado "
    "comunicaciones por escrito?", E,
    ["Des communications écrites ont été présentées par l'Australie, les Communautés européennes, les "
     "États-Unis et Singapour."],
    [["Australie", "Australia"], ["Communautés européennes", "Comunidades Europeas"],
     ["États-Unis", "Estados Unidos"], ["Singapour", "Singapur"]], ND)
ask("es", "¿En qué año retomó el comité de valoración en aduana de la OMC la decisión de 1984 sobre los soportes "
    "informáticos?", E,
    ["adoptée en 1984 par le Comité de l'évaluation en douane du Tokyo Round, a été reprise par le Comité de "
     "l'OMC en 1995"],
    [["1995"]], FN)
ask("es", "¿Qué ejemplo puso la delegación que preguntó por el origen de un producto diseñado en un país y "
    "fabricado en otro?", E,
    ["un plan de fabrication transmis en ligne puis exécuté par une machine à commande numérique dans le pays "
     "importateur"],
    [["commande numérique", "control numérico", "plan de fabrication", "plano de fabricación"]], FN)
ask("en", "Where was the third Ministerial Conference going to take place, according to the Goods Council's 1999 "
    "report on e-commerce?", E,
    ["troisième session de la Conférence ministérielle, qui doit se tenir à Seattle à la fin de"],
    [["Seattle"]], ND)

# --- F: Secretariat note on electronic and mobile payments, 2015 (fr, docx) --------------
ask("es", "En la nota de la Secretaría de 2015 sobre pagos electrónicos y móviles, ¿qué porcentaje de adultos del "
    "África Subsahariana tenía una cuenta de dinero móvil en 2014?", F,
    ["Afrique subsaharienne 34 12 22"], [["12"]], ND, TB)
ask("es", "¿Qué región tenía la menor proporción de adultos con una cuenta financiera en 2014?", F,
    ["Moyen-Orient et Afrique du Nord 14 0,3 9"],
    [["Moyen-Orient", "Oriente Medio", "Oriente Próximo", "Middle East"]], TB)
ask("en", "In WT/COMTD/W/211, what share of adults in South Asia made or received digital payments?", F,
    ["Asie du Sud 46 2,6 19"], [["19"]], ND, TB)
ask("es", "¿Cuántos usuarios activos tenía M-Pesa en Kenia en 2015?", F,
    ["il comptait plus de 19 millions d'utilisateurs actifs au Kenya en 2015"],
    [["19 millions", "19 millones"]], FN)
ask("es", "¿Cuántos servicios de dinero móvil funcionaban a finales de 2014 y en cuántos países?", F,
    ["255 services de monnaie mobile étaient en activité dans 89 pays à la fin de 2014"], [["255"], ["89"]], FN)
ask("es", "¿Y qué otros países han desarrollado servicios parecidos?", F,
    ["Des services comparables se sont développés en Tanzanie, en Ouganda et au Bangladesh."],
    [["Tanzanie", "Tanzania"], ["Ouganda", "Uganda"], ["Bangladesh"]], FU,
    history=chat("¿Qué dice la nota de la Secretaría de 2015 sobre pagos electrónicos y móviles acerca de Kenia?",
                 "Que el servicio M-Pesa, lanzado en 2007, permite enviar y recibir dinero con un teléfono móvil, y "
                 "que en 2014 el 58 % de los adultos kenianos tenía una cuenta de dinero móvil."))

# --- G: information note on e-commerce and COVID-19, 2020 (fr, html) ---------------------
ask("en", "According to the WTO Secretariat's May 2020 note on e-commerce and COVID-19, how fast did China's "
    "online sales of physical goods grow in the first quarter of 2020?", G,
    ["ont progressé de 5,9 pour cent au premier trimestre de 2020"], [["5,9", "5.9"]], ND)
ask("en", "For how long was Kenya's waiver of mobile money charges initially meant to apply?", G,
    ["La mesure, annoncée le 16 mars 2020, devait s'appliquer pendant une période initiale de 90 jours."],
    [["90"]], FN)
ask("es", "Según la UIT, citada en la nota de mayo de 2020 sobre la pandemia, ¿qué porcentaje de la población "
    "mundial usaba Internet?", G,
    ["La part de la population mondiale utilisant l'Internet y est estimée à 53,6 pour cent."],
    [["53,6", "53.6"]], ND, FN)
ask("en", "Up to what amount did the Kenyan fee waiver apply?", G,
    ["de supprimer les frais sur les transferts de monnaie mobile inférieurs à 1 000 shillings"],
    [["1 000", "1,000", "1000"]], FU,
    history=chat("What did the WTO's May 2020 note on e-commerce and the pandemic say governments did about "
                 "electronic payments?",
                 "Several governments took steps to make electronic payments easier and limit the use of cash; in "
                 "Kenya, the central bank and mobile operators agreed in March 2020 to waive some fees."))

# --- H: CTD workshop on e-commerce, development and SMEs, 2013 (fr, txt) -----------------
ask("en", "Who moderated the session on payments, logistics and the legal framework at the 2013 CTD workshop on "
    "e-commerce and small businesses?", H,
    ["Séance 3 9 avril Paiements, logistique et cadre juridique Union postale universelle"],
    [["Union postale universelle", "Universal Postal Union", "UPU"]], ND, TB)
ask("es", "¿Qué día tuvo lugar la sesión sobre las experiencias de las pymes exportadoras y quién la moderó?", H,
    ["Séance 2 8 avril Expériences de PME exportatrices Centre du commerce international"],
    [["8 avril", "8 de abril"], ["Centre du commerce international", "Centro de Comercio Internacional", "ITC"]], TB)
ask("es", "¿Qué convención de las Naciones Unidas de 2005 se mencionó también en el taller sobre pymes y comercio "
    "electrónico?", H,
    ["La Convention des Nations Unies sur l'utilisation de communications électroniques dans les contrats "
     "internationaux, adoptée en 2005"],
    [["communications électroniques", "comunicaciones electrónicas"]], FN)
ask("es", "¿Cuántas oficinas de correos tienen los operadores postales en todo el mundo, según la UPU?", H,
    ["avec environ 660 000 bureaux de poste"], [["660 000", "660.000", "660,000", "660000"]])
ask("en", "And who moderated the last session?", H,
    ["Séance 4 9 avril Le rôle de l'OMC Président du Comité"],
    [["Président du Comité", "Chair of the Committee", "Chairperson of the Committee", "Committee Chair"]], FU, TB,
    history=chat("Which sessions were held on the first day of the April 2013 CTD workshop on e-commerce, "
                 "development and SMEs?",
                 "Session 1 on the state of play of e-commerce, moderated by the WTO Secretariat, and Session 2 on "
                 "the experiences of exporting SMEs, moderated by the International Trade Centre."))

# --- I: General Council work programme, 1998 (es, txt) ------------------------------------
ask("en", "How does the General Council's 1998 e-commerce work programme define electronic commerce?", I,
    ["la producción, distribución, comercialización, venta o entrega de mercancías y servicios por medios "
     "electrónicos"],
    [["producción", "production"], ["medios electrónicos", "electronic means"]], ND)
ask("fr", "Dans le programme de travail adopté en septembre 1998, quel organe doit examiner tous les aspects des "
    "droits de douane sur les transmissions électroniques ?", I,
    ["Todos los aspectos de la imposición de derechos de aduana a las transmisiones electrónicas se examinarán "
     "en el Consejo General."],
    [["Consejo General", "Conseil général", "General Council"]], ND)
ask("fr", "Quelles organisations internationales sont citées comme travaillant elles aussi sur ces questions ?", I,
    ["la Organización Mundial de la Propiedad Intelectual y la Unión Internacional de Telecomunicaciones"],
    [["Propiedad Intelectual", "propriété intellectuelle", "OMPI", "WIPO"],
     ["Telecomunicaciones", "télécommunications", "UIT", "ITU"]], FN)
ask("en", "Which two WIPO treaties of December 1996 are noted in the copyright footnote of WT/L/274?", I,
    ["del Tratado de la OMPI sobre Derecho de Autor y del Tratado de la OMPI sobre Interpretación o Ejecución y "
     "Fonogramas"],
    [["Derecho de Autor", "Copyright"], ["Fonogramas", "Phonograms"]], ND, FN)
ask("fr", "Et pour le Comité du commerce et du développement, quels effets doit-il examiner en ce qui concerne "
    "les PME ?", I,
    ["los efectos del comercio electrónico en el comercio y las perspectivas económicas de los países en "
     "desarrollo, en particular de sus pequeñas y medianas empresas"],
    [["perspectivas económicas", "perspectives économiques"]], FU,
    history=chat("Quelles questions le programme de travail de 1998 confie-t-il au Conseil du commerce des "
                 "marchandises ?",
                 "L'accès aux marchés pour les produits liés au commerce électronique, l'évaluation en douane, les "
                 "licences d'importation, les droits de douane, les normes, les règles d'origine et le classement."))

# --- J: minutes of the TRIPS Council, March 2002 (es, pdf) --------------------------------
ask("en", "At the TRIPS Council meeting of March 2002, when did the European Communities say the WIPO Copyright "
    "Treaty had entered into force?", J,
    ["había entrado en vigor el día anterior a la reunión, el 6 de marzo de 2002"],
    [["6 de marzo de 2002", "6 March 2002"]], ND)
ask("fr", "Qui présidait le Conseil des ADPIC lors de sa réunion de mars 2002 ?", J,
    ["Presidente: Sr. Eduardo Pérez Motta (México)"], [["Pérez Motta"]], ND)
ask("en", "How many domain name complaints had WIPO's centre received by the end of 2001, according to the "
    "TRIPS Council minutes IP/C/M/35?", J,
    ["había recibido más de 4.000 demandas en el marco de esa Política a finales de 2001"],
    [["4.000", "4,000", "4000"]], ND, FN)
ask("fr", "À quel texte européen l'Inde faisait-elle référence à propos des bases de données ?", J,
    ["la Directiva 96/9/CE de las Comunidades Europeas sobre la protección jurídica de las bases de datos"],
    [["96/9/CE", "96/9/EC"]], FN)
ask("fr", "Et qu'a conclu le Président à ce sujet ?", J,
    ["El Presidente dijo que no había consenso sobre la preparación de una nota de la Secretaría."],
    [["consenso", "consensus"]], FU,
    history=chat("Lors de la réunion du Conseil des ADPIC de mars 2002, le Japon a-t-il demandé quelque chose au "
                 "Secrétariat ?",
                 "Oui : il a proposé que le Secrétariat prépare une note factuelle sur les dispositions de l'Accord "
                 "relatives au respect des droits sur les réseaux numériques."))

# --- K: workshop on the digital divide, 2022 (es, html) ------------------------------------
ask("en", "What share of people in the least developed countries used the internet in 2022, according to the "
    "WTO's digital divide workshop summary?", K,
    ["Países menos adelantados 36 6,4 +12"], [["36"]], ND, TB)
ask("fr", "Combien coûtait le haut débit mobile dans les pays à faible revenu, rapporté au RNB par habitant ?", K,
    ["Países de ingreso bajo 26 9,3 +8"], [["9,3", "9.3"]], TB)
ask("en", "By how many percentage points did internet use in lower-middle-income countries rise since 2019?", K,
    ["Países de ingreso mediano bajo 56 3,1 +17"], [["17"]], TB)
ask("fr", "Quelle proportion d'hommes et de femmes utilisaient l'Internet en 2022 selon l'UIT ?", K,
    ["en 2022 utilizaba Internet el 69 por ciento de los hombres y el 63 por ciento de las mujeres"],
    [["69"], ["63"]], FN)
ask("fr", "Lors de l'atelier de novembre 2022 sur la fracture numérique, quel pays a fait état d'un programme de "
    "paiement échelonné pour les smartphones ?", K,
    ["El representante de Rwanda se refirió a la reducción de los impuestos sobre los teléfonos inteligentes y a "
     "un programa de pago a plazos"],
    [["Rwanda"]], ND)
ask("en", "So what are the main barriers, then?", K,
    ["Los principales obstáculos son el precio de los dispositivos y de los datos, la falta de competencias "
     "digitales"],
    [["precio", "price", "cost"], ["competencias", "skills"]], FU,
    history=chat("What did the ITU say at the WTO's November 2022 workshop on the digital divide about mobile "
                 "broadband coverage?",
                 "That 95 per cent of the world's population lives within reach of a mobile broadband network, so "
                 "the divide is not mainly a question of coverage."))

# --- L: communication from India and South Africa on the moratorium, 2018 (es, md) ---------
ask("en", "In their July 2018 paper on the moratorium, what share of the world's population did India and South "
    "Africa say was online in 1998?", L,
    ["Ese año, menos del 4 por ciento de la población mundial utilizaba Internet."],
    [["4 por ciento", "4 per cent", "4 percent", "4 %", "4%"]], ND)
ask("fr", "Combien de personnes utilisaient Internet en 1998 d'après la communication WT/GC/W/747 ?", L,
    ["unos 147 millones de personas utilizaban Internet en 1998"], [["147"]], ND, FN)
ask("en", "Which ministerial decision had extended the moratorium until 2019, as cited by the two proponents?", L,
    ["La Decisión Ministerial de 13 de diciembre de 2017 (WT/MIN(17)/65) prorrogó la moratoria hasta el período "
     "de sesiones de 2019."],
    [["WT/MIN(17)/65"]], FN)
ask("fr", "Quel chiffre d'affaires mondial de l'impression 3D en 2017 l'Inde et l'Afrique du Sud avancent-elles "
    "dans leur communication de 2018 ?", L,
    ["Los ingresos mundiales de la industria de impresión en 3D alcanzaron unos 7.300 millones de dólares EE.UU. "
     "en 2017"],
    [["7.300", "7 300", "7,300", "7300"]], ND)

# --- comparisons across documents -----------------------------------------------------------
ask("en", "Both the 2018 India-South Africa paper and the Secretariat's 2023 overview of studies say the meaning "
    "of 'electronic transmissions' is unsettled. What exactly is in dispute?", [L, A],
    ["Algunos Miembros consideran que la moratoria abarca tanto la transmisión como el contenido transmitido",
     "no common view on whether the moratorium covers only the transmission or also the content transmitted"],
    [["content", "contenido"]], ND, CMP)
ask("fr", "Jusqu'à quand le moratoire était-il prolongé selon la communication de l'Inde et de l'Afrique du Sud "
    "de 2018, et quelle date butoir mentionne la note du Secrétariat de 2023 ?", [L, A],
    ["La Decisión Ministerial de 13 de diciembre de 2017 (WT/MIN(17)/65) prorrogó la moratoria hasta el período "
     "de sesiones de 2019.",
     "agreed that it would expire on 31 March 2024 if that Session were postponed beyond that date"],
    [["2019"], ["31 March 2024", "31 mars 2024"]], ND, CMP, FN)
ask("es", "¿Llegaron a alguna conclusión sobre si los productos transmitidos electrónicamente son mercancías o "
    "servicios el Consejo del Comercio de Mercancías en 1999 y el debate específico del Consejo General en "
    "2001?", [E, B],
    ["doivent être considérés comme des marchandises ou comme des services. Aucune conclusion n'a été atteinte.",
     "Members were not in a position to reach a conclusion on classification"],
    [["conclusion", "conclusión"]], ND, CMP)
ask("en", "The 1998 work programme set a deadline for the bodies' progress reports. When was it, and when did "
    "the Goods Council actually adopt its report?", [I, E],
    ["a más tardar el 30 de julio de 1999",
     "Rapport adopté par le Conseil du commerce des marchandises à sa réunion du 5 juillet 1999."],
    [["30 de julio de 1999", "30 July 1999"], ["5 juillet 1999", "5 July 1999"]], ND, CMP, FN)
ask("fr", "Quelle question de droit d'auteur le programme de travail de 1998 confiait-il au Conseil des ADPIC, et "
    "quel traité de l'OMPI était entré en vigueur d'après le compte rendu de mars 2002 ?", [I, J],
    ["la protección y la observancia del derecho de autor y los derechos conexos",
     "el Tratado de la OMPI sobre Derecho de Autor había entrado en vigor el día anterior a la reunión"],
    [["derecho de autor", "droit d'auteur"],
     ["Tratado de la OMPI sobre Derecho de Autor", "Traité de l'OMPI sur le droit d'auteur", "WCT"]], ND, CMP)
ask("es", "¿Qué proporción de la población de los países menos adelantados usaba Internet según la comunicación "
    "de los FEDs de 2017 y según el resumen del taller de 2022 sobre la brecha digital?", [C, K],
    ["fewer than one in six people in the least developed countries used the Internet",
     "Países menos adelantados 36 6,4 +12"],
    [["one in six", "uno de cada seis"], ["36"]], ND, CMP, TB)
ask("en", "How do the 2015 note on electronic payments and the 2020 COVID-19 note each describe mobile money in "
    "Kenya?", [F, G],
    ["en 2014, 58 pour cent des adultes kényans détenaient un compte de monnaie mobile",
     "opérateurs de téléphonie mobile sont convenus en mars 2020 de supprimer les frais sur les transferts de "
     "monnaie mobile"],
    [["58"], ["frais", "fees"]], ND, CMP)
ask("fr", "Comment la communication des FEDs de 2017 et le rapport des coorganisateurs de 2026 abordent-ils la "
    "flexibilité accordée aux pays en développement ?", [C, D],
    ["any future outcome must be balanced and provide for special and differential treatment",
     "Developing country participants may designate the provisions that they will implement after a transition "
     "period"],
    [["special and differential", "spécial et différencié"], ["transition period", "période de transition"]],
    ND, CMP)
ask("es", "¿Cómo describen el costo de la banda ancha en los países más pobres el taller de 2013 sobre pymes y el "
    "taller de 2022 sobre la brecha digital?", [H, K],
    ["en raison du coût de l'accès à large bande, qui pouvait y dépasser le revenu mensuel moyen d'un habitant",
     "Países de ingreso bajo 26 9,3 +8"],
    [["revenu mensuel", "ingreso mensual"], ["9,3", "9.3"]], ND, CMP, TB)
ask("en", "What does the co-convenors' 2026 report say the e-commerce Agreement provides on customs duties on "
    "electronic transmissions, and what did the Secretariat's 2023 note say about Members actually collecting "
    "such duties?", [D, A],
    ["participants shall not impose customs duties on electronic transmissions between a person of one "
     "participant and a person of another",
     "The Secretariat is not aware of any Member that currently collects customs duties on electronic "
     "transmissions as such."],
    [["shall not impose", "not impose"], ["not aware"]], ND, CMP)
ask("fr", "Le programme de travail de 1998 demandait-il au Conseil du commerce des services de se pencher sur le "
    "classement, et quel avis majoritaire s'est dégagé lors du débat spécialisé de 2001 ?", [I, B],
    ["los derechos de aduana y las cuestiones de clasificación.",
     "A large number of delegations considered that electronically delivered products are services and that the "
     "GATS therefore applies"],
    [["clasificación", "classement", "classification"], ["services", "servicios"]], ND, CMP)

# --- questions the documents do not answer (a near-miss document exists) ------------------
nothing("en", "Which Members objected at the General Council in 2025 to adding the e-commerce agreement to Annex 4?")
nothing("fr", "Quelle estimation des recettes douanières perdues l'étude du FMI de 2023 attribue-t-elle à l'Inde ?")
nothing("es", "¿Qué país o institución financió el taller de noviembre de 2022 sobre la brecha digital?")
nothing("en", "What was the average cost of sending remittances to Sub-Saharan Africa in 2015, according to the "
        "WTO note on mobile payments?")
nothing("fr", "Quelle part du commerce électronique mondial l'Afrique représentait-elle en 2020 selon la note sur "
        "la COVID-19 ?")
nothing("es", "¿Qué declaró el representante de China sobre el comercio electrónico en la reunión del Consejo de los "
        "ADPIC de marzo de 2002?")
nothing("en", "What is the name of the General Council Chairman who chaired the dedicated discussion of 15 June "
        "2001?")
nothing("fr", "Quel taux de droit moyen l'Inde appliquait-elle aux produits numérisables selon la communication de "
        "2018 sur le moratoire ?")
nothing("es", "¿Cuántas empresas peruanas participaron en el taller del Comité de Comercio y Desarrollo de abril de "
        "2013?")
nothing("en", "On what exact date did the TRIPS Council hold its June 2002 meeting?")
nothing("fr", "Combien de Membres participaient à l'Accord sur les technologies de l'information en juillet 1999 ?")
nothing("es", "¿Cuánto dinero aportaron Australia y China al Marco de Creación de Capacidad para el Comercio "
        "Electrónico?")
nothing("en", "What loss of customs revenue did South Africa report in its follow-up paper on the moratorium?")
nothing("fr", "Combien de personnes ont assisté à la séance d'information organisée par les FEDs en juin 2017 ?")
nothing("es", "¿Qué porcentaje de adultos de Bangladesh tenía una cuenta de dinero móvil en 2014?")
nothing("es", "¿Cuántas medidas comerciales relacionadas con el comercio electrónico habían notificado los Miembros a "
        "la OMC en mayo de 2020?")
