"""Write the heldout9 gold questions and gold metadata:
evals/gold/dev-corpus-heldout9.jsonl and evals/gold/dev-corpus-heldout9-metadata.json.

    python evals/corpora/sources/heldout9/make_gold.py

Records are made with ../gold.py's q(), in the format of heldout8: id, lang (language of
the question), question, [history], evidence (exact spans of the source text; [] when
unanswerable), answer_any (groups of alternatives; [] when unanswerable), source
("heldout9/<file>" or null), [sources] (compare questions), tags, [unanswerable].  The
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

SET = "heldout9"
ND, XL, UN, CMP, FU = gold.ND, gold.XL, gold.UN, gold.CMP, gold.FU
FN, TB = "footnote", "table"
TAG_ORDER = [ND, XL, UN, CMP, FU, FN, TB]

A = "secretariat-note-consumption-taxes-digital-trade-2021.pdf"
B = "sps-thematic-session-electronic-certification-2019.docx"
C = "ctg-information-session-additive-manufacturing-2020.html"
D = "information-session-blockchain-trade-2018.md"
E = "note-secretariat-etude-speciale-commerce-electronique-1998.txt"
F = "note-information-reglement-en-ligne-litiges-2017.docx"
G = "atelier-marches-publics-electroniques-2013.html"
H = "discussion-specialisee-concurrence-plateformes-2024.md"
I = "decision-ministerial-programa-trabajo-ginebra-2011.pdf"
J = "nota-secretaria-servicios-audiovisuales-linea-2010.pdf"
K = "comite-servicios-financieros-informe-comercio-electronico-2002.txt"
L = "sesion-informativa-cables-submarinos-resiliencia-2026.html"

ASKED = []  # [lang, question, documents, evidence, answer groups, tags, history]


def ask(lang, question, docs, evidence, answers, *tags, history=None):
    docs = [docs] if isinstance(docs, str) else list(docs)
    ASKED.append([lang, question, docs, evidence, answers, list(tags), history])


def nothing(lang, question):
    """A question the documents do not answer (a near-miss document exists)."""
    ASKED.append([lang, question, [], [], [], [UN], None])


def chat(*texts):
    return [{"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(texts)]


# --- A: Secretariat note on consumption taxes, 2021 (en, pdf) ---------------------------
ask("fr", "D'après la note du Secrétariat de 2021 sur les taxes à la consommation, quel taux normal de TVA "
    "s'applique dans l'Union européenne ?", A,
    ["European Union 2015 17 to 27 2021"], [["17"], ["27"]], ND, TB)
ask("es", "¿A partir de qué año tiene previsto Singapur gravar los envíos importados de poco valor?", A,
    ["Singapore 2020 7 2023 (planned)"], [["2023"]], TB)
ask("es", "En el JOB/GC/271, ¿cuántas jurisdicciones suscribieron en octubre de 2021 la solución de dos "
    "pilares?", A,
    ["On 8 October 2021, 136 jurisdictions of the OECD/G20 Inclusive Framework agreed on a two-pillar solution"],
    [["136"]], ND, FN)
ask("en", "And when did Chile and Mexico start collecting?", A,
    ["Chile and Mexico began to collect VAT on digital services supplied by foreign platforms in June 2020."],
    [["June 2020"]], FU,
    history=chat("In the Secretariat's 2021 note on consumption taxes and cross-border e-commerce, what did Kenya "
                 "do?",
                 "Kenya opted for a digital service tax of 1.5 per cent of the gross transaction value, in force "
                 "since 1 January 2021, rather than a VAT registration regime."))

# --- B: SPS thematic session on e-certification, 2019 (en, docx) -----------------------
ask("fr", "Lors de la séance thématique du Comité SPS de juillet 2019, combien de pays s'étaient inscrits au "
    "Hub ePhyto ?", B, ["By June 2019, 54 countries had registered with it"], [["54"]], ND)
ask("es", "¿Qué países ensayaron el sistema genérico GeNS para emitir certificados fitosanitarios "
    "electrónicos?", B, ["GeNS had been piloted by Ghana, Samoa and Sri Lanka"],
    [["Ghana"], ["Samoa"], ["Sri Lanka"]])
ask("en", "What was the budget of the STDF project that funded ePhyto, per G/SPS/R/96?", B,
    ["STDF project STDF/PG/504, approved in 2016 with a budget of about US$1.1 million."],
    [["1.1 million"]], ND, FN)
ask("fr", "Où s'est réunie la session du comité du Codex qui a décidé de travailler sur les certificats "
    "électroniques sans papier ?", B, ["held in Brisbane, Australia, in October 2018"], [["Brisbane"]], FN)
ask("en", "What about the Netherlands, how many does it issue?", B,
    ["issued more than 200,000 phytosanitary certificates a year, almost all of them electronically"],
    [["200,000", "200 000", "200000"]], FU,
    history=chat("At the SPS Committee's 2019 thematic session on electronic certification, what did Kenya "
                 "report?",
                 "Its plant health inspectorate began exchanging electronic certificates for cut flowers with the "
                 "Netherlands in 2018, cutting clearance time at Amsterdam from about a day to under two hours."))

# --- C: Goods Council information session on 3D printing, 2020 (en, html) --------------
ask("es", "¿En qué subpartida del SA 2022 se clasifican las impresoras 3D que trabajan con plástico?", C,
    ["Machines working by plastics or rubber deposit 8485.20"], [["8485.20"]], TB)
ask("fr", "Dans le G/C/W/788, quelle sous-position couvre les parties des machines de fabrication additive ?",
    C, ["Parts of additive manufacturing machines 8485.90"], [["8485.90"]], ND, TB)
ask("es", "En la sesión del Consejo del Comercio de Mercancías de 2020 sobre impresión 3D, ¿qué temía la "
    "India?", C,
    ["India said that the shift from trade in goods to trade in digital designs could erode the tariff revenue"],
    [["tariff revenue"]], ND)
ask("en", "What did Singapore tell that session?", C, ["the use of printed spare parts in its maritime sector"],
    [["maritime"]], FU,
    history=chat("Who asked for the Goods Council's 2020 information session on additive manufacturing?",
                 "Canada and Singapore. It was held virtually on 6 November 2020 and some 90 delegations "
                 "connected."))

# --- D: information session on blockchain, 2018 (en, md) --------------------------------
ask("fr", "Où en était le projet de traçabilité des mangues en novembre 2018 ?", D,
    ["Food traceability Tracing sliced mangoes sold by a retailer pilot extended to other products"],
    [["pilot extended"]], TB)
ask("es", "¿Qué bancos realizaron la primera carta de crédito sobre una cadena de bloques?", D,
    ["was carried out by HSBC and ING"], [["HSBC"], ["ING"]], FN)
ask("en", "At the WTO's November 2018 blockchain session, how much faster was the first blockchain letter of "
    "credit?", D, ["the exchange of documents had taken 24 hours instead of the usual five to ten days"],
    [["24 hours"], ["five to ten days"]], ND)
ask("es", "Según el JOB/GC/207, ¿cuántas organizaciones se habían sumado a la plataforma de transporte de "
    "contenedores lanzada en agosto de 2018?", D,
    ["which 94 organizations, including ports, customs authorities and freight forwarders, had joined or agreed "
     "to test"], [["94"]], ND)

# --- E: Secretariat note on the 1998 special study (fr, txt from a PDF) ----------------
ask("es", "Según la nota sobre el estudio especial de 1998, ¿cuántos ordenadores anfitriones estaban "
    "conectados a Internet en enero de ese año?", E, ["à 29,7 millions en janvier 1998"],
    [["29,7", "29.7"]], ND)
ask("en", "Who were the authors of the WTO's 1998 special study on e-commerce?", E,
    ["par Marc Bacchetta, Patrick Low, Aaditya Mattoo, Ludger Schuknecht, Hannu Wager et Madelon Wehrens"],
    [["Bacchetta"], ["Mattoo"]], FN)
ask("fr", "D'où proviennent les chiffres sur les ordinateurs hôtes cités dans la note WT/GC/W/78 ?", E,
    ["enquête de Network Wizards sur les domaines de l'Internet, janvier 1998"], [["Network Wizards"]], ND, FN)
ask("fr", "Et qu'est-ce qui devait coïncider avec cette session ?", E,
    ["La deuxième session coïncidera avec la célébration du cinquantième anniversaire du système commercial "
     "multilatéral."], [["cinquantième"]], FU, FN,
    history=chat("Selon la note de 1998 résumant l'étude spéciale sur le commerce électronique, où et quand "
                 "devait se tenir la deuxième session de la Conférence ministérielle ?",
                 "À Genève, du 18 au 20 mai 1998 ; la note suggère d'y arrêter les modalités d'un programme de "
                 "travail."))

# --- F: information note on online dispute resolution, 2017 (fr, docx) ----------------
ask("en", "How many complaints did the EU's online dispute resolution platform receive in its first year?", F,
    ["Au cours de sa première année de fonctionnement, elle a reçu plus de 24 000 plaintes"],
    [["24 000", "24,000", "24000"]])
ask("es", "Según la nota JOB/GC/128, ¿en qué período de sesiones adoptó la CNUDMI las Notas técnicas sobre "
    "solución de controversias en línea?", F,
    ["Les Notes techniques ont été adoptées à la quarante-neuvième session de la Commission"],
    [["quarante-neuvième"]], ND, FN)
ask("fr", "Quel type d'achats suscitait le plus de plaintes sur la plateforme européenne de RLL ?", F,
    ["les achats de vêtements et de chaussures en ligne étaient le secteur le plus souvent visé"],
    [["vêtements"], ["chaussures"]], FN)

# --- G: workshop on electronic government procurement, 2013 (fr, html) -----------------
ask("en", "When did Korea put its KONEPS e-procurement system into service?", G,
    ["KONEPS Corée 2002 Partie à l'Accord"], [["2002"]], TB)
ask("es", "En el taller de 2013 del Comité de Contratación Pública, ¿qué condición tenía Chile respecto del "
    "Acuerdo?", G, ["ChileCompra Chili 2003 observateur auprès du Comité"], [["observateur"]], ND, TB)
ask("en", "Under the revised GPA, what's the minimum tendering period once all the electronic reductions "
    "are stacked?", G, ["Les réductions cumulées ne peuvent toutefois ramener le délai à moins de dix jours."],
    [["dix"]], FN)
ask("fr", "Dans le GPA/W/326, quel montant de transactions la plateforme chilienne a-t-elle atteint en 2012 ?",
    G, ["les transactions réalisées sur la plateforme ont atteint environ 9 800 millions de dollars EU en 2012"],
    [["9 800", "9,800", "9800"]], ND, FN)
ask("fr", "Et l'Arménie, qu'a-t-elle expliqué ?", G,
    ["a décrit la mise en place de son système de marchés publics électroniques avec l'appui de la Banque "
     "mondiale"], [["Banque mondiale"]], FU,
    history=chat("Quels systèmes nationaux ont été présentés à l'atelier de 2013 sur les marchés publics "
                 "électroniques ?",
                 "KONEPS (Corée), ChileCompra (Chili), le portail national portugais, AusTender (Australie) et "
                 "l'e-Tender Box de Hong Kong, Chine."))

# --- H: dedicated discussion on competition and platforms, 2024 (fr, md) ---------------
ask("en", "Which companies did the EU designate as gatekeepers in September 2023?", H,
    ["Alphabet, Amazon, Apple, ByteDance, Meta et Microsoft."], [["Alphabet"], ["ByteDance"]], FN)
ask("es", "¿En qué año se adoptó la norma alemana sobre grandes plataformas citada en la discusión sobre "
    "competencia?", H, ["Allemagne Article 19a de la loi contre les restrictions de concurrence 2021 en vigueur"],
    [["2021"]], TB)
ask("en", "In the facilitator's 2024 report on competition and digital platforms, when will Japan's "
    "smartphone software law fully apply?", H,
    ["Japon Loi sur la concurrence des logiciels pour smartphones 2024 pleine application en décembre 2025"],
    [["décembre 2025"]], ND, TB)
ask("es", "¿Cuándo se dejó de trabajar en la OMC sobre comercio y política de competencia?", H,
    ["Par sa décision du 1er août 2004, le Conseil général a décidé qu'aucun travail en vue de négociations "
     "n'aurait lieu"], [["2004"]], FN)
ask("fr", "Et le Kenya ?", H,
    ["Le Kenya a évoqué les commissions prélevées par les magasins d'applications, qui pouvaient atteindre "
     "30 pour cent du prix de vente"], [["30"], ["commission"]], FU,
    history=chat("Qu'ont dit les États-Unis lors de la discussion spécialisée de novembre 2024 sur la "
                 "concurrence et les plateformes numériques ?",
                 "Que certaines réglementations visaient de fait les entreprises d'un seul pays, et que les "
                 "critères de désignation devaient être objectifs et non discriminatoires."))

# --- I: Ministerial Decision, Geneva 2011 (es, one-page pdf) ----------------------------
ask("en", "Until when did the MC8 e-commerce decision keep the duty-free practice?", I,
    ["hasta nuestro próximo período de sesiones, que hemos decidido celebrar en 2013"], [["2013"]], ND)
ask("fr", "Qui présidait la Conférence lors de l'adoption de la décision de 2011 sur le commerce "
    "électronique ?", I,
    ["presidida por el Sr. Olusegun Olutoyin Aganga, Ministro de Comercio e Inversión de Nigeria"],
    [["Aganga"]], FN)
ask("fr", "Selon la décision ministérielle de Genève de 2011, quels organes poursuivent le programme de "
    "travail ?", I,
    ["el Consejo del Comercio de Servicios, el Consejo del Comercio de Mercancías, el Consejo de los ADPIC y el "
     "Comité de Comercio y Desarrollo"], [["Servicios"], ["Mercancías"], ["ADPIC"]], ND)
ask("es", "En la decisión WT/L/843, ¿en qué reuniones debía el Consejo General hacer los exámenes "
    "periódicos?", I, ["celebre exámenes periódicos en sus reuniones de julio y de diciembre de 2012 y 2013"],
    [["julio"], ["diciembre"]], ND)

# --- J: Secretariat note on audiovisual services, 2010 (es, pdf) -----------------------
ask("en", "How many Members had sound recording commitments at the end of 2009?", J,
    ["e) Grabación sonora 18 12"], [["18"]], TB)
ask("fr", "D'après la note S/C/W/312, combien de Membres en développement avaient des engagements dans la "
    "production et la distribution de films ?", J, ["a) Producción y distribución 26 17"], [["17"]], ND, TB)
ask("en", "What share of recorded music revenue was digital in 2009, and how much was that worth?", J,
    ["las ventas digitales representaron alrededor del 27 por ciento de los ingresos mundiales",
     "Los ingresos digitales de la industria ascendieron a unos 4.200 millones de dólares EE.UU. en 2009"],
    [["27"], ["4.200", "4,200", "4.2"]], FN)
ask("es", "¿Cuál es la signatura de la nota de antecedentes de 1998 sobre servicios audiovisuales?", J,
    ["Documento S/C/W/40, de 15 de junio de 1998."], [["S/C/W/40"]], FN)
ask("es", "¿Y desde cuándo está en vigor la Convención de la UNESCO que menciona?", J,
    ["entró en vigor el 18 de marzo de 2007"], [["18 de marzo de 2007"]], FU,
    history=chat("¿Cuántas exenciones NMF hay en el sector audiovisual según la nota de la Secretaría de 2010 "
                 "sobre suministro en línea?",
                 "Más de 100, consignadas por unos 50 Miembros, relativas a acuerdos de coproducción, programas "
                 "de apoyo y cuotas de difusión."))

# --- K: Financial Services Committee meeting report, 2002 (es, plain txt) --------------
ask("en", "At the October 2002 meeting of the Committee on Trade in Financial Services, what did Canada raise "
    "about internet banking?", K,
    ["no está claro si se trata de suministro transfronterizo (modo 1) o de consumo en el extranjero (modo 2)"],
    [["modo 1"], ["modo 2"]], ND)
ask("fr", "Combien de principes le Comité de Bâle a-t-il publiés en 2001 sur la banque électronique ?", K,
    ["Los principios, publicados en mayo de 2001, son 14"], [["14"]], FN)
ask("fr", "Sous quelle cote la note informelle du Secrétariat sur le commerce électronique et les services "
    "financiers a-t-elle circulé en 2002 ?", K,
    ["se distribuyó el 20 de septiembre de 2002 con la signatura JOB(02)/141"], [["JOB(02)/141"]], ND, FN)
ask("es", "¿Y el Japón?", K,
    ["describió la autorización, en 2000 y 2001, de los primeros bancos de su país que operaban sin sucursales"],
    [["2000"], ["sin sucursales"]], FU,
    history=chat("¿Qué dijo el representante de los Estados Unidos sobre la banca por Internet en la reunión de "
                 "octubre de 2002 del Comité del Comercio de Servicios Financieros?",
                 "Que sus reguladores aplicaban el principio de neutralidad tecnológica: las mismas normas "
                 "prudenciales tanto si el servicio se prestaba en una sucursal como en línea."))

# --- L: information session on submarine cables, 2026 (es, html) ----------------------
ask("en", "How many cables were cut in the West African incident of March 2024, and how many countries were "
    "hit?", L, ["marzo de 2024 África Occidental 4 perturbaciones en unos 13 países"], [["4"], ["13"]], TB)
ask("fr", "Quels câbles ont été endommagés au large de la Côte d'Ivoire en mars 2024 ?", L,
    ["Los cables afectados fueron WACS, MainOne, SAT-3 y ACE."], [["WACS"], ["MainOne"]], FN)
ask("en", "According to JOB/GC/471, when was Tonga reconnected after the 2022 eruption?", L,
    ["La conexión se restableció el 22 de febrero de 2022"],
    [["22 de febrero de 2022"]], ND, FN)
ask("fr", "Combien de temps les réparations en mer Baltique ont-elles pris en novembre 2024 ?", L,
    ["noviembre de 2024 mar Báltico 2 reparaciones terminadas en menos de dos semanas"], [["dos semanas"]], TB)
ask("es", "En la sesión informativa de febrero de 2026 sobre cables submarinos, ¿cuántos buques de reparación "
    "hay en el mundo?", L, ["en el mundo solo existen unos 60 buques de reparación de cables"], [["60"]], ND)
ask("es", "¿Y qué medida explicó Singapur?", L,
    ["exigía que los nuevos cables que llegan a su territorio utilizaran estaciones de amarre distintas"],
    [["estaciones de amarre"]], FU,
    history=chat("¿Qué Miembros propusieron la sesión informativa de 2026 sobre la resiliencia de los cables "
                 "submarinos?",
                 "Nigeria y Tonga, con el apoyo de Singapur; asistieron unas 80 delegaciones."))

# --- questions on two documents ----------------------------------------------------------
ask("fr", "Jusqu'à quand le moratoire était-il prolongé selon la décision ministérielle de 2011, et jusqu'à "
    "quand selon la note de 2021 sur les taxes à la consommation ?", [I, A],
    ["hasta nuestro próximo período de sesiones, que hemos decidido celebrar en 2013",
     "which the General Council extended in December 2019 until the Twelfth Ministerial Conference"],
    [["2013"], ["Twelfth Ministerial Conference"]], ND, CMP)
ask("en", "Compare the internet host count in the 1998 special-study note with the number of internet users "
    "given in the 2026 submarine cable summary.", [E, L],
    ["à 29,7 millions en janvier 1998", "5.500 millones de personas utilizaban Internet"],
    [["29,7", "29.7"], ["5.500", "5,500"]], ND, CMP)
ask("es", "¿Qué obstáculos jurídicos ligados al papel señalan la sesión sobre cadena de bloques de 2018 y la "
    "sesión del Comité MSF de 2019?", [D, B],
    ["transferable documents such as bills of lading and bills of exchange still had to exist on paper",
     "legislation still required an original paper certificate with a handwritten signature and a stamp"],
    [["bills of lading"], ["handwritten signature"]], ND, CMP)
ask("en", "How did the 1998 special-study note and the 2002 financial services committee put numbers on "
    "internet banking?", [E, K],
    ["0,01 dollar EU par l'Internet",
     "unos 50 millones de clientes de bancos de los países de la OCDE utilizaban servicios de banca por Internet"],
    [["0,01", "0.01"], ["50 millones"]], ND, CMP)
ask("es", "¿Qué instrumentos de la UE sobre plataformas citan la nota de 2017 sobre litigios en línea y el "
    "informe de 2024 sobre competencia?", [F, H],
    ["une plateforme de RLL est opérationnelle depuis le 15 février 2016",
     "Union européenne Règlement sur les marchés numériques 2022 obligations applicables depuis mars 2024"],
    [["RLL"], ["marchés numériques"]], ND, CMP)
ask("fr", "Où sont classées les machines de fabrication additive dans le SH 2022 et les services audiovisuels "
    "dans la liste W/120, selon les documents de 2020 et de 2010 ?", [C, J],
    ["will include a new heading 84.85 for additive manufacturing machines",
     "los servicios audiovisuales figuran en la sección 2.D, que comprende seis subsectores"],
    [["84.85"], ["2.D"]], ND, CMP)
ask("en", "How did the view of electronic government procurement move on between the 1998 special-study note "
    "and the 2013 GPA workshop?", [E, G],
    ["la publication électronique des avis peut faciliter la participation des fournisseurs étrangers",
     "peut être réduit de cinq jours dans chacun des cas suivants"],
    [["publication électronique"], ["cinq jours"]], ND, CMP)
ask("es", "¿Qué papel se atribuye a las plataformas en línea en la nota tributaria de 2021 y en la discusión "
    "sobre competencia de 2024?", [A, H],
    ["an online marketplace that facilitates a sale by a foreign seller is treated as the supplier for tax "
     "purposes", "devenus des intermédiaires incontournables pour de nombreuses petites entreprises"],
    [["supplier"], ["intermédiaires"]], ND, CMP)
ask("fr", "Combien de participants comptaient le Hub ePhyto en juin 2019 et la plateforme maritime présentée à "
    "la séance sur la chaîne de blocs ?", [B, D],
    ["By June 2019, 54 countries had registered with it",
     "which 94 organizations, including ports, customs authorities and freight forwarders, had joined or agreed "
     "to test"], [["54"], ["94"]], CMP)
ask("en", "Where were the ministerial conferences mentioned in the 2011 e-commerce decision and in the 2026 "
    "cable session summary held, or to be held?", [I, L],
    ["Octavo período de sesiones, Ginebra, 15-17 de diciembre de 2011",
     "la CM14, que se celebrará en Yaundé (Camerún) del 26 al 29 de marzo de 2026"],
    [["Ginebra"], ["Yaundé"]], ND, CMP)
ask("es", "¿Cómo tratan los productos entregados en línea el estudio especial de 1998 y la nota sobre "
    "servicios audiovisuales de 2010?", [E, J],
    ["traités comme des marchandises lorsqu'ils sont incorporés dans un support physique, mais non lorsqu'ils "
     "sont transmis en ligne",
     "la mayoría coincide en que los compromisos se aplican con independencia del medio tecnológico"],
    [["marchandises"], ["medio tecnológico"]], ND, CMP)

# --- unanswerable ------------------------------------------------------------------------
nothing("en", "What VAT rate does Malaysia charge on foreign digital services, according to the Secretariat's "
        "2021 note on consumption taxes?")
nothing("en", "What did the United States say at the Goods Council's 2020 information session on 3D printing?")
nothing("en", "What was the dollar value of the soybean cargo financed by the first blockchain letter of credit?")
nothing("en", "How many complaints did the EU's online dispute resolution platform receive in its second year?")
nothing("en", "How much did it cost to repair the Red Sea cables damaged in 2024?")
nothing("en", "How many plant health inspectors did Kenya train for electronic certification before the 2019 "
        "SPS session?")
nothing("fr", "Combien de certificats phytosanitaires électroniques l'Argentine et le Chili ont-ils échangés "
        "en 2018 ?")
nothing("fr", "D'après l'étude spéciale de 1998, combien d'internautes comptait l'Afrique ?")
nothing("fr", "Combien de fournisseurs étrangers sont inscrits sur AusTender selon le rapport de l'atelier de "
        "2013 ?")
nothing("fr", "Quelle amende la Commission européenne a-t-elle infligée à Apple au titre du règlement sur les "
        "marchés numériques ?")
nothing("fr", "Quelle part des recettes fiscales du Kenya provient de sa taxe sur les services numériques ?")
nothing("fr", "En quelle année la Chine a-t-elle finalement accédé à l'Accord sur les marchés publics ?")
nothing("es", "¿Cuánto IVA recaudó Indonesia por productos digitales extranjeros en 2021?")
nothing("es", "¿Qué decidió la Conferencia Ministerial de Cancún de 2003 sobre la moratoria?")
nothing("es", "¿Cuántos Miembros tenían compromisos en servicios audiovisuales en 1998?")
nothing("es", "¿Qué dijo México sobre la banca por Internet en la reunión de octubre de 2002 del Comité del "
        "Comercio de Servicios Financieros?")
nothing("es", "¿Cuándo entró en servicio el segundo cable submarino de Tonga?")

METADATA = {
    A: {"title": "Work Programme on Electronic Commerce - Consumption Taxes on Cross-Border Electronic Commerce: "
                 "Recent Developments - Information Note by the Secretariat",
        "symbol": "JOB/GC/271", "date": "2021-10-15", "kind": "note", "body": "General Council",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    B: {"title": "Thematic Session on Electronic SPS Certification - Summary Report by the Secretariat",
        "symbol": "G/SPS/R/96", "date": "2019-09-12", "kind": "summary",
        "body": "Committee on Sanitary and Phytosanitary Measures", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    C: {"title": "Information Session on Additive Manufacturing (3D Printing) and Trade in Goods - Summary Report "
                 "by the Secretariat",
        "symbol": "G/C/W/788", "date": "2020-11-30", "kind": "summary", "body": "Council for Trade in Goods",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    D: {"title": "Work Programme on Electronic Commerce - Information Session on Blockchain and International "
                 "Trade - Summary by the Secretariat",
        "symbol": "JOB/GC/207", "date": "2018-12-14", "kind": "summary", "body": "General Council",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    E: {"title": "Le commerce électronique et le rôle de l'OMC - Résumé de l'étude spéciale n° 2 - Note du "
                 "Secrétariat",
        "symbol": "WT/GC/W/78", "date": "1998-04-06", "kind": "note", "body": "Conseil général",
        "session": None, "place": None, "language": "fr", "original_language": "en"},
    F: {"title": "Programme de travail sur le commerce électronique - Le règlement en ligne des litiges de "
                 "consommation transfrontières - Note d'information du Secrétariat",
        "symbol": "JOB/GC/128", "date": "2017-06-19", "kind": "note", "body": "Conseil général",
        "session": None, "place": None, "language": "fr", "original_language": "en"},
    G: {"title": "Atelier sur les marchés publics électroniques et l'Accord révisé - Rapport du Secrétariat",
        "symbol": "GPA/W/326", "date": "2013-10-04", "kind": "report", "body": "Comité des marchés publics",
        "session": None, "place": None, "language": "fr", "original_language": "en"},
    H: {"title": "Programme de travail sur le commerce électronique - Discussion spécialisée sur la concurrence "
                 "et les plateformes numériques - Rapport de la Facilitatrice",
        "symbol": "JOB/GC/418", "date": "2024-12-05", "kind": "report", "body": "Conseil général",
        "session": None, "place": None, "language": "fr", "original_language": "en"},
    I: {"title": "Programa de Trabajo sobre el Comercio Electrónico - Decisión Ministerial de 17 de diciembre de "
                 "2011",
        "symbol": "WT/L/843", "date": "2011-12-19", "kind": "decision", "body": "Conferencia Ministerial",
        "session": "MC8", "place": "Ginebra", "language": "es", "original_language": "en"},
    J: {"title": "Programa de Trabajo sobre el Comercio Electrónico - Los servicios audiovisuales y el "
                 "suministro en línea - Nota de antecedentes de la Secretaría",
        "symbol": "S/C/W/312", "date": "2010-02-08", "kind": "note", "body": "Consejo del Comercio de Servicios",
        "session": None, "place": None, "language": "es", "original_language": "en"},
    K: {"title": "Informe de la reunión celebrada el 3 de octubre de 2002 - Nota de la Secretaría",
        "symbol": "S/FIN/M/37", "date": "2002-11-05", "kind": "minutes",
        "body": "Comité del Comercio de Servicios Financieros", "session": None, "place": None,
        "language": "es", "original_language": "en"},
    L: {"title": "Programa de Trabajo sobre el Comercio Electrónico - Sesión informativa sobre la resiliencia de "
                 "la infraestructura digital y el comercio electrónico - Resumen de la Secretaría",
        "symbol": "JOB/GC/471", "date": "2026-02-27", "kind": "summary", "body": "Consejo General",
        "session": None, "place": None, "language": "es", "original_language": "en"},
}


def records():
    numbers = collections.Counter()
    out = []
    for lang, question, docs, evidence, answers, tags, history in ASKED:
        numbers[lang] += 1
        qid = "h9-%s%02d" % (lang, numbers[lang])
        if not docs:
            d = gold.q(qid, lang, question, None, [], [], tags, history=history)
            d["unanswerable"] = True  # the flag evals.runner reads
            out.append(d)
            continue
        if any(DOCS[name]["lang"] != lang for name in docs):
            tags = tags + [XL]
        tags = sorted(set(tags), key=TAG_ORDER.index)
        d = gold.q(qid, lang, question, "%s/%s" % (SET, docs[0]), evidence, answers, tags, history=history)
        if len(docs) > 1:  # compare questions list every document, as heldout8 does
            d = dict(list(d.items())[:-1] + [("sources", ["%s/%s" % (SET, n) for n in docs]), ("tags", tags)])
        out.append(d)
    return out


if __name__ == "__main__":
    gold.write_gold(SET, records(), METADATA)
