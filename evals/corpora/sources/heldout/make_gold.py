"""Write the held-out gold files (questions + per-file metadata).

    python evals/corpora/sources/heldout/make_gold.py
    python evals/corpora/sources/heldout/check_gold.py

Outputs evals/gold/dev-corpus-heldout.jsonl and
evals/gold/dev-corpus-heldout-metadata.json.  For "compare" questions the
"source" field is a LIST of the documents the evidence comes from.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold import CMP, FU, ND, UN, XL, q, un, write_gold  # noqa: E402, F401

L = "heldout/ldc-group-ecommerce-priorities.pdf"
M = "heldout/moratoire-transmissions-electroniques.pdf"
N = "heldout/nota-secretaria-dimension-desarrollo.docx"
J = "heldout/jsi-ecommerce-coconvenors-update.html"
G = "heldout/conseil-general-compte-rendu-2019.md"
T = "heldout/consejo-adpic-informe-1999.txt"

METADATA = {
    "ldc-group-ecommerce-priorities.pdf": {
        "title": "Work Programme on Electronic Commerce – E-commerce and Least-Developed Countries: "
                 "Priorities of the LDC Group",
        "symbol": "WT/GC/W/741", "date": "2017-10-16", "kind": "communication",
        "body": "General Council", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "moratoire-transmissions-electroniques.pdf": {
        "title": "Le moratoire sur l'imposition de droits de douane sur les transmissions électroniques: "
                 "incidences sur les recettes et l'espace de politique des pays en développement",
        "symbol": "WT/GC/W/833", "date": "2021-11-09", "kind": "communication",
        "body": "Conseil général", "session": None, "place": None,
        "language": "fr", "original_language": "en"},
    "nota-secretaria-dimension-desarrollo.docx": {
        "title": "Programa de trabajo sobre el comercio electrónico – La dimensión de desarrollo del "
                 "comercio electrónico",
        "symbol": "WT/COMTD/W/193", "date": "2013-04-02", "kind": "note",
        "body": "Comité de Comercio y Desarrollo", "session": None, "place": None,
        "language": "es", "original_language": "en"},
    "jsi-ecommerce-coconvenors-update.html": {
        "title": "Joint Statement Initiative on Electronic Commerce – Update by the Co-convenors",
        "symbol": "INF/ECOM/85", "date": "2023-12-20", "kind": "statement",
        "body": "Joint Statement Initiative on Electronic Commerce (co-convenors Australia, Japan and Singapore)",
        "session": None, "place": "Geneva",
        "language": "en", "original_language": "en"},
    "conseil-general-compte-rendu-2019.md": {
        "title": "Conseil général – Compte rendu de la réunion tenue au Centre William Rappard les 9 et 10 "
                 "décembre 2019",
        "symbol": "WT/GC/M/181", "date": "2020-02-04", "kind": "minutes",
        "body": "Conseil général", "session": None, "place": "Centre William Rappard",
        "language": "fr", "original_language": "en"},
    "consejo-adpic-informe-1999.txt": {
        "title": "Programa de trabajo sobre el comercio electrónico – Informe sobre la marcha de los "
                 "trabajos al Consejo General",
        "symbol": "IP/C/18", "date": "1999-07-30", "kind": "report",
        "body": "Consejo de los ADPIC", "session": None, "place": None,
        "language": "es", "original_language": "en"},
}

QUESTIONS = [
    # ------------------------------------------------------------- English
    q("h-en01", "en", "Ahead of Buenos Aires, how did the LDC Group describe internet uptake in the "
      "least-developed countries?", L,
      evidence=["fewer than one in five people in LDCs used the Internet in 2016"],
      answer_any=[["fewer than one in five", "one in five"]], tags=[ND]),
    q("h-en02", "en", "Which partner organisations did the LDC Group want involved in the e-commerce "
      "workshop it asked the Secretariat to run?", L,
      evidence=["in cooperation with the Enhanced Integrated Framework, UNCTAD and the International Trade Centre"],
      answer_any=[["Enhanced Integrated Framework"], ["UNCTAD"], ["International Trade Centre"]]),
    q("h-en03", "en", "How big had the plurilateral e-commerce negotiations become by the end of 2023, "
      "in terms of membership and share of world trade?", J,
      evidence=["The initiative has since grown to 90 WTO Members, together accounting for more than 90 "
                "per cent of global trade"],
      answer_any=[["90 WTO Members", "90"], ["90 per cent"]], tags=[ND]),
    q("h-en04", "en", "Which issues were taken off the table for the 2024 JSI package, and what triggered it?", J,
      evidence=["one participant withdrew its support for certain proposals on cross-border data flows, data "
                "localization and source code",
                "participants agreed that these issues will not form part of the package to be concluded in 2024"],
      answer_any=[["data flows"], ["data localization"], ["source code"], ["withdrew its support", "withdrew"]]),
    q("h-en05", "en", "In the co-convenors' language, what does it mean when an article is 'substantially "
      "concluded'?", J,
      evidence=["Substantial conclusion means that the text is stable and will not be reopened, subject to the "
                "overall balance of the final package"],
      answer_any=[["stable"], ["will not be reopened", "not be reopened"]]),
    q("h-en06", "en", "What procedural step would be required to bring the e-commerce agreement into Annex 4 "
      "as a plurilateral?", J,
      evidence=["which requires a consensus decision of the Ministerial Conference"],
      answer_any=[["consensus decision of the Ministerial Conference", "consensus"]]),
    q("h-en07", "en", "By when did Australia, Japan and Singapore hope to close the e-commerce talks?", J,
      evidence=["ahead of the Thirteenth Ministerial Conference (MC13), to be held in Abu Dhabi from 26 to 29 "
                "February 2024"],
      answer_any=[["MC13", "Thirteenth Ministerial Conference"], ["Abu Dhabi", "2024"]], tags=[ND]),
    q("h-en08", "en", "According to the 2021 India–South Africa paper, what did the moratorium cost developing "
      "countries in lost tariff revenue?", M,
      evidence=["aurait atteint environ 10 milliards de dollars EU en 2017, soit près de 40 fois celle des pays "
                "développés"],
      answer_any=[["10 milliards de dollars EU", "10 milliards"], ["40 fois"]], tags=[XL, ND]),
    q("h-en09", "en", "Why don't the co-sponsors accept that VAT could stand in for customs duties on digital "
      "products?", M,
      evidence_any=["la perception de la TVA auprès des fournisseurs étrangers exige un enregistrement et des "
                    "moyens de contrôle dont disposent peu de pays en développement",
                    "la TVA s'applique de la même manière aux produits nationaux et importés"],
      answer_any=[["enregistrement", "moyens de contrôle", "produits nationaux et importés",
                   "fonction de protection"]], tags=[XL]),
    q("h-en10", "en", "Which goods that used to be shipped physically does the moratorium communication say "
      "are now delivered as downloads?", M,
      evidence=["comme les livres, la musique, les films, les logiciels et les jeux vidéo, sont désormais "
                "fournis sous forme de fichiers téléchargeables"],
      answer_any=[["livres"], ["musique"], ["films"], ["logiciels"], ["jeux vidéo"]], tags=[XL]),
    q("h-en11", "en", "Which digital service industries do India and South Africa say still have weak local "
      "value added?", M,
      evidence=["y compris dans les secteurs de l'audiovisuel, du jeu vidéo et du logiciel, où la valeur ajoutée "
                "locale reste faible"],
      answer_any=[["audiovisuel"], ["jeu vidéo"], ["logiciel"]], tags=[XL, "page-break"]),
    q("h-en12", "en", "At the General Council of December 2019, what did Indonesia report about its own tariff "
      "nomenclature?", G,
      evidence=["son pays a modifié sa nomenclature tarifaire en 2018 afin d'y créer des lignes pour les "
                "produits numériques transmis électroniquement"],
      answer_any=[["2018"], ["lignes", "nomenclature tarifaire"]], tags=[XL, ND]),
    q("h-en13", "en", "And where did the European Union stand?", G,
      history=[
          {"role": "user", "content": "What came out of the General Council's December 2019 discussion of "
                                      "the e-commerce moratorium?"},
          {"role": "assistant", "content": "The General Council adopted the draft decision in WT/GC/W/789, "
                                           "later issued as WT/L/1079: Members keep not imposing customs duties "
                                           "on electronic transmissions until the Twelfth Ministerial "
                                           "Conference."},
      ],
      evidence=["Le représentant de l'Union européenne dit que le moratoire devrait devenir permanent"],
      answer_any=[["permanent"]], tags=[XL, FU]),
    q("h-en14", "en", "In IP/C/18, which WIPO treaties came up in the discussion on copyright in the digital "
      "environment?", T,
      evidence=["Tratado de la OMPI sobre Derecho de Autor (WCT) y del Tratado de la OMPI sobre Interpretación "
                "o Ejecución y Fonogramas (WPPT)"],
      answer_any=[["WCT", "Tratado de la OMPI sobre Derecho de Autor"],
                  ["WPPT", "Interpretación o Ejecución y Fonogramas"]], tags=[XL, ND]),
    q("h-en15", "en", "What did WIPO's domain-name process propose for cybersquatting cases, as noted by the "
      "TRIPS Council?", T,
      evidence=["recomendación de establecer un procedimiento administrativo uniforme de solución de "
                "controversias para los casos de registro abusivo"],
      answer_any=[["procedimiento administrativo uniforme", "solución de controversias"]], tags=[XL]),
    q("h-en16", "en", "What proportion of people in LDCs were online in 2012, according to the Secretariat's "
      "background note for the Committee on Trade and Development?", N,
      evidence=["en los países menos adelantados (PMA) esa proporción no llega al 7 por ciento"],
      answer_any=[["7 por ciento", "7"]], tags=[XL, ND]),
    q("h-en17", "en", "What barriers to online trade in developing countries did the 2013 Secretariat note "
      "list?", N,
      evidence_any=["la insuficiencia de la infraestructura de telecomunicaciones y el elevado costo del acceso "
                    "a la banda ancha",
                    "la falta de sistemas de pago electrónico fiables y la escasa bancarización de la población",
                    "la ausencia de marcos jurídicos que reconozcan las transacciones y firmas electrónicas",
                    "la falta de confianza de los consumidores, vinculada a la protección de los datos personales",
                    "las deficiencias de la logística y de los servicios postales"],
      answer_any=[["infraestructura"], ["pago electrónico"], ["marcos jurídicos"], ["confianza"],
                  ["logística", "servicios postales"]], tags=[XL, ND]),
    q("h-en18", "en", "How did the way the duty moratorium was questioned shift between the LDC Group's 2017 "
      "submission and the India–South Africa paper of 2021?", [L, M],
      evidence=["Members should have a clearer picture of its implications for the tariff revenue of LDCs",
                "s'abstiennent de proroger automatiquement le moratoire à la CM12"],
      answer_any=[["tariff revenue"], ["proroger automatiquement"]], tags=[CMP, XL, ND]),
    q("h-en19", "en", "How did participation in the JSI on e-commerce change between the December 2019 General "
      "Council and the co-convenors' December 2023 update?", [G, J],
      evidence=["Les négociations plurilatérales, qui réunissent désormais plus de 80 Membres",
                "The initiative has since grown to 90 WTO Members"],
      answer_any=[["plus de 80"], ["90"]], tags=[CMP, XL, ND]),
    q("h-en20", "en", "Compare how the idea of a permanent ban on duties on electronic transmissions appears in "
      "the 2019 General Council minutes and in the 2023 JSI update.", [G, J],
      evidence=["Le représentant de l'Union européenne dit que le moratoire devrait devenir permanent",
                "some participants seek a permanent commitment among participants, while others prefer a "
                "provision linked to the outcome of multilateral discussions"],
      answer_any=[["permanent"], ["permanent commitment among participants", "provision linked"]],
      tags=[CMP, XL, ND]),
    un("h-en21", "en", "What did the LDC Group's 2017 communication propose on digital services taxes?"),
    un("h-en22", "en", "How much money had donors pledged to the E-commerce Capacity Building Framework by "
       "December 2023?"),
    un("h-en23", "en", "Which ambassador chaired the General Council meeting that extended the moratorium in "
       "December 2019?"),

    # -------------------------------------------------------------- French
    q("h-fr01", "fr", "Pour l'Inde et l'Afrique du Sud, quel point fondamental n'a jamais fait l'objet d'un "
      "accord entre Membres au sujet du moratoire ?", M,
      evidence=["Les Membres ne sont jamais convenus d'une définition commune des « transmissions électroniques »"],
      answer_any=[["définition commune"]], tags=[ND]),
    q("h-fr02", "fr", "Quelle technologie pourrait faire entrer des biens manufacturés dans le champ du "
      "moratoire ?", M,
      evidence=["L'impression 3D pourrait étendre ce phénomène à des produits manufacturés"],
      answer_any=[["impression 3D"]]),
    q("h-fr03", "fr", "D'après la note de bas de page de WT/GC/W/833, quand et où la déclaration de 1998 a-t-elle "
      "été adoptée ?", M,
      evidence=["Déclaration adoptée le 20 mai 1998 à la deuxième session de la Conférence ministérielle, tenue "
                "à Genève"],
      answer_any=[["20 mai 1998"], ["Genève"]], tags=[ND, "footnote"]),
    q("h-fr04", "fr", "Quel travail les coauteurs veulent-ils confier au Secrétariat ?", M,
      evidence=["demandent au Secrétariat d'élaborer une note factuelle sur les recettes tarifaires auxquelles "
                "les Membres renoncent"],
      answer_any=[["note factuelle"]]),
    q("h-fr05", "fr", "De quoi l'Ami de la présidence a-t-il traité dans ses consultations de l'automne 2019 ?", G,
      evidence=["les discussions ont porté sur trois thèmes: la portée et la définition du moratoire",
                "ses incidences sur les recettes, et la dimension de développement du commerce électronique"],
      answer_any=[["portée", "définition"], ["recettes"], ["dimension de développement"]], tags=[ND]),
    q("h-fr06", "fr", "Selon le compte rendu WT/GC/M/181, à quelle condition l'Inde s'est-elle ralliée au "
      "consensus ?", G,
      evidence=["étant entendu que les discussions structurées de 2020 porteront sur la portée, la définition "
                "et l'incidence du moratoire"],
      answer_any=[["portée"], ["définition"], ["incidence"]], tags=[ND]),
    q("h-fr07", "fr", "Quel droit l'Indonésie applique-t-elle pour le moment aux lignes créées pour les produits "
      "numériques ?", G,
      evidence=["assorties pour l'instant d'un taux nul"],
      answer_any=[["taux nul", "nul", "zéro", "0"]]),
    q("h-fr08", "fr", "Qu'a décidé le Conseil général en décembre 2019 au sujet des plaintes en situation de "
      "non-violation dans le domaine des ADPIC ?", G,
      evidence=["les Membres ne présenteront pas de telles plaintes au titre de l'Accord sur les ADPIC jusqu'à "
                "la douzième Conférence ministérielle",
                "La décision a été publiée ultérieurement sous la cote WT/L/1080"],
      answer_any=[["douzième Conférence ministérielle"], ["WT/L/1080", "WT/GC/W/790"]], tags=[ND]),
    q("h-fr09", "fr", "Quelles priorités le Groupe des PMA a-t-il mises en avant en 2017 pour la dimension "
      "développement du commerce électronique ?", L,
      evidence_any=["affordable broadband connectivity and a reliable electricity supply, in particular in rural "
                    "areas",
                    "electronic payment solutions, including mobile money, and efficient trade logistics and "
                    "postal services",
                    "legal and regulatory frameworks for electronic transactions, consumer protection and the "
                    "protection of personal data",
                    "digital skills for entrepreneurs, women and micro, small and medium-sized enterprises"],
      answer_any=[["broadband", "connectivity"], ["payment", "mobile money"],
                  ["legal and regulatory frameworks"], ["digital skills"]], tags=[XL, ND]),
    q("h-fr10", "fr", "De quand date la communication du Groupe des PMA et quelle délégation l'a fait "
      "distribuer ?", L,
      evidence=["The following communication, dated 13 October 2017, is being circulated at the request of the "
                "delegation of Benin"],
      answer_any=[["13 October 2017", "16 October 2017"], ["Benin"]], tags=[XL, ND]),
    q("h-fr11", "fr", "Quelles disciplines étaient considérées comme quasiment finalisées dans l'initiative "
      "conjointe à la fin de 2023 ?", J,
      evidence=["participants have substantially concluded negotiations on the following articles: electronic "
                "signatures and authentication; electronic contracts; paperless trading; electronic invoicing",
                "single windows; online consumer protection; unsolicited commercial electronic messages; open "
                "government data; open internet access; cybersecurity; and transparency"],
      answer_any=[["electronic signatures"], ["paperless trading"], ["online consumer protection"],
                  ["cybersecurity"], ["transparency"]], tags=[XL, ND]),
    q("h-fr12", "fr", "Dans INF/ECOM/85, quels dossiers restaient encore en négociation ?", J,
      evidence=["Work continues on personal data protection, customs duties on electronic transmissions, "
                "telecommunications and development"],
      answer_any=[["personal data protection"], ["customs duties"], ["telecommunications"], ["development"]],
      tags=[XL, ND]),
    q("h-fr13", "fr", "Quels volets de la propriété intellectuelle le programme de travail de 1998 demandait-il "
      "au Conseil des ADPIC d'examiner ?", T,
      evidence=["la protección y observancia del derecho de autor y los derechos conexos, la protección y "
                "observancia de las marcas de fábrica o de comercio",
                "y las nuevas tecnologías y el acceso a la tecnología"],
      answer_any=[["derecho de autor"], ["marcas"], ["nuevas tecnologías", "acceso a la tecnología"]],
      tags=[XL]),
    q("h-fr14", "fr", "Le Conseil des ADPIC s'est-il penché en profondeur sur la responsabilité des "
      "intermédiaires en ligne ?", T,
      evidence=["la responsabilidad de los proveedores de servicios en línea por las infracciones cometidas por "
                "sus usuarios, que no se examinó en detalle"],
      answer_any=[["no se examinó en detalle"]], tags=[XL]),
    q("h-fr15", "fr", "Combien d'internautes comptait-on dans le monde fin 2012 selon la note préparée pour le "
      "Comité du commerce et du développement ?", N,
      evidence=["el número de usuarios de Internet en el mundo superó los 2.400 millones a finales de 2012"],
      answer_any=[["2.400 millones", "2400 millones", "2 400"]], tags=[XL, ND]),
    q("h-fr16", "fr", "Au moment de la note de 2013, quand le moratoire avait-il été reconduit pour la dernière "
      "fois ?", N,
      evidence=["prorrogada por última vez en la Octava Conferencia Ministerial, celebrada en Ginebra en "
                "diciembre de 2011"],
      answer_any=[["Octava Conferencia Ministerial"], ["diciembre de 2011", "2011"]], tags=[XL, ND]),
    q("h-fr17", "fr", "Comment le programme de travail de 1998 définit-il respectivement la mission du Conseil "
      "des ADPIC et celle du Comité du commerce et du développement ?", [T, N],
      evidence=["encomendó al Consejo de los ADPIC que examinara las cuestiones de propiedad intelectual "
                "derivadas del comercio electrónico",
                "encomendó al Comité de Comercio y Desarrollo que examinara las consecuencias del comercio "
                "electrónico para el desarrollo"],
      answer_any=[["propiedad intelectual"], ["para el desarrollo"]], tags=[CMP, XL]),
    q("h-fr18", "fr", "Entre le Conseil général de décembre 2019 et la communication de novembre 2021, comment "
      "la position indienne sur la reconduction du moratoire a-t-elle évolué ?", [G, M],
      evidence=["Le moratoire prive les pays en développement de recettes tarifaires dont ils ont besoin et d'un "
                "outil de politique industrielle",
                "s'abstiennent de proroger automatiquement le moratoire à la CM12 et réexaminent cette pratique"],
      answer_any=[["recettes tarifaires", "devenir permanent"], ["proroger automatiquement"]],
      tags=[CMP, ND]),
    q("h-fr19", "fr", "Et pour les flux de données transfrontières, qu'a-t-il été décidé ?", J,
      history=[
          {"role": "user", "content": "Où en étaient les négociations plurilatérales sur le commerce "
                                      "électronique en décembre 2023 ?"},
          {"role": "assistant", "content": "Les coordonnateurs (Australie, Japon, Singapour) indiquaient que "
                                           "plusieurs articles étaient substantiellement conclus, dont les "
                                           "signatures électroniques et la protection des consommateurs en "
                                           "ligne."},
      ],
      evidence=["participants agreed that these issues will not form part of the package to be concluded in 2024"],
      answer_any=[["will not form part of the package", "not form part"]], tags=[XL, FU]),
    un("h-fr20", "fr", "Selon sa communication de 2021, combien de recettes douanières l'Afrique du Sud a-t-elle "
       "perdues à cause du moratoire en 2020 ?"),
    un("h-fr21", "fr", "Quelle position la Chine a-t-elle prise sur le projet de décision relatif au moratoire au "
       "Conseil général de décembre 2019 ?"),
    un("h-fr22", "fr", "À quelle date l'accord issu de l'initiative conjointe sur le commerce électronique "
       "devait-il entrer en vigueur ?"),
    un("h-fr23", "fr", "Quel budget le Secrétariat a-t-il prévu en 2013 pour ses ateliers nationaux sur le "
       "commerce électronique ?"),

    # ------------------------------------------------------------- Spanish
    q("h-es01", "es", "Según el documento WT/COMTD/W/193, ¿qué organizaciones internacionales apoyan a los "
      "países en desarrollo en comercio electrónico y en qué ámbitos?", N,
      evidence=["La UNCTAD presta asistencia a los países en desarrollo en la reforma de la legislación sobre "
                "comercio electrónico",
                "la UIT apoya el desarrollo de la infraestructura de banda ancha",
                "el Centro de Comercio Internacional ayuda a las pequeñas y medianas empresas a utilizar canales "
                "de venta en línea"],
      answer_any=[["UNCTAD"], ["UIT"], ["Centro de Comercio Internacional"]], tags=[ND]),
    q("h-es02", "es", "¿Qué problemas prácticos plantea la red para perseguir infracciones de propiedad "
      "intelectual, según el Consejo de los ADPIC en 1999?", T,
      evidence=["la naturaleza mundial de Internet plantea dificultades prácticas, en particular en materia de "
                "jurisdicción y de identificación de los infractores"],
      answer_any=[["jurisdicción"], ["identificación de los infractores"]], tags=[ND]),
    q("h-es03", "es", "¿Qué solicitó el Grupo de los PMA a la Secretaría para el primer semestre de 2018?", L,
      evidence=["The Group requests the Secretariat to organize, in the first half of 2018, a dedicated workshop "
                "on e-commerce for LDCs"],
      answer_any=[["workshop"]], tags=[XL]),
    q("h-es04", "es", "¿Y qué reclamó el Grupo de los PMA en esa misma reunión?", G,
      history=[
          {"role": "user", "content": "¿Qué se decidió sobre la moratoria en el Consejo General de diciembre "
                                      "de 2019?"},
          {"role": "assistant", "content": "El Consejo General adoptó el proyecto de decisión WT/GC/W/789 "
                                           "(publicado luego como WT/L/1079), que mantiene la práctica de no "
                                           "imponer derechos de aduana a las transmisiones electrónicas hasta "
                                           "la CM12."},
      ],
      evidence=["accorder une place centrale à la dimension de développement, notamment à la connectivité, aux "
                "compétences numériques"],
      answer_any=[["dimension de développement"], ["connectivité", "compétences numériques",
                                                   "renforcement des capacités"]], tags=[XL, FU, ND]),
    q("h-es05", "es", "¿Cómo cambió la disposición a asumir nuevas disciplinas vinculantes entre el documento de "
      "los PMA de 2017 y la actualización de la iniciativa conjunta de 2023?", [L, J],
      evidence=["The Group is not in a position to negotiate new binding disciplines on electronic commerce at "
                "this stage",
                "participants are discussing transition periods and flexibilities for developing and "
                "least-developed participants"],
      answer_any=[["not in a position"], ["transition periods"]], tags=[CMP, XL, ND]),
    un("h-es06", "es", "Según el informe del Consejo de los ADPIC, ¿cuántos Miembros habían ratificado el Tratado "
       "de la OMPI sobre Derecho de Autor en julio de 1999?"),
    un("h-es07", "es", "¿Qué porcentaje de los ingresos públicos de los PMA representaban los aranceles en 2012, "
       "según la nota de la Secretaría?"),
]


if __name__ == "__main__":
    write_gold("heldout", QUESTIONS, METADATA)
