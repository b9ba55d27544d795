"""The twelve documents of the eleventh held-out dev corpus, as data.

Rendered by build.py (through render11.py, ../heldout7/render7.py and ../render.py).
Blocks: ("title", text), ("center", text), ("p", text), ("h", number, text[, level]),
("np", number, text), ("sub", label, text), ("li", list id, text), ("caption", text),
("table", rows), ("source", text).  "[^n]" marks a footnote call; the notes are in
"footnotes".  "variant": rendered by the builders of render11.VARIANTS.

Written for wtoqa's evaluation from public facts, with invented but realistic detail
(figures, names of speakers, some dates and symbols); these are not official WTO texts.
"""

DOCS = {}

# ---------------------------------------------------------------------------
# A. English, 2012, PDF of several pages in a new layout ("banner"; numbered sections
#    1.1, a statistical table, footnotes): Secretariat note on e-commerce statistics
# ---------------------------------------------------------------------------
DOCS["comtd-note-measuring-ecommerce-statistics-2012.pdf"] = {
    "format": "pdf", "variant": True, "lang": "en", "layout": "banner", "font": "Helvetica", "size": 9.8,
    "org": "WORLD TRADE ORGANIZATION", "symbol": "WT/COMTD/W/188", "date": "19 October 2012",
    "job": "(12-5617)", "body_line": "Committee on Trade and Development", "original": "Original: English",
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "MEASURING ELECTRONIC COMMERCE: AVAILABLE STATISTICS AND GAPS"),
        ("center", "Note by the Secretariat[^1]"),
        ("h", "1", "INTRODUCTION", 1),
        ("np", "1.1", "At its eighty-fourth session, on 2 July 2012, the Committee on Trade and Development "
         "discussed the development dimension of electronic commerce. Several delegations observed that the "
         "debate was hampered by the lack of reliable figures on the size of electronic commerce in developing "
         "countries and asked the Secretariat to prepare a short factual note on the statistics that exist, "
         "their sources and their main limitations."),
        ("np", "1.2", "This note responds to that request. Section 2 recalls the definitions used by statistical "
         "offices, Section 3 summarizes the data currently available, Section 4 identifies the main gaps and "
         "Section 5 lists the technical assistance offered by international organizations in this area."),
        ("h", "2", "DEFINITIONS", 1),
        ("np", "2.1", "Most national statistical offices follow the definition agreed within the Organisation for "
         "Economic Co-operation and Development (OECD), under which an electronic commerce transaction is the "
         "sale or purchase of goods or services conducted over computer networks by methods specifically "
         "designed for the purpose of receiving or placing orders.[^2] The goods or services are ordered by "
         "those methods, but the payment and the ultimate delivery do not have to be conducted online."),
        ("np", "2.2", "The definition excludes orders made by telephone calls, facsimile or manually typed "
         "e-mails. It covers both transactions over the Internet and those conducted through electronic data "
         "interchange (EDI) between enterprises, which still accounted for the larger part of business-to-"
         "business sales in most developed economies in 2011."),
        ("np", "2.3", "The Work Programme adopted by the General Council in 1998 used a broader notion, namely the "
         "production, distribution, marketing, sale or delivery of goods and services by electronic means. "
         "Figures compiled under the OECD definition therefore capture only part of what Members discuss under "
         "the Work Programme, and in particular they do not measure cross-border deliveries of digital content "
         "as such."),
        ("h", "3", "AVAILABLE DATA", 1),
        ("np", "3.1", "Three types of sources are available. Household surveys measure how many individuals use "
         "the Internet and how many of them buy online; enterprise surveys on the use of information and "
         "communication technologies measure the share of firms that sell or buy online and the value of "
         "their online sales; and private market research firms publish estimates of online retail sales "
         "based on company reports."),
        ("np", "3.2", "Internet use has grown fast in developing regions but remains very uneven. According to "
         "the International Telecommunication Union (ITU), about one third of the world's population used the "
         "Internet at the end of 2011, compared with one in six in 2005.[^3] Table 1 combines the ITU figures "
         "with estimates of online retail sales for selected economies."),
        ("caption", "Table 1: Internet use and online retail sales, selected economies, 2011"),
        ("table", [
            ["Economy", "Internet users (%)", "Online retail (US$ bn)", "Share of retail (%)"],
            ["United States", "78", "194.3", "4.6"],
            ["China", "38", "120.6", "4.3"],
            ["Japan", "79", "85.0", "3.1"],
            ["United Kingdom", "82", "62.9", "10.2"],
            ["Korea, Republic of", "84", "21.4", "6.0"],
            ["Brazil", "45", "10.3", "2.7"],
            ["India", "10", "1.6", "0.3"],
            ["South Africa", "21", "0.5", "0.4"],
        ]),
        ("source", "Sources: ITU, World Telecommunication/ICT Indicators database; market research estimates "
         "compiled by the Secretariat. Online retail excludes travel and event tickets."),
        ("np", "3.3", "Official enterprise surveys that include questions on electronic sales were conducted in 2011 "
         "in all OECD countries but in only 23 developing economies. In Latin America, Brazil, Chile, Colombia "
         "and Mexico have run such surveys regularly; in Africa, only Egypt, Mauritius and South Africa had "
         "published results by mid-2012.[^4]"),
        ("np", "3.4", "Estimates of business-to-consumer sales diverge widely from one source to another, because "
         "firms differ in their treatment of travel services, digital downloads and sales by foreign websites. "
         "For China, for instance, published estimates of online retail sales for 2011 range from US$ 90 "
         "billion to more than US$ 120 billion."),
        ("h", "4", "MAIN GAPS", 1),
        ("np", "4.1", "Members' attention is drawn to the following gaps:"),
        ("sub", "(a)", "there is no internationally comparable measure of cross-border electronic commerce, since "
         "customs declarations do not record whether goods were ordered online;"),
        ("sub", "(b)", "balance of payments statistics do not separate services delivered electronically from "
         "services delivered by other modes;"),
        ("sub", "(c)", "very few least-developed countries collect data on the use of the Internet by enterprises; "
         "and"),
        ("sub", "(d)", "mobile telephone payments, which have spread quickly in East Africa, are not covered by "
         "the enterprise or household surveys of most countries."),
        ("np", "4.2", "The gap concerning cross-border transactions is the most relevant for the WTO. Postal "
         "operators report that small parcels exchanged between countries grew by more than 10 per cent a year "
         "between 2008 and 2011,[^5] but no statistical office can say what share of these parcels corresponds "
         "to goods bought online."),
        ("h", "5", "TECHNICAL ASSISTANCE", 1),
        ("np", "5.1", "The Partnership on Measuring ICT for Development, which brings together the ITU, the OECD, "
         "UNCTAD, the regional commissions of the United Nations and other agencies, has published a core list "
         "of indicators on the use of information and communication technologies by businesses and "
         "households.[^6] UNCTAD runs training courses for statistical offices on the production of these "
         "indicators and had trained officials from 46 countries by the end of 2011."),
        ("np", "5.2", "The Secretariat suggests that the Committee invite UNCTAD and the ITU to present their work "
         "at a future session, and that Members which have conducted enterprise surveys share their experience "
         "with the Committee."),
    ],
    "footnotes": {
        "1": "This document has been prepared under the Secretariat's own responsibility and without prejudice to "
             "the positions of Members and to their rights and obligations under the WTO.",
        "2": "The definition was agreed by the OECD Working Party on Indicators for the Information Society in "
             "April 2000 and revised in 2009 to refer to methods specifically designed for placing orders.",
        "3": "ITU estimates put the number of Internet users at about 2.3 billion at the end of 2011, of whom "
             "some 1.4 billion lived in developing countries.",
        "4": "The Central Statistical Office of Mauritius published its first survey of ICT use by enterprises, "
             "covering 2010, in March 2012.",
        "5": "Figures reported by the Universal Postal Union for the international exchange of small packets "
             "and parcels; they cover designated postal operators only, not express carriers.",
        "6": "The Partnership was launched in June 2004 at the eleventh session of UNCTAD, held in Sao Paulo, "
             "Brazil; its core list was endorsed by the United Nations Statistical Commission in 2007.",
    },
}

# ---------------------------------------------------------------------------
# B. English, 2016, DOCX with the letterhead as paragraphs, a real table in the body
#    and Word footnotes: annual report of the ITA Committee
# ---------------------------------------------------------------------------
DOCS["ita-committee-annual-report-digital-products-2016.docx"] = {
    "format": "docx", "variant": True, "docx_style": "letterhead", "lang": "en", "created": (2016, 11, 4),
    "org": "WORLD TRADE ORGANIZATION", "symbol": "G/L/1162", "date": "4 November 2016", "job": "(16-6013)",
    "body_line": "Committee of Participants on the Expansion of Trade in Information Technology Products",
    "original": "Original: English", "running_header": "G/L/1162",
    "blocks": [
        ("title", "REPORT (2016) OF THE COMMITTEE OF PARTICIPANTS ON THE EXPANSION OF TRADE IN INFORMATION "
         "TECHNOLOGY PRODUCTS"),
        ("center", "Adopted at the meeting of 27 October 2016[^1]"),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "The Committee of Participants on the Expansion of Trade in Information Technology Products "
         "(the ITA Committee) met formally twice in 2016, on 28 April and 27 October, under the chairmanship of "
         "Mr. Lars Holmgren (Sweden). At the end of the year, the Information Technology Agreement (ITA)[^2] "
         "had 82 participants, following the accession of Afghanistan and Kazakhstan."),
        ("np", "1.2", "This report summarizes the work of the Committee on the implementation of the expansion of "
         "the Agreement, on non-tariff measures and on classification, as well as the discussion of digital "
         "products held at the request of several participants."),
        ("h", "2", "IMPLEMENTATION OF THE ITA EXPANSION"),
        ("np", "2.1", "At the Tenth Ministerial Conference in Nairobi, on 16 December 2015, the participants in "
         "the expansion negotiations adopted a Declaration covering 201 additional products, with annual trade "
         "estimated at US$1.3 trillion.[^3] The Declaration provides that about 65 per cent of the tariff lines "
         "concerned are to be duty-free by 1 July 2016, and that most remaining tariffs are to be eliminated "
         "within three years."),
        ("np", "2.2", "The Committee reviewed the modifications of schedules submitted to implement these "
         "commitments. By the October meeting, 21 of the 24 participants in the expansion had their schedules "
         "certified, and the first cuts had entered into force in all of them. Table 1 shows the situation of "
         "selected participants."),
        ("caption", "Table 1: Implementation of the ITA expansion, selected participants (October 2016)"),
        ("table", [
            ["Participant", "Tariff lines covered", "Duty-free on 1 July 2016 (%)", "Final staging"],
            ["European Union", "379", "88", "2019"],
            ["China", "299", "54", "2023"],
            ["Japan", "252", "100", "2016"],
            ["Korea, Republic of", "246", "71", "2020"],
            ["Switzerland", "236", "100", "2016"],
            ["Costa Rica", "265", "69", "2019"],
            ["Thailand", "239", "47", "2023"],
            ["Philippines", "218", "62", "2023"],
        ]),
        ("source", "Source: certified schedules and notifications of participants. Tariff lines at the national "
         "eight- or ten-digit level."),
        ("h", "3", "NON-TARIFF MEASURES AND CLASSIFICATION"),
        ("np", "3.1", "Under the work programme on non-tariff measures, the Committee continued its pilot project on "
         "electromagnetic compatibility and electromagnetic interference (EMC/EMI). Participants discussed the "
         "replies to a survey on conformity assessment procedures; 31 participants had replied by October."),
        ("np", "3.2", "The Secretariat reported that the transposition of the expansion products into the 2017 "
         "edition of the Harmonized System was under way. Participants noted that divergences in the "
         "classification of multi-function devices, touch screens and modules remained the main source of "
         "uncertainty for traders."),
        ("h", "4", "DIGITAL PRODUCTS"),
        ("np", "4.1", "At the April meeting, Canada and Chinese Taipei introduced a paper on the relationship "
         "between the Agreement and products delivered electronically. They recalled that software, music and "
         "video games, which used to be traded on physical carriers covered by the ITA, were now mostly "
         "downloaded or streamed."),
        ("np", "4.2", "The discussion raised the following points:"),
        ("sub", "(a)", "several participants considered that the Agreement, which deals with customs duties on "
         "goods, did not cover electronic transmissions, whose treatment was a matter for the Work Programme "
         "on Electronic Commerce and the moratorium on customs duties;"),
        ("sub", "(b)", "the United States noted that most participants already valued carrier media bearing "
         "software on the basis of the cost of the carrier alone, in accordance with a decision of the "
         "Committee on Customs Valuation;[^4]"),
        ("sub", "(c)", "India said that the growing share of digital content in trade could erode tariff revenue, "
         "and that the Committee should not prejudge the discussions in the General Council; and"),
        ("sub", "(d)", "Japan suggested that the Secretariat compile statistics on trade in physical carrier "
         "media, which had fallen by about one third in value between 2010 and 2015.[^5]"),
        ("np", "4.3", "The Chairman concluded that there was no consensus to pursue the matter in the Committee "
         "and that participants remained free to raise it in the Council for Trade in Goods."),
        ("h", "5", "OTHER MATTERS"),
        ("np", "5.1", "The Committee agreed to hold a workshop on the economic impact of the Agreement in 2017, to "
         "mark the twentieth anniversary of its entry into force. The Committee will meet next in the spring "
         "of 2017."),
    ],
    "footnotes": {
        "1": "The report is submitted to the Council for Trade in Goods in accordance with paragraph 5 of the "
             "Annex to the Ministerial Declaration on Trade in Information Technology Products.",
        "2": "Ministerial Declaration on Trade in Information Technology Products, adopted in Singapore on 13 "
             "December 1996 (WT/MIN(96)/16).",
        "3": "WT/MIN(15)/25. The 24 participants in the expansion, counting the European Union as one, "
             "represent 53 Members and account for about 90 per cent of world trade in the products concerned.",
        "4": "Decision on the valuation of carrier media bearing software for data processing equipment, adopted "
             "on 24 September 1984 and taken over by the WTO Committee on Customs Valuation in 1995.",
        "5": "Japan referred to figures for optical discs and recorded media classified in heading 85.23 of the "
             "Harmonized System.",
    },
}

# ---------------------------------------------------------------------------
# C. English, 2022, saved web page ("section": notes as <sup><a href="#fnN">, an
#    <ol class="footnotes">): JSI communication on electronic transferable records
# ---------------------------------------------------------------------------
DOCS["jsi-communication-electronic-transferable-records-2022.html"] = {
    "format": "html", "variant": True, "html_style": "section", "lang": "en",
    "org": "WORLD TRADE ORGANIZATION", "symbol": "INF/ECOM/68", "date": "14 November 2022", "job": "(22-8491)",
    "body_line": "Joint Statement Initiative on Electronic Commerce", "original": "Original: English",
    "page_title": "INF/ECOM/68 - Electronic transferable records: communication from Bahrain, Singapore and the "
                  "United Kingdom",
    "saved_from": "https://digital-trade-law-monitor.example.net/wto/inf-ecom-68",
    "card": [("Symbol", "INF/ECOM/68"), ("Date", "14 November 2022"), ("Type", "Communication"),
             ("Submitted by", "Bahrain, Singapore, United Kingdom"), ("Topic", "Paperless trading")],
    "related": ["UNCITRAL Model Law on Electronic Transferable Records (2017)", "JSI: paperless trading text",
                "Electronic signatures and authentication", "Trade Facilitation Agreement: Article 10"],
    "blocks": [
        ("title", "JOINT STATEMENT INITIATIVE ON ELECTRONIC COMMERCE"),
        ("title", "ELECTRONIC TRANSFERABLE RECORDS"),
        ("center", "Communication from Bahrain, Singapore and the United Kingdom"),
        ("p", "The following communication, dated 11 November 2022, is being circulated at the request of the "
         "delegations of Bahrain, Singapore and the United Kingdom."),
        ("h", "1", "THE PROBLEM"),
        ("np", "1.1", "Trade still relies on paper for the documents that carry rights over goods or money, such as "
         "bills of lading, bills of exchange, promissory notes and warehouse receipts. Because the holder of "
         "the original paper is entitled to claim the goods or the payment, these documents have resisted "
         "digitization even where invoices and customs declarations are now electronic."),
        ("np", "1.2", "The International Chamber of Commerce estimates that some four billion paper documents "
         "circulate in trade at any time, and that the container shipping industry alone could save several "
         "billion US dollars a year if bills of lading were issued electronically.[^1] Fewer than 2 per cent "
         "of ocean bills of lading were electronic in 2021."),
        ("np", "1.3", "The main obstacle is legal. In most jurisdictions, the law of negotiable instruments and of "
         "documents of title presupposes a physical document that can be possessed and endorsed. Electronic "
         "equivalents can only be used within closed platforms whose members accept them by contract."),
        ("h", "2", "THE UNCITRAL MODEL LAW"),
        ("np", "2.1", "The United Nations Commission on International Trade Law (UNCITRAL) adopted the Model Law on "
         "Electronic Transferable Records (MLETR) on 13 July 2017, at its fiftieth session in Vienna. The Model "
         "Law is technology-neutral: it replaces the notion of possession by that of exclusive control of an "
         "electronic record, and it allows a paper document to be replaced by an electronic record, and vice "
         "versa, without loss of rights.[^2]"),
        ("np", "2.2", "Table 1 lists the jurisdictions known to the proponents to have adopted legislation based on "
         "the Model Law by October 2022."),
        ("caption", "Table 1: Legislation based on the MLETR (October 2022)"),
        ("table", [
            ["Jurisdiction", "Year in force", "Instrument"],
            ["Bahrain", "2018", "Electronic Communications and Transactions Law"],
            ["Singapore", "2021", "Electronic Transactions (Amendment) Act"],
            ["Abu Dhabi Global Market", "2021", "Electronic Transactions Regulations"],
            ["Belize", "2021", "Electronic Transferable Records Act"],
            ["Paraguay", "2021", "Law on electronic transferable records"],
            ["Papua New Guinea", "2022", "Electronic Transactions Act"],
        ]),
        ("np", "2.3", "In the United Kingdom, the Law Commission recommended legislation in a report of March "
         "2022,[^3] and an Electronic Trade Documents Bill was introduced in Parliament on 12 October 2022. "
         "In April 2022, the digital and technology ministers of the Group of Seven endorsed a framework for "
         "collaboration on electronic transferable records, under which G7 members undertook to work towards "
         "legal frameworks consistent with the Model Law."),
        ("h", "3", "NATIONAL EXPERIENCE"),
        ("np", "3.1", "Bahrain, the first jurisdiction to adopt the Model Law, reported that its banks had issued "
         "electronic promissory notes to small firms since 2019. Singapore described TradeTrust, a framework "
         "of standards and open-source software that allows electronic trade documents issued on different "
         "platforms to be verified and transferred.[^4] Some 40 companies used it in pilot shipments between "
         "Singapore and China, Australia and the Netherlands in 2021 and 2022."),
        ("h", "4", "PROPOSAL"),
        ("np", "4.1", "The proponents propose that the paperless trading provisions of the Joint Statement "
         "Initiative include the following text:"),
        ("sub", "(a)", "each Party shall endeavour to adopt or maintain a legal framework that takes into account "
         "the UNCITRAL Model Law on Electronic Transferable Records (2017);"),
        ("sub", "(b)", "each Party shall endeavour to accept electronic transferable records as the legal "
         "equivalent of paper documents where the framework so provides; and"),
        ("sub", "(c)", "the Parties shall cooperate, including through technical assistance to developing and "
         "least-developed Parties, in the implementation of such frameworks."),
        ("np", "4.2", "The proponents stand ready to organize an information session with UNCITRAL and the "
         "International Chamber of Commerce early in 2023.[^5]"),
    ],
    "footnotes": {
        "1": "Estimates of the ICC Digital Standards Initiative, launched in 2020 to harmonize standards for "
             "digital trade documents.",
        "2": "The Model Law does not apply to securities such as shares and bonds, nor to other investment "
             "instruments, which are left to the law of each jurisdiction.",
        "3": "Law Commission report on electronic trade documents, published on 15 March 2022, with a draft "
             "Bill annexed.",
        "4": "TradeTrust was launched in 2019 by the Infocomm Media Development Authority of Singapore.",
        "5": "The session would be held in Geneva, back-to-back with a meeting of the paperless trading "
             "small group.",
    },
}

# ---------------------------------------------------------------------------
# D. English, 2005, text extracted from a PDF (form feeds, running header with the
#    symbol and "- n -", footnotes at the foot of the page): General Council minutes
# ---------------------------------------------------------------------------
DOCS["general-council-minutes-extract-moratorium-2005.txt"] = {
    "format": "txt", "variant": True, "lang": "en", "txt_style": "pdf",
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "restricted": "RESTRICTED", "symbol": "WT/GC/M/96", "date": "23 September 2005", "job": "(05-4389)",
    "body_line": "General Council", "original": "Original: English",
    "header_style": "dash", "page_word": "Page", "page_lines": 46,
    "blocks": [
        ("title", "MINUTES OF MEETING"),
        ("center", "Held in the Centre William Rappard on 27 and 29 July 2005"),
        ("center", "Chairperson: Ms. Amina Mohamed (Kenya)"),
        ("center", "Extract: item 6 of the agenda"),
        ("np", "6.", "Work Programme on Electronic Commerce - Report by the Chairperson on the dedicated "
         "discussions"),
        ("np", "6.1", "The Chairperson recalled that, at the Fifth Ministerial Conference in Cancun, Ministers had "
         "not adopted a text, and that the General Council had since continued the Work Programme on the basis "
         "of its decision of 1 August 2004, which instructed it to report to the Sixth Ministerial Conference.[^1] "
         "Two dedicated discussions on cross-cutting issues had been held under the General Council's auspices "
         "in 2005, on 18 March and on 6 June, both chaired by Mr. Lorenzo Rossi, Deputy Director-General, "
         "acting as Friend of the Chair."),
        ("np", "6.2", "Reporting on these discussions, she said that participants had again examined the "
         "classification of the content of certain electronic transmissions, development-related issues, "
         "fiscal implications of electronic commerce and the relationship between electronic commerce and "
         "traditional forms of commerce. Delegations had not converged on whether electronically delivered "
         "software, music and films should be treated as goods or services.[^2] The discussions had, however, "
         "been useful in clarifying the revenue implications of the moratorium for developing countries, on "
         "which the Secretariat had presented estimates at the June meeting."),
        ("np", "6.3", "The Chairperson proposed that the General Council take note of her report and continue the "
         "consultations on a recommendation to Ministers in Hong Kong, China, where the Sixth Ministerial "
         "Conference would be held from 13 to 18 December 2005."),
        ("np", "6.4", "The representative of Hong Kong, China said that, as the host of the next Ministerial "
         "Conference, his delegation hoped that Ministers would be able to extend the moratorium on customs "
         "duties on electronic transmissions and to give new life to the Work Programme. Electronic commerce "
         "accounted for a growing share of the services exports of small economies, and an end to the "
         "moratorium would send a negative signal to traders."),
        ("np", "6.5", "The representative of the European Communities supported the extension of the moratorium "
         "until the Seventh Ministerial Conference. In the view of the Communities, electronically delivered "
         "products were services, and the GATS already provided the framework needed to liberalize them. The "
         "representative of the United States said that the moratorium should be made permanent and that it "
         "should cover the content transmitted as well as the transmissions themselves."),
        ("np", "6.6", "The representative of Cuba, speaking also on behalf of the Dominican Republic and Honduras, "
         "said that the Work Programme had lost its focus on development. These delegations would not oppose an "
         "extension of the moratorium, but they considered that any decision in Hong Kong should also instruct "
         "the relevant bodies to examine the transfer of technology and the infrastructure needs of small "
         "developing economies.[^3]"),
        ("np", "6.7", "The representative of India said that the Secretariat's estimates of tariff revenue "
         "foregone, though modest in aggregate, were not negligible for some developing countries whose "
         "imports of software and audiovisual goods on physical media had declined. India could accept a "
         "temporary extension, but not a permanent moratorium."),
        ("np", "6.8", "The representative of Brazil said that the classification issue had to be settled before "
         "any permanent commitment could be envisaged. The representative of Japan supported the extension "
         "and suggested that the General Council consider a more structured work plan for 2006, with specific "
         "dates for each subsidiary body to report."),
        ("np", "6.9", "The representative of Chinese Taipei said that its exports of electronically delivered "
         "software had tripled since 2001.[^4] The representative of Pakistan, supported by Egypt, asked that "
         "the Secretariat update its estimates of revenue foregone before the meeting of the General Council "
         "in October."),
        ("np", "6.10", "The Chairperson said that she would hold open-ended consultations in September with a "
         "view to a draft recommendation to Ministers.[^5]"),
        ("np", "6.11", "The General Council took note of the report and of the statements."),
    ],
    "footnotes": {
        "1": "Decision adopted by the General Council on 1 August 2004 (WT/L/579), paragraph 1(h).",
        "2": "The issues are listed in the summary of the first dedicated discussion held in 2001 "
             "(WT/GC/W/436).",
        "3": "The three delegations referred to their joint communication of April 2005 on electronic commerce "
             "and small economies.",
        "4": "Figure quoted from a survey of software firms by the Institute for Information Industry in Taipei.",
        "5": "The consultations were held on 14 and 21 September 2005.",
    },
}

# ---------------------------------------------------------------------------
# E. French, 2002, PDF of several pages (render7's "en_note" layout; table with yearly
#    figures, footnotes): Council for TRIPS, Secretariat note on e-commerce and IP
# ---------------------------------------------------------------------------
DOCS["conseil-adpic-note-propriete-intellectuelle-internet-2002.pdf"] = {
    "format": "pdf", "variant": True, "lang": "fr", "layout": "en_note", "font": "Times-Roman", "size": 10.5,
    "org": "ORGANISATION MONDIALE DU COMMERCE", "restricted": "RESTREINT", "symbol": "IP/C/W/384",
    "date": "11 novembre 2002", "job": "(02-6270)",
    "body_line": "Conseil des aspects des droits de propriété intellectuelle qui touchent au commerce",
    "original": "Original: anglais",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "LA PROPRIÉTÉ INTELLECTUELLE SUR L'INTERNET : ÉVOLUTION RÉCENTE"),
        ("center", "Note du Secrétariat[^1]"),
        ("h", "I.", "INTRODUCTION", 1),
        ("np", "1.", "Le programme de travail adopté par le Conseil général le 25 septembre 1998 a chargé le Conseil "
         "des ADPIC d'examiner les questions de propriété intellectuelle soulevées par le commerce électronique, "
         "notamment la protection et le respect du droit d'auteur et des droits connexes, la protection et le "
         "respect des marques de fabrique ou de commerce, ainsi que les nouvelles technologies et l'accès à la "
         "technologie. Le Conseil a présenté un rapport intérimaire au Conseil général en juillet 1999."),
        ("np", "2.", "À sa réunion de septembre 2002, le Conseil a demandé au Secrétariat de mettre à jour les "
         "informations factuelles sur l'évolution intervenue depuis lors. La présente note porte sur les traités "
         "Internet de l'OMPI, sur les litiges relatifs aux noms de domaine et sur la responsabilité des "
         "intermédiaires techniques."),
        ("h", "II.", "LES TRAITÉS INTERNET DE L'OMPI", 1),
        ("np", "3.", "Le Traité de l'OMPI sur le droit d'auteur (WCT) et le Traité de l'OMPI sur les "
         "interprétations et exécutions et les phonogrammes (WPPT) ont été adoptés à Genève en décembre 1996. "
         "Chacun devait entrer en vigueur trois mois après le dépôt de 30 instruments de ratification ou "
         "d'adhésion. Le WCT est entré en vigueur le 6 mars 2002 et le WPPT le 20 mai 2002.[^2]"),
        ("np", "4.", "Les deux traités précisent que les droits exclusifs s'appliquent dans l'environnement "
         "numérique. Ils reconnaissent aux auteurs, aux artistes interprètes et aux producteurs de phonogrammes "
         "le droit de mettre leurs œuvres à la disposition du public de manière que chacun puisse y avoir accès "
         "de l'endroit et au moment qu'il choisit individuellement. Ils obligent aussi les parties à prévoir "
         "une protection juridique appropriée contre la neutralisation des mesures techniques de protection."),
        ("np", "5.", "Plusieurs Membres ont indiqué au Conseil qu'ils préparaient leur ratification. Les "
         "Communautés européennes ont adopté en mai 2001 une directive sur l'harmonisation de certains aspects "
         "du droit d'auteur dans la société de l'information, qui doit être transposée par les États membres "
         "avant le 22 décembre 2002."),
        ("h", "III.", "LES NOMS DE DOMAINE", 1),
        ("np", "6.", "L'enregistrement abusif de noms de domaine correspondant à des marques connues, souvent en vue "
         "de les revendre à leur titulaire, a conduit l'ICANN à adopter, le 24 octobre 1999, les Principes "
         "directeurs régissant le règlement uniforme des litiges relatifs aux noms de domaine (UDRP). Tous les "
         "bureaux d'enregistrement des domaines génériques tels que .com, .net et .org sont tenus de les "
         "appliquer."),
        ("np", "7.", "La procédure est administrative et rapide : elle est conduite en ligne, dure en moyenne moins "
         "de deux mois et coûte au plaignant entre 1 500 et 4 000 dollars EU, selon le nombre de noms et "
         "d'experts. Le Centre d'arbitrage et de médiation de l'OMPI a reçu la première plainte le 9 décembre "
         "1999.[^3] Le tableau 1 montre l'évolution du nombre de plaintes dont il a été saisi."),
        ("caption", "Tableau 1 : Plaintes UDRP déposées auprès du Centre de l'OMPI"),
        ("table", [
            ["Année", "Plaintes", "Noms de domaine", "Pays des parties"],
            ["1999", "1", "1", "2"],
            ["2000", "1 857", "3 760", "76"],
            ["2001", "1 557", "2 467", "89"],
            ["2002 (janv.-sept.)", "890", "1 366", "94"],
        ]),
        ("source", "Source : Centre d'arbitrage et de médiation de l'OMPI. Une plainte peut viser plusieurs noms de "
         "domaine."),
        ("np", "8.", "Environ 80 pour cent des décisions rendues en 2001 ont ordonné le transfert du nom de domaine "
         "au plaignant. Une trentaine de gestionnaires de domaines de premier niveau de code de pays, par "
         "exemple .ch, .mx ou .tv, appliquent la même procédure à titre volontaire."),
        ("np", "9.", "Le deuxième processus de l'OMPI sur les noms de domaine de l'Internet, achevé en septembre "
         "2001, a porté sur d'autres identificateurs, dont les indications géographiques et les dénominations "
         "communes internationales des substances pharmaceutiques. Certains Membres ont estimé que la question "
         "des indications géographiques dans le système des noms de domaine intéressait directement le Conseil "
         "des ADPIC.[^4]"),
        ("h", "IV.", "RESPONSABILITÉ DES INTERMÉDIAIRES", 1),
        ("np", "10.", "Les fournisseurs d'accès et d'hébergement transmettent ou stockent des contenus qui peuvent "
         "porter atteinte à des droits de propriété intellectuelle. Les États-Unis ont limité leur "
         "responsabilité par la loi sur le droit d'auteur à l'ère numérique du 28 octobre 1998, selon une "
         "procédure de notification et de retrait. Les Communautés européennes ont adopté une approche "
         "horizontale dans la directive sur le commerce électronique du 8 juin 2000.[^5]"),
        ("np", "11.", "L'Accord sur les ADPIC ne contient pas de disposition expresse sur ce point. Plusieurs "
         "délégations ont toutefois fait observer que les moyens de faire respecter les droits prévus dans la "
         "Partie III de l'Accord devaient rester efficaces dans l'environnement numérique."),
        ("h", "V.", "CONCLUSIONS", 1),
        ("np", "12.", "Le Conseil souhaitera peut-être poursuivre l'examen de ces questions à sa réunion de "
         "décembre 2002 et inviter le Secrétariat de l'OMPI à y présenter l'état des ratifications des deux "
         "traités."),
    ],
    "footnotes": {
        "1": "La présente note a été établie sous la responsabilité du Secrétariat et sans préjudice des "
             "positions des Membres ni de leurs droits et obligations dans le cadre de l'OMC.",
        "2": "Le 30e instrument de ratification du WCT a été déposé par le Gabon le 6 décembre 2001 ; celui du "
             "WPPT par le Honduras le 20 février 2002.",
        "3": "La première décision, rendue le 14 janvier 2000, a ordonné le transfert du nom "
             "worldwrestlingfederation.com à la fédération américaine de lutte.",
        "4": "Communication de l'Australie, de la Suisse et de la Turquie présentée au Conseil en juin 2002.",
        "5": "Directive 2000/31/CE, dont les articles 12 à 15 exonèrent sous conditions les prestataires "
             "de simple transport, de stockage temporaire et d'hébergement.",
    },
}

# ---------------------------------------------------------------------------
# F. French, 2008, saved web page in a table layout ("table": notes as "(N)" after a
#    short rule): Committee on Trade and Development seminar on e-tourism
# ---------------------------------------------------------------------------
DOCS["seminaire-ccd-tourisme-electronique-2008.html"] = {
    "format": "html", "variant": True, "html_style": "table", "lang": "fr",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "WT/COMTD/W/166", "date": "3 juillet 2008",
    "job": "(08-3142)", "body_line": "Comité du commerce et du développement", "original": "Original: anglais",
    "page_title": "WT/COMTD/W/166 - Séminaire sur le commerce électronique et le tourisme",
    "saved_from": "http://www.commerce-francophone.example.org/omc/ccd/WT-COMTD-W-166.htm",
    "card": [("Cote", "WT/COMTD/W/166"), ("Date", "3 juillet 2008"), ("Organe", "Comité du commerce et du "
             "développement"), ("Type", "Rapport de séminaire")],
    "related": ["Séminaire sur le commerce électronique et le développement (1999)",
                "Programme de travail sur le commerce électronique", "AGCS : services de tourisme et de voyage",
                "Aide pour le commerce"],
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "SÉMINAIRE SUR LE COMMERCE ÉLECTRONIQUE ET LE TOURISME DANS LES PAYS EN DÉVELOPPEMENT"),
        ("center", "Rapport du Secrétariat[^1]"),
        ("h", "A.", "INTRODUCTION"),
        ("np", "1.", "Le Comité du commerce et du développement a tenu le 12 mai 2008, au siège de l'OMC à "
         "Genève, un séminaire sur le commerce électronique et le tourisme, dans le cadre du programme de "
         "travail sur le commerce électronique. Le séminaire, proposé par le Costa Rica et les Maldives, a "
         "réuni une centaine de participants des délégations, de l'Organisation mondiale du tourisme (OMT), de "
         "la CNUCED et du secteur privé."),
        ("np", "2.", "Le tourisme est l'un des rares secteurs de services dans lesquels de nombreux pays en "
         "développement sont exportateurs nets. Selon l'OMT, les recettes du tourisme international ont atteint "
         "856 milliards de dollars EU en 2007, dont près de 40 pour cent pour les pays en développement.[^2]"),
        ("h", "B.", "LA DISTRIBUTION EN LIGNE"),
        ("np", "3.", "Le représentant de l'OMT a expliqué que l'Internet était devenu le principal canal de "
         "réservation pour les voyages de loisirs en Amérique du Nord et en Europe. En 2007, environ 45 pour "
         "cent des ventes de voyages aux États-Unis avaient été conclues en ligne, contre moins de 10 pour cent "
         "en 2000. Les agences de voyages en ligne et les systèmes mondiaux de distribution occupaient une "
         "position dominante dans cette distribution."),
        ("np", "4.", "Un représentant d'un système mondial de distribution a indiqué que son réseau reliait plus de "
         "90 000 agences de voyages à quelque 400 compagnies aériennes et à 100 000 hôtels. Il a souligné que "
         "les petits hôtels des pays en développement pouvaient désormais y figurer à moindre coût grâce à des "
         "sociétés de représentation régionales."),
        ("np", "5.", "Plusieurs intervenants ont relevé que les intermédiaires en ligne percevaient des commissions "
         "comprises entre 15 et 25 pour cent du prix des nuitées, ce qui réduisait sensiblement la part de la "
         "valeur ajoutée revenant aux établissements locaux.[^3]"),
        ("h", "C.", "EXPÉRIENCES NATIONALES"),
        ("np", "6.", "Le Costa Rica a présenté le portail de son institut du tourisme, qui permet depuis 2006 aux "
         "petits établissements de proposer leurs chambres et leurs excursions en ligne. Près de 600 "
         "entreprises y étaient inscrites au début de 2008, dont une majorité de petites structures "
         "d'écotourisme."),
        ("np", "7.", "Les Maldives ont indiqué que 80 pour cent des réservations de leurs complexes hôteliers "
         "passaient par des voyagistes européens et que l'accès direct des établissements au marché en ligne "
         "restait limité par le coût de la bande passante, qui dépendait d'une liaison par satellite."),
        ("np", "8.", "Le Kenya a décrit l'utilisation de l'Internet par les organisateurs de safaris, dont beaucoup "
         "recevaient désormais la majorité de leurs demandes par courrier électronique. Il a toutefois insisté "
         "sur la difficulté de recevoir des paiements par carte, les banques étrangères considérant les "
         "transactions avec le Kenya comme risquées."),
        ("np", "9.", "Le Népal a présenté un projet de la CNUCED visant à créer des destinations touristiques "
         "virtuelles gérées par les communautés locales.[^4] La République dominicaine a souligné l'importance "
         "de la protection des consommateurs et de la confiance dans les sites de réservation."),
        ("h", "D.", "QUESTIONS DE POLITIQUE COMMERCIALE"),
        ("np", "10.", "Les participants ont examiné le lien entre ces questions et les engagements pris au titre de "
         "l'AGCS. Le Secrétariat a rappelé que les services d'hôtellerie et de restauration ainsi que les "
         "services des agences de voyages et organisateurs touristiques faisaient l'objet d'engagements de plus "
         "de 120 Membres, soit le secteur le plus souvent inscrit dans les listes.[^5]"),
        ("np", "11.", "Plusieurs délégations ont fait valoir que l'accès aux systèmes informatisés de réservation "
         "était couvert par l'annexe de l'AGCS sur les services de transport aérien et qu'un examen de cette "
         "annexe serait utile. D'autres ont estimé que les questions de concurrence entre plateformes relevaient "
         "plutôt des autorités nationales."),
        ("h", "E.", "CONCLUSIONS"),
        ("np", "12.", "Le Président du Comité a conclu que le séminaire avait mis en évidence à la fois le potentiel "
         "du commerce électronique pour le tourisme des pays en développement et les obstacles que constituent "
         "le coût de la connectivité, les moyens de paiement et la concentration de la distribution. Il a "
         "proposé que le Comité revienne sur ces questions à sa session d'automne."),
    ],
    "footnotes": {
        "1": "Le présent rapport est établi sous la responsabilité du Secrétariat. Les exposés présentés au "
             "séminaire peuvent être consultés sur le site Web de l'OMC.",
        "2": "Baromètre OMT du tourisme mondial, juin 2008. Les arrivées de touristes internationaux ont "
             "dépassé 900 millions en 2007.",
        "3": "Chiffres cités par l'Association hôtelière des Caraïbes, qui regroupe des établissements de 36 pays "
             "et territoires.",
        "4": "L'initiative de tourisme électronique de la CNUCED a été lancée en 2004 et testée au Népal et au "
             "Sénégal.",
        "5": "Sous-secteur 9.A et 9.B de la liste de classification sectorielle des services (MTN.GNS/W/120).",
    },
}

# ---------------------------------------------------------------------------
# G. French, 2010, Markdown ("toml": +++ front matter, numbered paragraphs as list
#    lines, notes at the end): Council for Trade in Services note on cloud computing
# ---------------------------------------------------------------------------
DOCS["conseil-services-informatique-en-nuage-2010.md"] = {
    "format": "md", "variant": True, "md_style": "toml", "lang": "fr",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "JOB/SERV/38", "date": "22 novembre 2010",
    "iso_date": "2010-11-22", "job": "(10-6127)", "body_line": "Conseil du commerce des services",
    "original": "Original: anglais",
    "yaml_title": "L'informatique en nuage et les engagements au titre de l'AGCS - Note d'information du Secrétariat",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "L'INFORMATIQUE EN NUAGE ET LES ENGAGEMENTS AU TITRE DE L'AGCS"),
        ("center", "Note d'information du Secrétariat[^1]"),
        ("h", "I.", "INTRODUCTION"),
        ("np", "1.", "À la réunion du Conseil du commerce des services du 4 octobre 2010, plusieurs délégations ont "
         "souhaité disposer d'informations sur l'informatique en nuage, qui permet d'utiliser à distance, par "
         "l'intermédiaire de l'Internet, des capacités de calcul, de stockage et des logiciels fournis par des "
         "centres de données souvent situés dans un autre pays. La présente note répond à cette demande."),
        ("h", "II.", "DÉFINITION ET MARCHÉ"),
        ("np", "2.", "La définition la plus citée est celle de l'Institut national des normes et de la technologie "
         "des États-Unis (NIST), qui retient cinq caractéristiques essentielles : le libre-service à la "
         "demande, l'accès par le réseau, la mutualisation des ressources, l'élasticité rapide et le service "
         "mesuré.[^2] Elle distingue trois modèles de service, le logiciel en tant que service (SaaS), la "
         "plate-forme en tant que service (PaaS) et l'infrastructure en tant que service (IaaS)."),
        ("np", "3.", "Le marché mondial des services en nuage était estimé à 68,3 milliards de dollars EU en 2010, "
         "en hausse de 17 pour cent par rapport à 2009, selon un cabinet d'études cité par le Secrétariat.[^3] "
         "Les fournisseurs étaient concentrés aux États-Unis, mais des centres de données ouvraient en Inde, au "
         "Brésil, à Singapour et en Afrique du Sud."),
        ("h", "III.", "CLASSIFICATION"),
        ("np", "4.", "La plupart des services en nuage relèvent des services informatiques et services connexes "
         "(CPC 84) de la liste de classification sectorielle, notamment des services de traitement de données "
         "(CPC 843) et des services de bases de données (CPC 844). Le stockage de données pour le compte de "
         "tiers peut aussi relever de ces catégories."),
        ("np", "5.", "Certaines délégations ont toutefois observé que des services fournis en nuage pouvaient aussi "
         "relever d'autres secteurs, par exemple les services de télécommunication à valeur ajoutée ou les "
         "services financiers lorsqu'une banque externalise le traitement de ses données. Le classement dépend "
         "alors de la nature du service fourni à l'utilisateur final, et non de la technologie employée."),
        ("h", "IV.", "ENGAGEMENTS EXISTANTS"),
        ("np", "6.", "Les services informatiques sont l'un des secteurs les plus ouverts de l'AGCS. Au 1er novembre "
         "2010, 84 Membres, en comptant les Communautés européennes comme un seul, avaient pris des engagements "
         "dans ce secteur, dont une grande majorité sans limitation pour les modes 1 et 2.[^4]"),
        ("np", "7.", "Pour un utilisateur qui recourt à un centre de données situé à l'étranger, le service est "
         "fourni selon le mode 1 (fourniture transfrontières). Lorsque le fournisseur établit un centre de "
         "données sur le territoire du Membre, le mode 3 (présence commerciale) s'applique."),
        ("h", "V.", "QUESTIONS DE POLITIQUE"),
        ("np", "8.", "Les délégations ont soulevé les questions suivantes :"),
        ("sub", "a)", "la protection des données personnelles stockées à l'étranger, compte tenu de l'exception "
         "prévue à l'article XIV c) ii) de l'AGCS ;"),
        ("sub", "b)", "les prescriptions imposant de conserver certaines données sur le territoire national, par "
         "exemple les données comptables ou de santé ;"),
        ("sub", "c)", "l'accès des autorités aux données stockées par un fournisseur étranger ; et"),
        ("sub", "d)", "la qualité et le coût de la connectivité, dont dépend l'utilisation de ces services dans les "
         "pays en développement."),
        ("np", "9.", "Le représentant de l'Union européenne a rappelé que la directive 95/46/CE n'autorisait le "
         "transfert de données personnelles vers un pays tiers que si celui-ci assurait un niveau de protection "
         "adéquat.[^5] Le représentant du Brésil a fait savoir que son pays étudiait un projet de loi sur la "
         "protection des données."),
        ("h", "VI.", "SUITE DES TRAVAUX"),
        ("np", "10.", "Le Conseil souhaitera peut-être inviter des experts à une réunion informelle sur "
         "l'informatique en nuage au premier semestre de 2011 et reprendre la question dans son rapport au "
         "Conseil général sur le programme de travail."),
    ],
    "footnotes": {
        "1": "Document établi sous la responsabilité du Secrétariat, sans préjudice des positions des Membres.",
        "2": "Définition de travail publiée par le NIST en 2009, dans sa quinzième version ; une version "
             "définitive était attendue en 2011.",
        "3": "Estimation publiée en juin 2010 ; elle couvre aussi la publicité en ligne et les services "
             "de messagerie en nuage.",
        "4": "Les engagements figurent pour la plupart dans les listes annexées au Protocole de Marrakech ; "
             "onze Membres ayant accédé depuis 1995 ont également pris des engagements complets.",
        "5": "La Commission européenne avait reconnu en 2010 le caractère adéquat de la protection offerte par "
             "moins de dix pays ou territoires tiers.",
    },
}

# ---------------------------------------------------------------------------
# H. French, 2023, plain-text export ("bulletin": calls as [N], a fixed-width table,
#    notes at the end): Committee on Regional Trade Agreements, e-commerce provisions
# ---------------------------------------------------------------------------
DOCS["comite-acr-dispositions-commerce-electronique-2023.txt"] = {
    "format": "txt", "variant": True, "txt_style": "bulletin", "lang": "fr",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "WT/REG/W/172", "date": "9 mai 2023",
    "job": "(23-3076)", "body_line": "Comité des accords commerciaux régionaux", "original": "Original: anglais",
    "blocks": [
        ("title", "Les dispositions relatives au commerce électronique dans les accords commerciaux régionaux"),
        ("center", "Note du Secrétariat[^1]"),
        ("h", "1.", "Introduction"),
        ("np", "1.1", "La présente note fait le point sur les dispositions relatives au commerce électronique "
         "figurant dans les accords commerciaux régionaux (ACR) notifiés à l'OMC et en vigueur au 31 décembre "
         "2022. Elle complète les travaux du Comité sur la transparence des ACR et peut intéresser les Membres "
         "qui participent au programme de travail sur le commerce électronique."),
        ("np", "1.2", "Sur les 355 ACR en vigueur notifiés à cette date, 203 contenaient au moins une disposition "
         "relative au commerce électronique, contre 69 en 2012. Parmi eux, 118 comportaient un chapitre "
         "entièrement consacré au commerce électronique ou au commerce numérique."),
        ("h", "2.", "Évolution"),
        ("np", "2.1", "Le premier accord notifié contenant un article consacré au commerce électronique est "
         "l'accord de partenariat économique entre la Nouvelle-Zélande et Singapour, en vigueur depuis le 1er "
         "janvier 2001.[^2] Les premiers chapitres complets sont apparus dans les accords conclus par les "
         "États-Unis, Singapour et l'Australie en 2003 et 2004."),
        ("np", "2.2", "Les dispositions se sont enrichies avec le temps. Les accords antérieurs à 2010 se "
         "limitaient le plus souvent à la coopération, à la non-imposition de droits de douane et à la "
         "reconnaissance des signatures électroniques. Les accords récents traitent aussi des flux de données, "
         "de la localisation des installations informatiques, du code source et de la cybersécurité."),
        ("np", "2.3", "Une nouvelle génération d'accords porte exclusivement sur l'économie numérique : l'accord de "
         "partenariat sur l'économie numérique (DEPA) entre le Chili, la Nouvelle-Zélande et Singapour, signé "
         "le 12 juin 2020, l'accord sur l'économie numérique entre Singapour et l'Australie, entré en vigueur "
         "le 8 décembre 2020, et l'accord entre le Royaume-Uni et Singapour, entré en vigueur le 14 juin "
         "2022.[^3]"),
        ("h", "3.", "Fréquence des dispositions"),
        ("np", "3.1", "Le tableau 1 indique le nombre d'ACR contenant certaines catégories de dispositions, parmi "
         "les 203 accords qui traitent du commerce électronique."),
        ("caption", "Tableau 1 : Fréquence de certaines dispositions (31 décembre 2022)"),
        ("table", [
            ["Disposition", "Nombre d'ACR", "Part (%)"],
            ["Protection des consommateurs", "138", "68"],
            ["Données personnelles", "127", "63"],
            ["Droits de douane (moratoire)", "112", "55"],
            ["Messages non sollicités", "84", "41"],
            ["Flux transfrontières de données", "41", "20"],
            ["Localisation des données", "29", "14"],
            ["Code source", "18", "9"],
        ]),
        ("source", "Source : base de données du Secrétariat sur les ACR ; un accord peut contenir plusieurs "
         "dispositions."),
        ("np", "3.2", "Les engagements contraignants restent minoritaires. Sur les 112 accords qui traitent des "
         "droits de douane sur les transmissions électroniques, 74 en interdisent l'imposition de façon "
         "permanente, tandis que les autres renvoient à la pratique suivie à l'OMC.[^4] Les dispositions sur "
         "les flux de données et la localisation figurent surtout dans des accords conclus par des Membres "
         "d'Asie-Pacifique et des Amériques."),
        ("h", "4.", "Participation des pays en développement"),
        ("np", "4.1", "Les pays en développement sont parties à 142 des 203 accords concernés, mais les pays les "
         "moins avancés ne sont parties qu'à 11 d'entre eux. Les accords Sud-Sud contiennent plus rarement des "
         "engagements sur les flux de données et privilégient la coopération et l'assistance technique."),
        ("np", "4.2", "Le Protocole sur le commerce numérique de la Zone de libre-échange continentale africaine, "
         "dont l'adoption est prévue au début de 2024, n'est pas pris en compte dans les chiffres "
         "de la présente note.[^5]"),
        ("h", "5.", "Observations finales"),
        ("np", "5.1", "La multiplication de ces dispositions dans les ACR témoigne de l'importance que les Membres "
         "attachent aux règles sur le commerce numérique. Leur diversité, notamment en ce qui concerne les "
         "exceptions, peut cependant accroître les coûts de mise en conformité pour les entreprises qui "
         "exercent leurs activités dans plusieurs régions."),
    ],
    "footnotes": {
        "1": "Note établie sous la responsabilité du Secrétariat ; elle ne préjuge pas des positions des "
             "Membres ni de la qualification juridique des accords.",
        "2": "L'accord a été notifié en vertu de l'article XXIV du GATT et de l'article V de l'AGCS en septembre "
             "2001.",
        "3": "La Corée a adhéré au DEPA en 2023 ; la Chine et le Canada avaient demandé à y adhérer en 2021 et "
             "2022 respectivement.",
        "4": "Dans ces accords, la prohibition ne s'étend en général pas aux taxes intérieures, redevances ou "
             "autres impositions perçues de manière compatible avec l'accord.",
        "5": "Les négociations sur ce protocole ont été lancées en 2021 ; les chiffres seront mis à jour après sa "
             "notification.",
    },
}

# ---------------------------------------------------------------------------
# I. Spanish, 1998, one-page PDF in a new layout ("box"): Chairman's note on the work
#    plan of the Committee on Trade and Development
# ---------------------------------------------------------------------------
DOCS["comite-comercio-desarrollo-nota-presidente-plan-1998.pdf"] = {
    "format": "pdf", "variant": True, "lang": "es", "layout": "box", "font": "Times-Roman", "size": 9.0,
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "WT/COMTD/W/47", "date": "30 de noviembre de 1998",
    "job": "(98-4721)", "body_line": "Comité de Comercio y Desarrollo", "original": "Original: inglés",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("center", "Plan de trabajo del Comité - Nota del Presidente[^1]"),
        ("np", "1.", "El 25 de septiembre de 1998, el Consejo General estableció un programa de trabajo amplio para "
         "examinar todas las cuestiones relacionadas con el comercio electrónico mundial. En el párrafo 5 del "
         "programa se encomienda al Comité de Comercio y Desarrollo el examen de las consecuencias del comercio "
         "electrónico para el desarrollo, teniendo en cuenta las necesidades económicas, financieras y de "
         "desarrollo de los países en desarrollo. Cada órgano debe informar al Consejo General a más tardar el "
         "30 de julio de 1999.[^2]"),
        ("np", "2.", "Tras consultar a las delegaciones, el Presidente propone que el Comité organice su labor en "
         "torno a los cinco temas enumerados en el programa de trabajo:"),
        ("sub", "a)", "los efectos del comercio electrónico en las perspectivas comerciales y económicas de los "
         "países en desarrollo, en especial de sus pequeñas y medianas empresas;"),
        ("sub", "b)", "los desafíos y los medios para aumentar la participación de los países en desarrollo en el "
         "comercio electrónico, en particular como exportadores de productos entregados electrónicamente;"),
        ("sub", "c)", "el uso de la tecnología de la información para integrar a los países en desarrollo en el "
         "sistema multilateral de comercio;"),
        ("sub", "d)", "las consecuencias para los países menos adelantados; y"),
        ("sub", "e)", "las consecuencias financieras del comercio electrónico para los países en desarrollo."),
        ("np", "3.", "El Presidente propone celebrar una reunión formal dedicada a los temas a) y b) en febrero de "
         "1999 y otra a los temas c) a e) en abril de 1999. La Secretaría prepararía para cada reunión una "
         "nota de antecedentes, y se invitaría a la UNCTAD y a la Unión Internacional de Telecomunicaciones a "
         "presentar sus trabajos."),
        ("np", "4.", "Varias delegaciones han sugerido además un seminario abierto a expertos de las capitales. El "
         "Presidente propone que se celebre en junio de 1999, con una sesión dedicada a la experiencia de las "
         "pequeñas empresas de los países menos adelantados.[^3]"),
        ("np", "5.", "El Presidente recuerda que el Comité deberá coordinar su labor con la de los demás órganos "
         "encargados del programa de trabajo, en particular con el Consejo del Comercio de Servicios, que examina "
         "el trato de los productos entregados electrónicamente. Propone que los presidentes de los cuatro "
         "órganos se reúnan antes de cada reunión del Consejo General dedicada al comercio electrónico."),
        ("np", "6.", "La nota de antecedentes para la primera reunión se basaría en el estudio especial de la "
         "Secretaría sobre el comercio electrónico publicado en 1998 y en los datos de la Unión Internacional de "
         "Telecomunicaciones sobre la densidad telefónica y el número de usuarios de Internet en los países en "
         "desarrollo."),
        ("np", "7.", "El Presidente invita a las delegaciones a formular observaciones sobre este plan antes del 15 "
         "de diciembre de 1998, para que el Comité pueda adoptarlo en su reunión de enero de 1999."),
    ],
    "footnotes": {
        "1": "Presidente del Comité: Embajador Nathan Irumba (Uganda).",
        "2": "WT/L/274. Los órganos encargados son el Consejo del Comercio de Servicios, el Consejo del Comercio "
             "de Mercancías, el Consejo de los ADPIC y el Comité de Comercio y Desarrollo.",
        "3": "La Secretaría ha señalado que el seminario podría financiarse con cargo al Fondo Fiduciario Global "
             "si se reciben contribuciones voluntarias.",
    },
}

# ---------------------------------------------------------------------------
# J. Spanish, 2013, DOCX with a header table (symbol, date, original language), Word
#    numbering and footnotes: Council for Trade in Services note on mobile money
# ---------------------------------------------------------------------------
DOCS["consejo-servicios-pagos-moviles-nota-2013.docx"] = {
    "format": "docx", "variant": True, "docx_style": "table", "lang": "es", "created": (2013, 5, 21),
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "S/C/W/355", "date": "21 de mayo de 2013",
    "job": "(13-2644)", "body_line": "Consejo del Comercio de Servicios", "original": "Original: inglés",
    "header_rows": [("ORGANIZACIÓN MUNDIAL DEL COMERCIO", "S/C/W/355"), ("", "21 de mayo de 2013"),
                    ("(13-2644)", ""), ("Consejo del Comercio de Servicios", "Original: inglés")],
    "running_header": "S/C/W/355", "heading_fmt": "upperRoman",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "LOS SERVICIOS DE PAGO ELECTRÓNICO Y EL DINERO MÓVIL"),
        ("center", "Nota de la Secretaría[^1]"),
        ("h", "I.", "INTRODUCCIÓN"),
        ("np", "1", "En su reunión de marzo de 2013, el Consejo del Comercio de Servicios examinó la relación entre "
         "los pagos electrónicos y el desarrollo del comercio electrónico. Varias delegaciones señalaron que la "
         "falta de medios de pago adecuados era uno de los principales obstáculos para que los consumidores y "
         "las pequeñas empresas de los países en desarrollo compraran y vendieran en línea, y pidieron a la "
         "Secretaría una nota informativa."),
        ("h", "II.", "EL DINERO MÓVIL"),
        ("np", "2", "El dinero móvil permite a los usuarios de teléfonos móviles, tengan o no una cuenta bancaria, "
         "depositar efectivo ante un agente, transferir fondos mediante mensajes de texto y pagar bienes y "
         "servicios. El servicio más conocido, M-Pesa, fue lanzado en Kenya en marzo de 2007 por el operador "
         "Safaricom; a finales de 2012 tenía unos 15 millones de usuarios activos y más de 65.000 agentes.[^2]"),
        ("np", "3", "Según la asociación mundial de operadores móviles (GSMA), en diciembre de 2012 funcionaban 150 "
         "servicios de dinero móvil en 72 países, la mayoría en el África Subsahariana. En Filipinas, los "
         "servicios de pago por teléfono móvil existen desde 2001, y en Bangladesh se han extendido rápidamente "
         "desde 2011."),
        ("np", "4", "Los servicios de pago por Internet también se han extendido. En 2012, la mayor plataforma de "
         "pago en línea de China procesó pagos por un valor estimado de más de 400.000 millones de dólares EE.UU., "
         "y varias plataformas permiten ya a pequeños vendedores de países en desarrollo cobrar a compradores "
         "extranjeros."),
        ("h", "III.", "CLASIFICACIÓN Y COMPROMISOS"),
        ("np", "5", "El Anexo sobre Servicios Financieros del AGCS menciona expresamente \"todos los servicios de "
         "pago y transferencia monetaria\", incluidas las tarjetas de crédito, de pago y similares, los cheques "
         "de viajero y las letras bancarias.[^3] Los servicios de dinero móvil prestados por bancos o entidades "
         "de pago autorizadas corresponden a esta categoría."),
        ("np", "6", "Cuando el servicio lo presta un operador de telecomunicaciones, pueden intervenir a la vez "
         "compromisos sobre servicios financieros y sobre telecomunicaciones. La Secretaría observa que la "
         "clasificación depende de la naturaleza del servicio prestado al usuario y no de la red utilizada: el "
         "mero transporte de mensajes es un servicio de telecomunicaciones, pero la transferencia de fondos es "
         "un servicio financiero."),
        ("np", "7", "Unos 80 Miembros han contraído compromisos en materia de servicios de pago y transferencia "
         "monetaria, pero con frecuencia los compromisos del modo 1 están sin consolidar.[^4]"),
        ("h", "IV.", "ENFOQUES REGLAMENTARIOS"),
        ("np", "8", "Los reguladores han seguido enfoques diversos, que las delegaciones describieron así:"),
        ("li", 1, "Kenya permitió que M-Pesa empezara a funcionar en 2007 con una carta de no objeción del Banco "
         "Central, antes de adoptar reglamentos sobre pagos nacionales en 2011 y 2013;"),
        ("li", 1, "Filipinas autorizó a los operadores de telecomunicaciones a emitir dinero electrónico mediante "
         "filiales supervisadas por el banco central;"),
        ("li", 1, "la Unión Europea adoptó en 2009 una directiva sobre dinero electrónico que creó una licencia "
         "específica para las entidades emisoras que no son bancos; y"),
        ("li", 1, "la India exige que los servicios de pago móvil estén vinculados a un banco."),
        ("np", "9", "Los reguladores deben equilibrar la inclusión financiera con la protección de los fondos de "
         "los clientes y la lucha contra el blanqueo de capitales. Las recomendaciones revisadas del Grupo de "
         "Acción Financiera de febrero de 2012 admiten medidas simplificadas de diligencia debida para las "
         "cuentas de bajo riesgo.[^5]"),
        ("h", "V.", "OBSERVACIONES FINALES"),
        ("np", "10", "El Consejo podría invitar a representantes de bancos centrales y de la GSMA a una sesión "
         "informativa sobre los pagos electrónicos, e incluir estas cuestiones en su próximo informe al Consejo "
         "General sobre el programa de trabajo."),
    ],
    "footnotes": {
        "1": "La presente nota ha sido preparada bajo la responsabilidad de la Secretaría y se entiende sin "
             "perjuicio de las posiciones de los Miembros.",
        "2": "En 2012, el valor de las transacciones realizadas por M-Pesa equivalía a cerca de un tercio del "
             "producto interior bruto de Kenya, según el Banco Central de ese país.",
        "3": "Apartado viii) del párrafo 5 a) del Anexo sobre Servicios Financieros.",
        "4": "La Unión Europea se cuenta como un solo Miembro; la cifra no incluye los compromisos "
             "contraídos en protocolos de adhesión posteriores a 2012.",
        "5": "Recomendación 10 del GAFI y su nota interpretativa.",
    },
}

# ---------------------------------------------------------------------------
# K. Spanish, 2019, Markdown ("quoted": letterhead as a block quote, closed headings,
#    notes after each section): Goods Council information session on postal services
# ---------------------------------------------------------------------------
DOCS["sesion-informativa-comercio-electronico-servicios-postales-2019.md"] = {
    "format": "md", "variant": True, "md_style": "quoted", "lang": "es",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "G/C/W/772", "date": "29 de noviembre de 2019",
    "job": "(19-8211)", "body_line": "Consejo del Comercio de Mercancías", "original": "Original: inglés",
    "blocks": [
        ("title", "SESIÓN INFORMATIVA SOBRE EL COMERCIO ELECTRÓNICO TRANSFRONTERIZO Y LOS SERVICIOS POSTALES"),
        ("center", "Resumen de la Secretaría[^1]"),
        ("h", "1.", "INTRODUCCIÓN"),
        ("np", "1.1", "A petición de la Argentina y de Suiza, el Consejo del Comercio de Mercancías celebró el 8 de "
         "noviembre de 2019 una sesión informativa sobre el comercio electrónico transfronterizo y los servicios "
         "postales, en el marco del Programa de Trabajo sobre el Comercio Electrónico. Intervinieron "
         "representantes de la Unión Postal Universal (UPU), de la Organización Mundial de Aduanas (OMA) y de "
         "seis Miembros."),
        ("h", "2.", "LOS ENVÍOS DE POCO VALOR"),
        ("np", "2.1", "La representante de la UPU explicó que la mayoría de las compras transfronterizas de los "
         "consumidores se entregaban por correo en pequeños paquetes de menos de 2 kg. Entre 2014 y 2018, el "
         "número de pequeños paquetes intercambiados por los operadores postales designados había aumentado a "
         "un ritmo anual de alrededor del 12 por ciento. El cuadro 1 muestra los datos presentados."),
        ("caption", "Cuadro 1: Pequeños paquetes internacionales recibidos por los operadores designados"),
        ("table", [
            ["Año", "Envíos (millones)", "Variación anual (%)", "Peso medio (g)", "Valor medio (USD)"],
            ["2014", "1.020", "9,8", "480", "31"],
            ["2015", "1.150", "12,7", "460", "30"],
            ["2016", "1.310", "13,9", "440", "28"],
            ["2017", "1.470", "12,2", "430", "27"],
            ["2018", "1.610", "9,5", "420", "26"],
        ]),
        ("np", "2.2", "La representante de la OMA señaló que el volumen de envíos de poco valor dificultaba los "
         "controles aduaneros. El Marco de Normas sobre Comercio Electrónico Transfronterizo de la OMA, adoptado "
         "en junio de 2018, recomienda el intercambio de datos electrónicos anticipados entre los operadores y "
         "las aduanas.[^2]"),
        ("h", "3.", "GASTOS TERMINALES"),
        ("np", "3.1", "Los gastos terminales son las remuneraciones que el operador postal del país de origen paga "
         "al del país de destino por entregar el correo. Varios Miembros consideraban que las tarifas vigentes "
         "para los pequeños paquetes eran inferiores a los costos de entrega en los países de destino y "
         "favorecían a los vendedores de algunos países exportadores."),
        ("np", "3.2", "Los Estados Unidos anunciaron el 17 de octubre de 2018 su intención de retirarse de la UPU "
         "si no se modificaba el sistema. El Congreso extraordinario de la UPU, celebrado en Ginebra del 24 al "
         "26 de septiembre de 2019, aprobó que los países que reciben más de 75.000 toneladas anuales de envíos "
         "de correspondencia puedan aplicar tarifas autodeclaradas a partir del 1 de julio de 2020.[^3]"),
        ("h", "4.", "INTERVENCIONES DE LOS MIEMBROS"),
        ("np", "4.1", "Suiza dijo que su operador postal recibía cada día más de 100.000 pequeños paquetes de Asia y "
         "que la supresión de la franquicia para los envíos de poco valor estaba en estudio. La Argentina "
         "describió el régimen de pequeños envíos que había establecido en 2016, con un límite de 3.000 dólares "
         "EE.UU. por envío."),
        ("np", "4.2", "China recordó que el comercio electrónico transfronterizo había permitido a millones de "
         "pequeñas empresas exportar, y pidió que los cambios de tarifas se aplicaran de forma gradual. La "
         "Unión Europea informó de que a partir del 1 de julio de 2021 suprimiría la exención del IVA para las "
         "importaciones de bienes de valor no superior a 22 euros.[^4]"),
        ("np", "4.3", "El Brasil y Kenya señalaron las dificultades de los operadores de los países en desarrollo para "
         "transmitir datos electrónicos anticipados, y pidieron asistencia técnica."),
        ("h", "5.", "CONCLUSIÓN"),
        ("np", "5.1", "El Presidente del Consejo propuso que la Secretaría siguiera la aplicación de las decisiones "
         "del Congreso de la UPU e informara al Consejo en 2020."),
    ],
    "footnotes": {
        "1": "El presente resumen se ha preparado bajo la responsabilidad de la Secretaría y se entiende sin "
             "perjuicio de las posiciones de los Miembros.",
        "2": "En los Estados Unidos, la Ley STOP de 2018 exige datos electrónicos anticipados para todos los "
             "envíos postales a partir de 2021.",
        "3": "La tarifa autodeclarada no puede superar el 70 por ciento del derecho interno aplicable a un envío "
             "equivalente y se introducirá gradualmente hasta 2025.",
        "4": "La medida forma parte del paquete sobre el IVA del comercio electrónico adoptado por el Consejo de "
             "la Unión Europea en diciembre de 2017.",
    },
}

# ---------------------------------------------------------------------------
# L. Spanish, 2026, saved web page of a CMS ("region": notes as [N] in a <footer>
#    inside the field): Aid for Trade Global Review, session on digital connectivity
# ---------------------------------------------------------------------------
DOCS["examen-global-ayuda-comercio-conectividad-digital-2026.html"] = {
    "format": "html", "variant": True, "html_style": "region", "lang": "es",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "WT/COMTD/AFT/W/121",
    "date": "14 de septiembre de 2026", "job": "(26-6402)", "body_line": "Comité de Comercio y Desarrollo",
    "original": "Original: inglés",
    "page_title": "WT/COMTD/AFT/W/121 - Conectividad digital y comercio electrónico: Examen Global 2026",
    "saved_from": "https://plataforma-comercio-desarrollo.example.org/biblioteca/wt-comtd-aft-w-121",
    "card": [("Signatura", "WT/COMTD/AFT/W/121"), ("Fecha", "14 de septiembre de 2026"),
             ("Órgano", "Comité de Comercio y Desarrollo"), ("Tipo", "Nota de la Secretaría")],
    "related": ["Examen Global de la Ayuda para el Comercio 2024", "Marco Integrado mejorado",
                "Programa de Trabajo sobre el Comercio Electrónico", "Preparativos de la CM14"],
    "blocks": [
        ("title", "AYUDA PARA EL COMERCIO"),
        ("title", "EXAMEN GLOBAL 2026: CONECTIVIDAD DIGITAL Y COMERCIO ELECTRÓNICO"),
        ("center", "Nota de la Secretaría[^1]"),
        ("h", "1.", "INTRODUCCIÓN"),
        ("np", "1.1", "El décimo Examen Global de la Ayuda para el Comercio se celebró en Ginebra del 24 al 26 de "
         "junio de 2026 con el lema \"Conectar para comerciar\". La presente nota resume las sesiones dedicadas "
         "a la conectividad digital y al comercio electrónico, y las respuestas al ejercicio de vigilancia "
         "realizado con la OCDE."),
        ("h", "2.", "LA BRECHA DE CONECTIVIDAD"),
        ("np", "2.1", "Según la Unión Internacional de Telecomunicaciones, unos 2.600 millones de personas seguían "
         "sin utilizar Internet en 2024, y en los países menos adelantados solo el 35 por ciento de la población "
         "estaba conectada.[^2] El costo de la banda ancha móvil superaba en muchos de ellos el objetivo del 2 "
         "por ciento del ingreso nacional bruto per cápita fijado por la Comisión de la Banda Ancha."),
        ("np", "2.2", "Los participantes subrayaron que la brecha ya no era solo de cobertura: la mayoría de las "
         "personas no conectadas vivían en zonas cubiertas por redes móviles, pero no podían pagar un teléfono "
         "inteligente o los datos, o carecían de las competencias necesarias."),
        ("h", "3.", "FINANCIACIÓN"),
        ("np", "3.1", "Los desembolsos de ayuda para el comercio destinados a las comunicaciones siguen siendo "
         "modestos en comparación con los destinados al transporte y la energía. El cuadro 1 resume las cifras "
         "presentadas por la OCDE."),
        ("caption", "Cuadro 1: Desembolsos de ayuda para el comercio en comunicaciones (millones de USD, precios "
         "constantes de 2022)"),
        ("table", [
            ["Año", "Todos los países", "Países menos adelantados", "Parte de los PMA (%)", "Proyectos nuevos"],
            ["2018", "1.080", "310", "29", "164"],
            ["2020", "1.260", "355", "28", "181"],
            ["2022", "1.410", "402", "29", "197"],
            ["2024", "1.530", "446", "29", "212"],
        ]),
        ("np", "3.2", "Los bancos multilaterales de desarrollo aportaron más de la mitad de esa financiación. "
         "Varios donantes señalaron que la inversión privada en cables submarinos y centros de datos superaba "
         "con creces la ayuda pública, pero se concentraba en los mercados más grandes.[^3]"),
        ("h", "4.", "EXPERIENCIAS PRESENTADAS"),
        ("np", "4.1", "Rwanda presentó su programa de teléfonos inteligentes asequibles, que desde 2023 permite "
         "pagar los aparatos a plazos; la proporción de hogares con un teléfono inteligente había pasado del 23 "
         "al 39 por ciento en tres años. Camboya describió su plataforma de ventanilla única para las "
         "exportaciones de pequeñas empresas."),
        ("np", "4.2", "Las Islas Salomón explicaron que la llegada de su primer cable submarino, en 2020, había "
         "dividido por cuatro el precio mayorista de la capacidad internacional. El Paraguay, país sin litoral, "
         "destacó su dependencia de los cables de los países vecinos y pidió apoyo para una red troncal de "
         "fibra óptica."),
        ("np", "4.3", "El Marco Integrado mejorado informó de que había financiado evaluaciones de la preparación "
         "para el comercio electrónico en 32 países menos adelantados desde 2017, en cooperación con la "
         "UNCTAD.[^4]"),
        ("h", "5.", "RECOMENDACIONES"),
        ("np", "5.1", "Los participantes recomendaron: a) integrar la conectividad digital en las estrategias "
         "nacionales de comercio; b) reducir los derechos e impuestos sobre los teléfonos inteligentes y los "
         "servicios de datos; y c) coordinar mejor la ayuda de los donantes en materia de comercio "
         "electrónico.[^5]"),
        ("np", "5.2", "La Secretaría presentará un informe completo del Examen Global al Comité de Comercio y "
         "Desarrollo en su reunión de noviembre de 2026."),
    ],
    "footnotes": {
        "1": "Nota preparada bajo la responsabilidad de la Secretaría, sin perjuicio de las posiciones de los "
             "Miembros.",
        "2": "UIT, Hechos y cifras 2024. La proporción mundial de personas que utilizan Internet era del 68 por "
             "ciento.",
        "3": "Según un estudio presentado por el Banco Mundial, más del 70 por ciento de la inversión en cables "
             "submarinos entre 2020 y 2025 procedió de empresas privadas de contenidos.",
        "4": "Las evaluaciones eTrade Readiness se realizaron en 28 de esos países con financiación del Marco "
             "Integrado mejorado y en otros 4 con fondos bilaterales.",
        "5": "Se presentaron 94 respuestas al ejercicio de vigilancia, de las cuales 51 procedían de países en "
             "desarrollo y 43 de donantes.",
    },
}
