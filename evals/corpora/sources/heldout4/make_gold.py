"""Write the fourth held-out gold files (questions + per-file metadata).

    python evals/corpora/sources/heldout4/make_gold.py
    python evals/corpora/sources/heldout4/check_gold.py

Outputs evals/gold/dev-corpus-heldout4.jsonl and
evals/gold/dev-corpus-heldout4-metadata.json.  For "compare" questions the
"source" field is a LIST of the documents the evidence comes from.
Unanswerable questions carry "unanswerable": true and no evidence/source: no
heldout4 document gives the detail they ask for.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold import CMP, FU, ND, UN, XL, q, un, write_gold  # noqa: E402, F401

TPR = "heldout4/tpr-mauritius-digital-trade.pdf"
CTD = "heldout4/comtd-ecommerce-capacity-building.docx"
JSI = "heldout4/jsi-agreement-legal-review-statement.html"
DL = "heldout4/data-localisation-communication.md"
CTG = "heldout4/conseil-marchandises-compte-rendu-juillet-2024.txt"
HIS = "heldout4/historique-programme-travail-1998-2024.docx"
BEN = "heldout4/benin-commerce-electronique-pma.html"
PAP = "heldout4/comercio-sin-papel-ventanillas-unicas.pdf"
MEX = "heldout4/mexico-proteccion-consumidor-en-linea.md"
FAC = "heldout4/debate-especifico-confianza-informe-facilitador.txt"

FN = "footnote"

METADATA = {
    "tpr-mauritius-digital-trade.pdf": {
        "title": "Trade Policy Review – Mauritius – Report by the Secretariat (extract: Section 3.4, Electronic "
                 "commerce and digital trade)",
        "symbol": "WT/TPR/S/458", "date": "2024-10-02", "kind": "report",
        "body": "Trade Policy Review Body", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "comtd-ecommerce-capacity-building.docx": {
        "title": "Electronic Commerce and Capacity Building: Aid for Trade and the Enhanced Integrated Framework – "
                 "Note by the Secretariat",
        "symbol": "WT/COMTD/W/272", "date": "2024-05-28", "kind": "note",
        "body": "Committee on Trade and Development", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "jsi-agreement-legal-review-statement.html": {
        "title": "Agreement on Electronic Commerce – Completion of the legal review and next steps – Joint "
                 "statement by the co-convenors of the Joint Statement Initiative on Electronic Commerce "
                 "(Australia, Japan and Singapore)",
        "symbol": "INF/ECOM/90", "date": "2024-11-22", "kind": "statement",
        "body": "Joint Statement Initiative on Electronic Commerce (co-convenors Australia, Japan and Singapore)",
        "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "data-localisation-communication.md": {
        "title": "Work Programme on Electronic Commerce – Data Localisation Measures and Trust in Cross-Border "
                 "Data Flows – Communication from Chile, New Zealand and Singapore",
        "symbol": "WT/GC/W/951", "date": "2024-10-11", "kind": "communication",
        "body": "General Council", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "conseil-marchandises-compte-rendu-juillet-2024.txt": {
        "title": "Conseil du commerce des marchandises – Compte rendu de la réunion tenue au Centre William "
                 "Rappard les 8 et 9 juillet 2024",
        "symbol": "G/C/M/149", "date": "2024-09-02", "kind": "minutes",
        "body": "Conseil du commerce des marchandises", "session": None, "place": "Genève",
        "language": "fr", "original_language": "en"},
    "historique-programme-travail-1998-2024.docx": {
        "title": "Programme de travail sur le commerce électronique : aperçu historique, 1998-2024 – Note du "
                 "Secrétariat",
        "symbol": "JOB/GC/412", "date": "2024-11-25", "kind": "note",
        "body": "Conseil général", "session": None, "place": None,
        "language": "fr", "original_language": "en"},
    "benin-commerce-electronique-pma.html": {
        "title": "Programme de travail sur le commerce électronique – Le commerce électronique au service du "
                 "développement des PMA : réduire la fracture numérique – Communication du Bénin",
        "symbol": "WT/GC/W/936", "date": "2024-04-18", "kind": "communication",
        "body": "Conseil général", "session": None, "place": None,
        "language": "fr", "original_language": "fr"},
    "comercio-sin-papel-ventanillas-unicas.pdf": {
        "title": "Programa de Trabajo sobre el Comercio Electrónico – Comercio sin papel y firmas electrónicas: la "
                 "experiencia de las ventanillas únicas de comercio exterior – Comunicación de Colombia, Costa Rica "
                 "y el Perú",
        "symbol": "WT/GC/W/944", "date": "2024-06-14", "kind": "communication",
        "body": "Consejo General", "session": None, "place": None,
        "language": "es", "original_language": "es"},
    "mexico-proteccion-consumidor-en-linea.md": {
        "title": "Programa de Trabajo sobre el Comercio Electrónico – Protección del consumidor en línea: la "
                 "experiencia de México – Comunicación de México",
        "symbol": "WT/GC/W/889", "date": "2023-05-30", "kind": "communication",
        "body": "Consejo General", "session": None, "place": None,
        "language": "es", "original_language": "es"},
    "debate-especifico-confianza-informe-facilitador.txt": {
        "title": "Debate específico sobre el comercio electrónico celebrado bajo los auspicios del Consejo General: "
                 "la confianza en el comercio electrónico (13 de junio de 2023) – Informe del facilitador",
        "symbol": "JOB/GC/352", "date": "2023-07-07", "kind": "report",
        "body": "Consejo General", "session": None, "place": None,
        "language": "es", "original_language": "en"},
}

QUESTIONS = [
    # ------------------------------------------------------------------ English
    q("h4-en01", "en", "The Mauritius trade policy review: how quickly do companies have to report a personal data "
      "breach?", TPR,
      evidence=["personal data breaches must be notified to the Data Protection Commissioner within 72 hours"],
      answer_any=[["72 hours", "72"]], tags=[ND]),
    q("h4-en02", "en", "What's the longest prison sentence under Mauritius's data protection law, per the 2024 TPR "
      "report?", TPR,
      evidence=["Heavier penalties, including imprisonment of up to five years, apply to the unlawful disclosure of "
                "personal data."],
      answer_any=[["five years", "5 years"]], tags=[ND, FN]),
    q("h4-en03", "en", "What share of Costa Rica's single-window transactions carry a digital signature?", PAP,
      evidence=["el 98 % de las operaciones se firma digitalmente"],
      answer_any=[["98"]], tags=[XL]),
    q("h4-en04", "en", "At the 2023 dedicated discussion on trust, what did the OECD say about cyber incidents "
      "hitting small firms?", FAC,
      evidence=["los incidentes de ciberseguridad notificados por las pequeñas empresas se habían triplicado entre "
                "2019 y 2022"],
      answer_any=[["tripled", "triplicado", "three times", "threefold", "triple"]], tags=[XL, ND]),
    q("h4-en05", "en", "What about Nepal?", CTD,
      history=[{"role": "user", "content": "Which e-commerce projects in Cambodia has the EIF funded, according to "
                                           "the CTD's capacity-building note?"},
               {"role": "assistant", "content": "The note mentions Go4eCAM, approved in 2020 with USD 1.9 million of "
                                                "EIF funding; it set up an e-commerce strategy secretariat and a "
                                                "platform linking small producers to domestic and foreign buyers."}],
      evidence=["a project in Nepal, launched in 2021, which trained 1,150 small enterprises, half of them led by "
                "women"],
      answer_any=[["1,150", "1150", "1 150"]], tags=[FU]),
    q("h4-en06", "en", "Does the co-convenors' November 2024 statement say the e-commerce agreement covers data "
      "flows?", JSI,
      evidence=["The Agreement does not contain rules on cross-border data flows or on the location of computing "
                "facilities.",
                "agreed to resume discussions on them no later than three years after entry into force"],
      answer_any=[["three years", "3 years"]], tags=[ND]),
    q("h4-en07", "en", "Which international organisations do Chile, New Zealand and Singapore want involved in a "
      "talk on data localisation?", DL,
      evidence=["hold a dedicated discussion on data localisation in the first half of 2025, with the participation "
                "of the OECD, UNCTAD and the World Bank"],
      answer_any=[["OECD"], ["UNCTAD"], ["World Bank"]], tags=[ND]),
    q("h4-en08", "en", "Mexico's consumer-protection paper says Concilianet takes 29 days on average. Measured from "
      "when to when?", MEX,
      evidence=["El plazo se cuenta desde la presentación de la queja hasta la firma del convenio de conciliación."],
      answer_any=[["complaint", "queja"], ["conciliation agreement", "convenio de conciliación", "settlement",
                                           "agreement is signed", "signing"]], tags=[XL, FN, ND]),
    q("h4-en09", "en", "At the July 2024 Goods Council, what did Indonesia explain about its chapter 99?", CTG,
      evidence=["un chapitre 99 consacré aux logiciels et autres biens numériques transmis électroniquement, assorti "
                "d'un taux de droit actuellement fixé à zéro",
                "visait à préparer l'administration des douanes à une éventuelle expiration du moratoire"],
      answer_any=[["zero", "zéro", "0%", "0 %", "nil"]], tags=[XL, ND]),
    q("h4-en10", "en", "And what about Chile?", CTG,
      history=[{"role": "user", "content": "What did India argue about the moratorium at the Goods Council meeting "
                                           "in July 2024?"},
               {"role": "assistant", "content": "India said the moratorium deprives developing countries of tariff "
                                                "revenue, since films, books, music, software and video games once "
                                                "imported physically are now transmitted electronically. It noted "
                                                "that 49 six-digit HS lines cover digitizable products and asked the "
                                                "Council to examine the definition of electronic transmissions."}],
      evidence=["les marchandises achetées en ligne d'une valeur inférieure à 41 dollars EU, jusqu'ici exonérées, "
                "seraient soumises à la TVA à l'importation"],
      answer_any=[["41"], ["VAT", "TVA"]], tags=[XL, FU]),
    q("h4-en11", "en", "Which four WTO bodies got tasks under the 1998 e-commerce work programme?", HIS,
      evidence=["le Conseil du commerce des services, le Conseil du commerce des marchandises, le Conseil des ADPIC "
                "et le Comité du commerce et du développement"],
      answer_any=[["Services", "services"], ["Goods", "marchandises"], ["TRIPS", "ADPIC"],
                  ["Trade and Development", "commerce et du développement"]], tags=[XL]),
    q("h4-en12", "en", "According to the Secretariat's 2024 historical overview, how many dedicated discussions "
      "were held between 2001 and 2024?", HIS,
      evidence=["14 discussions de ce type ont eu lieu entre 2001 et 2024"],
      answer_any=[["14", "fourteen"]], tags=[XL, ND]),
    q("h4-en13", "en", "In Benin's paper on the digital divide, what share of people in LDCs were online in 2023?",
      BEN,
      evidence=["35 % de la population des PMA utilisait l'Internet en 2023, contre 67 % à l'échelle mondiale"],
      answer_any=[["35"]], tags=[XL, ND]),
    q("h4-en14", "en", "In the Colombia, Costa Rica and Peru submission, how much did Peru's single window save "
      "traders?", PAP,
      evidence=["la VUCE permitió a los usuarios ahorrar 78 millones de dólares EE.UU. en costos de transacción "
                "entre 2010 y 2022"],
      answer_any=[["78"]], tags=[XL, ND]),
    q("h4-en15", "en", "What were the top reasons for online shopping complaints in Mexico's WTO paper on consumer "
      "protection?", MEX,
      evidence=["la falta de entrega del producto (38 %), la negativa a reembolsar (24 %) y los cargos no "
                "reconocidos (15 %)"],
      answer_any=[["deliver", "entrega"], ["refund", "reembols"], ["charges", "cargos"]], tags=[XL, ND]),
    q("h4-en16", "en", "How many delegations took the floor at the June 2023 dedicated discussion on trust in "
      "e-commerce?", FAC,
      evidence=["Asistieron delegados de 84 Miembros, en persona o en forma virtual, y 27 delegaciones hicieron uso "
                "de la palabra."],
      answer_any=[["27"]], tags=[XL, ND]),
    q("h4-en17", "en", "How does Mauritius's approach to keeping data onshore compare with that of Chile, New "
      "Zealand and Singapore?", [TPR, DL],
      evidence=["Mauritius has no general requirement to store data locally.",
                "banks must obtain the Bank's prior approval before outsourcing the storage of customer data to a "
                "provider located abroad",
                "None of the three co-sponsors imposes a general data localisation requirement."],
      answer_any=[["bank", "Bank of Mauritius"], ["none", "no general", "neither", "do not impose"]], tags=[CMP]),
    q("h4-en18", "en", "Benin says connectivity gets only about 3% of Aid for Trade. Does the CTD Secretariat note "
      "bear that out?", [BEN, CTD],
      evidence=["invite les Membres donateurs à accroître l'Aide pour le commerce consacrée à la connectivité, qui "
                "ne représente qu'environ 3 % des décaissements",
                "USD 1.31 billion, or 2.7%, was reported under the communications category"],
      answer_any=[["2.7"]], tags=[CMP, XL, ND]),
    q("h4-en19", "en", "Do the July 2024 Goods Council minutes and the Secretariat's history note give the same end "
      "date for the moratorium?", [CTG, HIS],
      evidence=["jusqu'à la quatorzième session de la Conférence ministérielle ou jusqu'au 31 mars 2026, la date la "
                "plus proche étant retenue",
                "les Ministres ont maintenu le moratoire jusqu'à la CM14 ou jusqu'au 31 mars 2026"],
      answer_any=[["31 March 2026", "31 mars 2026", "March 2026"]], tags=[CMP, XL, ND]),
    q("h4-en20", "en", "How many JSI participants backed the stabilised e-commerce text in July 2024, and was "
      "Mauritius one of them?", [JSI, TPR],
      evidence=["At that time, 82 of the 91 participants supported the text.",
                "it was among the 82 participants that supported the stabilized text"],
      answer_any=[["82"], ["yes", "among", "was one"]], tags=[CMP]),
    un("h4-en21", "en", "What penalties would Mauritius's planned Consumer Protection (Electronic Commerce) Bill "
       "impose on online sellers that hide delivery charges?"),
    un("h4-en22", "en", "Which nine JSI participants did not sign on to the stabilised text in July 2024?"),
    un("h4-en23", "en", "How much EIF money went into the Nepal e-commerce training project?"),
    un("h4-en24", "en", "What position did Brazil take on the moratorium at the Council for Trade in Goods in July "
       "2024?"),
    un("h4-en25", "en", "How much Aid for Trade went to communications in 2018?"),
    un("h4-en26", "en", "What share of the data localisation measures counted by the OECD apply to financial "
       "services?"),

    # ------------------------------------------------------------------ French
    q("h4-fr01", "fr", "Dans l'examen des politiques commerciales de Maurice, quel délai de rétractation le futur "
      "projet de loi sur le commerce électronique prévoit-il ?", TPR,
      evidence=["would give buyers a 14-day cooling-off period for distance contracts"],
      answer_any=[["14"]], tags=[XL, ND]),
    q("h4-fr02", "fr", "Le rapport du Secrétariat sur Maurice évoque une baisse de 40 % du prix de gros de la bande "
      "passante : de quel prix s'agit-il au juste ?", TPR,
      evidence=["The wholesale price refers to the monthly cost of 1 Mbit/s of international capacity."],
      answer_any=[["1 Mbit/s", "Mbit"]], tags=[XL, FN, ND]),
    q("h4-fr03", "fr", "Selon la note du CCD de mai 2024, quelle proportion des pays partenaires met la connectivité "
      "numérique dans ses trois priorités ?", CTD,
      evidence=["Digital connectivity was ranked among the top three Aid for Trade priorities by 61% of them, "
                "compared with 38% in the 2017 exercise"],
      answer_any=[["61"]], tags=[XL, ND]),
    q("h4-fr04", "fr", "Jusqu'à quand court la phase actuelle du Cadre intégré renforcé ?", CTD,
      evidence=["The current phase of the EIF runs until 31 December 2024."],
      answer_any=[["31 December 2024", "31 décembre 2024", "fin 2024", "end of 2024"]], tags=[XL]),
    q("h4-fr05", "fr", "D'après la déclaration des coorganisateurs de novembre 2024, combien de réunions d'experts "
      "juridiques a-t-il fallu pour la révision du texte ?", JSI,
      evidence=["participants held five meetings of legal experts to verify the internal consistency of the text"],
      answer_any=[["five", "cinq", "5"]], tags=[XL, ND]),
    q("h4-fr06", "fr", "Quand l'engagement de ne pas percevoir de droits de douane prévu par l'Accord sur le "
      "commerce électronique sera-t-il réexaminé ?", JSI,
      evidence=["This commitment will be reviewed in the fifth year after entry into force"],
      answer_any=[["fifth", "cinquième", "five", "cinq"]], tags=[XL]),
    q("h4-fr07", "fr", "Et pour les PMA ?", JSI,
      history=[{"role": "user", "content": "Combien de temps les pays en développement ont-ils pour mettre en "
                                           "œuvre l'Accord sur le commerce électronique ?"},
               {"role": "assistant", "content": "Ils peuvent différer la mise en œuvre des dispositions qu'ils "
                                                "désignent jusqu'à cinq ans après l'entrée en vigueur, avec une "
                                                "prolongation possible de deux ans au plus."}],
      evidence=["least-developed country parties by up to seven years"],
      answer_any=[["seven", "sept", "7"]], tags=[XL, FU]),
    q("h4-fr08", "fr", "Dans WT/GC/W/951, le Chili, la Nouvelle-Zélande et Singapour demandent-ils à négocier de "
      "nouvelles règles ?", DL,
      evidence=["The co-sponsors do not propose the negotiation of new rules at this stage."],
      answer_any=[["ne proposent pas", "pas de nouvelles règles", "pas la négociation", "pas de négociation",
                   "ne demandent pas", "not propose", "no new rules", "non"]], tags=[XL, ND]),
    q("h4-fr09", "fr", "Selon la communication sur la localisation des données, de combien ces exigences "
      "renchérissent-elles le stockage et le traitement des données ?", DL,
      evidence=["increase the cost of data storage and processing by 30 to 60% for the firms concerned"],
      answer_any=[["30"], ["60"]], tags=[XL]),
    q("h4-fr10", "fr", "Qu'a demandé l'Afrique du Sud au Conseil du commerce des marchandises en juillet 2024 ?",
      CTG,
      evidence=["Sa délégation proposait que le Secrétariat établisse une note factuelle sur les positions exprimées "
                "par les Membres sur cette question depuis 1998."],
      answer_any=[["note factuelle", "factual note"]], tags=[ND]),
    q("h4-fr11", "fr", "Et les États-Unis ?", CTG,
      history=[{"role": "user", "content": "Quelle position l'Union européenne a-t-elle défendue sur le moratoire au "
                                           "Conseil du commerce des marchandises en juillet 2024 ?"},
               {"role": "assistant", "content": "L'UE a dit que le moratoire apportait de la prévisibilité aux "
                                                "entreprises, surtout aux MPME, qu'elle souhaitait le rendre "
                                                "permanent, et que les recettes pouvaient être mieux préservées par "
                                                "la TVA sur les services numériques."}],
      evidence=["son pays n'imposait pas de droits de douane sur les transmissions électroniques",
                "qui reviendraient selon elle à imposer des droits de douane sur des services"],
      answer_any=[["services"], ["contenu", "content"]], tags=[FU]),
    q("h4-fr12", "fr", "D'après la communication du Mexique, depuis quand la loi fédérale de protection du "
      "consommateur a-t-elle un chapitre sur le commerce électronique ?", MEX,
      evidence=["Desde el año 2000, la Ley Federal de Protección al Consumidor incluye un capítulo específico"],
      answer_any=[["2000"]], tags=[XL, ND]),
    q("h4-fr13", "fr", "Dans la communication de la Colombie, du Costa Rica et du Pérou, combien de temps faut-il "
      "désormais au Costa Rica pour traiter une note technique d'importation ?", PAP,
      evidence=["el tiempo medio de tramitación de las notas técnicas de importación pasó de tres días a cuatro "
                "horas"],
      answer_any=[["quatre heures", "4 heures", "cuatro horas", "four hours", "4 h"]], tags=[XL, ND]),
    q("h4-fr14", "fr", "Qu'a proposé le facilitateur à l'issue de la discussion spécialisée de juin 2023 sur la "
      "confiance ?", FAC,
      evidence=["El facilitador propone que el Consejo General considere la posibilidad de celebrar en 2024 un "
                "taller sobre autenticación electrónica"],
      answer_any=[["atelier", "taller", "workshop"], ["authentification", "autenticación", "authentication"]],
      tags=[XL, ND]),
    q("h4-fr15", "fr", "Au Conseil des marchandises, quelles données le Bénin a-t-il réclamées, et qu'avait-il déjà "
      "demandé dans sa communication d'avril 2024 ?", [CTG, BEN],
      evidence=["des statistiques sur les importations de produits numérisables sous forme physique entre 2015 et "
                "2023",
                "un rapport sur l'état de préparation numérique des PMA"],
      answer_any=[["produits numérisables", "digitizable"], ["préparation numérique", "rapport"]], tags=[CMP, ND]),
    q("h4-fr16", "fr", "En 2023, le facilitateur relayait des demandes de discussions sur la fracture numérique et le "
      "commerce sans papier : ont-elles eu lieu, d'après la note historique du Secrétariat ?", [FAC, HIS],
      evidence=["Varias delegaciones sugirieron que futuros debates específicos se dedicaran a la brecha digital y "
                "al comercio sin papel.",
                "les 6 mai et 10 octobre, consacrées respectivement à la fracture numérique et au commerce sans "
                "papier"],
      answer_any=[["6 mai", "6 May", "6 de mayo"], ["10 octobre", "10 October", "10 de octubre"]],
      tags=[CMP, XL, ND]),
    q("h4-fr17", "fr", "Depuis quand les déclarations en douane sont-elles électroniques à Maurice, et depuis quand "
      "le guichet unique péruvien fonctionne-t-il ?", [TPR, PAP],
      evidence=["Customs declarations have been lodged electronically through the TradeNet system since 1994.",
                "La VUCE del Perú, en funcionamiento desde 2010"],
      answer_any=[["1994"], ["2010"]], tags=[CMP, XL]),
    q("h4-fr18", "fr", "La déclaration des coorganisateurs et la communication Chili–Nouvelle-Zélande–Singapour "
      "disent-elles la même chose de la localisation des données dans l'Accord sur le commerce électronique ?",
      [JSI, DL],
      evidence=["The Agreement does not contain rules on cross-border data flows or on the location of computing "
                "facilities.",
                "The Agreement on Electronic Commerce concluded in 2024 under the Joint Statement Initiative contains "
                "no such rule."],
      answer_any=[["ne contient", "aucune règle", "pas de règle", "aucune disposition", "pas de disposition",
                   "no such rule", "does not contain", "no rule"]], tags=[CMP, XL, ND]),
    q("h4-fr19", "fr", "Selon la note JOB/GC/412, combien de communications les Membres ont-ils présentées au titre "
      "du Programme de travail depuis 1998 ?", HIS,
      evidence=["les Membres ont présenté 142 communications au titre du Programme de travail, dont 61 depuis 2017"],
      answer_any=[["142"]], tags=[ND]),
    un("h4-fr20", "fr", "Quel était le taux de pénétration de l'Internet mobile au Bénin en 2020 ?"),
    un("h4-fr21", "fr", "Quelles conclusions a-t-on tirées de la session thématique du 15 octobre 2024 sur les envois "
       "de faible valeur ?"),
    un("h4-fr22", "fr", "Qui a animé la discussion spécialisée du 10 octobre 2024 sur le commerce sans papier ?"),
    un("h4-fr23", "fr", "Quelle part du PIB béninois l'économie numérique représente-t-elle ?"),
    un("h4-fr24", "fr", "Quelles sanctions le Code du numérique béninois prévoit-il contre la cybercriminalité ?"),

    # ------------------------------------------------------------------ Spanish
    q("h4-es01", "es", "Según el examen de las políticas comerciales de Mauricio, ¿qué porcentaje de las pequeñas "
      "empresas vende por internet?", TPR,
      evidence=["only 18% of small enterprises sold goods or services online, against 46% of large firms"],
      answer_any=[["18"]], tags=[XL, ND]),
    q("h4-es02", "es", "¿A cuántos funcionarios llegó la asistencia técnica de la OMC sobre comercio electrónico en "
      "2023?", CTD,
      evidence=["The WTO Secretariat delivered 14 national and regional technical assistance activities on "
                "electronic commerce in 2023, reaching some 560 officials."],
      answer_any=[["560"]], tags=[XL]),
    q("h4-es03", "es", "Según la nota del CCD, ¿cómo evolucionó en 2022 la ayuda para comunicaciones destinada a los "
      "PMA?", CTD,
      evidence=["Disbursements for communications to LDCs fell in 2022 for the first time in four years",
                "The share of LDCs in the category declined from 30% in 2019 to 26% in 2022."],
      answer_any=[["26"], ["disminu", "cayó", "bajó", "descend", "reduj", "caída", "retroced", "fell", "declin"]],
      tags=[XL, ND]),
    q("h4-es04", "es", "Según INF/ECOM/90, ¿cuánto dinero se había comprometido para el Marco de Creación de "
      "Capacidad en Comercio Electrónico?", JSI,
      evidence=["received pledges of CHF 7.3 million from 11 donors"],
      answer_any=[["7.3", "7,3"]], tags=[XL, ND]),
    q("h4-es05", "es", "Según la comunicación de Chile, Nueva Zelandia y Singapur sobre localización de datos, "
      "¿desde cuándo rige el DEPA para Chile?", DL,
      evidence=["DEPA entered into force for New Zealand and Singapore on 7 January 2021 and for Chile on 23 "
                "November 2021."],
      answer_any=[["23 November 2021", "23 de noviembre de 2021", "noviembre de 2021", "November 2021"]],
      tags=[XL, ND]),
    q("h4-es06", "es", "En el acta del Consejo del Comercio de Mercancías de julio de 2024, ¿cuántas líneas "
      "arancelarias se citaron como productos digitalizables?", CTG,
      evidence=["49 lignes tarifaires à six chiffres du Système harmonisé avaient été identifiées comme "
                "correspondant à des produits numérisables"],
      answer_any=[["49"]], tags=[XL, ND]),
    q("h4-es07", "es", "¿Y China?", CTG,
      history=[{"role": "user", "content": "¿Qué propuso Suiza en el Consejo del Comercio de Mercancías de julio de "
                                           "2024?"},
               {"role": "assistant", "content": "Suiza propuso que el Consejo dedicara parte de su labor a los "
                                                "aspectos del comercio electrónico relativos a las mercancías, como "
                                                "el despacho de los envíos de bajo valor y los paquetes postales, "
                                                "basándose en el Marco Normativo de la OMA de 2018 sobre comercio "
                                                "electrónico transfronterizo."}],
      evidence=["son pays soutenait le maintien du moratoire",
                "l'expérience des 165 zones pilotes intégrées pour le commerce électronique transfrontières"],
      answer_any=[["165"]], tags=[XL, FU]),
    q("h4-es08", "es", "Según la nota histórica de la Secretaría, ¿dónde iba a celebrarse en un principio la CM12?",
      HIS,
      evidence=["La douzième Conférence ministérielle, initialement prévue à Nour-Soultan en juin 2020"],
      answer_any=[["Nour-Soultan", "Nur-Sultán", "Nur-Sultan", "Nursultán", "Astana"]], tags=[XL, ND]),
    q("h4-es09", "es", "Según la comunicación de Benin, ¿cuánto cuesta un plan móvil de 2 GB en la mayoría de los "
      "PMA?", BEN,
      evidence=["un forfait mobile de 2 Go coûte plus de 5 % du revenu national brut mensuel par habitant"],
      answer_any=[["5 %", "5%", "cinco por ciento"]], tags=[XL, ND]),
    q("h4-es10", "es", "En la comunicación de México de 2023, ¿qué proporción de las quejas tenía que ver con "
      "proveedores extranjeros?", MEX,
      evidence=["Alrededor del 18 % de las quejas de 2022 se referían a proveedores sin domicilio en México"],
      answer_any=[["18"]], tags=[ND]),
    q("h4-es11", "es", "En la comunicación de Colombia, Costa Rica y el Perú, ¿qué incluye el ahorro de 78 millones "
      "atribuido a la VUCE peruana?", PAP,
      evidence=["La cifra incluye el ahorro de tiempo, de desplazamientos y de papel."],
      answer_any=[["tiempo"], ["desplazamientos"], ["papel"]], tags=[FN, ND]),
    q("h4-es12", "es", "¿Y cuántas autoridades de certificación tiene autorizadas?", TPR,
      history=[{"role": "user", "content": "¿Qué ley regula las firmas electrónicas en Mauricio?"},
               {"role": "assistant", "content": "La Ley de Transacciones Electrónicas de 2000, que da a los registros "
                                                "y firmas electrónicos el mismo efecto jurídico que a los de papel y "
                                                "distingue la firma electrónica segura, basada en un certificado de "
                                                "una autoridad de certificación autorizada."}],
      evidence=["had licensed two certification authorities as at December 2023"],
      answer_any=[["two", "dos", "2"]], tags=[XL, FU]),
    q("h4-es13", "es", "¿Quién tramita las quejas por compras en línea en México y en Mauricio?", [MEX, TPR],
      evidence=["Desde 2008, la plataforma Concilianet permite resolver las quejas en línea",
                "Complaints are currently handled by the Consumer Affairs Unit of the Ministry of Commerce"],
      answer_any=[["Concilianet", "PROFECO"],
                  ["Consumer Affairs Unit", "Unidad de Asuntos del Consumidor", "Ministry of Commerce",
                   "Ministerio de Comercio"]], tags=[CMP, XL]),
    q("h4-es14", "es", "¿Qué se propuso sobre firmas electrónicas tras el debate específico de 2023 y qué piden "
      "Colombia, Costa Rica y el Perú en 2024?", [FAC, PAP],
      evidence=["celebrar en 2024 un taller sobre autenticación electrónica, abierto a los organismos de "
                "reglamentación de las capitales",
                "reunir información sobre el reconocimiento transfronterizo de las firmas electrónicas"],
      answer_any=[["taller"], ["reconocimiento transfronterizo", "reconocimiento mutuo"]], tags=[CMP, ND]),
    q("h4-es15", "es", "¿Qué dijeron Indonesia, en el Consejo de Mercancías, y Mauricio, en su examen de políticas "
      "comerciales, sobre los aranceles a los productos digitales?", [CTG, TPR],
      evidence=["assorti d'un taux de droit actuellement fixé à zéro",
                "Mauritius does not levy customs duties on electronic transmissions",
                "Software and other digital products imported on physical media remain dutiable; such goods are "
                "bound at rates of up to 15% but applied at zero"],
      answer_any=[["cero", "zero", "zéro", "0 %", "0%"], ["capítulo 99", "chapitre 99", "chapter 99"]],
      tags=[CMP, XL, ND]),
    un("h4-es16", "es", "¿Cuántas quejas por compras en línea recibió la PROFECO en 2023?"),
    un("h4-es17", "es", "¿Qué donantes aportaron fondos al Marco de Creación de Capacidad en Comercio Electrónico?"),
    un("h4-es18", "es", "¿Cuántas entidades públicas participan en la VUCE del Perú?"),
    un("h4-es19", "es", "¿Qué planteó la Argentina en el debate específico de junio de 2023?"),
    un("h4-es20", "es", "¿Qué tasa de IVA aplicará Chile a las compras en línea de menos de 41 dólares?"),
]


if __name__ == "__main__":
    write_gold("heldout4", QUESTIONS, METADATA)
