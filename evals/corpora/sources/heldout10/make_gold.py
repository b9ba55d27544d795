"""Write the heldout10 gold questions and gold metadata:
evals/gold/dev-corpus-heldout10.jsonl and evals/gold/dev-corpus-heldout10-metadata.json.

    python evals/corpora/sources/heldout10/make_gold.py

Records are made with ../gold.py's q(), in the format of heldout9: id, lang (language of
the question), question, [history], evidence (exact spans of the source text; [] when
unanswerable), answer_any (groups of alternatives; [] when unanswerable), source
("heldout10/<file>" or null), [sources] (compare questions), tags, [unanswerable].  The
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

SET = "heldout10"
PREFIX = "h10"
ND, XL, UN, CMP, FU = gold.ND, gold.XL, gold.UN, gold.CMP, gold.FU
FN, TB = "footnote", "table"
TAG_ORDER = [ND, XL, UN, CMP, FU, FN, TB]

A = "market-access-committee-ita-ecommerce-note-2017.pdf"
B = "jsi-cybersecurity-open-internet-facilitator-report-2021.docx"
C = "general-council-minutes-ecommerce-july-2005.html"
D = "trips-council-note-domain-names-2000.md"
E = "note-secretariat-commerce-electronique-accords-regionaux-2019.pdf"
F = "atelier-ccd-jeunes-entrepreneurs-commerce-electronique-2023.docx"
G = "decision-ministerielle-cm12-programme-travail-2022.html"
H = "communication-facilitation-commerce-numerique-2016.txt"
I = "nota-secretaria-turismo-en-linea-paises-en-desarrollo-2002.pdf"
K = "taller-servicios-postales-mensajeria-comercio-electronico-2012.html"
L = "comunicacion-moratoria-datos-cm14-2026.md"
M = "consejo-servicios-nota-servicios-informatica-1998.txt"

ASKED = []  # [lang, question, documents, evidence, answer groups, tags, history]


def ask(lang, question, docs, evidence, answers, *tags, history=None):
    docs = [docs] if isinstance(docs, str) else list(docs)
    ASKED.append([lang, question, docs, evidence, answers, list(tags), history])


def nothing(lang, question):
    """A question the documents do not answer (a near-miss document exists)."""
    ASKED.append([lang, question, [], [], [], [UN], None])


def chat(*texts):
    return [{"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(texts)]


# --- A: Committee on Market Access note on the ITA, 2017 (en, pdf) ---------------------
ask("fr", "Quelle catégorie de produits des technologies de l'information a vu ses exportations mondiales "
    "reculer entre 1996 et 2015 ?", A,
    ["Software on carrier media 20 10 United States"], [["Software on carrier media"]], TB)
ask("es", "Según la G/MA/W/134, ¿qué economía fue el mayor exportador de semiconductores en 2015?", A,
    ["Semiconductors 260 530 Chinese Taipei"], [["Chinese Taipei"]], ND, TB)
ask("es", "¿Cuándo organizó el Comité de Acceso a los Mercados su taller sobre medidas no arancelarias que "
    "afectan a los productos de TI?", A,
    ["The workshop, held on 27 October 2008, concentrated on conformity assessment"], [["27 October 2008"]], FN)
ask("fr", "Dans la note d'octobre 2017 du Comité de l'accès aux marchés, combien de produits l'élargissement de "
    "l'ATI conclu à Nairobi a-t-il ajoutés ?", A,
    ["The expansion covers 201 additional products"], [["201"]], ND)
ask("en", "And how cheap had a basic smartphone become?", A,
    ["the price of a basic smartphone in several developing participants fell below US$50 by 2016"],
    [["US$50"]], FU,
    history=chat("What does the Secretariat's 2017 note on the ITA and e-commerce say about Members outside the "
                 "Agreement?",
                 "That 31 Members, most of them in Africa, are not participants and some still levy duties on ITA "
                 "products, in a few cases above 20 per cent on mobile phones."))

# --- B: JSI facilitator's report on cybersecurity and open internet access, 2021 (en, docx)
ask("fr", "Dans l'INF/ECOM/71, quelle délégation animait le petit groupe sur la cybersécurité ?", B,
    ["under the facilitation of the delegation of Canada"], [["Canada"]], ND)
ask("es", "¿Quiénes propusieron la nota sobre los proveedores de acceso a Internet que ofrecen contenidos "
    "exclusivos a sus abonados?", B,
    ["The footnote was proposed by the United States and the European Union jointly on 24 June 2021."],
    [["United States"], ["European Union"]], FN)
ask("es", "¿Cuántos párrafos del artículo sobre ciberseguridad estaban ya limpios a finales de octubre de 2021?",
    B, ["Cybersecurity 3 2 one paragraph bracketed"], [["2"]], TB)
ask("fr", "Où en était l'article sur l'accès ouvert à Internet fin octobre 2021, d'après le tableau du rapport "
    "de la JSI ?", B, ["Open internet access 2 2 stabilized 14 October 2021"], [["stabilized"]], ND, TB)
ask("es", "¿Y qué pidieron dos participantes respecto del acceso abierto a Internet?", B,
    ["Two participants with emerging telecommunications markets asked for flexibility, noting that zero-rating "
     "offers"], [["flexibility"]], FU,
    history=chat("¿Qué obligaciones recoge el texto limpio sobre ciberseguridad según el informe del facilitador "
                 "de 2021?",
                 "Dos obligaciones de hacer lo posible: reforzar las capacidades de las entidades nacionales de "
                 "respuesta a incidentes informáticos y usar los mecanismos de colaboración existentes contra "
                 "intrusiones y códigos maliciosos."))

# --- C: General Council minutes, July 2005 (en, html) ----------------------------------
ask("fr", "Au Conseil général de juillet 2005, quelle part des ventes au détail le commerce électronique "
    "représentait-il aux États-Unis ?", C,
    ["electronic commerce now accounted for about 2.2 per cent of retail sales in his country"],
    [["2.2", "2,2"]], ND)
ask("es", "¿De qué organismo procedían las cifras sobre usuarios de Internet que citó Cuba?", C,
    ["The representative cited figures of the International Telecommunication Union for 2004."],
    [["International Telecommunication Union"]], FN)
ask("fr", "D'après le WT/GC/M/96, quel jour le point sur le commerce électronique a-t-il été débattu ?", C,
    ["The discussion of item 6 took place on 28 July 2005."], [["28 July 2005"]], ND, FN)
ask("en", "Who was in the chair at the General Council meeting of July 2005?", C,
    ["Chairperson: Ambassador Amina Chawahir Mohamed (Kenya)"], [["Amina Chawahir Mohamed"]], ND)
ask("es", "¿Y qué propuso el Japón?", C,
    ["proposing that GATS commitments be understood to cover electronic supply unless a Member specified "
     "otherwise"], [["electronic supply"]], FU,
    history=chat("¿Qué posición defendió la India sobre la moratoria en el Consejo General de julio de 2005?",
                 "Podía aceptar renovarla hasta el siguiente período de sesiones, pero no hacerla permanente antes "
                 "de que el programa de trabajo aclarara las cuestiones fiscales."))
ask("fr", "Sous quelles cotes le Conseil du commerce des services avait-il diffusé ses rapports sur le commerce "
    "électronique, selon le procès-verbal de juillet 2005 ?", C,
    ["had been circulated as S/C/20 and S/C/24"], [["S/C/20"], ["S/C/24"]], ND, FN)

# --- D: TRIPS Council note on domain names, 2000 (en, md) ------------------------------
ask("fr", "Selon la note IP/C/W/218, quand l'ICANN a-t-elle adopté sa politique de règlement des litiges "
    "relatifs aux noms de domaine ?", D,
    ["ICANN adopted the Uniform Domain Name Dispute Resolution Policy (UDRP) on 24 October 1999"],
    [["24 October 1999"]], ND)
ask("es", "¿Qué nombre de dominio estaba en juego en el primer caso resuelto por el Centro de Arbitraje de la "
    "OMPI?", D, ["The case concerned the name worldwrestlingfederation.com"],
    [["worldwrestlingfederation.com"]], FN)
ask("fr", "Combien de réunions de consultation le premier processus de l'OMPI sur les noms de domaine "
    "avait-il comporté ?", D, ["The process had included 17 consultation meetings in 15 cities."],
    [["17"]], FN)
ask("es", "¿Cuántos Estados miembros de la OMPI pidieron un segundo proceso sobre los nombres de dominio?", D,
    ["The request was made by 19 member States of WIPO"], [["19"]], FN)

# --- E: note on e-commerce in RTAs, 2019 (fr, pdf) -------------------------------------
ask("en", "How many RTAs with e-commerce provisions entered into force in 2011-2015, per the Secretariat's 2019 "
    "note?", E, ["De 2011 à 2015 31 24 23"], [["31"]], ND, TB)
ask("es", "De los ACR con disposiciones sobre comercio electrónico que entraron en vigor entre 2016 y 2019, "
    "¿cuántos tienen un capítulo propio?", E, ["De 2016 à 2019 22 19 15"], [["19"]], TB)
ask("en", "Per WT/REG/W/141, how many of the RTAs in force at end-March 2019 had e-commerce provisions?", E,
    ["Sur les 294 ACR en vigueur à cette date, 84 contenaient au moins une disposition"], [["84"]], ND)
ask("es", "¿Dónde se firmó el CPTPP?", E,
    ["Le PTPGP a été signé à Santiago le 8 mars 2018 par 11 parties"], [["Santiago"]], FN)
ask("en", "Which countries make up the Pacific Alliance?", E,
    ["L'Alliance du Pacifique réunit le Chili, la Colombie, le Mexique et le Pérou."],
    [["Chili"], ["Colombie"], ["Mexique"], ["Pérou"]], FN)
ask("en", "And which EU agreement provides for revisiting data flows?", E,
    ["L'accord de partenariat économique avec le Japon, entré en vigueur le 1er février 2019, prévoit de "
     "réexaminer la question"], [["Japon"]], FU,
    history=chat("How does the Secretariat's 2019 note on RTAs describe the EU's approach to e-commerce?",
                 "The EU deals with e-commerce in its services chapters and, until 2018, took no commitment on "
                 "data flows."))

# --- F: CTD workshop on young entrepreneurs, 2023 (fr, docx) ---------------------------
ask("en", "Who proposed the CTD's June 2023 workshop on young entrepreneurs and e-commerce?", F,
    ["L'atelier, proposé par la Gambie et le Paraguay"], [["Gambie"], ["Paraguay"]], ND)
ask("es", "¿Cuánto le habría costado al creador de videojuegos keniano registrar su marca?", F,
    ["l'enregistrement de sa marque dans trois pays lui aurait coûté environ 4 500 dollars EU"],
    [["4 500", "4500", "4,500"]], FN)
ask("fr", "Quel programme l'UPU a-t-elle présenté à l'atelier décrit dans le WT/COMTD/W/281 ?", F,
    ["Le représentant de l'Union postale universelle a présenté le programme « Ecom@Africa »"],
    [["Ecom@Africa"]], ND)
ask("en", "And the Vietnamese entrepreneur, what was her main problem?", F,
    ["la certification des produits était son principal obstacle"], [["certification"]], FU,
    history=chat("What did the Gambian cosmetics maker say at the CTD's 2023 workshop on young entrepreneurs?",
                 "She makes 70 per cent of her sales abroad through social media, but shipping a 2 kg parcel to "
                 "Europe costs her more than the product itself."))

# --- G: MC12 Ministerial Decision, 2022 (fr, html) -------------------------------------
ask("en", "Under the MC12 e-commerce decision, when would the moratorium lapse if MC13 were postponed?", G,
    ["Si la treizième Conférence ministérielle est reportée au-delà du 31 mars 2024, le moratoire expirera à "
     "cette date"], [["31 mars 2024"]], ND)
ask("es", "¿Quién presidió la CM12?", G,
    ["La Conférence était présidée par M. Timur Suleimenov, Vice-Premier Ministre du Kazakhstan."],
    [["Suleimenov"]], FN)
ask("es", "Según la WT/MIN(22)/32, ¿qué órganos de la OMC se encargan de aplicar el Programa de Trabajo?", G,
    ["Les organes concernés sont le Conseil du commerce des marchandises, le Conseil du commerce des services, le "
     "Conseil des ADPIC"], [["marchandises"], ["services"], ["ADPIC"]], ND, FN)
ask("fr", "Et quelle réserve une délégation a-t-elle exprimée lors de l'adoption ?", G,
    ["le moratoire ne serait pas automatiquement reconduit et qu'une étude de ses incidences sur les recettes "
     "publiques devait être menée"], [["automatiquement"]], FU,
    history=chat("Que prévoit la décision ministérielle de juin 2022 sur le moratoire ?",
                 "Il est maintenu jusqu'à la CM13, qui devrait avoir lieu d'ici au 31 décembre 2023 ; le "
                 "moratoire et le programme de travail expirent à cette date."))

# --- H: communication on digital trade facilitation, 2016 (fr, txt) --------------------
ask("en", "Which members sponsored the October 2016 communication on digital trade facilitation?", H,
    ["Communication de la Colombie, du Costa Rica, du Kenya et du Pakistan"],
    [["Colombie"], ["Costa Rica"], ["Kenya"], ["Pakistan"]], ND)
ask("es", "¿Cuántos Miembros habían aceptado el Acuerdo sobre Facilitación del Comercio cuando se distribuyó la "
    "comunicación sobre facilitación del comercio digital?", H,
    ["94 Membres avaient déposé leur instrument d'acceptation ; 110 étaient nécessaires"], [["94"]], FN)
ask("es", "¿Cuántos participantes reunió el taller de Nairobi de noviembre de 2015 sobre comercio electrónico y "
    "mipymes?", H,
    ["L'atelier, tenu les 9 et 10 novembre 2015, a rassemblé 60 participants de 14 pays africains."],
    [["60"]], FN)
ask("fr", "Que proposent les auteurs de la communication de 2016 pour les Membres qui demandent des délais de "
    "mise en œuvre ?", H,
    ["selon une approche inspirée de la section II de l'AFE, qui permet à chaque pays en développement de "
     "choisir les catégories A, B et C"], [["section II"]], ND)

# --- I: CTD note on online tourism, 2002 (es, pdf) --------------------------------------
ask("en", "Per WT/COMTD/W/101, what share of US online retail sales did travel make up in 2001?", I,
    ["las ventas de viajes por Internet representaron cerca del 40 por ciento de todas las ventas minoristas en "
     "línea de los Estados Unidos"], [["40"]], ND)
ask("fr", "Quelles commissions les intermédiaires de voyage en ligne prélèvent-ils, selon la note de 2002 sur le "
    "tourisme ?", I, ["cuyas comisiones oscilan entre el 15 y el 25 por ciento del precio de la habitación"],
    [["15"], ["25"]], ND)
ask("en", "Which countries proposed an annex on tourism to the GATS?", I,
    ["La propuesta de anexo fue presentada por la República Dominicana, El Salvador y Honduras"],
    [["República Dominicana"], ["El Salvador"], ["Honduras"]], FN)
ask("fr", "Où l'étude de l'OMT sur le commerce électronique et le tourisme a-t-elle été présentée ?", I,
    ["Estudio de la OMT sobre el comercio electrónico y el turismo, presentado en Madrid en 2001."],
    [["Madrid"]], FN)

# --- K: Services Council workshop on postal and courier services, 2012 (es, html) ------
ask("en", "How much did international small packets grow between 2008 and 2011, per the UPU figures at the 2012 "
    "Services Council workshop?", K, ["Pequeños paquetes (carta) 410 560 +37 %"], [["37"]], ND, TB)
ask("fr", "Combien de lettres internationales ont été échangées en 2011 selon les chiffres de l'UPU ?", K,
    ["Cartas internacionales 5.800 4.900 -16 %"], [["4.900"]], TB)
ask("en", "Where and when was the 25th UPU Congress held?", K,
    ["El 25º Congreso de la UPU se celebró en Doha del 24 de septiembre al 15 de octubre de 2012."],
    [["Doha"]], FN)
ask("es", "En el S/C/W/344, ¿cuántos Miembros tenían compromisos en servicios de mensajería a finales de 2012?",
    K, ["unos 50 Miembros habían contraído compromisos en servicios de mensajería"], [["50"]], ND)
ask("en", "What share of China's domestic courier items came from online purchases?", K,
    ["más de la mitad de esos envíos correspondía a compras en línea"], [["mitad"]], FN)
ask("es", "¿Cuántos envíos urgentes EMS internacionales hubo en 2011?", K,
    ["Envíos urgentes EMS 40 52 +30 %"], [["52"]], TB)
ask("fr", "Et le Maroc ?", K,
    ["Marruecos describió la creación de una filial de su operador postal dedicada a la logística del comercio "
     "electrónico."], [["filial"]], FU,
    history=chat("Qu'a présenté le Brésil à l'atelier de 2012 sur les services postaux et le commerce "
                 "électronique ?",
                 "Son service d'exportation simplifiée par la poste, qui permet aux petites entreprises d'exporter "
                 "des envois avec une déclaration simplifiée."))

# --- L: communication on the moratorium ahead of MC14, 2026 (es, md) --------------------
ask("en", "How much tariff revenue did UNCTAD estimate developing countries forgo because of the moratorium?", L,
    ["UNCTAD 2019 países en desarrollo 10.000 millones de dólares"], [["10.000"]], TB)
ask("fr", "Selon la communication WT/GC/W/982, quelle fourchette de recettes perdues l'OCDE avançait-elle ?", L,
    ["OCDE 2019 todos los países 280 a 8.200 millones de dólares"], [["280"], ["8.200"]], ND, TB)
ask("en", "What did the authors' own 2025 study find on the tariff revenue at stake?", L,
    ["Estudio de los autores 2025 91 países 0,08 % de los ingresos fiscales"], [["0,08", "0.08"]], TB)
ask("fr", "Quel pays a créé des lignes tarifaires pour les produits numériques transmis électroniquement ?", L,
    ["Indonesia creó en 2018 líneas arancelarias del capítulo 99 de su arancel"], [["Indonesia"]], FN)
ask("en", "What is the symbol of the MC13 moratorium decision, per the 2026 communication by Costa Rica, New "
    "Zealand and Switzerland?", L,
    ["Decisión Ministerial de 2 de marzo de 2024 (WT/MIN(24)/38 - WT/L/1192)."], [["WT/MIN(24)/38"]], ND, FN)
ask("fr", "Et quand et où doit se tenir cette conférence ?", L,
    ["la CM14, que se celebrará en Yaundé (Camerún) del 26 al 29 de marzo de 2026"], [["Yaundé"]], FU,
    history=chat("Que proposent le Costa Rica, la Nouvelle-Zélande et la Suisse pour la CM14 ?",
                 "Rendre le moratoire permanent et recentrer le programme de travail sur la coopération contre la "
                 "fracture numérique, avec un examen au Conseil général tous les deux ans."))
ask("en", "What share of world GDP do the countries covered by the authors' study account for?", L,
    ["91 países que representan el 85 por ciento del producto interior bruto mundial"], [["85"]], FN)

# --- M: Services Council note on computer services, 1998 (es, txt from a PDF) -----------
ask("en", "Which CPC group covers computer and related services according to S/C/W/45?", M,
    ["corresponden al grupo 84 de la Clasificación Central de Productos provisional (CPC)"], [["84"]], ND)
ask("fr", "Quels PMA avaient pris des engagements dans les services informatiques en 1998 ?", M,
    ["Ningún país menos adelantado había contraído compromisos en el sector, salvo Gambia y Sierra Leona."],
    [["Gambia"], ["Sierra Leona"]], FN)
ask("fr", "D'où vient le chiffre des exportations indiennes de logiciels cité par le Secrétariat en 1998 ?", M,
    ["Cifra de la Asociación Nacional de Empresas de Programas y Servicios de la India (NASSCOM)."],
    [["NASSCOM"]], FN)
ask("en", "How many Members had computer services commitments by mid-1998, per the Services Council's background "
    "note?", M,
    ["A mediados de 1998, 65 Miembros, contando a las Comunidades Europeas como uno, habían contraído "
     "compromisos"], [["65"]], ND)
ask("es", "¿Y cuánto valía el mercado mundial?", M,
    ["se estimaba en unos 300.000 millones de dólares EE.UU. en 1996"], [["300.000"]], FU,
    history=chat("¿Qué subsectores comprenden los servicios de informática en la nota de antecedentes de 1998?",
                 "Cinco: consultores en instalación de equipo (CPC 841), aplicación de programas (842), "
                 "procesamiento de datos (843), bases de datos (844) y otros servicios (845 y 849)."))

# --- questions on two documents ----------------------------------------------------------
ask("en", "How many participants did the ITA have in the 2017 market access note, and how many parties signed "
    "the CPTPP according to the 2019 RTA note?", [A, E],
    ["The Agreement now has 82 participants", "Le PTPGP a été signé à Santiago le 8 mars 2018 par 11 parties"],
    [["82"], ["11"]], ND, CMP)
ask("fr", "Que demandaient les États-Unis pour le moratoire en 2005, et que proposent le Costa Rica, la "
    "Nouvelle-Zélande et la Suisse en 2026 ?", [C, L],
    ["His delegation wanted Ministers at Hong Kong to make the moratorium permanent",
     "Los autores proponen que la CM14 haga permanente la moratoria"], [["permanent"]], ND, CMP)
ask("es", "¿Cómo cambió el plazo de la moratoria entre la decisión de la CM12 y la decisión de Abu Dhabi citada "
    "en la comunicación de 2026?", [G, L],
    ["jusqu'à la treizième Conférence ministérielle, qui devrait normalement avoir lieu d'ici au 31 décembre 2023",
     "hasta el decimocuarto período de sesiones o el 31 de marzo de 2026, si esta fecha fuera anterior"],
    [["31 décembre 2023"], ["31 de marzo de 2026"]], ND, CMP)
ask("en", "How are downloaded programs treated in the 1998 computer services note compared with the 2017 ITA "
    "note?", [M, A],
    ["La clasificación no distingue entre los programas informáticos vendidos en soportes físicos y los "
     "transmitidos en línea.",
     "software downloaded over networks is an electronic transmission to which the moratorium on customs duties "
     "applies"], [["no distingue"], ["electronic transmission"]], ND, CMP)
ask("fr", "Combien de Membres avaient des engagements AGCS dans les services informatiques en 1998 et dans "
    "l'hôtellerie en 2002, selon les deux notes ?", [M, I],
    ["A mediados de 1998, 65 Miembros, contando a las Comunidades Europeas como uno, habían contraído "
     "compromisos", "más de 125 Miembros habían contraído compromisos en hoteles y restaurantes"],
    [["65"], ["125"]], ND, CMP)
ask("es", "¿Qué se dice sobre la brecha digital en el acta del Consejo General de 2005 y en la decisión "
    "ministerial de 2022?", [C, G],
    ["developed countries had about 55 internet users per 100 inhabitants, compared with about 6 in developing "
     "countries", "la fracture numérique s'est creusée pendant la pandémie"],
    [["55"], ["pandémie"]], ND, CMP)
ask("en", "What do the 2012 postal workshop report and the 2016 digital trade facilitation communication say "
    "about low-value shipments?", [K, H],
    ["el volumen de envíos de poco valor planteaba problemas de control y recaudación",
     "la publication en ligne, dans un point d'information unique, de toutes les règles applicables aux envois de "
     "faible valeur"], [["control"], ["point d'information unique"]], ND, CMP)
ask("fr", "Le rapport de 2021 sur la cybersécurité et la note de 2019 sur les ACR donnent-ils la même date "
    "d'entrée en vigueur pour le PTPGP ?", [B, E],
    ["the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, which entered into force on 30 "
     "December 2018", "est entré en vigueur le 30 décembre 2018 pour les six premières d'entre elles"],
    [["30 December 2018"], ["30 décembre 2018"]], ND, CMP, FN)
ask("es", "¿Qué problemas de pago señalan la comunicación de 2016 sobre facilitación del comercio digital y el "
    "taller de 2023 sobre jóvenes emprendedores?", [H, F],
    ["le coût moyen d'un transfert de 200 dollars EU vers l'Afrique subsaharienne était de 9,5 pour cent",
     "plusieurs intervenants ne pouvaient pas ouvrir de compte auprès des grands prestataires de paiement en "
     "ligne"], [["9,5"], ["ouvrir de compte"]], ND, CMP)
ask("en", "Where were MC13 and MC14 to be held, according to the 2023 youth workshop report and the 2026 "
    "moratorium communication?", [F, L],
    ["La treizième Conférence ministérielle doit se tenir à Abou Dhabi du 26 au 29 février 2024.",
     "la CM14, que se celebrará en Yaundé (Camerún) del 26 al 29 de marzo de 2026"],
    [["Abou Dhabi"], ["Yaundé"]], ND, CMP, FN)
ask("es", "¿Cómo trataban la clasificación de lo que se entrega por vía electrónica el acta del Consejo General "
    "de 2005 y la nota de 1998 sobre servicios de informática?", [C, M],
    ["a majority of delegations saw no need for new classification work at that stage",
     "Algunos Miembros han planteado si los programas descargados deben tratarse como servicios o como "
     "mercancías"], [["no need"], ["mercancías"]], ND, CMP)

# --- unanswerable ------------------------------------------------------------------------
nothing("en", "What share of world merchandise exports did ITA products account for in 2015, according to the "
        "Committee on Market Access note?")
nothing("en", "Which delegation facilitated the JSI small group on source code in 2021?")
nothing("en", "What did China say about the moratorium at the General Council in July 2005?")
nothing("en", "How many UDRP complaints had been filed with WIPO by the end of 2000?")
nothing("fr", "Combien d'ACR comportant des dispositions sur le commerce électronique l'Union européenne "
        "avait-elle conclus en 2019 ?")
nothing("fr", "Combien coûte l'expédition d'un colis de 2 kg de la Gambie vers l'Europe ?")
nothing("fr", "Quelle part des hôtels d'Amérique latine avait un site Web en 2001 ?")
nothing("fr", "Combien d'entreprises utilisent la filiale logistique de la poste marocaine pour le commerce "
        "électronique ?")
nothing("fr", "À quelle date l'Accord sur la facilitation des échanges est-il entré en vigueur ?")
nothing("es", "¿Cuántos paquetes postales internacionales se enviaron en 2005 según la UPU?")
nothing("es", "¿Qué arancel aplica Kenya a los teléfonos móviles?")
nothing("es", "¿Cuánto ingresó la India por exportaciones de servicios de informática en 2001?")
nothing("es", "¿Quién presidió la CM13 de Abu Dhabi?")
nothing("es", "¿Cuántos nombres de dominio había registrados en el dominio .org a mediados de 2000?")
nothing("es", "¿Cuántos miembros de la Alianza del Pacífico habían ratificado el CPTPP en 2019?")

METADATA = {
    A: {"title": "The Information Technology Agreement and Electronic Commerce - Note by the Secretariat",
        "symbol": "G/MA/W/134", "date": "2017-10-20", "kind": "note", "body": "Committee on Market Access",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    B: {"title": "Cybersecurity and Open Internet Access - Report of the Facilitator of the Small Group",
        "symbol": "INF/ECOM/71", "date": "2021-11-05", "kind": "report",
        "body": "Joint Statement Initiative on Electronic Commerce", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    C: {"title": "General Council - Minutes of Meeting held on 27-29 and 31 July 2005 (extract: Work Programme on "
                 "Electronic Commerce)",
        "symbol": "WT/GC/M/96", "date": "2005-09-21", "kind": "minutes", "body": "General Council",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    D: {"title": "Internet Domain Names, Trademarks and Geographical Indications - Note by the Secretariat",
        "symbol": "IP/C/W/218", "date": "2000-09-18", "kind": "note",
        "body": "Council for Trade-Related Aspects of Intellectual Property Rights", "session": None,
        "place": None, "language": "en", "original_language": "en"},
    E: {"title": "Le commerce électronique dans les accords commerciaux régionaux - Note du Secrétariat",
        "symbol": "WT/REG/W/141", "date": "2019-06-14", "kind": "note",
        "body": "Comité des accords commerciaux régionaux", "session": None, "place": None,
        "language": "fr", "original_language": "en"},
    F: {"title": "Atelier sur les jeunes entrepreneurs et le commerce électronique - Rapport du Secrétariat",
        "symbol": "WT/COMTD/W/281", "date": "2023-07-10", "kind": "report",
        "body": "Comité du commerce et du développement", "session": None, "place": None,
        "language": "fr", "original_language": "en"},
    G: {"title": "Programme de travail sur le commerce électronique - Décision ministérielle du 17 juin 2022",
        "symbol": "WT/MIN(22)/32", "date": "2022-06-22", "kind": "decision", "body": "Conférence ministérielle",
        "session": "MC12", "place": "Genève", "language": "fr", "original_language": "en"},
    H: {"title": "Programme de travail sur le commerce électronique - Facilitation du commerce numérique : "
                 "propositions pour la discussion - Communication de la Colombie, du Costa Rica, du Kenya et du "
                 "Pakistan",
        "symbol": "JOB/GC/104", "date": "2016-10-18", "kind": "communication", "body": "Conseil général",
        "session": None, "place": None, "language": "fr", "original_language": "es"},
    I: {"title": "Programa de Trabajo sobre el Comercio Electrónico - El turismo en línea y los países en "
                 "desarrollo - Nota de la Secretaría",
        "symbol": "WT/COMTD/W/101", "date": "2002-05-29", "kind": "note",
        "body": "Comité de Comercio y Desarrollo", "session": None, "place": None,
        "language": "es", "original_language": "en"},
    K: {"title": "Programa de Trabajo sobre el Comercio Electrónico - Taller sobre servicios postales y de "
                 "mensajería y comercio electrónico - Informe de la Secretaría",
        "symbol": "S/C/W/344", "date": "2012-12-03", "kind": "report",
        "body": "Consejo del Comercio de Servicios", "session": None, "place": None,
        "language": "es", "original_language": "en"},
    L: {"title": "Programa de Trabajo sobre el Comercio Electrónico - La moratoria sobre los derechos de aduana y "
                 "las transmisiones electrónicas: datos para la CM14 - Comunicación de Costa Rica, Nueva Zelandia "
                 "y Suiza",
        "symbol": "WT/GC/W/982", "date": "2026-02-06", "kind": "communication", "body": "Consejo General",
        "session": None, "place": None, "language": "es", "original_language": "en"},
    M: {"title": "Servicios de informática y servicios conexos - Nota de antecedentes de la Secretaría",
        "symbol": "S/C/W/45", "date": "1998-07-14", "kind": "note", "body": "Consejo del Comercio de Servicios",
        "session": None, "place": None, "language": "es", "original_language": "en"},
}


def records():
    numbers = collections.Counter()
    out = []
    for lang, question, docs, evidence, answers, tags, history in ASKED:
        numbers[lang] += 1
        qid = "%s-%s%02d" % (PREFIX, lang, numbers[lang])
        if not docs:
            d = gold.q(qid, lang, question, None, [], [], tags, history=history)
            d["unanswerable"] = True  # the flag evals.runner reads
            out.append(d)
            continue
        if any(DOCS[name]["lang"] != lang for name in docs):
            tags = tags + [XL]
        tags = sorted(set(tags), key=TAG_ORDER.index)
        d = gold.q(qid, lang, question, "%s/%s" % (SET, docs[0]), evidence, answers, tags, history=history)
        if len(docs) > 1:  # compare questions list every document, as heldout8 and heldout9 do
            d = dict(list(d.items())[:-1] + [("sources", ["%s/%s" % (SET, n) for n in docs]), ("tags", tags)])
        out.append(d)
    return out


if __name__ == "__main__":
    gold.write_gold(SET, records(), METADATA)
