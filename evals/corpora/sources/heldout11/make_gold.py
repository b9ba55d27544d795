"""Write the heldout11 gold questions and gold metadata:
evals/gold/dev-corpus-heldout11.jsonl and evals/gold/dev-corpus-heldout11-metadata.json.

    python evals/corpora/sources/heldout11/make_gold.py

Records are made with ../gold.py's q(), in the format of heldout9: id, lang (language of
the question), question, [history], evidence (exact spans of the source text; [] when
unanswerable), answer_any (groups of alternatives; [] when unanswerable), source
("heldout11/<file>" or null), [sources] (compare questions), tags, [unanswerable].  The
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

SET = "heldout11"
ND, XL, UN, CMP, FU = gold.ND, gold.XL, gold.UN, gold.CMP, gold.FU
FN, TB = "footnote", "table"
TAG_ORDER = [ND, XL, UN, CMP, FU, FN, TB]

A = "comtd-note-measuring-ecommerce-statistics-2012.pdf"
B = "ita-committee-annual-report-digital-products-2016.docx"
C = "jsi-communication-electronic-transferable-records-2022.html"
D = "general-council-minutes-extract-moratorium-2005.txt"
E = "conseil-adpic-note-propriete-intellectuelle-internet-2002.pdf"
F = "seminaire-ccd-tourisme-electronique-2008.html"
G = "conseil-services-informatique-en-nuage-2010.md"
H = "comite-acr-dispositions-commerce-electronique-2023.txt"
I = "comite-comercio-desarrollo-nota-presidente-plan-1998.pdf"
J = "consejo-servicios-pagos-moviles-nota-2013.docx"
K = "sesion-informativa-comercio-electronico-servicios-postales-2019.md"
L = "examen-global-ayuda-comercio-conectividad-digital-2026.html"

ASKED = []  # [lang, question, documents, evidence, answer groups, tags, history]


def ask(lang, question, docs, evidence, answers, *tags, history=None):
    docs = [docs] if isinstance(docs, str) else list(docs)
    ASKED.append([lang, question, docs, evidence, answers, list(tags), history])


def nothing(lang, question):
    """A question the documents do not answer (a near-miss document exists)."""
    ASKED.append([lang, question, [], [], [], [UN], None])


def chat(*texts):
    return [{"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(texts)]


# --- A: CTD Secretariat note on e-commerce statistics, 2012 (en, pdf) ------------------
ask("fr", "D'après la note du Secrétariat de 2012 sur la mesure du commerce électronique (WT/COMTD/W/188), "
    "quelle part du commerce de détail les ventes en ligne représentaient-elles au Royaume-Uni ?", A,
    ["United Kingdom 82 62.9 10.2"], [["10.2"]], ND, TB)
ask("es", "Según la nota de 2012 del Comité de Comercio y Desarrollo sobre estadísticas del comercio electrónico, "
    "¿a cuánto ascendían las ventas minoristas en línea de Sudáfrica?", A,
    ["South Africa 21 0.5 0.4"], [["0.5"]], ND, TB)
ask("es", "¿Cuándo y dónde se puso en marcha la Asociación para la medición de las TIC para el desarrollo?", A,
    ["The Partnership was launched in June 2004 at the eleventh session of UNCTAD, held in Sao Paulo"],
    [["2004"], ["Sao Paulo", "São Paulo"]], FN)
ask("fr", "Quand Maurice a-t-elle publié sa première enquête sur l'utilisation des TIC par les entreprises ?", A,
    ["published its first survey of ICT use by enterprises, covering 2010, in March 2012"], [["March 2012"]], FN)
ask("es", "¿Y cuándo se acordó esa definición, y en qué grupo?", A,
    ["The definition was agreed by the OECD Working Party on Indicators for the Information Society in April 2000"],
    [["April 2000"], ["Working Party on Indicators"]], FU, FN,
    history=chat("¿Qué definición de comercio electrónico recoge la nota de la Secretaría de 2012 sobre "
                 "estadísticas?",
                 "La de la OCDE: la venta o compra de bienes o servicios realizada por redes informáticas mediante "
                 "métodos diseñados específicamente para recibir o hacer pedidos; el pago y la entrega no tienen "
                 "que hacerse en línea."))

# --- B: ITA Committee report, 2016 (en, docx) ------------------------------------------
ask("es", "Según el informe de 2016 del Comité de Participantes sobre la Expansión del Comercio de Productos de "
    "Tecnología de la Información, ¿en qué año termina el escalonamiento de Costa Rica?", B,
    ["Costa Rica 265 69 2019"], [["2019"]], ND, TB)
ask("fr", "Quelle proportion de ses lignes tarifaires visées l'Union européenne avait-elle libérée de droits au "
    "1er juillet 2016 dans le cadre de l'élargissement de l'ATI ?", B,
    ["European Union 379 88 2019"], [["88"]], TB)
ask("fr", "Selon le G/L/1162, combien de Membres représentent les participants à l'élargissement de l'ATI ?", B,
    ["The 24 participants in the expansion, counting the European Union as one, represent 53 Members"],
    [["53"]], ND, FN)
ask("es", "¿Cuándo se adoptó la decisión sobre la valoración en aduana de los soportes informáticos con software?",
    B, ["adopted on 24 September 1984 and taken over by the WTO Committee on Customs Valuation in 1995"],
    [["24 September 1984", "1984"]], FN)
ask("en", "Who chaired the ITA Committee in 2016?", B,
    ["under the chairmanship of Mr. Lars Holmgren (Sweden)"], [["Holmgren"]], ND)
ask("fr", "Qui a présenté au Comité de l'ATI le document sur les produits livrés par voie électronique ?", B,
    ["Canada and Chinese Taipei introduced a paper on the relationship between the Agreement and products "
     "delivered electronically"], [["Canada"], ["Chinese Taipei"]])
ask("es", "¿Y qué concluyó el Presidente al respecto?", B,
    ["The Chairman concluded that there was no consensus to pursue the matter in the Committee"],
    [["no consensus"]], FU,
    history=chat("¿Qué se dijo sobre los productos digitales en el Comité del ATI en 2016?",
                 "Canadá y el Taipei Chino presentaron un documento sobre la relación entre el Acuerdo y los "
                 "productos entregados electrónicamente; varios participantes consideraron que las transmisiones "
                 "electrónicas no estaban cubiertas por el Acuerdo."))

# --- C: JSI communication on electronic transferable records, 2022 (en, html) ----------
ask("fr", "En quelle année la loi du Belize sur les documents transférables électroniques est-elle entrée en "
    "vigueur ?", C, ["Belize 2021 Electronic Transferable Records Act"], [["2021"]], TB)
ask("es", "En la comunicación INF/ECOM/68, ¿qué instrumento adoptó Papua Nueva Guinea y en qué año?", C,
    ["Papua New Guinea 2022 Electronic Transactions Act"], [["2022"], ["Electronic Transactions Act"]], ND, TB)
ask("es", "¿Quién puso en marcha TradeTrust y en qué año?", C,
    ["TradeTrust was launched in 2019 by the Infocomm Media Development Authority of Singapore."],
    [["2019"], ["Infocomm Media Development Authority"]], FN)
ask("fr", "Quels instruments la loi type de la CNUDCI sur les documents transférables électroniques "
    "laisse-t-elle de côté ?", C,
    ["The Model Law does not apply to securities such as shares and bonds, nor to other investment instruments"],
    [["securities", "shares and bonds"]], FN)
ask("fr", "Et quel pays a été le premier à l'adopter ?", C,
    ["Bahrain, the first jurisdiction to adopt the Model Law, reported that its banks had issued"],
    [["Bahrain"]], FU,
    history=chat("Quand la CNUDCI a-t-elle adopté sa loi type sur les documents transférables électroniques ?",
                 "Le 13 juillet 2017, à sa cinquantième session, à Vienne, d'après la communication de Bahreïn, de "
                 "Singapour et du Royaume-Uni."))

# --- D: General Council minutes, July 2005 (en, txt from a PDF) -------------------------
ask("es", "En el acta WT/GC/M/96, ¿quién presidió los debates específicos sobre comercio electrónico de 2005?", D,
    ["both chaired by Mr. Lorenzo Rossi, Deputy Director-General, acting as Friend of the Chair"],
    [["Lorenzo Rossi", "Rossi"]], ND)
ask("es", "¿En qué fechas se celebraron las consultas de septiembre de 2005 anunciadas por la Presidenta del "
    "Consejo General?", D, ["The consultations were held on 14 and 21 September 2005."], [["14"], ["21"]], FN)
ask("fr", "Sur la base de quelle décision du Conseil général le programme de travail s'est-il poursuivi après "
    "Cancún ?", D, ["Decision adopted by the General Council on 1 August 2004 (WT/L/579), paragraph 1(h)."],
    [["WT/L/579"]], FN)
ask("es", "¿Qué postura expresó la India en el Consejo General de julio de 2005 sobre la prórroga de la "
    "moratoria?", D, ["India could accept a temporary extension, but not a permanent moratorium."],
    [["temporary"]], ND)
ask("en", "And what did Cuba call for, and on whose behalf was it speaking?", D,
    ["speaking also on behalf of the Dominican Republic and Honduras"], [["Dominican Republic"], ["Honduras"]], FU,
    history=chat("At the General Council in July 2005, what did Hong Kong, China say about e-commerce?",
                 "As host of the Sixth Ministerial Conference, it hoped Ministers would extend the moratorium on "
                 "customs duties on electronic transmissions and give new life to the Work Programme."))
ask("fr", "D'où vient le chiffre cité par le Taipei chinois sur ses exportations de logiciels livrés "
    "électroniquement ?", D,
    ["Figure quoted from a survey of software firms by the Institute for Information Industry in Taipei."],
    [["Institute for Information Industry"]], FN)

# --- E: Council for TRIPS, Secretariat note, 2002 (fr, pdf) -----------------------------
ask("en", "How many UDRP complaints did the WIPO Center receive in 2001?", E, ["2001 1 557 2 467 89"],
    [["1 557", "1,557", "1557"]], TB)
ask("es", "Según la nota del Consejo de los ADPIC de 2002, ¿cuántos nombres de dominio abarcaban las demandas "
    "presentadas ante el Centro de la OMPI en 2000?", E, ["2000 1 857 3 760 76"],
    [["3 760", "3,760", "3760", "3.760"]], ND, TB)
ask("en", "Which country deposited the thirtieth instrument needed for the WIPO Copyright Treaty to enter into "
    "force?", E, ["Le 30e instrument de ratification du WCT a été déposé par le Gabon le 6 décembre 2001"],
    [["Gabon"]], FN)
ask("es", "¿Qué nombre de dominio se ordenó transferir en la primera decisión dictada con arreglo a la UDRP?", E,
    ["a ordonné le transfert du nom worldwrestlingfederation.com à la fédération américaine de lutte"],
    [["worldwrestlingfederation.com"]], FN)
# --- F: CTD seminar on e-commerce and tourism, 2008 (fr, html) --------------------------
ask("en", "At the CTD's 2008 seminar on e-commerce and tourism, what commissions were online intermediaries said "
    "to charge?", F, ["percevaient des commissions comprises entre 15 et 25 pour cent du prix des nuitées"],
    [["15"], ["25"]], ND)
ask("es", "¿Cuántos países y territorios agrupa la asociación hotelera caribeña citada en el seminario sobre "
    "turismo?", F, ["Association hôtelière des Caraïbes, qui regroupe des établissements de 36 pays et territoires"],
    [["36"]], FN)
ask("es", "En el documento WT/COMTD/W/166, ¿en qué países se ensayó la iniciativa de turismo electrónico de la "
    "UNCTAD?", F, ["lancée en 2004 et testée au Népal et au Sénégal"],
    [["Népal", "Nepal"], ["Sénégal", "Senegal"]], ND, FN)
ask("fr", "Combien d'entreprises étaient inscrites début 2008 sur le portail touristique présenté par le Costa "
    "Rica au séminaire du CCD ?", F, ["Près de 600 entreprises y étaient inscrites au début de 2008"], [["600"]], ND)

# --- G: Services Council note on cloud computing, 2010 (fr, md) -------------------------
ask("en", "According to the Services Council's 2010 note on cloud computing, how many Members had GATS "
    "commitments on computer services?", G,
    ["84 Membres, en comptant les Communautés européennes comme un seul, avaient pris des engagements"],
    [["84"]], ND)
ask("en", "Which version of NIST's working definition of cloud computing does JOB/SERV/38 rely on?", G,
    ["Définition de travail publiée par le NIST en 2009, dans sa quinzième version"], [["quinzième"]], ND, FN)
ask("es", "¿Cuántos Miembros que se adhirieron después de 1995 asumieron compromisos completos en servicios de "
    "informática?", G, ["onze Membres ayant accédé depuis 1995 ont également pris des engagements complets"],
    [["onze"]], FN)
ask("en", "And what did Brazil say in that discussion?", G,
    ["Le représentant du Brésil a fait savoir que son pays étudiait un projet de loi sur la protection des "
     "données."], [["protection des données"]], FU,
    history=chat("What does the WTO's 2010 note on cloud computing say about the size of the market?",
                 "It was estimated at US$68.3 billion in 2010, up 17 per cent on 2009, with suppliers concentrated "
                 "in the United States."))

# --- H: RTA Committee note on e-commerce provisions, 2023 (fr, txt) ---------------------
ask("en", "In the Secretariat's 2023 note on e-commerce provisions in RTAs, how many agreements dealt with data "
    "localisation?", H, ["Localisation des données 29 14"], [["29"]], ND, TB)
ask("es", "¿Cuántos acuerdos comerciales regionales incluyen disposiciones sobre mensajes comerciales no "
    "solicitados?", H, ["Messages non sollicités 84 41"], [["84"]], TB)
ask("es", "¿Cuándo se adhirió Corea al DEPA?", H, ["La Corée a adhéré au DEPA en 2023"], [["2023"]], FN)
ask("en", "When was the New Zealand-Singapore economic partnership agreement notified to the WTO?", H,
    ["L'accord a été notifié en vertu de l'article XXIV du GATT et de l'article V de l'AGCS en septembre 2001."],
    [["septembre 2001"]], FN)
ask("es", "Según la nota WT/REG/W/172, ¿en cuántos de los acuerdos con disposiciones sobre comercio electrónico "
    "participan países menos adelantados?", H, ["les pays les moins avancés ne sont parties qu'à 11 d'entre eux"],
    [["11"]], ND)
ask("en", "And when did the UK-Singapore digital economy agreement enter into force?", H,
    ["l'accord entre le Royaume-Uni et Singapour, entré en vigueur le 14 juin 2022."], [["14 juin 2022"]], FU,
    history=chat("In the WTO Secretariat's 2023 note on regional trade agreements, which was the first notified "
                 "agreement with an article on e-commerce?",
                 "The economic partnership agreement between New Zealand and Singapore, in force since 1 January "
                 "2001."))

# --- I: CTD Chairman's note on the work plan, 1998 (es, one-page pdf) -------------------
ask("en", "Who chaired the Committee on Trade and Development when it drew up its 1998 e-commerce work plan?", I,
    ["Presidente del Comité: Embajador Nathan Irumba (Uganda)."], [["Nathan Irumba", "Irumba"]], ND, FN)
ask("fr", "À quelle date le Comité du commerce et du développement devait-il faire rapport au Conseil général "
    "sur le commerce électronique ?", I,
    ["Cada órgano debe informar al Consejo General a más tardar el 30 de julio de 1999."],
    [["30 de julio de 1999"]], ND)
ask("fr", "Selon le WT/COMTD/W/47, comment le séminaire pourrait-il être financé ?", I,
    ["el seminario podría financiarse con cargo al Fondo Fiduciario Global si se reciben contribuciones "
     "voluntarias"], [["Fondo Fiduciario Global"]], ND, FN)

# --- J: Services Council note on mobile money, 2013 (es, docx) --------------------------
ask("en", "According to the Services Council's 2013 note on mobile money, how many mobile money services were "
    "running at the end of 2012?", J,
    ["en diciembre de 2012 funcionaban 150 servicios de dinero móvil en 72 países"], [["150"], ["72"]], ND)
ask("en", "How large were M-Pesa transactions relative to Kenya's GDP in 2012?", J,
    ["el valor de las transacciones realizadas por M-Pesa equivalía a cerca de un tercio del producto interior "
     "bruto de Kenya"], [["un tercio"]], FN)
ask("fr", "Quelle recommandation du GAFI autorise une vigilance simplifiée pour les comptes à faible risque ?", J,
    ["Recomendación 10 del GAFI y su nota interpretativa."], [["10"]], FN)
ask("fr", "Dans le S/C/W/355, à quel alinéa de l'Annexe sur les services financiers les services de paiement "
    "sont-ils mentionnés ?", J, ["Apartado viii) del párrafo 5 a) del Anexo sobre Servicios Financieros."],
    [["viii"]], ND, FN)
ask("fr", "Et l'Inde, quelle approche a-t-elle retenue ?", J,
    ["la India exige que los servicios de pago móvil estén vinculados a un banco."], [["banco"]], FU,
    history=chat("Que dit la note de 2013 du Conseil du commerce des services sur les approches réglementaires du "
                 "paiement mobile ?",
                 "Le Kenya a laissé M-Pesa démarrer en 2007 avec une lettre de non-objection de la banque centrale, "
                 "les Philippines ont autorisé les opérateurs à émettre de la monnaie électronique par des filiales "
                 "supervisées et l'UE a créé une licence spécifique en 2009."))

# --- K: Goods Council information session on postal services, 2019 (es, md) -------------
ask("en", "In the Goods Council's 2019 information session on e-commerce and postal services, how many small "
    "packets did designated operators receive in 2016?", K, ["2016 1.310 13,9 440 28"],
    [["1.310", "1,310", "1310"]], ND, TB)
ask("fr", "Quel plafond s'applique aux tarifs autodéclarés de l'UPU ?", K,
    ["La tarifa autodeclarada no puede superar el 70 por ciento del derecho interno aplicable a un envío "
     "equivalente"], [["70"]], FN)
ask("fr", "Quel plafond par envoi l'Argentine applique-t-elle à son régime de petits envois ?", K,
    ["con un límite de 3.000 dólares EE.UU. por envío"], [["3.000"]])
ask("en", "Which US law requires electronic advance data for postal shipments, according to G/C/W/772?", K,
    ["En los Estados Unidos, la Ley STOP de 2018 exige datos electrónicos anticipados para todos los envíos "
     "postales a partir de 2021."], [["STOP"]], ND, FN)
ask("fr", "Et combien de petits paquets venus d'Asie la poste suisse reçoit-elle ?", K,
    ["su operador postal recibía cada día más de 100.000 pequeños paquetes de Asia"], [["100.000"]], FU,
    history=chat("Qui a demandé la séance d'information du Conseil du commerce des marchandises de novembre 2019 "
                 "sur le commerce électronique et les services postaux ?",
                 "L'Argentine et la Suisse ; la séance a eu lieu le 8 novembre 2019."))

# --- L: Aid for Trade Global Review 2026, digital connectivity (es, html) ---------------
ask("en", "In the Secretariat's note on the 2026 Aid for Trade Global Review, how much aid for trade in "
    "communications went to LDCs in 2024?", L, ["2024 1.530 446 29 212"], [["446"]], ND, TB)
ask("fr", "Combien de réponses l'exercice de suivi de l'Aide pour le commerce de 2026 a-t-il reçues ?", L,
    ["Se presentaron 94 respuestas al ejercicio de vigilancia, de las cuales 51 procedían de países en desarrollo"],
    [["94"]], ND, FN)
ask("en", "In how many LDCs were eTrade Readiness assessments funded by the Enhanced Integrated Framework?", L,
    ["Las evaluaciones eTrade Readiness se realizaron en 28 de esos países con financiación del Marco Integrado "
     "mejorado"], [["28"]], FN)
ask("fr", "D'après la note sur l'Examen global de 2026, combien de personnes n'utilisaient toujours pas Internet "
    "en 2024 ?", L, ["unos 2.600 millones de personas seguían sin utilizar Internet en 2024"],
    [["2.600 millones"]], ND)
ask("en", "And what did Cambodia present?", L,
    ["Camboya describió su plataforma de ventanilla única para las exportaciones de pequeñas empresas."],
    [["ventanilla única"]], FU,
    history=chat("What did the note on the 2026 Aid for Trade Global Review say about Paraguay?",
                 "As a landlocked country, Paraguay stressed its dependence on its neighbours' cables and asked for "
                 "support for a fibre-optic backbone."))

# --- compare: two documents, an answer from each -----------------------------------------
ask("en", "How did the share of the world's population using the Internet change between the 2012 CTD note on "
    "e-commerce statistics and the note on the 2026 Aid for Trade Global Review?", [A, L],
    ["about one third of the world's population used the",
     "La proporción mundial de personas que utilizan Internet era del 68 por ciento."],
    [["one third"], ["68"]], ND, CMP, FN)
ask("es", "¿Qué dijeron sobre la moratoria los Estados Unidos en el Consejo General de julio de 2005 y la India en "
    "el Comité del ATI en 2016?", [D, B],
    ["said that the moratorium should be made permanent and that it should cover the content transmitted",
     "India said that the growing share of digital content in trade could erode tariff revenue"],
    [["permanent"], ["tariff revenue"]], ND, CMP)
ask("en", "Do the 2010 note on cloud computing and the 2013 note on mobile money classify services by the "
    "technology used or by the service supplied?", [G, J],
    ["Le classement dépend alors de la nature du service fourni à l'utilisateur final, et non de la technologie "
     "employée.", "la clasificación depende de la naturaleza del servicio prestado al usuario y no de la red "
     "utilizada"], [["nature du service"], ["naturaleza del servicio"]], ND, CMP)
ask("es", "¿Cuántos Miembros tenían compromisos en servicios de informática en 2010 y cuántos en servicios de "
    "pago y transferencia monetaria en 2013?", [G, J],
    ["84 Membres, en comptant les Communautés européennes comme un seul, avaient pris des engagements",
     "Unos 80 Miembros han contraído compromisos en materia de servicios de pago y transferencia monetaria"],
    [["84"], ["80"]], CMP)
ask("fr", "Que disent la note de 2012 sur les statistiques du commerce électronique et la séance de 2019 sur les "
    "services postaux de la croissance annuelle des petits paquets internationaux ?", [A, K],
    ["small parcels exchanged between countries grew by more than 10 per cent a year between 2008 and 2011",
     "había aumentado a un ritmo anual de alrededor del 12 por ciento"],
    [["10 per cent"], ["12 por ciento"]], ND, CMP)
ask("en", "When did Singapore's MLETR-based law take effect, and when did its digital economy agreement with "
    "Australia enter into force?", [C, H],
    ["Singapore 2021 Electronic Transactions (Amendment) Act",
     "l'accord sur l'économie numérique entre Singapour et l'Australie, entré en vigueur le 8 décembre 2020"],
    [["2021"], ["8 décembre 2020"]], CMP, TB)
ask("es", "¿Qué Miembros pidieron el seminario del CCD de 2008 sobre turismo y la sesión informativa de 2019 del "
    "Consejo del Comercio de Mercancías sobre servicios postales?", [F, K],
    ["Le séminaire, proposé par le Costa Rica et les Maldives, a réuni une centaine de participants",
     "A petición de la Argentina y de Suiza, el Consejo del Comercio de Mercancías celebró"],
    [["Costa Rica"], ["Maldives"], ["Argentina"], ["Suiza"]], ND, CMP)
ask("fr", "Quelle date butoir le CCD avait-il pour son rapport de 1999 sur le commerce électronique, et quand le "
    "Conseil des ADPIC a-t-il remis son rapport intérimaire ?", [I, E],
    ["Cada órgano debe informar al Consejo General a más tardar el 30 de julio de 1999.",
     "Le Conseil a présenté un rapport intérimaire au Conseil général en juillet 1999."],
    [["30 de julio de 1999"], ["juillet 1999"]], CMP)
ask("en", "What payment problems did Kenya describe at the 2008 tourism seminar, and how was M-Pesa allowed to "
    "start according to the 2013 mobile money note?", [F, J],
    ["sur la difficulté de recevoir des paiements par carte, les banques étrangères considérant les transactions "
     "avec le Kenya comme risquées",
     "Kenya permitió que M-Pesa empezara a funcionar en 2007 con una carta de no objeción del Banco Central"],
    [["paiements par carte"], ["no objeción"]], ND, CMP)
ask("es", "¿Qué explicaron las Maldivas en 2008 y las Islas Salomón en 2026 sobre el costo de la conectividad "
    "internacional?", [F, L],
    ["restait limité par le coût de la bande passante, qui dépendait d'une liaison par satellite",
     "había dividido por cuatro el precio mayorista de la capacidad internacional"],
    [["satellite"], ["cuatro"]], ND, CMP)
ask("fr", "Quels chiffres sur l'assistance technique de la CNUCED donnent la note de 2012 sur les statistiques et "
    "la note sur l'Examen global de 2026 ?", [A, L],
    ["had trained officials from 46 countries by the end of 2011",
     "para el comercio electrónico en 32 países menos adelantados desde 2017, en cooperación con la UNCTAD"],
    [["46"], ["32"]], ND, CMP)

# --- unanswerable: the document is about the topic but lacks the fact ----------------------
nothing("en", "What were online retail sales in Mexico in 2011, according to the CTD note on e-commerce "
        "statistics?")
nothing("en", "How many UDRP complaints did the WIPO Center receive in October 2002, according to the "
        "TRIPS Council note?")
nothing("en", "How many delegations sent comments on the CTD chair's 1998 work plan for e-commerce?")
nothing("en", "How many mobile money users did the Philippines have in 2012?")
nothing("en", "Which Members opposed the proposal on electronic transferable records made in the JSI in 2022?")
nothing("fr", "Combien de participants à l'élargissement de l'ATI avaient fait certifier leurs listes à la réunion "
        "d'avril 2016 ?")
nothing("fr", "Quels montants de recettes tarifaires perdues le Secrétariat a-t-il présentés aux Membres en juin "
        "2005 ?")
nothing("fr", "Combien d'ACR contenaient des dispositions sur la cybersécurité à la fin de 2022 ?")
nothing("fr", "Combien la Banque mondiale a-t-elle consacré à la connectivité numérique en 2024 selon l'Examen "
        "global de l'Aide pour le commerce ?")
nothing("fr", "Quelle part des recettes touristiques des Maldives provenait des réservations en ligne en 2007 ?")
nothing("es", "¿Cuántos conocimientos de embarque electrónicos se emitieron en los ensayos de TradeTrust?")
nothing("es", "¿Qué proporción de los pagos de safaris en Kenya se hacía con tarjeta en 2008?")
nothing("es", "¿Qué dijo la India sobre la computación en nube en el Consejo del Comercio de Servicios en 2010?")
nothing("es", "¿Cuántos pequeños paquetes internacionales recibieron los operadores designados en 2019?")
nothing("es", "¿Qué arancel aplicaba China a los soportes informáticos con software en 2016?")


def m(title, symbol, date, kind, body, language, original, session=None, place=None):
    return {"title": title, "symbol": symbol, "date": date, "kind": kind, "body": body, "session": session,
            "place": place, "language": language, "original_language": original}


METADATA = {
    A: m("Work Programme on Electronic Commerce - Measuring Electronic Commerce: Available Statistics and Gaps - "
         "Note by the Secretariat", "WT/COMTD/W/188", "2012-10-19", "note", "Committee on Trade and Development",
         "en", "en"),
    B: m("Report (2016) of the Committee of Participants on the Expansion of Trade in Information Technology "
         "Products", "G/L/1162", "2016-11-04", "report",
         "Committee of Participants on the Expansion of Trade in Information Technology Products", "en", "en"),
    C: m("Joint Statement Initiative on Electronic Commerce - Electronic Transferable Records - Communication from "
         "Bahrain, Singapore and the United Kingdom", "INF/ECOM/68", "2022-11-14", "communication",
         "Joint Statement Initiative on Electronic Commerce", "en", "en"),
    D: m("Minutes of Meeting held in the Centre William Rappard on 27 and 29 July 2005", "WT/GC/M/96",
         "2005-09-23", "minutes", "General Council", "en", "en", place="Centre William Rappard"),
    E: m("Programme de travail sur le commerce électronique - La propriété intellectuelle sur l'Internet : "
         "évolution récente - Note du Secrétariat", "IP/C/W/384", "2002-11-11", "note",
         "Conseil des aspects des droits de propriété intellectuelle qui touchent au commerce", "fr", "en"),
    F: m("Programme de travail sur le commerce électronique - Séminaire sur le commerce électronique et le tourisme "
         "dans les pays en développement - Rapport du Secrétariat", "WT/COMTD/W/166", "2008-07-03", "report",
         "Comité du commerce et du développement", "fr", "en"),
    G: m("Programme de travail sur le commerce électronique - L'informatique en nuage et les engagements au titre "
         "de l'AGCS - Note d'information du Secrétariat", "JOB/SERV/38", "2010-11-22", "note",
         "Conseil du commerce des services", "fr", "en"),
    H: m("Les dispositions relatives au commerce électronique dans les accords commerciaux régionaux - Note du "
         "Secrétariat", "WT/REG/W/172", "2023-05-09", "note", "Comité des accords commerciaux régionaux", "fr", "en"),
    I: m("Programa de Trabajo sobre el Comercio Electrónico - Plan de trabajo del Comité - Nota del Presidente",
         "WT/COMTD/W/47", "1998-11-30", "note", "Comité de Comercio y Desarrollo", "es", "en"),
    J: m("Programa de Trabajo sobre el Comercio Electrónico - Los servicios de pago electrónico y el dinero móvil - "
         "Nota de la Secretaría", "S/C/W/355", "2013-05-21", "note", "Consejo del Comercio de Servicios", "es", "en"),
    K: m("Sesión informativa sobre el comercio electrónico transfronterizo y los servicios postales - Resumen de la "
         "Secretaría", "G/C/W/772", "2019-11-29", "summary", "Consejo del Comercio de Mercancías", "es", "en"),
    L: m("Ayuda para el Comercio - Examen Global 2026: Conectividad digital y comercio electrónico - Nota de la "
         "Secretaría", "WT/COMTD/AFT/W/121", "2026-09-14", "note", "Comité de Comercio y Desarrollo", "es", "en"),
}


def records():
    numbers = collections.Counter()
    out = []
    for lang, question, docs, evidence, answers, tags, history in ASKED:
        numbers[lang] += 1
        qid = "h11-%s%02d" % (lang, numbers[lang])
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
