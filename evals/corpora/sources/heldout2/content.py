"""Content of the second held-out development test corpus (heldout2) for wtoqa.

Written for wtoqa's evaluation from public facts; these are NOT official WTO
texts.  Every document is a list of blocks; build.py renders them to the
required formats and check_gold.py checks gold evidence against them.

Block kinds:
  ("title", text)         centred bold title line
  ("center", text)        centred line (subtitle, author line)
  ("p", text)             plain paragraph
  ("rule",)               separator line "_______________"
  ("h", num, text)        numbered section heading
  ("np", num, text)       numbered paragraph ("1." or "1.1")
  ("sub", label, text)    sub-item "(a)" of the preceding paragraph
  ("li", list_id, text)   item of a real (Word) numbered list

Inline footnote markers are written "[^n]"; footnote texts are in
doc["footnotes"].
"""

DOCS = {}

# ---------------------------------------------------------------------------
# 1. English, PDF: MC13 ministerial decision on the Work Programme, 2024
# ---------------------------------------------------------------------------
DOCS["ministerial-decision-work-programme.pdf"] = {
    "format": "pdf",
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "WT/MIN(24)/38",
    "date": "4 March 2024",
    "job": "(24-1708)",
    "page_label": "Page",
    "body_line": "Ministerial Conference – Thirteenth Session – Abu Dhabi, 26 February - 1 March 2024",
    "original": "Original: English",
    "font": "Helvetica",
    "size": 10,
    "footnotes": {
        "1": "WT/L/274, adopted by the General Council on 25 September 1998.",
        "2": "The Fourteenth Session of the Ministerial Conference is scheduled to take place in Yaoundé, "
             "Cameroon, in March 2026.",
    },
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("center", "Ministerial Decision adopted on 2 March 2024"),
        ("rule",),
        ("p", "The Ministerial Conference,"),
        ("p", "Having regard to the Work Programme on Electronic Commerce[^1] and to the ministerial decisions "
              "on the Work Programme that followed it, most recently the decision taken at our Twelfth Session "
              "in Geneva in June 2022;"),
        ("p", "Concerned that a wide digital divide persists between and within Members, and that many "
              "developing and least-developed country Members still lack the infrastructure and skills needed "
              "to take part in digital trade;"),
        ("p", "Decides as follows:"),
        ("np", "1.", "We agree to reinvigorate the work under the Work Programme, building on the progress "
                     "achieved since our last session and on the basis of the mandate set out in WT/L/274, "
                     "with particular attention to its development dimension."),
        ("np", "2.", "In that context, Members will give priority to the needs of developing and least-developed "
                     "country Members in the areas of digital infrastructure, digital skills and access to "
                     "technology, including for micro, small and medium-sized enterprises and for women "
                     "entrepreneurs."),
        ("np", "3.", "We note the discussions held under the General Council since our last session on the "
                     "scope, definition and impact of the moratorium on customs duties on electronic "
                     "transmissions, and agree that Members may continue them with the factual support of the "
                     "Secretariat."),
        ("np", "4.", "We instruct the General Council to hold periodic reviews of the Work Programme at its "
                     "meetings in July and December 2024 and in July 2025, on the basis of reports that the "
                     "relevant WTO bodies may submit, and to report to our next session."),
        ("np", "5.", "We call on the Secretariat, within available resources and in cooperation with other "
                     "international organizations and development partners, to continue providing technical "
                     "assistance on electronic commerce to developing and least-developed country Members "
                     "that request it."),
        ("np", "6.", "We agree to maintain the current practice of not imposing customs duties on electronic "
                     "transmissions until the Fourteenth Session of the Ministerial Conference[^2] or 31 March "
                     "2026, whichever comes first. The moratorium and the Work Programme will expire on that "
                     "date."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 2. English, DOCX with header table: communication on MSMEs, 2022
# ---------------------------------------------------------------------------
DOCS["msme-ecommerce-communication.docx"] = {
    "format": "docx",
    "created": (2022, 7, 5),
    "header_rows": [
        ("WORLD TRADE ORGANIZATION", "WT/GC/W/851"),
        ("", "5 July 2022"),
        ("(22-5137)", ""),
        ("General Council", "Original: English"),
    ],
    "running_header": "WT/GC/W/851",
    "footnotes": {},
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "HELPING MICRO, SMALL AND MEDIUM-SIZED ENTERPRISES TRADE ONLINE"),
        ("center", "Communication from Kenya, the Philippines, Switzerland and Uruguay"),
        ("p", "The following communication, dated 4 July 2022, is being circulated at the request of the "
              "delegations of Kenya, the Philippines, Switzerland and Uruguay."),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "At the Twelfth Ministerial Conference, Ministers agreed to reinvigorate the work under "
                      "the Work Programme on Electronic Commerce. The co-sponsors wish to contribute to that "
                      "work by drawing attention to micro, small and medium-sized enterprises (MSMEs), which "
                      "make up around 90 per cent of firms and account for more than half of employment "
                      "worldwide."),
        ("np", "1.2", "Online marketplaces, electronic payments and social media have lowered the fixed costs "
                      "of reaching foreign customers. During the COVID-19 pandemic, many small firms that had "
                      "never sold abroad began to do so online. Yet the share of MSMEs that export remains far "
                      "below that of large firms."),
        ("h", "2", "OBSTACLES FACED BY SMALL ONLINE SELLERS"),
        ("np", "2.1", "Exchanges in the Informal Working Group on MSMEs and with business associations point to "
                      "the following recurring obstacles:"),
        ("li", 1, "customs formalities and delivery costs that are disproportionate to the value of small "
                  "parcels;"),
        ("li", 1, "limited access to cross-border payment services and high fees on small transactions;"),
        ("li", 1, "divergent rules on consumer protection and personal data in different markets;"),
        ("li", 1, "scarce information on foreign market requirements, which small firms cannot obtain at "
                  "reasonable cost;"),
        ("li", 1, "gaps in digital skills and difficulty obtaining finance for investment in technology."),
        ("np", "2.2", "Enterprises led by women and enterprises in rural or remote areas face these obstacles "
                      "with particular force, because they often have weaker connectivity and fewer links to "
                      "logistics networks."),
        ("h", "3", "EXPERIENCE OF THE CO-SPONSORS"),
        ("np", "3.1", "In Kenya, mobile money, introduced in 2007, has allowed millions of people without a "
                      "bank account to pay and be paid by telephone, and has become the backbone of online "
                      "sales by small traders."),
        ("np", "3.2", "The Philippines gave legal effect to electronic documents and electronic signatures "
                      "through its Electronic Commerce Act of 2000 (Republic Act No. 8792), one of the first "
                      "such laws in South-East Asia."),
        ("np", "3.3", "Uruguay coordinates the Informal Working Group on MSMEs, launched at the Eleventh "
                      "Ministerial Conference in Buenos Aires in December 2017. In December 2020 the Group "
                      "adopted a package of recommendations and declarations and launched the Trade4MSMEs "
                      "online platform, which gathers trade information for small firms in one place."),
        ("np", "3.4", "Switzerland supports capacity building for small exporters through its development "
                      "cooperation and has contributed to programmes that help MSMEs in partner countries meet "
                      "standards and reach buyers online."),
        ("h", "4", "PROPOSALS"),
        ("np", "4.1", "The co-sponsors propose that, as part of the periodic reviews of the Work Programme, "
                      "the General Council hold a dedicated session on MSMEs and electronic commerce in the "
                      "first half of 2023. That session could address the following:"),
        ("li", 2, "how Members treat low-value shipments, including simplified customs procedures and "
                  "thresholds below which no duties are collected, on the basis of a compilation prepared by "
                  "the Secretariat;"),
        ("li", 2, "experiences with single windows and paperless procedures that benefit small traders;"),
        ("li", 2, "closer coordination with the Informal Working Group on MSMEs and use of the Trade4MSMEs "
                  "platform;"),
        ("li", 2, "presentations by the International Trade Centre, UNCTAD and the Universal Postal Union."),
        ("np", "4.2", "This proposal is without prejudice to the negotiating positions of Members in any "
                      "forum, and it is open to all Members."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 3. English, saved HTML page: JSI ministerial statement, December 2021
# ---------------------------------------------------------------------------
DOCS["jsi-ministerial-statement.html"] = {
    "format": "html",
    "symbol": "INF/ECOM/70",
    "date": "14 December 2021",
    "original": "Original: English",
    "page_title": "Joint Statement Initiative on E-commerce: Statement by Ministers of Australia, Japan and "
                  "Singapore",
    "issued_by": "Australia, Japan and Singapore (co-convenors)",
    "saved_from": "https://docs.example-trade.org/ecom/jsi/inf-ecom-70-ministers.html",
    "related": [
        ("#wt-l-1056", "WT/L/1056 – Joint Statement on Electronic Commerce (25 January 2019)"),
        ("#wt-min-17-60", "WT/MIN(17)/60 – Joint Statement on Electronic Commerce (13 December 2017)"),
        ("#inf-ecom-62", "INF/ECOM/62/Rev.1 – Consolidated negotiating text (December 2020)"),
        ("#wt-l-274", "WT/L/274 – Work Programme on Electronic Commerce (30 September 1998)"),
    ],
    "footnotes": {},
    "blocks": [
        ("title", "WTO ELECTRONIC COMMERCE NEGOTIATIONS"),
        ("title", "STATEMENT BY MINISTERS OF AUSTRALIA, JAPAN AND SINGAPORE"),
        ("center", "Co-convenors of the Joint Statement Initiative on Electronic Commerce"),
        ("p", "The following statement, issued on 14 December 2021, is being circulated at the request of the "
              "delegations of Australia, Japan and Singapore."),
        ("rule",),
        ("np", "1.", "As co-convenors of the Joint Statement Initiative on Electronic Commerce, we welcome the "
                     "progress made since participants confirmed their intention to negotiate in January 2019. "
                     "The initiative now brings together 86 WTO Members from all regions and at all levels of "
                     "development, representing over 90 per cent of global trade."),
        ("np", "2.", "This statement was to have been delivered at the Twelfth Ministerial Conference. The "
                     "Conference, which was due to open in Geneva on 30 November 2021, was postponed because "
                     "of a new variant of the COVID-19 virus and the travel restrictions that followed. We "
                     "nevertheless wish to take stock of where the negotiations stand."),
        ("np", "3.", "The pandemic has shown how much businesses and consumers depend on digital connections. "
                     "Common rules for digital trade would give them greater certainty and lower costs, and "
                     "would help small businesses in particular to reach new markets."),
        ("np", "4.", "Since a consolidated negotiating text was issued in December 2020, participants have "
                     "achieved convergence on eight articles: online consumer protection; electronic "
                     "signatures and authentication; unsolicited commercial electronic messages; open "
                     "government data; electronic contracts; transparency; paperless trading; and open "
                     "internet access."),
        ("np", "5.", "Good progress has also been made in small groups on other issues, including electronic "
                     "transaction frameworks, cybersecurity and electronic invoicing. Significant differences "
                     "remain on data flows and on customs duties on electronic transmissions."),
        ("np", "6.", "We recognize the specific challenges that developing and least-developed participants face "
                     "in taking part in the negotiations and in implementing their outcome. Participants are "
                     "working on ways to support their capacity, including through technical assistance and "
                     "appropriate flexibilities."),
        ("np", "7.", "We instruct our negotiators to secure convergence on the majority of issues by the end of "
                     "2022."),
        ("np", "8.", "The initiative remains open to all WTO Members, and we encourage those who have not yet "
                     "joined to do so. We also reaffirm the importance of the multilateral Work Programme on "
                     "Electronic Commerce and our support for its work."),
    ],
}

# ---------------------------------------------------------------------------
# 4. French, DOCX with header table: MC12 ministerial decision, 2022
# ---------------------------------------------------------------------------
DOCS["decision-ministerielle-programme-travail.docx"] = {
    "format": "docx",
    "created": (2022, 6, 22),
    "header_rows": [
        ("ORGANISATION MONDIALE DU COMMERCE", "WT/MIN(22)/32"),
        ("", "22 juin 2022"),
        ("(22-4737)", ""),
        ("Conférence ministérielle – Douzième session – Genève, 12-15 juin 2022", "Original: anglais"),
    ],
    "running_header": "WT/MIN(22)/32",
    "footnotes": {},
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("center", "Décision ministérielle du 17 juin 2022"),
        ("p", "La Conférence ministérielle,"),
        ("p", "Rappelant le Programme de travail sur le commerce électronique adopté par le Conseil général "
              "le 25 septembre 1998 (WT/L/274), ainsi que les décisions ministérielles adoptées par la suite "
              "à son sujet;"),
        ("p", "Prenant acte de l'importance accrue du commerce électronique pendant la pandémie de COVID-19 "
              "et de la nécessité de réduire la fracture numérique;"),
        ("p", "Décide ce qui suit:"),
        ("np", "1", "Nous convenons de redynamiser les travaux menés au titre du Programme de travail, "
                    "conformément à son mandat, en tenant compte en particulier de la dimension de "
                    "développement."),
        ("np", "2", "Nous reconnaissons les défis auxquels les pays en développement, et surtout les pays les "
                    "moins avancés, sont confrontés dans le domaine du commerce électronique, et nous soulignons "
                    "l'intérêt d'une coopération internationale accrue, y compris par l'assistance technique et "
                    "le renforcement des capacités."),
        ("np", "3", "Nous convenons d'intensifier les discussions sur le moratoire et chargeons le Conseil "
                    "général de tenir des discussions périodiques, notamment sur sa portée, sa définition et son "
                    "incidence, avec l'appui du Secrétariat."),
        ("np", "4", "Nous chargeons le Conseil général de procéder à des examens périodiques du Programme de "
                    "travail sur la base des rapports que les organes de l'OMC compétents pourront lui présenter, "
                    "et de faire rapport à notre prochaine session."),
        ("np", "5", "Nous convenons de maintenir la pratique actuelle consistant à ne pas imposer de droits de "
                    "douane sur les transmissions électroniques jusqu'à la treizième session de la Conférence "
                    "ministérielle, qui devrait en principe se tenir d'ici au 31 décembre 2023."),
        ("np", "6", "Si la treizième session est reportée au-delà du 31 mars 2024, le moratoire expirera à "
                    "cette date, à moins que les Ministres ou le Conseil général ne décident de le proroger."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 5. French, multi-page PDF with footnotes: African Group communication, 2023
# ---------------------------------------------------------------------------
DOCS["groupe-africain-commerce-electronique.pdf"] = {
    "format": "pdf",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "WT/GC/W/877",
    "date": "18 septembre 2023",
    "job": "(23-6214)",
    "page_label": "Page",
    "body_line": "Conseil général",
    "original": "Original: français",
    "font": "Times-Roman",
    "size": 11,
    "footnotes": {
        "1": "Décision ministérielle du 17 juin 2022 sur le Programme de travail sur le commerce électronique "
             "(WT/MIN(22)/32).",
        "2": "UIT, Measuring digital development: Facts and Figures 2022, Genève, novembre 2022.",
        "3": "La Convention de l'Union africaine sur la cybersécurité et la protection des données à "
             "caractère personnel, adoptée à Malabo en 2014, est entrée en vigueur le 8 juin 2023.",
    },
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "TRANSFORMATION NUMÉRIQUE ET INTÉGRATION RÉGIONALE EN AFRIQUE:"),
        ("title", "PRIORITÉS DU GROUPE AFRICAIN EN VUE DE LA CM13"),
        ("center", "Communication de la Côte d'Ivoire au nom du Groupe africain"),
        ("p", "La communication ci-après, datée du 15 septembre 2023, est distribuée à la demande de la "
              "délégation de la Côte d'Ivoire au nom du Groupe africain."),
        ("rule",),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "À la douzième Conférence ministérielle, les Membres sont convenus de redynamiser le "
                      "Programme de travail sur le commerce électronique en tenant compte en particulier de sa "
                      "dimension de développement[^1]. Le Groupe africain présente la présente communication "
                      "afin de contribuer aux préparatifs de la treizième Conférence ministérielle (CM13), qui "
                      "se tiendra à Abou Dhabi en février 2024."),
        ("np", "1.2", "Le Groupe rappelle qu'avant la onzième Conférence ministérielle, en 2017, il avait "
                      "déclaré ne pas être en mesure de négocier de nouvelles règles sur le commerce "
                      "électronique. Cette position reste inchangée: le Groupe privilégie le cadre multilatéral "
                      "du Programme de travail, où toutes les questions peuvent être examinées sans engagement "
                      "contraignant."),
        ("h", "2", "LA FRACTURE NUMÉRIQUE EN AFRIQUE"),
        ("np", "2.1", "Selon l'Union internationale des télécommunications, environ 40 pour cent de la "
                      "population africaine utilisait Internet en 2022, contre quelque 66 pour cent de la "
                      "population mondiale[^2]. Le prix des données mobiles, rapporté au revenu, reste sur le "
                      "continent parmi les plus élevés du monde."),
        ("np", "2.2", "Le déficit d'infrastructures ne se limite pas aux télécommunications. Près de 600 millions "
                      "d'Africains n'ont toujours pas accès à l'électricité, ce qui limite l'utilisation des "
                      "services numériques, en particulier dans les zones rurales. Les femmes, moins connectées "
                      "que les hommes, en subissent les conséquences de manière disproportionnée."),
        ("np", "2.3", "Les entreprises africaines se heurtent en outre à la faiblesse des systèmes d'adressage "
                      "postal, au coût élevé de la livraison du dernier kilomètre et à la difficulté d'accéder "
                      "aux moyens de paiement internationaux, alors même que les paiements mobiles ont connu une "
                      "croissance rapide sur le continent."),
        ("h", "3", "LA ZLECAF ET LE COMMERCE NUMÉRIQUE"),
        ("np", "3.1", "L'Accord portant création de la Zone de libre-échange continentale africaine (ZLECAf) "
                      "est entré en vigueur le 30 mai 2019, et les échanges au titre de cet accord ont débuté "
                      "le 1er janvier 2021. Les États parties négocient actuellement un protocole sur le "
                      "commerce numérique, dont l'adoption est envisagée au début de 2024."),
        ("np", "3.2", "Le Groupe attache la plus haute importance à ce que les règles continentales puissent se "
                      "développer librement. Les travaux menés à l'OMC ne doivent pas préjuger des choix que "
                      "feront les États africains en matière de gouvernance des données, tels qu'ils sont "
                      "esquissés dans le Cadre stratégique de l'Union africaine en matière de données, approuvé "
                      "en février 2022, et dans la Convention de Malabo[^3]."),
        ("h", "4", "LE MORATOIRE SUR LES DROITS DE DOUANE"),
        ("np", "4.1", "Le Groupe rappelle que les Membres n'ont toujours pas défini ce que recouvrent les "
                      "transmissions électroniques. Toute décision relative au moratoire à la CM13 devrait "
                      "s'appuyer sur les résultats des discussions tenues depuis la CM12 sur sa portée, sa "
                      "définition et son incidence, et ne saurait être une reconduction automatique."),
        ("np", "4.2", "La plupart des administrations douanières africaines ne disposent pas de statistiques "
                      "ventilées sur les importations de produits numériques. Les Membres africains ne sont donc "
                      "pas en mesure d'évaluer avec précision les recettes auxquelles ils renoncent, ce qui "
                      "justifie une assistance ciblée en matière de statistiques."),
        ("h", "5", "PROPOSITIONS"),
        ("np", "5.1", "En vue de la CM13, le Groupe africain propose que les Membres:"),
        ("sub", "a.", "organisent, dans le cadre du Programme de travail, une série d'ateliers régionaux sur la "
                      "dimension de développement du commerce électronique, dont le premier se tiendrait en "
                      "Afrique en 2024;"),
        ("sub", "b.", "demandent au Secrétariat de dresser, en coopération avec la CNUCED et la Commission "
                      "économique des Nations Unies pour l'Afrique, un inventaire des besoins d'assistance "
                      "technique des Membres africains;"),
        ("sub", "c.", "examinent des mécanismes facilitant le transfert de technologie vers les pays en "
                      "développement, conformément au mandat de 1998;"),
        ("sub", "d.", "invitent les partenaires de développement à consacrer une part accrue de l'Aide pour le "
                      "commerce aux infrastructures numériques et aux compétences numériques."),
        ("np", "5.2", "Le Groupe africain invite tous les Membres à appuyer ces priorités et se tient prêt à "
                      "collaborer avec eux pour que la CM13 débouche sur un résultat favorable au développement."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 6. French, Markdown: Secretariat note on cross-border data flows, 2025
# ---------------------------------------------------------------------------
DOCS["note-flux-donnees.md"] = {
    "format": "md",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "JOB/GC/428",
    "date": "14 mars 2025",
    "job": "(25-1893)",
    "body_line": "Conseil général",
    "original": "Original: anglais",
    "footnotes": {},
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "FLUX TRANSFRONTIÈRES DE DONNÉES ET COMMERCE: APERÇU DES APPROCHES RÉGLEMENTAIRES"),
        ("center", "Note d'information du Secrétariat"),
        ("p", "La présente note a été établie sous la responsabilité du Secrétariat et sans préjudice des "
              "positions des Membres ni de leurs droits et obligations dans le cadre de l'OMC."),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "Lors de l'examen périodique du Programme de travail tenu par le Conseil général en "
                      "décembre 2024, plusieurs Membres ont demandé au Secrétariat un document factuel sur la "
                      "manière dont les flux transfrontières de données sont traités dans les législations "
                      "nationales et dans les accords commerciaux. La présente note répond à cette demande."),
        ("h", "2", "DE QUOI PARLE-T-ON?"),
        ("np", "2.1", "Les flux transfrontières de données accompagnent aujourd'hui presque toutes les "
                      "transactions internationales, qu'il s'agisse de commander un bien en ligne, de gérer une "
                      "chaîne d'approvisionnement ou de fournir un service à distance. Les données à caractère "
                      "personnel ne représentent qu'une partie de ces flux, qui comprennent aussi des données "
                      "industrielles et commerciales."),
        ("np", "2.2", "Les mesures de localisation des données prennent des formes variées: obligation de "
                      "conserver une copie des données sur le territoire national, obligation de les traiter "
                      "localement ou interdiction pure et simple de les transférer à l'étranger. Elles "
                      "poursuivent des objectifs divers, tels que la protection de la vie privée, la sécurité "
                      "nationale ou l'accès des autorités de contrôle aux informations."),
        ("h", "3", "APPROCHES NATIONALES ET RÉGIONALES"),
        ("np", "3.1", "Le Rapport sur l'économie numérique 2021 de la CNUCED distingue trois grandes approches: "
                      "l'une fondée sur le marché et l'autorégulation des entreprises, une autre sur le contrôle "
                      "de l'État, et une troisième sur la protection des droits fondamentaux des personnes."),
        ("np", "3.2", "Dans l'Union européenne, le règlement général sur la protection des données (RGPD), "
                      "applicable depuis le 25 mai 2018, autorise le transfert de données personnelles vers un "
                      "pays tiers lorsque la Commission européenne a reconnu que celui-ci offre un niveau de "
                      "protection adéquat, ou moyennant des garanties appropriées telles que des clauses "
                      "contractuelles types."),
        ("np", "3.3", "Le Japon a lancé en 2019 le concept de « libre circulation des données fondée sur la "
                      "confiance », repris la même année dans la déclaration des dirigeants du G20 réunis à "
                      "Osaka. Par ailleurs, le système de règles transfrontières de protection de la vie privée "
                      "de l'APEC a été ouvert à des pays non membres de l'APEC avec la création, en 2022, d'un "
                      "forum mondial."),
        ("h", "4", "DISPOSITIONS DES ACCORDS COMMERCIAUX"),
        ("np", "4.1", "Un nombre croissant d'accords commerciaux régionaux contiennent des engagements sur les "
                      "données. L'Accord de partenariat transpacifique global et progressiste (PTPGP), entré en "
                      "vigueur en 2018, oblige les parties à autoriser le transfert transfrontière "
                      "d'informations par voie électronique et leur interdit d'exiger l'utilisation "
                      "d'installations informatiques locales, sous réserve d'une exception pour la réalisation "
                      "d'un objectif légitime de politique publique."),
        ("np", "4.2", "L'Accord de partenariat sur l'économie numérique (DEPA), signé en juin 2020 par le Chili, "
                      "la Nouvelle-Zélande et Singapour, reprend ces engagements dans un accord consacré "
                      "exclusivement au commerce numérique. Le Partenariat économique régional global (RCEP), "
                      "entré en vigueur le 1er janvier 2022, contient des engagements comparables, mais laisse "
                      "à chaque partie le soin de déterminer ce qui est nécessaire à la protection de ses "
                      "intérêts essentiels en matière de sécurité."),
        ("h", "5", "LE CADRE DE L'OMC"),
        ("np", "5.1", "L'Accord général sur le commerce des services (AGCS) ne contient pas de règle générale sur "
                      "les flux de données. Son article XIV permet toutefois aux Membres d'adopter des mesures "
                      "nécessaires à la protection de la vie privée des personnes pour ce qui est du traitement "
                      "et de la diffusion de données personnelles. L'Annexe sur les télécommunications et le "
                      "Mémorandum d'accord sur les engagements relatifs aux services financiers comportent des "
                      "dispositions sur le transfert d'informations."),
        ("np", "5.2", "Dans le cadre de l'initiative conjointe sur le commerce électronique, les participants "
                      "ont décidé en 2023 de ne pas inclure de dispositions sur les flux de données et la "
                      "localisation des données dans le texte dont ils visaient la conclusion en 2024. Ces "
                      "questions restent donc ouvertes à l'OMC."),
        ("h", "6", "QUESTIONS POUR LA DISCUSSION"),
        ("np", "6.1", "Les Membres souhaiteront peut-être examiner, entre autres, les questions suivantes: quels "
                      "objectifs de politique publique justifient, selon eux, des restrictions aux transferts de "
                      "données; comment renforcer l'interopérabilité entre les régimes de protection des "
                      "données; et quel appui les pays en développement attendent pour se doter de cadres "
                      "juridiques adaptés."),
    ],
}

# ---------------------------------------------------------------------------
# 7. Spanish, PDF: MERCOSUR communication on its e-commerce agreement, 2021
# ---------------------------------------------------------------------------
DOCS["mercosur-comercio-electronico.pdf"] = {
    "format": "pdf",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "symbol": "WT/GC/W/826",
    "date": "9 de junio de 2021",
    "job": "(21-4562)",
    "page_label": "Página",
    "body_line": "Consejo General",
    "original": "Original: español",
    "font": "Helvetica",
    "size": 10,
    "footnotes": {
        "1": "Ley Modelo de la CNUDMI sobre Comercio Electrónico (1996) y Ley Modelo de la CNUDMI sobre las "
             "Firmas Electrónicas (2001).",
    },
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "EL ACUERDO SOBRE COMERCIO ELECTRÓNICO DEL MERCOSUR:"),
        ("title", "PROTECCIÓN DEL CONSUMIDOR Y FIRMA ELECTRÓNICA"),
        ("center", "Comunicación de la Argentina, el Brasil, el Paraguay y el Uruguay"),
        ("p", "La siguiente comunicación, de fecha 8 de junio de 2021, se distribuye a petición de las "
              "delegaciones de la Argentina, el Brasil, el Paraguay y el Uruguay."),
        ("rule",),
        ("np", "1.", "Los Estados Partes del MERCOSUR desean compartir con los Miembros la experiencia adquirida "
                     "en la elaboración de su Acuerdo sobre Comercio Electrónico, aprobado por el Consejo del "
                     "Mercado Común en diciembre de 2020 y firmado en 2021, con la esperanza de que resulte útil "
                     "para los debates del Programa de trabajo."),
        ("np", "2.", "El Acuerdo establece un marco común para las transacciones electrónicas inspirado en las "
                     "leyes modelo de la CNUDMI[^1]. Entre otras cosas, reconoce la validez jurídica de los "
                     "contratos celebrados por medios electrónicos, prevé normas sobre comunicaciones "
                     "comerciales no solicitadas y protección de datos personales, y establece que los "
                     "Estados Partes no impondrán derechos de aduana a las transmisiones electrónicas entre "
                     "ellos."),
        ("np", "3.", "En materia de protección del consumidor, el Acuerdo obliga a los proveedores que operan "
                     "en línea a informar de forma clara sobre su identidad, el precio total del producto, "
                     "incluidos los impuestos y gastos de envío, y las condiciones de entrega y devolución. Las "
                     "autoridades de defensa del consumidor de los Estados Partes cooperarán en la atención de "
                     "reclamaciones transfronterizas."),
        ("np", "4.", "En cuanto a la firma electrónica, el Acuerdo consagra el principio de neutralidad "
                     "tecnológica: ninguna parte negará efectos jurídicos a una firma por el solo hecho de estar "
                     "en forma electrónica. Los Estados Partes ya habían adoptado en 2019 un acuerdo de "
                     "reconocimiento mutuo de certificados de firma digital, que facilita el uso de documentos "
                     "firmados en otro Estado Parte."),
        ("np", "5.", "Los Estados Partes tampoco podrán exigir la instalación de servidores en su territorio "
                     "como condición para prestar servicios, salvo para alcanzar un objetivo legítimo de "
                     "política pública, siempre que la medida no constituya una discriminación arbitraria ni "
                     "una restricción encubierta al comercio."),
        ("np", "6.", "La experiencia regional muestra que la confianza de los consumidores es la condición "
                     "previa para que las pequeñas y medianas empresas aprovechen el comercio electrónico, y que "
                     "la cooperación entre autoridades es tan importante como las normas mismas. También "
                     "muestra la utilidad de un enfoque gradual, que tenga en cuenta las diferencias de "
                     "capacidad entre los miembros de un acuerdo."),
        ("np", "7.", "Los Estados Partes proponen que el Consejo General dedique una sesión del Programa de "
                     "trabajo a la protección del consumidor en línea y a la firma electrónica, con la "
                     "participación de la CNUDMI y de la UNCTAD, e invitan a otros grupos regionales a compartir "
                     "sus propias experiencias."),
        ("np", "8.", "Los Estados Partes reiteran su apoyo al carácter multilateral e inclusivo del Programa de "
                     "trabajo y seguirán informando a los Miembros sobre la aplicación del Acuerdo, cuyas "
                     "disposiciones podrán revisarse periódicamente a la luz de la evolución tecnológica."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 8. Spanish, text extracted from a PDF: CTD report to the General Council, 1999
# ---------------------------------------------------------------------------
DOCS["comite-comercio-desarrollo-informe.txt"] = {
    "format": "txt",
    "org_lines": ("ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"),
    "page_word": "Página",
    "symbol": "WT/COMTD/19",
    "date": "15 de octubre de 1999",
    "job": "(99-4375)",
    "body_line": "Comité de Comercio y Desarrollo",
    "original": "Original: inglés",
    "footnotes": {},
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "INFORME AL CONSEJO GENERAL"),
        ("center", "Informe presentado por el Presidente bajo su propia responsabilidad"),
        ("np", "1.", "En el párrafo 5 del Programa de trabajo sobre el comercio electrónico adoptado por el "
                     "Consejo General el 25 de septiembre de 1998 (WT/L/274), se encomendó al Comité de "
                     "Comercio y Desarrollo que examinara las consecuencias del comercio electrónico para el "
                     "desarrollo, teniendo en cuenta las necesidades económicas, financieras y de desarrollo de "
                     "los países en desarrollo, y que informara al Consejo General."),
        ("np", "2.", "El mandato enumera cinco temas: los efectos del comercio electrónico en las perspectivas "
                     "comerciales y económicas de los países en desarrollo, en particular de sus pequeñas y "
                     "medianas empresas; los retos que plantea su participación, en especial como exportadores "
                     "de productos entregados por medios electrónicos; la utilización de la tecnología de la "
                     "información para integrarlos en el sistema multilateral de comercio; las consecuencias "
                     "para la distribución tradicional de mercancías físicas; y las consecuencias financieras "
                     "del comercio electrónico."),
        ("np", "3.", "El Comité examinó la cuestión en sus reuniones de febrero, junio y julio de 1999, sobre la "
                     "base de una nota de antecedentes de la Secretaría y de las comunicaciones de varios "
                     "Miembros. Representantes de la UNCTAD y de la Unión Internacional de Telecomunicaciones "
                     "asistieron a una de esas reuniones en calidad de observadores."),
        ("np", "4.", "Muchas delegaciones destacaron que el acceso a la infraestructura de telecomunicaciones, a "
                     "un costo razonable, es la condición previa para cualquier participación en el comercio "
                     "electrónico. Se señaló que en numerosos países en desarrollo las tarifas de acceso a "
                     "Internet son varias veces superiores a las de los países desarrollados."),
        ("np", "5.", "Varias delegaciones insistieron en la formación de recursos humanos y en la transferencia de "
                     "tecnología, y algunas subrayaron que el movimiento de personas físicas podría permitir a "
                     "los países en desarrollo exportar servicios informáticos."),
        ("np", "6.", "Con respecto a las consecuencias financieras, algunos países en desarrollo señalaron que "
                     "los derechos de aduana constituyen una parte importante de sus ingresos fiscales y "
                     "expresaron su preocupación por la posible pérdida de ingresos si aumentara el comercio de "
                     "productos entregados electrónicamente. Otras delegaciones opinaron que esa pérdida sería "
                     "por ahora reducida."),
        ("np", "7.", "Se mencionaron también las oportunidades que el comercio electrónico ofrece a las pequeñas "
                     "empresas de los países en desarrollo, por ejemplo en el turismo y la artesanía, al "
                     "permitirles llegar directamente a los consumidores extranjeros sin intermediarios."),
        ("np", "8.", "Varias delegaciones pidieron que la Secretaría coopere con otras organizaciones "
                     "internacionales, en particular la UNCTAD, la UIT y el Banco Mundial, para prestar "
                     "asistencia técnica a los países en desarrollo en materia de comercio electrónico."),
        ("np", "9.", "El Comité no ha llegado a conclusiones sobre ninguno de los temas de su mandato. Los "
                     "Miembros convinieron en que se trata de un primer intercambio de opiniones y en que el "
                     "Comité debería seguir examinando la cuestión en sus futuras reuniones."),
        ("center", "__________"),
    ],
}
