"""The twelve documents of the ninth held-out dev corpus, as data.

Rendered by build.py (through render9.py, ../heldout7/render7.py and ../render.py).
Blocks: ("title", text), ("center", text), ("p", text), ("h", number, text[, level]),
("np", number, text), ("sub", label, text), ("li", list id, text), ("caption", text),
("table", rows), ("source", text).  "[^n]" marks a footnote call; the notes are in
"footnotes".  "variant": rendered by the builders of render9.VARIANTS.

Written for wtoqa's evaluation from public facts, with invented but realistic detail;
these are not official WTO texts.
"""

DOCS = {}

# ---------------------------------------------------------------------------
# A. English, 2021, PDF of several pages in a new layout ("two_line"; sub-numbered
#    sections, a table with column headers, short footnote rule): Secretariat note
# ---------------------------------------------------------------------------
DOCS["secretariat-note-consumption-taxes-digital-trade-2021.pdf"] = {
    "format": "pdf", "variant": True, "lang": "en", "layout": "two_line", "font": "Times-Roman", "size": 10.5,
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "JOB/GC/271", "date": "15 October 2021", "job": "(21-7702)",
    "body_line": "General Council", "original": "Original: English",
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "CONSUMPTION TAXES ON CROSS-BORDER ELECTRONIC COMMERCE: RECENT DEVELOPMENTS"),
        ("center", "Information Note by the Secretariat[^1]"),
        ("h", "1", "INTRODUCTION", 1),
        ("np", "1.1", "At the General Council meeting of 22-23 July 2021, several delegations asked for factual "
         "information on how Members apply value added taxes (VAT), goods and services taxes (GST) and similar "
         "consumption taxes to cross-border electronic commerce. The request arose in the discussion of the "
         "moratorium on customs duties on electronic transmissions, which the General Council extended in "
         "December 2019 until the Twelfth Ministerial Conference.[^2]"),
        ("np", "1.2", "This note responds to that request. It is based on publicly available information as of "
         "30 September 2021, including legislation published by Members and the work of the Organisation for "
         "Economic Co-operation and Development (OECD). It does not assess the consistency of any measure with "
         "WTO rules."),
        ("np", "1.3", "The moratorium has always been understood to concern customs duties. Consumption taxes "
         "are internal taxes; when they are applied to imported goods or to services supplied from abroad, they "
         "are subject to the national treatment obligations of the GATT 1994 and, where commitments have been "
         "made, of the GATS."),
        ("h", "2", "FROM ORIGIN TO DESTINATION", 1),
        ("np", "2.1", "Until the mid-2000s, most services supplied remotely by foreign businesses to private "
         "consumers escaped consumption taxes in the country of the consumer. Foreign suppliers had no "
         "obligation to register there, and tax administrations had no practical means of collecting the tax "
         "at the border, since nothing crossed it physically."),
        ("np", "2.2", "The OECD International VAT/GST Guidelines, endorsed in November 2015,[^3] recommend that "
         "business-to-consumer supplies of services and intangibles be taxed in the jurisdiction where the "
         "customer usually resides, and that foreign suppliers collect and remit the tax through a simplified "
         "registration and compliance regime. Most of the measures described in Section 3 follow this model."),
        ("np", "2.3", "A second generation of measures concerns low-value imported goods. Many Members long "
         "exempted parcels below a certain value from consumption taxes at import, because the cost of "
         "collection exceeded the revenue. The rapid growth of parcels ordered online led several of them to "
         "abolish these exemptions and to require foreign sellers, or the online marketplaces through which "
         "they sell, to collect the tax at the point of sale."),
        ("np", "2.4", "The role given to marketplaces is the main innovation of recent years. Under deemed "
         "supplier rules, an online marketplace that facilitates a sale by a foreign seller is treated as the "
         "supplier for tax purposes and becomes responsible for collecting and remitting the tax. This "
         "concentrates the compliance burden on a limited number of large operators instead of thousands of "
         "small foreign sellers."),
        ("h", "3", "MEASURES TAKEN BY SELECTED MEMBERS", 1),
        ("np", "3.1", "By September 2021, about 80 jurisdictions had introduced rules for collecting consumption "
         "taxes on services and intangibles supplied remotely by foreign businesses. Table 1 shows the year in "
         "which selected Members introduced such rules, the standard rate applied and, where relevant, the year "
         "in which collection was extended to low-value imported goods."),
        ("caption", "Table 1: Consumption taxes on remote supplies by foreign businesses, selected Members"),
        ("table", [
            ["Member", "Services since", "Standard rate (%)", "Low-value goods"],
            ["Switzerland", "2010", "7.7", "2019"],
            ["Norway", "2011", "25", "2020"],
            ["South Africa", "2014", "15", "no"],
            ["European Union", "2015", "17 to 27", "2021"],
            ["Japan", "2015", "10", "no"],
            ["New Zealand", "2016", "15", "2019"],
            ["Australia", "2017", "10", "2018"],
            ["India", "2017", "18", "no"],
            ["Indonesia", "2020", "10", "no"],
            ["Singapore", "2020", "7", "2023 (planned)"],
            ["Mexico", "2020", "16", "no"],
            ["Chile", "2020", "19", "no"],
        ]),
        ("source", "Services since: first year in which foreign suppliers of digital services to consumers had "
         "to collect the tax. Low-value goods: year from which the tax is collected at the point of sale on "
         "imported consignments below the former relief threshold. Sources: national legislation; OECD."),
        ("np", "3.2", "In the European Union, the exemption for imported consignments with a value of EUR 22 or "
         "less was abolished on 1 July 2021. Sellers and marketplaces may now declare and pay the VAT due on "
         "consignments of up to EUR 150 through a single electronic portal in the member State where they are "
         "registered.[^4]"),
        ("np", "3.3", "Australia has applied GST to imported services and digital products since 1 July 2017 and "
         "to low-value imported goods since 1 July 2018. Foreign businesses must register once their sales to "
         "Australian consumers reach AUD 75,000 in a twelve-month period. New Zealand adopted comparable rules, "
         "with a registration threshold of NZD 60,000."),
        ("np", "3.4", "Several developing Members introduced such regimes recently. Indonesia has required foreign "
         "suppliers of digital products to collect VAT since 1 July 2020 and had appointed more than 80 of them "
         "as collectors by September 2021.[^5] Chile and Mexico began to collect VAT on digital services "
         "supplied by foreign platforms in June 2020. Kenya chose a different instrument: a digital service tax "
         "of 1.5 per cent of the gross transaction value, in force since 1 January 2021."),
        ("h", "4", "ISSUES RAISED BY MEMBERS", 1),
        ("np", "4.1", "In the discussions that led to this note, Members raised the following points:"),
        ("sub", "(a)", "compliance costs for small foreign suppliers, which may have to register in many "
         "jurisdictions with different thresholds, rates and filing periods;"),
        ("sub", "(b)", "the capacity of tax administrations in developing and least-developed Members to "
         "administer registration regimes for non-resident suppliers;"),
        ("sub", "(c)", "the distinction between consumption taxes and digital services taxes levied on the "
         "revenues of large digital companies, which raise different issues;[^6] and"),
        ("sub", "(d)", "the need to ensure that taxes collected on imported electronic transmissions also apply "
         "to domestic supplies, so that they remain internal taxes and do not operate as customs duties."),
        ("np", "4.2", "Some delegations considered that the spread of destination-based consumption taxes showed "
         "that Members could raise revenue from digital trade without customs duties on electronic "
         "transmissions. Others replied that these taxes did not compensate for the tariff revenue foregone on "
         "goods that were increasingly traded in digital form, and that the moratorium should be examined on "
         "its own terms."),
        ("h", "5", "CONCLUDING REMARKS", 1),
        ("np", "5.1", "The rules adopted over the past decade show a broad convergence towards taxation in the "
         "place of consumption, with collection by foreign suppliers or by marketplaces. The Secretariat stands "
         "ready to update this note and, should Members so wish, to organize an information session with the "
         "OECD, the World Bank and the International Monetary Fund."),
    ],
    "footnotes": {
        "1": "This note has been prepared under the Secretariat's own responsibility and is without prejudice to "
             "the positions of Members or to their rights and obligations under the WTO.",
        "2": "General Council Decision of 10 December 2019 (WT/L/1079). The Twelfth Ministerial Conference is "
             "scheduled to open in Geneva on 30 November 2021.",
        "3": "The Guidelines were endorsed by some 100 jurisdictions at the third meeting of the OECD Global Forum "
             "on VAT, held in Paris on 5-6 November 2015, and were incorporated into a Recommendation of the OECD "
             "Council in 2016.",
        "4": "For distance sales of goods within the Union, a single threshold of EUR 10,000 a year for the whole "
             "Union replaced the former thresholds of each member State on the same date.",
        "5": "According to the Indonesian tax authority, the VAT collected on foreign digital products amounted to "
             "about Rp 731 billion in 2020, the first half-year of application.",
        "6": "On 8 October 2021, 136 jurisdictions of the OECD/G20 Inclusive Framework agreed on a two-pillar "
             "solution under which existing digital services taxes are to be removed once the new rules of "
             "Pillar One take effect.",
    },
}

# ---------------------------------------------------------------------------
# B. English, 2019, DOCX: summary report of an SPS Committee thematic session
# ---------------------------------------------------------------------------
DOCS["sps-thematic-session-electronic-certification-2019.docx"] = {
    "format": "docx", "variant": True, "lang": "en", "created": (2019, 9, 12),
    "org": "WORLD TRADE ORGANIZATION", "symbol": "G/SPS/R/96", "date": "12 September 2019", "job": "(19-5862)",
    "body_line": "Committee on Sanitary and Phytosanitary Measures", "original": "Original: English",
    "header_rows": [("WORLD TRADE ORGANIZATION", "G/SPS/R/96"), ("", "12 September 2019"), ("(19-5862)", ""),
                    ("Committee on Sanitary and Phytosanitary Measures", "Original: English")],
    "running_header": "G/SPS/R/96", "heading_fmt": "upperLetter",
    "blocks": [
        ("title", "THEMATIC SESSION ON ELECTRONIC SPS CERTIFICATION"),
        ("center", "Summary Report by the Secretariat[^1]"),
        ("h", "A.", "INTRODUCTION"),
        ("np", "1", "The Committee on Sanitary and Phytosanitary Measures held a thematic session on electronic "
         "SPS certification on 16 July 2019, on the margins of its seventy-fifth meeting. The session was "
         "proposed by Kenya and the Netherlands and brought together some 180 participants from capitals and "
         "Geneva, as well as representatives of the international standard-setting bodies and of the Standards "
         "and Trade Development Facility (STDF)."),
        ("np", "2", "Electronic certification replaces the paper certificates that accompany shipments of plants, "
         "animals and food with data exchanged directly between national authorities. It is part of the "
         "paperless trade agenda discussed under the Work Programme on Electronic Commerce and supports the "
         "implementation of the provisions of the Trade Facilitation Agreement on formalities. The Secretariat "
         "has prepared this summary for the information of the Committee and of the General Council."),
        ("h", "B.", "THE IPPC ePHYTO SOLUTION"),
        ("np", "3", "The Secretariat of the International Plant Protection Convention (IPPC) presented the ePhyto "
         "Solution, which has two components. The Hub is a central server through which national plant "
         "protection organizations exchange electronic phytosanitary certificates, so that each country needs "
         "a single connection instead of a bilateral link with every trading partner. The Generic ePhyto "
         "National System (GeNS) is a web-based application that allows countries without their own electronic "
         "system to issue and receive certificates."),
        ("np", "4", "The Hub entered into production in January 2018. By June 2019, 54 countries had registered "
         "with it, and 23 of them were exchanging certificates in production mode rather than in tests.[^2] "
         "GeNS had been piloted by Ghana, Samoa and Sri Lanka, which began to issue electronic certificates "
         "through it in 2019."),
        ("np", "5", "The Solution was developed with funding from the STDF and several donors,[^3] and the Hub is "
         "operated by the United Nations International Computing Centre. The IPPC representative stressed that "
         "ePhyto certificates follow a harmonized data standard, so that the same message can be read by the "
         "authorities of the importing country whatever the language of the exporting country."),
        ("h", "C.", "EXPERIENCES OF MEMBERS"),
        ("np", "6", "Speakers described the following national experiences:"),
        ("li", 1, "Kenya explained that its plant health inspectorate had started exchanging electronic "
         "certificates for cut flowers with the Netherlands in 2018, which had reduced the time needed to clear "
         "consignments at Amsterdam from about a day to less than two hours;"),
        ("li", 1, "the Netherlands reported that its electronic certification system, in use since 2009, issued "
         "more than 200,000 phytosanitary certificates a year, almost all of them electronically;"),
        ("li", 1, "Argentina described its exchange of electronic phytosanitary certificates with Chile, which had "
         "covered all trade in plant products between the two countries since 2016;"),
        ("li", 1, "New Zealand noted that it exchanged electronic veterinary and food safety certificates with "
         "more than 20 trading partners and that electronic certification had made fraud with forged "
         "certificates almost impossible; and"),
        ("li", 1, "Morocco described the connection of its food safety office to the national single window for "
         "foreign trade, through which importers could follow the status of their applications online."),
        ("h", "D.", "CHALLENGES"),
        ("np", "7", "Participants identified several obstacles to a wider use of electronic certificates. In a "
         "number of countries, legislation still required an original paper certificate with a handwritten "
         "signature and a stamp, or did not recognize electronic signatures issued abroad. Where the importing "
         "country was not ready, exporters had to continue to obtain paper certificates in parallel, which "
         "removed much of the benefit."),
        ("np", "8", "Other challenges included unreliable internet connections at border posts, the cost of "
         "integrating certification with customs and single window systems, and the need to protect the data "
         "exchanged between authorities. Several developing country participants noted that GeNS allowed them "
         "to take part without large investments, but that the training of inspectors remained essential."),
        ("np", "9", "The World Organisation for Animal Health (OIE) and the Codex Alimentarius Commission reported "
         "on their work on electronic veterinary and food safety certificates. The Codex representative "
         "recalled that the Codex Committee on Food Import and Export Inspection and Certification Systems had "
         "agreed to develop guidance on the paperless use of electronic certificates.[^4]"),
        ("h", "E.", "NEXT STEPS"),
        ("np", "10", "Several Members proposed that the Secretariat, in cooperation with the STDF, compile "
         "information on the recognition of electronic certificates in Members' legislation. The Chairperson "
         "invited written comments on this proposal by 30 September 2019 and suggested that Members report on "
         "their progress with electronic certification at future meetings of the Committee."),
    ],
    "footnotes": {
        "1": "This summary is provided under the Secretariat's own responsibility. Eleven speakers took part in "
             "the session, which was webcast for the first time in the Committee's history.",
        "2": "A country is counted as exchanging in production mode once it has sent or received at least one "
             "certificate through the Hub outside testing. The European Union is counted as one.",
        "3": "STDF project STDF/PG/504, approved in 2016 with a budget of about US$1.1 million.",
        "4": "The work was agreed at the twenty-fourth session of that Committee, held in Brisbane, Australia, in "
             "October 2018.",
    },
}

# ---------------------------------------------------------------------------
# C. English, 2020, saved HTML (pandoc-style footnotes, document in an <article>): Goods
#    Council information session on additive manufacturing
# ---------------------------------------------------------------------------
DOCS["ctg-information-session-additive-manufacturing-2020.html"] = {
    "format": "html", "variant": True, "lang": "en", "notes_style": "pandoc", "wrapper": "article",
    "org": "WORLD TRADE ORGANIZATION", "symbol": "G/C/W/788", "date": "30 November 2020", "job": "(20-8514)",
    "body_line": "Council for Trade in Goods", "original": "Original: English",
    "page_title": "G/C/W/788 - Additive manufacturing (3D printing) and trade in goods: information session",
    "saved_from": "https://goods-council-papers.example.org/ctg/G-C-W-788",
    "card": [("Symbol", "G/C/W/788"), ("Date", "30 November 2020"), ("Body", "Council for Trade in Goods"),
             ("Type", "Summary report"), ("Languages", "English, French, Spanish")],
    "related": ["Council for Trade in Goods: 2020 meetings", "Work Programme on Electronic Commerce",
                "Information Technology Agreement", "Trade and COVID-19: medical products"],
    "blocks": [
        ("title", "INFORMATION SESSION ON ADDITIVE MANUFACTURING (3D PRINTING) AND TRADE IN GOODS"),
        ("center", "Summary Report by the Secretariat[^1]"),
        ("np", "1.", "At the request of Canada and Singapore, the Council for Trade in Goods held an information "
         "session on additive manufacturing, commonly known as 3D printing, on 6 November 2020. Because of the "
         "COVID-19 pandemic, the session took place in virtual format, and some 90 delegations connected. It was "
         "organized as a contribution to the Council's work under the Work Programme on Electronic Commerce."),
        ("h", "A.", "Overview"),
        ("np", "2.", "The Secretariat recalled that additive manufacturing builds objects layer by layer from a "
         "digital design file, instead of removing material from a block or casting it in a mould. The "
         "technology was first used for prototypes in the 1980s, but it now serves for the serial production "
         "of parts in aerospace, medical devices, dentistry and tooling. Global revenues of the additive "
         "manufacturing industry were estimated at about US$12.8 billion in 2020, an increase of some 7.5 per "
         "cent over 2019 despite the pandemic.[^2]"),
        ("np", "3.", "According to the Secretariat, the technology could change trade in three ways. First, trade "
         "in some finished goods could be replaced by trade in design files, in raw materials such as metal "
         "powders and plastic filaments, and in the printers themselves. Second, production could move closer "
         "to consumers, shortening supply chains. Third, spare parts could be printed on demand, reducing the "
         "need for inventories."),
        ("h", "B.", "Tariff classification"),
        ("np", "4.", "The World Customs Organization explained that 3D printers had so far been classified under "
         "various headings of the Harmonized System, depending on the material they used and on their function. "
         "Following a recommendation of the WCO Council in June 2019, the 2022 edition of the Harmonized System "
         "will include a new heading 84.85 for additive manufacturing machines, with separate subheadings by "
         "material (Table 1).[^3]"),
        ("caption", "Table 1: New subheadings for additive manufacturing machines (HS 2022)"),
        ("table", [
            ["Machine type", "Subheading"],
            ["Machines working by metal deposit", "8485.10"],
            ["Machines working by plastics or rubber deposit", "8485.20"],
            ["Machines working by plaster, cement, ceramics or glass deposit", "8485.30"],
            ["Other additive manufacturing machines", "8485.80"],
            ["Parts of additive manufacturing machines", "8485.90"],
        ]),
        ("source", "Source: WCO, amendments to the Harmonized System entering into force on 1 January 2022."),
        ("np", "5.", "Several delegations pointed out that the design files themselves were not goods and crossed "
         "borders as electronic transmissions. Their treatment was therefore linked to the discussions on the "
         "moratorium on customs duties on electronic transmissions and on the classification of digital "
         "products."),
        ("h", "C.", "Statements by Members"),
        ("np", "6.", "Canada said that additive manufacturing had allowed Canadian firms to produce face shields "
         "and ventilator parts within weeks of the outbreak of the pandemic, when supply chains for medical "
         "products were disrupted. It suggested that the Council examine whether tariffs on printers, powders "
         "and filaments created obstacles to the diffusion of the technology."),
        ("np", "7.", "Singapore described its national programme for additive manufacturing, launched in 2015, "
         "and the use of printed spare parts in its maritime sector, where parts for ships could be printed in "
         "the port instead of being flown in.[^4]"),
        ("np", "8.", "India said that the shift from trade in goods to trade in digital designs could erode the "
         "tariff revenue of developing countries, since printers and materials were often subject to lower "
         "duties than the finished products they replaced. In its view, this was one of the reasons why the "
         "scope and impact of the moratorium needed to be clarified."),
        ("np", "9.", "The European Union stressed that the certification of printed parts was a major regulatory "
         "issue. It recalled that aviation authorities had approved printed parts for commercial aircraft "
         "engines since 2015, and that ISO and ASTM International were developing joint standards for additive "
         "manufacturing.[^5]"),
        ("np", "10.", "Japan said that intellectual property protection was essential, as design files could "
         "easily be copied and shared, and referred to the risk of counterfeit parts entering supply chains. "
         "China noted that it had become one of the largest producers of desktop 3D printers and called for "
         "open trade in the equipment."),
        ("h", "D.", "Conclusion"),
        ("np", "11.", "The Chair thanked the speakers and noted that Members had shown interest in a follow-up "
         "discussion on standards and conformity assessment for printed products. He would consult "
         "delegations on whether a second session should be held in 2021."),
    ],
    "footnotes": {
        "1": "This summary is provided under the Secretariat's own responsibility and is without prejudice to the "
             "positions of Members. The presentations are available on the Council's web page.",
        "2": "Industry estimate quoted by the Secretariat; the figure covers sales of printers, materials, "
             "software and printing services.",
        "3": "The 2022 edition comprises 351 sets of amendments in total; they also create new provisions for "
             "smartphones, drones and novel tobacco products.",
        "4": "According to Singapore, printing a spare part in the port could reduce delivery times from several "
             "weeks to a few days.",
        "5": "In April 2015, the United States Federal Aviation Administration cleared a 3D-printed sensor "
             "housing for use in a commercial jet engine, the first certification of its kind.",
    },
}

# ---------------------------------------------------------------------------
# D. English, 2018, Markdown (particulars table, notes after their paragraph): Secretariat
#    summary of an information session on blockchain
# ---------------------------------------------------------------------------
DOCS["information-session-blockchain-trade-2018.md"] = {
    "format": "md", "variant": True, "lang": "en", "md_style": "metatable",
    "org": "WORLD TRADE ORGANIZATION", "symbol": "JOB/GC/207", "date": "14 December 2018", "job": "(18-7933)",
    "body_line": "General Council", "original": "Original: English",
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "INFORMATION SESSION ON BLOCKCHAIN AND INTERNATIONAL TRADE"),
        ("center", "Summary by the Secretariat[^1]"),
        ("np", "1.", "On 27 November 2018, the Secretariat organized an information session on blockchain and "
         "international trade for delegates following the Work Programme on Electronic Commerce. The session "
         "coincided with the launch of a WTO publication on whether blockchain could transform international "
         "trade[^2] and brought together speakers from customs administrations, banks, shipping companies and "
         "technology firms. Some 140 participants attended."),
        ("np", "2.", "A blockchain is a distributed ledger: a database shared among many participants, in which "
         "records are grouped in blocks linked by cryptography, so that they cannot be altered without the "
         "agreement of the network. Speakers explained that its main promise for trade lay in reducing the "
         "need for intermediaries to establish trust, and in giving all parties to a transaction access to the "
         "same information at the same time."),
        ("h", "A.", "Use cases"),
        ("np", "3.", "Speakers reviewed the areas in which the technology was being tested. Table 1 summarizes the "
         "projects presented."),
        ("caption", "Table 1: Blockchain projects presented at the session"),
        ("table", [
            ["Area", "Project", "Status in November 2018"],
            ["Trade finance", "Letter of credit for soybeans, Argentina to Malaysia", "completed pilot"],
            ["Shipping documents", "Container shipping platform of a carrier and a technology firm",
             "commercial launch in August 2018"],
            ["Customs", "Exchange of authorized operator data among Latin American customs", "pilot"],
            ["Food traceability", "Tracing sliced mangoes sold by a retailer", "pilot extended to other products"],
            ["Certificates of origin", "Electronic certificates issued by chambers of commerce", "testing"],
        ]),
        ("np", "4.", "In trade finance, the banks involved in the first letter of credit issued on a blockchain "
         "reported that the exchange of documents had taken 24 hours instead of the usual five to ten "
         "days.[^3] Speakers noted, however, that the transaction still relied on paper at some stages, and "
         "that most trade documents remained outside any ledger."),
        ("np", "5.", "A shipping company described a platform launched in August 2018 in cooperation with a "
         "technology firm, which 94 organizations, including ports, customs authorities and freight forwarders, "
         "had joined or agreed to test. It estimated that the documentation and processing costs of a container "
         "shipment could reach one fifth of the cost of transport."),
        ("np", "6.", "A retail speaker described a traceability pilot in which the time needed to trace the origin "
         "of a package of sliced mangoes had fallen from almost seven days to 2.2 seconds."),
        ("h", "B.", "Challenges"),
        ("np", "7.", "Speakers and delegates identified several obstacles:"),
        ("sub", "(a)", "interoperability: many platforms were being built on different technologies and could not "
         "communicate with one another, which risked creating new digital islands;"),
        ("sub", "(b)", "legal recognition: in most jurisdictions, transferable documents such as bills of lading "
         "and bills of exchange still had to exist on paper to be legally effective;[^4]"),
        ("sub", "(c)", "scalability and energy consumption, especially for open ledgers such as the one used by "
         "Bitcoin; and"),
        ("sub", "(d)", "the digital divide, since the benefits depended on all parties along the supply chain "
         "being connected."),
        ("np", "8.", "Several delegations asked whether WTO rules applied to blockchain-based services. The "
         "Secretariat noted that the WTO agreements were technologically neutral, and that the provisions of the "
         "Trade Facilitation Agreement on the acceptance of copies and on single windows, as well as the "
         "commitments of Members under the GATS, could be relevant."),
        ("h", "C.", "Discussion"),
        ("np", "9.", "Singapore, Peru and the Republic of Korea described national projects linking trade documents "
         "to their single windows. The European Union referred to its Blockchain Observatory and Forum.[^5] "
         "Several least-developed country delegations asked for technical assistance to assess the potential of "
         "the technology for their exporters."),
        ("np", "10.", "Delegates welcomed the session and suggested that the Secretariat organize a follow-up event "
         "in 2019 on the legal aspects of electronic transferable records."),
    ],
    "footnotes": {
        "1": "This summary has been prepared under the Secretariat's own responsibility and is without prejudice "
             "to the positions of Members.",
        "2": "E. Ganne, Can Blockchain Revolutionize International Trade?, World Trade Organization, Geneva, "
             "2018.",
        "3": "The transaction, completed in May 2018, covered a shipment of soybeans sold by Cargill from "
             "Argentina to Malaysia and was carried out by HSBC and ING.",
        "4": "The UNCITRAL Model Law on Electronic Transferable Records, adopted in July 2017, provides a "
             "framework for electronic equivalents; Bahrain became the first country to enact legislation based "
             "on it, in 2018.",
        "5": "The Observatory and Forum was launched by the European Commission on 1 February 2018.",
    },
}

# ---------------------------------------------------------------------------
# E. French, 1998, text extracted from a PDF (form feeds, running headers, notes under a
#    rule): Secretariat note summarizing the special study on electronic commerce
# ---------------------------------------------------------------------------
DOCS["note-secretariat-etude-speciale-commerce-electronique-1998.txt"] = {
    "format": "txt", "variant": True, "lang": "fr", "txt_style": "pdf",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "org_lines": ["ORGANISATION MONDIALE", "DU COMMERCE"],
    "restricted": "RESTREINT", "symbol": "WT/GC/W/78", "date": "6 avril 1998", "job": "(98-1367)",
    "body_line": "Conseil général", "original": "Original: anglais",
    "header_style": "page", "page_word": "Page", "page_lines": 48,
    "blocks": [
        ("title", "LE COMMERCE ÉLECTRONIQUE ET LE RÔLE DE L'OMC"),
        ("center", "Résumé de l'étude spéciale n° 2 - Note du Secrétariat"),
        ("np", "1.", "À la réunion du Conseil général de février 1998, plusieurs délégations ont demandé au "
         "Secrétariat de présenter les principales conclusions de son étude spéciale sur le commerce "
         "électronique,[^1] publiée le 16 mars 1998, en vue des travaux préparatoires de la deuxième session de "
         "la Conférence ministérielle. La présente note répond à cette demande. Elle ne reprend pas l'ensemble "
         "de l'analyse et ne préjuge pas des positions des Membres."),
        ("title", "I. DÉFINITIONS"),
        ("np", "2.", "L'étude définit le commerce électronique comme la production, la publicité, la vente et la "
         "distribution de produits par le biais des réseaux de télécommunication. Elle distingue six instruments "
         "principaux :"),
        ("sub", "a)", "le téléphone ;"),
        ("sub", "b)", "la télécopie ;"),
        ("sub", "c)", "la télévision ;"),
        ("sub", "d)", "les systèmes électroniques de paiement et de transfert de fonds ;"),
        ("sub", "e)", "l'échange de données informatisé (EDI) ; et"),
        ("sub", "f)", "l'Internet."),
        ("np", "3.", "L'étude distingue aussi trois étapes dans une transaction commerciale : la recherche "
         "d'informations et la publicité, la commande et le paiement, et enfin la livraison. Les deux premières "
         "étapes peuvent se dérouler en ligne pour tous les produits ; la livraison en ligne n'est possible que "
         "pour les produits qui peuvent être numérisés, comme les logiciels, la musique, les services financiers "
         "ou les services de conseil."),
        ("title", "II. L'ESSOR DU COMMERCE ÉLECTRONIQUE"),
        ("np", "4.", "Le nombre d'ordinateurs hôtes reliés à l'Internet est passé d'environ 1,3 million en janvier "
         "1993 à 29,7 millions en janvier 1998.[^2] Environ 60 pour cent de ces ordinateurs se trouvaient aux "
         "États-Unis. Les estimations de la valeur future du commerce électronique varient fortement selon les "
         "sources ; l'étude cite des prévisions selon lesquelles il pourrait atteindre 300 milliards de dollars "
         "EU vers 2002."),
        ("np", "5.", "Le commerce électronique peut réduire sensiblement les coûts de transaction. L'étude en donne "
         "pour exemple le secteur bancaire, où une opération coûtait en moyenne 1,07 dollar EU au guichet d'une "
         "agence, 0,27 dollar EU à un guichet automatique et 0,01 dollar EU par l'Internet.[^3] Des économies "
         "comparables sont attendues dans la distribution de logiciels, les réservations de voyages et la "
         "publication d'informations."),
        ("np", "6.", "Pour les pays en développement, l'étude relève que l'accès reste très inégal. Dans de "
         "nombreux pays à faible revenu, on compte moins d'une ligne téléphonique pour 100 habitants, et le coût "
         "d'un abonnement à l'Internet peut dépasser le revenu mensuel moyen. L'étude note cependant que "
         "certains pays en développement tirent déjà parti de l'exportation de services fournis à distance, "
         "comme la saisie de données, la transcription médicale ou la programmation informatique."),
        ("title", "III. QUESTIONS INTÉRESSANT L'OMC"),
        ("np", "7.", "Selon l'étude, une grande partie du commerce électronique relève déjà de l'Accord général sur "
         "le commerce des services (AGCS), puisque la plupart des produits livrés en ligne sont des services. Il "
         "reste à déterminer si une fourniture transfrontières par voie électronique relève du mode 1 "
         "(fourniture transfrontières) ou du mode 2 (consommation à l'étranger) ; la distinction importe, car "
         "les engagements pris pour ces deux modes diffèrent souvent."),
        ("np", "8.", "Les produits numérisables, tels que les logiciels ou les enregistrements musicaux, sont "
         "traités comme des marchandises lorsqu'ils sont incorporés dans un support physique, mais non lorsqu'ils "
         "sont transmis en ligne. L'étude observe qu'aucun pays ne perçoit actuellement de droits de douane sur "
         "les transmissions électroniques et mentionne la possibilité d'un engagement de maintenir cette "
         "pratique."),
        ("np", "9.", "L'étude aborde également d'autres domaines : les marchés publics, pour lesquels la "
         "publication électronique des avis peut faciliter la participation des fournisseurs étrangers ; la "
         "propriété intellectuelle, notamment la protection du droit d'auteur en ligne et les noms de domaine ; "
         "la fiscalité ; la protection de la vie privée et des consommateurs ; et l'authentification des "
         "transactions."),
        ("title", "IV. SUITE DES TRAVAUX"),
        ("np", "10.", "Les auteurs concluent que le commerce électronique offre l'occasion de poursuivre la "
         "libéralisation des services et que l'OMC doit veiller à ce que les règles existantes ne freinent pas "
         "son développement. Ils soulignent que les engagements pris par les Membres dans le cadre de l'AGCS "
         "sont, sauf indication contraire, neutres du point de vue technologique."),
        ("np", "11.", "Les Membres souhaiteront peut-être examiner ces questions dans le cadre d'un programme de "
         "travail, dont les modalités pourraient être arrêtées à la deuxième session de la Conférence "
         "ministérielle, qui se tiendra à Genève du 18 au 20 mai 1998.[^4] Le Secrétariat se tient à la "
         "disposition des délégations pour leur présenter l'étude plus en détail."),
    ],
    "footnotes": {
        "1": "Étude spéciale n° 2, « Le commerce électronique et le rôle de l'OMC », par Marc Bacchetta, Patrick "
             "Low, Aaditya Mattoo, Ludger Schuknecht, Hannu Wager et Madelon Wehrens. Disponible en anglais, en "
             "espagnol et en français.",
        "2": "Source : enquête de Network Wizards sur les domaines de l'Internet, janvier 1998.",
        "3": "Chiffres établis en 1996 pour le secteur bancaire des États-Unis.",
        "4": "La deuxième session coïncidera avec la célébration du cinquantième anniversaire du système "
             "commercial multilatéral.",
    },
}

# ---------------------------------------------------------------------------
# F. French, 2017, DOCX: Secretariat information note on online dispute resolution
# ---------------------------------------------------------------------------
DOCS["note-information-reglement-en-ligne-litiges-2017.docx"] = {
    "format": "docx", "variant": True, "lang": "fr", "created": (2017, 6, 19),
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "JOB/GC/128", "date": "19 juin 2017", "job": "(17-3305)",
    "body_line": "Conseil général", "original": "Original: anglais",
    "header_rows": [("ORGANISATION MONDIALE DU COMMERCE", "JOB/GC/128"), ("", "19 juin 2017"), ("(17-3305)", ""),
                    ("Conseil général", "Original: anglais")],
    "running_header": "JOB/GC/128", "heading_fmt": "upperRoman",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "LE RÈGLEMENT EN LIGNE DES LITIGES DE CONSOMMATION TRANSFRONTIÈRES"),
        ("center", "Note d'information du Secrétariat[^1]"),
        ("h", "I.", "INTRODUCTION"),
        ("np", "1", "Lors du débat sur le commerce électronique tenu au Conseil général le 3 mai 2017, plusieurs "
         "délégations ont souligné que la confiance des consommateurs était une condition du développement des "
         "achats transfrontières en ligne et ont demandé des informations sur les mécanismes de règlement des "
         "litiges. La présente note décrit les principaux mécanismes de règlement en ligne des litiges (RLL) et "
         "les travaux menés dans d'autres enceintes."),
        ("np", "2", "Lorsqu'un achat effectué auprès d'un vendeur étranger tourne mal, le consommateur dispose "
         "rarement d'un recours effectif : la valeur de l'achat est le plus souvent faible, les procédures "
         "judiciaires sont coûteuses et les décisions difficiles à exécuter dans un autre pays. Le RLL vise à "
         "offrir une procédure simple, rapide et peu coûteuse, conduite entièrement en ligne."),
        ("h", "II.", "TRAVAUX INTERNATIONAUX"),
        ("np", "3", "La Commission des Nations Unies pour le droit commercial international (CNUDCI) a adopté en "
         "juillet 2016 des Notes techniques sur le règlement des litiges en ligne, au terme de six années de "
         "travaux de son Groupe de travail III.[^2] Faute de consensus sur le caractère contraignant de la "
         "dernière étape de la procédure, les Notes techniques ne constituent pas un instrument juridique mais "
         "un ensemble de principes non contraignants : impartialité, transparence, procédure régulière, équité "
         "et responsabilité."),
        ("np", "4", "L'OCDE a révisé en mars 2016 sa Recommandation sur la protection du consommateur dans le "
         "commerce électronique, qui invite les gouvernements à donner aux consommateurs accès à des mécanismes "
         "de règlement des litiges justes, faciles à utiliser, transparents et efficaces, y compris en ligne, "
         "sans frais ni charges excessifs."),
        ("np", "5", "La procédure type décrite dans ces travaux comprend généralement trois étapes :"),
        ("li", 1, "une négociation assistée par la plateforme, au cours de laquelle les parties échangent "
         "directement en ligne ;"),
        ("li", 1, "une médiation conduite par un tiers neutre, si la négociation échoue ; et"),
        ("li", 1, "une décision ou une recommandation rendue par le tiers neutre, dont la force obligatoire "
         "dépend du système."),
        ("h", "III.", "EXPÉRIENCES NATIONALES ET RÉGIONALES"),
        ("np", "6", "Dans l'Union européenne, une plateforme de RLL est opérationnelle depuis le 15 février 2016. "
         "Elle permet aux consommateurs de déposer une plainte contre un commerçant établi dans l'Union et de la "
         "transmettre à un organisme de règlement extrajudiciaire agréé. Au cours de sa première année de "
         "fonctionnement, elle a reçu plus de 24 000 plaintes, dont environ un tiers concernaient des achats "
         "transfrontières.[^3]"),
        ("np", "7", "Au Mexique, le Bureau fédéral du consommateur (PROFECO) exploite depuis 2008 un système de "
         "conciliation en ligne, Concilianet, qui permet de traiter des réclamations contre des fournisseurs "
         "sans que les parties se déplacent. Au Brésil, la plateforme publique consumidor.gov.br, lancée en "
         "2014, met en relation les consommateurs et les entreprises inscrites, qui s'engagent à répondre dans "
         "un délai de dix jours."),
        ("np", "8", "Les grandes plateformes de commerce électronique ont mis en place leurs propres mécanismes. "
         "L'une d'elles traite, selon ses propres indications, environ 60 millions de litiges par an, dont la "
         "grande majorité est résolue sans intervention humaine."),
        ("np", "9", "En Chine, des tribunaux ont commencé à expérimenter le dépôt des plaintes et la tenue "
         "d'audiences en ligne pour les litiges liés au commerce électronique, notamment dans la province du "
         "Zhejiang.[^4]"),
        ("h", "IV.", "QUESTIONS POUR LES MEMBRES"),
        ("np", "10", "Les Membres souhaiteront peut-être examiner les questions suivantes :"),
        ("li", 2, "l'interopérabilité des mécanismes nationaux de RLL et la possibilité de transmettre une plainte "
         "d'un système à l'autre ;"),
        ("li", 2, "l'exécution transfrontière des décisions et des accords de règlement ;"),
        ("li", 2, "la place du RLL dans les programmes d'assistance technique destinés aux pays en développement "
         "et aux PME ; et"),
        ("li", 2, "les dispositions relatives à la protection des consommateurs et au règlement des litiges "
         "figurant dans les accords commerciaux régionaux.[^5]"),
        ("np", "11", "Le Secrétariat est prêt à organiser une séance d'information sur ces questions, avec la "
         "participation de la CNUDCI, de l'OCDE et de la CNUCED."),
    ],
    "footnotes": {
        "1": "La présente note a été établie sous la responsabilité du Secrétariat et ne préjuge pas des positions "
             "des Membres ni de leurs droits et obligations dans le cadre de l'OMC.",
        "2": "Les Notes techniques ont été adoptées à la quarante-neuvième session de la Commission, tenue à New "
             "York du 27 juin au 15 juillet 2016. Le Groupe de travail III avait entamé ses travaux sur la "
             "question en décembre 2010.",
        "3": "Chiffres publiés par la Commission européenne en mars 2017 ; les achats de vêtements et de "
             "chaussures en ligne étaient le secteur le plus souvent visé par les plaintes.",
        "4": "Depuis 2015, les tribunaux de Hangzhou acceptent le dépôt en ligne des plaintes relatives aux ventes "
             "en ligne, aux paiements en ligne et au droit d'auteur sur Internet.",
        "5": "Selon une base de données du Secrétariat, quelque 70 accords commerciaux régionaux notifiés à l'OMC "
             "comportent un chapitre ou des dispositions sur le commerce électronique.",
    },
}

# ---------------------------------------------------------------------------
# G. French, 2013, saved HTML (notes in a definition list, document in <main>): report
#    on a Committee on Government Procurement workshop on e-procurement
# ---------------------------------------------------------------------------
DOCS["atelier-marches-publics-electroniques-2013.html"] = {
    "format": "html", "variant": True, "lang": "fr", "notes_style": "dl", "wrapper": "main",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "GPA/W/326", "date": "4 octobre 2013", "job": "(13-5311)",
    "body_line": "Comité des marchés publics", "original": "Original: anglais",
    "page_title": "GPA/W/326 - Atelier sur les marchés publics électroniques et l'Accord révisé",
    "saved_from": "https://marches-publics-internationaux.example.fr/omc/GPA-W-326",
    "card": [("Cote", "GPA/W/326"), ("Date", "4 octobre 2013"), ("Organe", "Comité des marchés publics"),
             ("Type", "Rapport du Secrétariat"), ("Langues", "français, anglais, espagnol")],
    "related": ["Accord sur les marchés publics révisé (2012)", "Accessions à l'AMP",
                "Programme de travail sur le commerce électronique", "Statistiques des marchés publics"],
    "blocks": [
        ("title", "ATELIER SUR LES MARCHÉS PUBLICS ÉLECTRONIQUES ET L'ACCORD RÉVISÉ"),
        ("center", "Rapport du Secrétariat[^1]"),
        ("np", "1.", "Le Comité des marchés publics a organisé le 17 septembre 2013, à Genève, un atelier sur "
         "l'utilisation des moyens électroniques dans les marchés publics. L'atelier, auquel ont participé "
         "quelque 110 représentants des Parties à l'Accord sur les marchés publics (AMP), des observateurs et "
         "des pays en cours d'accession, visait à préparer la mise en œuvre de l'Accord révisé, adopté le "
         "30 mars 2012.[^2] Il s'inscrivait aussi dans les travaux sur le commerce électronique, les marchés "
         "publics étant l'un des domaines où l'administration électronique a le plus progressé."),
        ("h", "A.", "Les dispositions de l'Accord révisé"),
        ("np", "2.", "Le Secrétariat a rappelé que l'Accord révisé, contrairement au texte de 1994, encourage "
         "expressément l'utilisation des moyens électroniques. Les entités peuvent conduire les procédures par "
         "voie électronique à condition que les systèmes utilisés soient généralement disponibles et "
         "interopérables, et qu'ils garantissent l'intégrité des demandes de participation et des soumissions."),
        ("np", "3.", "L'Accord récompense aussi l'usage des moyens électroniques par des délais plus courts. Le "
         "délai minimal de 40 jours pour la présentation des soumissions peut être réduit de cinq jours dans "
         "chacun des cas suivants : l'avis est publié par voie électronique, la documentation est disponible par "
         "voie électronique dès la publication de l'avis, et les soumissions peuvent être reçues par voie "
         "électronique.[^3] L'Accord révisé encadre en outre le recours aux enchères électroniques."),
        ("h", "B.", "Expériences des Parties et des observateurs"),
        ("np", "4.", "Plusieurs intervenants ont présenté leur système national. Le tableau 1 en résume les "
         "principales caractéristiques."),
        ("caption", "Tableau 1 – Systèmes de marchés publics électroniques présentés à l'atelier"),
        ("table", [
            ["Système", "Membre", "Mise en service", "Statut au regard de l'AMP"],
            ["KONEPS", "Corée", "2002", "Partie à l'Accord"],
            ["ChileCompra", "Chili", "2003", "observateur auprès du Comité"],
            ["Portail national des marchés publics", "Portugal (Union européenne)", "2009", "Partie à l'Accord"],
            ["AusTender", "Australie", "2007", "observateur auprès du Comité"],
            ["e-Tender Box", "Hong Kong, Chine", "2000", "Partie à l'Accord"],
        ]),
        ("source", "Source : présentations des délégations. Pour le Portugal, l'année est celle à partir de "
         "laquelle l'utilisation des plateformes électroniques est devenue obligatoire."),
        ("np", "5.", "La Corée a expliqué que son système KONEPS, exploité par le Service des marchés publics, "
         "permettait de conduire toute la procédure en ligne, de la publication de l'avis jusqu'au paiement, et "
         "qu'il était utilisé par quelque 45 000 entités publiques et plus de 200 000 fournisseurs inscrits. "
         "Selon la délégation, le système permettait d'économiser environ 8 000 milliards de won par an en "
         "coûts de transaction."),
        ("np", "6.", "Le Chili a présenté sa plateforme, par laquelle passaient les achats de quelque 850 "
         "organismes publics.[^4] Il a souligné que les micro et petites entreprises remportaient une part des "
         "marchés passés sur la plateforme nettement supérieure à leur part dans l'économie."),
        ("np", "7.", "L'Union européenne a indiqué que le Portugal avait été le premier de ses États membres à "
         "rendre obligatoire, dès le 1er novembre 2009, l'utilisation de plateformes électroniques pour la "
         "plupart des marchés publics. Elle a présenté la proposition de nouvelle directive sur les marchés "
         "publics, qui prévoirait le passage généralisé à la soumission électronique quelques années après son "
         "adoption."),
        ("np", "8.", "L'Arménie, qui a accédé à l'AMP en 2011, a décrit la mise en place de son système de marchés "
         "publics électroniques avec l'appui de la Banque mondiale et les difficultés rencontrées pour former "
         "les fournisseurs établis hors de la capitale."),
        ("h", "C.", "Questions examinées"),
        ("np", "9.", "Les participants ont débattu des conditions d'une participation effective des fournisseurs "
         "étrangers aux procédures électroniques. Ils ont notamment relevé :"),
        ("sub", "a)", "la reconnaissance des signatures électroniques et des certificats émis dans d'autres pays, "
         "faute de laquelle un fournisseur étranger doit se déplacer pour s'inscrire ;"),
        ("sub", "b)", "l'interopérabilité des plateformes et l'utilisation de normes ouvertes ;"),
        ("sub", "c)", "l'accès des petites et moyennes entreprises, qui bénéficient de la gratuité de l'accès aux "
         "avis mais peuvent manquer des compétences nécessaires ; et"),
        ("sub", "d)", "la sécurité des données et la protection des informations commerciales confidentielles "
         "contenues dans les soumissions."),
        ("np", "10.", "Plusieurs observateurs, dont la Chine, qui négociait son accession à l'AMP,[^5] ont souligné "
         "que la transparence offerte par les systèmes électroniques contribuait aussi à la lutte contre la "
         "corruption."),
        ("np", "11.", "Le Président a conclu que l'atelier avait montré une convergence des pratiques et a suggéré "
         "que le Comité examine, dans le cadre de ses programmes de travail, la collecte de statistiques sur les "
         "marchés passés par voie électronique."),
    ],
    "footnotes": {
        "1": "Le présent rapport est établi sous la responsabilité du Secrétariat et ne préjuge pas des positions "
             "des Parties ou des observateurs.",
        "2": "Protocole portant amendement de l'Accord sur les marchés publics (GPA/113). Il entrera en vigueur "
             "lorsque les deux tiers des Parties auront déposé leur instrument d'acceptation.",
        "3": "Article XI:5 de l'Accord révisé. Les réductions cumulées ne peuvent toutefois ramener le délai à "
             "moins de dix jours.",
        "4": "Selon la délégation chilienne, les transactions réalisées sur la plateforme ont atteint environ "
             "9 800 millions de dollars EU en 2012.",
        "5": "La Chine a présenté sa première offre d'accession à l'AMP en décembre 2007.",
    },
}

# ---------------------------------------------------------------------------
# H. French, 2024, Markdown with setext headings: facilitator's report on a dedicated
#    discussion on competition and digital platforms
# ---------------------------------------------------------------------------
DOCS["discussion-specialisee-concurrence-plateformes-2024.md"] = {
    "format": "md", "variant": True, "lang": "fr", "md_style": "setext",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "JOB/GC/418", "date": "5 décembre 2024",
    "job": "(24-8841)", "body_line": "Conseil général", "original": "Original: anglais",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "DISCUSSION SPÉCIALISÉE SUR LA CONCURRENCE ET LES PLATEFORMES NUMÉRIQUES"),
        ("center", "Rapport de la Facilitatrice[^1]"),
        ("np", "1.", "Conformément à la Décision ministérielle adoptée à la treizième Conférence ministérielle, "
         "qui demande au Conseil général de redynamiser le Programme de travail, une discussion spécialisée sur "
         "la concurrence et les plateformes numériques s'est tenue le 7 novembre 2024 sous les auspices du "
         "Conseil général. Quelque 60 délégations y ont participé, ainsi que la CNUCED et l'OCDE. Le présent "
         "rapport est présenté sous ma propre responsabilité."),
        ("np", "2.", "Les plateformes numériques - places de marché, magasins d'applications, moteurs de "
         "recherche, réseaux sociaux - mettent en relation des millions d'entreprises et de consommateurs. Les "
         "effets de réseau et l'accumulation de données tendent toutefois à concentrer ces marchés autour de "
         "quelques opérateurs, devenus des intermédiaires incontournables pour de nombreuses petites "
         "entreprises, y compris dans les pays en développement."),
        ("h", "A.", "Approches réglementaires"),
        ("np", "3.", "La CNUCED a présenté un aperçu des régimes adoptés ou envisagés pour encadrer ex ante le "
         "comportement des grandes plateformes, en complément du droit de la concurrence traditionnel, appliqué "
         "ex post. Le tableau 1 en présente quelques exemples."),
        ("caption", "Tableau 1 – Exemples de régimes ex ante visant les grandes plateformes"),
        ("table", [
            ["Juridiction", "Instrument", "Adoption", "Situation en novembre 2024"],
            ["Union européenne", "Règlement sur les marchés numériques", "2022",
             "obligations applicables depuis mars 2024"],
            ["Allemagne", "Article 19a de la loi contre les restrictions de concurrence", "2021", "en vigueur"],
            ["Royaume-Uni", "Loi sur les marchés numériques, la concurrence et les consommateurs", "2024",
             "entrée en vigueur prévue en janvier 2025"],
            ["Japon", "Loi sur la concurrence des logiciels pour smartphones", "2024",
             "pleine application en décembre 2025"],
            ["Inde", "Projet de loi sur la concurrence numérique", "non adopté", "consultation publique en 2024"],
            ["Brésil", "Projet de loi n° 2768/2022", "non adopté", "examen parlementaire"],
        ]),
        ("np", "4.", "Dans l'Union européenne, six entreprises ont été désignées comme contrôleurs d'accès en "
         "septembre 2023 pour 22 services de plateforme essentiels.[^2] Elles doivent notamment permettre aux "
         "entreprises utilisatrices de proposer leurs produits à d'autres conditions en dehors de la plateforme "
         "et s'abstenir de favoriser leurs propres services dans les classements."),
        ("np", "5.", "L'OCDE a indiqué que plus de 30 juridictions avaient adopté, proposé ou étudié une "
         "réglementation de ce type et que la coopération entre autorités de la concurrence était nécessaire "
         "pour éviter des exigences contradictoires pour les entreprises présentes sur de nombreux marchés."),
        ("h", "B.", "Points de vue exprimés"),
        ("np", "6.", "Plusieurs délégations de pays en développement ont souligné la dépendance de leurs micro, "
         "petites et moyennes entreprises à l'égard des places de marché et des magasins d'applications "
         "étrangers. L'Afrique du Sud a rappelé l'enquête de marché menée par sa Commission de la concurrence "
         "sur les plateformes d'intermédiation en ligne, dont le rapport final, publié en juillet 2023, avait "
         "conduit plusieurs plateformes à modifier leurs pratiques envers les entreprises locales.[^3]"),
        ("np", "7.", "Les États-Unis ont estimé que certaines réglementations visaient de fait les entreprises d'un "
         "seul pays et ont demandé que les critères de désignation reposent sur des considérations objectives "
         "et non discriminatoires. L'Union européenne a répondu que les seuils retenus s'appliquaient "
         "indépendamment de la nationalité des entreprises, comme le montrait la désignation d'une entreprise "
         "chinoise."),
        ("np", "8.", "L'Inde et l'Indonésie ont souligné que la politique de la concurrence relevait de la marge de "
         "manœuvre des Membres et ne devait pas faire l'objet de nouvelles disciplines à l'OMC. Le Kenya a "
         "évoqué les commissions prélevées par les magasins d'applications, qui pouvaient atteindre 30 pour cent "
         "du prix de vente, et leurs effets sur les développeurs africains."),
        ("np", "9.", "Plusieurs délégations ont rappelé que l'OMC avait examiné l'interaction du commerce et de la "
         "politique de la concurrence au sein d'un groupe de travail créé à Singapour en 1996, dont les travaux "
         "avaient été interrompus en 2004.[^4] Certaines ont suggéré que les discussions du Programme de travail "
         "se limitent à un échange d'expériences."),
        ("h", "C.", "Observations de la Facilitatrice"),
        ("np", "10.", "Il ressort de la discussion que les Membres s'intéressent à l'échange d'informations sur les "
         "régimes applicables aux plateformes et sur leurs effets pour les exportateurs des pays en "
         "développement. Je suggère que le Secrétariat, en coopération avec la CNUCED et l'OCDE, prépare une "
         "compilation factuelle des régimes nationaux et que la question soit reprise lors de l'examen "
         "périodique de juillet 2025."),
    ],
    "footnotes": {
        "1": "Les discussions spécialisées sont facilitées par des délégués désignés par le Président du Conseil "
             "général ; celle-ci était la troisième tenue en 2024.",
        "2": "Alphabet, Amazon, Apple, ByteDance, Meta et Microsoft. Booking a été désignée comme septième "
             "contrôleur d'accès en mai 2024.",
        "3": "La Commission de la concurrence sud-africaine avait ouvert l'enquête en mai 2021 ; celle-ci "
             "portait notamment sur les places de marché, les sites de réservation de voyages, les magasins "
             "d'applications et la livraison de repas.",
        "4": "Groupe de travail de l'interaction du commerce et de la politique de la concurrence, établi par la "
             "Déclaration ministérielle de Singapour de décembre 1996. Par sa décision du 1er août 2004, le "
             "Conseil général a décidé qu'aucun travail en vue de négociations n'aurait lieu sur cette question "
             "dans le cadre du Programme de Doha.",
    },
}

# ---------------------------------------------------------------------------
# I. Spanish, 2011, one-page PDF: Ministerial Decision of the Eighth Session
# ---------------------------------------------------------------------------
DOCS["decision-ministerial-programa-trabajo-ginebra-2011.pdf"] = {
    "format": "pdf", "variant": True, "lang": "es", "layout": "fr_one", "font": "Times-Roman", "size": 9.2,
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "WT/L/843", "date": "19 de diciembre de 2011",
    "job": "(11-6658)", "body_line": "Conferencia Ministerial", "original": "Original: inglés",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("center", "Decisión Ministerial de 17 de diciembre de 2011[^1]"),
        ("center", "Octavo período de sesiones, Ginebra, 15-17 de diciembre de 2011"),
        ("p", "La Conferencia Ministerial, recordando la Declaración sobre el Comercio Electrónico Mundial de "
         "20 de mayo de 1998 y el Programa de Trabajo establecido por el Consejo General el 25 de septiembre "
         "de 1998, así como sus Decisiones de 2005 y 2009 sobre el Programa de Trabajo, tomando nota de la "
         "rápida expansión del uso de Internet y de las comunicaciones móviles en los países en desarrollo, y "
         "reconociendo que el comercio electrónico ofrece nuevas oportunidades de crecimiento y de desarrollo a "
         "los Miembros, decide lo siguiente:"),
        ("np", "1.", "Tomamos nota de los informes del Consejo General y de sus órganos auxiliares y convenimos "
         "en revigorizar el Programa de Trabajo sobre el Comercio Electrónico, de conformidad con el mandato "
         "establecido en 1998 y teniendo en cuenta la evolución de la tecnología y del comercio desde entonces."),
        ("np", "2.", "Los órganos encargados del Programa de Trabajo, a saber, el Consejo del Comercio de "
         "Servicios, el Consejo del Comercio de Mercancías, el Consejo de los ADPIC y el Comité de Comercio y "
         "Desarrollo, proseguirán su labor en sus respectivos ámbitos y podrán organizar, cuando proceda, "
         "debates específicos sobre cuestiones transversales bajo los auspicios del Consejo General."),
        ("np", "3.", "El Programa de Trabajo seguirá examinando, entre otras cosas:"),
        ("sub", "a)", "las cuestiones relacionadas con el comercio y el desarrollo, incluido el acceso de las "
         "microempresas y de las pequeñas y medianas empresas de los países en desarrollo, en particular de los "
         "países menos adelantados, al comercio electrónico y a la conectividad a Internet;"),
        ("sub", "b)", "el trato comercial de los programas informáticos suministrados electrónicamente; y"),
        ("sub", "c)", "la relación entre el comercio electrónico y las formas tradicionales de comercio, así como "
         "las repercusiones de la práctica de no imponer derechos de aduana a las transmisiones electrónicas."),
        ("np", "4.", "El Programa de Trabajo seguirá ajustándose a los principios fundamentales de la OMC, entre "
         "ellos la no discriminación, la previsibilidad y la transparencia."),
        ("np", "5.", "Alentamos a los Miembros a presentar comunicaciones sobre sus experiencias nacionales, "
         "en particular en materia de protección de los consumidores en línea, seguridad de las transacciones y "
         "reconocimiento jurídico de las firmas electrónicas, a fin de que el intercambio de información sea más "
         "sustantivo."),
        ("np", "6.", "Encomendamos al Consejo General que celebre exámenes periódicos en sus reuniones de julio y "
         "de diciembre de 2012 y 2013, sobre la base de los informes presentados por los órganos competentes de "
         "la OMC, y que presente un informe en nuestro próximo período de sesiones."),
        ("np", "7.", "Invitamos al Comité de Comercio y Desarrollo a intensificar su examen de la dimensión de "
         "desarrollo del comercio electrónico y a prestar especial atención a las necesidades de asistencia "
         "técnica y de creación de capacidad de los países en desarrollo Miembros."),
        ("np", "8.", "Tomamos nota de los trabajos complementarios que realizan otras organizaciones "
         "intergubernamentales, como la UNCTAD, la UIT y la CNUDMI, y pedimos a la Secretaría que mantenga "
         "informado de ellos al Consejo General."),
        ("np", "9.", "Los Miembros mantendrán la práctica actual de no imponer derechos de aduana a las "
         "transmisiones electrónicas hasta nuestro próximo período de sesiones, que hemos decidido celebrar en "
         "2013.[^2]"),
    ],
    "footnotes": {
        "1": "Adoptada en la sesión de clausura, presidida por el Sr. Olusegun Olutoyin Aganga, Ministro de "
             "Comercio e Inversión de Nigeria y Presidente de la Conferencia.",
        "2": "En el mismo período de sesiones, la Conferencia aprobó la adhesión de la Federación de Rusia, "
             "Samoa y Montenegro, y adoptó decisiones sobre los países menos adelantados, las economías pequeñas "
             "y las reclamaciones no basadas en una infracción en el marco del Acuerdo sobre los ADPIC.",
    },
}

# ---------------------------------------------------------------------------
# J. Spanish, 2010, PDF of several pages (render7's "es_minutes" furniture): Secretariat
#    background note on audiovisual services supplied online
# ---------------------------------------------------------------------------
DOCS["nota-secretaria-servicios-audiovisuales-linea-2010.pdf"] = {
    "format": "pdf", "variant": True, "lang": "es", "layout": "es_minutes", "font": "Helvetica", "size": 10,
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "symbol": "S/C/W/312", "date": "8 de febrero de 2010", "job": "(10-0644)",
    "body_line": "Consejo del Comercio de Servicios", "original": "Original: inglés",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "LOS SERVICIOS AUDIOVISUALES Y EL SUMINISTRO EN LÍNEA"),
        ("center", "Nota de antecedentes de la Secretaría[^1]"),
        ("h", "I.", "INTRODUCCIÓN", 1),
        ("np", "1.", "En su reunión de octubre de 2009, el Consejo del Comercio de Servicios pidió a la Secretaría "
         "que actualizara la información sobre los servicios audiovisuales, teniendo en cuenta que los "
         "Ministros, en su séptimo período de sesiones, habían convenido en revigorizar el Programa de Trabajo "
         "sobre el Comercio Electrónico. La presente nota examina la evolución del sector desde la nota de "
         "antecedentes de 1998[^2] y, en particular, las consecuencias del suministro de contenidos "
         "audiovisuales por Internet."),
        ("h", "II.", "EVOLUCIÓN DEL MERCADO", 1),
        ("np", "2.", "Desde 2005, la difusión de la banda ancha ha transformado la distribución de contenidos "
         "audiovisuales. Los servicios de vídeo a la carta, la televisión por protocolo de Internet (IPTV) y las "
         "plataformas de vídeos generados por los usuarios permiten acceder a películas, series y música desde "
         "cualquier lugar, a menudo sin la intermediación de los organismos de radiodifusión tradicionales. La "
         "mayor plataforma de vídeos compartidos, creada en 2005, fue adquirida al año siguiente por 1.650 "
         "millones de dólares EE.UU."),
        ("np", "3.", "La música grabada fue el primer sector afectado. Según la industria discográfica, las ventas "
         "digitales representaron alrededor del 27 por ciento de los ingresos mundiales de la música grabada en "
         "2009, frente a menos del 5 por ciento en 2004.[^3]"),
        ("np", "4.", "El cine y la televisión siguen ese camino, aunque a un ritmo menor. Las ventanas de "
         "explotación tradicionales (salas, vídeo doméstico, televisión de pago y televisión en abierto) se ven "
         "alteradas por la posibilidad de ofrecer las obras en línea en todo el mundo al mismo tiempo, y también "
         "por la piratería."),
        ("h", "III.", "CUESTIONES DE CLASIFICACIÓN", 1),
        ("np", "5.", "En la Lista de Clasificación Sectorial de los Servicios (documento MTN.GNS/W/120), los "
         "servicios audiovisuales figuran en la sección 2.D, que comprende seis subsectores:"),
        ("sub", "a)", "servicios de producción y distribución de películas cinematográficas y cintas de vídeo;"),
        ("sub", "b)", "servicios de proyección de películas cinematográficas;"),
        ("sub", "c)", "servicios de radio y televisión;"),
        ("sub", "d)", "servicios de transmisión de radio y televisión;"),
        ("sub", "e)", "grabación sonora; y"),
        ("sub", "f)", "otros."),
        ("np", "6.", "El suministro en línea plantea la cuestión de la frontera entre estos subsectores y los "
         "servicios de telecomunicaciones o de informática. Algunos Miembros consideran que la transmisión de un "
         "programa por Internet es un servicio de telecomunicaciones, mientras que el contenido transmitido "
         "sigue siendo un servicio audiovisual; otros sostienen que el vídeo a la carta es una actividad nueva, "
         "no prevista en 1991. La mayoría coincide en que los compromisos se aplican con independencia del "
         "medio tecnológico, salvo que la lista disponga otra cosa."),
        ("h", "IV.", "COMPROMISOS Y EXENCIONES NMF", 1),
        ("np", "7.", "El sector audiovisual es uno de los que cuentan con menos compromisos en el marco del AGCS. "
         "Al 31 de diciembre de 2009, 30 Miembros habían contraído compromisos en al menos un subsector "
         "audiovisual. El cuadro 1 muestra su distribución por subsector."),
        ("caption", "Cuadro 1 - Miembros con compromisos en los subsectores audiovisuales, 2009"),
        ("table", [
            ["Subsector (2.D)", "Miembros", "En desarrollo"],
            ["a) Producción y distribución", "26", "17"],
            ["b) Proyección", "17", "11"],
            ["c) Radio y televisión", "9", "6"],
            ["d) Transmisión", "11", "7"],
            ["e) Grabación sonora", "18", "12"],
            ["f) Otros", "6", "4"],
            ["Al menos un subsector", "30", "20"],
        ]),
        ("source", "Fuente: listas de compromisos específicos. No se incluyen las ofertas presentadas en la Ronda "
         "de Doha ni los compromisos de los Miembros en proceso de adhesión."),
        ("np", "8.", "El sector se caracteriza también por el gran número de exenciones del trato de la nación más "
         "favorecida (NMF): más de 100 exenciones, consignadas por unos 50 Miembros, se refieren a acuerdos de "
         "coproducción cinematográfica y televisiva, a programas de apoyo y a cuotas de difusión. Muchas no "
         "tienen una duración determinada, aunque el Anexo sobre Exenciones de las Obligaciones del Artículo II "
         "dispone que, en principio, no deberían exceder de 10 años.[^4]"),
        ("h", "V.", "CUESTIONES DE POLÍTICA", 1),
        ("np", "9.", "Las políticas audiovisuales responden a menudo a objetivos culturales. La Convención de la "
         "UNESCO sobre la Protección y la Promoción de la Diversidad de las Expresiones Culturales, adoptada en "
         "octubre de 2005, entró en vigor el 18 de marzo de 2007.[^5] Varios Miembros se han preguntado cómo "
         "pueden aplicarse a los servicios en línea medidas tradicionales como las cuotas de contenido "
         "nacional, cuando los consumidores pueden acceder a catálogos extranjeros prácticamente ilimitados."),
        ("np", "10.", "Otros Miembros han observado que el suministro en línea reduce los costos de distribución y "
         "abre nuevas posibilidades a los productores de los países en desarrollo. Se ha citado el ejemplo de la "
         "industria cinematográfica de Nigeria, que produce más de 1.000 películas al año, distribuidas sobre "
         "todo en vídeo y, cada vez más, por Internet."),
        ("np", "11.", "Los Miembros quizá deseen examinar la clasificación de los nuevos servicios en línea, el "
         "alcance de los compromisos existentes con respecto al suministro transfronterizo por medios "
         "electrónicos y su experiencia con las medidas de apoyo al contenido nacional en el entorno digital."),
    ],
    "footnotes": {
        "1": "La presente nota ha sido preparada bajo la responsabilidad de la Secretaría y sin perjuicio de las "
             "posiciones de los Miembros ni de sus derechos y obligaciones en el marco de la OMC.",
        "2": "Documento S/C/W/40, de 15 de junio de 1998.",
        "3": "Federación Internacional de la Industria Fonográfica (IFPI), Digital Music Report 2010. Los "
             "ingresos digitales de la industria ascendieron a unos 4.200 millones de dólares EE.UU. en 2009.",
        "4": "El Anexo prevé que el Consejo examine las exenciones concedidas por un período de más de cinco "
             "años; el primer examen se realizó en 2000.",
        "5": "Al 31 de diciembre de 2009, la Convención contaba con 104 Partes, entre ellas la Unión Europea.",
    },
}

# ---------------------------------------------------------------------------
# K. Spanish, 2002, plain-text export (notes as superscripts, listed at the end): report
#    of a meeting of the Committee on Trade in Financial Services
# ---------------------------------------------------------------------------
DOCS["comite-servicios-financieros-informe-comercio-electronico-2002.txt"] = {
    "format": "txt", "variant": True, "lang": "es", "txt_style": "memo",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "S/FIN/M/37", "date": "5 de noviembre de 2002",
    "job": "(02-6081)", "body_line": "Comité del Comercio de Servicios Financieros", "original": "Original: inglés",
    "blocks": [
        ("title", "INFORME DE LA REUNIÓN CELEBRADA EL 3 DE OCTUBRE DE 2002"),
        ("center", "Nota de la Secretaría"),
        ("p", "Presidente: Sr. Tomás Ferreira (Uruguay)"),
        ("h", "C.", "COMERCIO ELECTRÓNICO Y SERVICIOS FINANCIEROS"),
        ("np", "C.1", "El Presidente recordó que, en el marco del Programa de Trabajo sobre el Comercio "
         "Electrónico, el Consejo del Comercio de Servicios había invitado al Comité a examinar las "
         "repercusiones del comercio electrónico en los servicios financieros. En la reunión de junio, varias "
         "delegaciones habían sugerido que el debate se centrara en la banca por Internet, los pagos "
         "electrónicos y la supervisión prudencial de los servicios suministrados a distancia."),
        ("np", "C.2", "El representante de la Secretaría presentó una nota informal[^1] según la cual, en 2001, "
         "unos 50 millones de clientes de bancos de los países de la OCDE utilizaban servicios de banca por "
         "Internet,[^2] y algunos bancos que operaban exclusivamente en línea habían empezado a captar clientes "
         "en otros países. Recordó que el Entendimiento relativo a los compromisos en materia de servicios "
         "financieros contenía disposiciones específicas sobre el suministro transfronterizo."),
        ("np", "C.3", "El representante del Canadá señaló que la banca por Internet planteaba la cuestión del "
         "lugar en que se suministra el servicio. Cuando un consumidor abre una cuenta en el sitio web de un "
         "banco extranjero, no está claro si se trata de suministro transfronterizo (modo 1) o de consumo en el "
         "extranjero (modo 2). Como muchos Miembros han contraído compromisos más amplios en el modo 2, la "
         "respuesta tiene consecuencias prácticas."),
        ("np", "C.4", "El representante de las Comunidades Europeas informó de que la Directiva sobre el comercio "
         "electrónico, que debía incorporarse al derecho nacional a más tardar el 17 de enero de 2002, aplicaba "
         "el principio del país de origen a los servicios de la sociedad de la información, incluidos los "
         "servicios financieros en línea, con algunas excepciones. Añadió que acababa de adoptarse una directiva "
         "sobre la comercialización a distancia de servicios financieros destinados a los consumidores.[^3]"),
        ("np", "C.5", "El representante de los Estados Unidos dijo que los reguladores de su país aplicaban el "
         "principio de neutralidad tecnológica: las mismas normas prudenciales se aplicaban a un servicio con "
         "independencia de que se prestara en una sucursal o en línea. Señaló que los pagos con tarjeta en "
         "Internet crecían con rapidez y que la seguridad de las transacciones seguía siendo la principal "
         "preocupación de los consumidores."),
        ("np", "C.6", "El representante del Japón describió la autorización, en 2000 y 2001, de los primeros bancos "
         "de su país que operaban sin sucursales, exclusivamente por Internet o mediante cajeros automáticos "
         "instalados en tiendas de conveniencia."),
        ("np", "C.7", "El representante de la India señaló que los servicios financieros en línea ofrecían "
         "oportunidades a los proveedores de servicios de tecnología de la información de los países en "
         "desarrollo, por ejemplo en el procesamiento de datos para bancos extranjeros. Advirtió, sin embargo, "
         "que la supervisión de proveedores situados fuera del territorio planteaba dificultades a los "
         "reguladores de los países en desarrollo, cuya capacidad era limitada."),
        ("np", "C.8", "El representante del Brasil informó de que el sistema de pagos de su país se había reformado "
         "en abril de 2002 con la puesta en marcha de un sistema de transferencias en tiempo real entre bancos, "
         "y de que más de 8 millones de clientes utilizaban ya la banca por Internet en el Brasil."),
        ("np", "C.9", "El representante de Suiza subrayó la importancia de la cooperación entre supervisores, en "
         "particular en el marco del Comité de Supervisión Bancaria de Basilea, que había publicado en 2001 "
         "unos principios de gestión de riesgos para la banca electrónica.[^4]"),
        ("np", "C.10", "El representante de Malasia dijo que el banco central de su país había autorizado a los "
         "bancos nacionales a ofrecer servicios de banca por Internet desde el 1 de junio de 2000, y a los bancos "
         "de propiedad extranjera desde el 1 de enero de 2002, tras un período de transición destinado a "
         "fortalecer a las instituciones nacionales."),
        ("np", "C.11", "Respondiendo a una pregunta de la India, el representante de la Secretaría indicó que el "
         "Anexo sobre Servicios Financieros permitía a los Miembros adoptar medidas por motivos cautelares, "
         "también con respecto a los servicios suministrados por medios electrónicos, y que ninguna de las "
         "cuestiones planteadas había dado lugar hasta entonces a una diferencia."),
        ("np", "C.12", "El Presidente propuso que la Secretaría actualizara su nota informal a la luz del debate y "
         "que el Comité volviera a examinar el tema en su primera reunión de 2003. El Comité así lo acuerda."),
    ],
    "footnotes": {
        "1": "La nota informal, titulada «El comercio electrónico y los servicios financieros», se distribuyó el "
             "20 de septiembre de 2002 con la signatura JOB(02)/141.",
        "2": "Estimación de la OCDE. En los países nórdicos, más del 30 por ciento de la población adulta "
             "utilizaba ya la banca por Internet.",
        "3": "Directiva 2002/65/CE, adoptada el 23 de septiembre de 2002. Los Estados miembros disponen de dos "
             "años para incorporarla a su derecho nacional.",
        "4": "Los principios, publicados en mayo de 2001, son 14 y abarcan la vigilancia por el consejo de "
             "administración, los controles de seguridad y la gestión de los riesgos jurídicos y de reputación.",
    },
}

# ---------------------------------------------------------------------------
# L. Spanish, 2026, saved HTML (notes as popovers after their paragraph, neither <main>
#    nor <article>): Secretariat summary of an information session on submarine cables
# ---------------------------------------------------------------------------
DOCS["sesion-informativa-cables-submarinos-resiliencia-2026.html"] = {
    "format": "html", "variant": True, "lang": "es", "notes_style": "popover", "wrapper": "none",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "JOB/GC/471", "date": "27 de febrero de 2026",
    "job": "(26-1388)", "body_line": "Consejo General", "original": "Original: inglés",
    "page_title": "JOB/GC/471 - Resiliencia de la infraestructura digital y comercio electrónico",
    "saved_from": "https://observatorio-comercio-digital.example.org/omc/JOB-GC-471",
    "card": [("Signatura", "JOB/GC/471"), ("Fecha", "27 de febrero de 2026"), ("Órgano", "Consejo General"),
             ("Tipo", "Resumen de la Secretaría"), ("Idiomas", "español, francés, inglés")],
    "related": ["Programa de Trabajo sobre el Comercio Electrónico", "Preparativos de la CM14",
                "Ayuda para el Comercio y conectividad digital", "Servicios de telecomunicaciones"],
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "SESIÓN INFORMATIVA SOBRE LA RESILIENCIA DE LA INFRAESTRUCTURA DIGITAL Y EL COMERCIO "
         "ELECTRÓNICO"),
        ("center", "Resumen de la Secretaría[^1]"),
        ("np", "1.", "El 10 de febrero de 2026 se celebró, bajo los auspicios del Consejo General, una sesión "
         "informativa sobre la resiliencia de la infraestructura digital, en particular de los cables "
         "submarinos, y sus consecuencias para el comercio electrónico. La sesión, propuesta por Nigeria y "
         "Tonga con el apoyo de Singapur, reunió a unas 80 delegaciones."),
        ("np", "2.", "La Unión Internacional de Telecomunicaciones (UIT) recordó que los cables submarinos "
         "transportan más del 99 por ciento del tráfico intercontinental de datos y que cada año se producen "
         "entre 150 y 200 averías, en su mayoría causadas accidentalmente por anclas y artes de pesca. En 2024, "
         "5.500 millones de personas utilizaban Internet, es decir, el 68 por ciento de la población "
         "mundial.[^2]"),
        ("h", "A.", "Incidentes recientes"),
        ("np", "3.", "Varios incidentes de los últimos años han puesto de manifiesto la vulnerabilidad de las "
         "economías que dependen de un número reducido de cables. El cuadro 1 resume los casos examinados "
         "durante la sesión."),
        ("caption", "Cuadro 1 - Incidentes examinados durante la sesión"),
        ("table", [
            ["Fecha", "Zona", "Cables dañados", "Consecuencias"],
            ["enero de 2022", "Tonga", "1", "más de cinco semanas casi sin conexión internacional"],
            ["febrero de 2024", "mar Rojo", "3", "desvío de cerca de una cuarta parte del tráfico entre Asia y "
             "Europa"],
            ["marzo de 2024", "África Occidental", "4", "perturbaciones en unos 13 países"],
            ["noviembre de 2024", "mar Báltico", "2", "reparaciones terminadas en menos de dos semanas"],
        ]),
        ("np", "4.", "Tonga explicó que la erupción del volcán Hunga Tonga-Hunga Ha'apai, el 15 de enero de 2022, "
         "cortó el único cable que conectaba el país con el exterior. Durante más de cinco semanas, las "
         "comunicaciones dependieron de una capacidad satelital muy limitada, y los pagos electrónicos, las "
         "remesas y las reservas turísticas quedaron prácticamente interrumpidos.[^3]"),
        ("np", "5.", "Nigeria describió los efectos de la avería simultánea de cuatro cables frente a la costa de "
         "Côte d'Ivoire en marzo de 2024, causada por un deslizamiento submarino.[^4] Los bancos y las "
         "plataformas de pago sufrieron interrupciones durante varios días, y algunos países vecinos perdieron "
         "casi toda su conectividad internacional."),
        ("np", "6.", "La representante de una asociación del sector recordó que en el mundo solo existen unos 60 "
         "buques de reparación de cables, muchos de ellos antiguos, y que la obtención de permisos para operar "
         "en aguas territoriales puede retrasar las reparaciones varias semanas."),
        ("h", "B.", "Respuestas de política"),
        ("np", "7.", "La UIT y el Comité Internacional de Protección de Cables presentaron el Órgano Consultivo "
         "Internacional para la Resiliencia de los Cables Submarinos, creado en noviembre de 2024, y la "
         "Declaración de Abuya, que recomienda agilizar los permisos de reparación y diversificar las rutas.[^5]"),
        ("np", "8.", "La Unión Europea presentó su plan de acción sobre la seguridad de los cables, adoptado en "
         "febrero de 2025. Singapur explicó que exigía que los nuevos cables que llegan a su territorio "
         "utilizaran estaciones de amarre distintas para reducir el riesgo de averías simultáneas."),
        ("np", "9.", "Varios países en desarrollo insulares o sin litoral subrayaron que dependían de cables que no "
         "controlaban y pidieron que la Ayuda para el Comercio apoyara rutas alternativas, como enlaces "
         "terrestres y satélites de órbita baja. Algunas delegaciones señalaron que la reparación y el tendido "
         "de cables podían verse afectados por medidas que restringen la entrada de buques extranjeros."),
        ("h", "C.", "Relación con el Programa de Trabajo"),
        ("np", "10.", "Varias delegaciones señalaron que una infraestructura resiliente era condición previa para "
         "que las MIPYME aprovecharan el comercio electrónico y que el tema debía formar parte de la dimensión de "
         "desarrollo del Programa de Trabajo. El Presidente del Consejo General dijo que tendría en cuenta la "
         "sesión en su informe sobre el Programa de Trabajo a la CM14, que se celebrará en Yaundé (Camerún) del "
         "26 al 29 de marzo de 2026."),
    ],
    "footnotes": {
        "1": "El presente resumen se ha preparado bajo la responsabilidad de la Secretaría y sin perjuicio de las "
             "posiciones de los Miembros.",
        "2": "Datos de la UIT (Facts and Figures 2024). A finales de 2025 se estimaba en unos 570 el número de "
             "cables submarinos en servicio.",
        "3": "La conexión se restableció el 22 de febrero de 2022, cuando un buque de reparación terminó de "
             "sustituir un tramo de unos 90 kilómetros de cable.",
        "4": "Los cables afectados fueron WACS, MainOne, SAT-3 y ACE.",
        "5": "La Declaración se adoptó en la Cumbre Internacional sobre la Resiliencia de los Cables Submarinos, "
             "celebrada en Abuya los días 26 y 27 de febrero de 2025.",
    },
}
