"""Write the heldout12 gold questions and gold metadata:
evals/gold/dev-corpus-heldout12.jsonl and evals/gold/dev-corpus-heldout12-metadata.json.

    python evals/corpora/sources/heldout12/make_gold.py

Records are made with ../gold.py's q(), in the format of heldout9: id, lang (language of
the question), question, [history], evidence (exact spans of the source text; [] when
unanswerable), answer_any (groups of alternatives; [] when unanswerable), source
("heldout12/<file>" or null), [sources] (compare questions), tags, [unanswerable].  The
"cross-lingual" tag is set here from the languages of the question and of its sources.
Written for wtoqa's evaluation; the documents are not official WTO texts.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gold  # noqa: E402
from content import DOCS  # noqa: E402

SET = "heldout12"
ND, XL, UN, CMP, FU = gold.ND, gold.XL, gold.UN, gold.CMP, gold.FU
FN, TB = "footnote", "table"
TAG_ORDER = [ND, XL, UN, CMP, FU, FN, TB]

A = "secretariat-note-digitally-delivered-services-2023.pdf"
B = "tbt-thematic-session-cybersecurity-connected-devices-2022.docx"
C = "jsi-consumer-protection-spam-facilitator-report-2020.html"
D = "general-council-minutes-fiscal-implications-ecommerce-2003.txt"
E = "note-secretariat-localisation-donnees-services-2024.pdf"
G = "communication-signatures-electroniques-authentification-2019.html"
H = "examen-politique-commerciale-maroc-commerce-electronique-2016.md"
L = "note-evaluation-douane-supports-informatiques-logiciels-1998.txt"
F = "taller-regional-comercio-electronico-desarrollo-2009.docx"
I = "comunicacion-grupo-pma-brecha-digital-2017.pdf"
J = "sesion-informativa-umbrales-minimis-comercio-electronico-2026.html"
K = "comunicacion-comercio-sin-papel-ventanilla-unica-2021.md"

ASKED = []  # [lang, question, documents, evidence, answer groups, tags, history]


def ask(lang, question, docs, evidence, answers, *tags, history=None):
    docs = [docs] if isinstance(docs, str) else list(docs)
    ASKED.append([lang, question, docs, evidence, answers, list(tags), history])


def nothing(lang, question):
    """A question the documents do not answer (a near-miss document exists)."""
    ASKED.append([lang, question, [], [], [], [UN], None])


def chat(*texts):
    return [{"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(texts)]


# --- A: Secretariat note on digitally delivered services, 2023 (en, pdf) ---------------
ask("fr", "Quelle part des exportations mondiales de services fournis par voie numérique revenait à l'Amérique "
    "du Nord en 2005, et laquelle en 2022 ?", A,
    ["North America 20.4 18.3 71"], [["20.4", "20,4"], ["18.3", "18,3"]], TB)
ask("es", "Según la nota de la Secretaría de noviembre de 2023 sobre los servicios prestados digitalmente, ¿qué "
    "peso tienen esos servicios en las exportaciones de servicios de América Latina y el Caribe?", A,
    ["Latin America and Caribbean 1.7 1.5 33"], [["33"]], ND, TB)
ask("fr", "Dans le JOB/GC/362, à quelle base de données recourt-on pour les économies qui ne communiquent pas de "
    "données détaillées ?", A,
    ["The WTO-OECD Balanced Trade in Services dataset (BaTIS), which reconciles the bilateral data"],
    [["BaTIS", "Balanced Trade in Services"]], ND, FN)
ask("en", "And how did they do the following year?", A,
    ["and they grew by 14 per cent in 2021"], [["14 per cent"]], FU,
    history=chat("What does the Secretariat's 2023 note on digitally delivered services say about the pandemic?",
                 "In 2020, when world exports of services fell by 20 per cent, exports of digitally delivered "
                 "services contracted by less than 2 per cent."))
ask("es", "¿Para cuántas economías africanas hubo que estimar las cifras de 2022 a partir de años anteriores por "
    "falta de datos?", A,
    ["For 21 African economies, the figures for 2022 were imputed from earlier years"], [["21"]], FN)

# --- B: TBT Committee thematic session on connected devices, 2022 (en, docx) -----------
ask("fr", "Lors de la séance thématique du Comité OTC de juin 2022 sur les objets connectés, combien de "
    "notifications concernant la cybersécurité des produits le Secrétariat avait-il recensées depuis 2015 ?", B,
    ["Members had submitted 67 notifications referring to the cybersecurity of products since 2015"],
    [["67"]], ND)
ask("es", "¿En qué código de buenas prácticas británico se basa la norma EN 303 645, y cuándo se publicó ese "
    "código?", B,
    ["It builds on the Code of Practice for Consumer IoT Security published by the United Kingdom in October "
     "2018."], [["Code of Practice"], ["October 2018"]], FN)
ask("fr", "À quel niveau du dispositif singapourien d'étiquetage correspond le label finlandais de "
    "cybersécurité ?", B,
    ["devices bearing the Finnish Cybersecurity Label are recognized as meeting Level 3 of the Singapore scheme"],
    [["Level 3"]], FN)
ask("es", "En el G/TBT/GEN/331, ¿a partir de cuándo se aplican los requisitos de ciberseguridad del acto "
    "delegado de la Directiva sobre equipos radioeléctricos?", B,
    ["made certain cybersecurity requirements essential requirements for wireless devices, applicable from "
     "1 August 2024"], [["1 August 2024"]], ND)
ask("en", "What has Japan required, and since when?", B,
    ["had required, since April 2020, access control, a prompt to change the default password and the ability "
     "to update software"], [["April 2020"], ["default password"]], FU,
    history=chat("Which Members described their rules at the TBT Committee's 2022 thematic session on the "
                 "cybersecurity of connected devices?",
                 "The United Kingdom, the European Union, Singapore, the United States and Japan."))

# --- C: JSI facilitator's report on consumer protection and spam, 2020 (en, html) -------
ask("fr", "D'après le rapport INF/ECOM/57, combien des paragraphes de l'article sur la protection des "
    "consommateurs en ligne étaient stabilisés, et sur combien ?", C,
    ["Online consumer protection 6 4 2"], [["4"], ["6"]], ND, TB)
ask("es", "¿Qué recomendación de la OCDE citaron varios participantes como fuente de las obligaciones de los "
    "proveedores frente a los consumidores?", C,
    ["OECD Recommendation on Consumer Protection in E-commerce, revised in 2016"],
    [["Consumer Protection in E-commerce"]], FN)
ask("es", "En el informe de noviembre de 2020 del pequeño grupo de la Iniciativa Conjunta sobre protección del "
    "consumidor, ¿qué porcentaje de países tenía leyes de protección del consumidor en línea según la UNCTAD?", C,
    ["but only 56 per cent had legislation on online consumer protection"], [["56"]], ND)
ask("fr", "Quelle fourchette d'estimations de la part du spam dans le trafic mondial de courriels d'autres sources "
    "donnent-elles ?", C,
    ["other sources put the share between 45 and 85 per cent, depending on the method used"],
    [["45"], ["85"]], FN)
ask("en", "What did they agree about how people can stop receiving spam?", C,
    ["require suppliers to facilitate the ability of recipients to prevent ongoing reception of such messages, "
     "which is known as an opt-out system",
     "require the consent of recipients before messages are sent, which is an opt-in system"],
    [["opt-out"], ["opt-in"]], FU,
    history=chat("Who facilitated the JSI small group on online consumer protection and spam in 2020?",
                 "Canada. The group met six times between September and November 2020, five of them in virtual "
                 "format."))

# --- D: General Council minutes, fiscal implications, 2003 (en, txt) ---------------------
ask("fr", "Selon le procès-verbal de la réunion du Conseil général de mai 2003, quelle part des recettes "
    "tarifaires représentaient les droits sur les produits numérisables ?", D,
    ["accounted on average for about 1 per cent of the tariff revenue of Members",
     "For some developing Members, however, the share exceeded 3 per cent"],
    [["1 per cent"], ["3 per cent"]], ND)
ask("es", "¿Qué directiva del Consejo obligaba a cobrar el IVA sobre los servicios suministrados por vía "
    "electrónica, y por cuánto tiempo se aplicaba inicialmente?", D,
    ["Council Directive 2002/38/EC, applicable initially for a period of three years."],
    [["2002/38/EC"], ["three years"]], FN)
ask("es", "En el acta WT/GC/M/80, ¿hasta cuándo se había prorrogado la ley estadounidense sobre la libertad "
    "fiscal en Internet?", D,
    ["The Internet Tax Freedom Act of 1998, which had been extended in 2001 until 1 November 2003."],
    [["1 November 2003"]], ND, FN)
ask("en", "And India?", D,
    ["the fiscal question could not be settled until the question of classification had been resolved"],
    [["classification"]], FU,
    history=chat("What did Cuba say about the fiscal implications of e-commerce at the General Council in May "
                 "2003?",
                 "That they were of particular concern to small developing economies, and that the moratorium, "
                 "agreed in 1998 as a temporary measure, should not be extended automatically."))
ask("fr", "Quelle est la cote de la note du Secrétariat qui a servi de base à la discussion spécialisée de 2003 "
    "sur les incidences fiscales du commerce électronique ?", D,
    ["Background note by the Secretariat, WT/GC/W/497, dated 11 April 2003."], [["WT/GC/W/497"]], FN)

# --- E: Secretariat note on data localization, 2024 (fr, pdf) ---------------------------
ask("en", "How many data localization measures requiring a local copy were recorded in 2017, and how many in "
    "2023?", E, ["Copie locale exigée 22 41 finance"], [["22"], ["41"]], TB)
ask("es", "Según la nota S/C/W/472, ¿en qué sector son más frecuentes las prohibiciones de transferir datos al "
    "extranjero?", E, ["Interdiction de transfert 6 11 secteur public"], [["secteur public"]], ND, TB)
ask("es", "¿Qué transferencias quedan exentas de la evaluación de seguridad china con las disposiciones "
    "publicadas en marzo de 2024?", E,
    ["dispensent de l'évaluation les transferts portant sur moins de 100 000 personnes au cours d'une année "
     "civile"], [["100 000", "100.000", "100,000", "100000"]], FN)
ask("en", "In the Secretariat's 2024 note to the Council for Trade in Services on data localization, how long "
    "did India give payment providers to comply?", E,
    ["en accordant aux prestataires un délai de six mois pour s'y conformer"], [["six mois"]], ND)
ask("fr", "A-t-elle déjà été interprétée dans un différend ?", E,
    ["Cette exception n'a encore été interprétée par aucun groupe spécial dans une affaire concernant des "
     "transferts de données."], [["aucun groupe spécial"]], FU, FN,
    history=chat("Que dit la note S/C/W/472 sur l'exception de l'article XIV c) ii) de l'AGCS ?",
                 "Elle permet aux Membres de prendre des mesures nécessaires pour protéger la vie privée, à "
                 "condition qu'elles ne constituent ni une discrimination arbitraire ou injustifiable ni une "
                 "restriction déguisée au commerce."))

# --- G: communication on e-signatures, 2019 (fr, html) ----------------------------------
ask("en", "In the Chile-Switzerland communication INF/ECOM/21, how many WTO Members confirmed at Davos that they "
    "intended to start e-commerce negotiations?", G,
    ["76 Membres de l'OMC ont confirmé leur intention d'engager des négociations"], [["76"]], ND)
ask("es", "¿Cuántos participantes tenía la iniciativa conjunta sobre comercio electrónico a finales de 2019?", G,
    ["Le nombre des participants est passé à 82 à la fin de 2019."], [["82"]], FN)
ask("es", "¿En cuántos Estados se habían adoptado, a comienzos de 2019, leyes basadas en la Ley Modelo de la "
    "CNUDMI sobre las firmas electrónicas o inspiradas en ella?", G,
    ["avaient été adoptées dans 39 États au début de 2019"], [["39"]], FN)
ask("es", "¿A cuántas empresas exportadoras se dirigió la encuesta chilena sobre el reconocimiento de las firmas "
    "electrónicas?", G,
    ["Enquête réalisée en 2018 auprès de 412 entreprises exportatrices"], [["412"]], FN)
ask("fr", "Et dans laquelle range-t-elle le règlement de l'Union européenne ?", G,
    ["applicable depuis le 1er juillet 2016, relève de cette troisième approche"], [["troisième approche"]], FU,
    history=chat("Quelles approches réglementaires des signatures électroniques la communication du Chili et de "
                 "la Suisse de 2019 distingue-t-elle ?",
                 "Une approche minimaliste, une approche prescriptive et une approche à deux niveaux."))

# --- H: Trade Policy Review of Morocco, 2016 (fr, md) -----------------------------------
ask("en", "Which Moroccan law covers electronic signatures, and when was it adopted?", H,
    ["Loi n° 53-05 2007 échange électronique de données juridiques et signature électronique"],
    [["53-05"], ["2007"]], TB)
ask("es", "En el examen de las políticas comerciales de Marruecos de 2016, ¿qué ley regula los contratos a "
    "distancia y de qué año es?", H,
    ["Loi n° 31-08 2011 mesures de protection du consommateur, y compris les contrats à distance"],
    [["31-08"], ["2011"]], ND, TB)
ask("en", "Under which brand does Morocco's postal operator issue electronic certificates?", H,
    ["Barid Al-Maghrib, l'opérateur postal public, a été agréé en 2010 sous la marque Barid eSign."],
    [["Barid eSign"]], FN)
ask("es", "Según el WT/TPR/S/337, ¿cuántas operaciones de pago en línea registró el CMI en 2015?", H,
    ["3,6 millions d'opérations de paiement en ligne ont été effectuées en 2015"], [["3,6", "3.6"]], ND)
ask("es", "¿De qué organismo proceden las cifras de abonados a Internet en Marruecos?", H,
    ["Données de l'Agence nationale de réglementation des télécommunications (ANRT), observatoire de l'Internet"],
    [["ANRT", "Agence nationale de réglementation des télécommunications"]], FN)

# --- L: note on software carrier media, 1998 (fr, txt from a PDF) -----------------------
ask("en", "According to the 1998 Secretariat note to the Customs Valuation Committee, how many Members had "
    "notified that they value only the carrier medium?", L,
    ["38 Membres, en comptant les Communautés européennes et leurs États membres comme un seul Membre"],
    [["38"]], ND)
ask("es", "¿Cuándo y en qué documento adoptó el Comité de Valoración en Aduana de la OMC la decisión sobre los "
    "soportes informáticos?", L,
    ["à sa première réunion, le 12 mai 1995, document G/VAL/5"], [["12 mai 1995"], ["G/VAL/5"]], FN)
ask("es", "¿En qué proporción puede variar la base imponible de un programa de gestión según se entregue en "
    "soporte físico o por vía electrónica?", L,
    ["la base d'imposition peut donc varier dans un rapport de cent à un selon le mode de livraison"],
    [["cent à un"]])
ask("fr", "Et avant quelle date le Conseil du commerce des marchandises devait-il faire rapport au Conseil "
    "général ?", L,
    ["que celui-ci doit présenter au Conseil général avant le 30 juillet 1999"], [["30 juillet 1999"]], FU,
    history=chat("Quand le Comité de l'évaluation en douane a-t-il demandé au Secrétariat la note G/VAL/W/27 ?",
                 "À sa réunion du 21 octobre 1998, après l'adoption du Programme de travail par le Conseil "
                 "général le 25 septembre 1998."))
ask("es", "¿Qué documento recoge la lista de Miembros que notificaron que solo valoran el soporte "
    "informático?", L,
    ["La liste des Membres ayant fait une notification figure dans le document G/VAL/W/26."],
    [["G/VAL/W/26"]], FN)

# --- F: regional workshop in Panama, 2009 (es, docx) ------------------------------------
ask("en", "At the 2009 Panama City workshop on e-commerce and development, who spoke in the session on "
    "connectivity and small businesses?", F,
    ["5 22 de abril Conectividad y pequeñas empresas BID, UIT"], [["BID"], ["UIT"]], ND, TB)
ask("fr", "Quel jour de l'atelier régional la CNUDCI a-t-elle présenté les cadres juridiques ?", F,
    ["3 21 de abril Marcos jurídicos: contratos y firma electrónica CNUDMI"], [["21 de abril"]], TB)
ask("en", "Why had the UN Convention on electronic communications in international contracts not entered into "
    "force by mid-2009?", F,
    ["aún no había entrado en vigor, por no haber alcanzado las tres ratificaciones necesarias"],
    [["tres ratificaciones"]], FN)
ask("en", "How many participants filled in the evaluation questionnaire of the Panama workshop?", F,
    ["Respondieron al cuestionario de evaluación 29 de los 31 participantes."], [["29"]], ND, FN)
ask("es", "¿Y cuántos funcionarios asistieron?", F,
    ["Asistieron 31 funcionarios de 18 países de la región"], [["31"]], FU,
    history=chat("¿Quién organizó el taller regional de Panamá de abril de 2009 sobre comercio electrónico y "
                 "desarrollo?",
                 "El Instituto de Formación y Cooperación Técnica de la OMC, en colaboración con la CEPAL y con "
                 "el apoyo del Gobierno de Panamá."))

# --- I: LDC Group communication on the digital divide, 2017 (es, one-page pdf) ----------
ask("en", "In the LDC Group's 2017 communication on the digital divide, what share of people in LDCs used the "
    "Internet?", I,
    ["alrededor del 17 por ciento de la población de los PMA utilizaba Internet"], [["17"]], ND)
ask("fr", "Dans quels PMA des évaluations rapides de l'état de préparation au commerce électronique avaient-elles "
    "été réalisées à la mi-2017 ?", I,
    ["se habían realizado evaluaciones en Camboya, Bhután, Nepal, la República Democrática Popular Lao y Samoa"],
    [["Camboya"], ["Samoa"]], FN)
ask("en", "Which delegation had WT/GC/W/741 circulated, and in what capacity?", I,
    ["a petición de la delegación de Benin, coordinador del Grupo de PMA"], [["Benin"], ["coordinador"]], ND, FN)
ask("fr", "Combien coûtait un abonnement mobile à haut débit de 500 Mo par mois dans les PMA, rapporté au "
    "revenu ?", I,
    ["costaba en promedio el 14 por ciento del ingreso nacional bruto mensual por habitante"], [["14"]])
ask("en", "What study do the least-developed countries want the Secretariat to prepare together with UNCTAD and "
    "the ITU?", I,
    ["junto con la UNCTAD y la UIT, prepare un estudio sobre la brecha digital en los PMA"],
    [["brecha digital"]])

# --- J: Goods Council information session on de minimis, 2026 (es, html print view) -----
ask("en", "What is Canada's de minimis threshold for taxes on imported parcels?", J,
    ["Canadá CAD 150 CAD 40 umbrales del T-MEC desde 2020"], [["CAD 40"]], TB)
ask("fr", "D'après le résumé G/C/W/861, quand les États-Unis ont-ils supprimé leur exemption pour les envois "
    "de faible valeur ?", J,
    ["Estados Unidos suprimido no aplica exención suprimida en agosto de 2025"], [["agosto de 2025"]], ND, TB)
ask("en", "When is the EU's customs duty exemption for low-value consignments to be abolished?", J,
    ["Unión Europea EUR 150 ninguno supresión de la franquicia aduanera en 2028"], [["2028"]], TB)
ask("fr", "Quel montant de frais de traitement par envoi l'Union européenne propose-t-elle ?", J,
    ["la tasa de tramitación propuesta era de EUR 2 por envío entregado directamente al consumidor"],
    [["EUR 2"]], FN)
ask("en", "At the Goods Council's April 2026 session on de minimis thresholds, how many customs administrations "
    "answered the WCO survey?", J,
    ["Estimación basada en las respuestas de 62 administraciones de aduanas a una encuesta de la OMA"],
    [["62"]], ND, FN)
ask("fr", "Et qu'a expliqué le Chili ?", J,
    ["deben cobrar el IVA del 19 por ciento en el momento de la venta sobre los bienes de hasta USD 500"],
    [["19"], ["USD 500"]], FU,
    history=chat("Qui a demandé la séance d'information du Conseil du commerce des marchandises d'avril 2026 sur "
                 "les seuils de minimis ?",
                 "Le Costa Rica et la Norvège ; quelque 70 délégations y ont participé, ainsi que l'OMD et "
                 "l'OCDE."))

# --- K: JSI communication on paperless trading, 2021 (es, md) ---------------------------
ask("en", "According to the 2021 JSI communication from Colombia, Costa Rica and Peru, what was the global "
    "average implementation rate of paperless trade measures?", K,
    ["el grado medio de aplicación de las medidas de comercio sin papel era del 65 por ciento a nivel mundial"],
    [["65"]], ND)
ask("fr", "Combien d'économies ont été couvertes par l'enquête mondiale des Nations Unies de 2021 sur la "
    "facilitation du commerce numérique ?", K,
    ["Encuesta realizada por las comisiones regionales de las Naciones Unidas en 143 economías."], [["143"]], FN)
ask("fr", "Dans la communication INF/ECOM/64, de quel délai de transition les PMA disposeraient-ils pour "
    "établir un guichet unique ?", K,
    ["los países menos adelantados dispondrán de un período de transición de cinco años"], [["cinco años"]], ND)
ask("en", "When did the four Pacific Alliance countries sign the technical protocol for exchanging certificates "
    "of origin?", K,
    ["se basa en un protocolo técnico firmado por los cuatro países en 2016"], [["2016"]], FN)
ask("fr", "Et les certificats d'origine ?", K,
    ["desde 2019, certificados de origen electrónicos, lo que ha permitido eliminar el papel"], [["2019"]], FU,
    history=chat("Depuis quand les guichets uniques de l'Alliance du Pacifique échangent-ils des certificats "
                 "phytosanitaires électroniques ?",
                 "Depuis 2018, selon la communication de la Colombie, du Costa Rica et du Pérou de 2021."))

# --- questions on two documents ----------------------------------------------------------
ask("en", "What EU measures on taxing cross-border online sales are reported in the 2003 General Council minutes "
    "and in the 2026 Goods Council session on de minimis thresholds?", [D, J],
    ["required suppliers established outside the Communities to charge value added tax on services supplied to "
     "private consumers",
     "la supresión de la franquicia de derechos de EUR 150 formaba parte de la reforma del código aduanero"],
    [["value added tax"], ["EUR 150"]], ND, CMP)
ask("fr", "Que disent la note de 2023 sur les services fournis par voie numérique et la communication des PMA de "
    "2017 de la place des PMA dans l'économie numérique ?", [A, I],
    ["The least-developed countries (LDCs) accounted for 0.16 per cent of world exports of digitally delivered "
     "services in 2022", "alrededor del 17 por ciento de la población de los PMA utilizaba Internet"],
    [["0.16"], ["17"]], ND, CMP)
ask("es", "¿Qué leyes de Chile y de Marruecos sobre la firma electrónica citan la comunicación de 2019 sobre "
    "autenticación y el examen de políticas comerciales de 2016?", [G, H],
    ["la loi n° 19.799 de 2002 distingue la signature électronique simple de la signature électronique avancée",
     "La loi n° 53-05 reconnaît l'écrit et la signature électroniques"],
    [["19.799"], ["53-05"]], ND, CMP)
ask("en", "How do the 1998 customs valuation note and Cuba's statement in the 2003 General Council minutes "
    "describe the origin of the moratorium?", [L, D],
    ["la Déclaration sur le commerce électronique mondial, adoptée le 20 mai 1998 à la deuxième session de la "
     "Conférence ministérielle",
     "The moratorium had been agreed in 1998 as a temporary measure, and its extension should not be automatic."],
    [["20 mai 1998"], ["temporary"]], ND, CMP)
ask("fr", "Quelle place la reconnaissance mutuelle occupe-t-elle dans la séance du Comité OTC de 2022 sur les "
    "objets connectés et dans la proposition du Chili et de la Suisse de 2019 sur les signatures "
    "électroniques ?", [B, G],
    ["Early notification of draft measures, the use of international standards and mutual recognition of labels",
     "les parties encourageront l'utilisation de méthodes interopérables et pourront conclure des accords de "
     "reconnaissance mutuelle"],
    [["mutual recognition"], ["reconnaissance mutuelle"]], ND, CMP)
ask("es", "¿Qué papel desempeña el consentimiento de las personas en la nota de 2024 sobre localización de datos "
    "y en el informe de 2020 sobre mensajes comerciales no solicitados?", [E, C],
    ["les régimes qui subordonnent le transfert à des conditions, telles que le consentement de la personne "
     "concernée", "require the consent of recipients before messages are sent, which is an opt-in system"],
    [["consentement"], ["opt-in"]], ND, CMP)
ask("en", "What do the 2009 Panama workshop report and the 2021 communication on paperless trading say about "
    "Colombia?", [F, K],
    ["Contratos Internacionales de 2005, que hasta entonces habían firmado Colombia, Honduras, Panamá y Paraguay",
     "Colombia puso en marcha su ventanilla única en 2005, y hoy reúne a 21 entidades públicas"],
    [["Contratos Internacionales"], ["ventanilla única"]], ND, CMP)
ask("fr", "Quels seuils de franchise pour les envois de faible valeur citent l'examen du Maroc de 2016 et, pour "
    "le Japon, la séance de 2026 sur les seuils de minimis ?", [H, J],
    ["bénéficiaient d'une franchise lorsque leur valeur ne dépassait pas 1 250 dirhams",
     "Japón JPY 10.000 JPY 10.000 revisión anunciada para 2026"],
    [["1 250"], ["10.000", "10 000", "10,000"]], ND, CMP, TB)
ask("es", "¿Qué dicen sobre la India la nota de 2023 sobre los servicios prestados digitalmente y la nota de 2024 "
    "sobre la localización de datos?", [A, E],
    ["India alone accounted for about 5 per cent of world exports of digitally delivered services in 2022",
     "l'Inde a exigé en avril 2018 que toutes les données relatives aux systèmes de paiement soient conservées "
     "uniquement en Inde"],
    [["5 per cent"], ["avril 2018"]], ND, CMP)
ask("en", "What did the LDC Group in 2017, and Egypt in the May 2003 General Council minutes, ask for regarding "
    "lost tariff revenue?", [I, D],
    ["cualquier decisión debe tener en cuenta las posibles pérdidas de ingresos arancelarios de los PMA",
     "asked the Secretariat to update its estimates with data from developing Members and to cooperate with "
     "UNCTAD"],
    [["pérdidas de ingresos"], ["update its estimates"]], ND, CMP)
ask("fr", "Quels articles de l'Accord sur la facilitation des échanges sont invoqués dans la séance de 2026 sur les "
    "seuils de minimis et dans la communication de 2021 sur le commerce sans papier ?", [J, K],
    ["artículo 7.8 del Acuerdo sobre Facilitación del Comercio, que invita a los Miembros a establecer un valor",
     "El artículo 10.4 del AFC pide a los Miembros que se esfuercen por establecer o mantener una ventanilla "
     "única"],
    [["7.8"], ["10.4"]], ND, CMP)

# --- unanswerable ------------------------------------------------------------------------
nothing("en", "What was Africa's share of world exports of digitally delivered services in 2010, according to the "
        "Secretariat's 2023 note?")
nothing("en", "How many participants from developing countries attended the TBT Committee's 2022 thematic session "
        "on the cybersecurity of connected devices?")
nothing("en", "What penalties does the JSI text on unsolicited commercial electronic messages set for suppliers "
        "who keep sending spam?")
nothing("en", "What did Brazil say at the General Council's May 2003 discussion of the fiscal implications of "
        "electronic commerce?")
nothing("en", "How many new data centres were built in Indonesia after its 2019 regulation on electronic "
        "systems?")
nothing("fr", "Combien de notifications relatives à la cybersécurité des produits ont été présentées au Comité OTC "
        "au premier semestre de 2022 ?")
nothing("fr", "Quel est le seuil de minimis appliqué par la Suisse aux envois de faible valeur ?")
nothing("fr", "Combien de certificats de signature électronique qualifiée ont été délivrés en Suisse en 2018 ?")
nothing("fr", "Quel montant de droits de douane le Maroc a-t-il perçu en 2015 sur les colis commandés en ligne ?")
nothing("fr", "Combien de fonctionnaires des pays des Caraïbes ont participé à l'atelier régional de Panama de "
        "2009 ?")
nothing("es", "¿Qué dijo el Japón sobre los soportes informáticos en la reunión del Comité de Valoración en Aduana "
        "de octubre de 1998?")
nothing("es", "¿Cuántos usuarios de Internet tenía Bangladesh en 2017, según la comunicación del Grupo de PMA?")
nothing("es", "¿Cuántos envíos de escaso valor entraron en los Estados Unidos en 2024?")
nothing("es", "¿Cuánto se tarda en el Perú en obtener un permiso de exportación a través de la ventanilla única?")
nothing("es", "¿Qué porcentaje de la población de Marruecos compraba en línea en 2015?")
nothing("es", "¿Cuándo se estabilizaron finalmente los párrafos sobre los mensajes no solicitados que seguían entre "
        "corchetes en noviembre de 2020?")

METADATA = {
    A: {"title": "Work Programme on Electronic Commerce - Trade in Digitally Delivered Services: Trends and "
                 "Regional Patterns - Note by the Secretariat",
        "symbol": "JOB/GC/362", "date": "2023-11-06", "kind": "note", "body": "General Council",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    B: {"title": "Thematic Session on the Cybersecurity of Connected Devices - Summary Report by the Chairperson",
        "symbol": "G/TBT/GEN/331", "date": "2022-07-14", "kind": "summary",
        "body": "Committee on Technical Barriers to Trade", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    C: {"title": "Joint Statement Initiative on Electronic Commerce - Online Consumer Protection and Unsolicited "
                 "Commercial Electronic Messages - Report of the Facilitator of the Small Group",
        "symbol": "INF/ECOM/57", "date": "2020-11-30", "kind": "report",
        "body": "Joint Statement Initiative on Electronic Commerce", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    D: {"title": "General Council - Minutes of Meeting held on 15 and 16 May 2003 (extract: Work Programme on "
                 "Electronic Commerce - Report on the Dedicated Discussion on the Fiscal Implications of "
                 "Electronic Commerce)",
        "symbol": "WT/GC/M/80", "date": "2003-06-24", "kind": "minutes", "body": "General Council",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    E: {"title": "Programme de travail sur le commerce électronique - Les mesures de localisation des données et le "
                 "commerce des services - Note d'information du Secrétariat",
        "symbol": "S/C/W/472", "date": "2024-03-18", "kind": "note", "body": "Conseil du commerce des services",
        "session": None, "place": None, "language": "fr", "original_language": "en"},
    G: {"title": "Déclaration conjointe sur le commerce électronique - Signatures électroniques et authentification "
                 "- Communication du Chili et de la Suisse",
        "symbol": "INF/ECOM/21", "date": "2019-04-25", "kind": "communication",
        "body": "Déclaration conjointe sur le commerce électronique", "session": None, "place": None,
        "language": "fr", "original_language": "es"},
    H: {"title": "Examen des politiques commerciales - Rapport du Secrétariat - Royaume du Maroc (extrait: "
                 "commerce électronique)",
        "symbol": "WT/TPR/S/337", "date": "2016-08-29", "kind": "report",
        "body": "Organe d'examen des politiques commerciales", "session": None, "place": None,
        "language": "fr", "original_language": "fr"},
    L: {"title": "Programme de travail sur le commerce électronique - L'évaluation des supports informatiques "
                 "portant des logiciels - Note du Secrétariat",
        "symbol": "G/VAL/W/27", "date": "1998-11-09", "kind": "note", "body": "Comité de l'évaluation en douane",
        "session": None, "place": None, "language": "fr", "original_language": "en"},
    F: {"title": "Taller regional sobre comercio electrónico y desarrollo para América Latina y el Caribe - "
                 "Informe de la Secretaría",
        "symbol": "WT/COMTD/W/170", "date": "2009-06-05", "kind": "report", "body": "Comité de Comercio y Desarrollo",
        "session": None, "place": "Ciudad de Panamá", "language": "es", "original_language": "es"},
    I: {"title": "Programa de Trabajo sobre el Comercio Electrónico - El comercio electrónico y la brecha digital - "
                 "Comunicación de Benin en nombre del Grupo de PMA",
        "symbol": "WT/GC/W/741", "date": "2017-07-25", "kind": "communication", "body": "Consejo General",
        "session": None, "place": None, "language": "es", "original_language": "fr"},
    J: {"title": "Programa de Trabajo sobre el Comercio Electrónico - Sesión informativa sobre el comercio "
                 "electrónico y los umbrales de minimis - Resumen de la Secretaría",
        "symbol": "G/C/W/861", "date": "2026-04-20", "kind": "summary", "body": "Consejo del Comercio de Mercancías",
        "session": None, "place": None, "language": "es", "original_language": "en"},
    K: {"title": "Iniciativa Conjunta sobre el Comercio Electrónico - Comercio sin papel y ventanillas únicas - "
                 "Comunicación de Colombia, Costa Rica y el Perú",
        "symbol": "INF/ECOM/64", "date": "2021-05-03", "kind": "communication",
        "body": "Iniciativa Conjunta sobre el Comercio Electrónico", "session": None, "place": None,
        "language": "es", "original_language": "es"},
}


def records():
    numbers = collections.Counter()
    out = []
    for lang, question, docs, evidence, answers, tags, history in ASKED:
        numbers[lang] += 1
        qid = "h12-%s%02d" % (lang, numbers[lang])
        if not docs:
            d = gold.q(qid, lang, question, None, [], [], tags, history=history)
            d["unanswerable"] = True  # the flag evals.runner reads
            out.append(d)
            continue
        if any(DOCS[name]["lang"] != lang for name in docs):
            tags = tags + [XL]
        tags = sorted(set(tags), key=TAG_ORDER.index)
        d = gold.q(qid, lang, question, "%s/%s" % (SET, docs[0]), evidence, answers, tags, history=history)
        if len(docs) > 1:  # compare questions list every document, as heldout9 does
            d = dict(list(d.items())[:-1] + [("sources", ["%s/%s" % (SET, n) for n in docs]), ("tags", tags)])
        out.append(d)
    return out


if __name__ == "__main__":
    gold.write_gold(SET, records(), dict(sorted(METADATA.items())))
