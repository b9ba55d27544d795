"""Write the fifth held-out gold files (questions + per-file metadata).

    python evals/corpora/sources/heldout5/make_gold.py
    python evals/corpora/sources/heldout5/check_gold.py

Outputs evals/gold/dev-corpus-heldout5.jsonl and
evals/gold/dev-corpus-heldout5-metadata.json.  For "compare" questions the "source"
field is a LIST of the documents the evidence comes from (the first one first).
Unanswerable questions carry "unanswerable": true and no evidence/source: no heldout5
document gives the detail they ask for.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold import CMP, FU, ND, UN, XL, q, un, write_gold  # noqa: E402, F401

TRIPS = "heldout5/trips-council-ecommerce-progress-report-1999.pdf"
GCM = "heldout5/gc-minutes-december-2019-ecommerce.txt"
LDC = "heldout5/ldc-group-communication-mc12-ecommerce.md"
SIG = "heldout5/e-signatures-e-authentication-secretariat-note.docx"
SRV = "heldout5/conseil-services-classification-services-informatiques-2011.pdf"
WOM = "heldout5/atelier-commerce-numerique-femmes-entrepreneures-2022.docx"
DEV = "heldout5/debat-specifique-developpement-pme-2013.html"
MAR = "heldout5/examen-politiques-commerciales-maroc-commerce-electronique-2016.txt"
TBT = "heldout5/comite-otc-ventas-en-linea-seguridad-productos-2025.pdf"
JSI = "heldout5/iniciativa-conjunta-informe-coconvocantes-2020.html"
REV = "heldout5/comunicacion-moratoria-ingresos-arancelarios-2023.md"

FN = "footnote"

METADATA = {
    "trips-council-ecommerce-progress-report-1999.pdf": {
        "title": "The Work Programme on Electronic Commerce – Progress Report to the General Council (adopted by "
                 "the Council for TRIPS on 7-8 July 1999)",
        "symbol": "IP/C/18", "date": "1999-07-30", "kind": "report",
        "body": "Council for Trade-Related Aspects of Intellectual Property Rights", "session": None,
        "place": None, "language": "en", "original_language": "en"},
    "gc-minutes-december-2019-ecommerce.txt": {
        "title": "General Council – Minutes of the meeting held in the Centre William Rappard on 9 and 10 December "
                 "2019 (extract: items 4, Work Programme on Electronic Commerce, and 5, TRIPS non-violation and "
                 "situation complaints)",
        "symbol": "WT/GC/M/181", "date": "2020-02-04", "kind": "minutes",
        "body": "General Council", "session": None, "place": "Geneva",
        "language": "en", "original_language": "en"},
    "ldc-group-communication-mc12-ecommerce.md": {
        "title": "Work Programme on Electronic Commerce: Priorities of the Least Developed Countries – "
                 "Communication from Chad on behalf of the LDC Group",
        "symbol": "WT/MIN(21)/W/14", "date": "2021-11-25", "kind": "communication",
        "body": "Ministerial Conference", "session": "Twelfth Session", "place": "Geneva",
        "language": "en", "original_language": "en"},
    "e-signatures-e-authentication-secretariat-note.docx": {
        "title": "Electronic Signatures and Electronic Authentication: Approaches in Members' Legal Frameworks – "
                 "Note by the Secretariat",
        "symbol": "JOB/GC/177", "date": "2018-05-14", "kind": "note",
        "body": "General Council", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "conseil-services-classification-services-informatiques-2011.pdf": {
        "title": "Programme de travail sur le commerce électronique – Classification des services informatiques "
                 "et services connexes – Rapport de situation du Président du Conseil du commerce des services",
        "symbol": "S/C/W/358", "date": "2011-07-20", "kind": "report",
        "body": "Conseil du commerce des services", "session": None, "place": None,
        "language": "fr", "original_language": "en"},
    "atelier-commerce-numerique-femmes-entrepreneures-2022.docx": {
        "title": "Atelier sur le commerce numérique et les femmes entrepreneures – Rapport de synthèse établi par "
                 "le Secrétariat",
        "symbol": "JOB/GC/318", "date": "2022-11-15", "kind": "report",
        "body": "Conseil général", "session": None, "place": "Geneva",
        "language": "fr", "original_language": "fr"},
    "debat-specifique-developpement-pme-2013.html": {
        "title": "Programme de travail sur le commerce électronique – Débat spécifique sur le commerce "
                 "électronique, le développement et les petites et moyennes entreprises – Rapport du facilitateur",
        "symbol": "WT/GC/W/672", "date": "2013-04-30", "kind": "report",
        "body": "Conseil général", "session": None, "place": None,
        "language": "fr", "original_language": "en"},
    "examen-politiques-commerciales-maroc-commerce-electronique-2016.txt": {
        "title": "Examen des politiques commerciales – Rapport du Secrétariat – Royaume du Maroc (extrait : "
                 "section 4.5.3, Technologies de l'information et commerce électronique)",
        "symbol": "WT/TPR/S/329", "date": "2016-02-02", "kind": "report",
        "body": "Organe d'examen des politiques commerciales", "session": None, "place": None,
        "language": "fr", "original_language": "fr"},
    "comite-otc-ventas-en-linea-seguridad-productos-2025.pdf": {
        "title": "El comercio electrónico de mercancías y la conformidad de los productos vendidos en línea – "
                 "Resumen de la sesión temática del 13 de noviembre de 2024 – Nota de la Secretaría",
        "symbol": "G/TBT/W/812", "date": "2025-03-18", "kind": "note",
        "body": "Comité de Obstáculos Técnicos al Comercio", "session": None, "place": None,
        "language": "es", "original_language": "en"},
    "iniciativa-conjunta-informe-coconvocantes-2020.html": {
        "title": "Declaración Conjunta sobre el Comercio Electrónico – Informe de situación de los coconvocantes "
                 "(Australia, el Japón y Singapur)",
        "symbol": "INF/ECOM/61", "date": "2020-12-14", "kind": "report",
        "body": "Iniciativa Conjunta sobre el Comercio Electrónico (coconvocantes: Australia, el Japón y Singapur)",
        "session": None, "place": None,
        "language": "es", "original_language": "en"},
    "comunicacion-moratoria-ingresos-arancelarios-2023.md": {
        "title": "Programa de Trabajo sobre el Comercio Electrónico – La moratoria sobre los derechos de aduana a "
                 "las transmisiones electrónicas: ¿cuántos ingresos están realmente en juego? – Comunicación de "
                 "Costa Rica, Guatemala, Panamá y el Uruguay",
        "symbol": "WT/GC/W/910", "date": "2023-11-07", "kind": "communication",
        "body": "Consejo General", "session": None, "place": None,
        "language": "es", "original_language": "es"},
}


def user(text):
    return {"role": "user", "content": text}


def assistant(text):
    return {"role": "assistant", "content": text}


QUESTIONS = [
    # ------------------------------------------------------------------ English
    q("h5-en01", "en", "Back in 1999, which delegations sent written input to the TRIPS Council's e-commerce "
      "discussions?", TRIPS,
      evidence=["Written contributions were received from Australia, the European Communities, Japan and the "
                "United States."],
      answer_any=[["Australia"], ["European Communities", "EC", "European Union", "EU"], ["Japan"],
                  ["United States", "US", "USA", "U.S."]], tags=[ND]),
    q("h5-en02", "en", "What figure did South Africa put on worldwide tariff revenue lost to the moratorium when "
      "the General Council met in December 2019?", GCM,
      evidence=["estimated the potential tariff revenue forgone worldwide in 2017 because of the moratorium at "
                "more than US$10 billion"],
      answer_any=[["10 billion", "US$10 billion", "$10 billion", "USD 10 billion", "10 000 millones",
                   "10.000 millones", "10 milliards"]], tags=[ND]),
    q("h5-en03", "en", "Which of those countries warned that the extension must not become a step towards a "
      "permanent ban on duties?", GCM,
      history=[user("At the December 2019 General Council, who spoke on the e-commerce moratorium?"),
               assistant("India, South Africa, Indonesia, Australia, the European Union, Japan, Chile, Nigeria "
                         "for the African Group, China and the United States all took the floor before the "
                         "Council adopted the draft decision extending the moratorium to MC12.")],
      evidence=["stressed that the present extension should not be seen as a step towards making it permanent"],
      answer_any=[["India", "Inde"]], tags=[FU]),
    q("h5-en04", "en", "How often does the LDC Group want them held?", LDC,
      history=[user("What did the LDC Group propose for MC12 on dedicated discussions?"),
               assistant("Among its elements for the MC12 outcome, the Group asked Members to reinvigorate the "
                         "Work Programme with dedicated discussions on the development dimension, held under the "
                         "auspices of the General Council.")],
      evidence=["dedicated discussions on the development dimension held at least twice a year under the auspices "
                "of the General Council"],
      answer_any=[["twice a year", "two times a year", "twice", "two a year", "deux fois par an",
                   "dos veces al año"]], tags=[FU]),
    q("h5-en05", "en", "Per the Secretariat's May 2018 note, how many RTAs with e-commerce provisions include an "
      "e-signature or authentication clause?", SIG,
      evidence=["Of the 75 regional trade agreements with provisions on electronic commerce notified to the WTO by "
                "the end of 2017, 58 contain a provision"],
      answer_any=[["58"]], tags=[ND]),
    q("h5-en06", "en", "And what if the seller didn't give the buyer the required information up front?", MAR,
      history=[user("How long does a Moroccan consumer have to back out of an online purchase?"),
               assistant("Under Law 31-08 of 2011 on consumer protection, the consumer has seven days to exercise "
                         "the right of withdrawal for distance contracts, including those concluded online.")],
      evidence=["ce délai est porté à trente jours lorsque le fournisseur n'a pas respecté ses obligations "
                "d'information"],
      answer_any=[["thirty", "30", "trente", "treinta"]], tags=[FU, XL]),
    q("h5-en07", "en", "In the TBT Committee's March 2025 note, how quickly do online marketplaces have to act on "
      "authorities' takedown orders under the EU's general product safety rules?", TBT,
      evidence=["dar curso en un plazo de dos días hábiles a las órdenes de las autoridades de retirar contenidos "
                "relativos a productos peligrosos"],
      answer_any=[["two working days", "2 working days", "two business days", "dos días hábiles", "2 días hábiles",
                   "deux jours ouvrables", "two days", "2 days"]], tags=[XL, ND]),
    q("h5-en08", "en", "Which parts of the e-commerce plurilateral text had been cleaned up by end-2020?", JSI,
      evidence=["Se han obtenido textos depurados sobre dos artículos: los mensajes comerciales electrónicos no "
                "solicitados y las firmas y la autenticación electrónicas."],
      answer_any=[["spam", "unsolicited", "no solicitados", "non sollicités"],
                  ["signature", "firmas", "authentication", "autenticación"]], tags=[XL]),
    q("h5-en09", "en", "What annual revenue did Costa Rica, Guatemala, Panama and Uruguay estimate Guatemala could "
      "raise by putting duties on electronic transmissions?", REV,
      evidence=["ascenderían a 2,9 millones de dólares en Costa Rica, 4,1 millones en Guatemala"],
      answer_any=[["4.1", "4,1"]], tags=[XL, ND]),
    q("h5-en10", "en", "At the 2022 WTO workshop on women in digital trade, what share of exporting firms was said "
      "to be owned by women?", WOM,
      evidence=["une entreprise exportatrice sur cinq seulement est détenue par une femme"],
      answer_any=[["one in five", "1 in 5", "one out of five", "one fifth", "20", "une sur cinq",
                   "uno de cada cinco"]], tags=[XL, ND]),
    q("h5-en11", "en", "Into how many sub-sectors does the W/120 list split computer and related services?", SRV,
      evidence=["Cette rubrique comprend cinq sous-secteurs : les services de consultation en matière "
                "d'installation des matériels informatiques (CPC 841)"],
      answer_any=[["five", "5", "cinq", "cinco"]], tags=[XL]),
    q("h5-en12", "en", "On what dates in 2011 did the Services Council discuss the classification of computer "
      "services?", SRV,
      evidence=["lors de ses réunions du 25 mars, du 27 mai et du 4 juillet 2011"],
      answer_any=[["25 March", "March 25", "25 mars", "25 de marzo"], ["27 May", "May 27", "27 mai", "27 de mayo"],
                  ["4 July", "July 4", "4 juillet", "4 de julio"]], tags=[XL, ND]),
    q("h5-en13", "en", "How many people attended the women entrepreneurs workshop and how many of them were in the "
      "room?", WOM,
      evidence=["Quelque 140 personnes y ont participé, dont 55 en présentiel"],
      answer_any=[["140"], ["55"]], tags=[XL]),
    q("h5-en14", "en", "Which international agencies joined the April 2013 dedicated discussion on development and "
      "SMEs?", DEV,
      evidence=["des représentants de la CNUCED, de l'Union internationale des télécommunications (UIT) et du "
                "Centre du commerce international y ont participé"],
      answer_any=[["UNCTAD", "CNUCED"], ["ITU", "UIT", "International Telecommunication Union"],
                  ["ITC", "International Trade Centre", "Centre du commerce international", "CCI"]], tags=[XL, ND]),
    q("h5-en15", "en", "Who licenses e-certification providers in Morocco, and how many had been approved by end "
      "2015?", MAR,
      evidence=["L'ANRT est l'autorité nationale chargée de l'agrément et de la surveillance de ces prestataires.",
                "À la fin de 2015, un seul prestataire avait été agréé, Barid Al-Maghrib"],
      answer_any=[["ANRT", "telecommunications regulator", "Agence nationale de réglementation des "
                   "télécommunications"], ["one", "1", "single", "Barid"]], tags=[XL]),
    q("h5-en16", "en", "Roughly how many delegates followed the TBT thematic session of November 2024?", TBT,
      evidence=["Asistieron a ella unos 180 delegados, presencialmente o a distancia."],
      answer_any=[["180"]], tags=[XL, ND]),
    q("h5-en17", "en", "Where did JSI participants still disagree at the end of 2020?", JSI,
      evidence=["los participantes mantienen posiciones divergentes sobre los flujos transfronterizos de datos, la "
                "localización de las instalaciones informáticas"],
      answer_any=[["data flows", "flujos", "flux", "data"], ["locali"]], tags=[XL]),
    q("h5-en18", "en", "Which HS chapters did the four Latin American members use to estimate the tariff revenue at "
      "stake?", REV,
      evidence=["productos digitalizables de los capítulos 37, 49, 85 y 95 del Sistema Armonizado"],
      answer_any=[["37"], ["49"], ["85"], ["95"]], tags=[XL, ND]),
    q("h5-en19", "en", "The December 2019 GC minutes and the 2023 communication from Costa Rica, Guatemala, Panama "
      "and Uruguay both cite UNCTAD on revenue lost to the moratorium: what figure does each give?", [GCM, REV],
      evidence=["estimated the potential tariff revenue forgone worldwide in 2017 because of the moratorium at "
                "more than US$10 billion",
                "cifró los ingresos potenciales no percibidos en 2017 en más de 10 000 millones de dólares"],
      answer_any=[["10 billion", "10 000 millones", "10.000 millones", "10,000 million", "10 milliards"]],
      tags=[CMP, XL, ND]),
    q("h5-en20", "en", "Which came first, Morocco's e-signature law or Chile's?", [MAR, SIG],
      evidence=["La loi n° 53-05 relative à l'échange électronique de données juridiques, promulguée en 2007",
                "Chile Law No. 19.799 on electronic documents and electronic signatures 2002 Two-tier"],
      answer_any=[["Chile", "Chili"], ["2002"], ["2007"]], tags=[CMP, XL]),
    q("h5-en21", "en", "How did the number of members in the e-commerce joint statement talks change between "
      "December 2019 and December 2020?", [GCM, JSI],
      evidence=["He noted that 82 Members were now taking part in the negotiations launched in January 2019.",
                "el número de participantes ha pasado de 76 a 86 Miembros de la OMC"],
      answer_any=[["82"], ["86"]], tags=[CMP, XL]),
    q("h5-en22", "en", "How much did internet use in the least developed countries change between the 2013 "
      "dedicated discussion and the LDC Group's MC12 paper?", [LDC, DEV],
      evidence=["only 27 per cent of the population of LDCs used the Internet in 2021",
                "le taux de pénétration n'atteignait qu'environ 6 % dans les pays les moins avancés"],
      answer_any=[["6"], ["27"]], tags=[CMP, XL, ND]),
    un("h5-en23", "en", "What did Brazil say about the moratorium at the December 2019 General Council meeting?"),
    un("h5-en24", "en", "How many ratifications did the WPPT have by the end of 1999?"),
    un("h5-en25", "en", "What position did the LDC Group take on the moratorium at MC13 in Abu Dhabi?"),
    un("h5-en26", "en", "Which approach does Japan's electronic signature law follow in the Secretariat's 2018 "
                        "table?"),
    un("h5-en27", "en", "How many delegations attended the TRIPS Council meeting of July 1999?"),
    un("h5-en28", "en", "What did the General Council decide on the e-commerce work programme at its July 2020 "
                        "meeting?"),
    # ------------------------------------------------------------------ French
    q("h5-fr01", "fr", "D'après la note de bas de page du document S/C/W/358, quels Membres ont en général des "
      "engagements plus larges en services informatiques ?", SRV,
      evidence=["Ce chiffre inclut les engagements des Membres ayant accédé à l'OMC depuis 1995, qui sont en "
                "général plus étendus que ceux des Membres originels."],
      answer_any=[["accédé", "accession", "acceded", "adhesión", "adhérents", "accédants"]], tags=[FN, ND]),
    q("h5-fr02", "fr", "En quelle année la proposition d'entente sur la CPC 84 a-t-elle été remaniée ?", SRV,
      evidence=["La proposition, diffusée pour la première fois en 2001 et révisée en 2007"],
      answer_any=[["2007"]], tags=[FN]),
    q("h5-fr03", "fr", "Et la Jordanie, qu'a-t-elle présenté ?", WOM,
      history=[user("Qui a ouvert l'atelier de l'OMC sur le commerce numérique et les femmes entrepreneures ?"),
               assistant("Les coprésidents du Groupe de travail informel sur le commerce et l'égalité des genres, "
                         "à savoir le Botswana, El Salvador et l'Islande.")],
      evidence=["un programme national de formation aux compétences numériques destiné aux femmes des zones "
                "rurales"],
      answer_any=[["formation", "training", "capacitación"], ["rural"]], tags=[FU]),
    q("h5-fr04", "fr", "Et à quelle conférence ministérielle devait-il rendre compte ?", DEV,
      history=[user("Qu'a suggéré le facilitateur à l'issue du débat spécifique d'avril 2013 ?"),
               assistant("Il a suggéré que le Conseil général tienne un deuxième débat spécifique au second "
                         "semestre de 2013, consacré aux aspects réglementaires du commerce électronique.")],
      evidence=["la neuvième Conférence ministérielle, prévue à Bali en décembre 2013"],
      answer_any=[["Bali"]], tags=[FU]),
    q("h5-fr05", "fr", "Dans l'examen des politiques commerciales du Maroc de 2016, par quel dahir la loi sur la "
      "protection du consommateur a-t-elle été promulguée ?", MAR,
      evidence=["Loi n° 31-08 promulguée par le dahir n° 1-11-03 du 18 février 2011"],
      answer_any=[["1-11-03"]], tags=[FN, ND]),
    q("h5-fr06", "fr", "Combien de ratifications ou d'adhésions fallait-il pour que les deux traités Internet de "
      "l'OMPI de 1996 entrent en vigueur ?", TRIPS,
      evidence=["Each treaty requires thirty instruments of ratification or accession to enter into force."],
      answer_any=[["trente", "30", "thirty", "treinta"]], tags=[FN, XL]),
    q("h5-fr07", "fr", "Où et quand la douzième Conférence ministérielle devait-elle se tenir selon la décision du "
      "Conseil général de décembre 2019 ?", GCM,
      evidence=["scheduled to be held in Nur-Sultan, Kazakhstan, in June 2020"],
      answer_any=[["Nur-Sultan", "Noursoultan", "Kazakhstan", "Astana"], ["juin 2020", "June 2020", "2020"]],
      tags=[XL, ND]),
    q("h5-fr08", "fr", "Quel Membre s'exprimait au nom du Groupe africain en décembre 2019 et que demandait-il ?",
      GCM,
      evidence=["The representative of Nigeria, speaking on behalf of the African Group",
                "The Group called for technical assistance to help African Members benefit from electronic commerce"],
      answer_any=[["Nigeria", "Nigéria"], ["assistance technique", "technical assistance", "asistencia técnica"]],
      tags=[XL, ND]),
    q("h5-fr09", "fr", "Qu'est-ce qui distingue une signature numérique des autres signatures électroniques, "
      "selon la note du Secrétariat de 2018 ?", SIG,
      evidence=["A digital signature is a particular kind of electronic signature based on public-key "
                "cryptography."],
      answer_any=[["clé publique", "public-key", "public key", "clave pública", "cryptograph", "criptograf"]],
      tags=[XL, ND]),
    q("h5-fr10", "fr", "Quels pays membres du Groupe PMA doivent quitter la catégorie en 2026 ?", LDC,
      evidence=["Bangladesh, the Lao People's Democratic Republic and Nepal are scheduled to graduate in 2026"],
      answer_any=[["Bangladesh"], ["Lao", "Laos"], ["Nepal", "Népal"]], tags=[XL]),
    q("h5-fr11", "fr", "Comment le Japon voyait-il l'articulation entre le Programme de travail et l'Initiative "
      "conjointe lors du Conseil général de décembre 2019 ?", GCM,
      evidence=["Japan considered the multilateral Work Programme and the Joint Statement Initiative to be "
                "complementary"],
      answer_any=[["complémentaires", "complementary", "complementarios", "complément"]], tags=[XL, ND]),
    q("h5-fr12", "fr", "Quelle loi américaine impose aux places de marché en ligne de vérifier l'identité des "
      "vendeurs tiers à gros volume ?", TBT,
      evidence=["se refirieron a la Ley INFORM Consumers, en vigor desde junio de 2023"],
      answer_any=[["INFORM"]], tags=[XL]),
    q("h5-fr13", "fr", "À quelle date le texte de négociation consolidé sur le commerce électronique a-t-il été "
      "remis aux participants ?", JSI,
      evidence=["El 14 de diciembre de 2020 se distribuyó a los participantes un texto de negociación consolidado "
                "(INF/ECOM/62)"],
      answer_any=[["14 décembre 2020", "14 December 2020", "December 14, 2020", "14 de diciembre de 2020",
                   "2020-12-14", "14/12/2020"]], tags=[XL]),
    q("h5-fr14", "fr", "Pourquoi les estimations des recettes perdues à cause du moratoire divergent-elles autant ?",
      REV,
      evidence=["el grado en que las transmisiones electrónicas sustituyen a las mercancías físicas",
                "la utilización de los tipos consolidados o de los tipos efectivamente aplicados"],
      answer_any=[["substitu", "sustitu"], ["consolid", "bound"]], tags=[XL]),
    q("h5-fr15", "fr", "Le Conseil des ADPIC en 1999 et le Conseil du commerce des services en 2011 sont-ils "
      "arrivés à la même conclusion sur la suite de leurs travaux ?", [TRIPS, SRV],
      evidence=["The Council agreed that the examination of the intellectual property issues arising from "
                "electronic commerce should continue",
                "Le Conseil est convenu de poursuivre l'examen de la question à ses prochaines réunions"],
      answer_any=[["poursuivre", "continuer", "continue", "poursuite"]], tags=[CMP, XL, ND]),
    q("h5-fr16", "fr", "Que réclamaient les participantes de l'atelier de 2022 pour les petits envois, et combien "
      "d'envois de faible valeur l'UE a-t-elle déclarés pour 2023 devant le Comité OTC ?", [WOM, TBT],
      evidence=["D'autres participantes ont plaidé pour des procédures douanières simplifiées applicables aux "
                "envois de faible valeur.",
                "en 2023 habían entrado en su territorio unos 2 400 millones de envíos de escaso valor"],
      answer_any=[["simplifi"], ["2 400 millions", "2,4 milliards", "2.4 billion", "2 400 millones", "2400",
                                 "2 400"]], tags=[CMP, XL]),
    q("h5-fr17", "fr", "Le Maroc en 2016 et l'Uruguay taxaient-ils les services numériques fournis par des "
      "prestataires non résidents ?", [MAR, REV],
      evidence=["Aucune disposition fiscale spécifique ne vise à ce jour les services fournis en ligne par des "
                "prestataires non résidents.",
                "El Uruguay aplica el impuesto al valor agregado a los servicios digitales prestados por proveedores "
                "no residentes desde 2018"],
      answer_any=[["2018"]], tags=[CMP, XL]),
    q("h5-fr18", "fr", "Qu'ont dit les intervenants kényans sur l'argent mobile, lors du débat de 2013 puis de "
      "l'atelier de 2022 ?", [DEV, WOM],
      evidence=["Le service M-Pesa, lancé en 2007, comptait selon elle plus de 17 millions d'utilisateurs",
                "les frais de conversion de devises absorbaient jusqu'à 8 % de la valeur de ses ventes"],
      answer_any=[["17 millions", "17 million"], ["8"]], tags=[CMP, ND]),
    un("h5-fr19", "fr", "Combien de prestataires de certification électronique le Maroc avait-il agréés en 2020 ?"),
    un("h5-fr20", "fr", "Quelle plate-forme d'Asie du Sud-Est a présenté son programme de formation des vendeuses "
                        "lors de l'atelier de 2022 ?"),
    un("h5-fr21", "fr", "Quelle proportion des engagements en services informatiques comporte des limitations "
                        "pour le mode 3 ?"),
    un("h5-fr22", "fr", "Qu'a déclaré l'Inde lors du débat spécifique d'avril 2013 sur le développement ?"),
    un("h5-fr23", "fr", "Quel montant de paiements en ligne le CMI a-t-il traité en 2015 ?"),
    un("h5-fr24", "fr", "Comment s'appelle le Vice-Président du Conseil général qui a facilité le débat de "
                        "2013 ?"),
    # ------------------------------------------------------------------ Spanish
    q("h5-es01", "es", "¿Qué día se hizo la búsqueda de notificaciones OTC relacionadas con el comercio "
      "electrónico?", TBT,
      evidence=["Búsqueda efectuada el 31 de enero de 2025 en el Sistema de Gestión de la Información OTC"],
      answer_any=[["31 de enero de 2025", "31 January 2025", "31 janvier 2025", "2025-01-31", "31/01/2025"]],
      tags=[FN]),
    q("h5-es02", "es", "¿Y el Brasil?", TBT,
      history=[user("¿Qué explicó Australia en la sesión temática del Comité OTC sobre los productos vendidos en "
                    "línea?"),
               assistant("Describió su Compromiso de Seguridad de los Productos, voluntario, firmado por cuatro "
                         "plataformas en 2020: las firmantes retiran los anuncios de productos peligrosos en dos "
                         "días hábiles tras la notificación de la autoridad.")],
      evidence=["había concertado acuerdos de cooperación con las principales plataformas que operan en el país"],
      answer_any=[["cooperación", "cooperation", "coopération"]], tags=[FU]),
    q("h5-es03", "es", "¿Y cuándo está prevista la primera ronda de 2021?", JSI,
      history=[user("¿Cuándo fue la última plenaria de 2020 de la Iniciativa Conjunta sobre el Comercio "
                    "Electrónico?"),
               assistant("Se celebró en formato virtual los días 9 y 10 de diciembre de 2020.")],
      evidence=["La primera ronda de negociación de 2021 se celebrará en febrero"],
      answer_any=[["febrero", "February", "février"]], tags=[FU]),
    q("h5-es04", "es", "¿Qué tipos arancelarios y de qué año se usaron para calcular los ingresos en juego en la "
      "comunicación WT/GC/W/910?", REV,
      evidence=["Datos de importación de las administraciones aduaneras nacionales; tipos NMF aplicados en 2021."],
      answer_any=[["NMF", "MFN", "NPF", "nación más favorecida"], ["2021"]], tags=[FN, ND]),
    q("h5-es05", "es", "¿Desde qué fecha cobra Costa Rica IVA a los servicios digitales?", REV,
      evidence=["en vigor para los servicios digitales desde el 1 de octubre de 2020"],
      answer_any=[["1 de octubre de 2020", "octubre de 2020", "October 2020", "octobre 2020", "2020-10-01"]],
      tags=[FN]),
    q("h5-es06", "es", "¿Quién dirigió los debates estructurados sobre comercio electrónico en 2019?", GCM,
      evidence=["her Friend for the Work Programme, Ambassador Alfredo Suescum of Panama"],
      answer_any=[["Suescum"]], tags=[XL]),
    q("h5-es07", "es", "Según la nota de la Secretaría de 2018, ¿qué enfoque sigue la ley ESIGN de los Estados "
      "Unidos?", SIG,
      evidence=["United States Electronic Signatures in Global and National Commerce Act 2000 Minimalist"],
      answer_any=[["minimalista", "minimalist", "minimaliste", "neutral"]], tags=[XL, ND]),
    q("h5-es08", "es", "¿Protege el Acuerdo sobre los ADPIC la propiedad intelectual en línea igual que fuera de "
      "línea, según el informe del Consejo de los ADPIC de 1999?", TRIPS,
      evidence=["applies to intellectual property used or traded through electronic means in the same way as it "
                "does in the physical environment"],
      answer_any=[["same way", "mismo modo", "misma manera", "igual", "même", "mismo"]], tags=[XL, ND]),
    q("h5-es09", "es", "¿Qué cifra de ventas minoristas en línea dio China en el debate específico de 2013?", DEV,
      evidence=["les ventes au détail en ligne avaient dépassé 1 300 milliards de yuans en 2012"],
      answer_any=[["1 300", "1300", "1.300", "1,3", "1.3"]], tags=[XL, ND]),
    q("h5-es10", "es", "¿Qué arancel aplica Marruecos al software importado en soporte físico?", MAR,
      evidence=["Les logiciels importés sur support physique sont soumis à un droit de douane de 2,5 %."],
      answer_any=[["2,5", "2.5"]], tags=[XL]),
    q("h5-es11", "es", "¿Cuántos Miembros tenían compromisos en servicios de informática a mediados de 2011?", SRV,
      evidence=["93 Membres avaient pris des engagements dans au moins un sous-secteur des services informatiques "
                "au 30 juin 2011"],
      answer_any=[["93"]], tags=[XL]),
    q("h5-es12", "es", "En el taller de 2022 sobre mujeres empresarias, ¿qué parte de su facturación de "
      "exportación le costaban los envíos y devoluciones a la exportadora guatemalteca?", WOM,
      evidence=["la gestion des retours représentaient près d'un tiers de son chiffre d'affaires à l'exportation"],
      answer_any=[["tercio", "third", "tiers", "1/3", "33"]], tags=[XL, ND]),
    q("h5-es13", "es", "¿Qué pide el Grupo PMA para los Miembros que acaban de dejar de ser PMA?", LDC,
      evidence=["effective and operational special and differential treatment, including flexibility in any future "
                "rules, for LDCs and for Members that have recently graduated"],
      answer_any=[["trato especial y diferenciado", "special and differential", "SDT", "TED",
                   "traitement spécial et différencié", "flexib"]], tags=[XL]),
    q("h5-es14", "es", "¿A quién iban dirigidas las recomendaciones del proceso de la OMPI sobre nombres de "
      "dominio?", TRIPS,
      evidence=["Its recommendations were addressed to the Internet Corporation for Assigned Names and Numbers "
                "(ICANN), established in 1998."],
      answer_any=[["ICANN", "Internet Corporation for Assigned Names and Numbers"]], tags=[FN, XL]),
    q("h5-es15", "es", "¿Y con qué signatura se distribuyó finalmente esa decisión?", GCM,
      history=[user("¿Qué decidió el Consejo General sobre el comercio electrónico en diciembre de 2019?"),
               assistant("Adoptó el proyecto de decisión del documento WT/GC/W/799: mantener la práctica de no "
                         "imponer derechos de aduana a las transmisiones electrónicas hasta la CM12 y proseguir los "
                         "debates estructurados del Programa de Trabajo.")],
      evidence=["The decision was subsequently circulated as document WT/L/1079, dated 11 December 2019."],
      answer_any=[["WT/L/1079"]], tags=[FU, FN, XL]),
    q("h5-es16", "es", "¿Cuántas evaluaciones eTrade Readiness había hecho la UNCTAD hasta noviembre de 2021, y "
      "cuántas en PMA?", LDC,
      evidence=["By November 2021 UNCTAD had completed such assessments for 27 countries, 19 of them LDCs."],
      answer_any=[["27"], ["19"]], tags=[FN, XL]),
    q("h5-es17", "es", "¿Qué pidieron a la Secretaría sobre los ingresos de la moratoria el Grupo PMA en 2021 y "
      "Costa Rica, Guatemala, Panamá y el Uruguay en 2023?", [LDC, REV],
      evidence=["requests the Secretariat, in cooperation with UNCTAD, to prepare an analysis of the potential "
                "tariff revenue at stake for LDCs",
                "que la Secretaría recopile, con carácter voluntario, los datos que faciliten los Miembros sobre sus "
                "importaciones de productos digitalizables"],
      answer_any=[["análisis", "analysis", "analyse", "analizar"], ["recopil", "compile", "datos", "data"]],
      tags=[CMP, XL, ND]),
    q("h5-es18", "es", "¿Qué Miembros presentaron contribuciones escritas al Consejo de los ADPIC en 1999 y al "
      "Consejo del Comercio de Servicios en 2011?", [TRIPS, SRV],
      evidence=["Written contributions were received from Australia, the European Communities, Japan and the "
                "United States.",
                "ainsi que sur des contributions écrites du Canada, de l'Union européenne et de la Suisse"],
      answer_any=[["Australia"], ["Japan", "Japón", "Japon"], ["Canad"], ["Suiza", "Switzerland", "Suisse"]],
      tags=[CMP, XL, ND]),
    q("h5-es19", "es", "¿Coincidían los Estados Unidos en 2019 y los autores de la comunicación de 2023 sobre una "
      "moratoria permanente?", [GCM, REV],
      evidence=["believed that a permanent moratorium would best serve the interests of all Members",
                "que la CM13 renueve la moratoria, preferiblemente con carácter permanente"],
      answer_any=[["permanente", "permanent"]], tags=[CMP, XL]),
    q("h5-es20", "es", "¿Cuántos PMA participaban en la Iniciativa Conjunta según los coconvocantes en 2020, y "
      "cómo describía esa participación el Grupo PMA un año después?", [JSI, LDC],
      evidence=["entre ellos cuatro países menos adelantados",
                "the Group notes that only a handful of LDCs take part in it"],
      answer_any=[["cuatro", "four", "4", "quatre"]], tags=[CMP, XL]),
    un("h5-es21", "es", "¿Cuántos ingresos arancelarios potenciales se estimaron para el Perú?"),
    un("h5-es22", "es", "¿En qué fecha se celebró la sesión temática del Comité OTC de 2026?"),
    un("h5-es23", "es", "¿Cuántos Miembros participaban en la Iniciativa Conjunta en julio de 2021?"),
    un("h5-es24", "es", "¿Qué sanciones prevé la Ley INFORM de los Estados Unidos para las plataformas que "
                        "incumplan?"),
    un("h5-es25", "es", "¿Qué dijo México en la reunión del Consejo General de diciembre de 2019?"),
    un("h5-es26", "es", "¿Cuántos miembros del Grupo PMA apoyaron la moratoria en la CM12?"),
]


if __name__ == "__main__":
    write_gold("heldout5", QUESTIONS, METADATA)
