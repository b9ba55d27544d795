"""Write the second held-out gold files (questions + per-file metadata).

    python evals/corpora/sources/heldout2/make_gold.py
    python evals/corpora/sources/heldout2/check_gold.py

Outputs evals/gold/dev-corpus-heldout2.jsonl and
evals/gold/dev-corpus-heldout2-metadata.json.  For "compare" questions the
"source" field is a LIST of the documents the evidence comes from.
Unanswerable questions carry "unanswerable": true and no evidence/source:
neither the seed corpus (corpus/) nor heldout2 answers them.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold import CMP, FU, ND, UN, XL, q, un, write_gold  # noqa: E402, F401

D13 = "heldout2/ministerial-decision-work-programme.pdf"
MS = "heldout2/msme-ecommerce-communication.docx"
JS = "heldout2/jsi-ministerial-statement.html"
D12 = "heldout2/decision-ministerielle-programme-travail.docx"
AF = "heldout2/groupe-africain-commerce-electronique.pdf"
DF = "heldout2/note-flux-donnees.md"
ME = "heldout2/mercosur-comercio-electronico.pdf"
CT = "heldout2/comite-comercio-desarrollo-informe.txt"

METADATA = {
    "ministerial-decision-work-programme.pdf": {
        "title": "Work Programme on Electronic Commerce – Ministerial Decision adopted on 2 March 2024",
        "symbol": "WT/MIN(24)/38", "date": "2024-03-04", "kind": "decision",
        "body": "Ministerial Conference", "session": "MC13", "place": "Abu Dhabi",
        "language": "en", "original_language": "en"},
    "msme-ecommerce-communication.docx": {
        "title": "Work Programme on Electronic Commerce – Helping Micro, Small and Medium-Sized Enterprises "
                 "Trade Online",
        "symbol": "WT/GC/W/851", "date": "2022-07-05", "kind": "communication",
        "body": "General Council", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "jsi-ministerial-statement.html": {
        "title": "WTO Electronic Commerce Negotiations – Statement by Ministers of Australia, Japan and Singapore",
        "symbol": "INF/ECOM/70", "date": "2021-12-14", "kind": "statement",
        "body": "Joint Statement Initiative on Electronic Commerce (co-convenors Australia, Japan and Singapore)",
        "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "decision-ministerielle-programme-travail.docx": {
        "title": "Programme de travail sur le commerce électronique – Décision ministérielle du 17 juin 2022",
        "symbol": "WT/MIN(22)/32", "date": "2022-06-22", "kind": "decision",
        "body": "Conférence ministérielle", "session": "MC12", "place": "Genève",
        "language": "fr", "original_language": "en"},
    "groupe-africain-commerce-electronique.pdf": {
        "title": "Programme de travail sur le commerce électronique – Transformation numérique et intégration "
                 "régionale en Afrique: priorités du Groupe africain en vue de la CM13",
        "symbol": "WT/GC/W/877", "date": "2023-09-18", "kind": "communication",
        "body": "Conseil général", "session": None, "place": None,
        "language": "fr", "original_language": "fr"},
    "note-flux-donnees.md": {
        "title": "Programme de travail sur le commerce électronique – Flux transfrontières de données et "
                 "commerce: aperçu des approches réglementaires",
        "symbol": "JOB/GC/428", "date": "2025-03-14", "kind": "note",
        "body": "Conseil général", "session": None, "place": None,
        "language": "fr", "original_language": "en"},
    "mercosur-comercio-electronico.pdf": {
        "title": "Programa de trabajo sobre el comercio electrónico – El Acuerdo sobre Comercio Electrónico del "
                 "MERCOSUR: protección del consumidor y firma electrónica",
        "symbol": "WT/GC/W/826", "date": "2021-06-09", "kind": "communication",
        "body": "Consejo General", "session": None, "place": None,
        "language": "es", "original_language": "es"},
    "comite-comercio-desarrollo-informe.txt": {
        "title": "Programa de trabajo sobre el comercio electrónico – Informe al Consejo General",
        "symbol": "WT/COMTD/19", "date": "1999-10-15", "kind": "report",
        "body": "Comité de Comercio y Desarrollo", "session": None, "place": None,
        "language": "es", "original_language": "en"},
}

QUESTIONS = [
    # ------------------------------------------------------------- English
    q("h2-en01", "en", "Under the Abu Dhabi outcome on e-commerce, what is the latest date the duty-free "
      "treatment of digital transmissions can run to?", D13,
      evidence=["or 31 March 2026, whichever comes first"],
      answer_any=[["31 March 2026"]], tags=[ND]),
    q("h2-en02", "en", "Where is the ministerial meeting that follows Abu Dhabi supposed to take place?", D13,
      evidence=["scheduled to take place in Yaoundé, Cameroon, in March 2026"],
      answer_any=[["Yaoundé", "Yaounde"], ["Cameroon"]], tags=["footnote"]),
    q("h2-en03", "en", "After MC13, at which General Council sessions were ministers expecting stock-takes of the "
      "e-commerce work programme?", D13,
      evidence=["at its meetings in July and December 2024 and in July 2025"],
      answer_any=[["December 2024"], ["July 2025"]], tags=[ND]),
    q("h2-en04", "en", "Who tabled WT/GC/W/851?", MS,
      evidence=["Communication from Kenya, the Philippines, Switzerland and Uruguay"],
      answer_any=[["Kenya"], ["Philippines"], ["Switzerland"], ["Uruguay"]], tags=[ND]),
    q("h2-en05", "en", "How significant are small businesses in the global economy, in terms of number of "
      "companies and jobs, according to the 2022 paper on small firms selling online?", MS,
      evidence=["make up around 90 per cent of firms and account for more than half of employment worldwide"],
      answer_any=[["90 per cent", "90%", "90"], ["half"]], tags=[ND]),
    q("h2-en06", "en", "Which national law did Manila cite as the basis for recognising digital signatures?", MS,
      evidence=["through its Electronic Commerce Act of 2000 (Republic Act No. 8792)"],
      answer_any=[["Electronic Commerce Act", "Republic Act No. 8792", "8792"]]),
    q("h2-en07", "en", "Which outside agencies did the small-business communication want to invite to brief "
      "Members?", MS,
      evidence=["presentations by the International Trade Centre, UNCTAD and the Universal Postal Union"],
      answer_any=[["International Trade Centre", "ITC"], ["UNCTAD"], ["Universal Postal Union", "UPU"]]),
    q("h2-en08", "en", "How many WTO Members were taking part in the plurilateral e-commerce talks according to "
      "the co-convenor ministers in December 2021?", JS,
      evidence=["The initiative now brings together 86 WTO Members from all regions"],
      answer_any=[["86"]], tags=[ND]),
    q("h2-en09", "en", "Why couldn't the JSI co-convenors present their statement at the Geneva ministerial as "
      "planned?", JS,
      evidence=["was postponed because of a new variant of the COVID-19 virus and the travel restrictions that "
                "followed"],
      answer_any=[["postponed"], ["variant", "COVID-19", "Omicron"]]),
    q("h2-en10", "en", "What share of Africans were online in 2022 compared with the global average, according to "
      "the African Group's paper ahead of Abu Dhabi?", AF,
      evidence=["environ 40 pour cent de la population africaine utilisait Internet en 2022, contre quelque 66 "
                "pour cent"],
      answer_any=[["40"], ["66"]], tags=[XL, ND]),
    q("h2-en11", "en", "How many people in Africa still have no power supply, according to Côte d'Ivoire's "
      "submission?", AF,
      evidence=["Près de 600 millions d'Africains n'ont toujours pas accès à l'électricité"],
      answer_any=[["600"]], tags=[XL, ND]),
    q("h2-en12", "en", "When did the African continental free trade agreement enter into force, and when did "
      "goods actually start moving under it?", AF,
      evidence=["est entré en vigueur le 30 mai 2019, et les échanges au titre de cet accord ont débuté le 1er "
                "janvier 2021"],
      answer_any=[["30 mai 2019", "30 May 2019", "May 2019"], ["janvier 2021", "January 2021"]], tags=[XL]),
    q("h2-en13", "en", "In the Secretariat's 2025 paper on data flows, since when has the EU's privacy regulation "
      "been in application?", DF,
      evidence=["le règlement général sur la protection des données (RGPD), applicable depuis le 25 mai 2018"],
      answer_any=[["25 mai 2018", "25 May 2018", "May 2018"]], tags=[XL, ND]),
    q("h2-en14", "en", "Which economies are parties to the stand-alone digital economy agreement mentioned by the "
      "Secretariat, and when was it signed?", DF,
      evidence=["signé en juin 2020 par le Chili, la Nouvelle-Zélande et Singapour"],
      answer_any=[["Chili", "Chile"], ["Nouvelle-Zélande", "New Zealand"], ["Singapour", "Singapore"],
                  ["2020"]], tags=[XL]),
    q("h2-en15", "en", "How does UNCTAD classify the main models of data governance, as summarised for the "
      "General Council?", DF,
      evidence=["l'une fondée sur le marché et l'autorégulation des entreprises, une autre sur le contrôle de "
                "l'État",
                "une troisième sur la protection des droits fondamentaux des personnes"],
      answer_any=[["marché", "market"], ["État", "state"], ["droits fondamentaux", "rights"]], tags=[XL]),
    q("h2-en16", "en", "What information must web shops give buyers under the Southern Common Market's digital "
      "trade agreement?", ME,
      evidence=["informar de forma clara sobre su identidad, el precio total del producto, incluidos los "
                "impuestos y gastos de envío"],
      answer_any=[["identidad", "identity"], ["precio total", "total price", "price"]], tags=[XL, ND]),
    q("h2-en17", "en", "When did the Committee on Trade and Development take up e-commerce in 1999?", CT,
      evidence=["El Comité examinó la cuestión en sus reuniones de febrero, junio y julio de 1999"],
      answer_any=[["febrero", "February"], ["junio", "June"], ["julio", "July"]], tags=[XL, ND]),
    q("h2-en18", "en", "And what did it ask the Secretariat to put together for that discussion?", MS,
      history=[
          {"role": "user", "content": "What problems do small companies run into when selling abroad online, "
                                      "according to the 2022 communication on MSMEs?"},
          {"role": "assistant", "content": "It lists customs formalities and delivery costs that are high "
                                           "relative to small parcels, costly cross-border payments, divergent "
                                           "consumer and data rules, poor information on foreign markets, and "
                                           "gaps in digital skills and finance, and proposes a dedicated General "
                                           "Council session on MSMEs and e-commerce."},
      ],
      evidence=["how Members treat low-value shipments, including simplified customs procedures and thresholds "
                "below which no duties are collected"],
      answer_any=[["low-value shipments", "low-value"]], tags=[FU, ND]),
    q("h2-en19", "en", "How did the time limit on the e-commerce duty moratorium change between the Geneva 2022 "
      "ministerial decision and the Abu Dhabi one?", [D12, D13],
      evidence=["jusqu'à la treizième session de la Conférence ministérielle, qui devrait en principe se tenir "
                "d'ici au 31 décembre 2023",
                "or 31 March 2026, whichever comes first. The moratorium and the Work Programme will expire on "
                "that date"],
      answer_any=[["treizième session", "MC13", "Thirteenth"], ["31 March 2026"]], tags=[CMP, XL, ND]),
    q("h2-en20", "en", "How had the picture on cross-border data rules in the plurilateral talks changed between "
      "the ministers' statement of December 2021 and the Secretariat's data-flows note of 2025?", [JS, DF],
      evidence=["Significant differences remain on data flows and on customs duties on electronic transmissions",
                "ont décidé en 2023 de ne pas inclure de dispositions sur les flux de données et la localisation "
                "des données"],
      answer_any=[["differences", "divergen"], ["2023", "not include", "ne pas inclure", "excluded", "dropped"]],
      tags=[CMP, XL, ND]),
    un("h2-en21", "en", "How much money did ministers set aside at MC13 for e-commerce technical assistance?"),
    un("h2-en22", "en", "What de minimis value did Kenya, the Philippines, Switzerland and Uruguay recommend for "
       "duty-free small parcels?"),
    un("h2-en23", "en", "Which developing countries joined the JSI on e-commerce during 2021, according to the "
       "co-convenors?"),
    un("h2-en24", "en", "What fines does the MERCOSUR e-commerce agreement set for firms that send unsolicited "
       "commercial messages?"),

    # -------------------------------------------------------------- French
    q("h2-fr01", "fr", "D'après la décision de la CM12, que devient le moratoire si la conférence suivante prend "
      "du retard ?", D12,
      evidence=["Si la treizième session est reportée au-delà du 31 mars 2024, le moratoire expirera à cette "
                "date"],
      answer_any=[["31 mars 2024"], ["expire"]], tags=[ND]),
    q("h2-fr02", "fr", "Dans ce cas de figure, qui pouvait encore décider d'une prolongation selon le texte adopté "
      "à Genève en juin 2022 ?", D12,
      evidence=["à moins que les Ministres ou le Conseil général ne décident de le proroger"],
      answer_any=[["Ministres"], ["Conseil général"]], tags=[ND]),
    q("h2-fr03", "fr", "Sur quels aspects du moratoire la CM12 voulait-elle que le Conseil général organise des "
      "échanges réguliers ?", D12,
      evidence=["notamment sur sa portée, sa définition et son incidence, avec l'appui du Secrétariat"],
      answer_any=[["portée"], ["définition"], ["incidence"]], tags=[ND]),
    q("h2-fr04", "fr", "Qui a présenté le document WT/GC/W/877, et pour le compte de quel groupe ?", AF,
      evidence=["Communication de la Côte d'Ivoire au nom du Groupe africain"],
      answer_any=[["Côte d'Ivoire"], ["Groupe africain"]], tags=[ND]),
    q("h2-fr05", "fr", "Les pays africains sont-ils prêts à s'engager dans des négociations sur de nouvelles "
      "disciplines en matière de commerce numérique ?", AF,
      evidence=["il avait déclaré ne pas être en mesure de négocier de nouvelles règles sur le commerce "
                "électronique"],
      answer_any=[["pas être en mesure", "pas en mesure", "inchangée"]]),
    q("h2-fr06", "fr", "À quelle date le traité continental africain sur la cybersécurité et les données "
      "personnelles a-t-il pris effet ?", AF,
      evidence=["adoptée à Malabo en 2014, est entrée en vigueur le 8 juin 2023"],
      answer_any=[["8 juin 2023"]], tags=["footnote"]),
    q("h2-fr07", "fr", "Avec quels partenaires le Groupe africain voudrait-il que le Secrétariat évalue les "
      "besoins d'appui technique de ses membres ?", AF,
      evidence=["en coopération avec la CNUCED et la Commission économique des Nations Unies pour l'Afrique"],
      answer_any=[["CNUCED"], ["Commission économique des Nations Unies pour l'Afrique", "CEA"]]),
    q("h2-fr08", "fr", "Quelle réunion est à l'origine de la demande qui a donné lieu à la note JOB/GC/428 ?", DF,
      evidence=["Lors de l'examen périodique du Programme de travail tenu par le Conseil général en décembre "
                "2024"],
      answer_any=[["décembre 2024"]], tags=[ND]),
    q("h2-fr09", "fr", "Quel pays a lancé l'idée d'une circulation des données assortie de confiance, et dans "
      "quelle enceinte a-t-elle été reprise ensuite ?", DF,
      evidence=["Le Japon a lancé en 2019 le concept",
                "repris la même année dans la déclaration des dirigeants du G20 réunis à Osaka"],
      answer_any=[["Japon"], ["G20", "Osaka"]]),
    q("h2-fr10", "fr", "Comment s'appelle la plateforme d'information pour les petites entreprises lancée fin "
      "2020 par le groupe de travail informel ?", MS,
      evidence=["launched the Trade4MSMEs online platform, which gathers trade information for small firms in "
                "one place"],
      answer_any=[["Trade4MSMEs"]], tags=[XL]),
    q("h2-fr11", "fr", "Pourquoi les entreprises dirigées par des femmes ou implantées en milieu rural sont-elles "
      "plus pénalisées, selon la communication sur les MPME ?", MS,
      evidence=["because they often have weaker connectivity and fewer links to logistics networks"],
      answer_any=[["connectivity", "connectivité", "connexion"], ["logistics", "logisti"]], tags=[XL]),
    q("h2-fr12", "fr", "Quel rôle la communication de juillet 2022 attribue-t-elle à l'argent mobile au "
      "Kenya ?", MS,
      evidence=["has allowed millions of people without a bank account to pay and be paid by telephone"],
      answer_any=[["bank account", "compte bancaire", "bancaris"]], tags=[XL, ND]),
    q("h2-fr13", "fr", "Sur quels chapitres les participants à l'initiative conjointe s'étaient-ils mis d'accord "
      "à la fin de 2021 ?", JS,
      evidence=["participants have achieved convergence on eight articles: online consumer protection; "
                "electronic signatures and authentication; unsolicited commercial electronic messages; open "
                "government data"],
      answer_any=[["consumer", "consommat"], ["signature"]], tags=[XL]),
    q("h2-fr14", "fr", "Le MERCOSUR permet-il à ses membres d'exiger que les serveurs soient installés sur leur "
      "territoire ?", ME,
      evidence=["tampoco podrán exigir la instalación de servidores en su territorio como condición para prestar "
                "servicios"],
      answer_any=[["salvo", "sauf", "exception", "objectif légitime", "objetivo legítimo"]], tags=[XL, ND]),
    q("h2-fr15", "fr", "Selon son rapport de 1999, quels thèmes le mandat de 1998 confiait-il au Comité du "
      "commerce et du développement ?", CT,
      evidence=["los efectos del comercio electrónico en las perspectivas comerciales y económicas de los países "
                "en desarrollo",
                "y las consecuencias financieras del comercio electrónico"],
      answer_any=[["perspectives", "perspectivas", "effets", "efectos"], ["financières", "financieras"]],
      tags=[XL, ND]),
    q("h2-fr16", "fr", "Et sur quels sujets les positions restaient-elles éloignées ?", JS,
      history=[
          {"role": "user", "content": "Où en étaient les négociations plurilatérales sur le commerce "
                                      "électronique à la fin de 2021 ?"},
          {"role": "assistant", "content": "Les ministres australien, japonais et singapourien, coordonnateurs "
                                           "de l'initiative, faisaient état de progrès, avec une convergence sur "
                                           "plusieurs articles et l'objectif d'aboutir sur la plupart des "
                                           "questions avant fin 2022."},
      ],
      evidence=["Significant differences remain on data flows and on customs duties on electronic transmissions"],
      answer_any=[["data flows", "flux de données"], ["customs duties", "droits de douane"]], tags=[XL, FU]),
    q("h2-fr17", "fr", "Que disent respectivement la communication du MERCOSUR et celle sur les MPME de la "
      "valeur juridique des signatures électroniques ?", [ME, MS],
      evidence=["ninguna parte negará efectos jurídicos a una firma por el solo hecho de estar en forma "
                "electrónica",
                "The Philippines gave legal effect to electronic documents and electronic signatures"],
      answer_any=[["efectos jurídicos", "effet juridique", "effets juridiques", "neutralidad", "neutralité"],
                  ["Philippines", "Electronic Commerce Act", "8792"]], tags=[CMP, XL, ND]),
    q("h2-fr18", "fr", "Entre le rapport du CCD de 1999 et la communication africaine de 2023, comment la "
      "préoccupation relative aux pertes de recettes douanières a-t-elle évolué ?", [CT, AF],
      evidence=["los derechos de aduana constituyen una parte importante de sus ingresos fiscales",
                "ne sont donc pas en mesure d'évaluer avec précision les recettes auxquelles ils renoncent"],
      answer_any=[["ingresos fiscales", "recettes fiscales", "recettes publiques", "part importante"],
                  ["évaluer", "statistiques", "pas en mesure"]], tags=[CMP, XL, ND]),
    q("h2-fr19", "fr", "Qu'est-ce qui change, entre la CM12 et la CM13, dans ce que les Ministres demandent au "
      "sujet des discussions sur le moratoire ?", [D12, D13],
      evidence=["Nous convenons d'intensifier les discussions sur le moratoire et chargeons le Conseil général "
                "de tenir des discussions périodiques",
                "agree that Members may continue them with the factual support of the Secretariat"],
      answer_any=[["intensifier"], ["continue", "poursuivre"]], tags=[CMP, XL, ND]),
    un("h2-fr20", "fr", "Dans quelle ville le Groupe africain proposait-il d'organiser le premier atelier régional "
       "sur le commerce électronique ?"),
    un("h2-fr21", "fr", "Combien d'États avaient ratifié la Convention de Malabo au moment de son entrée en "
       "vigueur ?"),
    un("h2-fr22", "fr", "Selon la note du Secrétariat sur les flux de données, combien de mesures de "
       "localisation des données étaient en vigueur dans le monde en 2024 ?"),
    un("h2-fr23", "fr", "Quel montant de recettes tarifaires les pays en développement perdent-ils chaque année "
       "d'après la décision d'Abou Dhabi ?"),
    un("h2-fr24", "fr", "De combien de jours les consommateurs disposent-ils pour se rétracter d'un achat en "
       "ligne en vertu de l'accord du MERCOSUR ?"),

    # ------------------------------------------------------------- Spanish
    q("h2-es01", "es", "¿Cuándo dio luz verde el órgano decisorio del MERCOSUR a su acuerdo de comercio "
      "digital?", ME,
      evidence=["aprobado por el Consejo del Mercado Común en diciembre de 2020 y firmado en 2021"],
      answer_any=[["diciembre de 2020"]], tags=[ND]),
    q("h2-es02", "es", "En la decisión de la CM13, ¿en qué condiciones debe la Secretaría seguir prestando "
      "asistencia técnica sobre comercio electrónico?", D13,
      evidence=["within available resources and in cooperation with other international organizations and "
                "development partners"],
      answer_any=[["available resources", "recursos disponibles"],
                  ["international organizations", "organizaciones internacionales", "development partners",
                   "asociados para el desarrollo", "socios para el desarrollo"]], tags=[XL, ND]),
    q("h2-es03", "es", "Según la nota de la Secretaría de 2025, ¿qué disposición del AGCS permite restringir "
      "transferencias de datos por motivos de privacidad?", DF,
      evidence=["Son article XIV permet toutefois aux Membres d'adopter des mesures nécessaires à la protection "
                "de la vie privée"],
      answer_any=[["XIV"]], tags=[XL, ND]),
    q("h2-es04", "es", "¿Qué tiene de particular el RCEP en cuanto a la seguridad, según el documento informativo "
      "sobre flujos de datos?", DF,
      evidence=["laisse à chaque partie le soin de déterminer ce qui est nécessaire à la protection de ses "
                "intérêts essentiels en matière de sécurité"],
      answer_any=[["chaque partie", "cada parte", "cada Parte"], ["sécurité", "seguridad"]], tags=[XL]),
    q("h2-es05", "es", "¿Qué pidió el Grupo Africano a los donantes respecto de la Ayuda para el Comercio?", AF,
      evidence=["à consacrer une part accrue de l'Aide pour le commerce aux infrastructures numériques et aux "
                "compétences numériques"],
      answer_any=[["infrastructures numériques", "infraestructura digital", "infraestructuras digitales"],
                  ["compétences numériques", "competencias digitales", "habilidades digitales"]],
      tags=[XL, ND]),
    q("h2-es06", "es", "Según los ministros de Australia, Japón y Singapur, ¿qué peso tenían los participantes de "
      "la iniciativa en el comercio mundial?", JS,
      evidence=["representing over 90 per cent of global trade"],
      answer_any=[["90"]], tags=[XL, ND]),
    q("h2-es07", "es", "¿Qué dificultades de pago enfrentan las mipymes que venden por internet, según la "
      "comunicación de Kenya, Filipinas, Suiza y Uruguay?", MS,
      evidence=["limited access to cross-border payment services and high fees on small transactions"],
      answer_any=[["fees", "comisiones", "tarifas", "costos", "costes"],
                  ["cross-border", "transfronteriz"]], tags=[XL, ND]),
    q("h2-es08", "es", "¿Y con qué organismos se pidió a la Secretaría que colaborara?", CT,
      history=[
          {"role": "user", "content": "¿Qué temas trató el Comité de Comercio y Desarrollo sobre comercio "
                                      "electrónico en 1999?"},
          {"role": "assistant", "content": "Según su informe al Consejo General, se habló de infraestructura de "
                                           "telecomunicaciones, formación y transferencia de tecnología, y de la "
                                           "posible pérdida de ingresos arancelarios."},
      ],
      evidence=["internacionales, en particular la UNCTAD, la UIT y el Banco Mundial"],
      answer_any=[["UNCTAD"], ["UIT"], ["Banco Mundial"]], tags=[FU]),
    q("h2-es09", "es", "¿En qué se diferencia el compromiso del MERCOSUR sobre aranceles a las transmisiones "
      "electrónicas del adoptado por todos los Miembros en Abu Dabi?", [ME, D13],
      evidence=["establece que los Estados Partes no impondrán derechos de aduana a las transmisiones "
                "electrónicas entre ellos",
                "or 31 March 2026, whichever comes first. The moratorium and the Work Programme will expire on "
                "that date"],
      answer_any=[["entre ellos", "Estados Partes"], ["31 March 2026", "31 de marzo de 2026"]],
      tags=[CMP, XL, ND]),
    q("h2-es10", "es", "¿Cómo ha cambiado el tratamiento de la dimensión de desarrollo entre el informe del CCD "
      "de 1999 y la decisión ministerial de 2024?", [CT, D13],
      evidence=["El Comité no ha llegado a conclusiones sobre ninguno de los temas de su mandato",
                "give priority to the needs of developing and least-developed country Members in the areas of "
                "digital infrastructure, digital skills and access to technology"],
      answer_any=[["conclusiones"], ["digital infrastructure", "infraestructura digital", "prioridad",
                                     "priority"]], tags=[CMP, XL, ND]),
    un("h2-es11", "es", "¿Quién presidía el Comité de Comercio y Desarrollo cuando se presentó el informe de "
       "1999 sobre comercio electrónico?"),
    un("h2-es12", "es", "¿Qué fecha preveían los coordinadores de la iniciativa conjunta en 2021 para la entrada "
       "en vigor del acuerdo?"),
]


if __name__ == "__main__":
    write_gold("heldout2", QUESTIONS, METADATA)
