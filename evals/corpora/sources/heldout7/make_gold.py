"""Write the heldout7 gold questions and gold metadata:
evals/gold/dev-corpus-heldout7.jsonl and evals/gold/dev-corpus-heldout7-metadata.json.

    python evals/corpora/sources/heldout7/make_gold.py

Each record: id, lang (language of the question), question, [history], evidence (exact
spans of the source text; [] when unanswerable), answer_any (groups of alternatives; []
when unanswerable), source ("heldout7/<file>" or null), [sources] (compare questions),
tags.  The "cross-lingual" tag is set here from the languages of the question and of
its source documents.  Written for wtoqa's evaluation; the documents are not official
WTO texts.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from content import DOCS  # noqa: E402
from gold import write_gold  # noqa: E402

SET = "heldout7"
A = "cts-report-meeting-may-1999-electronic-supply.txt"
B = "secretariat-note-mobile-broadband-services-2009.pdf"
C = "jsi-hong-kong-china-e-authentication-contracts-2019.docx"
D = "dedicated-discussion-capacity-building-facilitator-2023.html"
E = "rapport-discussion-specialisee-questions-transversales-2003.docx"
F = "communication-maroc-commerce-electronique-developpement-2012.html"
G = "ic-liste-controle-besoins-mise-en-oeuvre-2020.md"
H = "ccm-rapport-president-commerce-electronique-2025.pdf"
I = "taller-ccd-comercio-electronico-pymes-2006.md"
J = "consejo-general-acta-julio-2015-comercio-electronico.pdf"
K = "iniciativa-conjunta-telecomunicaciones-informe-2021.txt"
L = "propuesta-mipymes-comercio-electronico-inclusivo-2026.txt"

ND, XL, UN, CMP, FU, FN, TB = ("names-document", "cross-lingual", "unanswerable", "compare", "follow-up",
                               "footnote", "table")

Q = []  # (lang, question, evidence, answer_any, source, sources, tags, history)


def q(lang, question, src, evidence, answer_any, tags=(), history=None, also=None):
    Q.append((lang, question, evidence, answer_any, src, [src] + list(also) if also else None, list(tags), history))


def un(lang, question):
    Q.append((lang, question, [], [], None, None, [UN], None))


def h(*turns):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]


# --- A: CTS minutes, May 1999 (en, txt) ------------------------------------------------
q("fr", "Lors de la réunion du CCS de mai 1999, quelle position l'Inde a-t-elle prise sur la neutralité "
  "technologique ?", A, ["could accept technological neutrality as a working hypothesis"],
  [["working hypothesis", "hypothèse de travail", "hipótesis de trabajo"]], [ND])
q("es", "Según la Secretaría en 1999, ¿cuántos Miembros habían incorporado el Documento de Referencia sobre "
  "telecomunicaciones?", A, ["and that 57 of them had inscribed the Reference Paper in whole or in part"],
  [["57"]], [FN])
q("en", "In S/C/M/38, what rough test did Japan float for telling mode 1 from mode 2?", A,
  ["Where a supplier actively targeted consumers in another Member's territory",
   "where a consumer visited a foreign web site on his or her own initiative"],
  [["target", "cibl", "dirig"], ["initiative", "iniciativa"]], [ND])
q("fr", "Quand le président du CCS comptait-il tenir ses consultations informelles en 1999 ?", A,
  ["He would hold informal consultations on 14 June 1999"], [["14 June", "14 juin", "14 de junio", "June 14"]])
q("en", "Did anyone back that?", A, ["The representative of Egypt, supported by Pakistan and Kenya"],
  [["Pakistan", "Pakistán"], ["Kenya"]], [FU],
  history=h("What did Egypt ask for at the May 1999 services council meeting?",
            "Egypt asked the Secretariat to organize, with other agencies, an information seminar for "
            "capital-based officials, and to keep the Committee on Trade and Development informed."))

# --- B: Secretariat note on mobile and broadband, 2009 (en, pdf) -------------------------
q("fr", "D'après la note du Secrétariat de 2009 sur le mobile et le haut débit, quel était le taux "
  "d'abonnements mobiles dans les PMA en 2008 ?", B, ["Least-developed countries 1.9 18.6 0.4 1.6 0.01 0.04"],
  [["18.6", "18,6"]], [TB])
q("es", "¿Cuántos usuarios de Internet por cada 100 habitantes había en África en 2008 según la nota "
  "S/C/W/296?", B, ["Africa 6.2 37.5 1.6 6.0 0.1 0.2"], [["6.0", "6,0", "6 por", "6 usuarios", "seis"]],
  [TB, ND])
q("en", "What was fixed broadband penetration in developed economies in 2008, per the 2009 Secretariat note?",
  B, ["Developed economies 65.4 100.8 44.1 62.0 6.2 22.4"], [["22.4", "22,4"]], [TB])
q("en", "How much pricier can international leased lines be for landlocked African countries, according to "
  "the 2009 services note?", B,
  ["could be up to eight times higher in a landlocked African country than in a neighbouring coastal one"],
  [["eight", "8"]], [FN])
q("fr", "Sur quelle base la banque centrale du Kenya a-t-elle autorisé le service de transfert d'argent par "
  "mobile évoqué dans la note de 2009 ?", B,
  ["authorized by the Central Bank of Kenya on the basis of a letter of no objection"],
  [["objection", "objeción"]], [FN])
q("en", "Which earlier Secretariat paper does S/C/W/296 update?", B,
  ["It updates the information in document S/C/W/68 of 16 November 1998."], [["S/C/W/68"]], [ND, FN])

# --- C: JSI communication from Hong Kong, China, 2019 (en, docx) ------------------------
q("fr", "Dans INF/ECOM/24, quelle période de transition Hong Kong, Chine envisage-t-il pour les pays en "
  "développement ?", C, ["A transition period of up to five years after entry into force could be considered"],
  [["five", "cinq", "cinco", "5"]], [ND])
q("es", "¿Cuándo se promulgó la Ordenanza de Transacciones Electrónicas de Hong Kong, China?", C,
  ["The Electronic Transactions Ordinance (Cap. 553) was enacted in January 2000"], [["2000"]], [FN])
q("fr", "Quels actes HK voudrait-il pouvoir exclure des règles sur les contrats et signatures électroniques ?",
  C, ["such as wills and testamentary instruments, powers of attorney, deeds relating to land and negotiable "
      "instruments"],
  [["wills", "testament", "testamento"], ["attorney", "procuration", "poder"]])
q("es", "¿Y un Miembro podría exigir algo más estricto para ciertas operaciones?", C,
  ["a Party may require that, for a particular category of transactions, the method of authentication meet "
   "certain performance standards"],
  [["performance", "funcionamiento", "rendimiento", "desempeño", "certific"]], [FU],
  history=h("¿Qué propuso Hong Kong, China en 2019 sobre la autenticación electrónica?",
            "Que no se niegue validez jurídica a una firma solo por estar en forma electrónica y que las partes "
            "de una transacción puedan elegir entre sí el método de autenticación."))

# --- D: facilitator's report on the 2023 dedicated discussion (en, html) -----------------
q("es", "Según el informe del facilitador de julio de 2023, ¿cuándo tuvo lugar el debate específico sobre "
  "creación de capacidad?", D,
  ["I convened a dedicated discussion on capacity building and technical assistance on 22 June 2023"],
  [["22 June", "22 de junio", "22 juin", "June 22"]], [ND])
q("fr", "Combien d'évaluations eTrade Readiness la CNUCED avait-elle bouclées à la mi-2023, et combien pour "
  "des PMA ?", D, ["UNCTAD had completed 32 eTrade Readiness Assessments, 27 of them for least-developed "
                   "countries"], [["32"], ["27"]], [FN])
q("en", "Who spoke for the LDCs in the 2023 capacity-building discussion, and what did they want?", D,
  ["Speaking on behalf of the LDC Group, Bangladesh said",
   "asked for a simple mechanism through which LDCs could signal their needs and be matched with donors"],
  [["Bangladesh"], ["mechanism", "match"]])
q("es", "¿Para cuándo quiere el facilitador el inventario de programas de asistencia técnica sobre comercio "
  "electrónico?", D, ["to be circulated before the end of October 2023"],
  [["octubre de 2023", "October 2023", "octobre 2023", "octubre 2023"]])
q("fr", "Et Singapour ?", D, ["Singapore recalled that it had co-organized a series of workshops on digital "
                             "trade for small island developing States"],
  [["insulaires", "small island", "insulares", "PEID", "SIDS"]], [FU],
  history=h("Qu'a présenté la Chine lors de la discussion spécialisée de 2023 sur le renforcement des "
            "capacités ?",
            "Sa coopération sur les zones pilotes de commerce électronique transfrontalier ; elle a aussi proposé "
            "d'accueillir des visites d'étude."))

# --- E: report on the fourth dedicated discussion, 2003 (fr, docx) ----------------------
q("en", "When did the fourth dedicated discussion on cross-cutting e-commerce issues take place?", E,
  ["tenue sous les auspices du Conseil général a eu lieu le 16 mai 2003"],
  [["16 May", "16 mai", "16 de mayo", "May 16"]], [ND])
q("es", "¿Qué delegaciones presentaron comunicaciones escritas antes de la discusión específica de mayo de "
  "2003?", E, ["Communications de la Communauté européenne et de ses États membres (WT/GC/W/497), du Japon "
               "(WT/GC/W/498)", "de l'Inde (WT/GC/W/501) et des États-Unis (WT/GC/W/503)"],
  [["Comunidad Europea", "Comunidades Europeas", "Communauté européenne", "European Communit", "Unión Europea"],
   ["Japón", "Japan", "Japon"], ["India", "Inde"],
   ["Estados Unidos", "United States", "États-Unis", "EE. UU.", "EE.UU."]], [FN])
q("es", "En la discusión de 2003, ¿qué tercera vía defendió Japón sobre la clasificación?", E,
  ["consisterait à créer une catégorie distincte dont le traitement serait négocié séparément"],
  [["categoría", "catégorie", "category"]])
q("fr", "D'après le WT/GC/W/509, quand la prochaine discussion spécialisée devait-elle se tenir ?", E,
  ["la prochaine discussion spécialisée ait lieu après la Cinquième Conférence ministérielle, prévue à Cancún "
   "en septembre 2003"], [["Cancún", "Cancun"]], [ND])

# --- F: communication from Morocco, 2012 (fr, html with a table) ------------------------
q("en", "How many online card payments did Morocco process in 2011, per its 2012 CTD submission?", F,
  ["Paiements en ligne par carte (milliers d'opérations) 134 281 602 1 105"],
  [["1 105", "1,105", "1.105", "1105", "1.1 million"]], [TB, ND])
q("es", "¿Cuántos sitios de comercio afiliados tenía Marruecos en 2010?", F,
  ["Sites marchands affiliés 70 120 196 330"], [["196"]], [TB])
q("es", "¿Qué presupuesto tiene la estrategia Maroc Numeric 2013?", F,
  ["elle prévoit un budget de 5,2 milliards de dirhams sur la période 2009-2013"],
  [["5,2", "5.2", "5 200", "5.200"]], [FN])
q("en", "Where was that single window first launched, and when?", F,
  ["le guichet unique PortNet, mis en service en 2011 au port de Casablanca"],
  [["Casablanca"], ["2011"]], [FU],
  history=h("Can you summarize Morocco's 2012 e-commerce communication to the CTD?",
            "Morocco described its national digital strategy, the growth of online card payments since the "
            "interbank platform opened in 2007, its PortNet single window and the obstacles it still faces, and "
            "proposed a CTD session on e-payments and single windows."))
q("fr", "Dans sa communication au CCD d'octobre 2012, que demande le Maroc au Comité ?", F,
  ["que le Comité consacre une séance à l'échange d'expériences nationales en matière de paiements "
   "électroniques et de guichets uniques"],
  [["paiements électroniques", "electronic payment", "pagos electrónicos"], ["guichet", "single window",
                                                                              "ventanilla"]], [ND])

# --- G: JSI checklist, 2020 (fr, md with YAML) ------------------------------------------
q("en", "What's the deadline to send back the JSI implementation-needs checklist (INF/ECOM/56)?", G,
  ["Les réponses doivent être adressées au Secrétariat au plus tard le 29 janvier 2021."],
  [["29 January 2021", "29 janvier 2021", "29 de enero de 2021", "January 29"]], [ND])
q("es", "¿Cuántos Miembros participaban en la IC cuando se publicó la lista de verificación de noviembre de "
  "2020?", G, ["86 Membres de l'OMC participaient à l'initiative"], [["86"]], [FN])
q("es", "En la parte sobre el marco jurídico de la lista de autoevaluación de la IC, ¿sobre qué ámbitos deben "
  "informar los participantes?", G,
  ["reconnaissance juridique des contrats conclus par voie électronique",
   "validité des signatures électroniques et des méthodes d'authentification",
   "protection des données à caractère personnel"],
  [["contrato", "contrat", "contract"], ["firma", "signature"], ["datos personales", "données", "personal data"]])
q("fr", "Et quand aura-t-on la synthèse des réponses ?", G,
  ["qui sera présentée à la réunion plénière prévue pour mars 2021"],
  [["mars 2021", "March 2021", "marzo de 2021"]], [FU],
  history=h("À quoi sert la liste de contrôle diffusée par les coorganisateurs de l'IC en novembre 2020 ?",
            "À permettre aux participants de mesurer l'écart entre leur législation et les disciplines en "
            "négociation, et de recenser leurs besoins d'assistance technique ; son usage est volontaire."))
q("es", "En la lista de verificación de la IC, ¿qué tipo de asistencia pueden pedir los participantes?", G,
  ["le type d'assistance souhaité (rédaction législative, formation, équipement ou autre)"],
  [["redacción", "rédaction", "drafting", "legislativ", "législativ"],
   ["formación", "formation", "training", "capacitación"]])

# --- H: Goods Council chair's report, 2025 (fr, one-page pdf) ---------------------------
q("en", "What two themes did the Goods Council chair report on to the GC in July 2025?", H,
  ["les effets de la fabrication additive, ou impression 3D, sur les échanges de marchandises",
   "l'utilisation des outils numériques pour mettre en œuvre l'Accord sur la facilitation des échanges"],
  [["3D", "additive"], ["Trade Facilitation", "facilitation des échanges", "Facilitación del Comercio"]], [ND])
q("es", "En el informe de 2025 del Presidente del Consejo del Comercio de Mercancías, ¿qué Miembros "
  "presentaron comunicaciones escritas?", H,
  ["figurent dans les documents G/C/W/855 (Canada) et G/C/W/858 (Nigéria)"],
  [["Canad"], ["Nigeria", "Nigéria"]], [ND, FN])
q("fr", "Pourquoi certains pays en développement disent-ils prendre du retard sur leurs engagements de "
  "catégorie C ?", H, ["le manque de financement retardait la mise en œuvre des engagements de la catégorie C"],
  [["financement", "funding", "financiación", "financiamiento", "financing"]])
q("es", "¿Qué organización presentó los trabajos sobre el Sistema Armonizado ante el CCM en 2025?", H,
  ["Le Secrétariat de l'Organisation mondiale des douanes a présenté les travaux en cours"],
  [["Aduanas", "douanes", "Customs", "OMA", "WCO"]])

# --- I: CTD workshop summary, 2006 (es, md) ---------------------------------------------
q("en", "Who chaired the national experiences session at the CTD's November 2005 SME workshop?", I,
  ["2 11.45-13.00 Experiencias nacionales Embajadora de Barbados"], [["Barbados", "Barbade"]], [TB, ND])
q("fr", "Dans le résumé de l'atelier de 2005, quelle part des fournisseurs retenus par le système chilien de "
  "marchés publics étaient de petites entreprises ?", I,
  ["cerca del 40 por ciento de los proveedores adjudicatarios eran pequeñas empresas"], [["40"]], [FN])
q("es", "¿Cuánta gente asistió al taller del CCD de noviembre de 2005 sobre pymes?", I,
  ["Asistieron unos 120 participantes, entre ellos unos 30 funcionarios procedentes de las capitales."],
  [["120"]], [ND])
q("fr", "Selon l'UPU à l'atelier de 2005, que peut offrir le réseau postal aux PME ?", I,
  ["la red postal podía ofrecer a las pymes servicios de entrega y de pago asequibles"],
  [["livraison", "delivery", "entrega"], ["paiement", "payment", "pago"]])

# --- J: General Council minutes, July 2015 (es, pdf) ------------------------------------
q("en", "At the July 2015 General Council, where did China say its first cross-border e-commerce pilot zone "
  "was set up?", J, ["la primera de las cuales se había establecido en Hangzhou en marzo de 2015"],
  [["Hangzhou"]], [ND])
q("fr", "Combien de produits supplémentaires l'élargissement de l'ATI couvrait-il, selon l'UE au Conseil "
  "général de juillet 2015 ?", J, ["que eliminaría los aranceles sobre 201 productos adicionales"], [["201"]])
q("en", "How much did Mexican companies sell online in 2014, per the 2015 GC minutes?", J,
  ["las ventas en línea de empresas mexicanas alcanzaron unos 162.000 millones de pesos en 2014"],
  [["162"]], [FN])
q("es", "¿Y Pakistán?", J, ["la protección de los datos y la ciberseguridad eran motivo de preocupación "
                            "creciente"], [["ciberseguridad", "cybersecurity", "cybersécurité"]], [FU],
  history=h("¿Qué dijo Nigeria en el Consejo General de julio de 2015 sobre comercio electrónico?",
            "Habló en nombre del Grupo Africano: la brecha digital seguía siendo el principal obstáculo y pidió "
            "dar prioridad a la asistencia técnica y a la transferencia de tecnología."))
q("es", "¿Quién presidió la reunión del Consejo General recogida en el WT/GC/M/158?", J,
  ["Presidente: Excmo. Sr. Fodé Seck (Senegal)"], [["Fodé Seck", "Fode Seck"]], [ND])
q("fr", "Quelle était la position de l'Argentine sur la négociation de nouvelles règles au CG de juillet "
  "2015 ?", J, ["A su juicio, no era el momento de negociar nuevas disciplinas"],
  [["moment", "time", "premature", "prématur", "exploratoire", "exploratory", "pas encore"]])

# --- K: JSI telecom small group report, 2021 (es, txt) ----------------------------------
q("en", "How many provisions had the JSI telecom small group stabilized by October 2021?", K,
  ["han estabilizado el texto de ocho de las doce disposiciones examinadas"],
  [["eight", "8", "ocho", "huit"]], [ND])
q("fr", "Quelle délégation facilite le petit groupe de l'IC sur les télécommunications ?", K,
  ["El grupo reducido está facilitado por la delegación de Noruega."], [["Norvège", "Norway", "Noruega"]], [FN])
q("en", "What's still open?", K,
  ["La primera es el ámbito de aplicación", "La segunda se refiere a la independencia del órgano regulador",
   "La tercera cuestión es el servicio universal", "La cuarta es la solución de diferencias entre proveedores"],
  [["scope"], ["independen"], ["universal"], ["dispute"]], [FU],
  history=h("Where did the JSI telecom small group stand in October 2021?",
            "It had met seven times since February 2021, working from a proposal to update the 1996 Reference "
            "Paper, and had stabilized eight of the twelve provisions it examined."))
q("es", "Según algunos participantes, ¿a qué miembros debería aplicarse la sección de telecomunicaciones de la "
  "IC?", K, ["la sección debería aplicarse únicamente a los miembros que hayan contraído compromisos en materia "
             "de telecomunicaciones"], [["compromisos"]])

# --- L: proposal by Colombia, Costa Rica and Paraguay, 2026 (es, txt) -------------------
q("en", "Which members are behind the 2026 proposal on inclusive e-commerce for MSMEs?", L,
  ["Comunicación de Colombia, Costa Rica y el Paraguay"], [["Colombia", "Colombie"], ["Costa Rica"],
                                                          ["Paraguay"]], [ND])
q("fr", "Et combien coûterait ce tableau de bord ?", L, ["requeriría unos 60.000 francos suizos al año"],
  [["60"]], [FU, FN],
  history=h("Que propose la communication de 2026 de la Colombie, du Costa Rica et du Paraguay au Conseil "
            "général ?",
            "Une session annuelle consacrée aux MPME et au commerce électronique, un tableau de bord de données "
            "en ligne sur les coûts du commerce électronique transfrontalier pour les MPME, des informations "
            "volontaires des Membres sur leurs programmes d'appui, et un examen des résultats fin 2027."))
q("en", "When would the GC review how the proposed MSME activities are going?", L,
  ["examine los resultados de estas actividades en su última reunión de 2027"], [["2027"]])

# --- comparisons ------------------------------------------------------------------------
q("es", "¿Cómo cambió el número de Miembros con compromisos en telecomunicaciones básicas entre la cifra "
  "citada en 1999 y la nota de 2009?", B,
  ["69 Members had made commitments on basic telecommunications in the negotiations concluded in February "
   "1997", "108 Members, counting the European Communities and their member States as one, had made "
   "commitments on basic telecommunications"], [["69"], ["108"]], [CMP], also=[A])
q("en", "Was the classification of digital products settled between the 1999 services council talks and the "
  "2003 dedicated discussion?", A,
  ["The classification of products delivered on-line and the distinction between cross-border supply and "
   "consumption abroad required further work.",
   "Le Président a constaté qu'aucune convergence ne s'était dégagée sur la classification"],
  [["further work", "unresolved", "not settled", "no convergence", "still", "remained", "open"]], [CMP],
  also=[E])
q("en", "How do the main hurdles for small firms cited at the 2005 CTD workshop compare with those Morocco "
  "listed in 2012?", I,
  ["el costo de la conexión, la falta de medios de pago electrónicos y la escasa confianza de los consumidores",
   "la méfiance persistante des consommateurs à l'égard des achats en ligne"],
  [["trust", "confidence", "distrust", "mistrust"]], [CMP], also=[F])
q("fr", "Entre la note du Secrétariat de 2009 et le rapport de 2021 du petit groupe de l'IC, qu'advient-il du "
  "Document de référence sur les télécommunications ?", K,
  ["Members that have inscribed the Reference Paper on basic telecommunications have undertaken to ensure "
   "cost-oriented interconnection with major suppliers",
   "la propuesta de actualizar el Documento de Referencia sobre Telecomunicaciones Básicas de 1996"],
  [["actualis", "mettre à jour", "mise à jour", "update", "actualizar", "moderniser"]], [CMP], also=[B])
q("en", "Both the 2023 facilitator's report and the 2026 MSME proposal call for follow-up meetings. What does "
  "each suggest?", L,
  ["a follow-up dedicated discussion be held in the first half of 2024 to review it",
   "celebre cada año una sesión específica dedicada a las mipymes y el comercio electrónico"],
  [["2024"], ["annual", "every year", "each year", "yearly"]], [CMP], also=[D])
q("es", "¿La lista de verificación de la IC de 2020 recoge el tema de la firma electrónica que planteó Hong "
  "Kong, China en 2019?", G,
  ["validité des signatures électroniques et des méthodes d'authentification",
   "no Party shall deny the legal validity of a signature solely on the basis that it is in electronic form"],
  [["firma"]], [CMP], also=[C])
q("es", "En 2003 y en 2015, ¿qué obstáculo destacaron los países en desarrollo en cuanto a infraestructura "
  "digital?", J,
  ["Les pays en développement ont insisté sur l'accès aux infrastructures, le coût de la connexion "
   "internationale et le manque de compétences.", "la brecha digital seguía siendo el principal obstáculo"],
  [["infraestructura", "brecha digital", "conectividad", "conexión"]], [CMP], also=[E])
q("fr", "Le guichet unique apparaît-il à la fois dans la communication marocaine de 2012 et dans le rapport du "
  "CCM de 2025 ?", F,
  ["le guichet unique PortNet, mis en service en 2011 au port de Casablanca",
   "des Membres ont décrit leurs systèmes de guichet unique"],
  [["PortNet"], ["oui", "guichet unique"]], [CMP], also=[H])
q("fr", "Quelles organisations partenaires sont intervenues en 2023 alors qu'elles n'étaient pas à l'atelier "
  "de 2005 sur les PME ?", D,
  ["Representatives of UNCTAD, the International Trade Centre, the World Bank and the Enhanced Integrated "
   "Framework presented their programmes.",
   "la UNCTAD señaló que la proporción de empresas con acceso a Internet",
   "El Centro de Comercio Internacional presentó sus guías prácticas",
   "la Unión Postal Universal explicó que la red postal",
   "La Cámara de Comercio Internacional insistió en la importancia"],
  [["Banque mondiale", "World Bank", "Banco Mundial"],
   ["Cadre intégré renforcé", "Enhanced Integrated Framework", "EIF", "Marco Integrado"]], [CMP], also=[I])
q("en", "Chile asked in 2015 to look at the practical difficulties MSMEs face selling online. What difficulties "
  "does the 2026 proposal list?", L,
  ["propuso que se estudiaran las dificultades prácticas de las mipymes para exportar mediante plataformas en "
   "línea", "costos de envío y devolución, acceso a pagos digitales, requisitos de información"],
  [["shipping", "delivery", "return"], ["payment"]], [CMP], also=[J])
q("fr", "Le coût de la connectivité des pays sans littoral revient en 2009 et en 2015 : quel écart de prix la "
  "note de 2009 cite-t-elle, et quel Membre a soulevé la question en 2015 ?", B,
  ["could be up to eight times higher in a landlocked African country than in a neighbouring coastal one",
   "El representante del Paraguay, en calidad de país en desarrollo sin litoral"],
  [["huit", "eight", "8", "ocho"], ["Paraguay"]], [CMP, FN], also=[J])

# --- unanswerable (the corpus discusses the topic but does not give the fact) ------------
un("en", "On what date did the services council actually adopt its 1999 e-commerce progress report?")
un("en", "How many participants sent back the JSI implementation-needs checklist?")
un("en", "How many delegations took the floor at the May 2003 dedicated discussion on cross-cutting issues?")
un("en", "What share of Morocco's online card payments in 2011 were made with foreign cards?")
un("en", "Which individual countries had the highest mobile penetration in the 2009 Secretariat note?")
un("fr", "Quel était le montant des paiements en ligne au Maroc en 2012 ?")
un("fr", "Quel est le nom de l'opérateur qui a lancé le service de transfert d'argent par mobile au Kenya ?")
un("fr", "Quel montant les donateurs ont-ils promis lors de la discussion spécialisée de 2023 sur le "
   "renforcement des capacités ?")
un("fr", "Qui présidait le Conseil du commerce des marchandises en 2025 ?")
un("fr", "Combien l'IC prévoyait-elle de consacrer à l'assistance technique aux PMA en 2020 ?")
un("fr", "Combien d'internautes le Nigéria comptait-il en 2014 ?")
un("es", "¿Cuántas suscripciones de banda ancha móvil había en los PMA en 2008 según la nota de 2009?")
un("es", "¿En qué fecha entró en vigor el Acuerdo sobre Facilitación del Comercio, según el acta del Consejo "
   "General de 2015?")
un("es", "¿Cuál es el plazo máximo que tendría el regulador para resolver diferencias entre proveedores en el "
   "texto de telecomunicaciones de la IC?")
un("es", "¿Cuántas ofertas presentaron las pymes en el sistema de compras públicas de Chile en 2004?")
un("es", "¿Qué participación tenían las mipymes latinoamericanas en el comercio electrónico transfronterizo en "
   "2025?")
un("es", "¿Cuántos Miembros apoyaron en el Consejo General de mayo de 2026 la propuesta sobre mipymes?")


# --- gold metadata: as a reader takes it from each document ------------------------------
def meta(title, symbol, date, kind, body, language, original):
    return {"title": title, "symbol": symbol, "date": date, "kind": kind, "body": body, "session": None,
            "place": None, "language": language, "original_language": original}


METADATA = {
    A: meta("Report of the Meeting Held on 3 May 1999", "S/C/M/38", "1999-06-21", "minutes",
            "Council for Trade in Services", "en", "en"),
    B: meta("Electronic Commerce and the Expansion of Mobile and Broadband Networks", "S/C/W/296", "2009-06-16",
            "note", "Secretariat", "en", "en"),
    C: meta("Joint Statement on Electronic Commerce - Electronic Transaction Frameworks: Electronic "
            "Authentication and Electronic Contracts", "INF/ECOM/24", "2019-04-26", "proposal",
            "Hong Kong, China", "en", "en"),
    D: meta("Work Programme on Electronic Commerce - Dedicated Discussion on E-Commerce Capacity Building and "
            "Technical Assistance - Report by the Facilitator", "JOB/GC/352", "2023-07-14", "report",
            "Facilitator of the Work Programme on Electronic Commerce (General Council)", "en", "en"),
    E: meta("Programme de travail sur le commerce électronique - Quatrième discussion spécialisée consacrée aux "
            "questions transversales - Rapport du Président de la discussion", "WT/GC/W/509", "2003-06-12",
            "report", "Conseil général", "fr", "en"),
    F: meta("Le commerce électronique au service du développement : l'expérience du Maroc", "WT/COMTD/W/189",
            "2012-10-05", "communication", "Maroc", "fr", "fr"),
    G: meta("Initiative conjointe sur le commerce électronique - Liste de contrôle pour l'auto-évaluation des "
            "besoins de mise en œuvre", "INF/ECOM/56", "2020-11-20", "note",
            "Coorganisateurs de l'Initiative conjointe sur le commerce électronique", "fr", "en"),
    H: meta("Programme de travail sur le commerce électronique - Rapport du Président du Conseil du commerce des "
            "marchandises au Conseil général", "G/C/W/862", "2025-07-18", "report",
            "Conseil du commerce des marchandises", "fr", "en"),
    I: meta("Taller sobre comercio electrónico, desarrollo y pequeñas y medianas empresas - Resumen de la "
            "Secretaría", "WT/COMTD/W/148", "2006-03-27", "summary", "Comité de Comercio y Desarrollo", "es", "en"),
    J: meta("Consejo General - Acta de la reunión celebrada los días 28 y 29 de julio de 2015", "WT/GC/M/158",
            "2015-10-06", "minutes", "Consejo General", "es", "en"),
    K: meta("Iniciativa Conjunta sobre el Comercio Electrónico - Grupo reducido sobre servicios de "
            "telecomunicaciones - Informe de situación del facilitador", "INF/ECOM/64", "2021-10-08", "report",
            "Facilitador del grupo reducido sobre servicios de telecomunicaciones", "es", "en"),
    L: meta("Programa de trabajo sobre el comercio electrónico - Propuesta sobre comercio electrónico inclusivo "
            "para las mipymes", "WT/GC/W/948", "2026-02-09", "proposal", "Colombia, Costa Rica y el Paraguay",
            "es", "es"),
}


def records():
    lang_of = {name: doc["lang"] for name, doc in DOCS.items()}
    counters = {"en": 0, "fr": 0, "es": 0}
    out = []
    for lang, question, evidence, answer_any, src, sources, tags, history in Q:
        counters[lang] += 1
        d = {"id": "h7-%s%02d" % (lang, counters[lang]), "lang": lang, "question": question}
        if history:
            d["history"] = history
        d["evidence"] = evidence
        d["answer_any"] = answer_any
        d["source"] = SET + "/" + src if src else None
        if sources:
            d["sources"] = [SET + "/" + s for s in sources]
        if src and any(lang_of[s] != lang for s in (sources or [src])):
            tags = tags[:1] + [XL] + tags[1:] if tags else [XL]
        order = [ND, XL, UN, CMP, FU, FN, TB]
        d["tags"] = sorted(set(tags), key=order.index)
        if UN in d["tags"]:
            d["unanswerable"] = True  # the flag evals.runner reads
        out.append(d)
    return out


if __name__ == "__main__":
    write_gold(SET, records(), METADATA)
