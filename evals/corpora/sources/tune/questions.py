"""Gold questions over the tuning corpus -> evals/gold/dev-corpus.jsonl.

Each entry: (lang, question, doc key(s), evidence spans, answer groups, tags)
plus optional keyword "any" (evidence_any instead of evidence) and "history".
"cross-lingual" is added automatically when the question's language differs
from the language of a document that answers it; "compare" when several
documents are given. Run: python3 questions.py (then check_gold.py).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent.parent / "gold" / "dev-corpus.jsonl"

DOCS = {
    "747": ("wt-gc-w-747-india-south-africa-moratorium-2018.pdf", "en"),
    "js17": ("wt-min-17-60-joint-statement-buenos-aires-2017.pdf", "en"),
    "833": ("wt-gc-w-833-moratorium-permanent-2021.docx", "en"),
    "m181": ("wt-gc-m-181-general-council-minutes-december-2019.html", "en"),
    "davos": ("wt-l-1056-davos-joint-statement-2019.md", "en"),
    "sl74": ("s-l-74-conseil-services-rapport-1999.pdf", "fr"),
    "comtd": ("wt-comtd-w-193-dimension-developpement-2013.docx", "fr"),
    "jsi24": ("ide-commerce-electronique-texte-stabilise-2024.html", "fr"),
    "w436": ("wt-gc-w-436-discussion-specialisee-2001.md", "fr"),
    "j350": ("job-gc-350-nota-secretaria-moratoria-2023.pdf", "es"),
    "g158": ("g-c-w-158-consejo-mercancias-informe-1999.txt", "es"),
    "j106": ("job-gc-106-comercio-electronico-desarrollo-2016.txt", "es"),
}

ND = "names-document"

Q = [
    # ---- WT/GC/W/747 (India and South Africa, 2018)
    ("en", "According to India and South Africa, what share of the revenue lost because of the moratorium falls on developing countries?", "747",
     ["roughly 95 per cent of that loss was borne by developing countries and least-developed countries"], [["95"]], [ND]),
    ("fr", "D'après le document de l'Inde et de l'Afrique du Sud de 2018, combien le moratoire coûte-t-il en recettes tarifaires ?", "747",
     ["the potential tariff revenue forgone because of the moratorium amounted to about USD 10 billion in 2017"], [["10 billion"]], [ND]),
    ("en", "Why can't VAT simply stand in for tariffs, in the India–South Africa view?", "747",
     ["lack the administrative capacity to collect value added taxes from suppliers located abroad"], [["administrative capacity"]], []),
    ("fr", "Que demande concrètement le WT/GC/W/747 aux Membres ?", "747",
     ["reconsider the moratorium, including its scope and its impact on developing countries, before the Twelfth Session"], [["reconsider"]], [ND]),
    ("fr", "A-t-on tranché la question de savoir si le moratoire couvre le contenu ou seulement la transmission ?", "747",
     ["Members have never settled whether the moratorium covers only the transmission as such or also the content that is transmitted"], [["never settled"]], []),
    ("fr", "Quels produits franchissent désormais les frontières sous forme numérique au lieu de marchandises physiques, selon l'Inde ?", "747",
     ["books, films, music, software, video games and, increasingly, the designs used by 3D printers"], [["3D"]], []),
    ("en", "Who really gains from the moratorium, in South Africa's paper?", "747",
     ["it benefits mainly a small number of large digital platforms, most of which are headquartered in developed countries"], [["platforms"]], [ND]),
    ("es", "¿Qué tendencia agravaría las pérdidas arancelarias, según la India y Sudáfrica?", "747",
     ["Additive manufacturing is still at an early stage"], [["Additive manufacturing", "3D"]], []),

    # ---- WT/MIN(17)/60 (Buenos Aires joint statement)
    ("fr", "Qu'ont décidé les Membres dans la déclaration conjointe de Buenos Aires ?", "js17",
     ["We will initiate exploratory work together toward future WTO negotiations on trade-related aspects of electronic commerce"], [["exploratory work"]], [ND]),
    ("en", "When was the first meeting of the e-commerce initiative launched at MC11 due?", "js17",
     ["with the first meeting to be held in the first quarter of 2018"], [["first quarter of 2018"]], [ND]),
    ("fr", "Combien de Membres se sont joints à la déclaration conjointe sur le commerce électronique en 2017 ?", "js17",
     ["Uruguay and other Members, 71 in total"], [["71"]], [ND]),
    ("en", "Does the MC11 joint statement replace the multilateral work programme?", "js17",
     ["This initiative is without prejudice to the positions of Members on the existing Work Programme and does not replace it"], [["does not replace"]], [ND]),
    ("fr", "Quels acteurs économiques la déclaration de 2017 cite-t-elle comme ayant du mal à profiter du commerce en ligne ?", "js17",
     ["by micro, small and medium-sized enterprises in seizing the benefits of electronic commerce"], [["small and medium"]], [ND]),
    ("fr", "Qui peut participer aux travaux exploratoires lancés à Buenos Aires ?", "js17",
     ["Participation will be open to all WTO Members."], [["all WTO Members"]], []),

    # ---- WT/GC/W/833 (pro-permanence communication, 2021)
    ("en", "What do Australia, Canada, Japan and the others want ministers to do with the moratorium at MC12?", "833",
     ["They propose that Ministers at the Twelfth Ministerial Conference (MC12) make the moratorium permanent."], [["permanent"]], [ND]),
    ("fr", "Selon l'OCDE, quelle part des recettes publiques totales représenteraient les droits non perçus ?", "833",
     ["between 0.08 and 0.23 per cent of total government revenue"], [["0.08"], ["0.23"]], []),
    ("en", "What practical problems would customs have trying to charge duties on data?", "833",
     ["the absence of any reliable way to identify, value and classify a stream of data at the border",
      "the risk of double taxation where the same supply is already subject to value added tax",
      "high compliance costs, which would fall disproportionately on small suppliers"],
     [["double taxation", "classify", "compliance costs"]], [], {"any": True}),
    ("fr", "Combien d'économies perçoivent déjà une TVA sur les services numériques de fournisseurs non résidents ?", "833",
     ["More than 80 economies, including many developing Members, already collect value added tax or goods and services tax"], [["80"]], []),
    ("es", "¿Pueden los gobiernos seguir gravando internamente el contenido digital si se mantiene la moratoria?", "833",
     ["The moratorium does not prevent Members from imposing internal taxes, fees or charges on electronically transmitted content"], [["does not prevent"]], []),
    ("fr", "Quel argument lié au COVID-19 avancent les partisans d'un moratoire permanent ?", "833",
     ["The COVID-19 pandemic has shown how much economies depend on the uninterrupted flow of digital services"], [["COVID-19", "pandemic"]], []),
    ("en", "Per the October 2021 paper, when and by whom was the moratorium last extended?", "833",
     ["It was last renewed by the General Council in December 2019 (WT/L/1079)"], [["General Council"], ["2019"]], [ND]),
    ("fr", "Sur qui pèseraient surtout les coûts de mise en conformité si l'on taxait les transmissions électroniques ?", "833",
     ["high compliance costs, which would fall disproportionately on small suppliers and on developing country exporters"], [["small suppliers"]], []),

    # ---- WT/GC/M/181 (General Council minutes, December 2019)
    ("en", "Where was MC12 supposed to take place, according to the December 2019 General Council minutes?", "m181",
     ["scheduled to take place in Nur-Sultan, Kazakhstan, in June 2020"], [["Nur-Sultan"]], [ND]),
    ("fr", "Pourquoi l'Inde s'est-elle ralliée au projet de décision en décembre 2019 ?", "m181",
     ["but only because it provided for structured discussions on the scope, definition and impact of the moratorium"], [["structured discussions"]], []),
    ("en", "And Japan's view?", "m181",
     ["Japan would have preferred to see it made permanent"], [["permanent"]], ["follow-up"],
     {"history": [
         {"role": "user", "content": "What did the EU say about the moratorium at the General Council in December 2019?"},
         {"role": "assistant", "content": "The European Union welcomed the draft decision and said that a permanent moratorium would give traders, in particular small firms, the predictability they need."}]}),
    ("fr", "Sous quelle cote la décision de décembre 2019 sur le commerce électronique a-t-elle été distribuée ?", "m181",
     ["which was subsequently circulated as WT/L/1079"], [["WT/L/1079"]], []),
    ("fr", "Quelle position l'Indonésie a-t-elle exprimée sur l'initiative plurilatérale au Conseil général ?", "m181",
     ["the Joint Statement Initiative could not replace it"], [["could not replace"]], []),
    ("fr", "Combien de Membres participaient aux négociations de l'IDC fin 2019 ?", "m181",
     ["82 Members were now participating in the negotiations launched at Davos in January 2019"], [["82"]], []),
    ("fr", "Qui présidait le Conseil général lors de sa réunion de décembre 2019 ?", "m181",
     ["H.E. Ms Sunanta Kangvalkulkij (Thailand)"], [["Sunanta Kangvalkulkij"]], [ND]),
    ("en", "What was Washington's line on the moratorium at that General Council meeting in December 2019?", "m181",
     ["supported the extension of the moratorium and would continue to favour making it permanent"], [["permanent"]], []),
    ("fr", "Quel document contenait le projet de décision soumis par la Présidente ?", "m181",
     ["she had circulated a draft decision in document WT/GC/W/798 on her own responsibility"], [["WT/GC/W/798"]], []),

    # ---- WT/L/1056 (Davos statement, 2019)
    ("fr", "Que confirme la déclaration de Davos de janvier 2019 ?", "davos",
     ["We confirm our intention to commence WTO negotiations on trade-related aspects of electronic commerce."], [["negotiations"]], [ND]),
    ("en", "Who are the co-convenors named in WT/L/1056?", "davos",
     ["We invite the co-convenors, Australia, Japan and Singapore"], [["Australia"], ["Japan"], ["Singapore"]], [ND]),
    ("fr", "Combien de Membres participent à la déclaration de Davos ?", "davos",
     ["is being circulated at the request of the delegations of the 76 Members listed below"], [["76"]], [ND]),
    ("es", "¿Figura China entre los participantes de la declaración de Davos?", "davos",
     ["Canada; Chile; China; Colombia; Costa Rica"], [["China"]], [ND]),
    ("fr", "Quel niveau d'ambition les participants de Davos se fixent-ils ?", "davos",
     ["We will seek to achieve a high standard outcome that builds on existing WTO agreements and frameworks"], [["high standard"]], [ND]),
    ("fr", "Les Membres non participants peuvent-ils suivre les négociations sur le commerce électronique ?", "davos",
     ["The negotiations will remain open and transparent to non-participants."], [["transparent"]], []),
    ("en", "Does the 2019 statement drop the multilateral work programme?", "davos",
     ["The Joint Statement Initiative is without prejudice to the multilateral Work Programme on Electronic Commerce"], [["without prejudice"]], [ND]),
    ("en", "Who will organize the first round, and when?", "davos",
     ["to organize the first negotiating round in March 2019"], [["March 2019"]], ["follow-up"],
     {"history": [
         {"role": "user", "content": "What does the Davos statement say about developing countries?"},
         {"role": "assistant", "content": "Participants say they will take into account the unique opportunities and challenges faced by developing countries, least-developed countries and MSMEs."}]}),

    # ---- S/L/74 (Council for Trade in Services, 1999)
    ("en", "In its 1999 progress report, did the Services Council agree that the GATS covers services delivered electronically?", "sl74",
     ["Il est généralement admis que l'AGCS s'applique aux services fournis par des moyens électroniques"], [["AGCS", "GATS"]], [ND]),
    ("en", "Which modes of supply are hard to tell apart for online transactions, per S/L/74?", "sl74",
     ["peut relever soit du mode 1 (fourniture transfrontières), soit du mode 2 (consommation à l'étranger)",
      "aucun accord n'existe encore sur le critère permettant de distinguer ces deux modes"], [["mode 1"], ["mode 2"]], [ND]),
    ("fr", "En quoi l'Annexe sur les télécommunications compte-t-elle pour le commerce électronique ?", "sl74",
     ["un accès raisonnable et non discriminatoire aux réseaux et services publics de transport des télécommunications"], [["accès raisonnable"]], []),
    ("en", "Which GATS article lets members protect privacy, as noted in the 1999 services report?", "sl74",
     ["les exceptions générales (article XIV), qui permettent aux Membres de protéger la vie privée des personnes"], [["XIV"]], [ND]),
    ("fr", "Pour quand le Conseil général attendait-il le rapport du Conseil du commerce des services ?", "sl74",
     ["présenter un rapport sur l'état d'avancement de ses travaux au plus tard le 30 juillet 1999"], [["30 juillet 1999"]], []),
    ("en", "Which unresolved issues did the services council want kept on the agenda in 1999?", "sl74",
     ["la classification des produits numériques et la distinction entre marchandises et services",
      "la distinction entre le mode 1 et le mode 2 pour les transactions en ligne",
      "la portée de l'Annexe sur les télécommunications et l'accès aux services Internet"],
     [["classification", "mode 1", "Annexe sur les télécommunications"]], [ND], {"any": True}),
    ("fr", "Pourquoi la distinction entre mode 1 et mode 2 a-t-elle des conséquences pratiques ?", "sl74",
     ["le mode 2 faisant généralement l'objet d'engagements plus libéraux"], [["plus libéraux"]], []),
    ("fr", "En vue de quelle conférence ministérielle le Conseil des services travaillait-il en 1999 ?", "sl74",
     ["en vue de la troisième session de la Conférence ministérielle qui se tiendra à Seattle"], [["Seattle"]], []),
    ("fr", "Sur quelle note du Secrétariat le Conseil des services s'est-il appuyé ?", "sl74",
     ["une note de référence établie par le Secrétariat (S/C/W/68)"], [["S/C/W/68"]], []),
    ("fr", "Les délégations étaient-elles d'accord sur la neutralité technologique ?", "sl74",
     ["tout en estimant que sa portée exacte devait encore être précisée"], [["portée exacte"]], []),

    # ---- WT/COMTD/W/193 (CTD, development dimension, 2013)
    ("fr", "Quelle part de la population mondiale était en ligne en 2013 selon la note du CCD ?", "comtd",
     ["environ 2,7 milliards de personnes, soit 39 pour cent de la population mondiale, utilisaient l'Internet en 2013"], [["39"]], [ND]),
    ("en", "What was internet use in LDCs according to the 2013 CTD Secretariat note?", "comtd",
     ["moins de 10 pour cent dans les pays les moins avancés"], [["10"]], [ND]),
    ("en", "What barriers did participants in the April 2013 workshop identify?", "comtd",
     ["l'insuffisance des infrastructures de télécommunication et d'électricité",
      "l'absence de solutions de paiement électronique sûres et abordables",
      "le manque de compétences numériques au sein des petites et moyennes entreprises",
      "des services logistiques et postaux peu fiables"],
     [["infrastructures", "paiement", "compétences", "logistiques"]], [], {"any": True}),
    ("fr", "Combien coûte le haut débit fixe par rapport aux revenus dans les PMA ?", "comtd",
     ["un abonnement mensuel au haut débit fixe coûte plus que le revenu mensuel moyen par habitant"], [["revenu mensuel"]], []),
    ("en", "Which organizations does WT/COMTD/W/193 suggest coordinating technical assistance with?", "comtd",
     ["notamment la CNUCED, l'UIT et la Banque mondiale"], [["CNUCED", "UNCTAD"], ["Banque mondiale", "World Bank"]], [ND]),
    ("fr", "Dans quels secteurs des pays en développement sont-ils devenus exportateurs nets ?", "comtd",
     ["d'externalisation des processus métier et du tourisme en ligne"], [["tourisme"]], []),
    ("en", "What was the theme of the fourth Aid for Trade Global Review?", "comtd",
     ["tenu en juillet 2013 sur le thème de la connexion aux chaînes de valeur"], [["chaînes de valeur"]], []),
    ("fr", "Et quelles possibilités y voit-elle pour les PME ?", "comtd",
     ["peut permettre aux micro, petites et moyennes entreprises des pays en développement d'atteindre directement des clients étrangers"], [["clients étrangers"]], ["follow-up"],
     {"history": [
         {"role": "user", "content": "Quels obstacles la note du CCD de 2013 relève-t-elle ?"},
         {"role": "assistant", "content": "Des infrastructures insuffisantes, l'absence de paiement électronique sûr, des cadres juridiques incomplets, le manque de compétences numériques et une logistique peu fiable."}]}),
    ("fr", "Avec quelles négociations la note du CCD rattache-t-elle la dématérialisation des procédures douanières ?", "comtd",
     ["Les délégations ont souligné le lien entre ces travaux et les négociations sur la facilitation des échanges"], [["facilitation des échanges"]], []),

    # ---- Co-convenors' statement on the stabilised text (July 2024)
    ("en", "How many JSI participants back the stabilised text?", "jsi24",
     ["appuyé par 80 des 91 Membres de l'OMC qui participent à l'Initiative"], [["80"], ["91"]], []),
    ("fr", "Le texte stabilisé de 2024 couvre-t-il les flux de données ?", "jsi24",
     ["Les questions relatives aux flux de données transfrontières et à la localisation des données ne figurent pas dans le texte stabilisé."], [["ne figurent pas"]], [ND]),
    ("en", "Under what symbol was the stabilised e-commerce agreement text circulated?", "jsi24",
     ["texte stabilisé de l'Accord sur le commerce électronique, diffusé sous la cote INF/ECOM/87"], [["INF/ECOM/87"]], []),
    ("en", "Can JSI participants charge duties on electronic transmissions to each other under the stabilised text?", "jsi24",
     ["Les participants s'engagent à ne pas imposer de droits de douane sur les transmissions électroniques entre eux."], [["ne pas imposer"]], []),
    ("fr", "Quand l'engagement sur les droits de douane de l'Accord sera-t-il réexaminé ?", "jsi24",
     ["cinq ans après l'entrée en vigueur de l'Accord"], [["cinq ans"]], []),
    ("en", "How would the e-commerce agreement be brought into the WTO rulebook?", "jsi24",
     ["en tant qu'accord plurilatéral au titre de l'article X:9 de l'Accord de Marrakech"], [["X:9"]], []),
    ("fr", "Qu'est-ce que le texte de juillet 2024 prévoit pour la confiance des consommateurs ?", "jsi24",
     ["la protection des consommateurs en ligne, les communications commerciales électroniques non sollicitées, la protection des données personnelles et la cybersécurité"],
     [["cybersécurité", "consommateurs en ligne", "non sollicitées"]], [ND]),
    ("es", "¿Qué flexibilidades tendrán los países en desarrollo en el acuerdo sobre comercio electrónico?", "jsi24",
     ["bénéficieront de périodes de transition pour la mise en œuvre de certaines dispositions"], [["transition"]], []),
    ("en", "Who issued the July 2024 statement on the stabilised text?", "jsi24",
     ["Déclaration de l'Australie, du Japon et de Singapour, coorganisateurs"], [["Australie"], ["Japon"], ["Singapour"]], [ND]),
    ("fr", "Quelles disciplines de facilitation du commerce numérique figurent dans l'Accord ?", "jsi24",
     ["les signatures et l'authentification électroniques, les contrats électroniques, la facturation électronique et le commerce sans papier"],
     [["signatures", "facturation électronique", "sans papier"]], []),

    # ---- WT/GC/W/436 (dedicated discussion, 2001)
    ("fr", "Quels thèmes ont été abordés lors de la discussion spécialisée du 15 juin 2001 ?", "w436",
     ["la classification du contenu de certaines transmissions électroniques, les questions de développement, les incidences fiscales du commerce électronique"], [["classification"]], [ND]),
    ("en", "In the 2001 dedicated discussion, what did developing countries emphasise?", "w436",
     ["Les pays en développement ont insisté sur l'infrastructure, le transfert de technologie et la formation des ressources humaines."], [["transfert de technologie", "infrastructure"]], [ND]),
    ("en", "After Seattle failed, was the duty-free practice formally renewed?", "w436",
     ["le moratoire sur les droits de douane n'avait pas été formellement prorogé, mais que les Membres continuaient dans les faits à l'appliquer"], [["prorogé"]], []),
    ("fr", "Quelle troisième voie a été évoquée pour classer les produits numériques ?", "w436",
     ["Quelques délégations ont suggéré de créer une troisième catégorie."], [["troisième catégorie"]], []),
    ("es", "¿Qué propuso el Presidente para la siguiente discusión específica de 2001?", "w436",
     ["que la prochaine discussion spécialisée se tienne à l'automne 2001 et qu'elle soit consacrée en priorité à la classification"], [["automne 2001"]], []),
    ("fr", "Pourquoi le Conseil général a-t-il dû organiser ces discussions spécialisées ?", "w436",
     ["plusieurs questions transversales qui ne relèvent pas d'un seul organe"], [["transversales"]], []),
    ("en", "What did developing countries ask the Secretariat to look into in 2001?", "w436",
     ["la perte de recettes douanières pourrait devenir importante à mesure que le commerce de produits numériques progresse",
      "Elles ont demandé au Secrétariat de réaliser une étude sur ce point."], [["recettes douanières", "étude"]], []),
    ("fr", "Selon le rapport WT/GC/W/436, où devait se tenir la quatrième Conférence ministérielle ?", "w436",
     ["la quatrième session de la Conférence ministérielle, prévue à Doha en novembre 2001"], [["Doha"]], [ND]),

    # ---- JOB/GC/350 (Secretariat background note, 2023)
    ("en", "According to JOB/GC/350, when does the moratorium lapse if MC13 is held late?", "j350",
     ["si la CM13 se celebrara después del 31 de marzo de 2024, expirarán en esa fecha"], [["31 de marzo de 2024"]], [ND]),
    ("fr", "Quelles conférences ministérielles se sont achevées sans déclaration, d'après la note du Secrétariat de 2023 ?", "j350",
     ["Las Conferencias de Seattle (1999) y Cancún (2003) concluyeron sin declaración ministerial"], [["Seattle"], ["Cancún", "Cancun"]], [ND]),
    ("es", "¿Qué órgano prorrogó la moratoria en 2019?", "j350",
     ["En diciembre de 2019 fue el Consejo General, y no una Conferencia Ministerial, el que prorrogó la moratoria hasta la CM12."], [["Consejo General"]], []),
    ("en", "Why are the UNCTAD and OECD figures so far apart?", "j350",
     ["por la definición de los productos considerados, por los tipos arancelarios utilizados (consolidados o aplicados)"], [["definición"]], []),
    ("en", "What does the 2023 Secretariat note report as the OECD's 2019 estimate?", "j350",
     ["representarían en promedio entre el 0,08% y el 0,23% de los ingresos públicos totales"], [["0,08"], ["0,23"]], [ND]),
    ("es", "¿Están de acuerdo los Miembros en que la moratoria cubre el contenido transmitido?", "j350",
     ["Algunos Miembros consideran que la moratoria abarca tanto la transmisión como el contenido transmitido"], [["contenido"]], []),
    ("fr", "Quand les débats structurés sur la portée du moratoire se sont-ils tenus ?", "j350",
     ["se examinó en los debates estructurados celebrados en 2020 y 2021 bajo los auspicios del Consejo General"], [["2020"], ["2021"]], []),
    ("fr", "Et qui l'a prorogé en 2019 ?", "j350",
     ["fue el Consejo General, y no una Conferencia Ministerial, el que prorrogó la moratoria"], [["Consejo General"]], ["follow-up"],
     {"history": [
         {"role": "user", "content": "Que dit la note du Secrétariat de 2023 sur l'origine du moratoire ?"},
         {"role": "assistant", "content": "Elle rappelle qu'il découle de la Déclaration sur le commerce électronique mondial adoptée à Genève en mai 1998 (WT/MIN(98)/DEC/2)."}]}),

    # ---- G/C/W/158 (Council for Trade in Goods, 1999)
    ("en", "Which issues did the Goods Council examine under its 1999 e-commerce mandate?", "g158",
     ["las cuestiones de valoración derivadas de la aplicación del Acuerdo sobre Valoración en Aduana",
      "las cuestiones relativas a las normas de origen", "las cuestiones relacionadas con las normas en el contexto del comercio electrónico"],
     [["valoración", "normas de origen", "clasificación"]], [ND], {"any": True}),
    ("fr", "Quel accord a fait baisser le coût du matériel nécessaire au commerce électronique, selon le Conseil des marchandises ?", "g158",
     ["la eliminación de los aranceles sobre los productos de tecnología de la información en el marco del ATI"], [["ATI"]], []),
    ("en", "How can customs value software shipped on a physical carrier?", "g158",
     ["determinar el valor en aduana tomando en consideración únicamente el costo o valor del soporte informático propiamente dicho"], [["soporte informático"]], []),
    ("es", "¿Llegó el Consejo del Comercio de Mercancías a alguna conclusión sobre la clasificación?", "g158",
     ["El Consejo no llegó a ninguna conclusión"], [["ninguna conclusión"]], []),
    ("fr", "Quelle note d'information le Conseil du commerce des marchandises a-t-il demandée au Secrétariat en 1999 ?", "g158",
     ["la Secretaría preparó una nota de información (G/C/W/128) a petición del Consejo"], [["G/C/W/128"]], []),
    ("en", "Did anyone suggest binding the no-duties practice under the GATT?", "g158",
     ["Algunas delegaciones se preguntaron si esa práctica debería consolidarse en el marco del artículo II del GATT de 1994."], [["artículo II"]], []),
    ("fr", "Et qu'a-t-il retenu pour la suite de ses travaux ?", "g158",
     ["deberá seguir examinando estas cuestiones y, en particular, la clasificación, la valoración en aduana y las normas de origen"], [["clasificación"]], ["follow-up"],
     {"history": [
         {"role": "user", "content": "Qu'a examiné le Conseil du commerce des marchandises en 1999 au titre du programme de travail ?"},
         {"role": "assistant", "content": "L'accès aux marchés, la valeur en douane, les licences d'importation, les droits de douane, les normes, les règles d'origine et la classification."}]}),

    # ---- JOB/GC/106 (Latin American communication, 2016)
    ("en", "Which Latin American members tabled the 2016 paper on e-commerce for development?", "j106",
     ["Comunicación de la Argentina, Chile, Colombia, Costa Rica, México y el Uruguay"], [["Argentina"], ["Uruguay"]], [ND]),
    ("fr", "Combien de domaines prioritaires la communication JOB/GC/106 recense-t-elle ?", "j106",
     ["Los proponentes han identificado siete ámbitos en los que la cooperación internacional podría ayudar"], [["siete"]], [ND]),
    ("es", "¿Qué proponen sobre los envíos pequeños en aduana?", "j106",
     ["considerar umbrales de minimis que eviten que los costos de los trámites aduaneros superen el valor de las mercancías"], [["de minimis"]], []),
    ("en", "What kind of event did the Argentina–Chile–Colombia group ask the General Council to hold?", "j106",
     ["organizar, antes de finales de 2017, un taller sobre el comercio electrónico y las mipymes"], [["taller"]], [ND]),
    ("fr", "Quelles lois types ces pays latino-américains recommandent-ils ?", "j106",
     ["Los proponentes subrayan la utilidad de las leyes modelo de la CNUDMI en esta materia."], [["CNUDMI"]], []),
    ("en", "Which agreement's entry into force would speed up clearance of small parcels, in the 2016 communication?", "j106",
     ["La pronta entrada en vigor del Acuerdo sobre Facilitación del Comercio, adoptado en 2014 (WT/L/940)"], [["Facilitación del Comercio"]], [ND]),
    ("es", "¿Para qué conferencia ministerial querían preparar estos trabajos?", "j106",
     ["la Undécima Conferencia Ministerial, que se celebrará en Buenos Aires en diciembre de 2017"], [["Buenos Aires"]], []),

    # ---- compare / change over time
    ("en", "How did participation in the e-commerce joint initiative grow from Buenos Aires to Davos?", ["js17", "davos"],
     ["Uruguay and other Members, 71 in total", "is being circulated at the request of the delegations of the 76 Members listed below"], [["71"], ["76"]], [ND]),
    ("fr", "Comment l'estimation de la CNUCED citée par l'Inde se compare-t-elle à celle de l'OCDE citée par les partisans d'un moratoire permanent ?", ["747", "833"],
     ["the potential tariff revenue forgone because of the moratorium amounted to about USD 10 billion in 2017", "between 0.08 and 0.23 per cent of total government revenue"],
     [["10 billion"], ["0.08"]], []),
    ("en", "How did the JSI move from its 2017 launch to the 2024 outcome?", ["js17", "jsi24"],
     ["We will initiate exploratory work together toward future WTO negotiations on trade-related aspects of electronic commerce",
      "les participants sont parvenus à un texte stabilisé de l'Accord sur le commerce électronique"], [["exploratory"], ["texte stabilisé"]], [ND]),
    ("fr", "En 1999, les Conseils des marchandises et des services ont-ils tranché la classification des produits numériques ?", ["sl74", "g158"],
     ["Aucune conclusion n'a pu être dégagée sur cette question de classification", "El Consejo no llegó a ninguna conclusión"],
     [["Aucune conclusion"], ["ninguna conclusión"]], []),
    ("en", "Do India/South Africa and the 2021 co-sponsors agree on whether internal taxes can do the job of customs duties?", ["747", "833"],
     ["Internal taxes cannot fully replace customs duties.", "The moratorium does not prevent Members from imposing internal taxes, fees or charges on electronically transmitted content"],
     [["cannot fully replace"], ["does not prevent"]], [ND]),
    ("fr", "Entre 2001 et 2023, la question de la définition et de la classification des transmissions électroniques a-t-elle été réglée ?", ["w436", "j350"],
     ["la classification des produits numériques reste la question la plus difficile", "No existe una definición acordada de \"transmisiones electrónicas\"."],
     [["la plus difficile"], ["No existe una definición acordada"]], []),
    ("en", "Which bodies extended the moratorium in 2017 and then in 2019?", ["747", "833"],
     ["most recently at the Eleventh Session in Buenos Aires (WT/MIN(17)/65)", "It was last renewed by the General Council in December 2019 (WT/L/1079)"],
     [["Buenos Aires", "Eleventh Session"], ["General Council"]], []),
    ("fr", "Entre le rapport du Conseil des services de 1999 et la discussion de 2001, comment le statut du moratoire a-t-il évolué ?", ["sl74", "w436"],
     ["les Membres maintiendront leur pratique actuelle consistant à ne pas imposer de droits de douane sur les transmissions électroniques",
      "le moratoire sur les droits de douane n'avait pas été formellement prorogé"], [["prorogé"]], [ND]),
    ("es", "¿Cómo cambió el plazo de la moratoria entre la decisión del Consejo General de 2019 y la de la CM12?", ["m181", "j350"],
     ["to maintain the current practice of not imposing customs duties on electronic transmissions until the Twelfth Session",
      "si la CM13 se celebrara después del 31 de marzo de 2024, expirarán en esa fecha"], [["Twelfth Session"], ["31 de marzo de 2024"]], []),
    ("en", "How did the number of JSI participants change between late 2019 and July 2024?", ["m181", "jsi24"],
     ["82 Members were now participating in the negotiations launched at Davos in January 2019", "appuyé par 80 des 91 Membres de l'OMC qui participent à l'Initiative"],
     [["82"], ["91"]], []),
    ("fr", "Les pays en développement jugeaient-ils déjà en 2001 la perte de recettes douanières importante, comme l'Inde en 2018 ?", ["w436", "747"],
     ["la perte de recettes douanières pourrait devenir importante à mesure que le commerce de produits numériques progresse",
      "Customs duties remain an important source of public revenue for many developing countries"], [["recettes douanières"], ["public revenue"]], []),
    ("en", "Do both the 2013 CTD note and the 2016 Latin American communication flag electronic payments?", ["comtd", "j106"],
     ["l'absence de solutions de paiement électronique sûres et abordables", "las soluciones de pago electrónico"],
     [["paiement", "pago"]], [ND]),

    # ---- follow-up (more)
    ("en", "What else did they ask ministers for, besides permanence?", "833",
     ["reinvigorate the Work Programme on Electronic Commerce, with a particular focus on the development dimension",
      "request targeted technical assistance and capacity building"], [["development dimension", "technical assistance"]], ["follow-up"],
     {"any": True, "history": [
         {"role": "user", "content": "What did the 2021 paper by Australia, Canada, Japan and others propose?"},
         {"role": "assistant", "content": "That ministers at MC12 make the moratorium on customs duties on electronic transmissions permanent."}]}),
]

UNANSWERABLE = [
    ("en", "What did the Council for Trade in Goods' 2001 report say about rules of origin for digital products?"),
    ("fr", "Quelle estimation de la Banque mondiale sur les pertes de recettes douanières l'Inde cite-t-elle ?"),
    ("en", "What did Kenya say about the moratorium at the December 2019 General Council?"),
    ("fr", "Que prévoit le texte stabilisé de 2024 au sujet du code source des logiciels ?"),
    ("en", "How many members joined the e-commerce joint statement at MC12 in Geneva in 2022?"),
    ("fr", "Quelle est la position de la Chine sur le moratoire dans la communication de 2021 ?"),
    ("es", "¿Qué decidió la CM13 en Abu Dabi sobre la moratoria?"),
    ("en", "What share of Africa's population was online in 2013 according to the CTD note?"),
    ("fr", "À combien de dollars l'OCDE chiffre-t-elle les pertes de recettes des pays les moins avancés ?"),
    ("en", "What did the 2003 dedicated discussion on e-commerce conclude about competition policy?"),
    ("fr", "Quelles sanctions l'Accord sur le commerce électronique de 2024 prévoit-il en cas d'atteinte aux données personnelles ?"),
    ("en", "Which ambassador chaired the Council for Trade in Services when it adopted its 1999 e-commerce report?"),
    ("es", "¿Cuántos talleres sobre comercio electrónico organizó la Secretaría en 2018?"),
    ("en", "What did the Committee on Trade and Development's 2019 report say about e-commerce and LDCs?"),
    ("fr", "Combien d'années de transition le texte stabilisé accorde-t-il aux pays les moins avancés ?"),
    ("en", "How much tariff revenue did South Africa itself lose in 2017, according to its joint paper with India?"),
    ("fr", "Quelle position les États-Unis ont-ils défendue lors de la discussion spécialisée de juin 2001 ?"),
    ("es", "¿Qué propuso el Brasil sobre la moratoria en 2020?"),
    ("en", "What does the 2016 Latin American communication propose on data localization?"),
]


def build() -> list[dict]:
    rows, counters = [], {"en": 0, "fr": 0, "es": 0}

    def next_id(lang):
        counters[lang] += 1
        return f"d-{lang}{counters[lang]:02d}"

    for entry in Q:
        lang, question, keys, spans, answers, tags = entry[:6]
        opts = entry[6] if len(entry) > 6 else {}
        keys = [keys] if isinstance(keys, str) else keys
        tags = list(tags)
        if any(DOCS[k][1] != lang for k in keys):
            tags.append("cross-lingual")
        if len(keys) > 1:
            tags.append("compare")
        row = {"id": next_id(lang), "lang": lang, "question": question}
        row["evidence_any" if opts.get("any") else "evidence"] = spans
        row["answer_any"] = answers
        row["source"] = "tune/" + DOCS[keys[0]][0]
        if len(keys) > 1:
            row["sources"] = ["tune/" + DOCS[k][0] for k in keys]
        if opts.get("history"):
            row["history"] = opts["history"]
        row["tags"] = sorted(set(tags), key=tags.index)
        rows.append(row)
    for lang, question in UNANSWERABLE:
        rows.append({"id": next_id(lang), "lang": lang, "question": question,
                     "unanswerable": True, "tags": ["unanswerable"]})
    return rows


if __name__ == "__main__":
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    from collections import Counter
    print(len(rows), "questions")
    print("by lang", Counter(r["lang"] for r in rows))
    print("by tag", Counter(t for r in rows for t in r["tags"]))
