"""The twelve documents of the twelfth held-out dev corpus, as data.

Rendered by build.py (through render12.py, ../heldout7/render7.py and ../render.py).
Blocks: ("title", text), ("center", text), ("p", text), ("h", number, text), ("np",
number, text), ("sub", label, text), ("caption", text), ("table", rows), ("source", text).
"[^n]" marks a footnote call; the notes are in "footnotes".  "variant": rendered by the
builders of render12.VARIANTS.

Written for wtoqa's evaluation from public facts, with invented but realistic detail;
these are not official WTO texts.
"""

DOCS = {}

# ---------------------------------------------------------------------------
# A. English, 2023, PDF of several pages ("boxed" letterhead, table, footnotes):
#    Secretariat note on trade in digitally delivered services
# ---------------------------------------------------------------------------
DOCS["secretariat-note-digitally-delivered-services-2023.pdf"] = {
    "format": "pdf", "variant": True, "lang": "en", "layout": "boxed", "font": "Times-Roman", "size": 11.5,
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "JOB/GC/362", "date": "6 November 2023", "job": "(23-7364)",
    "body_line": "General Council", "original": "Original: English", "page_word": "p.",
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "TRADE IN DIGITALLY DELIVERED SERVICES: TRENDS AND REGIONAL PATTERNS"),
        ("center", "Note by the Secretariat[^1]"),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "During the dedicated discussion on the development dimension of electronic commerce held "
         "under the auspices of the General Council on 19 September 2023, several delegations asked the "
         "Secretariat to bring together recent figures on services that are supplied across borders over "
         "computer networks, and to show how the different regions take part in that trade."),
        ("np", "1.2", "This note uses the definition of the Handbook on Measuring Digital Trade, prepared by the "
         "International Monetary Fund, the OECD, UNCTAD and the WTO.[^2] Digitally delivered services are "
         "services supplied remotely through computer networks. In practice, the estimates cover the balance of "
         "payments categories that are predominantly delivered in this way: insurance and financial services, "
         "charges for the use of intellectual property, telecommunications, computer and information services, "
         "other business services, and audiovisual and related services. Figures for 2022 are preliminary."),
        ("h", "2", "GLOBAL TRENDS"),
        ("np", "2.1", "World exports of digitally delivered services reached US$3.82 trillion in 2022, 3.8 per "
         "cent more than in 2021 and almost four times their value in 2005. Their share in world exports of "
         "services rose over the same period from 45 per cent to 54 per cent."),
        ("np", "2.2", "These services proved resilient during the COVID-19 pandemic. In 2020, when world exports "
         "of services as a whole fell by 20 per cent because of the collapse of travel and transport, exports "
         "of digitally delivered services contracted by less than 2 per cent, and they grew by 14 per cent in "
         "2021."),
        ("np", "2.3", "Other business services, which include professional, consulting, research and technical "
         "services, make up roughly half of the total. Computer services grew fastest, at an average annual "
         "rate of 11 per cent between 2005 and 2022.[^3]"),
        ("h", "3", "REGIONAL PATTERNS"),
        ("np", "3.1", "Table 1 shows the share of each region in world exports of digitally delivered services in "
         "2005 and 2022, and the weight of these services in each region's own exports of services in 2022."),
        ("caption", "Table 1: Exports of digitally delivered services by region (per cent)"),
        ("table", [
            ["Region", "Share 2005", "Share 2022", "Digital share"],
            ["Europe", "56.1", "51.5", "58"],
            ["Asia", "17.2", "24.9", "52"],
            ["North America", "20.4", "18.3", "71"],
            ["Latin America and Caribbean", "1.7", "1.5", "33"],
            ["Middle East", "1.5", "1.9", "27"],
            ["CIS", "2.1", "1.0", "36"],
            ["Africa", "1.0", "0.9", "20"],
        ]),
        ("source", "Share 2005, Share 2022: share of the region in world exports of digitally delivered services. "
         "Digital share: digitally delivered services as a percentage of the region's exports of services in "
         "2022. CIS: Commonwealth of Independent States, including associate and former member States. Source: "
         "WTO estimates based on balance of payments statistics."),
        ("np", "3.2", "Asia gained the most ground. Its share grew by more than seven percentage points, driven "
         "by exports of computer services from India, business process outsourcing from the Philippines and "
         "the rapid growth of China's exports of telecommunications and computer services. India alone "
         "accounted for about 5 per cent of world exports of digitally delivered services in 2022."),
        ("np", "3.3", "Africa's share remained below 1 per cent. Digitally delivered services represented only a "
         "fifth of Africa's exports of services, which are still dominated by travel and transport. Five "
         "economies, namely Egypt, Kenya, Morocco, Nigeria and South Africa, accounted for more than 70 per "
         "cent of the continent's exports of these services.[^4]"),
        ("np", "3.4", "The least-developed countries (LDCs) accounted for 0.16 per cent of world exports of "
         "digitally delivered services in 2022, up from 0.10 per cent in 2005. Bangladesh, Cambodia and Nepal "
         "reported the largest increases, mostly in computer services and business process outsourcing."),
        ("h", "4", "MEASUREMENT ISSUES"),
        ("np", "4.1", "Balance of payments statistics do not record how a service is delivered. The figures in "
         "this note therefore assume that the categories listed in paragraph 1.2 are delivered digitally, which "
         "overstates the value of some flows and understates others. Only a few Members, among them Canada, "
         "Costa Rica and India, have run enterprise surveys that ask directly about the mode of delivery. For "
         "economies that do not report detailed data, the estimates draw on a modelled dataset.[^5]"),
        ("np", "4.2", "Digitally delivered trade should be distinguished from digitally ordered trade, which covers "
         "goods and services bought over the Internet, whatever the way in which they are delivered. The two "
         "overlap: a software licence ordered online and downloaded is both. The Handbook recommends that "
         "compilers report the overlap separately."),
        ("h", "5", "CONCLUDING REMARKS"),
        ("np", "5.1", "The figures confirm that digitally delivered services have become the largest part of world "
         "trade in services, but that their growth remains concentrated in a small number of regions. The "
         "Secretariat stands ready to update this note annually and to assist Members that wish to improve "
         "their statistics on the mode of supply."),
    ],
    "footnotes": {
        "1": "This note has been prepared under the Secretariat's own responsibility and is without prejudice to "
             "the positions of Members or to their rights and obligations under the WTO.",
        "2": "The second edition of the Handbook on Measuring Digital Trade was published in July 2023; the first "
             "edition dates from 2020.",
        "3": "Telecommunications services, by contrast, grew by only about 2 per cent a year over the same "
             "period.",
        "4": "For 21 African economies, the figures for 2022 were imputed from earlier years because no data had "
             "been reported.",
        "5": "The WTO-OECD Balanced Trade in Services dataset (BaTIS), which reconciles the bilateral data "
             "reported by exporters and importers.",
    },
}

# ---------------------------------------------------------------------------
# B. English, 2022, DOCX with a labelled header table: TBT Committee thematic session
#    on the cybersecurity of connected devices
# ---------------------------------------------------------------------------
DOCS["tbt-thematic-session-cybersecurity-connected-devices-2022.docx"] = {
    "format": "docx", "variant": True, "lang": "en", "created": (2022, 7, 14), "docx_style": "labelled",
    "org": "WORLD TRADE ORGANIZATION", "symbol": "G/TBT/GEN/331", "date": "14 July 2022", "job": "(22-5417)",
    "body_line": "Committee on Technical Barriers to Trade", "original": "Original: English",
    "header_rows": [("WORLD TRADE ORGANIZATION", ""), ("Document symbol", "G/TBT/GEN/331"),
                    ("Date of issue", "14 July 2022"), ("Job number", "(22-5417)"),
                    ("Original language", "English")],
    "running_header": "G/TBT/GEN/331",
    "blocks": [
        ("title", "THEMATIC SESSION ON THE CYBERSECURITY OF CONNECTED DEVICES"),
        ("center", "Summary Report by the Chairperson[^1]"),
        ("h", "A.", "INTRODUCTION"),
        ("np", "1", "The Committee on Technical Barriers to Trade held a thematic session on the cybersecurity "
         "of consumer and industrial connected devices, often called the Internet of Things, on 21 June 2022, "
         "the day before its regular meeting of 22-24 June 2022. Some 130 participants followed the session in "
         "the room or online."),
        ("np", "2", "The session was organized because regulators in a growing number of Members were moving from "
         "voluntary guidance to mandatory security requirements for connected products. Several delegations "
         "had observed that divergent requirements, each with its own testing and labelling, could become "
         "unnecessary obstacles to trade in goods that are increasingly bought online and shipped directly to "
         "consumers. The topic had also been raised in the Work Programme on Electronic Commerce."),
        ("h", "B.", "INTERNATIONAL STANDARDS"),
        ("np", "3", "The European Telecommunications Standards Institute (ETSI) presented standard EN 303 645 on "
         "cybersecurity for consumer Internet of Things devices.[^2] It sets 13 groups of provisions, among "
         "which the prohibition of universal default passwords, the obligation to publish a vulnerability "
         "disclosure policy and the requirement to keep software updated. The speaker reported that the "
         "standard had been referenced by regulators or certification schemes in at least eight jurisdictions."),
        ("np", "4", "A representative of the IEC described the IEC 62443 series, which deals with industrial "
         "automation and control systems and includes a certification scheme for components, and noted that "
         "ISO and the IEC were preparing a baseline standard for consumer devices that would be open to "
         "countries that do not take part in ETSI."),
        ("h", "C.", "REGULATORY APPROACHES OF MEMBERS"),
        ("np", "5", "Members described their approaches as follows:"),
        ("sub", "(a)", "the United Kingdom explained that the Product Security and Telecommunications "
         "Infrastructure Bill, introduced in Parliament in January 2022, would ban universal default passwords, "
         "require manufacturers to publish a point of contact for reporting vulnerabilities, and oblige them to "
         "state the minimum period during which security updates would be provided;"),
        ("sub", "(b)", "the European Union reported that a delegated act adopted on 29 October 2021 under the "
         "Radio Equipment Directive made certain cybersecurity requirements essential requirements for "
         "wireless devices, applicable from 1 August 2024, and that horizontal rules for all products with "
         "digital elements were being prepared;[^3]"),
        ("sub", "(c)", "Singapore presented its Cybersecurity Labelling Scheme, launched in October 2020 for Wi-Fi "
         "routers and smart home hubs and later extended to all consumer connected devices, which has four "
         "levels of increasing assurance and had been recognized by Finland in October 2021;[^4]"),
        ("sub", "(d)", "the United States referred to the IoT Cybersecurity Improvement Act of December 2020, "
         "which applies to devices bought by federal agencies, and to the baseline criteria developed by the "
         "National Institute of Standards and Technology for a possible consumer label; and"),
        ("sub", "(e)", "Japan explained that its technical conditions for terminal equipment connected to "
         "telecommunications networks had required, since April 2020, access control, a prompt to change the "
         "default password and the ability to update software."),
        ("h", "D.", "TRADE CONCERNS AND TRANSPARENCY"),
        ("np", "6", "The Secretariat reported that Members had submitted 67 notifications referring to the "
         "cybersecurity of products since 2015, of which 22 in 2021 alone.[^5] Most concerned "
         "telecommunications terminal equipment and radio equipment, and about a third provided for "
         "third-party testing."),
        ("np", "7", "Several delegations, including Canada, Korea and Switzerland, encouraged Members to base their "
         "requirements on international standards and to accept the results of conformity assessment carried "
         "out in other Members. Brazil and India drew attention to the cost of accredited testing for small "
         "manufacturers and asked that developing Members receive technical assistance to build laboratory "
         "capacity. Some participants warned that requirements to disclose source code or encryption keys as a "
         "condition of market access would raise serious concerns."),
        ("h", "E.", "CONCLUSIONS"),
        ("np", "8", "The Chairperson noted a broad recognition that security requirements for connected devices "
         "were legitimate, and a shared interest in avoiding fragmentation. Early notification of draft "
         "measures, the use of international standards and mutual recognition of labels were seen as the best "
         "ways to achieve this. She suggested that the subject be taken up again in the Tenth Triennial Review "
         "of the Agreement."),
    ],
    "footnotes": {
        "1": "This report has been prepared under the Chairperson's own responsibility and does not prejudge the "
             "positions of Members.",
        "2": "Version 2.1.1 of EN 303 645 was published in June 2020. It builds on the Code of Practice for "
             "Consumer IoT Security published by the United Kingdom in October 2018.",
        "3": "The intention to propose a Cyber Resilience Act was announced in the State of the Union address of "
             "15 September 2021.",
        "4": "Under the arrangement, devices bearing the Finnish Cybersecurity Label are recognized as meeting "
             "Level 3 of the Singapore scheme, and devices with a Singapore label of Level 3 or 4 may obtain the "
             "Finnish label.",
        "5": "Notifications identified by a search of the ePing system for the terms cybersecurity, cyber "
             "security and Internet of Things; the figures are indicative.",
    },
}

# ---------------------------------------------------------------------------
# C. English, 2020, saved web page ("inline": notes as <span class="footnote">):
#    JSI facilitator's report on consumer protection and unsolicited messages
# ---------------------------------------------------------------------------
DOCS["jsi-consumer-protection-spam-facilitator-report-2020.html"] = {
    "format": "html", "variant": True, "lang": "en", "html_style": "inline",
    "org": "WORLD TRADE ORGANIZATION", "symbol": "INF/ECOM/57", "date": "30 November 2020", "job": "(20-8811)",
    "body_line": "Joint Statement Initiative on Electronic Commerce", "original": "Original: English",
    "page_title": "INF/ECOM/57 - Online consumer protection and unsolicited commercial electronic messages: "
                  "facilitator's report",
    "saved_from": "https://digital-trade-tracker.example.net/jsi/texts/INF-ECOM-57",
    "card": [("Symbol", "INF/ECOM/57"), ("Date", "30 November 2020"),
             ("Issued by", "Joint Statement Initiative on Electronic Commerce"), ("Type", "Facilitator's report"),
             ("Status", "Restricted at issue, derestricted")],
    "related": ["Consolidated negotiating text, December 2020", "Small group on e-signatures and authentication",
                "Small group on open government data", "Joint Statement on Electronic Commerce, Davos, 2019"],
    "blocks": [
        ("title", "JOINT STATEMENT INITIATIVE ON ELECTRONIC COMMERCE"),
        ("title", "ONLINE CONSUMER PROTECTION AND UNSOLICITED COMMERCIAL ELECTRONIC MESSAGES"),
        ("center", "Report of the Facilitator of the Small Group"),
        ("np", "1.", "This report describes the work of the small group on online consumer protection and "
         "unsolicited commercial electronic messages from September to November 2020. The group met six times, "
         "five of them in virtual format because of the restrictions on meetings in Geneva. The delegation of "
         "Canada acted as facilitator. The report is provided under the facilitator's own responsibility."),
        ("np", "2.", "The group worked on the basis of the relevant section of the consolidated negotiating text "
         "and on textual proposals submitted by eleven participants. Its aim was to reduce the number of "
         "alternatives and brackets so that the provisions could be considered stabilized, which means that "
         "they will not be reopened unless participants decide otherwise at the end of the negotiations."),
        ("h", "A.", "Online consumer protection"),
        ("np", "3.", "Participants agreed that each party should adopt or maintain measures that prohibit "
         "misleading, deceptive and fraudulent commercial practices that cause harm, or potential harm, to "
         "consumers engaged in online commercial activities. There was also convergence on cooperation between "
         "national consumer protection agencies on cross-border cases."),
        ("np", "4.", "Views still differed on two points. Some participants wanted a list of specific obligations "
         "for suppliers, such as providing clear information on the supplier's identity and on the total price, "
         "and giving consumers access to redress.[^1] Others preferred a general obligation, leaving the "
         "details to domestic law. A number of developing participants asked for a transition period before the "
         "obligations apply to them."),
        ("np", "5.", "Participants noted that, according to UNCTAD's Global Cyberlaw Tracker, about 81 per cent of "
         "countries had legislation on electronic transactions, but only 56 per cent had legislation on "
         "online consumer protection.[^2]"),
        ("h", "B.", "Unsolicited commercial electronic messages"),
        ("np", "6.", "On unsolicited commercial electronic messages, commonly called spam, participants agreed that "
         "each party should adopt measures that either require suppliers to facilitate the ability of "
         "recipients to prevent ongoing reception of such messages, which is known as an opt-out system, or "
         "require the consent of recipients before messages are sent, which is an opt-in system. The text "
         "leaves the choice between the two systems to each party."),
        ("np", "7.", "Participants also agreed that commercial electronic messages should be clearly identifiable "
         "as such, disclose on whose behalf they are sent and contain the information needed to stop them at no "
         "cost. One participant recalled that unsolicited messages had represented 57 per cent of world email "
         "traffic in 2019.[^3] Some participants wanted the provision to cover text messages sent to mobile "
         "telephones as well as email."),
        ("h", "C.", "State of play"),
        ("np", "8.", "Table 1 summarizes the state of play of the two articles at the last meeting of the group, "
         "on 27 November 2020."),
        ("caption", "Table 1: Paragraphs stabilized at 27 November 2020"),
        ("table", [
            ["Article", "Paragraphs", "Stabilized", "Still in brackets"],
            ["Online consumer protection", "6", "4", "2"],
            ["Unsolicited commercial electronic messages", "4", "3", "1"],
            ["Total", "10", "7", "3"],
        ]),
        ("np", "9.", "The remaining brackets concern the specific obligations mentioned in paragraph 4, the "
         "coverage of text messages and the transition period for developing participants. The facilitator "
         "intends to convene the group again in the second half of January 2021, with the aim of stabilizing "
         "both articles before the Twelfth Ministerial Conference."),
    ],
    "footnotes": {
        "1": "Several participants referred to the OECD Recommendation on Consumer Protection in E-commerce, "
             "revised in 2016, as a source for these obligations.",
        "2": "The figures cover the 194 member States of UNCTAD; for about one country in ten, no data were "
             "available.",
        "3": "The estimate was taken from the annual report of a security software company; other sources put "
             "the share between 45 and 85 per cent, depending on the method used.",
    },
}

# ---------------------------------------------------------------------------
# D. English, 2003, plain-text export: General Council minutes (extract) on the
#    dedicated discussion on the fiscal implications of electronic commerce
# ---------------------------------------------------------------------------
DOCS["general-council-minutes-fiscal-implications-ecommerce-2003.txt"] = {
    "format": "txt", "variant": True, "lang": "en", "txt_style": "plain",
    "org": "WORLD TRADE ORGANIZATION", "symbol": "WT/GC/M/80", "date": "24 June 2003", "job": "(03-3325)",
    "body_line": "General Council", "original": "Original: English",
    "blocks": [
        ("title", "GENERAL COUNCIL - MINUTES OF MEETING HELD ON 15 AND 16 MAY 2003"),
        ("p", "Extract: item 6 of the agenda."),
        ("h", "6.", "WORK PROGRAMME ON ELECTRONIC COMMERCE - REPORT ON THE DEDICATED DISCUSSION ON THE FISCAL "
         "IMPLICATIONS OF ELECTRONIC COMMERCE"),
        ("np", "71.", "The Chairman recalled that, in 2001, the General Council had agreed to hold dedicated "
         "discussions under its auspices on cross-cutting issues of the Work Programme which had not been "
         "resolved in the subsidiary bodies. Earlier dedicated discussions had dealt with the classification of "
         "electronically delivered content and with development. The fourth dedicated discussion, on the fiscal "
         "implications of electronic commerce, had been held on 25 April 2003 on the basis of a background note "
         "by the Secretariat.[^1] He had chaired it in a personal capacity, and his report had been circulated "
         "to delegations on 6 May."),
        ("np", "72.", "Introducing the report, the Chairman said that the discussion had covered two distinct "
         "questions: the customs revenue that Members might forgo because of the moratorium on customs duties on "
         "electronic transmissions, and the difficulty of collecting internal taxes, such as value added tax, "
         "on products delivered online. The Secretariat's note had estimated that customs duties on digitizable "
         "products, namely printed matter, software, sound and video recordings and games, accounted on "
         "average for about 1 per cent of the tariff revenue of Members. For some developing Members, however, "
         "the share exceeded 3 per cent, and for Members that relied on tariffs for a large part of government "
         "revenue the amounts were not negligible."),
        ("np", "73.", "Participants had agreed that the data were incomplete. Few Members could measure the volume "
         "of products delivered electronically, and the note's estimates assumed that all imports of digitizable "
         "products would eventually move online, which several delegations considered unrealistic in the "
         "medium term."),
        ("np", "74.", "The representative of Cuba said that the fiscal implications were of particular concern to "
         "small developing economies. The moratorium had been agreed in 1998 as a temporary measure, and its "
         "extension should not be automatic. The Work Programme should examine the question of revenue in "
         "depth before the Fifth Ministerial Conference."),
        ("np", "75.", "The representative of the European Communities said that the European Communities had "
         "addressed the taxation of electronically supplied services through a Council Directive of 7 May "
         "2002, which required suppliers established outside the Communities to charge value added tax on "
         "services supplied to private consumers in the Communities from 1 July 2003.[^2] Such taxes were "
         "internal taxes, applied without discrimination, and were fully compatible with the moratorium, which "
         "concerned only customs duties."),
        ("np", "76.", "The representative of the United States said that the moratorium had been one of the "
         "most successful decisions of the WTO and should be made permanent. The United States itself had "
         "chosen not to allow new taxes on Internet access at the state and local level.[^3] Consumption taxes "
         "were a matter for each Member, provided that they did not discriminate."),
        ("np", "77.", "The representative of India said that the distinction between goods and services in "
         "electronic commerce remained unclear, and that the fiscal question could not be settled until the "
         "question of classification had been resolved. His delegation could not agree to make the moratorium "
         "permanent."),
        ("np", "78.", "The representative of Egypt, speaking also on behalf of several African Members, asked the "
         "Secretariat to update its estimates with data from developing Members and to cooperate with UNCTAD, "
         "which had published its own study on the revenue implications of electronic commerce in 2000.[^4]"),
        ("np", "79.", "The representative of Japan said that the fiscal question deserved attention but that "
         "the revenue at stake was small compared with the gains from electronic commerce for consumers and "
         "small enterprises in all Members."),
        ("np", "80.", "The Chairman said that the dedicated discussion had been useful in clarifying the issues, "
         "although it had not produced agreement. He proposed that the General Council take note of his report "
         "and of the statements made, and that the question of fiscal implications be kept under review in the "
         "preparations for the Fifth Ministerial Conference, to be held in Cancun from 10 to 14 September 2003."),
        ("np", "81.", "The General Council so agreed."),
    ],
    "footnotes": {
        "1": "Background note by the Secretariat, WT/GC/W/497, dated 11 April 2003.",
        "2": "Council Directive 2002/38/EC, applicable initially for a period of three years.",
        "3": "The Internet Tax Freedom Act of 1998, which had been extended in 2001 until 1 November 2003.",
        "4": "The study estimated the possible loss of tariff revenue of developing countries from the "
             "digitization of goods, and found the largest relative losses in small economies.",
    },
}

# ---------------------------------------------------------------------------
# E. French, 2024, PDF of several pages ("two_col" letterhead, table, footnotes):
#    Secretariat note to the Council for Trade in Services on data localization
# ---------------------------------------------------------------------------
DOCS["note-secretariat-localisation-donnees-services-2024.pdf"] = {
    "format": "pdf", "variant": True, "lang": "fr", "layout": "two_col", "font": "Helvetica", "size": 10.6,
    "org": "ORGANISATION MONDIALE DU COMMERCE", "org_lines": ["ORGANISATION MONDIALE", "DU COMMERCE"],
    "symbol": "S/C/W/472", "date": "18 mars 2024", "job": "(24-2013)",
    "body_line": "Conseil du commerce des services", "original": "Original: anglais",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "LES MESURES DE LOCALISATION DES DONNÉES ET LE COMMERCE DES SERVICES"),
        ("center", "Note d'information du Secrétariat[^1]"),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "À la réunion du Conseil du commerce des services du 13 novembre 2023, plusieurs délégations "
         "ont demandé au Secrétariat de préparer une note factuelle sur les mesures qui imposent de stocker ou "
         "de traiter des données sur le territoire national, et sur leur rapport avec les engagements pris au "
         "titre de l'AGCS. La présente note répond à cette demande."),
        ("np", "1.2", "La note ne porte aucune appréciation sur la compatibilité d'une mesure avec les règles de "
         "l'OMC. Elle se fonde sur des sources publiques, notamment les inventaires de l'OCDE et les examens "
         "des politiques commerciales, arrêtées au 31 janvier 2024."),
        ("h", "2", "TYPOLOGIE DES MESURES"),
        ("np", "2.1", "On entend par mesure de localisation des données toute prescription qui oblige, "
         "directement ou indirectement, à conserver ou à traiter des données sur le territoire d'un Membre. "
         "Quatre catégories peuvent être distinguées: l'obligation de conserver une copie locale, l'obligation "
         "de traiter les données localement, l'interdiction de transférer certaines données à l'étranger, et "
         "les régimes qui subordonnent le transfert à des conditions, telles que le consentement de la personne "
         "concernée ou une autorisation préalable."),
        ("np", "2.2", "Le tableau 1 indique le nombre de mesures recensées dans chaque catégorie en 2017 et en "
         "2023, ainsi que le secteur dans lequel elles sont le plus fréquentes."),
        ("caption", "Tableau 1: Mesures de localisation des données recensées"),
        ("table", [
            ["Catégorie", "2017", "2023", "Secteur principal"],
            ["Copie locale exigée", "22", "41", "finance"],
            ["Traitement local", "9", "17", "santé"],
            ["Interdiction de transfert", "6", "11", "secteur public"],
            ["Transfert conditionnel", "35", "62", "données personnelles"],
            ["Total", "72", "131", "-"],
        ]),
        ("source", "Source: estimations du Secrétariat à partir de sources publiques. Chaque mesure est classée "
         "dans une seule catégorie, celle de sa prescription la plus stricte."),
        ("np", "2.3", "Le nombre de mesures a presque doublé en six ans. La hausse la plus rapide concerne "
         "l'obligation de conserver une copie locale, en particulier pour les données de paiement et les "
         "données comptables des établissements financiers."),
        ("h", "3", "LES MESURES AU REGARD DE L'AGCS"),
        ("np", "3.1", "Une mesure de localisation peut affecter la fourniture transfrontières d'un service (mode 1) "
         "lorsque le fournisseur étranger ne peut plus servir ses clients depuis l'étranger, et la présence "
         "commerciale (mode 3) lorsqu'elle oblige une filiale à investir dans des centres de données locaux. "
         "Dans les secteurs où un Membre a pris des engagements, elle peut soulever des questions d'accès aux "
         "marchés et de traitement national."),
        ("np", "3.2", "Plusieurs dispositions de l'AGCS visent expressément les transferts d'informations. "
         "L'article XIV c) ii) permet aux Membres de prendre des mesures nécessaires pour protéger la vie privée "
         "des personnes, sous réserve qu'elles ne constituent pas une discrimination arbitraire ou "
         "injustifiable ni une restriction déguisée au commerce.[^2] Le paragraphe 5 c) de l'Annexe sur les "
         "télécommunications garantit l'utilisation des réseaux publics pour le mouvement d'informations à "
         "l'intérieur des frontières et à travers celles-ci."),
        ("np", "3.3", "Pour les services financiers, le Mémorandum d'accord sur les engagements relatifs aux "
         "services financiers prévoit qu'aucun Membre ne prendra de mesures empêchant les transferts "
         "d'informations nécessaires à la conduite des affaires courantes d'un fournisseur. Ce texte ne "
         "s'applique toutefois qu'aux Membres qui ont choisi de prendre leurs engagements sur cette base, "
         "soit une trentaine.[^3]"),
        ("h", "4", "ÉVOLUTIONS RÉCENTES"),
        ("np", "4.1", "Les exemples suivants illustrent la diversité des approches:"),
        ("sub", "a)", "l'Indonésie a restreint, par son règlement gouvernemental n° 71 de 2019, l'obligation de "
         "stockage local aux opérateurs de systèmes électroniques publics, alors que le règlement de 2012 "
         "visait aussi les opérateurs privés;"),
        ("sub", "b)", "le Viet Nam a précisé, par un décret entré en vigueur le 1er octobre 2022, les catégories "
         "d'entreprises étrangères qui doivent conserver certaines données d'utilisateurs au Viet Nam et y "
         "établir une succursale ou un bureau de représentation;"),
        ("sub", "c)", "la Chine a soumis, à compter du 1er septembre 2022, l'exportation de volumes importants de "
         "données personnelles à une évaluation de sécurité préalable, puis a assoupli ce régime en 2024 en "
         "relevant les seuils;[^4]"),
        ("sub", "d)", "l'Inde a exigé en avril 2018 que toutes les données relatives aux systèmes de paiement "
         "soient conservées uniquement en Inde, en accordant aux prestataires un délai de six mois pour s'y "
         "conformer."),
        ("h", "5", "EFFETS ÉCONOMIQUES"),
        ("np", "5.1", "Les études disponibles concluent en général que les mesures de localisation renchérissent "
         "les services qui utilisent intensivement les données, en particulier pour les petites entreprises, "
         "qui ne peuvent pas répartir le coût de centres de données dans plusieurs pays. Une étude publiée en "
         "2014 estimait que de telles mesures pouvaient réduire le PIB de plusieurs économies de 0,1 à 1,7 "
         "pour cent.[^5] D'autres travaux soulignent que la sécurité des données dépend moins du lieu de "
         "stockage que des moyens de protection mis en oeuvre."),
        ("np", "5.2", "Les Membres qui ont adopté de telles mesures invoquent, quant à eux, l'accès des autorités "
         "de contrôle aux données, la protection de la vie privée, la sécurité nationale et le développement "
         "d'une industrie locale des centres de données."),
        ("h", "6", "CONCLUSION"),
        ("np", "6.1", "Le Secrétariat se tient prêt à compléter la présente note par une analyse des engagements "
         "de mode 1 pris dans les services informatiques et connexes, si le Conseil le souhaite."),
    ],
    "footnotes": {
        "1": "La présente note a été établie sous la responsabilité du Secrétariat et sans préjudice des "
             "positions des Membres ni de leurs droits et obligations dans le cadre de l'OMC.",
        "2": "Cette exception n'a encore été interprétée par aucun groupe spécial dans une affaire concernant "
             "des transferts de données.",
        "3": "Le paragraphe 8 du Mémorandum précise que rien ne limite le droit d'un Membre de protéger les "
             "données personnelles, pour autant que ce droit ne soit pas utilisé pour contourner le Mémorandum.",
        "4": "Les dispositions publiées en mars 2024 dispensent de l'évaluation les transferts portant sur moins "
             "de 100 000 personnes au cours d'une année civile.",
        "5": "La perte estimée la plus forte concernait le Viet Nam, la plus faible l'Inde; l'étude avait été "
             "réalisée par un centre de recherche établi à Bruxelles.",
    },
}

# ---------------------------------------------------------------------------
# G. French, 2019, saved web page ("aside": notes in a sidebar): JSI communication
#    on electronic signatures and authentication
# ---------------------------------------------------------------------------
DOCS["communication-signatures-electroniques-authentification-2019.html"] = {
    "format": "html", "variant": True, "lang": "fr", "html_style": "aside",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "INF/ECOM/21", "date": "25 avril 2019",
    "job": "(19-2784)", "body_line": "Déclaration conjointe sur le commerce électronique",
    "original": "Original: espagnol",
    "page_title": "INF/ECOM/21 - Signatures électroniques et authentification: communication du Chili et de "
                  "la Suisse",
    "saved_from": "https://veille-commerce-numerique.example.fr/negociations/INF-ECOM-21",
    "card": [("Cote", "INF/ECOM/21"), ("Date", "25 avril 2019"), ("Auteurs", "Chili, Suisse"),
             ("Type", "Communication"), ("Langue originale", "espagnol")],
    "related": ["INF/ECOM/22 - Protection des consommateurs en ligne", "INF/ECOM/23 - Facturation électronique",
                "Déclaration conjointe de Davos (janvier 2019)", "Programme de travail de 1998"],
    "blocks": [
        ("title", "DÉCLARATION CONJOINTE SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "SIGNATURES ÉLECTRONIQUES ET AUTHENTIFICATION"),
        ("center", "Communication du Chili et de la Suisse"),
        ("p", "La communication ci-après, datée du 24 avril 2019, est distribuée à la demande des délégations du "
         "Chili et de la Suisse."),
        ("np", "1.", "Le 25 janvier 2019, à Davos, 76 Membres de l'OMC ont confirmé leur intention d'engager des "
         "négociations sur les aspects du commerce électronique qui touchent au commerce.[^1] La présente "
         "communication porte sur un élément essentiel de la confiance dans les transactions en ligne: la "
         "reconnaissance juridique des signatures électroniques et des méthodes d'authentification."),
        ("np", "2.", "Un contrat conclu en ligne entre un vendeur et un acheteur établis dans deux pays différents "
         "n'a de valeur que si chacun peut prouver, en cas de litige, que l'autre l'a accepté. Or de nombreuses "
         "législations exigent encore une signature manuscrite pour certains actes, ou ne reconnaissent que les "
         "signatures électroniques délivrées par des prestataires agréés sur leur territoire."),
        ("h", "A.", "Trois approches réglementaires"),
        ("np", "3.", "Les législations nationales suivent en gros trois approches. L'approche minimaliste, "
         "illustrée par la loi fédérale des États-Unis de 2000 sur les signatures électroniques, se borne à "
         "interdire qu'une signature soit privée d'effet au seul motif qu'elle est électronique. L'approche "
         "prescriptive ne reconnaît que les signatures reposant sur une technologie déterminée, le plus "
         "souvent une infrastructure à clé publique. L'approche à deux niveaux reconnaît toutes les signatures "
         "électroniques mais accorde à certaines d'entre elles une présomption de fiabilité."),
        ("np", "4.", "Le règlement de l'Union européenne sur l'identification électronique et les services de "
         "confiance, applicable depuis le 1er juillet 2016, relève de cette troisième approche: la signature "
         "électronique qualifiée y a un effet juridique équivalent à celui d'une signature manuscrite et est "
         "reconnue dans tous les États membres.[^2]"),
        ("np", "5.", "La Loi type de la CNUDCI sur les signatures électroniques, adoptée en 2001, offre un cadre "
         "neutre sur le plan technologique qui a inspiré la législation d'une quarantaine d'États.[^3] Au Chili, "
         "la loi n° 19.799 de 2002 distingue la signature électronique simple de la signature électronique "
         "avancée, seule cette dernière étant exigée pour les actes publics. En Suisse, la loi fédérale sur la "
         "signature électronique, en vigueur depuis 2005 et révisée en 2016, assimile la signature électronique "
         "qualifiée à la signature manuscrite."),
        ("h", "B.", "Obstacles au commerce"),
        ("np", "6.", "Les auteurs relèvent trois difficultés: le refus de reconnaître les certificats émis par "
         "des prestataires étrangers, l'obligation d'utiliser une technologie nationale déterminée, et "
         "l'absence d'interopérabilité entre les systèmes d'authentification. Selon une enquête menée auprès "
         "d'exportateurs chiliens, près d'un sur trois avait dû renoncer à un contrat ou le signer sur papier "
         "parce que sa signature électronique n'était pas reconnue dans le pays du client.[^4]"),
        ("h", "C.", "Éléments proposés pour un texte"),
        ("np", "7.", "Le Chili et la Suisse proposent que les disciplines portent sur les éléments suivants:"),
        ("sub", "a)", "aucune partie ne pourra refuser la validité juridique d'une signature au seul motif "
         "qu'elle est sous forme électronique;"),
        ("sub", "b)", "les parties à une transaction pourront choisir d'un commun accord la méthode "
         "d'authentification appropriée et prouver devant les autorités judiciaires ou administratives que "
         "la transaction satisfait aux exigences légales;"),
        ("sub", "c)", "une partie pourra exiger, pour une catégorie déterminée de transactions, que la méthode "
         "d'authentification respecte certaines normes de performance ou soit certifiée par une autorité "
         "accréditée conformément à sa législation;"),
        ("sub", "d)", "les parties encourageront l'utilisation de méthodes interopérables et pourront conclure "
         "des accords de reconnaissance mutuelle."),
        ("np", "8.", "Ces éléments s'inspirent de dispositions figurant déjà dans plusieurs accords commerciaux "
         "régionaux, dont l'Accord de partenariat transpacifique global et progressiste. Les auteurs sont prêts "
         "à présenter un texte lors du prochain cycle de négociations, prévu en mai 2019."),
    ],
    "footnotes": {
        "1": "WT/L/1056. Le nombre des participants est passé à 82 à la fin de 2019.",
        "2": "Règlement (UE) n° 910/2014 du 23 juillet 2014, dit règlement eIDAS.",
        "3": "Selon le secrétariat de la CNUDCI, des législations fondées sur la Loi type ou influencées par "
             "elle avaient été adoptées dans 39 États au début de 2019.",
        "4": "Enquête réalisée en 2018 auprès de 412 entreprises exportatrices par une association professionnelle "
             "chilienne.",
    },
}

# ---------------------------------------------------------------------------
# H. French, 2016, Markdown with YAML front matter (table, footnotes): Trade Policy
#    Review of Morocco, extract on electronic commerce
# ---------------------------------------------------------------------------
DOCS["examen-politique-commerciale-maroc-commerce-electronique-2016.md"] = {
    "format": "md", "variant": True, "lang": "fr", "md_style": "yaml",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "WT/TPR/S/337", "date": "29 août 2016",
    "iso_date": "2016-08-29", "job": "(16-4452)", "body_line": "Organe d'examen des politiques commerciales",
    "original": "Original: français",
    "yaml_title": "Examen des politiques commerciales - Royaume du Maroc - Rapport du Secrétariat (extrait: "
                  "commerce électronique)",
    "blocks": [
        ("title", "EXAMEN DES POLITIQUES COMMERCIALES"),
        ("title", "RAPPORT DU SECRÉTARIAT - ROYAUME DU MAROC"),
        ("center", "Extrait de la section 4.5: Télécommunications et commerce électronique[^1]"),
        ("h", "4.5.3", "Commerce électronique"),
        ("np", "4.71", "Le commerce électronique s'est développé rapidement au Maroc depuis le précédent examen, "
         "en 2009, sous l'effet de la diffusion de l'Internet mobile. À la fin de 2015, le pays comptait "
         "14,5 millions d'abonnés à l'Internet, dont 93 pour cent par l'Internet mobile, contre moins de "
         "2 millions en 2009.[^2]"),
        ("np", "4.72", "Le paiement en ligne par carte bancaire est possible depuis 2008 grâce à la plateforme "
         "de paiement sécurisé du Centre monétique interbancaire (CMI). Selon le CMI, 3,6 millions d'opérations "
         "de paiement en ligne ont été effectuées en 2015, pour un montant total de 1,8 milliard de dirhams, "
         "dont près de la moitié au titre du paiement de factures et de services publics. Le paiement à la "
         "livraison reste toutefois le mode de règlement le plus utilisé pour les achats de biens."),
        ("np", "4.73", "Le cadre juridique du commerce électronique repose sur plusieurs lois adoptées depuis "
         "2003, présentées au tableau 4.9."),
        ("caption", "Tableau 4.9 Cadre juridique du commerce électronique, 2016"),
        ("table", [
            ["Texte", "Année", "Objet"],
            ["Loi n° 07-03", "2003", "infractions relatives aux systèmes de traitement automatisé des données"],
            ["Loi n° 53-05", "2007", "échange électronique de données juridiques et signature électronique"],
            ["Loi n° 09-08", "2009", "protection des personnes physiques à l'égard des données personnelles"],
            ["Loi n° 31-08", "2011", "mesures de protection du consommateur, y compris les contrats à distance"],
            ["Loi n° 121-12", "2016", "modification de la loi sur la poste et les télécommunications"],
        ]),
        ("source", "Source: compilation du Secrétariat de l'OMC à partir du Bulletin officiel."),
        ("np", "4.74", "La loi n° 53-05 reconnaît l'écrit et la signature électroniques et confie la "
         "certification des prestataires de services de certification électronique à l'Agence nationale de "
         "réglementation des télécommunications (ANRT). En 2016, un seul prestataire, Barid Al-Maghrib, était "
         "agréé pour délivrer des certificats électroniques sécurisés.[^3]"),
        ("np", "4.75", "La loi n° 09-08 a institué la Commission nationale de contrôle de la protection des données "
         "à caractère personnel (CNDP), opérationnelle depuis 2010. Le transfert de données personnelles vers "
         "un pays étranger n'est autorisé que si ce pays assure un niveau de protection suffisant, ou avec "
         "l'autorisation de la CNDP. La loi n° 31-08 accorde au consommateur qui achète à distance un délai de "
         "rétractation de sept jours."),
        ("np", "4.76", "Sur le plan stratégique, le plan Maroc Numeric 2013, lancé en 2009, visait notamment à "
         "généraliser l'administration électronique et à encourager l'informatisation des petites et moyennes "
         "entreprises. Il a été suivi en 2016 de la stratégie Maroc Digital 2020, qui prévoit de réduire de "
         "moitié la fracture numérique et de dématérialiser 50 pour cent des procédures administratives."),
        ("np", "4.77", "Sur le plan fiscal, les biens commandés en ligne à l'étranger sont soumis aux droits et "
         "taxes à l'importation dans les conditions de droit commun; les envois de faible valeur adressés à des "
         "particuliers bénéficiaient d'une franchise lorsque leur valeur ne dépassait pas 1 250 dirhams.[^4] Les "
         "services fournis en ligne par des prestataires étrangers ne sont pas soumis à la taxe sur la valeur "
         "ajoutée, dont le taux normal est de 20 pour cent."),
        ("np", "4.78", "Dans le cadre du Programme de travail de l'OMC sur le commerce électronique, le Maroc a "
         "appuyé la prorogation du moratoire sur les droits de douane sur les transmissions électroniques lors "
         "de la dixième Conférence ministérielle, tenue à Nairobi en décembre 2015. Les autorités ont indiqué "
         "qu'elles souhaitaient que le Programme de travail accorde davantage d'attention au renforcement des "
         "capacités des pays en développement."),
    ],
    "footnotes": {
        "1": "Le rapport complet comprend quatre chapitres; seul le passage sur le commerce électronique est "
             "reproduit ici. Les renseignements ont été arrêtés au 30 juin 2016.",
        "2": "Données de l'Agence nationale de réglementation des télécommunications (ANRT), observatoire de "
             "l'Internet, quatrième trimestre de 2015.",
        "3": "Barid Al-Maghrib, l'opérateur postal public, a été agréé en 2010 sous la marque Barid eSign.",
        "4": "Seuil fixé par la réglementation douanière; les autorités ont indiqué qu'une révision était à "
             "l'étude en raison de la forte hausse du nombre de colis.",
    },
}

# ---------------------------------------------------------------------------
# L. French, 1998, text exported from a PDF (form feeds, running headers): note of the
#    Secretariat to the Committee on Customs Valuation on software carrier media
# ---------------------------------------------------------------------------
DOCS["note-evaluation-douane-supports-informatiques-logiciels-1998.txt"] = {
    "format": "txt", "variant": True, "lang": "fr", "txt_style": "pdf",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "org_lines": ["ORGANISATION MONDIALE", "DU COMMERCE"],
    "symbol": "G/VAL/W/27", "date": "9 novembre 1998", "job": "(98-4388)",
    "body_line": "Comité de l'évaluation en douane", "original": "Original: anglais", "page_lines": 52,
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "L'ÉVALUATION DES SUPPORTS INFORMATIQUES PORTANT DES LOGICIELS"),
        ("center", "Note du Secrétariat"),
        ("h", "I.", "INTRODUCTION"),
        ("np", "1.", "Le 25 septembre 1998, le Conseil général a adopté le Programme de travail sur le commerce "
         "électronique et a chargé le Conseil du commerce des marchandises d'examiner, entre autres, les "
         "questions relatives à l'évaluation en douane.[^1] À sa réunion du 21 octobre 1998, le Comité de "
         "l'évaluation en douane a demandé au Secrétariat de rappeler les règles applicables à l'évaluation des "
         "supports informatiques portant des logiciels, qui sont au centre de la question de savoir comment "
         "traiter les produits pouvant être livrés soit sur un support physique, soit par voie électronique."),
        ("h", "II.", "LA DÉCISION DE 1984"),
        ("np", "2.", "La question a été examinée pour la première fois par le Comité de l'évaluation en douane du "
         "Tokyo Round, qui a adopté le 24 septembre 1984 une décision sur l'évaluation des supports "
         "informatiques portant des logiciels destinés à du matériel de traitement des données. Le Comité de "
         "l'OMC a repris cette décision en 1995.[^2]"),
        ("np", "3.", "La décision reconnaît que la situation essentielle à prendre en considération est celle du "
         "logiciel, et non celle du support, qui n'en est que le véhicule. Elle dispose que les Membres sont "
         "libres d'adopter l'une ou l'autre des deux pratiques suivantes:"),
        ("sub", "a)", "déterminer la valeur en douane du support informatique importé portant des données ou des "
         "instructions sur la base de la valeur transactionnelle totale, logiciel compris; ou"),
        ("sub", "b)", "ne prendre en considération que le coût ou la valeur du support informatique proprement "
         "dit, à l'exclusion du coût ou de la valeur des données ou instructions, pour autant que ce coût ou "
         "cette valeur soit distingué du coût ou de la valeur du support."),
        ("np", "4.", "L'expression support informatique ne vise pas les circuits intégrés, les semi-conducteurs "
         "et les dispositifs similaires, ni les articles qui comportent de tels circuits ou dispositifs. Les "
         "données ou instructions ne comprennent pas les enregistrements sonores, cinématographiques ou vidéo."),
        ("np", "5.", "Les Membres qui appliquent la seconde pratique sont invités à le notifier au Comité. Au "
         "31 octobre 1998, 38 Membres, en comptant les Communautés européennes et leurs États membres comme un "
         "seul Membre, avaient notifié qu'ils l'appliquaient.[^3] Parmi les pays en développement, plusieurs "
         "Membres ont fait savoir que leur législation nationale ne leur permettait pas encore de distinguer la "
         "valeur du logiciel de celle du support."),
        ("h", "III.", "LE LIEN AVEC LE COMMERCE ÉLECTRONIQUE"),
        ("np", "6.", "Lorsqu'un logiciel est transmis par voie électronique, aucune marchandise ne franchit la "
         "frontière et aucune valeur en douane n'est déterminée. Pour les Membres qui appliquent la seconde "
         "pratique, le traitement douanier d'un logiciel livré sur disquette ou sur CD-ROM est donc déjà très "
         "proche de celui d'un logiciel téléchargé, puisque seul le support est taxé."),
        ("np", "7.", "En revanche, pour les Membres qui appliquent la valeur transactionnelle totale, l'écart "
         "peut être important. Le Secrétariat relève qu'un progiciel de gestion dont le support vaut moins "
         "de 2 dollars EU peut être vendu plusieurs centaines de dollars, et que la base d'imposition peut donc "
         "varier dans un rapport de cent à un selon le mode de livraison."),
        ("np", "8.", "Certaines délégations ont fait observer au Comité que la Déclaration sur le commerce "
         "électronique mondial, adoptée le 20 mai 1998 à la deuxième session de la Conférence ministérielle, "
         "prévoit que les Membres maintiendront leur pratique actuelle consistant à ne pas imposer de droits "
         "de douane sur les transmissions électroniques.[^4] Elles estiment que, dans ce contexte, une "
         "application plus générale de la seconde pratique contribuerait à la neutralité du traitement entre "
         "les deux modes de livraison."),
        ("h", "IV.", "QUESTIONS POUR LE COMITÉ"),
        ("np", "9.", "Le Comité souhaitera peut-être examiner les questions suivantes: a) s'il convient "
         "d'encourager les Membres qui ne l'ont pas encore fait à appliquer la seconde pratique; b) si la "
         "définition du support informatique, qui date de 1984, reste adaptée aux supports actuels; et c) "
         "quelles informations il pourrait communiquer au Conseil du commerce des marchandises pour le rapport "
         "que celui-ci doit présenter au Conseil général avant le 30 juillet 1999."),
    ],
    "footnotes": {
        "1": "WT/L/274, paragraphe 3.",
        "2": "Décision adoptée par le Comité de l'évaluation en douane à sa première réunion, le 12 mai 1995, "
             "document G/VAL/5.",
        "3": "La liste des Membres ayant fait une notification figure dans le document G/VAL/W/26.",
        "4": "WT/MIN(98)/DEC/2.",
    },
}

# ---------------------------------------------------------------------------
# F. Spanish, 2009, DOCX with a tab-aligned letterhead, a programme table and
#    footnotes: regional capacity-building workshop on electronic commerce
# ---------------------------------------------------------------------------
DOCS["taller-regional-comercio-electronico-desarrollo-2009.docx"] = {
    "format": "docx", "variant": True, "lang": "es", "created": (2009, 6, 5), "docx_style": "tabbed",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "WT/COMTD/W/170", "date": "5 de junio de 2009",
    "job": "(09-2761)", "body_line": "Comité de Comercio y Desarrollo", "original": "Original: español",
    "letterhead_lines": [("ORGANIZACIÓN MUNDIAL", "WT/COMTD/W/170", True),
                         ("DEL COMERCIO", "5 de junio de 2009", True),
                         ("", "(09-2761)", False),
                         ("Comité de Comercio y Desarrollo", "Original: español", False)],
    "running_header": "WT/COMTD/W/170",
    "blocks": [
        ("title", "TALLER REGIONAL SOBRE COMERCIO ELECTRÓNICO Y DESARROLLO PARA AMÉRICA LATINA Y EL CARIBE"),
        ("center", "Ciudad de Panamá, 20 a 22 de abril de 2009"),
        ("center", "Informe de la Secretaría[^1]"),
        ("h", "A.", "ORGANIZACIÓN DEL TALLER"),
        ("np", "A.1", "El taller se celebró en la Ciudad de Panamá del 20 al 22 de abril de 2009. Fue organizado "
         "por el Instituto de Formación y Cooperación Técnica de la OMC en colaboración con la Comisión "
         "Económica para América Latina y el Caribe (CEPAL) y con el apoyo del Gobierno de Panamá, que puso a "
         "disposición las instalaciones del Ministerio de Comercio e Industrias."),
        ("np", "A.2", "Asistieron 31 funcionarios de 18 países de la región, procedentes de los ministerios de "
         "comercio, de las administraciones de aduanas y de los organismos encargados de las telecomunicaciones. "
         "Se trataba de la primera actividad regional dedicada exclusivamente al comercio electrónico desde la "
         "adopción del Programa de Trabajo en 1998."),
        ("np", "A.3", "El programa del taller figura en el cuadro 1."),
        ("caption", "Cuadro 1: Programa del taller"),
        ("table", [
            ["Sesión", "Fecha", "Tema", "Expositores"],
            ["1", "20 de abril", "Panorama del comercio electrónico en la región", "CEPAL"],
            ["2", "20 de abril", "El Programa de Trabajo de la OMC y la moratoria", "Secretaría de la OMC"],
            ["3", "21 de abril", "Marcos jurídicos: contratos y firma electrónica", "CNUDMI"],
            ["4", "21 de abril", "Pagos electrónicos y factura electrónica", "Chile, México, Brasil"],
            ["5", "22 de abril", "Conectividad y pequeñas empresas", "BID, UIT"],
            ["6", "22 de abril", "Conclusiones y evaluación", "Secretaría de la OMC"],
        ]),
        ("h", "B.", "RESUMEN DE LAS SESIONES"),
        ("np", "B.1", "La CEPAL señaló que en 2008 alrededor del 29 por ciento de la población de América Latina y "
         "el Caribe utilizaba Internet, frente a menos del 4 por ciento en 2000, pero que la banda ancha seguía "
         "siendo cara y estaba concentrada en las grandes ciudades. Las ventas por Internet de empresa a "
         "consumidor representaban todavía menos del 1 por ciento del comercio minorista de la región.[^2]"),
        ("np", "B.2", "La Secretaría de la OMC presentó la historia del Programa de Trabajo y recordó que, en la "
         "Declaración Ministerial de Hong Kong de 2005, los Miembros habían acordado mantener la práctica de no "
         "imponer derechos de aduana a las transmisiones electrónicas hasta el siguiente período de sesiones, "
         "previsto para finales de 2009 en Ginebra. Varios participantes preguntaron si la moratoria abarcaba "
         "también el contenido transmitido, cuestión sobre la que los Miembros no habían llegado a un acuerdo."),
        ("np", "B.3", "La CNUDMI presentó la Ley Modelo sobre Comercio Electrónico de 1996, la Ley Modelo sobre las "
         "Firmas Electrónicas de 2001 y la Convención sobre la Utilización de las Comunicaciones Electrónicas en "
         "los Contratos Internacionales de 2005, que hasta entonces habían firmado Colombia, Honduras, Panamá y "
         "Paraguay, entre otros países de la región.[^3]"),
        ("np", "B.4", "En la sesión sobre pagos y facturación, Chile explicó que su Servicio de Impuestos Internos "
         "había introducido la factura electrónica en 2003 y que más de 10.000 empresas la utilizaban a "
         "principios de 2009. México describió su comprobante fiscal digital, vigente desde 2004, y el Brasil "
         "su nota fiscal electrónica, obligatoria desde 2008 para los fabricantes de combustibles y de tabaco."),
        ("np", "B.5", "En la última sesión técnica, el BID y la UIT destacaron que el costo de la conexión y la "
         "falta de medios de pago en línea eran los principales obstáculos para las pequeñas empresas. Varios "
         "participantes del Caribe mencionaron también el costo del transporte y de la entrega de los pedidos "
         "en las islas más pequeñas."),
        ("h", "C.", "CONCLUSIONES"),
        ("np", "C.1", "Los participantes coincidieron en que el comercio electrónico ofrecía oportunidades a las "
         "pequeñas empresas de la región, siempre que se redujeran los costos de conexión y se modernizaran "
         "los marcos jurídicos. Pidieron a la Secretaría que organizara un segundo taller, dedicado a la "
         "protección del consumidor y a las estadísticas, y que las presentaciones se publicaran en el sitio "
         "web de la OMC."),
        ("np", "C.2", "En la evaluación final, el 87 por ciento de los participantes calificó el taller de muy "
         "útil para su trabajo, y la sesión sobre marcos jurídicos fue la mejor valorada.[^4]"),
    ],
    "footnotes": {
        "1": "El presente informe se distribuye para información de los Miembros bajo la responsabilidad de la "
             "Secretaría.",
        "2": "Cifras presentadas por la CEPAL a partir de datos de la UIT y de encuestas nacionales de hogares.",
        "3": "La Convención, adoptada por la Asamblea General de las Naciones Unidas el 23 de noviembre de 2005, "
             "aún no había entrado en vigor, por no haber alcanzado las tres ratificaciones necesarias.",
        "4": "Respondieron al cuestionario de evaluación 29 de los 31 participantes.",
    },
}

# ---------------------------------------------------------------------------
# I. Spanish, 2017, one-page PDF ("boxed" letterhead): communication of the LDC Group
#    on the digital divide
# ---------------------------------------------------------------------------
DOCS["comunicacion-grupo-pma-brecha-digital-2017.pdf"] = {
    "format": "pdf", "variant": True, "lang": "es", "layout": "boxed", "font": "Times-Roman", "size": 9,
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "symbol": "WT/GC/W/741", "date": "25 de julio de 2017", "job": "(17-4009)",
    "body_line": "Consejo General", "original": "Original: francés", "page_word": "pág.",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO - EL COMERCIO ELECTRÓNICO Y LA BRECHA DIGITAL"),
        ("center", "Comunicación de Benin en nombre del Grupo de PMA[^1]"),
        ("np", "1.", "El Grupo de Países Menos Adelantados (PMA) recuerda que el Programa de Trabajo sobre el "
         "Comercio Electrónico de 1998 encomendó a los órganos de la OMC que tuvieran en cuenta las necesidades "
         "económicas, financieras y de desarrollo de los países en desarrollo. De cara a la Undécima "
         "Conferencia Ministerial, que se celebrará en Buenos Aires del 10 al 13 de diciembre de 2017, el "
         "Grupo desea exponer sus prioridades."),
        ("np", "2.", "La brecha digital sigue siendo profunda. En 2017, alrededor del 17 por ciento de la "
         "población de los PMA utilizaba Internet, frente a más del 80 por ciento en los países desarrollados. "
         "En los PMA, una suscripción de banda ancha móvil con 500 megabytes al mes costaba en promedio el "
         "14 por ciento del ingreso nacional bruto mensual por habitante.[^2]"),
        ("np", "3.", "Para las empresas de los PMA, los obstáculos no se limitan a la conectividad. Incluyen la "
         "falta de medios de pago electrónicos aceptados internacionalmente, el costo y la lentitud de la "
         "logística y de la entrega, la ausencia de leyes sobre las transacciones y las firmas electrónicas y "
         "la escasez de competencias digitales."),
        ("np", "4.", "El Grupo toma nota de la iniciativa eTrade for all, puesta en marcha por la UNCTAD en julio "
         "de 2016, y de las evaluaciones rápidas de la preparación para el comercio electrónico realizadas en "
         "varios PMA.[^3] Esas evaluaciones deben traducirse en proyectos financiados, en particular mediante la "
         "Ayuda para el Comercio y el Marco Integrado mejorado."),
        ("np", "5.", "En cuanto a la moratoria sobre los derechos de aduana aplicados a las transmisiones "
         "electrónicas, el Grupo considera que cualquier decisión debe tener en cuenta las posibles pérdidas de "
         "ingresos arancelarios de los PMA y basarse en estudios que examinen sus efectos en esos países."),
        ("np", "6.", "Toda nueva disciplina sobre el comercio electrónico debería prever un trato especial y "
         "diferenciado efectivo, períodos de transición y asistencia técnica, y no debería reducir el margen de "
         "actuación que necesitan los PMA para desarrollar su economía digital."),
        ("np", "7.", "El Grupo observa además que la mayoría de los vendedores en línea de los PMA son "
         "microempresas, muchas de ellas dirigidas por mujeres. Según una encuesta citada por varios miembros "
         "del Grupo, menos de una de cada diez microempresas de los PMA que venden en línea recibe pagos "
         "electrónicos de clientes extranjeros, lo que limita sus posibilidades de exportar."),
        ("np", "8.", "El Grupo recuerda que, en la Décima Conferencia Ministerial, celebrada en Nairobi en "
         "diciembre de 2015, los Ministros acordaron proseguir la labor del Programa de Trabajo sobre la base "
         "del mandato vigente, y estima que ese mandato sigue siendo adecuado."),
        ("np", "9.", "Por consiguiente, el Grupo propone que la Conferencia Ministerial encomiende al Consejo "
         "General: a) mantener el carácter exploratorio del Programa de Trabajo; b) organizar un examen "
         "específico de la dimensión de desarrollo del comercio electrónico; y c) pedir a la Secretaría que, "
         "junto con la UNCTAD y la UIT, prepare un estudio sobre la brecha digital en los PMA."),
    ],
    "footnotes": {
        "1": "Distribuida con fecha 24 de julio de 2017 a petición de la delegación de Benin, coordinador del "
             "Grupo de PMA.",
        "2": "Unión Internacional de Telecomunicaciones, Informe sobre la Medición de la Sociedad de la "
             "Información 2017.",
        "3": "A mediados de 2017 se habían realizado evaluaciones en Camboya, Bhután, Nepal, la República "
             "Democrática Popular Lao y Samoa.",
    },
}

# ---------------------------------------------------------------------------
# J. Spanish, 2026, saved web page ("print" view; notes as a table): Goods Council
#    information session on electronic commerce and de minimis thresholds
# ---------------------------------------------------------------------------
DOCS["sesion-informativa-umbrales-minimis-comercio-electronico-2026.html"] = {
    "format": "html", "variant": True, "lang": "es", "html_style": "print",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "G/C/W/861", "date": "20 de abril de 2026",
    "job": "(26-2297)", "body_line": "Consejo del Comercio de Mercancías", "original": "Original: inglés",
    "page_title": "G/C/W/861 - Comercio electrónico y umbrales de minimis: sesión informativa (vista de "
                  "impresión)",
    "saved_from": "https://archivo-documentos-comerciales.example.org/impresion/G-C-W-861",
    "card": [("Signatura", "G/C/W/861"), ("Fecha", "20 de abril de 2026"),
             ("Órgano", "Consejo del Comercio de Mercancías"), ("Tipo", "Resumen de la Secretaría"),
             ("Idiomas", "español, francés, inglés")],
    "related": ["Programa de Trabajo sobre el Comercio Electrónico", "Acuerdo sobre Facilitación del Comercio",
                "Comité de Valoración en Aduana: reuniones de 2026", "Sesión informativa sobre paquetería, 2025"],
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "SESIÓN INFORMATIVA SOBRE EL COMERCIO ELECTRÓNICO Y LOS UMBRALES DE MINIMIS"),
        ("center", "Resumen de la Secretaría[^1]"),
        ("np", "1.", "A petición de Costa Rica y de Noruega, el Consejo del Comercio de Mercancías celebró el 9 de "
         "abril de 2026 una sesión informativa sobre el comercio electrónico y los umbrales de minimis, es "
         "decir, los valores por debajo de los cuales los envíos importados quedan exentos de derechos de "
         "aduana, de impuestos o de ambos. Participaron unas 70 delegaciones, así como la Organización Mundial "
         "de Aduanas (OMA) y la OCDE."),
        ("np", "2.", "La OMA recordó que su Marco Normativo sobre el Comercio Electrónico Transfronterizo, adoptado "
         "en junio de 2018, recomienda que los umbrales se fijen tras evaluar el costo de la recaudación frente "
         "a los ingresos obtenidos, y que se utilicen datos electrónicos anticipados para controlar los envíos "
         "de escaso valor. Según la OMA, el número de envíos de escaso valor tramitados por las aduanas se había "
         "multiplicado por más de tres entre 2018 y 2025.[^2]"),
        ("np", "3.", "Varios Miembros describieron cambios recientes, que se resumen en el cuadro 1."),
        ("caption", "Cuadro 1: Umbrales de minimis de algunos Miembros, abril de 2026"),
        ("table", [
            ["Miembro", "Derechos de aduana", "Impuestos", "Cambio reciente"],
            ["Australia", "AUD 1.000", "ninguno", "GST en la venta desde 2018"],
            ["Canadá", "CAD 150", "CAD 40", "umbrales del T-MEC desde 2020"],
            ["Estados Unidos", "suprimido", "no aplica", "exención suprimida en agosto de 2025"],
            ["Japón", "JPY 10.000", "JPY 10.000", "revisión anunciada para 2026"],
            ["Unión Europea", "EUR 150", "ninguno", "supresión de la franquicia aduanera en 2028"],
            ["Chile", "USD 41", "ninguno", "IVA en la venta desde octubre de 2025"],
        ]),
        ("np", "4.", "La Unión Europea indicó que en 2024 habían entrado en su territorio unos 4.600 millones de "
         "envíos de escaso valor, el doble que en 2023, y que el 91 por ciento procedía de un solo país. Explicó "
         "que la supresión de la franquicia de derechos de EUR 150 formaba parte de la reforma del código "
         "aduanero y que, mientras tanto, se aplicaría una tasa fija de tramitación por envío.[^3]"),
        ("np", "5.", "Los Estados Unidos señalaron que la suspensión de la exención de USD 800 aplicable a los "
         "envíos de escaso valor respondía a consideraciones de seguridad y de lucha contra el contrabando de "
         "sustancias ilícitas, además de consideraciones de competencia con los minoristas nacionales."),
        ("np", "6.", "Chile explicó que, desde octubre de 2025, las plataformas y los vendedores extranjeros deben "
         "cobrar el IVA del 19 por ciento en el momento de la venta sobre los bienes de hasta USD 500, con "
         "independencia del umbral de derechos de aduana."),
        ("np", "7.", "Varios Miembros en desarrollo, entre ellos Kenya y el Pakistán, subrayaron que los umbrales "
         "elevados privaban a los presupuestos públicos de ingresos y ponían en desventaja a los productores "
         "locales frente a las importaciones directas. Otros, como Singapur y Suiza, advirtieron que los "
         "umbrales demasiado bajos aumentaban los costos de las pequeñas empresas exportadoras y podían "
         "congestionar las aduanas."),
        ("np", "8.", "La OCDE presentó estimaciones según las cuales el costo administrativo de cobrar los derechos "
         "sobre un envío de escaso valor puede superar el importe recaudado cuando el valor del envío es "
         "inferior a unos 20 dólares EE.UU.[^4] Varios participantes señalaron que la recaudación en el "
         "momento de la venta por las plataformas reduce ese costo."),
        ("np", "9.", "Algunas delegaciones preguntaron cómo se relacionaban estos umbrales con el artículo 7.8 del "
         "Acuerdo sobre Facilitación del Comercio, que invita a los Miembros a establecer un valor o una cuantía "
         "imponible mínimos para los envíos urgentes. La Secretaría señaló que esa disposición no fija ningún "
         "nivel."),
        ("np", "10.", "El Presidente concluyó que la sesión había puesto de manifiesto la rápida evolución de las "
         "políticas y el interés de los Miembros por intercambiar información. Sugirió que el Consejo volviera "
         "a examinar el tema en su reunión de noviembre de 2026."),
    ],
    "footnotes": {
        "1": "El presente resumen se ha elaborado bajo la responsabilidad de la Secretaría y se entiende sin "
             "perjuicio de las posiciones de los Miembros.",
        "2": "Estimación basada en las respuestas de 62 administraciones de aduanas a una encuesta de la OMA "
             "realizada en 2025.",
        "3": "La Unión Europea indicó que la tasa de tramitación propuesta era de EUR 2 por envío entregado "
             "directamente al consumidor.",
        "4": "Las estimaciones se basan en datos de 2024 de diez administraciones de aduanas de países de la "
             "OCDE.",
    },
}

# ---------------------------------------------------------------------------
# K. Spanish, 2021, Markdown (letterhead as a bulleted list, notes under a final
#    heading): JSI communication on paperless trading and single windows
# ---------------------------------------------------------------------------
DOCS["comunicacion-comercio-sin-papel-ventanilla-unica-2021.md"] = {
    "format": "md", "variant": True, "lang": "es", "md_style": "bullets",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "INF/ECOM/64", "date": "3 de mayo de 2021",
    "job": "(21-3590)", "body_line": "Iniciativa Conjunta sobre el Comercio Electrónico",
    "original": "Original: español",
    "blocks": [
        ("title", "INICIATIVA CONJUNTA SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "COMERCIO SIN PAPEL Y VENTANILLAS ÚNICAS"),
        ("center", "Comunicación de Colombia, Costa Rica y el Perú"),
        ("np", "1.", "Colombia, Costa Rica y el Perú presentan esta comunicación para contribuir a las "
         "negociaciones sobre el comercio sin papel en el marco de la Iniciativa Conjunta. Proponen disciplinas "
         "que complementen las disposiciones del Acuerdo sobre Facilitación del Comercio (AFC), en vigor desde "
         "el 22 de febrero de 2017, y que aprovechen la experiencia de la región en materia de ventanillas "
         "únicas de comercio exterior."),
        ("h", "A.", "Antecedentes"),
        ("np", "2.", "El artículo 10.4 del AFC pide a los Miembros que se esfuercen por establecer o mantener una "
         "ventanilla única, a través de la cual los comerciantes presenten una sola vez la documentación y los "
         "datos exigidos por todos los organismos que intervienen. El artículo 10.2 les pide que se esfuercen "
         "por aceptar copias en papel o electrónicas de los documentos justificantes. Ninguna de las dos "
         "disposiciones obliga a aceptar documentos electrónicos."),
        ("np", "3.", "Según la Encuesta Mundial de las Naciones Unidas sobre Facilitación del Comercio Digital y "
         "Sostenible de 2021, el grado medio de aplicación de las medidas de comercio sin papel era del 65 por "
         "ciento a nivel mundial, pero solo del 26 por ciento en el caso del intercambio transfronterizo de "
         "datos y documentos.[^1]"),
        ("h", "B.", "Experiencia de los proponentes"),
        ("np", "4.", "Costa Rica fue uno de los primeros países de la región en crear una ventanilla única: la "
         "Ventanilla Única de Comercio Exterior, administrada por PROCOMER, funciona desde 1996 y tramita en "
         "línea desde 2011 todos los permisos de importación y exportación.[^2] Colombia puso en marcha su "
         "ventanilla única en 2005, y hoy reúne a 21 entidades públicas. La ventanilla única del Perú comenzó "
         "a funcionar en 2010 con el componente de mercancías restringidas."),
        ("np", "5.", "En el marco de la Alianza del Pacífico, las ventanillas únicas de Chile, Colombia, México y el "
         "Perú están interconectadas. Desde 2018 intercambian certificados fitosanitarios electrónicos y, "
         "desde 2019, certificados de origen electrónicos, lo que ha permitido eliminar el papel en esos "
         "trámites entre los cuatro países.[^3]"),
        ("h", "C.", "Disciplinas propuestas"),
        ("np", "6.", "Los proponentes sugieren que el futuro acuerdo incluya las siguientes disciplinas:"),
        ("sub", "a)", "cada parte pondrá a disposición del público, en forma electrónica, todos los documentos de "
         "administración del comercio;"),
        ("sub", "b)", "cada parte aceptará los documentos de administración del comercio presentados por vía "
         "electrónica como equivalente jurídico de la versión en papel, salvo que exista una obligación "
         "internacional en sentido contrario;"),
        ("sub", "c)", "cada parte establecerá o mantendrá una ventanilla única que permita presentar los "
         "documentos y datos por un único punto de entrada;"),
        ("sub", "d)", "las partes procurarán que sus ventanillas únicas intercambien datos y sean interoperables, "
         "sobre la base de normas internacionales como las del Centro de las Naciones Unidas para la "
         "Facilitación del Comercio y las Transacciones Electrónicas (CEFACT-ONU); y"),
        ("sub", "e)", "los países menos adelantados dispondrán de un período de transición de cinco años para "
         "aplicar el apartado c)."),
        ("np", "7.", "Los proponentes consideran que estas disciplinas reducirían los costos de las pequeñas "
         "empresas exportadoras. En Costa Rica, el tiempo medio para obtener un permiso de exportación bajó de "
         "varios días a menos de una hora tras la digitalización completa de la ventanilla única.[^4]"),
        ("np", "8.", "Los proponentes invitan a los demás participantes a presentar observaciones antes de la "
         "ronda de negociaciones prevista para junio de 2021."),
    ],
    "footnotes": {
        "1": "Encuesta realizada por las comisiones regionales de las Naciones Unidas en 143 economías.",
        "2": "PROCOMER es la Promotora del Comercio Exterior de Costa Rica, entidad pública de carácter no "
             "estatal.",
        "3": "El intercambio de certificados de origen se basa en un protocolo técnico firmado por los cuatro "
             "países en 2016.",
        "4": "Datos de PROCOMER correspondientes a 2020.",
    },
}
