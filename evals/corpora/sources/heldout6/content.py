"""Document texts of the heldout6 corpus (rendered by build.py through render6.py).

Written for wtoqa's evaluation from public facts, in our own words; details such as
meeting dates, job numbers, survey counts, figures quoted by delegations, facilitators
and some document symbols are invented but kept consistent across the set.  Not
official WTO texts.

Block kinds: ("title", text), ("center", text), ("p", text), ("h", label, text),
("np", label, text), ("sub", label, text), ("li", level, text), ("caption", text),
("table", rows), ("source", text), ("toc", [lines]), ("rule",).  "[^n]" marks a
footnote call; the footnote texts are in "footnotes".
"""

DOCS = {}

# ---------------------------------------------------------------------------
# 1. Council for Trade in Goods, Chairman's report, July 2016 (English, PDF, 3 pages)
# ---------------------------------------------------------------------------
DOCS["ctg-chairman-report-ecommerce-2016.pdf"] = {
    "format": "pdf", "variant": True, "layout": "ctg",
    "font": "Times-Roman", "size": 11,
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "G/C/W/725", "date": "20 July 2016", "job": "(16-3947)",
    "body_line": "Council for Trade in Goods", "original": "Original: English",
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("center", "REPORT BY THE CHAIRMAN OF THE COUNCIL FOR TRADE IN GOODS TO THE GENERAL COUNCIL"),
        ("rule",),
        ("np", "1.", "In paragraph 3 of the Work Programme on Electronic Commerce adopted on 25 September 1998, "
         "the General Council instructed the Council for Trade in Goods to examine and report on aspects of "
         "electronic commerce relevant to the provisions of GATT 1994, the multilateral trade agreements in "
         "Annex 1A of the WTO Agreement and the approved work programme.[^1] At the Tenth Ministerial "
         "Conference, held in Nairobi from 15 to 19 December 2015, Ministers instructed the General Council to "
         "hold periodic reviews in July and December 2016 and July 2017, based on the reports of the WTO bodies "
         "entrusted with the Work Programme."),
        ("np", "2.", "The present report is submitted on the Chairman's own responsibility in view of the review "
         "foreseen for the General Council meeting of 27 and 28 July 2016. It draws on the discussions held under "
         "the item on electronic commerce at the Council's meetings of 8 April and 7 July 2016 and on informal "
         "consultations held by the Chairman with interested delegations on 16 June 2016. It does not prejudge "
         "the positions of Members or their rights and obligations."),
        ("np", "3.", "Electronic commerce had not appeared on the Council's agenda as a substantive item since "
         "2014. It was inscribed for the April meeting at the request of the delegations of Canada and Norway, "
         "who considered that the goods dimension of electronic commerce had received too little attention "
         "compared with the services dimension."),
        ("h", "A.", "The 1998 mandate and its relevance today"),
        ("np", "4.", "Several delegations recalled that the 1998 mandate listed seven subjects for the Council: "
         "market access for and access to products related to electronic commerce; valuation issues arising "
         "from the Agreement on Customs Valuation; issues arising from the Agreement on Import Licensing "
         "Procedures; customs duties and other duties and charges under Article II of GATT 1994; standards; "
         "rules of origin; and classification issues."),
        ("np", "5.", "There was broad recognition that electronic commerce in goods had changed markedly since "
         "then. In 1998 the debate had centred on whether digitized products delivered online should be treated "
         "as goods or as services. In 2016 the more pressing concerns of delegations related to the rapid growth "
         "of small parcels ordered online by consumers and to the role of online platforms in supply chains."),
        ("h", "B.", "Market access for information technology products"),
        ("np", "6.", "Many delegations highlighted the contribution of the Information Technology Agreement to "
         "electronic commerce, since it lowered the cost of the computers, telecommunications equipment and "
         "semiconductors on which digital trade depends. They welcomed the expansion of the Agreement concluded "
         "at the Nairobi Ministerial Conference, which covers 201 additional products whose annual trade is "
         "valued at over US$1.3 trillion.[^2] The first tariff eliminations under the expansion took effect on 1 "
         "July 2016."),
        ("np", "7.", "Some developing country delegations said that joining the Agreement remained difficult for "
         "Members whose tariff revenue from these products was significant or whose assembly industries were at "
         "an early stage. In their view the benefits of lower tariffs for electronic commerce depended as much on "
         "connectivity and skills as on tariffs."),
        ("h", "C.", "Customs valuation and classification"),
        ("np", "8.", "On valuation, delegations referred to the Decision on the Valuation of Carrier Media Bearing "
         "Software for Data Processing Equipment, under which Members may determine the customs value of such "
         "media on the basis of the cost or value of the carrier medium itself, rather than of the software it "
         "contains.[^3] One delegation observed that, because software was now mostly downloaded rather than "
         "shipped on disks, the practical importance of the Decision had diminished, although its principle "
         "remained relevant to the discussion of digitized products."),
        ("np", "9.", "On classification, several delegations noted that the amendments to the Harmonized System "
         "due to enter into force on 1 January 2017 had been prepared with the growth of trade in electronic "
         "devices in mind. The delegation of the United States asked whether three-dimensional printing, which "
         "allows a design file transmitted electronically to be turned into a physical product in the importing "
         "country, would have consequences for classification and rules of origin. Other delegations considered "
         "such questions still largely hypothetical."),
        ("h", "D.", "Low-value shipments and trade facilitation"),
        ("np", "10.", "Much of the discussion focused on the customs treatment of low-value shipments. "
         "Delegations reported that customs and postal administrations were struggling to process the growing "
         "number of small parcels bought online by consumers. The delegation of the European Union explained "
         "that the value-added tax exemption for small consignments was under review, as it distorted "
         "competition between domestic and foreign sellers. The delegation of the United States indicated that "
         "it had recently raised its de minimis threshold for duty-free entry.[^4]"),
        ("np", "11.", "Several delegations stressed that de minimis thresholds involved a trade-off between "
         "revenue collection and the cost of clearing large numbers of parcels, and that each Member should set "
         "its threshold in the light of its own circumstances. The delegation of China described the pilot zones "
         "for cross-border electronic commerce established in Hangzhou and other cities, where retail imports "
         "ordered online were cleared under a simplified regime."),
        ("np", "12.", "Other delegations pointed out that Article 7.8 of the Trade Facilitation Agreement, on "
         "expedited shipments, already encouraged Members to provide for a de minimis value below which customs "
         "duties and taxes would not be collected. Delegations generally agreed that the early entry into force "
         "of that Agreement would benefit small enterprises selling goods online. At the date of the July "
         "meeting, 83 Members had accepted the Protocol of Amendment, out of the 110 acceptances required."),
        ("h", "E.", "Standards, import licensing and rules of origin"),
        ("np", "13.", "Some delegations noted that products bought from foreign sellers through online platforms "
         "and delivered directly to consumers were sometimes not in conformity with domestic safety requirements, "
         "and that responsibility for compliance was hard to establish when the consumer was the importer of "
         "record. No delegation identified specific problems under the Agreement on Import Licensing Procedures."),
        ("np", "14.", "On rules of origin, one delegation recalled that the harmonization of non-preferential rules "
         "of origin had not been completed, and suggested that any new question raised by electronic commerce be "
         "addressed in that context rather than separately."),
        ("h", "F.", "Further work"),
        ("np", "15.", "Delegations generally considered that the Council had a useful role to play in the Work "
         "Programme and that the item should remain on its agenda. Brazil and India, supported by several "
         "others, proposed that the Secretariat prepare a factual note on the treatment of low-value shipments, "
         "drawing on information from the World Customs Organization and the Universal Postal Union; other "
         "delegations preferred to await the outcome of the General Council's review."),
        ("np", "16.", "The Chairman intends to consult delegations again in the autumn and to report further to "
         "the General Council ahead of its review in December 2016."),
    ],
    "footnotes": {
        "1": "Document WT/L/274 of 30 September 1998. The same paragraph asks the Council to report on its "
             "progress to the General Council.",
        "2": "Ministerial Declaration on the Expansion of Trade in Information Technology Products, document "
             "WT/MIN(15)/25. The expansion was agreed by 24 participants representing 53 WTO Members, and its "
             "benefits are extended to all Members on a most-favoured-nation basis.",
        "3": "The Decision was adopted in 1984 by the Committee on Customs Valuation established under the Tokyo "
             "Round Agreement and was taken over by the WTO Committee on Customs Valuation in 1995. According "
             "to the information available to the Secretariat, 41 Members apply it.",
        "4": "The threshold was raised from US$200 to US$800 per person per day by the Trade Facilitation and "
             "Trade Enforcement Act of 2015, with effect from 10 March 2016.",
    },
}

# ---------------------------------------------------------------------------
# 2. ACP Group ministerial statement, MC13 Abu Dhabi, 2024 (English, PDF, 1 page)
# ---------------------------------------------------------------------------
DOCS["acp-ministerial-statement-mc13-ecommerce.pdf"] = {
    "format": "pdf", "variant": True, "layout": "min",
    "font": "Helvetica", "size": 10,
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "WT/MIN(24)/16", "date": "29 February 2024", "job": "(24-1562)",
    "body_line": "MINISTERIAL CONFERENCE",
    "session_lines": ["Thirteenth Session", "Abu Dhabi, 26-29 February 2024"],
    "original": "Original: English",
    "blocks": [
        ("title", "ELECTRONIC COMMERCE AND DEVELOPMENT"),
        ("center", "MINISTERIAL STATEMENT OF THE ACP GROUP"),
        ("p", "The following statement, adopted by the Ministers of the ACP Group on 27 February 2024, is being "
              "circulated at the request of the delegation of Kenya on behalf of the Group."),
        ("np", "1.", "We, the Ministers of the ACP Group of States Members of the WTO, reaffirm our commitment to "
         "the Work Programme on Electronic Commerce established in 1998, including its development dimension, "
         "and to its exploratory and non-negotiating character."),
        ("np", "2.", "We note with concern that the digital divide between and within countries continues to "
         "widen. Many of our economies still lack affordable broadband, reliable electricity, digital skills and "
         "electronic payment systems, and a large part of our populations remains offline.[^1]"),
        ("np", "3.", "We call on development partners to scale up support for digital infrastructure and skills "
         "through Aid for Trade and the Enhanced Integrated Framework. We request the Secretariat to organize, "
         "before the Fourteenth Session, a workshop on digital industrialization for ACP Members."),
        ("np", "4.", "On the moratorium on customs duties on electronic transmissions, we recall the diversity of "
         "views among our members. Any future decision should be informed by an assessment of its fiscal "
         "implications for developing and least-developed countries and by a common understanding of its scope."),
        ("np", "5.", "Outcomes of plurilateral initiatives should not prejudge the multilateral Work Programme. "
         "Their incorporation into the WTO framework requires consensus in accordance with Article X:9 of the "
         "Marrakesh Agreement."),
        ("np", "6.", "We instruct our representatives in Geneva to pursue these priorities in the General "
         "Council during 2024 and 2025."),
    ],
    "footnotes": {
        "1": "According to the International Telecommunication Union, some 2.6 billion people, around one third "
             "of the world population, were not using the Internet in 2023.",
    },
}

# ---------------------------------------------------------------------------
# 3. JSI, open government data, clean text, 2021 (English, HTML)
# ---------------------------------------------------------------------------
DOCS["jsi-open-government-data-clean-text-2021.html"] = {
    "format": "html", "variant": True, "lang": "en",
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "INF/ECOM/69", "date": "13 October 2021", "job": "(21-7704)",
    "body_line": "Joint Statement Initiative on Electronic Commerce", "original": "Original: English",
    "page_title": "INF/ECOM/69 – Open government data: clean text",
    "saved_from": "https://trade-docs.example.org/en/INF/ECOM/69.html",
    "card": [("Symbol", "INF/ECOM/69"), ("Date", "13/10/2021"),
             ("Body", "Joint Statement Initiative on Electronic Commerce"), ("Type", "Information note"),
             ("Languages", "English, French, Spanish"), ("Pages", "2")],
    "related": [
        ("#inf-ecom-62", "INF/ECOM/62/Rev.2 – WTO Electronic Commerce Negotiations: Consolidated Negotiating Text"),
        ("#wt-l-1056", "WT/L/1056 – Joint Statement on Electronic Commerce (25 January 2019)"),
        ("#spam", "INF/ECOM/58 – Unsolicited commercial electronic messages: clean text"),
    ],
    "blocks": [
        ("title", "OPEN GOVERNMENT DATA"),
        ("center", "Clean text and note by the facilitator"),
        ("h", "I.", "Note by the facilitator"),
        ("p", "The small group on open government data, facilitated by the delegation of Colombia, met six times "
              "between March and September 2021 in hybrid format. This document reproduces the clean text that "
              "emerged from those meetings. It was presented to the plenary of the initiative on 8 October 2021 "
              "and is circulated at the request of the co-convenors, Australia, Japan and Singapore."),
        ("p", "A clean text is a text without square brackets. Its circulation does not mean that any "
              "participant has accepted it: as in the rest of the negotiations, nothing is agreed until "
              "everything is agreed. At the date of this note, 86 WTO Members were taking part in the "
              "initiative."),
        ("p", "Discussions focused on three issues: the definition of government data, the level of obligation, "
              "and the conditions that may be attached to the re-use of data. Several developing country "
              "participants explained that their administrations lacked the resources to publish data in "
              "machine-readable formats, and the group therefore agreed on best-endeavour language for the "
              "substantive paragraphs."),
        ("p", "The participants also agreed that the article should apply only to data that a Party chooses to "
              "make public. It creates no obligation to open any category of data, and leaves each Party free "
              "to decide what it publishes."),
        ("h", "II.", "Clean text"),
        ("center", "Article [X]: Open Government Data"),
        ("np", "1.", "The Parties recognize that facilitating public access to and use of government data "
         "contributes to stimulating economic and social benefit, competitiveness, productivity and innovation."),
        ("np", "2.", "For the purposes of this Article, government data means non-proprietary information, "
         "including data, held by the central level of government.[^1]"),
        ("np", "3.", "To the extent that a Party chooses to make government data available to the public, it "
         "shall endeavour to ensure, to the extent practicable, that the data:"),
        ("sub", "(a)", "is made available in a machine-readable and open format;"),
        ("sub", "(b)", "can be searched, retrieved, used, reused and redistributed freely by the public;"),
        ("sub", "(c)", "is made available free of charge, or at a reasonable cost to the user; and"),
        ("sub", "(d)", "is updated in a timely manner and accompanied by metadata based on commonly used formats."),
        ("np", "4.", "To the extent that a Party chooses to make government data available to the public, it "
         "shall endeavour to avoid imposing conditions that unduly prevent or restrict the user from "
         "reproducing, redistributing or using the data for commercial and non-commercial purposes."),
        ("np", "5.", "The Parties shall endeavour to cooperate to identify ways in which each Party can expand "
         "access to and use of government data, with a view to enhancing business opportunities, especially for "
         "micro, small and medium-sized enterprises."),
        ("np", "6.", "Nothing in this Article requires a Party to disclose personal information or information "
         "whose disclosure would be contrary to its laws and regulations.[^2]"),
    ],
    "footnotes": {
        "1": "For greater certainty, this Article does not apply to data held by regional or local levels of "
             "government, nor to data held by State-owned enterprises.",
        "2": "The group agreed that paragraph 6 will be reviewed once the text on personal information "
             "protection has been stabilized.",
    },
}

# ---------------------------------------------------------------------------
# 4. General Council minutes, 25 September 1998 (English, TXT extracted from a PDF)
# ---------------------------------------------------------------------------
DOCS["general-council-minutes-september-1998-ecommerce.txt"] = {
    "format": "txt", "variant": True, "header_style": "dash",
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "WT/GC/M/31", "date": "20 October 1998", "job": "(98-4136)",
    "restricted": "RESTRICTED", "body_line": "General Council", "original": "",
    "job_at_foot": True, "page_lines": 44,
    "toc_label": "Subjects discussed:",
    "blocks": [
        ("title", "MINUTES OF MEETING"),
        ("title", "Held in the Centre William Rappard on 25 September 1998"),
        ("toc", ["1.  Preparations for the 1999 Ministerial Conference (*)",
                 "2.  Work Programme on Electronic Commerce",
                 "3.  Accessions: report on the state of play (*)"]),
        ("p", "(*) Items 1 and 3 are not reproduced in this extract."),
        ("h", "2.", "Work Programme on Electronic Commerce"),
        ("np", "24.", "The Chairman recalled that in the Declaration on Global Electronic Commerce adopted at the "
         "Second Ministerial Conference on 20 May 1998,[^1] Ministers had directed the General Council to "
         "establish a comprehensive work programme to examine all trade-related issues relating to global "
         "electronic commerce, taking into account the economic, financial and development needs of developing "
         "countries. The General Council was to report on the progress of that work to the Third Session of the "
         "Ministerial Conference."),
        ("np", "25.", "Following informal consultations held in July and September, he had circulated a draft "
         "work programme in document WT/GC/W/107. The draft defined electronic commerce as the production, "
         "distribution, marketing, sale or delivery of goods and services by electronic means. It also "
         "recognized that the work programme would include issues relating to the development of the "
         "infrastructure for electronic commerce."),
        ("np", "26.", "Under the draft, the Council for Trade in Services, the Council for Trade in Goods, the "
         "Council for TRIPS and the Committee on Trade and Development would examine the issues within their "
         "competence and report to the General Council by 30 July 1999. The General Council would play a "
         "central role in the whole process, keep the work programme under continuous review and take up any "
         "trade-related issue of a cross-cutting nature."),
        ("np", "27.", "The representative of the United States said that electronic commerce was a powerful "
         "engine of growth for all Members. His delegation attached great importance to the commitment made in "
         "May to continue the practice of not imposing customs duties on electronic transmissions, and hoped "
         "that the work programme would confirm that the existing WTO agreements applied to trade conducted "
         "electronically."),
        ("np", "28.", "The representative of the European Communities said that, in the Communities' view, all "
         "electronic deliveries consisted of services and should therefore fall under the General Agreement on "
         "Trade in Services. The classification question was central, and the Communities looked forward to its "
         "examination by the Council for Trade in Services."),
        ("np", "29.", "The representative of India said that most developing countries lacked the infrastructure "
         "and skills needed to benefit from electronic commerce. The work programme should be exploratory and "
         "should not lead to new obligations. India had joined the consensus on the standstill on customs "
         "duties only on the understanding that it was temporary and would be reviewed at the Third Session, "
         "and the fiscal implications of electronic commerce needed careful study."),
        ("np", "30.", "The representative of Egypt said that developing countries would need substantial "
         "technical cooperation to participate in the work. He suggested that UNCTAD, the International "
         "Telecommunication Union and the World Intellectual Property Organization be invited to contribute "
         "their expertise."),
        ("np", "31.", "The representative of Japan supported the draft. Japan considered that the bodies "
         "concerned should coordinate closely, so that questions such as the classification of digitized "
         "products were not answered differently in different Councils."),
        ("np", "32.", "The representative of Brazil asked that the fiscal implications of electronic commerce, "
         "including its possible effect on the tariff revenue of developing countries, be included among the "
         "cross-cutting issues taken up by the General Council itself."),
        ("np", "33.", "The representative of Australia welcomed the draft and suggested that the Secretariat be "
         "asked to prepare background notes for each of the bodies concerned, so that delegations from small "
         "missions could follow the discussions."),
        ("np", "34.", "The Chairman proposed that the General Council adopt the work programme contained in "
         "document WT/GC/W/107, on the understanding that the statements made at the meeting would be reflected "
         "in the minutes."),
        ("np", "35.", "The General Council so agreed.[^2]"),
        ("np", "36.", "The Chairman said that he would hold informal consultations on the cross-cutting issues "
         "and on the arrangements for the General Council's own work in early 1999. The General Council took "
         "note of his statement."),
    ],
    "footnotes": {
        "1": "Document WT/MIN(98)/DEC/2.",
        "2": "The work programme as adopted was subsequently circulated as document WT/L/274, dated 30 September "
             "1998.",
    },
}

# ---------------------------------------------------------------------------
# 5. Note d'information du Secrétariat : envois de faible valeur, 2021 (français, DOCX,
#    numérotation Word 1 / 1.1 / a), tableau, notes de bas de page Word)
# ---------------------------------------------------------------------------
DOCS["note-envois-faible-valeur-seuils-de-minimis-2021.docx"] = {
    "format": "docx", "variant": True, "docx_style": "note", "created": (2021, 10, 14),
    "docx_font": "Garamond",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "restricted": "RESTREINT",
    "symbol": "JOB/GC/262", "date": "14 octobre 2021", "job": "(21-7591)",
    "running_header": "JOB/GC/262",
    "header_grid": [("Cote", "Date", "Original"), ("JOB/GC/262", "14 octobre 2021", "anglais")],
    "body_line": "Conseil général", "original": "Original : anglais",
    "blocks": [
        ("title", "ENVOIS DE FAIBLE VALEUR ET COMMERCE ÉLECTRONIQUE TRANSFRONTIÈRES : SEUILS DE MINIMIS ET "
                  "PERCEPTION DES DROITS ET TAXES"),
        ("center", "Note d'information du Secrétariat[^1]"),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "Lors de la réunion du Conseil général des 27 et 28 juillet 2021, plusieurs délégations ont "
         "demandé au Secrétariat de réunir des renseignements factuels sur la manière dont les Membres traitent "
         "les envois de faible valeur issus du commerce électronique transfrontières. La présente note répond à "
         "cette demande."),
        ("np", "1.2", "Elle s'appuie sur des informations publiques et sur les travaux de l'Organisation mondiale "
         "des douanes (OMD), de l'Union postale universelle (UPU) et de l'OCDE. Elle porte sur un échantillon de "
         "Membres et ne prétend pas à l'exhaustivité."),
        ("h", "2", "CONTEXTE"),
        ("np", "2.1", "D'après la CNUCED, les ventes transfrontières des entreprises aux consommateurs ont atteint "
         "environ 440 milliards de dollars EU en 2019.[^2] La pandémie de COVID-19 a encore accéléré cette "
         "tendance, et les administrations postales et les entreprises de messagerie font état d'une forte "
         "hausse du nombre de petits colis."),
        ("np", "2.2", "Il convient de rappeler que la pratique consistant à ne pas imposer de droits de douane "
         "sur les transmissions électroniques ne vise pas les marchandises physiques commandées en ligne. Ces "
         "marchandises sont soumises aux droits et taxes ordinaires, sous réserve des seuils examinés ci-après."),
        ("h", "3", "SEUILS DE MINIMIS : APERÇU"),
        ("np", "3.1", "Un seuil de minimis est une valeur en deçà de laquelle les marchandises sont importées "
         "sans perception de droits ou de taxes, et souvent selon des formalités simplifiées. Il faut distinguer "
         "le seuil applicable aux droits de douane de celui qui s'applique aux taxes intérieures perçues à "
         "l'importation, comme la TVA ou la taxe sur les produits et services (TPS)."),
        ("np", "3.2", "La tendance récente consiste à réduire ou à supprimer les seuils applicables aux taxes tout "
         "en maintenant ceux applicables aux droits, et à faire percevoir la taxe par le vendeur ou la plateforme "
         "plutôt qu'à la frontière. Le tableau 1 présente la situation dans une sélection de Membres."),
        ("caption", "Tableau 1 – Seuils de minimis dans une sélection de Membres (situation au 1er octobre 2021)"),
        ("table", [
            ["Membre", "Droits de douane", "Taxes à l'importation", "Observations"],
            ["Australie", "1 000 AUD", "Aucun seuil", "TPS perçue par le vendeur depuis le 1er juillet 2018"],
            ["Canada", "150 CAD", "40 CAD", "Envois par messagerie, depuis le 1er juillet 2020 (ACEUM)"],
            ["Chine", "5 000 CNY par transaction", "70 % du montant normal",
             "Commerce de détail transfrontières ; plafond annuel de 26 000 CNY"],
            ["États-Unis", "800 USD", "Sans objet", "Seuil relevé de 200 à 800 USD en mars 2016"],
            ["Japon", "10 000 JPY", "10 000 JPY", "Valeur imposable égale à 60 % du prix de détail"],
            ["Suisse", "5 CHF de droits", "5 CHF de TVA", "Montant de l'impôt et non valeur de l'envoi"],
            ["Union européenne", "150 EUR", "Aucun seuil", "Seuil de TVA de 22 EUR supprimé le 1er juillet 2021"],
        ]),
        ("source", "Source : compilation du Secrétariat à partir de sources nationales. Les renseignements sont "
                   "donnés à titre indicatif."),
        ("np", "3.3", "Les écarts entre Membres sont considérables : le seuil applicable aux droits varie de "
         "quelques dizaines de dollars à plus de 600 dollars EU, et certains Membres expriment leur seuil en "
         "montant d'impôt plutôt qu'en valeur de l'envoi."),
        ("h", "4", "QUESTIONS SOULEVÉES PAR LES MEMBRES"),
        ("np", "4.1", "Les délégations qui ont demandé la présente note ont mentionné quatre préoccupations "
         "principales :"),
        ("li", 2, "les pertes de recettes fiscales et douanières lorsque les seuils sont élevés ;"),
        ("li", 2, "l'inégalité de traitement entre les détaillants nationaux, qui acquittent la TVA, et les "
                  "vendeurs étrangers qui expédient des colis exonérés ;"),
        ("li", 2, "la charge de travail des douanes, qui doivent traiter des millions d'envois de faible valeur "
                  "avec des moyens limités ;"),
        ("li", 2, "les risques liés à la sécurité des produits et aux marchandises de contrefaçon."),
        ("np", "4.2", "D'autres Membres ont souligné qu'un seuil trop bas pouvait entraîner des coûts de "
         "perception supérieurs aux recettes perçues et pénaliser les petites entreprises exportatrices."),
        ("h", "5", "TRAVAUX DANS D'AUTRES ORGANISATIONS"),
        ("np", "5.1", "Le Conseil de l'OMD a adopté en juin 2018 le Cadre de normes sur le commerce électronique "
         "transfrontières, qui comprend quinze normes portant notamment sur les données électroniques préalables, "
         "la gestion des risques et la perception des recettes."),
        ("np", "5.2", "L'OCDE a publié en 2017 un rapport sur les mécanismes de perception efficace de la TVA "
         "lorsque le fournisseur n'est pas situé dans la juridiction d'imposition. Plusieurs Membres se sont "
         "inspirés du modèle de perception par le vendeur ou la plateforme qui y est décrit.[^3]"),
        ("np", "5.3", "L'UPU a pour sa part adopté des règles imposant la transmission de données électroniques "
         "préalables pour les envois postaux contenant des marchandises, applicables à partir du 1er janvier "
         "2021."),
        ("h", "6", "DISPOSITIONS PERTINENTES DE L'OMC"),
        ("np", "6.1", "L'article 7.8 de l'Accord sur la facilitation des échanges, entré en vigueur le 22 février "
         "2017, prévoit que les Membres s'efforcent, dans la mesure du possible, de fixer une valeur d'envoi de "
         "minimis en deçà de laquelle aucun droit ni aucune taxe ne sont perçus pour les envois accélérés."),
        ("np", "6.2", "L'article II:2 a) du GATT de 1994 permet de percevoir à l'importation une imposition "
         "équivalant à une taxe intérieure, tandis que l'article VIII limite les redevances au coût approximatif "
         "des services rendus."),
        ("np", "6.3", "Les Membres souhaiteront peut-être poursuivre l'examen de ces questions au sein du Conseil "
         "général et du Conseil du commerce des marchandises."),
    ],
    "footnotes": {
        "1": "La présente note a été établie sous la responsabilité du Secrétariat et ne préjuge pas des positions "
             "des Membres ni de leurs droits et obligations dans le cadre de l'OMC.",
        "2": "CNUCED, note technique n° 18, mai 2021. Ce montant représente une hausse de 9 % par rapport à 2018.",
        "3": "Dans l'Union européenne, le guichet unique pour les importations (IOSS) permet aux vendeurs et aux "
             "plateformes de déclarer et de payer la TVA due sur les envois d'une valeur n'excédant pas 150 EUR.",
    },
}

# ---------------------------------------------------------------------------
# 6. Initiative conjointe : facturation électronique, texte propre, 2023 (français, MD
#    avec front matter YAML ; articles « Article 3 »)
# ---------------------------------------------------------------------------
DOCS["ide-facturation-electronique-texte-propre-2023.md"] = {
    "format": "md", "variant": True, "md_style": "yaml",
    "org": "Organisation mondiale du commerce",
    "symbol": "INF/ECOM/81", "date": "20 novembre 2023", "iso_date": "2023-11-20", "job": "(23-7980)",
    "body_line": "Initiative liée à la Déclaration conjointe sur le commerce électronique",
    "original": "Original : anglais",
    "yaml_title": "Facturation électronique – Texte propre – Note des coorganisateurs",
    "blocks": [
        ("title", "FACTURATION ÉLECTRONIQUE"),
        ("center", "Texte propre – Note des coorganisateurs"),
        ("p", "Le présent document (INF/ECOM/81) reproduit le texte propre relatif à la facturation électronique "
              "issu des travaux du petit groupe facilité par la délégation de Singapour. Il a été examiné en "
              "plénière le 16 novembre 2023 et est distribué à la demande des coorganisateurs de l'initiative, "
              "l'Australie, le Japon et Singapour."),
        ("p", "Le petit groupe s'est réuni à cinq reprises entre avril et octobre 2023. Les discussions ont porté "
              "principalement sur deux questions : l'obligation éventuelle de fonder les mesures nationales sur "
              "des cadres internationaux, et les flexibilités nécessaires pour les participants qui ne disposent "
              "pas encore d'un système national de facturation électronique."),
        ("p", "À la date de la présente note, 90 Membres de l'OMC participaient à l'initiative. Comme pour les "
              "autres textes propres, rien n'est convenu tant que tout n'est pas convenu."),
        ("h", "Article 1", "Définition"),
        ("np", "1.", "Aux fins du présent article, l'expression « facturation électronique » s'entend du "
         "traitement et de l'échange automatisés d'une facture entre un vendeur et un acheteur au moyen d'un "
         "format numérique structuré.[^1]"),
        ("h", "Article 2", "Principes"),
        ("np", "1.", "Les Parties reconnaissent l'importance de la facturation électronique pour accroître "
         "l'efficacité, l'exactitude et la fiabilité des transactions commerciales."),
        ("np", "2.", "Les Parties reconnaissent également les avantages que présentent des systèmes de "
         "facturation électronique interopérables, en particulier pour les micro, petites et moyennes "
         "entreprises."),
        ("h", "Article 3", "Interopérabilité et cadres internationaux"),
        ("np", "1.", "Chaque Partie fait en sorte que la mise en œuvre des mesures relatives à la facturation "
         "électronique sur son territoire soit conçue de manière à favoriser l'interopérabilité transfrontières."),
        ("np", "2.", "Lorsqu'elle élabore de telles mesures, chaque Partie les fonde, selon qu'il sera approprié, "
         "sur les cadres, normes ou lignes directrices internationaux existants.[^2]"),
        ("h", "Article 4", "Coopération"),
        ("np", "1.", "Les Parties s'efforcent de coopérer dans les domaines suivants :"),
        ("sub", "a)", "l'échange de meilleures pratiques relatives aux systèmes de facturation électronique ;"),
        ("sub", "b)", "les initiatives visant à favoriser l'adoption de la facturation électronique par les micro, "
                      "petites et moyennes entreprises ;"),
        ("sub", "c)", "les programmes de renforcement des capacités destinés aux pays en développement."),
        ("h", "Article 5", "Traitement spécial et différencié"),
        ("np", "1.", "Une Partie qui est un pays moins avancé n'est pas tenue d'appliquer l'article 3 pendant une "
         "période de cinq ans à compter de l'entrée en vigueur du présent texte à son égard."),
        ("np", "2.", "Aucune disposition du présent texte n'oblige une Partie à rendre la facturation "
         "électronique obligatoire sur son territoire."),
    ],
    "footnotes": {
        "1": "Il est entendu qu'une facture papier numérisée ou un simple fichier PDF ne constitue pas une facture "
             "électronique au sens du présent article.",
        "2": "Au cours des discussions, des participants ont cité à titre d'exemples le réseau Peppol et la norme "
             "européenne EN 16931.",
    },
}

# ---------------------------------------------------------------------------
# 7. Comité du commerce et du développement, séminaire du 19 février 1999
#    (français, TXT extrait d'un PDF ; en-tête « WT/COMTD/18 / Page 2 »)
# ---------------------------------------------------------------------------
DOCS["seminaire-ccd-commerce-electronique-developpement-1999.txt"] = {
    "format": "txt", "variant": True, "header_style": "page",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "org_lines": ["ORGANISATION MONDIALE", "DU COMMERCE"],
    "symbol": "WT/COMTD/18", "date": "23 avril 1999", "job": "(99-1620)",
    "restricted": "", "body_line": "Comité du commerce et du développement", "original": "Original : anglais",
    "page_word": "Page",
    "blocks": [
        ("title", "SÉMINAIRE SUR LE COMMERCE ÉLECTRONIQUE ET LE DÉVELOPPEMENT"),
        ("title", "Genève, 19 février 1999"),
        ("center", "Note du Secrétariat"),
        ("np", "1.", "Le programme de travail sur le commerce électronique adopté par le Conseil général le 25 "
         "septembre 1998 charge le Comité du commerce et du développement d'examiner les incidences du commerce "
         "électronique sur le développement. Pour lancer ces travaux, le Comité a organisé le 19 février 1999 un "
         "séminaire ouvert à tous les Membres et observateurs, qui a réuni quelque 200 participants."),
        ("np", "2.", "Le séminaire comprenait trois séances, consacrées à l'infrastructure et à l'accès, aux "
         "petites et moyennes entreprises, et au cadre juridique. Des représentants de l'UIT, de la CNUCED, du "
         "Centre du commerce international, de la CNUDCI, de l'OMPI et de la Banque mondiale, ainsi que des "
         "entreprises privées, sont intervenus. La présente note résume les débats sous la responsabilité du "
         "Secrétariat."),
        ("h", "I.", "INFRASTRUCTURE ET ACCÈS"),
        ("np", "3.", "Le représentant de l'UIT a rappelé que la télédensité restait inférieure à deux lignes "
         "téléphoniques pour cent habitants dans la plupart des pays les moins avancés. Il a fait observer qu'il "
         "y avait davantage de lignes téléphoniques dans la seule ville de Tokyo que sur l'ensemble du continent "
         "africain."),
        ("np", "4.", "Plusieurs intervenants ont souligné que l'accès à l'Internet restait très inégalement "
         "réparti entre pays développés et pays en développement.[^1] Dans de nombreux pays en développement, "
         "le coût mensuel d'un abonnement à l'Internet dépassait le revenu mensuel moyen, en raison notamment des "
         "tarifs élevés des liaisons internationales."),
        ("np", "5.", "La délégation de la Malaisie a présenté le Super couloir multimédia lancé par son pays en "
         "1996, qui associe une infrastructure à haut débit, des incitations fiscales et une législation "
         "spécifique sur la signature numérique. La délégation du Costa Rica a décrit un programme de "
         "raccordement des écoles à l'Internet."),
        ("h", "II.", "PETITES ET MOYENNES ENTREPRISES"),
        ("np", "6.", "La CNUCED a présenté son Programme des pôles commerciaux, qui vise à donner aux petites "
         "entreprises des pays en développement un accès à l'information commerciale et aux services "
         "électroniques.[^2] Le réseau mondial des pôles commerciaux comptait alors environ 150 pôles répartis "
         "dans plus de 100 pays."),
        ("np", "7.", "Le Centre du commerce international a présenté son programme World Tr@de Net, qui aide les "
         "réseaux d'institutions d'appui au commerce à informer les entreprises sur les règles de l'OMC et sur "
         "les possibilités offertes par le commerce électronique."),
        ("np", "8.", "Un représentant de l'industrie indienne du logiciel a indiqué que les exportations indiennes "
         "de logiciels avaient atteint environ 2,6 milliards de dollars EU au cours de l'exercice 1998-1999, "
         "dont une part croissante était fournie à distance par liaison satellite."),
        ("h", "III.", "CADRE JURIDIQUE"),
        ("np", "9.", "Le représentant de la CNUDCI a présenté la Loi type sur le commerce électronique adoptée en "
         "1996, fondée sur les principes de l'équivalence fonctionnelle et de la non-discrimination à l'égard des "
         "documents électroniques. Il a précisé que la Commission travaillait à l'élaboration de règles uniformes "
         "sur les signatures électroniques."),
        ("np", "10.", "Le représentant de l'OMPI a rendu compte du processus de consultation sur les noms de "
         "domaine de l'Internet, dont le rapport final devait être publié au printemps 1999."),
        ("h", "IV.", "OBSERVATIONS FINALES"),
        ("np", "11.", "En conclusion, le Président du Comité a relevé quatre priorités ressortant des débats : "
         "l'amélioration de l'infrastructure et de l'accès, la mise en valeur des ressources humaines, "
         "l'établissement de cadres juridiques adaptés et une meilleure participation des pays en développement "
         "à l'élaboration des normes."),
        ("np", "12.", "Il a souligné le besoin d'assistance technique exprimé par de nombreuses délégations et a "
         "indiqué que le Comité tiendrait compte des résultats du séminaire dans le rapport qu'il doit présenter "
         "au Conseil général le 30 juillet 1999 au plus tard."),
    ],
    "footnotes": {
        "1": "D'après des données présentées par le PNUD, les pays de l'OCDE, qui comptaient 19 % de la population "
             "mondiale, représentaient 91 % des utilisateurs de l'Internet.",
        "2": "Le Programme a été lancé par la CNUCED en 1992 ; le Symposium international des Nations Unies sur "
             "l'efficacité commerciale, tenu à Columbus (Ohio) en octobre 1994, lui a donné son essor.",
    },
}

# ---------------------------------------------------------------------------
# 8. Communication du Cameroun, de la Côte d'Ivoire et de la Tunisie sur le Protocole de
#    la ZLECAf sur le commerce numérique, 2024 (français, HTML ; paragraphes non numérotés)
# ---------------------------------------------------------------------------
DOCS["communication-zlecaf-protocole-commerce-numerique-2024.html"] = {
    "format": "html", "variant": True, "lang": "fr",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "WT/GC/W/944", "date": "8 octobre 2024", "job": "(24-6870)",
    "body_line": "Conseil général", "original": "Original : français",
    "page_title": "WT/GC/W/944 – Intégration régionale et commerce numérique : le Protocole de la ZLECAf",
    "saved_from": "https://documents-omc.example.org/fr/WT/GC/W944.html",
    "card": [("Cote", "WT/GC/W/944"), ("Date", "08/10/2024"), ("Organe", "Conseil général"),
             ("Type", "Communication"), ("Langues", "français, anglais, espagnol"), ("Pages", "3")],
    "related": [
        ("#wt-min-24-38", "WT/MIN(24)/38 – Programme de travail sur le commerce électronique – Décision "
                          "ministérielle du 2 mars 2024"),
        ("#wt-l-274", "WT/L/274 – Programme de travail sur le commerce électronique (1998)"),
        ("#mc14", "Quatorzième Conférence ministérielle, Yaoundé"),
    ],
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("center", "Intégration régionale et commerce numérique : l'expérience du Protocole de la ZLECAf"),
        ("center", "Communication du Cameroun, de la Côte d'Ivoire et de la Tunisie"),
        ("p", "La communication ci-après, datée du 4 octobre 2024, est distribuée à la demande des délégations "
              "du Cameroun, de la Côte d'Ivoire et de la Tunisie."),
        ("h", "I.", "Introduction"),
        ("p", "L'Accord portant création de la Zone de libre-échange continentale africaine (ZLECAf), signé à "
              "Kigali le 21 mars 2018, est entré en vigueur le 30 mai 2019. Les échanges au titre de l'Accord "
              "ont commencé le 1er janvier 2021. À la date de la présente communication, 48 États avaient "
              "déposé leur instrument de ratification."),
        ("p", "Le Protocole de l'Accord sur le commerce numérique a été adopté par la Conférence des chefs d'État "
              "et de gouvernement de l'Union africaine lors de sa trente-septième session ordinaire, tenue à "
              "Addis-Abeba les 17 et 18 février 2024. Les auteurs souhaitent partager cette expérience avec "
              "l'ensemble des Membres dans le cadre du programme de travail."),
        ("h", "II.", "Contenu du Protocole"),
        ("p", "Le Protocole vise à établir des règles harmonisées pour le commerce numérique sur le continent. "
              "Il couvre notamment la facilitation du commerce numérique, les transferts transfrontières de "
              "données assortis de garanties, les paiements électroniques, l'interopérabilité des identités "
              "numériques, la protection des données personnelles et la protection des consommateurs en ligne."),
        ("p", "Il accorde une attention particulière aux micro, petites et moyennes entreprises, aux femmes et aux "
              "jeunes entrepreneurs. Plusieurs annexes sont en cours de négociation, notamment sur les règles "
              "d'origine, les identités numériques, les paiements numériques transfrontières, les transferts "
              "transfrontières de données et la sécurité en ligne."),
        ("h", "III.", "Enseignements pour le programme de travail"),
        ("p", "L'expérience africaine montre que les règles ne suffisent pas sans infrastructures. Une grande "
              "partie de la population du continent n'a toujours pas accès à l'Internet.[^1] Les auteurs "
              "estiment que le programme de travail devrait accorder plus d'importance à la connectivité, à "
              "l'accessibilité financière des services et aux compétences numériques."),
        ("p", "L'interopérabilité des systèmes de paiement est un autre enseignement. Le Système panafricain de "
              "paiement et de règlement (PAPSS), lancé commercialement à Accra en janvier 2022, permet de régler "
              "des transactions transfrontières en monnaies locales, ce qui réduit le recours aux devises "
              "étrangères pour les petites transactions."),
        ("p", "Enfin, les accords régionaux peuvent servir de laboratoire pour des disciplines qui ne font pas "
              "encore l'objet d'un consensus multilatéral, à condition de préserver la marge de manœuvre "
              "nécessaire à l'industrialisation numérique des pays en développement."),
        ("h", "IV.", "Propositions"),
        ("p", "Les auteurs proposent que les Membres examinent les éléments suivants :"),
        ("sub", "–", "la tenue, en 2025, d'une session spécifique du programme de travail consacrée aux accords "
                     "régionaux sur le commerce numérique et au développement ;"),
        ("sub", "–", "une mise à jour, par le Secrétariat, de son inventaire des dispositions relatives au "
                     "commerce électronique figurant dans les accords commerciaux régionaux ;[^2]"),
        ("sub", "–", "un appui technique ciblé à la mise en œuvre du Protocole, en coordination avec le "
                     "Secrétariat de la ZLECAf et la Commission économique des Nations Unies pour l'Afrique ;"),
        ("sub", "–", "la reconnaissance, dans les résultats de la quatorzième Conférence ministérielle, du rôle "
                     "de l'intégration régionale dans le développement du commerce numérique.[^3]"),
        ("p", "Les auteurs se tiennent à la disposition des Membres pour présenter le Protocole de manière plus "
              "détaillée lors d'une prochaine réunion du Conseil général."),
    ],
    "footnotes": {
        "1": "Selon l'Union internationale des télécommunications, 37 % seulement de la population africaine "
             "utilisait l'Internet en 2023, contre une moyenne mondiale de 67 %.",
        "2": "Une étude publiée par le Secrétariat en 2017 recensait 75 accords commerciaux régionaux comportant "
             "des dispositions relatives au commerce électronique.",
        "3": "La quatorzième Conférence ministérielle doit se tenir à Yaoundé (Cameroun) du 26 au 29 mars 2026.",
    },
}

# ---------------------------------------------------------------------------
# 9. Ayuda para el Comercio y conectividad digital, nota de la Secretaría, 2017
#    (español, PDF de 2-3 páginas, secciones 1 / 1.1, notas)
# ---------------------------------------------------------------------------
DOCS["ayuda-para-el-comercio-conectividad-digital-2017.pdf"] = {
    "format": "pdf", "variant": True, "layout": "es_labels",
    "font": "Helvetica", "size": 10,
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "symbol": "WT/COMTD/AFT/W/66", "date": "30 de junio de 2017", "job": "(17-3512)",
    "body_line": "Comité de Comercio y Desarrollo", "original": "Original: inglés",
    "labels": ["Signatura:", "Fecha:", "Idioma original:"], "original_value": "inglés",
    "blocks": [
        ("title", "AYUDA PARA EL COMERCIO Y COMERCIO ELECTRÓNICO"),
        ("center", "Resultados del ejercicio de vigilancia y evaluación de 2017"),
        ("center", "Nota de la Secretaría"),
        ("h", "1", "INTRODUCCIÓN"),
        ("np", "1.1", "La iniciativa de Ayuda para el Comercio se puso en marcha en la Sexta Conferencia "
         "Ministerial, celebrada en Hong Kong, China, en 2005. El sexto Examen Global de la Ayuda para el "
         "Comercio, que se celebrará en Ginebra del 11 al 13 de julio de 2017, tiene por tema la promoción del "
         "comercio, la inclusión y la conectividad para el desarrollo sostenible.[^1]"),
        ("np", "1.2", "El ejercicio de vigilancia y evaluación de 2017, realizado conjuntamente con la OCDE, "
         "incluyó por primera vez preguntas sobre la conectividad digital y el comercio electrónico. "
         "Respondieron 146 entidades: 88 países en desarrollo, entre ellos 35 países menos adelantados (PMA), 35 "
         "donantes y 23 organismos de cooperación Sur-Sur y organizaciones regionales."),
        ("np", "1.3", "La presente nota resume las respuestas relativas al comercio electrónico y se presenta al "
         "Comité de Comercio y Desarrollo como contribución al Programa de Trabajo sobre el Comercio "
         "Electrónico."),
        ("h", "2", "PRINCIPALES RESULTADOS"),
        ("np", "2.1", "El 64 % de los países en desarrollo que respondieron indicaron que la conectividad digital "
         "figuraba entre las prioridades de su estrategia nacional de desarrollo. Sin embargo, solo una minoría "
         "disponía de una estrategia específica de comercio electrónico."),
        ("np", "2.2", "Los países en desarrollo señalaron como principal obstáculo la falta de infraestructura de "
         "tecnologías de la información y las comunicaciones, seguida de la inexistencia o insuficiencia del "
         "marco jurídico y de la falta de sistemas de pago electrónico. En el caso de los PMA, el costo de la "
         "conexión ocupaba el primer lugar."),
        ("np", "2.3", "Los donantes, por su parte, consideraron que las principales limitaciones eran la falta de "
         "competencias digitales y la debilidad de los servicios de logística y entrega. Varios de ellos "
         "indicaron que estaban incorporando el comercio electrónico en sus programas de apoyo al sector "
         "privado."),
        ("np", "2.4", "Muchas respuestas citaron experiencias concretas. Varios países de África Oriental "
         "destacaron la contribución del dinero móvil a la inclusión financiera de las pequeñas empresas.[^2] "
         "Rwanda describió su plataforma de servicios públicos en línea Irembo, puesta en marcha en 2015, y "
         "Bangladesh se refirió a su programa Bangladesh Digital."),
        ("h", "3", "INICIATIVAS DE APOYO"),
        ("np", "3.1", "La iniciativa eTrade for all, puesta en marcha por la UNCTAD en julio de 2016 con ocasión "
         "de la UNCTAD 14, celebrada en Nairobi, reúne a organizaciones internacionales y donantes en torno a "
         "siete esferas de política: evaluación y estrategias de preparación, infraestructura y servicios de TIC, "
         "logística comercial y facilitación del comercio, soluciones de pago, marcos jurídicos y "
         "reglamentarios, desarrollo de competencias y acceso a la financiación."),
        ("np", "3.2", "El Marco Integrado Mejorado ayuda a los PMA a incorporar el comercio electrónico en sus "
         "estudios de diagnóstico sobre la integración comercial. La UNCTAD ha comenzado a realizar evaluaciones "
         "rápidas de la preparación para el comercio electrónico en los PMA.[^3]"),
        ("np", "3.3", "Según los datos del Sistema de Notificación por parte de los Países Acreedores de la OCDE, "
         "los desembolsos destinados al sector de las comunicaciones representaron en 2015 menos del 2 % del "
         "total de la Ayuda para el Comercio, frente a más del 20 % para el transporte y el almacenamiento."),
        ("h", "4", "CONCLUSIONES"),
        ("np", "4.1", "Las respuestas muestran un interés creciente por el comercio electrónico, pero también "
         "una brecha considerable entre las prioridades declaradas por los países en desarrollo y los recursos "
         "efectivamente destinados a la conectividad digital."),
        ("np", "4.2", "Se invita al Comité a tomar nota de la presente nota y a tener en cuenta sus resultados en "
         "los debates del sexto Examen Global y en su contribución al Programa de Trabajo sobre el Comercio "
         "Electrónico."),
    ],
    "footnotes": {
        "1": "Los resultados completos del ejercicio se publicarán en la edición de 2017 de La Ayuda para el "
             "Comercio en síntesis, preparada conjuntamente por la OCDE y la OMC.",
        "2": "El servicio M-Pesa fue lanzado en Kenya por el operador Safaricom en marzo de 2007.",
        "3": "La primera de esas evaluaciones, relativa a Camboya, se publicó en 2017.",
    },
}

# ---------------------------------------------------------------------------
# 10. Sesión específica sobre la brecha digital y la inteligencia artificial, informe del
#     facilitador, 2025 (español, DOCX, numeración Word A. / 1. / a))
# ---------------------------------------------------------------------------
DOCS["sesion-especifica-brecha-digital-inteligencia-artificial-2025.docx"] = {
    "format": "docx", "variant": True, "docx_style": "report", "created": (2025, 5, 14),
    "docx_font": "Arial",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "restricted": "",
    "symbol": "WT/GC/W/958", "date": "14 de mayo de 2025", "job": "(25-3381)",
    "running_header": "WT/GC/W/958",
    "header_rows": [("WT/GC/W/958", "Consejo General"), ("14 de mayo de 2025", "Original: español"),
                    ("(25-3381)", "Página: 1/2")],
    "body_line": "Consejo General", "original": "Original: español",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("center", "SESIÓN ESPECÍFICA SOBRE LA BRECHA DIGITAL Y LA INTELIGENCIA ARTIFICIAL"),
        ("center", "Informe del facilitador"),
        ("p", "El presente informe se distribuye bajo la responsabilidad del facilitador del Programa de Trabajo y "
              "no prejuzga las posiciones de los Miembros."),
        ("h", "A.", "ANTECEDENTES"),
        ("np", "1.", "En la Decisión Ministerial adoptada en Abu Dabi el 2 de marzo de 2024, los Ministros "
         "acordaron revitalizar la labor del Programa de Trabajo, prestando especial atención a la dimensión de "
         "desarrollo. Decidieron asimismo mantener la práctica de no imponer derechos de aduana a las "
         "transmisiones electrónicas hasta la CM14 o el 31 de marzo de 2026, si esta fecha fuera anterior."),
        ("np", "2.", "La sesión específica se celebró el 18 de marzo de 2025 en formato híbrido y reunió a unos "
         "300 participantes de capitales y de Ginebra. Se organizó en tres grupos de expertos: la brecha "
         "digital, la inteligencia artificial y el comercio, y las necesidades de asistencia técnica."),
        ("h", "B.", "LA BRECHA DIGITAL"),
        ("np", "3.", "La representante de la Unión Internacional de Telecomunicaciones indicó que en 2024 unos "
         "5.500 millones de personas, el 68 % de la población mundial, utilizaban Internet, mientras que 2.600 "
         "millones seguían desconectadas. En los países menos adelantados, la proporción de usuarios era de solo "
         "el 35 %."),
        ("np", "4.", "La brecha de género persistía: en 2024, el 70 % de los hombres y el 65 % de las mujeres "
         "utilizaban Internet. En la mayoría de los PMA, el precio de la banda ancha móvil seguía superando el "
         "umbral de asequibilidad del 2 % del ingreso nacional bruto per cápita."),
        ("h", "C.", "LA INTELIGENCIA ARTIFICIAL Y EL COMERCIO"),
        ("np", "5.", "La Secretaría presentó un informe publicado en 2024 según el cual la inteligencia "
         "artificial podría aumentar el crecimiento del valor del comercio transfronterizo de bienes y servicios "
         "en casi 14 puntos porcentuales de aquí a 2040, siempre que los países de ingreso bajo reduzcan su "
         "brecha digital."),
        ("np", "6.", "En el debate intervinieron numerosas delegaciones. Entre las intervenciones cabe destacar "
         "las siguientes:"),
        ("li", 2, "la India advirtió del riesgo de que la concentración de los datos y de la capacidad de "
                  "cómputo en pocas empresas ampliara la brecha entre países;"),
        ("li", 2, "la Unión Europea presentó su Reglamento de Inteligencia Artificial, basado en un enfoque "
                  "gradual en función del riesgo;"),
        ("li", 2, "Singapur describió sus programas de formación en competencias digitales para pequeñas "
                  "empresas;"),
        ("li", 2, "Sudáfrica pidió que se estudiara la transferencia de tecnología en el ámbito de la "
                  "inteligencia artificial;"),
        ("li", 2, "Bangladesh, que dejará la categoría de PMA en noviembre de 2026, solicitó que se mantuviera "
                  "la asistencia técnica tras la graduación."),
        ("h", "D.", "PRÓXIMOS PASOS"),
        ("np", "7.", "A la luz de los debates, el facilitador propone lo siguiente:"),
        ("li", 3, "celebrar en septiembre de 2025 una sesión específica sobre los pagos digitales;"),
        ("li", 3, "invitar a la Secretaría a preparar una nota sobre la asistencia técnica relacionada con el "
                  "comercio electrónico prestada desde 2017;"),
        ("li", 3, "informar al Consejo General en su reunión de julio de 2025 sobre la marcha de los trabajos."),
        ("np", "8.", "El facilitador recuerda que la CM14 se celebrará en Yaundé (Camerún) y que el Consejo "
         "General deberá examinar antes de esa fecha los resultados del Programa de Trabajo."),
    ],
    "footnotes": {},
}

# ---------------------------------------------------------------------------
# 11. Comunicación de Guatemala, Honduras y la República Dominicana sobre pagos
#     digitales, 2026 (español, MD con membrete en encabezados)
# ---------------------------------------------------------------------------
DOCS["comunicacion-pagos-digitales-mipymes-cm14-2026.md"] = {
    "format": "md", "variant": True, "md_style": "letterhead",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "symbol": "WT/GC/W/981", "date": "26 de enero de 2026", "job": "(26-0611)",
    "body_line": "Consejo General", "original": "Original: español",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "Los pagos digitales transfronterizos y las mipymes: elementos para la CM14"),
        ("center", "Comunicación de Guatemala, Honduras y la República Dominicana"),
        ("p", "La siguiente comunicación, de fecha 22 de enero de 2026, se distribuye a petición de las "
              "delegaciones de Guatemala, Honduras y la República Dominicana."),
        ("h", "I.", "Introducción"),
        ("np", "1.", "Para las micro, pequeñas y medianas empresas (mipymes), vender en línea a clientes de otros "
         "países exige poder cobrar de manera rápida, segura y barata. En muchos países en desarrollo, los pagos "
         "transfronterizos siguen siendo lentos y costosos, lo que limita la participación de las mipymes en el "
         "comercio electrónico."),
        ("np", "2.", "Según la base de datos Global Findex del Banco Mundial, en 2021 el 76 % de los adultos del "
         "mundo tenía una cuenta en una institución financiera o un servicio de dinero móvil, frente al 71 % en "
         "las economías en desarrollo.[^1]"),
        ("h", "II.", "La experiencia de los proponentes"),
        ("np", "3.", "Las remesas tienen un peso considerable en nuestras economías: en 2023 representaron "
         "alrededor del 19 % del PIB de Guatemala y del 25 % del de Honduras. La digitalización de las remesas ha "
         "abierto a muchos hogares la puerta a otros servicios financieros en línea."),
        ("np", "4.", "El costo medio mundial del envío de 200 dólares EE.UU. era del 6,4 % a finales de 2023, "
         "muy por encima de la meta del 3 % fijada en la meta 10.c de los Objetivos de Desarrollo Sostenible.[^2]"),
        ("np", "5.", "La República Dominicana ha puesto en marcha un sistema de pagos instantáneos que funciona "
         "las 24 horas del día y que ha reducido el costo de los pagos de las pequeñas empresas. Los tres "
         "proponentes participan además en los trabajos regionales de interconexión de los sistemas de pago de "
         "Centroamérica y la República Dominicana."),
        ("h", "III.", "Relación con la labor de la OMC"),
        ("np", "6.", "Los proponentes toman nota de la hoja de ruta del G20 para mejorar los pagos "
         "transfronterizos, respaldada en octubre de 2020, que fija metas de costo, velocidad, acceso y "
         "transparencia para 2027. Consideran que el Programa de Trabajo puede complementar esa labor desde la "
         "perspectiva del comercio."),
        ("np", "7.", "Los proponentes son partidarios de mantener la práctica actual de no imponer derechos de "
         "aduana a las transmisiones electrónicas, que da previsibilidad a las mipymes que venden servicios en "
         "línea."),
        ("h", "IV.", "Propuestas para la CM14"),
        ("np", "8.", "Los proponentes invitan a los Miembros a incluir en el resultado de la CM14 los elementos "
         "siguientes:[^3]"),
        ("sub", "a)", "el reconocimiento de la importancia de los pagos digitales transfronterizos para la "
                      "participación de las mipymes en el comercio electrónico;"),
        ("sub", "b)", "un taller organizado por la Secretaría en 2026, en cooperación con el Banco Mundial, sobre "
                      "pagos digitales e inclusión financiera;"),
        ("sub", "c)", "el intercambio de experiencias nacionales sobre sistemas de pagos instantáneos y su "
                      "interoperabilidad;"),
        ("sub", "d)", "una asistencia técnica reforzada para los países en desarrollo y los PMA en materia de "
                      "pagos electrónicos."),
        ("np", "9.", "Los proponentes están dispuestos a colaborar con todos los Miembros para que la CM14 dé un "
         "nuevo impulso al Programa de Trabajo."),
    ],
    "footnotes": {
        "1": "Banco Mundial, base de datos Global Findex 2021, publicada en junio de 2022.",
        "2": "Banco Mundial, base de datos Remittance Prices Worldwide, cuarto trimestre de 2023.",
        "3": "La CM14 se celebrará en Yaundé (Camerún) del 26 al 29 de marzo de 2026.",
    },
}

# ---------------------------------------------------------------------------
# 12. Iniciativa Conjunta: mensajes electrónicos comerciales no solicitados, texto limpio,
#     2020 (español, TXT extraído de un PDF ; encabezado « - 2 - »)
# ---------------------------------------------------------------------------
DOCS["iniciativa-conjunta-mensajes-no-solicitados-2020.txt"] = {
    "format": "txt", "variant": True, "header_style": "dash",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "symbol": "INF/ECOM/58", "date": "27 de noviembre de 2020", "job": "(20-8522)",
    "restricted": "", "body_line": "Declaración Conjunta sobre el Comercio Electrónico",
    "original": "Original: inglés", "job_at_foot": False,
    "blocks": [
        ("title", "MENSAJES ELECTRÓNICOS COMERCIALES NO SOLICITADOS"),
        ("center", "Texto limpio – Nota de los coconvocantes"),
        ("h", "I.", "NOTA DE LOS COCONVOCANTES"),
        ("np", "1.", "El presente documento reproduce el texto limpio sobre los mensajes electrónicos comerciales "
         "no solicitados, comúnmente denominados spam, al que llegó el grupo reducido facilitado por la "
         "delegación del Canadá. Se distribuye a petición de los coconvocantes de la Iniciativa Conjunta, "
         "Australia, el Japón y Singapur."),
        ("np", "2.", "El grupo reducido se reunió en siete ocasiones entre febrero y octubre de 2020, en su "
         "mayoría de forma virtual a causa de la pandemia de COVID-19. El texto fue presentado en la reunión "
         "plenaria del 20 de noviembre de 2020 y es el primer texto limpio alcanzado en las negociaciones."),
        ("np", "3.", "Las principales divergencias se referían a la elección entre un régimen de consentimiento "
         "previo y un régimen de exclusión voluntaria. El texto permite a cada Parte elegir entre ambos "
         "enfoques, o adoptar otras medidas que reduzcan al mínimo los mensajes no solicitados."),
        ("np", "4.", "Un participante reservó su posición sobre el párrafo 4 del texto a la espera de consultas "
         "internas. En la fecha de la presente nota, 86 Miembros de la OMC participaban en la Iniciativa "
         "Conjunta."),
        ("h", "II.", "TEXTO LIMPIO"),
        ("center", "Artículo [X]: Mensajes electrónicos comerciales no solicitados"),
        ("np", "1.", "A los efectos del presente artículo, se entiende por mensaje electrónico comercial no "
         "solicitado un mensaje electrónico enviado con fines comerciales a una dirección electrónica sin el "
         "consentimiento del destinatario o pese a su rechazo explícito.[^1]"),
        ("np", "2.", "Cada Parte adoptará o mantendrá medidas relativas a los mensajes electrónicos comerciales "
         "no solicitados que:"),
        ("sub", "a)", "exijan a los proveedores de mensajes que faciliten a los destinatarios la posibilidad de "
                      "impedir la recepción continuada de esos mensajes;"),
        ("sub", "b)", "exijan el consentimiento de los destinatarios, según se especifique en sus leyes y "
                      "reglamentos, para recibir mensajes electrónicos comerciales; o"),
        ("sub", "c)", "prevean de otro modo la reducción al mínimo de los mensajes electrónicos comerciales no "
                      "solicitados."),
        ("np", "3.", "Cada Parte procurará que los mensajes electrónicos comerciales sean claramente "
         "identificables como tales, indiquen claramente en nombre de quién se envían y contengan la información "
         "necesaria para que los destinatarios puedan solicitar gratuitamente y en cualquier momento que cese su "
         "envío."),
        ("np", "4.", "Cada Parte establecerá recursos contra los proveedores de mensajes electrónicos comerciales "
         "no solicitados que no cumplan las medidas adoptadas o mantenidas de conformidad con los párrafos 2 y "
         "3."),
        ("np", "5.", "Las Partes procurarán cooperar en los casos apropiados de interés mutuo relativos a la "
         "reglamentación de los mensajes electrónicos comerciales no solicitados."),
        ("np", "6.", "Los países menos adelantados que sean Partes dispondrán de un período de tres años a partir "
         "de la entrada en vigor para aplicar el párrafo 4."),
    ],
    "footnotes": {
        "1": "Los participantes convinieron en que la definición abarca, como mínimo, el correo electrónico; cada "
             "Parte podrá decidir si incluye también los mensajes de texto cortos (SMS).",
    },
}
