"""Write the third held-out gold files (questions + per-file metadata).

    python evals/corpora/sources/heldout3/make_gold.py
    python evals/corpora/sources/heldout3/check_gold.py

Outputs evals/gold/dev-corpus-heldout3.jsonl and
evals/gold/dev-corpus-heldout3-metadata.json.  For "compare" questions the
"source" field is a LIST of the documents the evidence comes from.
Unanswerable questions carry "unanswerable": true and no evidence/source:
neither the seed corpus (corpus/) nor heldout3 answers them.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold import CMP, FU, ND, UN, XL, q, un, write_gold  # noqa: E402, F401

MR = "heldout3/moratorium-revenue-communication.pdf"
SN = "heldout3/secretariat-note-digital-trade-statistics.docx"
JS = "heldout3/jsi-coconvenors-state-of-play.html"
NA = "heldout3/decision-ministerielle-nairobi.pdf"
FA = "heldout3/rapport-facilitateur-programme-travail.md"
CS = "heldout3/conseil-services-rapport-commerce-electronique.txt"
EP = "heldout3/economias-pequenas-vulnerables-comunicacion.docx"
GC = "heldout3/consejo-general-acta-comercio-electronico.html"
TA = "heldout3/taller-ccd-brecha-digital.txt"

FN = "footnote"

METADATA = {
    "moratorium-revenue-communication.pdf": {
        "title": "Work Programme on Electronic Commerce – The Moratorium on Customs Duties on Electronic "
                 "Transmissions: What It Means for Public Revenue in Developing Members",
        "symbol": "WT/GC/W/866", "date": "2023-04-14", "kind": "communication",
        "body": "General Council", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "secretariat-note-digital-trade-statistics.docx": {
        "title": "Work Programme on Electronic Commerce – Digitally Delivered Services and Digital Trade: "
                 "A Statistical Background – Note by the Secretariat",
        "symbol": "JOB/GC/401", "date": "2024-10-07", "kind": "note",
        "body": "General Council", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "jsi-coconvenors-state-of-play.html": {
        "title": "Joint Statement Initiative on Electronic Commerce – State of play at the end of 2023 and the "
                 "road to the Thirteenth Ministerial Conference – Note by the co-convenors",
        "symbol": "INF/ECOM/85", "date": "2023-12-22", "kind": "note",
        "body": "Joint Statement Initiative on Electronic Commerce (co-convenors Australia, Japan and Singapore)",
        "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "decision-ministerielle-nairobi.pdf": {
        "title": "Programme de travail sur le commerce électronique – Décision ministérielle du 19 décembre 2015",
        "symbol": "WT/MIN(15)/42", "date": "2015-12-21", "kind": "decision",
        "body": "Conférence ministérielle", "session": "MC10", "place": "Nairobi",
        "language": "fr", "original_language": "en"},
    "rapport-facilitateur-programme-travail.md": {
        "title": "Programme de travail sur le commerce électronique – Rapport du facilitateur au Conseil général",
        "symbol": "JOB/GC/398", "date": "2024-07-19", "kind": "report",
        "body": "Conseil général", "session": None, "place": None,
        "language": "fr", "original_language": "en"},
    "conseil-services-rapport-commerce-electronique.txt": {
        "title": "Programme de travail sur le commerce électronique – Rapport du Conseil du commerce des services "
                 "au Conseil général",
        "symbol": "S/C/64", "date": "2022-11-21", "kind": "report",
        "body": "Conseil du commerce des services", "session": None, "place": None,
        "language": "fr", "original_language": "en"},
    "economias-pequenas-vulnerables-comunicacion.docx": {
        "title": "Programa de Trabajo sobre el Comercio Electrónico – El comercio electrónico y las economías "
                 "pequeñas y vulnerables",
        "symbol": "WT/GC/W/829", "date": "2021-07-12", "kind": "communication",
        "body": "Consejo General", "session": None, "place": None,
        "language": "es", "original_language": "en"},
    "consejo-general-acta-comercio-electronico.html": {
        "title": "Consejo General – Acta de la reunión celebrada en el Centro William Rappard los días 24 y 25 de "
                 "julio de 2023 (extracto: Programa de Trabajo sobre el Comercio Electrónico)",
        "symbol": "WT/GC/M/206", "date": "2023-09-29", "kind": "minutes",
        "body": "Consejo General", "session": None, "place": "Ginebra",
        "language": "es", "original_language": "en"},
    "taller-ccd-brecha-digital.txt": {
        "title": "Programa de Trabajo sobre el Comercio Electrónico – Taller sobre comercio electrónico y "
                 "desarrollo: cómo reducir la brecha digital – Informe de la Secretaría",
        "symbol": "WT/COMTD/W/248", "date": "2019-07-26", "kind": "report",
        "body": "Comité de Comercio y Desarrollo", "session": None, "place": None,
        "language": "es", "original_language": "en"},
}

QUESTIONS = [
    # ------------------------------------------------------------- English
    q("h3-en01", "en", "What worldwide figure for lost tariff income on digitizable goods does the Indonesia–South "
      "Africa paper on the moratorium cite, and how much of that fell on developing countries?", MR,
      evidence=["put the potential tariff revenue lost on digitizable products in 2017 at about USD 10 billion "
                "worldwide",
                "of which some 95 per cent was borne by developing countries"],
      answer_any=[["10 billion"], ["95"]], tags=[ND]),
    q("h3-en02", "en", "How much duty does South Africa reckon it could have levied on digital products in 2021?",
      MR,
      evidence=["The duties that could have been collected in 2021 are put at about USD 30 million"],
      answer_any=[["30 million"]], tags=[ND]),
    q("h3-en03", "en", "In WT/GC/W/866, why aren't consumption taxes such as VAT seen as an equivalent substitute "
      "for tariffs on digital imports?", MR,
      evidence=["A tariff can give domestic producers of software and digital content a margin of preference "
                "over imports"],
      answer_any=[["preference", "domestic producers"]], tags=[ND]),
    q("h3-en04", "en", "What did the Secretariat's autumn 2024 statistical paper put global exports of digitally "
      "delivered services at for 2023?", SN,
      evidence=["World exports of digitally delivered services reached an estimated USD 4.25 trillion"],
      answer_any=[["4.25"]], tags=[ND]),
    q("h3-en05", "en", "Why did digital services suddenly look so much bigger as a share of all services exports in "
      "2020?", SN,
      evidence=["but the collapse of travel and transport services during the COVID-19 pandemic"],
      answer_any=[["travel"], ["pandemic", "COVID"]]),
    q("h3-en06", "en", "According to INF/ECOM/85, how many WTO Members were part of the e-commerce joint initiative "
      "at the close of 2023, and how many had kicked off the negotiations?", JS,
      evidence=["Ninety Members, accounting for more than 90 per cent of world trade, now take part in the "
                "initiative",
                "compared with the 76 Members that announced the start of negotiations in Davos in January 2019"],
      answer_any=[["Ninety", "90"], ["76"]], tags=[ND]),
    q("h3-en07", "en", "And what happens to the data-flow and source-code provisions?", JS,
      history=[
          {"role": "user", "content": "Where did the plurilateral e-commerce talks stand at the end of 2023?"},
          {"role": "assistant", "content": "The co-convenors considered the negotiations substantially concluded "
                                           "on issues such as electronic transactions, paperless trading, consumer "
                                           "protection and open government data, with customs duties and "
                                           "telecommunications still open."},
      ],
      evidence=["The co-convenors have proposed that these issues be set aside for now and taken up again at a "
                "later stage"],
      answer_any=[["set aside", "later stage"]], tags=[FU]),
    q("h3-en08", "en", "Under the Nairobi decision on e-commerce, at which General Council meetings was the work "
      "programme to be reviewed?", NA,
      evidence=["de procéder à des examens périodiques lors de ses réunions de juillet et de décembre 2016 et de "
                "juillet 2017"],
      answer_any=[["2016"], ["2017"]], tags=[XL, ND]),
    q("h3-en09", "en", "Why is the 2015 ministerial decision on electronic commerce dated one day after the "
      "conference was due to close?", NA,
      evidence=["La dixième session, prévue du 15 au 18 décembre 2015, a été prolongée d'une journée"],
      answer_any=[["extended", "prolongée", "one day", "une journée", "one more day", "extra day"]],
      tags=[XL, ND, FN]),
    q("h3-en10", "en", "What did the facilitator plan to hold in the autumn of 2024 before the December review?", FA,
      evidence=["deux nouvelles séances thématiques, consacrées l'une aux paiements numériques transfrontières et "
                "l'autre aux flux de données"],
      answer_any=[["payments", "paiements"], ["data flows", "flux de données"]], tags=[XL]),
    q("h3-en11", "en", "What stocktake of capacity-building work did delegations request from the Secretariat in "
      "2024, and when was it due?", FA,
      evidence=["dresser un inventaire des activités d'assistance technique liées au commerce électronique",
                "avant la réunion du Conseil général de décembre 2024"],
      answer_any=[["technical assistance", "assistance technique"], ["December 2024", "décembre 2024"]],
      tags=[XL]),
    q("h3-en12", "en", "Did the Services Council make any recommendations in its November 2022 report on "
      "e-commerce?", CS,
      evidence=["Le Conseil n'a pas formulé de recommandations",
                "de maintenir ce point à son ordre du jour"],
      answer_any=[["no recommendation", "not make", "did not", "n'a pas formulé"]], tags=[XL, ND]),
    q("h3-en13", "en", "How were views split in the Council for Trade in Services on whether GATS commitments are "
      "technology-neutral?", CS,
      evidence=["les engagements s'appliquent quel que soit le moyen technologique par lequel le service est "
                "fourni",
                "ce principe de neutralité technologique n'avait jamais été formellement accepté par les Membres"],
      answer_any=[["regardless", "quel que soit", "whatever", "irrespective"], ["never", "jamais", "not formally"]],
      tags=[XL, ND]),
    q("h3-en14", "en", "Why does it matter whether a service bought online counts as cross-border supply or "
      "consumption abroad?", CS,
      evidence=["de nombreux Membres ont pris des engagements plus ouverts pour le mode 2 que pour le mode 1"],
      answer_any=[["mode 2", "consumption abroad"], ["more open", "plus ouverts", "more liberal", "deeper",
                                                      "broader", "wider"]], tags=[XL]),
    q("h3-en15", "en", "What event did the small, vulnerable economies want the trade and development committee to "
      "run for them?", EP,
      evidence=["el Comité de Comercio y Desarrollo organice en 2022 un taller dedicado a las necesidades de las "
                "EPV"],
      answer_any=[["workshop", "taller"]], tags=[XL, ND]),
    q("h3-en16", "en", "In the 2021 SVE paper, how does the price of fixed broadband in some Pacific islands compare "
      "with the international affordability goal?", EP,
      evidence=["una conexión fija de banda ancha cuesta más del 10% del ingreso nacional bruto mensual por "
                "habitante",
                "frente a la meta del 2% fijada por la Comisión de la Banda Ancha"],
      answer_any=[["10%", "10 %", "10 per cent", "ten per cent"], ["2%", "2 %", "2 per cent", "two per cent"]],
      tags=[XL, ND]),
    q("h3-en17", "en", "What did Switzerland suggest at the General Council's July 2023 meeting on e-commerce?", GC,
      evidence=["propuso que el facilitador organizara una sesión técnica sobre la forma en que los Miembros "
                "aplican impuestos internos a los servicios digitales"],
      answer_any=[["technical session", "sesión técnica", "session"], ["tax", "impuestos"]], tags=[XL, ND]),
    q("h3-en18", "en", "At the 2019 CTD workshop on the digital divide, what share of countries had online "
      "consumer-protection rules according to UNCTAD's cyberlaw data?", TA,
      evidence=["solo el 56% contaban con normas de protección del consumidor en línea"],
      answer_any=[["56"]], tags=[XL, ND]),
    q("h3-en19", "en", "Did South Africa ask for the same follow-up at the July 2023 General Council as in its "
      "written paper with Indonesia?", [MR, GC],
      evidence=["Could the Secretariat, together with UNCTAD and other international organizations, prepare an "
                "updated estimate of forgone revenue covering all Members?",
                "Pidió a la Secretaría que, junto con la UNCTAD, preparara una estimación actualizada para todos "
                "los Miembros"],
      answer_any=[["UNCTAD"], ["updated estimate", "estimación actualizada"]], tags=[CMP, XL, ND]),
    q("h3-en20", "en", "How did the expiry date of the duty moratorium change between the Nairobi decision and the "
      "one taken in Abu Dhabi, as the facilitator describes it?", [NA, FA],
      evidence=["jusqu'à notre prochaine session, qui se tiendra en 2017",
                "fin à la quatorzième session de la Conférence ministérielle ou le 31 mars 2026"],
      answer_any=[["2017"], ["31 March 2026", "31 mars 2026"]], tags=[CMP, XL, ND]),
    q("h3-en21", "en", "Do the Services Council's 2022 report and the Secretariat's 2024 statistics note agree on "
      "how large digitally delivered services are within total services exports?", [SN, CS],
      evidence=["They now account for more than half of all services exports",
                "ces services représentaient désormais plus de la moitié des exportations mondiales de services"],
      answer_any=[["half", "moitié"]], tags=[CMP, XL, ND]),
    un("h3-en22", "en", "What were world exports of ICT goods worth in 2023 according to the Secretariat's "
       "statistical note on digital trade?"),
    un("h3-en23", "en", "How much of Indonesia's estimated forgone duty on digital products came from video games "
       "alone?"),
    un("h3-en24", "en", "Who chaired the Committee on Trade and Development when it held its 2019 e-commerce "
       "workshop?"),
    un("h3-en25", "en", "What did the United States delegation say about the moratorium at the July 2023 General "
       "Council meeting?"),
    un("h3-en26", "en", "On what date did the Services Council hold the workshop on classifying digital services "
       "that some delegations proposed in 2022?"),
    # -------------------------------------------------------------- French
    q("h3-fr01", "fr", "À Nairobi, sur quoi les ministres ont-ils dit vouloir fonder la suite des travaux sur le "
      "commerce électronique ?", NA,
      evidence=["sur la base du mandat existant et des lignes directrices énoncées dans le document WT/L/274"],
      answer_any=[["WT/L/274", "mandat existant"]], tags=[ND]),
    q("h3-fr02", "fr", "Quels organes de l'OMC avaient fait rapport au Conseil général avant la CM10, d'après le "
      "préambule de la décision sur le commerce électronique ?", NA,
      evidence=["le Conseil du commerce des services, le Conseil du commerce des marchandises, le Conseil des "
                "ADPIC et le Comité du commerce et du développement"],
      answer_any=[["services"], ["marchandises"], ["ADPIC"], ["développement"]], tags=[ND]),
    q("h3-fr03", "fr", "Dans le rapport du facilitateur de juillet 2024, sur quels domaines les PMA veulent-ils que "
      "l'aide technique se concentre ?", FA,
      evidence=["porte en priorité sur l'infrastructure, les compétences numériques et les cadres réglementaires"],
      answer_any=[["infrastructure"], ["compétences"], ["réglementaire"]], tags=[ND]),
    q("h3-fr04", "fr", "De quoi a-t-on parlé lors de la séance thématique de juin 2024 organisée par le "
      "facilitateur ?", FA,
      evidence=["a traité de la protection des consommateurs en ligne et de la confiance dans le commerce "
                "numérique"],
      answer_any=[["consommateurs"]]),
    q("h3-fr05", "fr", "Les délégations étaient-elles toutes d'accord pour demander une note au Secrétariat sur ce "
      "sujet ?", FA,
      history=[
          {"role": "user", "content": "Le facilitateur a-t-il organisé en 2024 une séance sur l'intelligence "
                                      "artificielle ?"},
          {"role": "assistant", "content": "Oui : la quatrième séance thématique, le 4 juillet 2024, portait sur "
                                           "les technologies émergentes, notamment l'intelligence artificielle et "
                                           "l'impression 3D."},
      ],
      evidence=["Certaines délégations ont souhaité que le Secrétariat établisse une note factuelle sur leurs "
                "effets sur le commerce",
                "d'autres ont estimé que ces questions relevaient d'autres enceintes"],
      answer_any=[["autres enceintes"]], tags=[FU]),
    q("h3-fr06", "fr", "Selon S/C/64, à quelles dates le Conseil du commerce des services s'est-il penché sur le "
      "commerce électronique en 2022 ?", CS,
      evidence=["à ses réunions du 6 juillet et du 13 octobre 2022"],
      answer_any=[["6 juillet"], ["13 octobre"]], tags=[ND]),
    q("h3-fr07", "fr", "Pourquoi n'est-il pas évident que l'informatique en nuage soit couverte par les listes "
      "d'engagements en matière de services ?", CS,
      evidence=["la plupart des engagements figurant dans les listes annexées à l'AGCS ont été pris en 1994, avant "
                "l'essor des services numériques"],
      answer_any=[["1994"]]),
    q("h3-fr08", "fr", "D'après sa communication avec l'Afrique du Sud, combien l'Indonésie aurait-elle pu "
      "percevoir en droits de douane sur les produits numériques en 2021 ?", MR,
      evidence=["are estimated at between USD 45 million and USD 60 million"],
      answer_any=[["45"], ["60"]], tags=[XL, ND]),
    q("h3-fr09", "fr", "Pourquoi l'Indonésie et l'Afrique du Sud jugent-elles que leurs chiffres sous-estiment "
      "probablement les pertes à venir ?", MR,
      evidence_any=["the share of digitizable products that is delivered electronically keeps growing",
                    "new technologies such as 3D printing could move part of the trade in manufactured goods",
                    "the estimates leave out services supplied electronically"],
      answer_any=[["3D", "digitizable", "services", "numérisables", "impression"]], tags=[XL, ND]),
    q("h3-fr10", "fr", "Quelle part des exportations mondiales de services fournis numériquement revient aux pays "
      "les moins avancés, selon la note statistique du Secrétariat de 2024 ?", SN,
      evidence=["The share of least-developed countries stayed at around 0.2 per cent"],
      answer_any=[["0.2", "0,2"]], tags=[XL, ND]),
    q("h3-fr11", "fr", "Pourquoi le Secrétariat avertit-il que ses chiffres ne mesurent pas le commerce visé par "
      "le moratoire ?", SN,
      evidence=["Neither concept coincides with electronic transmissions as the term is used in the moratorium, "
                "which Members have never defined"],
      answer_any=[["never defined", "jamais défini", "définition", "defined"]], tags=[XL]),
    q("h3-fr12", "fr", "Quelle formation le Secrétariat propose-t-il pour améliorer les statistiques sur le commerce "
      "numérique, et combien d'économies l'ont suivie ?", SN,
      evidence=["an online course on measuring digital trade, which officials from more than 100 economies had "
                "completed by mid-2024"],
      answer_any=[["100"]], tags=[XL]),
    q("h3-fr13", "fr", "Dans la note des co-convocateurs de l'initiative conjointe de décembre 2023, quels délais "
      "de mise en œuvre envisage-t-on pour les pays en développement ?", JS,
      evidence=["Transition periods of up to five years for developing participants, and longer periods for "
                "least-developed participants"],
      answer_any=[["five years", "cinq ans", "5 ans", "5 years"]], tags=[XL, ND]),
    q("h3-fr14", "fr", "Sur les droits de douane, qu'est-ce qui divise encore les participants aux négociations "
      "plurilatérales sur le commerce électronique ?", JS,
      evidence=["most participants support a permanent prohibition of duties on electronic transmissions between "
                "the parties",
                "while some prefer to rely for the time being on the multilateral moratorium"],
      answer_any=[["permanent"], ["moratorium", "moratoire"]], tags=[XL]),
    q("h3-fr15", "fr", "Quelle est la position des petites économies vulnérables sur le moratoire dans leur "
      "communication de 2021 ?", EP,
      evidence=["Los miembros del Grupo no tienen una posición común sobre la moratoria"],
      answer_any=[["posición común", "position commune", "pas de position", "no common"]], tags=[XL, ND]),
    q("h3-fr16", "fr", "Quelles difficultés les entreprises des PEV rencontrent-elles pour se faire payer en "
      "ligne ?", EP,
      evidence=["a las empresas de las EPV les cuesta acceder a las plataformas internacionales de pago, en parte "
                "por la pérdida de relaciones de corresponsalía bancaria"],
      answer_any=[["corresponsal", "correspondant", "plataformas", "plates-formes", "plateformes"]], tags=[XL]),
    q("h3-fr17", "fr", "Au Conseil général de juillet 2023, l'Indonésie était-elle prête à reconduire le moratoire "
      "à la CM13 ?", GC,
      evidence=["Su delegación no podría aceptar una prórroga automática en la CM13"],
      answer_any=[["automática", "automatique"]], tags=[XL, ND]),
    q("h3-fr18", "fr", "Quelle initiative l'UPU a-t-elle présentée à l'atelier du CCD de juin 2019 ?", TA,
      evidence=["La Unión Postal Universal presentó su iniciativa Ecom@Africa"],
      answer_any=[["Ecom@Africa"]], tags=[XL, ND]),
    q("h3-fr19", "fr", "L'atelier réclamé par les petites économies vulnérables en 2021 avait-il eu lieu au moment "
      "du Conseil général de juillet 2023 ?", [EP, GC],
      evidence=["el Comité de Comercio y Desarrollo organice en 2022 un taller dedicado a las necesidades de las "
                "EPV",
                "Lamentó que el taller propuesto en dicha comunicación no se hubiera celebrado todavía"],
      answer_any=[["2022"], ["no se hubiera celebrado", "pas encore", "not yet", "n'avait pas", "todavía",
                             "pas eu lieu"]], tags=[CMP, XL, ND]),
    q("h3-fr20", "fr", "Comment le diagnostic sur la connectivité a-t-il évolué entre l'atelier du CCD de 2019 et "
      "la communication des PEV de 2021 ?", [TA, EP],
      evidence=["el principal obstáculo ya no es la cobertura de las redes móviles",
                "muchas islas dependen de un único cable submarino o de enlaces por satélite"],
      answer_any=[["precio", "prix", "price", "coût", "cobertura", "couverture"],
                  ["cable", "câble", "satélite", "satellite"]], tags=[CMP, XL, ND]),
    q("h3-fr21", "fr", "Sur les droits de douane visant les transmissions électroniques, en quoi l'approche de "
      "l'Indonésie et de l'Afrique du Sud s'écarte-t-elle de celle de la majorité des participants à "
      "l'initiative conjointe ?", [MR, JS],
      evidence=["the customs revenue that developing and least-developed country Members give up because they "
                "cannot apply their tariffs to digitized products",
                "most participants support a permanent prohibition of duties on electronic transmissions between "
                "the parties"],
      answer_any=[["revenue", "recettes"], ["permanent"]], tags=[CMP, XL, ND]),
    un("h3-fr22", "fr", "Quels Membres ont présenté la communication S/C/W/437 sur la neutralité technologique "
       "examinée par le Conseil du commerce des services ?"),
    un("h3-fr23", "fr", "Quel participant a retiré en octobre 2023 son soutien à certaines propositions sur les "
       "flux de données dans l'initiative conjointe ?"),
    un("h3-fr24", "fr", "Combien de délégués ont assisté à la séance du facilitateur sur la fracture numérique "
       "d'avril 2024 ?"),
    un("h3-fr25", "fr", "Quelle ville la décision de Nairobi a-t-elle retenue pour la onzième Conférence "
       "ministérielle ?"),
    un("h3-fr26", "fr", "Quel montant les participants à l'initiative conjointe ont-ils annoncé pour le fonds de "
       "renforcement des capacités lancé à la CM13 ?"),
    # ------------------------------------------------------------- Spanish
    q("h3-es01", "es", "En el acta WT/GC/M/206, ¿qué planteó la India sobre la definición de las transmisiones "
      "electrónicas?", GC,
      evidence=["seguía sin haber una definición común de las transmisiones electrónicas ni acuerdo sobre el "
                "alcance de la moratoria"],
      answer_any=[["definición común", "definición"]], tags=[ND]),
    q("h3-es02", "es", "¿Y con qué mensajes cerró la Presidenta?", TA,
      history=[
          {"role": "user", "content": "¿Qué se dijo sobre conectividad en el taller del CCD de 2019?"},
          {"role": "assistant", "content": "Que a finales de 2018 más de la mitad de la población mundial usaba "
                                           "Internet, aunque en los PMA apenas un 20%, y que el mayor obstáculo era "
                                           "ya el precio de los datos y de los dispositivos."},
      ],
      evidence=["la conectividad asequible sigue siendo la condición previa",
                "los pagos electrónicos y la logística son tan importantes como el acceso a Internet",
                "la asistencia técnica debe basarse en diagnósticos nacionales"],
      answer_any=[["conectividad"], ["pagos", "logística"], ["diagnósticos", "asistencia técnica"]], tags=[FU]),
    q("h3-es03", "es", "¿Qué reunión pedían Indonesia y Sudáfrica que se celebrara antes de la Conferencia de Abu "
      "Dabi?", MR,
      evidence=["would also welcome a dedicated session of the General Council on this subject before the "
                "Thirteenth Ministerial Conference"],
      answer_any=[["dedicated session", "sesión", "session", "reunión"], ["General Council", "Consejo General"]],
      tags=[XL, ND]),
    q("h3-es04", "es", "Según la Secretaría, ¿qué proporción de las exportaciones mundiales de servicios prestados "
      "digitalmente aportaron las economías en desarrollo en 2023?", SN,
      evidence=["Developing economies supplied about one fifth of world exports of digitally delivered services "
                "in 2023"],
      answer_any=[["one fifth", "quinta parte", "quinto", "20 %", "20%"]], tags=[XL]),
    q("h3-es05", "es", "¿Qué asuntos seguían sin acuerdo en la iniciativa conjunta a finales de 2023, según la nota "
      "INF/ECOM/85?", JS,
      evidence=["notably customs duties on electronic transmissions, telecommunications services, and the "
                "relationship between the future agreement and the existing WTO agreements"],
      answer_any=[["customs duties", "derechos de aduana", "aranceles"], ["telecommunications", "telecomunicaciones"]],
      tags=[XL, ND]),
    q("h3-es06", "es", "En su informe de noviembre de 2022, ¿qué propusieron algunas delegaciones del Consejo del "
      "Comercio de Servicios para 2023?", CS,
      evidence=["Certaines délégations ont proposé que le Conseil organise en 2023 un atelier sur le classement "
                "des services numériques"],
      answer_any=[["atelier", "taller", "workshop"], ["classement", "clasificación", "classification"]],
      tags=[XL, ND]),
    q("h3-es07", "es", "¿A qué aspecto del comercio electrónico pidió la CM10 que los órganos prestaran especial "
      "atención?", NA,
      evidence=["à la dimension développement du commerce électronique, y compris à l'accès des micro, petites et "
                "moyennes entreprises aux marchés en ligne"],
      answer_any=[["développement", "desarrollo"]], tags=[XL, ND]),
    q("h3-es08", "es", "¿Cómo cambió el calendario de exámenes del Consejo General entre la decisión de Nairobi y "
      "la de Abu Dabi?", [NA, FA],
      evidence=["lors de ses réunions de juillet et de décembre 2016 et de juillet 2017",
                "de procéder à des examens périodiques en juillet et en décembre 2024 et en juillet 2025"],
      answer_any=[["2016"], ["2025"]], tags=[CMP, XL, ND]),
    q("h3-es09", "es", "¿Coinciden la nota estadística de la Secretaría de 2024 y la comunicación de Indonesia y "
      "Sudáfrica en por qué varían tanto las estimaciones de ingresos no percibidos?", [SN, MR],
      evidence=["Published estimates differ by a factor of ten or more, mainly because of three choices",
                "Estimates of forgone revenue vary widely, because Members have never agreed on a definition of "
                "electronic transmissions"],
      answer_any=[["factor of ten", "diez", "factor"], ["definition", "definición"]], tags=[CMP, XL, ND]),
    q("h3-es10", "es", "¿Qué plazo anunció el Japón en el Consejo General de julio de 2023 para la iniciativa "
      "conjunta, y qué se había logrado según la nota de los coorganizadores de diciembre?", [GC, JS],
      evidence=["los participantes aspiraban a concluir lo esencial de las negociaciones antes de que finalizara "
                "2023",
                "negotiations have been substantially concluded on the following issues"],
      answer_any=[["2023"], ["substantially concluded", "sustancialmente", "concluid"]], tags=[CMP, XL, ND]),
    un("h3-es11", "es", "¿Cuántos Miembros integraban el Grupo de Economías Pequeñas y Vulnerables que presentó la "
       "comunicación de 2021?"),
    un("h3-es12", "es", "¿Cuántos ingresos arancelarios pierden las economías pequeñas y vulnerables por la "
       "moratoria, según su comunicación?"),
    un("h3-es13", "es", "¿De qué país de África Oriental era la ponente que habló del dinero móvil en el taller "
       "del CCD de 2019?"),
    un("h3-es14", "es", "¿Qué contenía el inventario de asistencia técnica que la Secretaría presentó al Consejo "
       "General en diciembre de 2024?"),
]


if __name__ == "__main__":
    write_gold("heldout3", QUESTIONS, METADATA)
