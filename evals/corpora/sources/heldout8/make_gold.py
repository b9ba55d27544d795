"""Write the heldout8 gold questions and gold metadata:
evals/gold/dev-corpus-heldout8.jsonl and evals/gold/dev-corpus-heldout8-metadata.json.

    python evals/corpora/sources/heldout8/make_gold.py

Records are made with ../gold.py's q(), in the format of heldout7: id, lang (language of
the question), question, [history], evidence (exact spans of the source text; [] when
unanswerable), answer_any (groups of alternatives; [] when unanswerable), source
("heldout8/<file>" or null), [sources] (compare questions), tags, [unanswerable].  The
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

SET = "heldout8"
ND, XL, UN, CMP, FU = gold.ND, gold.XL, gold.UN, gold.CMP, gold.FU
FN, TB = "footnote", "table"
TAG_ORDER = [ND, XL, UN, CMP, FU, FN, TB]

A = "ctg-minutes-carrier-media-digital-products-2000.txt"
B = "pacific-islands-communication-connectivity-ecommerce-2014.pdf"
C = "trips-council-chairman-report-ecommerce-2016.docx"
D = "cte-information-session-ecommerce-environment-2025.html"
E = "communication-etats-unis-commerce-electronique-mondial-1998.txt"
F = "decision-ministerielle-programme-travail-geneve-2009.pdf"
G = "note-information-commerce-electronique-covid-19-2020.html"
H = "ic-code-source-note-facilitateur-2022.md"
I = "nota-secretaria-cmsi-comercio-electronico-2005.docx"
J = "nota-secretaria-panorama-comunicaciones-cm11-2017.pdf"
K = "taller-ccd-comercio-electronico-agroalimentario-2024.html"
L = "informe-presidente-consejo-general-preparativos-cm14-2026.md"

ASKED = []  # [lang, question, documents, evidence, answer groups, tags, history]


def ask(lang, question, docs, evidence, answers, *tags, history=None):
    docs = [docs] if isinstance(docs, str) else list(docs)
    ASKED.append([lang, question, docs, evidence, answers, list(tags), history])


def nothing(lang, question):
    """A question the documents do not answer (a near-miss document exists)."""
    ASKED.append([lang, question, [], [], [], [UN], None])


def chat(*texts):
    return [{"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(texts)]


# --- A: Goods Council minutes, June 2000 (en, txt from a PDF) ---------------------------
ask("fr", "Dans le G/C/M/45, qu'a demandé la Malaisie au Secrétariat ?", A,
    ["Malaysia asked the Secretariat to update its 1999 estimates of the duties collected on products"],
    [["update", "mettre à jour", "mise à jour", "actualis"], ["1999"]], ND)
ask("es", "¿Cuánto software empaquetado importó Corea en 1999?", A,
    ["imports of packaged software amounted to US$412 million in 1999"], [["412"]], FN)
ask("en", "how many members applied the second paragraph of the carrier media decision back in 2000?", A,
    ["36 Members had notified that they applied its second paragraph"], [["36"]], FN)
ask("fr", "Et la Nouvelle-Zélande ?", A,
    ["New Zealand suggested that the Committee on Rules of Origin be invited to give its views."],
    [["origin", "origine"]], FU,
    history=chat("Qu'a dit Cuba au Conseil du commerce des marchandises en juin 2000 sur le commerce "
                 "électronique ?",
                 "Que l'examen de la classification ne devait pas anticiper les travaux d'autres organes, et que le "
                 "statut de la pratique consistant à ne pas imposer de droits sur les transmissions électroniques, "
                 "devenue caduque à Seattle, relevait du Conseil général."))

# --- B: Pacific islands communication, 2014 (en, pdf) -----------------------------------
ask("fr", "Combien coûtait 1 Go de données mobiles par mois aux Îles Salomon en 2013 ?", B,
    ["Solomon Islands none 8.0 57.6 71"], [["71"]], TB)
ask("es", "Según la comunicación WT/COMTD/W/206, ¿desde qué año tiene Samoa cable submarino?", B,
    ["Samoa 2009 15.3 55.5 33"], [["2009"]], ND, TB)
ask("en", "What was Tonga paying for satellite capacity before the cable arrived?", B,
    ["the national operator paid about US$3,000 per Mbit/s per month for satellite capacity"],
    [["3,000", "3000", "3 000"]], FN)
ask("en", "Which of them still has no submarine cable?", B, ["Solomon Islands is still served only by satellite"],
    [["Solomon"]], FU,
    history=chat("Which Members sent the 2014 communication on e-commerce and connectivity in the Pacific?",
                 "Fiji, Papua New Guinea, Samoa, Solomon Islands, Tonga and Vanuatu, to the Committee on Trade and "
                 "Development."))

# --- C: TRIPS Council chairman's report, 2016 (en, docx) --------------------------------
ask("es", "¿Quién presidía el Consejo de los ADPIC en 2016?", C,
    ["chaired in 2016 by Ambassador Karin Lindgren (Sweden)"], [["Lindgren"]], FN)
ask("fr", "Dans le rapport IP/C/76, quelle inquiétude l'UE a-t-elle exprimée au sujet des noms de domaine ?", C,
    ["It had expressed concern when the .wine and .vin top-level domains were delegated without adequate "
     "safeguards"], [[".wine", ".vin"]], ND)
ask("en", "In the TRIPS chair's 2016 e-commerce report, how fast did Japan say counterfeit listings get taken "
    "down?", C, ["listings for suspected counterfeits were removed on average within three days of notification"],
    [["three days", "3 days"]], ND)
ask("fr", "Depuis quand les traités Internet de l'OMPI s'appliquent-ils à la Suisse ?", C,
    ["entered into force for Switzerland on 1 July 2008"], [["juillet 2008", "July 2008"]], FN)
ask("en", "under what symbol was their paper circulated?", C,
    ["Document IP/C/W/613, dated 12 February 2016, also circulated to the General Council as JOB/GC/92."],
    [["IP/C/W/613"]], FU, FN,
    history=chat("What did Brazil bring to the TRIPS Council in 2016 under the e-commerce work programme?",
                 "A communication on copyright in the digital environment: keep the balance between authors' rights "
                 "and users' interests, and make the remuneration of creators for online uses more transparent."))

# --- D: CTE information session, 2025 (en, html) ----------------------------------------
ask("fr", "Combien de colis ont été expédiés dans le monde en 2022, d'après la séance d'information du CCE ?", D,
    ["Parcels shipped worldwide 161 billion 2022"], [["161"]], ND, TB)
ask("es", "¿Qué porcentaje de los residuos electrónicos se recogió y recicló formalmente en 2022?", D,
    ["Share of e-waste formally collected and recycled 22.3 per cent 2022"], [["22.3", "22,3"]], TB)
ask("en", "Which Chilean law did Chile describe at the CTE's 2025 session on e-commerce and the environment?", D,
    ["Law No. 20.920 of 2016 on waste management, extended producer responsibility"], [["20.920"]], ND, FN)
ask("en", "and how many are expected to report by 2026?", D,
    ["the number of reporting operators is expected to reach 60 in 2026"], [["60"]], FU, FN,
    history=chat("What did the UPU present at the CTE's September 2025 session?",
                 "The growth of small parcel flows from cross-border e-commerce and the environmental impact of "
                 "last-mile delivery; postal operators in 40 countries had started reporting their parcel "
                 "emissions under a common methodology."))
ask("es", "¿Cuánta electricidad consumieron los centros de datos en 2024 según lo presentado en el Comité de "
    "Comercio y Medio Ambiente?", D, ["Electricity consumption of data centres about 415 TWh 2024"], [["415"]], ND, TB)

# --- E: communication from the United States, 1998 (fr, plain txt) ----------------------
ask("en", "What did the US propose on customs duties in WT/GC/16?", E,
    ["les Membres conviendraient de maintenir leur pratique actuelle consistant à ne pas imposer de droits de "
     "douane sur les transmissions électroniques"],
    [["customs duties", "droits de douane"], ["electronic transmissions", "transmissions électroniques"]], ND)
ask("es", "¿Cuándo publicó la Casa Blanca su marco para el comercio electrónico mundial?", E,
    ["document publié par la Maison-Blanche le 1er juillet 1997"],
    [["julio de 1997", "juillet 1997", "July 1997"]], FN)
ask("fr", "Où et quand l'OCDE devait-elle réunir ses ministres sur le commerce électronique en 1998 ?", E,
    ["L'OCDE tiendra une conférence ministérielle sur le commerce électronique à Ottawa du 7 au 9 octobre 1998."],
    [["Ottawa"], ["octobre 1998"]], FN)
ask("fr", "Dans la communication des États-Unis de février 1998, à quelle session ministérielle le Conseil "
    "général devait-il rendre compte du programme de travail ?", E,
    ["ferait rapport sur l'avancement de ce programme de travail à la troisième session de la Conférence "
     "ministérielle"], [["troisième"]], ND)

# --- F: Ministerial Decision, Geneva 2009 (fr, one-page pdf) ----------------------------
ask("en", "Until when did the 2009 Geneva ministerial decision keep the moratorium?", F,
    ["jusqu'à notre prochaine session, que nous avons décidé de tenir en 2011"], [["2011"]], ND)
ask("es", "¿Cuál fue el tema de la Séptima Conferencia Ministerial?", F,
    ["le système commercial multilatéral et l'environnement économique mondial actuel"],
    [["sistema multilateral de comercio", "système commercial multilatéral", "sistema comercial multilateral",
      "multilateral trading system"]], FN)
ask("fr", "Quelle est la cote du programme de travail de 1998 auquel renvoie la décision WT/L/782 ?", F,
    ["Programme de travail adopté par le Conseil général le 25 septembre 1998 (WT/L/274)."], [["WT/L/274"]],
    ND, FN)

# --- G: Secretariat information note on COVID-19, 2020 (fr, html with asides) -----------
ask("en", "When did Kenya make small mobile money transfers free, per the WTO's COVID e-commerce note?", G,
    ["Kenya Gratuité des transferts d'argent mobile de moins de 1 000 shillings 16 mars 2020"],
    [["16 mars 2020", "16 March 2020", "March 16"]], ND, TB)
ask("es", "¿Cuántas zonas piloto nuevas de comercio electrónico transfronterizo creó China en abril de 2020?", G,
    ["Chine Création de 46 nouvelles zones pilotes de commerce électronique transfrontières 7 avril 2020"],
    [["46"]], TB)
ask("fr", "Selon la note JOB/GC/241, quelle part de la population des PMA utilise internet ?", G,
    ["moins d'une personne sur cinq utilise l'internet"], [["cinq", "cinquième", "20"]], ND)
ask("fr", "Et côté consommateurs ?", G,
    ["Les autorités de protection des consommateurs ont relevé une hausse des prix abusifs et des fraudes en "
     "ligne"], [["prix abusifs"], ["fraude"]], FU,
    history=chat("Quelles difficultés logistiques la note du Secrétariat de mai 2020 sur le commerce électronique "
                 "et la COVID-19 relève-t-elle ?",
                 "La baisse des capacités de fret aérien pour les petits colis, due à la suspension des vols de "
                 "passagers, et la suspension de certains envois internationaux par des opérateurs postaux."))
ask("en", "Why does the 2020 COVID e-commerce note mention Nur-Sultan?", G,
    ["La douzième Conférence ministérielle, prévue à Nour-Soultan en juin 2020, a été reportée en raison de la "
     "pandémie."],
    [["MC12", "Ministerial Conference", "Conférence ministérielle"], ["postpone", "reportée", "delay"]], ND, FN)

# --- H: JSI facilitator's note on source code, 2022 (fr, md with YAML) ------------------
ask("es", "En la IC, ¿qué grado de convergencia hay sobre extender la disposición de código fuente a los "
    "algoritmos?", H,
    ["Extension aux algorithmes exprimés dans le code source faible soutenue par un groupe de participants"],
    [["faible", "baja", "bajo", "escas", "poca"]], TB)
ask("en", "Who facilitates the JSI source code discussions, per INF/ECOM/76?", H,
    ["Les discussions sur le code source sont facilitées par la délégation du Royaume-Uni."],
    [["United Kingdom", "UK", "Royaume-Uni"]], ND, FN)
ask("es", "¿Qué acuerdo regional se cita como ejemplo de disposición que cubre los algoritmos?", H,
    ["l'article 19.16 de l'Accord Canada-États-Unis-Mexique, entré en vigueur le 1er juillet 2020"],
    [["Canadá", "Canada", "T-MEC", "USMCA", "CUSMA", "ACEUM"]], FN)
ask("fr", "Et pour l'exclusion des marchés publics ?", H,
    ["Exclusion des marchés publics moyenne certains participants préfèrent une exception générale"],
    [["moyenne"]], FU, TB,
    history=chat("Dans la note du facilitateur de l'IC sur le code source (2022), où en est la convergence sur "
                 "l'interdiction de base ?",
                 "Elle est élevée : le libellé de base est accepté par la plupart des participants."))

# --- I: Secretariat note on the WSIS, 2005 (es, docx) -----------------------------------
ask("en", "According to the Secretariat's 2005 note on the WSIS, when and where was the summit's second phase?",
    I, ["cuya segunda fase se celebrará en Túnez del 16 al 18 de noviembre de 2005"],
    [["Tunis", "Túnez"], ["November 2005", "noviembre de 2005"]], ND)
ask("fr", "Combien de participants à la phase de Genève du SMSI ?", I,
    ["Asistieron a la primera fase unos 11.000 participantes de 175 países."],
    [["11.000", "11 000", "11,000", "11000"]], FN)
ask("es", "¿Qué es el \"principio de Ginebra\" que menciona la nota sobre la CMSI?", I,
    ["Algunas autoridades locales han propuesto destinarle el 1 por ciento del valor de los contratos públicos"],
    [["1 por ciento", "1 %", "1%", "uno por ciento"]], ND, FN)
ask("es", "¿Y qué propone ese informe?", I,
    ["El informe propone cuatro modelos para la supervisión de los recursos críticos de Internet"],
    [["cuatro", "4"]], FU,
    history=chat("¿Quién integraba el Grupo de Trabajo sobre la Gobernanza de Internet que menciona la nota de la "
                 "Secretaría de 2005?",
                 "40 miembros procedentes de gobiernos, del sector privado y de la sociedad civil; publicó su "
                 "informe en julio de 2005."))

# --- J: Secretariat overview of communications before MC11, 2017 (es, pdf) -------------
ask("en", "How many communications on digital trade facilitation were tabled ahead of MC11?", J,
    ["Facilitación del comercio digital 6 31 14"], [["six", "6"]], TB)
ask("fr", "Parmi les auteurs des communications sur le développement et la fracture numérique, combien étaient "
    "des pays en développement ?", J, ["Desarrollo y brecha digital 4 27 25"], [["25"]], TB)
ask("en", "Who's in the Friends of E-commerce for Development?", J,
    ["Integran el grupo la Argentina, Chile, China, Colombia, Costa Rica, Kenya, México, Nigeria, el Pakistán",
     "la República de Moldova, Sri Lanka y el Uruguay"],
    [["Argentin"], ["Kenya"], ["Sri Lanka"]], FN)
ask("fr", "Dans le JOB/GC/142, que proposait la Fédération de Russie ?", J,
    ["propuso establecer un grupo de trabajo del Consejo General encargado de examinar las cuestiones del "
     "Programa de Trabajo"], [["groupe de travail", "grupo de trabajo", "working group"]], ND)
ask("es", "¿Cuántas zonas piloto de comercio electrónico transfronterizo tenía China en 2016?", J,
    ["China indicó que en 2016 había 13 zonas piloto de comercio electrónico transfronterizo en su territorio."],
    [["13"]], FN)
ask("es", "Según la nota de la Secretaría de octubre de 2017, ¿cuántas comunicaciones se distribuyeron y de "
    "cuántos Miembros?", J,
    ["se distribuyeron 21 comunicaciones, procedentes de 57 Miembros si se cuenta a la Unión Europea como uno "
     "solo"], [["21"], ["57"]], ND)

# --- K: CTD workshop on agri-food e-commerce, 2024 (es, html with endnotes) -------------
ask("en", "When was the CTD's workshop on small farmers' agri-food exports and e-commerce?", K,
    ["El 16 de octubre de 2024, Día Mundial de la Alimentación"],
    [["16 October 2024", "16 de octubre de 2024", "October 16"]], ND)
ask("fr", "Combien de tonnes de café torréfié les coopératives péruviennes ont-elles vendues en ligne en 2023 ?",
    K, ["las cooperativas participantes vendieron en línea unas 85 toneladas de café tostado en 2023"],
    [["85"]], FN)
ask("es", "¿Cuántos certificados se han intercambiado con ePhyto desde su puesta en marcha?", K,
    ["la solución ePhyto ha permitido intercambiar más de 7 millones de certificados"],
    [["7 millones", "siete millones"]], FN)

# --- L: General Council Chair's report before MC14, 2026 (es, md) -----------------------
ask("en", "How many delegations spoke at the 2025 thematic session on the fiscal effects of the moratorium?", L,
    ["4 de junio de 2025 Efectos fiscales de la moratoria 31"], [["31"]], TB)
ask("fr", "D'après le rapport du Président du Conseil général de janvier 2026, quand a eu lieu la séance sur la "
    "fracture numérique et les MPME ?", L, ["17 de septiembre de 2025 Brecha digital y mipymes 28"],
    [["17 septembre 2025", "17 de septiembre de 2025", "17 septembre"]], ND, TB)
ask("en", "what are the chair's options on the moratorium for MC14?", L,
    ["a) prorrogar la moratoria hasta la CM15, con exámenes periódicos; b) prorrogarla por un período fijo de "
     "cuatro años", "o c) no prorrogarla, en cuyo caso expiraría al término de la CM14"],
    [["MC15", "CM15"], ["four years", "cuatro años", "4 years", "four-year"], ["expir", "lapse"]])
ask("fr", "Sur les données de combien de Membres reposent les estimations de pertes de recettes présentées en "
    "2025 ?", L, ["se basan en los datos arancelarios de 2023 de 104 Miembros"], [["104"]], FN)
ask("es", "Según el JOB/GC/463, ¿dónde y cuándo se celebra la CM14?", L,
    ["que se celebrará en Yaundé (Camerún) del 26 al 29 de marzo de 2026"],
    [["Yaundé", "Yaoundé"], ["marzo de 2026", "26 al 29"]], ND)
ask("es", "¿Quiénes cuestionaron esa metodología?", L, ["Indonesia, la India y Sudáfrica cuestionaron la metodología"],
    [["Indonesia"], ["India"], ["Sudáfrica"]], FU,
    history=chat("¿Qué estimó la Secretaría en 2025 sobre los efectos fiscales de la moratoria?",
                 "Que la pérdida de ingresos arancelarios potenciales equivaldría, en promedio, a menos del 0,1 % de "
                 "los ingresos públicos totales de los países en desarrollo."))
ask("fr", "Et que demande le Groupe des PMA ?", L,
    ["El Grupo de PMA pidió que el Programa de Trabajo incluyera un componente específico sobre la creación de "
     "capacidad y la infraestructura digital"],
    [["capacit", "capacid"], ["infrastructure", "infraestructura"]], FU,
    history=chat("Quand le Président du Conseil général compte-t-il présenter un projet de décision sur le "
                 "moratoire avant la CM14 ?",
                 "À la réunion du Conseil général des 24 et 25 février 2026, après de nouvelles consultations en "
                 "février."))

# --- compare: two documents each ---------------------------------------------------------
ask("en", "How did the duty-free language change between the 1998 US proposal and the 2009 ministerial decision?",
    [E, F], ["les Membres conviendraient de maintenir leur pratique actuelle consistant à ne pas imposer de droits "
             "de douane sur les transmissions électroniques",
             "jusqu'à notre prochaine session, que nous avons décidé de tenir en 2011"],
    [["2011"]], ND, CMP)
ask("es", "¿Hasta cuándo se mantenía la moratoria según la decisión de Ginebra de 2009 y según la de Abu Dabi?",
    [F, L], ["jusqu'à notre prochaine session, que nous avons décidé de tenir en 2011",
             "hasta la CM14 o el 31 de marzo de 2026, si esta fecha fuera anterior"],
    [["2011"], ["31 de marzo de 2026", "CM14"]], CMP)
ask("fr", "Les logiciels livrés électroniquement : comment la question apparaît-elle au CCM en 2000 et dans la "
    "décision ministérielle de 2009 ?", [A, F],
    ["the customs valuation of carrier media bearing software",
     "les discussions sur le traitement commercial, entre autres, des logiciels livrés par voie électronique"],
    [["support", "carrier", "valuation", "évaluation", "valeur"], ["traitement commercial", "trade treatment"]], CMP)
ask("en", "Brazil's copyright paper shows up at the TRIPS Council in 2016 and in the 2017 overview of proposals. "
    "What else did Brazil table in 2017?", [C, J],
    ["The item was placed on the agenda at the request of Brazil, which had circulated a communication on "
     "copyright", "en 2017 una comunicación conjunta con la Argentina y el Paraguay sobre la facilitación del "
                   "comercio electrónico y la firma electrónica"],
    [["Argentin"], ["Paraguay"], ["signature", "firma"]], CMP)
ask("fr", "Code source : quel besoin des régulateurs l'Inde a-t-elle invoqué aux ADPIC en 2016, et où en est "
    "l'exception correspondante dans l'IC en 2022 ?", [C, H],
    ["any discussion of source code should take account of the legitimate need of regulators to examine software",
     "Exception pour les organismes de réglementation et les autorités judiciaires élevée"],
    [["régul", "regulator"], ["élevée", "high"]], CMP, TB)
ask("es", "Kenia aparece en la nota de la OMC sobre la COVID-19 y en el taller agroalimentario de 2024: ¿qué "
    "medidas digitales se citan en cada caso?", [G, K],
    ["Kenya Gratuité des transferts d'argent mobile de moins de 1 000 shillings 16 mars 2020",
     "Kenya describió su experiencia con los certificados electrónicos para las exportaciones de flores cortadas"],
    [["dinero móvil", "argent mobile", "mobile money", "M-Pesa"],
     ["certificados electrónicos", "certificats électroniques", "electronic certificates"]], CMP, TB)
ask("en", "Parcels: what problem did the 2020 COVID note flag, and what environmental angle came up at the CTE in "
    "2025?", [G, D],
    ["La suspension de nombreux vols de passagers a réduit la capacité de fret aérien disponible pour les petits "
     "colis", "the environmental impact of the last mile of delivery"],
    [["air freight", "air cargo", "fret aérien"], ["last mile", "last-mile"]], CMP)
ask("fr", "Connectivité : comparez la demande des îles du Pacifique en 2014 et l'invitation faite au CCD dans la "
    "décision de 2009.", [B, F],
    ["explore, with Aid for Trade partners, how investment in submarine cables and national backbone networks can "
     "be supported", "examiner les moyens d'améliorer la connectivité des pays les moins avancés"],
    [["câble", "cable"], ["connectivité", "connectivity"]], CMP)
ask("es", "¿Qué meta de acceso fijó la CMSI en 2003 y cómo estaban conectadas las Islas Salomón en 2013?", [I, B],
    ["lograr que más de la mitad de la población mundial tenga acceso a ellas",
     "Solomon Islands is still served only by satellite"],
    [["mitad", "half"], ["satélite", "satellite"]], CMP)
ask("en", "Who first pushed to lock in duty-free electronic transmissions, and who questioned the revenue figures in "
    "2025?", [E, L],
    ["Les États-Unis considèrent qu'il est dans l'intérêt de tous les Membres de confirmer cette pratique",
     "Indonesia, la India y Sudáfrica cuestionaron la metodología"],
    [["United States", "États-Unis", "US"], ["Indonesia"], ["India"], ["South Africa", "Sudáfrica"]], CMP)
ask("es", "Entre la nota de 2017 y el informe de 2026, ¿quiénes propusieron hacer permanente la moratoria?", [J, L],
    ["La Unión Europea propuso además hacer permanente la moratoria sobre los derechos de aduana",
     "Véase la comunicación de 31 Miembros distribuida con la signatura WT/GC/W/966."],
    [["Unión Europea"], ["31"]], ND, CMP, FN)

# --- unanswerable: a near-miss document exists, but it does not give the fact ---------------
nothing("en", "On what date did the Goods Council hold its October 2000 meeting on e-commerce?")
nothing("en", "How much did the cable linking Honiara to Australia end up costing?")
nothing("en", "What did South Africa say about counterfeit sales on online marketplaces at the TRIPS Council in "
        "2016?")
nothing("en", "How many parcels were returned in Europe in 2024, according to the CTE session?")
nothing("en", "How many JSI participants were there when the stabilized text came out in July 2024?")
nothing("fr", "Combien de Membres ont appuyé la proposition des États-Unis de février 1998 au Conseil général ?")
nothing("fr", "De combien ont augmenté les ventes en ligne au Brésil pendant la pandémie, selon la note de 2020 ?")
nothing("fr", "Qui présidait la septième Conférence ministérielle à Genève en 2009 ?")
nothing("fr", "Combien de recettes douanières la Malaisie disait-elle perdre à cause des livraisons électroniques "
        "en 2000 ?")
nothing("fr", "Quand le Fonds de solidarité numérique a-t-il financé ses premiers projets ?")
nothing("es", "¿Cuántas toneladas de cacao vendieron en línea los productores ecuatorianos en 2023?")
nothing("es", "¿Qué decidió finalmente la CM14 de Yaundé sobre la moratoria?")
nothing("es", "¿Cuántos Miembros apoyaron en 2017 la propuesta rusa de crear un grupo de trabajo?")
nothing("es", "¿Qué países participan en las discusiones de la IC sobre código fuente?")
nothing("es", "¿Cuánto costó la construcción del cable submarino de Tonga?")
nothing("es", "¿Cuántos residuos electrónicos generó Chile en 2024?")


# --- gold metadata: as a careful reader takes it from each document -----------------------
def meta(title, symbol, date, kind, body, language, original, session=None, place=None):
    return {"title": title, "symbol": symbol, "date": date, "kind": kind, "body": body, "session": session,
            "place": place, "language": language, "original_language": original}


METADATA = {
    A: meta("Minutes of the Meeting Held in the Centre William Rappard on 30 June 2000", "G/C/M/45", "2000-07-24",
            "minutes", "Council for Trade in Goods", "en", "en"),
    B: meta("Work Programme on Electronic Commerce - Connectivity, Cost and Opportunity: E-commerce in Pacific "
            "Island Economies", "WT/COMTD/W/206", "2014-10-10", "communication",
            "Fiji, Papua New Guinea, Samoa, Solomon Islands, Tonga and Vanuatu", "en", "en"),
    C: meta("Work Programme on Electronic Commerce - Report by the Chairman of the Council for TRIPS to the "
            "General Council", "IP/C/76", "2016-07-22", "report",
            "Council for Trade-Related Aspects of Intellectual Property Rights", "en", "en"),
    D: meta("Information Session on the Environmental Dimension of Electronic Commerce - Summary Report by the "
            "Secretariat", "WT/CTE/W/261", "2025-11-03", "summary", "Committee on Trade and Environment", "en", "en"),
    E: meta("Commerce électronique mondial - Communication des États-Unis", "WT/GC/16", "1998-02-19",
            "communication", "États-Unis", "fr", "en"),
    F: meta("Programme de travail sur le commerce électronique - Décision ministérielle du 2 décembre 2009",
            "WT/L/782", "2009-12-11", "decision", "Conférence ministérielle", "fr", "en", "MC7", "Genève"),
    G: meta("Le commerce électronique, le commerce et la pandémie de COVID-19 - Note d'information du Secrétariat",
            "JOB/GC/241", "2020-05-08", "note", "Secrétariat", "fr", "en"),
    H: meta("Initiative conjointe sur le commerce électronique - Code source - Note de synthèse du facilitateur",
            "INF/ECOM/76", "2022-10-14", "note", "Facilitateur des discussions sur le code source", "fr", "en"),
    I: meta("Programa de trabajo sobre el comercio electrónico - La Cumbre Mundial sobre la Sociedad de la "
            "Información y la labor de la OMC - Nota de la Secretaría", "WT/COMTD/W/139", "2005-10-14", "note",
            "Secretaría", "es", "en"),
    J: meta("Programa de trabajo sobre el comercio electrónico - Panorama de las comunicaciones presentadas desde "
            "julio de 2016 - Nota de la Secretaría", "JOB/GC/142", "2017-10-02", "note", "Secretaría", "es", "en"),
    K: meta("Taller sobre comercio electrónico y exportaciones agroalimentarias de pequeños productores - Resumen de "
            "la Secretaría", "WT/COMTD/W/279", "2024-12-11", "summary", "Comité de Comercio y Desarrollo", "es",
            "en"),
    L: meta("Programa de trabajo sobre el comercio electrónico - Examen periódico de 2025 y preparativos de la CM14 - "
            "Informe del Presidente del Consejo General", "JOB/GC/463", "2026-01-20", "report", "Consejo General",
            "es", "en"),
}


def records():
    numbers = collections.Counter()
    out = []
    for lang, question, docs, evidence, answers, tags, history in ASKED:
        numbers[lang] += 1
        qid = "h8-%s%02d" % (lang, numbers[lang])
        if not docs:
            d = gold.q(qid, lang, question, None, [], [], tags, history=history)
            d["unanswerable"] = True  # the flag evals.runner reads
            out.append(d)
            continue
        if any(DOCS[name]["lang"] != lang for name in docs):
            tags = tags + [XL]
        tags = sorted(set(tags), key=TAG_ORDER.index)
        d = gold.q(qid, lang, question, "%s/%s" % (SET, docs[0]), evidence, answers, tags, history=history)
        if len(docs) > 1:  # compare questions list every document, as heldout7 does
            d = dict(list(d.items())[:-1] + [("sources", ["%s/%s" % (SET, n) for n in docs]), ("tags", tags)])
        out.append(d)
    return out


if __name__ == "__main__":
    gold.write_gold(SET, records(), METADATA)
