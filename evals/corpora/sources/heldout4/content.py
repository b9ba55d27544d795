"""Document texts of the fourth held-out dev corpus (heldout4), as data.

Ten documents on the WTO Work Programme on Electronic Commerce and related work, written
for wtoqa's evaluation from public facts in our own words.  They are NOT official WTO
texts: symbols, job numbers, several figures and all names of individuals are
illustrative.  Rendering: ../render.py (build_all, build_docx) and render4.py (the
documents marked "variant", dispatched on their "layout").

Block kinds: ("title", text), ("center", text), ("p", text), ("rule",),
("h", number, heading), ("np", number, text), ("sub", label, text), ("li", list, text),
("caption", text), ("table", rows), ("source", text).  "[^n]" marks footnote n.
"""

ORG3 = ["WORLD TRADE ORGANIZATION", "ORGANISATION MONDIALE DU COMMERCE", "ORGANIZACIÓN MUNDIAL DEL COMERCIO"]

DOCS = {}

# ---------------------------------------------------------------------------
# 1. EN, PDF (variant "tpr"): Trade Policy Review of Mauritius, Section 3.4
# ---------------------------------------------------------------------------
DOCS["tpr-mauritius-digital-trade.pdf"] = {
    "format": "pdf", "variant": True, "layout": "tpr", "lang": "en",
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "WT/TPR/S/458", "date": "2 October 2024", "job": "(24-6655)",
    "page_label": "Page", "body_line": "Trade Policy Review Body", "original": "Original: English",
    "member": "Mauritius",
    "title_lines": ["TRADE POLICY REVIEW", "MAURITIUS"], "title_sub": "REPORT BY THE SECRETARIAT",
    "font": "Times-Roman", "size": 11,
    "blocks": [
        ("p", "This report, prepared for the Trade Policy Review of Mauritius held on 27 and 29 November "
              "2024, has been drawn up by the WTO Secretariat on its own responsibility. The Secretariat has, "
              "as required by the Agreement establishing the Trade Policy Review Mechanism, sought "
              "clarification from Mauritius on its trade policies and practices. The present extract "
              "reproduces Section 3.4 of the report."),
        ("h", "3.4", "Electronic commerce and digital trade"),
        ("h", "3.4.1", "Policy and institutional framework"),
        ("np", "3.58.", "The Government of Mauritius treats the digital economy as one of the pillars of its "
                        "strategy to diversify away from sugar, textiles and tourism. The Digital Mauritius 2030 "
                        "Strategic Plan, launched in November 2018, sets targets for connectivity, e-government and "
                        "the growth of information and communication technology (ICT) services. According to "
                        "Statistics Mauritius, the ICT sector accounted for 5.7% of gross value added in 2023 and "
                        "employed about 28,000 people, up from 23,500 in 2019.[^1]"),
        ("np", "3.59.", "Policy is led by the Ministry of Information Technology, Communication and Innovation "
                        "(MITCI). The Information and Communication Technologies Authority (ICTA) licenses "
                        "operators and regulates the sector, while the Economic Development Board promotes "
                        "investment in ICT and business process outsourcing. An inter-ministerial E-Commerce "
                        "Committee, chaired by MITCI and set up in 2021, coordinates work on the legal framework "
                        "for online trade and meets four times a year."),
        ("np", "3.60.", "Connectivity has improved markedly since the previous review. Internet users rose from "
                        "58% of the population in 2017 to 76% in 2023, and fibre-to-the-home networks now pass "
                        "about 97% of households. The landing in 2021 of the METISS submarine cable, which links "
                        "Mauritius to South Africa, Madagascar and Réunion, added a third international route "
                        "alongside the SAFE and LION cables and helped reduce the wholesale price of international "
                        "bandwidth by about 40% between 2020 and 2023.[^2]"),
        ("h", "3.4.2", "Electronic transactions, signatures and consumer protection"),
        ("np", "3.61.", "The Electronic Transactions Act 2000 gives electronic records and signatures the same "
                        "legal effect as their paper equivalents. It distinguishes a secure electronic signature, "
                        "which must rely on a certificate issued by a licensed certification authority, from other "
                        "electronic signatures. The Controller of Certification Authorities, housed within the "
                        "ICTA, had licensed two certification authorities as at December 2023. The authorities "
                        "indicated that amendments under preparation would recognize foreign certificates issued "
                        "under equivalent standards."),
        ("np", "3.62.", "The Consumer Protection Act 1991 does not contain provisions specific to online sales. "
                        "The authorities informed the Secretariat that a Consumer Protection (Electronic Commerce) "
                        "Bill was being drafted; it would require online sellers to disclose their identity and the "
                        "total price, including delivery charges, and would give buyers a 14-day cooling-off period "
                        "for distance contracts. Complaints are currently handled by the Consumer Affairs Unit of "
                        "the Ministry of Commerce, which recorded 412 complaints about online purchases in 2023."),
        ("np", "3.63.", "The Cybersecurity and Cybercrime Act 2021 replaced the Computer Misuse and Cybercrime "
                        "Act 2003. It set up a National Cybersecurity Committee and gives the Computer Emergency "
                        "Response Team of Mauritius (CERT-MU) a legal mandate to handle incidents affecting "
                        "critical information infrastructure."),
        ("h", "3.4.3", "Personal data protection and cross-border data flows"),
        ("np", "3.64.", "The Data Protection Act 2017, which came into force on 15 January 2018, was modelled "
                        "closely on the European Union's General Data Protection Regulation. Controllers and "
                        "processors must register with the Data Protection Office, and personal data breaches must "
                        "be notified to the Data Protection Commissioner within 72 hours. Fines for offences under "
                        "the Act may reach MUR 200,000.[^3]"),
        ("np", "3.65.", "Personal data may be transferred abroad where the controller provides proof of "
                        "appropriate safeguards to the Commissioner, or where the data subject has given explicit "
                        "consent. Mauritius has no general requirement to store data locally. However, under a 2018 "
                        "guideline of the Bank of Mauritius, banks must obtain the Bank's prior approval before "
                        "outsourcing the storage of customer data to a provider located abroad, and data held by "
                        "ministries must be hosted at the Government Online Centre."),
        ("h", "3.4.4", "Digital payments and paperless trade"),
        ("np", "3.66.", "The Bank of Mauritius launched the Mauritius Central Automated Switch (MauCAS) in 2019 "
                        "to provide an instant payment service between banks and mobile wallets, and introduced a "
                        "common national QR code in 2021. Instant payments processed through MauCAS reached about "
                        "21 million transactions in 2023, against 3.4 million in 2020."),
        ("np", "3.67.", "Customs declarations have been lodged electronically through the TradeNet system since "
                        "1994. Since 2019, the National Electronic Licensing System (NELS) has allowed traders to "
                        "apply online for some 180 permits and licences issued by 28 public bodies. Mauritius "
                        "notified its single window as fully operational in 2022 under the Trade Facilitation "
                        "Agreement, and plans to exchange electronic phytosanitary certificates through the IPPC "
                        "ePhyto hub from 2025."),
        ("h", "3.4.5", "Customs duties and taxation of digital services"),
        ("np", "3.68.", "Mauritius does not levy customs duties on electronic transmissions and supports the "
                        "practice of not imposing them. Software and other digital products imported on physical "
                        "media remain dutiable; such goods are bound at rates of up to 15% but applied at zero in "
                        "almost all cases."),
        ("np", "3.69.", "Since 1 July 2023, non-resident suppliers of digital or electronic services to "
                        "consumers in Mauritius have been required to register for value added tax once their "
                        "annual supplies exceed MUR 3 million, and to charge VAT at the standard rate of 15%. By "
                        "June 2024, 57 foreign suppliers had registered under this regime, which yielded about "
                        "MUR 420 million in its first year.[^4]"),
        ("h", "3.4.6", "International and regional commitments"),
        ("np", "3.70.", "Mauritius takes part in the WTO Work Programme on Electronic Commerce and has "
                        "participated in the Joint Statement Initiative on E-commerce since 2019. In July 2024, it "
                        "was among the 82 participants that supported the stabilized text of the Agreement on "
                        "Electronic Commerce. The authorities stated that they would need technical assistance to "
                        "implement the provisions on paperless trading and on open government data."),
        ("np", "3.71.", "Regionally, Mauritius is a party to the Agreement Establishing the African Continental "
                        "Free Trade Area, whose Protocol on Digital Trade was adopted by the African Union Assembly "
                        "in February 2024. Its free trade agreement with China, in force since 1 January 2021, "
                        "contains a chapter on electronic commerce, the first such chapter in a bilateral agreement "
                        "signed by Mauritius."),
        ("np", "3.72.", "The remaining challenges identified by the authorities include the shortage of "
                        "specialized ICT skills, the small size of the domestic market and the limited use of "
                        "online sales by small enterprises: according to a 2023 survey by Statistics Mauritius, "
                        "only 18% of small enterprises sold goods or services online, against 46% of large firms."),
    ],
    "footnotes": {
        "1": "Statistics Mauritius, Digest of ICT Statistics 2023. The figures cover telecommunications, computer "
             "programming and information services, and business process outsourcing.",
        "2": "Information provided by the ICTA. The wholesale price refers to the monthly cost of 1 Mbit/s of "
             "international capacity.",
        "3": "Data Protection Act 2017 (Act No. 20 of 2017), section 43. Heavier penalties, including imprisonment "
             "of up to five years, apply to the unlawful disclosure of personal data.",
        "4": "Mauritius Revenue Authority. The threshold applies to the value of supplies made to persons who are "
             "not registered for VAT.",
    },
}

# ---------------------------------------------------------------------------
# 2. EN, DOCX (variant): CTD note on e-commerce capacity building (Word numbering)
# ---------------------------------------------------------------------------
DOCS["comtd-ecommerce-capacity-building.docx"] = {
    "format": "docx", "variant": True, "lang": "en",
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "WT/COMTD/W/272", "date": "28 May 2024", "job": "(24-3987)",
    "body_line": "Committee on Trade and Development", "original": "Original: English",
    "header_rows": [["Document symbol:", "WT/COMTD/W/272"], ["Date:", "28 May 2024"],
                    ["Original language:", "English"]],
    "created": (2024, 5, 28),
    "blocks": [
        ("title", "ELECTRONIC COMMERCE AND CAPACITY BUILDING: AID FOR TRADE AND THE ENHANCED INTEGRATED "
                  "FRAMEWORK"),
        ("center", "NOTE BY THE SECRETARIAT"),
        ("p", "This note has been prepared under the Secretariat's own responsibility and is without prejudice "
              "to the positions of Members or to their rights and obligations under the WTO."),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "At its 127th Session, held on 21 November 2023, the Committee on Trade and Development "
                      "asked the Secretariat to prepare a factual note on the support available to developing and "
                      "least-developed country (LDC) Members for building their capacity in electronic commerce. "
                      "The request followed a proposal by the LDC Group, supported by the African Group, during the "
                      "Committee's discussion of the development dimension of the Work Programme on Electronic "
                      "Commerce."),
        ("np", "1.2", "The Committee is one of the four bodies to which the General Council assigned tasks under "
                      "the 1998 Work Programme. Its mandate includes the effects of electronic commerce on the "
                      "trade and economic prospects of developing countries, ways to enhance their participation, "
                      "and the financial implications for developing countries. This note draws on the OECD-WTO Aid "
                      "for Trade monitoring exercise, reports of the Enhanced Integrated Framework (EIF) and "
                      "information from partner agencies."),
        ("h", "2", "AID FOR TRADE FLOWS TO DIGITAL CONNECTIVITY"),
        ("np", "2.1", "Aid for Trade disbursements to all sectors reached USD 48.7 billion in 2022. Of this "
                      "total, USD 1.31 billion, or 2.7%, was reported under the communications category of the "
                      "OECD Creditor Reporting System, which covers telecommunications, information and "
                      "communication technology and postal services. Support for digital connectivity thus remains "
                      "a small share of Aid for Trade, well below transport and storage (USD 11.6 billion) or "
                      "energy (USD 9.8 billion)."),
        ("caption", "Table 1: Aid for Trade disbursements for communications, 2019-2022 (USD million, constant "
                    "2022 prices)"),
        ("table", [["Year", "All developing countries", "of which LDCs"],
                   ["2019", "1,040", "312"],
                   ["2020", "1,190", "341"],
                   ["2021", "1,260", "355"],
                   ["2022", "1,310", "338"]]),
        ("source", "Source: OECD Creditor Reporting System; WTO Secretariat calculations."),
        ("np", "2.2", "Disbursements for communications to LDCs fell in 2022 for the first time in four years, "
                      "even as total disbursements in the category continued to grow. The share of LDCs in the "
                      "category declined from 30% in 2019 to 26% in 2022."),
        ("np", "2.3", "In the 2022 monitoring and evaluation exercise, 89 partner countries completed the "
                      "questionnaire. Digital connectivity was ranked among the top three Aid for Trade priorities "
                      "by 61% of them, compared with 38% in the 2017 exercise, whose theme was Promoting Trade, "
                      "Inclusiveness and Connectivity for Sustainable Development. The obstacles to e-commerce "
                      "cited most often were the cost of broadband, weak logistics and the lack of electronic "
                      "payment solutions."),
        ("np", "2.4", "The Ninth Global Review of Aid for Trade will take place in Geneva from 26 to 28 June 2024 "
                      "under the theme Mainstreaming Trade. Sessions on digital trade for LDCs and on women-led "
                      "firms selling online are foreseen."),
        ("h", "3", "THE ENHANCED INTEGRATED FRAMEWORK"),
        ("np", "3.1", "The EIF is the only multilateral partnership dedicated exclusively to assisting LDCs in "
                      "using trade as a tool for growth. It supports Diagnostic Trade Integration Studies (DTIS), "
                      "which identify constraints and priority actions, and finances institutional and productive "
                      "capacity projects. Since 2017, DTIS updates have systematically included a chapter on "
                      "e-commerce readiness."),
        ("np", "3.2", "The EIF has been a major partner of the rapid eTrade Readiness Assessments carried out by "
                      "UNCTAD under the eTrade for all initiative. Of the 33 assessments completed by the end of "
                      "2023, 21 concerned LDCs and were co-financed by the EIF. Follow-up reviews in 2022 and 2023 "
                      "found that about 40% of the recommendations of the first assessments had been fully or "
                      "partially implemented."),
        ("np", "3.3", "EIF-funded projects with a strong e-commerce component include:"),
        ("li", 1, "Go4eCAM in Cambodia, approved in 2020 with EIF funding of USD 1.9 million, which set up an "
                  "e-commerce strategy secretariat and a platform linking small producers to domestic and foreign "
                  "buyers;"),
        ("li", 1, "a project in Nepal, launched in 2021, which trained 1,150 small enterprises, half of them led "
                  "by women, in online marketing and electronic payments; and"),
        ("li", 1, "support to the Agence des Systèmes d'Information et du Numérique of Benin for the design of a "
                  "national trade portal, approved in 2022 for USD 1.2 million."),
        ("np", "3.4", "The current phase of the EIF runs until 31 December 2024. Its Steering Committee is "
                      "discussing a successor programme, and several LDCs have asked that digital trade be given a "
                      "dedicated funding window."),
        ("h", "4", "OTHER SOURCES OF SUPPORT"),
        ("np", "4.1", "The WTO Secretariat delivered 14 national and regional technical assistance activities on "
                      "electronic commerce in 2023, reaching some 560 officials. An online course on e-commerce "
                      "and the WTO, launched in 2021, has been completed by 1,300 participants."),
        ("np", "4.2", "Complementary support is provided by the International Trade Centre's ecomConnect "
                      "programme, the World Bank's Digital Economy for Africa initiative and the Universal Postal "
                      "Union's Ecom@Africa project, which helps postal operators handle parcels ordered online."),
        ("h", "5", "ISSUES FOR CONSIDERATION"),
        ("np", "5.1", "Members may wish to consider the following questions:"),
        ("li", 2, "how to improve the coordination of e-commerce assistance, which partner countries describe as "
                  "fragmented;"),
        ("li", 2, "whether the Committee should hold an annual session on digital capacity building, with the "
                  "participation of the EIF and UNCTAD; and"),
        ("li", 2, "how to ensure that LDCs that graduate from the category retain access to support for digital "
                  "trade."),
    ],
    "footnotes": {},
}

# ---------------------------------------------------------------------------
# 3. EN, HTML (variant): JSI co-convenors' statement on the Agreement (Nov. 2024)
# ---------------------------------------------------------------------------
DOCS["jsi-agreement-legal-review-statement.html"] = {
    "format": "html", "variant": True, "lang": "en",
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "INF/ECOM/90", "date": "22 November 2024", "job": "(24-8391)",
    "original": "Original: English",
    "issued_by": "Co-convenors of the Joint Statement Initiative on E-commerce (Australia, Japan, Singapore)",
    "page_title": "Agreement on Electronic Commerce: completion of the legal review and next steps",
    "saved_from": "https://docs-online.example.org/ecom/INF-ECOM-90.html",
    "related": [("#inf-ecom-87", "INF/ECOM/87 - Agreement on Electronic Commerce (stabilized text), 26 July 2024"),
                ("#inf-ecom-87-rev1", "INF/ECOM/87/Rev.1 - Agreement on Electronic Commerce (legally reviewed "
                                      "text)"),
                ("#wt-l-1056", "WT/L/1056 - Joint Statement on Electronic Commerce, Davos, 25 January 2019"),
                ("#wt-min-17-60", "WT/MIN(17)/60 - Joint Statement on Electronic Commerce, Buenos Aires, "
                                  "13 December 2017")],
    "blocks": [
        ("title", "AGREEMENT ON ELECTRONIC COMMERCE"),
        ("center", "Completion of the legal review and next steps"),
        ("center", "Joint statement by the co-convenors of the Joint Statement Initiative on Electronic "
                   "Commerce (Australia, Japan and Singapore)"),
        ("rule",),
        ("np", "1", "We, the co-convenors of the Joint Statement Initiative (JSI) on Electronic Commerce, "
                    "Australia, Japan and Singapore, issue this statement on behalf of the participants that "
                    "support the Agreement on Electronic Commerce, following the completion of the legal review "
                    "of its text on 15 November 2024."),
        ("np", "2", "Negotiations were launched in Davos in January 2019 by 76 Members, building on the joint "
                    "statement issued by 71 Ministers in Buenos Aires in December 2017. Participation has since "
                    "grown to 91 WTO Members, accounting for more than 90% of global trade."),
        ("np", "3", "On 26 July 2024, we circulated the stabilized text of the Agreement in document INF/ECOM/87. "
                    "At that time, 82 of the 91 participants supported the text. The nine other participants "
                    "indicated that they were not yet in a position to join, for reasons ranging from pending "
                    "domestic consultations to the absence of provisions on data flows."),
        ("np", "4", "Between September and November 2024, participants held five meetings of legal experts to "
                    "verify the internal consistency of the text and align it with the terminology of the WTO "
                    "Agreement. The legally reviewed text has been circulated as INF/ECOM/87/Rev.1. No substantive "
                    "change was made to the balance of rights and obligations agreed in July."),
        ("np", "5", "The Agreement contains 38 articles grouped in seven sections, together with an annex on "
                    "telecommunications services that applies only to the parties that opt into it. Its main "
                    "disciplines cover:"),
        ("li", 1, "electronic transaction frameworks consistent with the UNCITRAL Model Law on Electronic "
                  "Commerce (1996);"),
        ("li", 1, "electronic authentication and electronic signatures, including the freedom of the parties to a "
                  "transaction to choose their authentication method;"),
        ("li", 1, "paperless trading, electronic invoicing and single windows;"),
        ("li", 1, "online consumer protection and unsolicited commercial electronic messages;"),
        ("li", 1, "personal data protection, cybersecurity and open government data; and"),
        ("li", 1, "customs duties on electronic transmissions."),
        ("np", "6", "Under the Agreement, parties will not impose customs duties on electronic transmissions "
                    "between a person of one party and a person of another party. This commitment will be "
                    "reviewed in the fifth year after entry into force, in the light of developments in the "
                    "multilateral Work Programme on Electronic Commerce."),
        ("np", "7", "The Agreement does not contain rules on cross-border data flows or on the location of "
                    "computing facilities. Participants could not reach consensus on these issues and agreed to "
                    "resume discussions on them no later than three years after entry into force."),
        ("np", "8", "Developing country parties may delay the implementation of designated provisions by up to "
                    "five years after entry into force, and least-developed country parties by up to seven years. "
                    "A party may request an extension of up to two additional years, to be decided by the "
                    "Committee on Electronic Commerce established under the Agreement."),
        ("np", "9", "The E-commerce Capacity Building Framework, launched in December 2023, had by November 2024 "
                    "received pledges of CHF 7.3 million from 11 donors. It has financed needs assessments in "
                    "14 developing and least-developed participants, starting with Kenya, Mongolia and Paraguay."),
        ("np", "10", "The participants seek to incorporate the Agreement into Annex 4 of the Marrakesh Agreement "
                     "as a plurilateral trade agreement under Article X:9, which requires a decision taken by "
                     "consensus by the Ministerial Conference or the General Council. They intend to submit a "
                     "joint request to that effect to the General Council in early 2025."),
        ("np", "11", "Once incorporated, the Agreement will enter into force for its parties on the ninetieth day "
                     "after the deposit of the fortieth instrument of acceptance."),
        ("np", "12", "We invite all WTO Members that have not yet done so to join the Agreement. Participation "
                     "remains open, and non-participants will continue to be informed through open-ended "
                     "information sessions, the next of which will be held on 10 December 2024."),
    ],
    "footnotes": {},
}

# ---------------------------------------------------------------------------
# 4. EN, MD (variant "table"): Chile, New Zealand, Singapore on data localisation
# ---------------------------------------------------------------------------
DOCS["data-localisation-communication.md"] = {
    "format": "md", "variant": True, "layout": "table", "lang": "en",
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "WT/GC/W/951", "date": "11 October 2024", "job": "(24-7210)",
    "body_line": "General Council", "original": "Original: English",
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "DATA LOCALISATION MEASURES AND TRUST IN CROSS-BORDER DATA FLOWS"),
        ("center", "COMMUNICATION FROM CHILE, NEW ZEALAND AND SINGAPORE"),
        ("p", "The following communication, dated 9 October 2024, is being circulated at the request of the "
              "delegations of Chile, New Zealand and Singapore."),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1.", "At the Thirteenth Ministerial Conference in Abu Dhabi, Ministers instructed the General "
                       "Council to reinvigorate the Work Programme on Electronic Commerce, with a focus on the "
                       "development dimension. As the founding parties of the Digital Economy Partnership "
                       "Agreement (DEPA), signed in June 2020, Chile, New Zealand and Singapore submit this paper "
                       "to help Members discuss a cross-cutting issue that neither the Work Programme nor the "
                       "Agreement on Electronic Commerce has yet addressed: the localisation of data."),
        ("np", "1.2.", "For the purposes of this paper, a data localisation measure is any requirement that data "
                       "be stored or processed on servers located within a Member's territory, or any restriction "
                       "on the transfer of data abroad that has a similar effect. Such measures differ widely in "
                       "scope and purpose, and this paper does not suggest that all of them are unjustified."),
        ("h", "2", "TRENDS"),
        ("np", "2.1.", "Data localisation measures have spread quickly. According to the OECD, the number of such "
                       "measures in force across 40 economies more than doubled between 2017 and 2021, from 67 to "
                       "144, and more than half of those adopted after 2017 were of the most restrictive type, "
                       "which requires data to be stored locally and prohibits copies abroad.[^1]"),
        ("np", "2.2.", "Three broad types can be distinguished: (a) requirements to keep a local copy while "
                       "allowing transfers; (b) requirements to store and process data locally, with transfers "
                       "allowed only under conditions such as prior approval; and (c) outright prohibitions on "
                       "transferring certain categories of data abroad. The sectors most often covered are "
                       "financial services, health records, telecommunications metadata and data held by public "
                       "bodies."),
        ("h", "3", "ECONOMIC EFFECTS"),
        ("np", "3.1.", "Localisation requirements raise costs for firms that would otherwise rely on cloud services "
                       "located abroad. Studies reviewed by the co-sponsors estimate that such requirements "
                       "increase the cost of data storage and processing by 30 to 60% for the firms concerned, "
                       "with the heaviest burden falling on small firms, which cannot spread the cost of local "
                       "facilities over large volumes.[^2]"),
        ("np", "3.2.", "Localisation can also weaken security when it concentrates data in a single facility or "
                       "prevents firms from using the best available security services. At the same time, "
                       "governments have legitimate concerns regarding privacy, law enforcement access to data and "
                       "the resilience of critical infrastructure, which must be addressed."),
        ("h", "4", "THE EXPERIENCE OF THE CO-SPONSORS"),
        ("np", "4.1.", "DEPA entered into force for New Zealand and Singapore on 7 January 2021 and for Chile on "
                       "23 November 2021. Its Module 4 allows the cross-border transfer of information by "
                       "electronic means and prohibits requirements to use local computing facilities, subject to "
                       "measures needed to achieve a legitimate public policy objective. The Republic of Korea "
                       "became the fourth party in May 2024, and applications from China, Canada, Costa Rica and "
                       "Peru are under consideration."),
        ("np", "4.2.", "Chile's new personal data protection law, approved by Congress in August 2024, creates an "
                       "independent Personal Data Protection Agency and allows international transfers to countries "
                       "with an adequate level of protection or under approved contractual clauses."),
        ("np", "4.3.", "New Zealand's Privacy Act 2020 requires an organisation that discloses personal information "
                       "abroad to ensure comparable safeguards, and Singapore's Personal Data Protection Act 2012 "
                       "requires transferring organisations to ensure a standard of protection comparable to its "
                       "own. None of the three co-sponsors imposes a general data localisation requirement."),
        ("h", "5", "WTO RULES AND REGIONAL PRACTICE"),
        ("np", "5.1.", "Under the GATS, measures that restrict data transfers in connection with a scheduled "
                       "service may be justified under Article XIV(c)(ii) to protect the privacy of individuals, "
                       "provided they are not applied as a means of arbitrary discrimination or a disguised "
                       "restriction on trade. No WTO panel has yet examined a data localisation measure as such."),
        ("np", "5.2.", "Several regional agreements now contain binding rules, such as Article 14.13 of the "
                       "Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) and Article "
                       "19.12 of the Agreement between the United States, Mexico and Canada, which prohibit "
                       "requiring the use of local computing facilities as a condition for doing business. The "
                       "Agreement on Electronic Commerce concluded in 2024 under the Joint Statement Initiative "
                       "contains no such rule."),
        ("h", "6", "PROPOSALS"),
        ("np", "6.1.", "The co-sponsors propose that the General Council: (a) hold a dedicated discussion on data "
                       "localisation in the first half of 2025, with the participation of the OECD, UNCTAD and the "
                       "World Bank; (b) invite the Secretariat to prepare a factual inventory of data localisation "
                       "measures described in Trade Policy Review reports; and (c) encourage Members to share their "
                       "experience with less trade-restrictive alternatives, such as adequacy arrangements, "
                       "contractual clauses and data access agreements for law enforcement."),
        ("np", "6.2.", "The co-sponsors do not propose the negotiation of new rules at this stage. Their aim is to "
                       "build a shared understanding of the costs and benefits of localisation, in particular for "
                       "developing Members and their small businesses."),
    ],
    "footnotes": {
        "1": "OECD (2022), A Preliminary Mapping of Data Localisation Measures, OECD Trade Policy Paper No. 262. "
             "The figures count measures, not economies; one economy may maintain several.",
        "2": "The range reflects estimates for the financial services and cloud computing sectors; the co-sponsors "
             "caution that few studies cover developing economies.",
    },
}

# ---------------------------------------------------------------------------
# 5. FR, TXT (variant "minutes"): Council for Trade in Goods minutes, July 2024
# ---------------------------------------------------------------------------
DOCS["conseil-marchandises-compte-rendu-juillet-2024.txt"] = {
    "format": "txt", "variant": True, "layout": "minutes", "lang": "fr",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "G/C/M/149", "date": "2 septembre 2024", "job": "(24-5981)",
    "body_line": "Conseil du commerce des marchandises", "original": "Original : anglais",
    "page_label": "Page :",
    "blocks": [
        ("title", "CONSEIL DU COMMERCE DES MARCHANDISES"),
        ("title", "COMPTE RENDU DE LA RÉUNION TENUE AU CENTRE WILLIAM RAPPARD"),
        ("title", "LES 8 ET 9 JUILLET 2024"),
        ("center", "Président : M. Henrik Aasland (Norvège)"),
        ("toc", ["1 ADOPTION DE L'ORDRE DU JOUR",
                 "2 PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE",
                 "3 AUTRES QUESTIONS"]),
        ("h", "1", "ADOPTION DE L'ORDRE DU JOUR"),
        ("np", "1.1.", "Le Conseil a adopté l'ordre du jour proposé dans l'aérogramme WTO/AIR/CTG/27, tel qu'il "
                       "avait été modifié."),
        ("h", "2", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("np", "2.1.", "Le Président a rappelé que, dans la décision ministérielle adoptée à Abou Dhabi le 2 mars "
                       "2024 (WT/MIN(24)/38), les Ministres étaient convenus de maintenir la pratique consistant à "
                       "ne pas imposer de droits de douane sur les transmissions électroniques jusqu'à la "
                       "quatorzième session de la Conférence ministérielle ou jusqu'au 31 mars 2026, la date la "
                       "plus proche étant retenue, le moratoire et la décision devant expirer à cette date. Les "
                       "Ministres avaient aussi chargé le Conseil général et ses organes subsidiaires de "
                       "redynamiser le Programme de travail, en mettant l'accent sur la dimension développement."),
        ("np", "2.2.", "Au titre du Programme de travail de 1998, le Conseil est chargé d'examiner les aspects du "
                       "commerce électronique qui relèvent du GATT de 1994, notamment l'accès aux marchés, "
                       "l'évaluation en douane, les licences d'importation, les règles d'origine et les normes. Le "
                       "Président a fait observer que le Conseil n'avait pas examiné ces questions de manière "
                       "approfondie depuis son rapport de juillet 1999 (G/C/W/158) et a invité les délégations à "
                       "faire part de leurs vues sur la manière de structurer les travaux."),
        ("np", "2.3.", "La représentante de l'Inde a dit que le moratoire privait les pays en développement de "
                       "recettes tarifaires d'autant plus importantes que des produits autrefois importés sous "
                       "forme physique, tels que les films, les livres, la musique, les logiciels et les jeux "
                       "vidéo, étaient désormais transmis électroniquement. Elle a rappelé que 49 lignes tarifaires "
                       "à six chiffres du Système harmonisé avaient été identifiées comme correspondant à des "
                       "produits numérisables et a demandé que le Conseil examine la définition des transmissions "
                       "électroniques, sur laquelle les Membres ne s'étaient jamais accordés."),
        ("np", "2.4.", "Le représentant de l'Indonésie a indiqué que son pays avait créé en 2018, dans sa "
                       "nomenclature tarifaire, un chapitre 99 consacré aux logiciels et autres biens numériques "
                       "transmis électroniquement, assorti d'un taux de droit actuellement fixé à zéro. Cette mesure "
                       "visait à préparer l'administration des douanes à une éventuelle expiration du moratoire en "
                       "2026, et non à percevoir des droits."),
        ("np", "2.5.", "La représentante de l'Afrique du Sud a dit que la portée du moratoire restait ambiguë, "
                       "car on ne savait pas s'il couvrait uniquement les transmissions elles-mêmes ou aussi leur "
                       "contenu. Sa délégation proposait que le Secrétariat établisse une note factuelle sur les "
                       "positions exprimées par les Membres sur cette question depuis 1998."),
        ("np", "2.6.", "Le représentant de l'Union européenne a dit que le moratoire apportait de la prévisibilité "
                       "aux entreprises, en particulier aux micro, petites et moyennes entreprises, et que l'Union "
                       "européenne restait favorable à ce qu'il devienne permanent. L'imposition de droits de "
                       "douane sur des transmissions électroniques soulèverait des difficultés pratiques "
                       "considérables en matière d'évaluation et de contrôle; les recettes publiques pouvaient être "
                       "mieux préservées au moyen de la TVA sur les services numériques."),
        ("np", "2.7.", "La représentante des États-Unis a dit que son pays n'imposait pas de droits de douane sur "
                       "les transmissions électroniques. Elle s'est dite préoccupée par les propositions visant à "
                       "taxer le contenu transmis, qui reviendraient selon elle à imposer des droits de douane sur "
                       "des services."),
        ("np", "2.8.", "Le représentant du Chili a décrit l'expérience de son pays en matière d'envois de faible "
                       "valeur. En vertu d'une loi adoptée en 2024, les marchandises achetées en ligne d'une valeur "
                       "inférieure à 41 dollars EU, jusqu'ici exonérées, seraient soumises à la TVA à l'importation "
                       "à compter d'octobre 2025, la perception étant assurée par les plateformes. Ce type de "
                       "mesure fiscale intérieure, qui ne relève pas du moratoire, montrait que les Membres "
                       "disposaient d'autres moyens de préserver leurs recettes."),
        ("np", "2.9.", "Le représentant de la Suisse a proposé que le Conseil consacre une partie de ses travaux "
                       "aux aspects du commerce électronique qui concernent les marchandises, tels que le "
                       "dédouanement des envois de faible valeur et des colis postaux, en s'appuyant sur le Cadre "
                       "de normes de l'OMD sur le commerce électronique transfrontières adopté en 2018."),
        ("np", "2.10.", "La représentante du Bénin, s'exprimant au nom du Groupe des PMA, a dit que les PMA "
                        "manquaient de données pour évaluer l'incidence du moratoire sur leurs recettes. Rappelant "
                        "la communication de son pays (WT/GC/W/936), elle a demandé que le Secrétariat établisse, "
                        "pour chaque PMA, des statistiques sur les importations de produits numérisables sous forme "
                        "physique entre 2015 et 2023."),
        ("np", "2.11.", "Le représentant de la Chine a dit que son pays soutenait le maintien du moratoire. Il a "
                        "présenté l'expérience des 165 zones pilotes intégrées pour le commerce électronique "
                        "transfrontières, dont la première avait été créée à Hangzhou en 2015, et a proposé que le "
                        "Conseil organise un échange d'expériences sur la facilitation des échanges de marchandises "
                        "commandées en ligne."),
        ("np", "2.12.", "Le Président a remercié les délégations et a constaté un large intérêt pour un examen des "
                        "aspects du commerce électronique relatifs aux marchandises. Sur sa proposition, le Conseil "
                        "est convenu d'organiser le 15 octobre 2024 une session thématique sur le traitement des "
                        "envois de faible valeur et des colis commandés en ligne, avec la participation de "
                        "l'Organisation mondiale des douanes et de l'Union postale universelle. Le Président ferait "
                        "rapport au Conseil général, sous sa propre responsabilité, avant la réunion de décembre "
                        "2024 de celui-ci."),
        ("np", "2.13.", "Le Conseil a pris note des déclarations faites."),
        ("h", "3", "AUTRES QUESTIONS"),
        ("np", "3.1.", "Le Président a informé le Conseil que sa prochaine réunion ordinaire se tiendrait les 14 "
                       "et 15 novembre 2024."),
    ],
    "footnotes": {},
}

# ---------------------------------------------------------------------------
# 6. FR, DOCX (render.build_docx): Secretariat note, history of the Work Programme
# ---------------------------------------------------------------------------
DOCS["historique-programme-travail-1998-2024.docx"] = {
    "format": "docx", "lang": "fr",
    "symbol": "JOB/GC/412", "date": "25 novembre 2024",
    "running_header": "JOB/GC/412",
    "header_rows": [("ORGANISATION MONDIALE DU COMMERCE", "JOB/GC/412"),
                    ("Conseil général", "25 novembre 2024"),
                    ("", "Original : anglais")],
    "created": (2024, 11, 25),
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE : APERÇU HISTORIQUE, 1998-2024"),
        ("center", "Note du Secrétariat"),
        ("p", "La présente note a été établie sous la responsabilité du Secrétariat et est sans préjudice des "
              "positions des Membres ou de leurs droits et obligations dans le cadre de l'OMC."),
        ("np", "1", "À sa réunion des 22 et 23 juillet 2024, le Conseil général a demandé au Secrétariat "
                    "d'établir un aperçu factuel de l'évolution du Programme de travail sur le commerce "
                    "électronique depuis son adoption, afin d'éclairer les travaux de redynamisation prescrits par "
                    "la treizième Conférence ministérielle. L'Initiative liée à la Déclaration conjointe n'y est "
                    "évoquée que brièvement."),
        ("np", "2", "La Déclaration sur le commerce électronique mondial, adoptée le 20 mai 1998 à la deuxième "
                    "Conférence ministérielle, à Genève, a chargé le Conseil général d'établir un programme de "
                    "travail global pour examiner toutes les questions liées au commerce électronique qui touchent "
                    "au commerce. Les Membres y sont aussi convenus de maintenir leur pratique consistant à ne pas "
                    "imposer de droits de douane sur les transmissions électroniques."),
        ("np", "3", "Le Conseil général a adopté le Programme de travail le 25 septembre 1998 (WT/L/274). Aux "
                    "fins du Programme, le commerce électronique s'entend de la production, de la distribution, de "
                    "la commercialisation, de la vente ou de la livraison de marchandises et de services par des "
                    "moyens électroniques. Quatre organes ont été chargés de travaux : le Conseil du commerce des "
                    "services, le Conseil du commerce des marchandises, le Conseil des ADPIC et le Comité du "
                    "commerce et du développement."),
        ("np", "4", "Les quatre organes ont présenté des rapports au Conseil général en juillet 1999. Plusieurs "
                    "questions, dont la classification du contenu de certaines transmissions électroniques et les "
                    "incidences sur les recettes fiscales, ont été jugées transversales. Depuis la première "
                    "discussion spécialisée, tenue le 15 juin 2001, ces questions sont examinées dans le cadre de "
                    "discussions spécialisées organisées sous les auspices du Conseil général ; 14 discussions de "
                    "ce type ont eu lieu entre 2001 et 2024."),
        ("np", "5", "Le moratoire sur les droits de douane a été prorogé à la plupart des Conférences "
                    "ministérielles, comme le montre le tableau 1. Les Conférences de Seattle (1999) et de Cancún "
                    "(2003) s'étant achevées sans déclaration ministérielle, le moratoire n'a pas été "
                    "formellement renouvelé lors de ces sessions, mais les Membres ont continué de le respecter "
                    "dans la pratique."),
        ("caption", "Tableau 1 : Renouvellements du moratoire sur les droits de douane sur les transmissions "
                    "électroniques"),
        ("table", [["Année", "Conférence", "Lieu", "Durée du moratoire"],
                   ["1998", "CM2", "Genève", "Non précisée"],
                   ["2001", "CM4", "Doha", "Jusqu'à la CM5"],
                   ["2005", "CM6", "Hong Kong, Chine", "Jusqu'à la CM7"],
                   ["2009", "CM7", "Genève", "Jusqu'à la CM8"],
                   ["2011", "CM8", "Genève", "Jusqu'à la CM9"],
                   ["2013", "CM9", "Bali", "Jusqu'à la CM10"],
                   ["2015", "CM10", "Nairobi", "Jusqu'à la CM11"],
                   ["2017", "CM11", "Buenos Aires", "Jusqu'à la CM12"],
                   ["2022", "CM12", "Genève", "Jusqu'à la CM13 ou au 31 mars 2024"],
                   ["2024", "CM13", "Abou Dhabi", "Jusqu'à la CM14 ou au 31 mars 2026"]]),
        ("source", "Source : Secrétariat de l'OMC, d'après les déclarations et décisions ministérielles."),
        ("np", "6", "En décembre 2017, à la onzième Conférence ministérielle tenue à Buenos Aires, 71 Membres ont "
                    "publié une déclaration conjointe sur le commerce électronique (WT/MIN(17)/60). En janvier "
                    "2019, à Davos, 76 Membres ont confirmé leur intention d'engager des négociations (WT/L/1056). "
                    "Ces travaux se déroulent en dehors du Programme de travail, qui demeure le seul cadre "
                    "multilatéral d'examen du commerce électronique."),
        ("np", "7", "La douzième Conférence ministérielle, initialement prévue à Nour-Soultan en juin 2020, a été "
                    "reportée en raison de la pandémie de COVID-19. Le Conseil général avait prorogé le moratoire "
                    "en décembre 2019 (WT/L/1079) jusqu'à la CM12, qui s'est finalement tenue à Genève du 12 au 17 "
                    "juin 2022. La décision adoptée à cette occasion (WT/MIN(22)/32) prévoyait que le moratoire "
                    "expirerait le 31 mars 2024 si la CM13 était reportée au-delà de cette date."),
        ("np", "8", "À la treizième Conférence ministérielle, tenue à Abou Dhabi du 26 février au 2 mars 2024, "
                    "les Ministres ont maintenu le moratoire jusqu'à la CM14 ou jusqu'au 31 mars 2026, la date la "
                    "plus proche étant retenue, et ont précisé que le moratoire et la décision expireraient à "
                    "cette date. La décision (WT/MIN(24)/38) demande aussi de redynamiser le Programme de travail "
                    "en mettant l'accent sur la dimension développement, notamment par l'assistance technique."),
        ("np", "9", "Depuis 2023, chaque discussion spécialisée porte sur un thème précis. Celle du 13 juin 2023 "
                    "a été consacrée à la confiance numérique (protection des consommateurs en ligne, "
                    "authentification électronique et cybersécurité), sur la base notamment d'une communication "
                    "du Mexique (WT/GC/W/889). En 2024, le Conseil général a tenu deux discussions spécialisées, "
                    "les 6 mai et 10 octobre, consacrées respectivement à la fracture numérique et au commerce "
                    "sans papier."),
        ("np", "10", "Au total, entre septembre 1998 et octobre 2024, les Membres ont présenté 142 communications "
                     "au titre du Programme de travail, dont 61 depuis 2017. Les sujets les plus souvent traités "
                     "sont le moratoire, la dimension développement et la transparence."),
        ("np", "11", "Le Programme de travail reste de nature exploratoire et ne comporte pas de mandat de "
                     "négociation. Le Conseil général doit faire le point à ses réunions ordinaires de juillet et "
                     "de décembre 2024 et de juillet 2025, puis rendre compte à la CM14, qui se tiendra à Yaoundé "
                     "(Cameroun) en mars 2026."),
    ],
    "footnotes": {},
}

# ---------------------------------------------------------------------------
# 7. FR, HTML (variant): communication from Benin on e-commerce and LDC development
# ---------------------------------------------------------------------------
DOCS["benin-commerce-electronique-pma.html"] = {
    "format": "html", "variant": True, "lang": "fr",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "WT/GC/W/936", "date": "18 avril 2024", "job": "(24-2874)",
    "original": "Original : français",
    "issued_by": "Conseil général – Communication du Bénin",
    "page_title": "Le commerce électronique au service du développement des PMA : réduire la fracture numérique",
    "saved_from": "https://docs-online.example.org/fr/ecom/WT-GC-W-936.html",
    "related": [("#wt-min-24-38", "WT/MIN(24)/38 – Programme de travail sur le commerce électronique, décision "
                                  "ministérielle du 2 mars 2024"),
                ("#wt-l-274", "WT/L/274 – Programme de travail sur le commerce électronique, adopté le 25 "
                              "septembre 1998"),
                ("#wt-comtd-w-272", "WT/COMTD/W/272 – Commerce électronique et renforcement des capacités, note "
                                    "du Secrétariat")],
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("center", "Le commerce électronique au service du développement des PMA : réduire la fracture numérique"),
        ("center", "Communication du Bénin"),
        ("p", "La communication ci-après, datée du 16 avril 2024, est distribuée à la demande de la délégation du "
              "Bénin."),
        ("rule",),
        ("np", "1", "À la treizième Conférence ministérielle, les Ministres ont demandé que les travaux au titre du "
                    "Programme de travail sur le commerce électronique soient redynamisés et mettent l'accent sur la "
                    "dimension développement. Le Bénin, qui assure en 2024 la coordination du Groupe des pays les "
                    "moins avancés (PMA) à l'OMC, soumet la présente communication pour contribuer à cet effort. "
                    "Elle est présentée à titre national."),
        ("np", "2", "La fracture numérique demeure profonde. Selon l'Union internationale des télécommunications, "
                    "35 % de la population des PMA utilisait l'Internet en 2023, contre 67 % à l'échelle mondiale. "
                    "L'écart est encore plus marqué entre zones urbaines et zones rurales et entre hommes et femmes "
                    ": dans les PMA, les femmes ont 30 % de chances de moins que les hommes d'utiliser l'Internet."),
        ("np", "3", "Le coût reste un obstacle majeur. Dans la plupart des PMA, un forfait mobile de 2 Go coûte "
                    "plus de 5 % du revenu national brut mensuel par habitant, soit plus du double de l'objectif "
                    "de 2 % fixé par la Commission sur le haut débit pour le développement durable."),
        ("np", "4", "Au Bénin, le taux de pénétration de l'Internet mobile est passé de 24 % en 2018 à 41 % en "
                    "2023. Le Code du numérique adopté en 2017 (loi n° 2017-20) couvre les transactions "
                    "électroniques, la signature électronique, la protection des données personnelles et la "
                    "cybercriminalité. L'Agence des Systèmes d'Information et du Numérique (ASIN) met en œuvre "
                    "les projets phares du Gouvernement, dont le portail national des services publics, qui "
                    "proposait 312 services en ligne en décembre 2023."),
        ("np", "5", "Les paiements mobiles se sont développés rapidement : la valeur des transactions par monnaie "
                    "électronique au Bénin a atteint environ 7 400 milliards de francs CFA en 2023, contre 2 100 "
                    "milliards en 2019."),
        ("np", "6", "Les micro, petites et moyennes entreprises béninoises peinent cependant à vendre en ligne "
                    "au-delà des frontières. Les principaux obstacles recensés lors de l'évaluation rapide de "
                    "l'état de préparation au commerce électronique réalisée avec la CNUCED en 2018 sont le coût "
                    "de la logistique, l'absence de système d'adressage national et la faible interopérabilité des "
                    "moyens de paiement."),
        ("np", "7", "Les PMA ont besoin d'une marge de manœuvre pour mettre en place des politiques industrielles "
                    "numériques. Le Bénin estime que la question du moratoire doit être examinée à la lumière de "
                    "données fiables sur ses effets. À ce jour, aucune étude n'a évalué l'incidence du moratoire "
                    "sur les recettes douanières des PMA d'Afrique de l'Ouest."),
        ("np", "8", "L'assistance technique existante est fragmentée et souvent de courte durée. Le Bénin salue le "
                    "soutien du Cadre intégré renforcé (CIR) à la conception de son portail national du commerce, "
                    "mais constate que les projets s'arrêtent souvent avant que les institutions nationales "
                    "puissent en assurer la relève."),
        ("np", "9", "Le Bénin propose que le Conseil général :"),
        ("sub", "a)", "demande au Secrétariat d'établir chaque année, en coopération avec l'UIT et la CNUCED, un "
                      "rapport sur l'état de préparation numérique des PMA ;"),
        ("sub", "b)", "organise en 2024 une discussion spécialisée consacrée à la fracture numérique ;"),
        ("sub", "c)", "invite les Membres donateurs à accroître l'Aide pour le commerce consacrée à la "
                      "connectivité, qui ne représente qu'environ 3 % des décaissements ; et"),
        ("sub", "d)", "examine comment les PMA qui sortent de la catégorie pourraient continuer de bénéficier d'un "
                      "soutien pendant une période de transition."),
        ("np", "10", "Le Bénin souligne que le Programme de travail reste le seul cadre où tous les Membres, y "
                     "compris les PMA qui ne participent pas aux initiatives plurilatérales, peuvent débattre du "
                     "commerce électronique sur un pied d'égalité."),
        ("np", "11", "Le Bénin présentera la présente communication lors de la discussion spécialisée prévue le 6 "
                     "mai 2024 et invite les Membres à lui faire part de leurs observations d'ici là."),
    ],
    "footnotes": {},
}

# ---------------------------------------------------------------------------
# 8. ES, PDF (variant "es"): Colombia, Costa Rica, Peru on paperless trade
# ---------------------------------------------------------------------------
DOCS["comercio-sin-papel-ventanillas-unicas.pdf"] = {
    "format": "pdf", "variant": True, "layout": "es", "lang": "es",
    "org_lines": ORG3,
    "symbol": "WT/GC/W/944", "date": "14 de junio de 2024", "job": "(24-4410)",
    "body_line": "Consejo General", "original": "Original: español",
    "page_word": "Página",
    "font": "Helvetica", "size": 10,
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("center", "COMERCIO SIN PAPEL Y FIRMAS ELECTRÓNICAS: LA EXPERIENCIA DE LAS VENTANILLAS ÚNICAS DE "
                   "COMERCIO EXTERIOR"),
        ("center", "COMUNICACIÓN DE COLOMBIA, COSTA RICA Y EL PERÚ"),
        ("p", "Se distribuye la siguiente comunicación, de fecha 12 de junio de 2024, a solicitud de las "
              "delegaciones de Colombia, Costa Rica y el Perú."),
        ("rule",),
        ("np", "1.", "En la decisión adoptada en Abu Dabi el 2 de marzo de 2024, los Ministros encomendaron al "
                     "Consejo General revitalizar el Programa de Trabajo sobre el Comercio Electrónico. Colombia, "
                     "Costa Rica y el Perú presentan esta comunicación para compartir su experiencia con la "
                     "digitalización de los trámites de comercio exterior y proponer que el comercio sin papel sea "
                     "uno de los temas de las discusiones específicas de 2024."),
        ("np", "2.", "Las tres delegaciones ya describieron brevemente sus ventanillas únicas en el debate "
                     "específico del 13 de junio de 2023. La presente comunicación amplía esa presentación con "
                     "datos de 2023 y con las dificultades que persisten."),
        ("np", "3.", "La Ventanilla Única de Comercio Exterior (VUCE) de Colombia, creada en 2005, reúne a 21 "
                     "entidades públicas. En 2023 tramitó 1,24 millones de autorizaciones, registros y vistos "
                     "buenos previos, todos ellos en forma electrónica y con firma digital. El plazo medio de "
                     "expedición de una licencia de importación se redujo de cinco días en 2015 a menos de un día "
                     "en 2023."),
        ("np", "4.", "En Costa Rica, la VUCE administrada por la Promotora del Comercio Exterior (PROCOMER) "
                     "permite tramitar en línea los permisos de once instituciones. Desde la puesta en marcha de la "
                     "plataforma VUCE 2.0 en 2019, el tiempo medio de tramitación de las notas técnicas de "
                     "importación pasó de tres días a cuatro horas, y el 98 % de las operaciones se firma "
                     "digitalmente."),
        ("np", "5.", "La VUCE del Perú, en funcionamiento desde 2010 y administrada por el Ministerio de Comercio "
                     "Exterior y Turismo (MINCETUR), abarca los componentes de mercancías restringidas, origen y "
                     "servicios portuarios. En 2023 registró 1,6 millones de trámites. Un estudio del MINCETUR "
                     "estimó que la VUCE permitió a los usuarios ahorrar 78 millones de dólares EE.UU. en costos "
                     "de transacción entre 2010 y 2022.[^1]"),
        ("np", "6.", "Los tres países cuentan desde hace más de dos décadas con leyes que reconocen la validez "
                     "jurídica de los documentos y firmas electrónicos: la Ley 527 de 1999 en Colombia, la Ley "
                     "27269 de 2000 en el Perú y la Ley 8454 de 2005 en Costa Rica. Las leyes de Colombia y el "
                     "Perú se inspiraron en la Ley Modelo de la CNUDMI sobre Comercio Electrónico de 1996."),
        ("np", "7.", "La mayor dificultad ya no es la digitalización nacional sino el reconocimiento "
                     "transfronterizo. Un certificado de firma digital emitido en un país no suele ser reconocido "
                     "automáticamente en otro, lo que obliga a los exportadores a presentar documentos en papel o "
                     "a obtener certificados en cada mercado."),
        ("np", "8.", "Colombia y el Perú, junto con Chile y México, intercambian desde 2017 certificados "
                     "fitosanitarios electrónicos y, desde 2021, certificados de origen electrónicos a través de la "
                     "plataforma de interoperabilidad de las ventanillas únicas de la Alianza del Pacífico. En 2023 "
                     "se intercambiaron por esta vía más de 92.000 certificados.[^2] Costa Rica utiliza desde 2020 "
                     "el sistema ePhyto de la Convención Internacional de Protección Fitosanitaria."),
        ("np", "9.", "Existen ya instrumentos internacionales útiles: los artículos 10.2 (aceptación de copias) y "
                     "10.4 (ventanilla única) del Acuerdo sobre Facilitación del Comercio, la Ley Modelo de la "
                     "CNUDMI sobre Documentos Transmisibles Electrónicos (2017) y la Ley Modelo sobre la "
                     "Utilización y el Reconocimiento Transfronterizo de la Gestión de la Identidad y los "
                     "Servicios de Confianza (2022). Ninguno de los tres países ha incorporado aún a su derecho la "
                     "Ley Modelo de 2017."),
        ("np", "10.", "Las delegaciones proponen que el Consejo General: a) dedique una discusión específica en "
                      "2024 al comercio sin papel y a la interoperabilidad de las ventanillas únicas; b) invite a "
                      "la Secretaría a colaborar con el Comité de Facilitación del Comercio para reunir información "
                      "sobre el reconocimiento transfronterizo de las firmas electrónicas; y c) aliente a los "
                      "Miembros a dar a conocer sus acuerdos de reconocimiento mutuo de certificados digitales."),
        ("np", "11.", "La experiencia de los tres países muestra que la digitalización del comercio es viable para "
                      "los países en desarrollo con un apoyo técnico moderado. Colombia, Costa Rica y el Perú "
                      "ofrecen compartir sus sistemas con otros Miembros mediante la cooperación Sur-Sur."),
    ],
    "footnotes": {
        "1": "MINCETUR, Evaluación de impacto de la VUCE 2010-2022 (2023). La cifra incluye el ahorro de tiempo, "
             "de desplazamientos y de papel.",
        "2": "Datos de la Red de Ventanillas Únicas de la Alianza del Pacífico. Chile y México no son coautores de "
             "la presente comunicación.",
    },
}

# ---------------------------------------------------------------------------
# 9. ES, MD (variant "plain"): Mexico on online consumer protection (2023)
# ---------------------------------------------------------------------------
DOCS["mexico-proteccion-consumidor-en-linea.md"] = {
    "format": "md", "variant": True, "layout": "plain", "lang": "es",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "symbol": "WT/GC/W/889", "date": "30 de mayo de 2023", "job": "(23-3702)",
    "body_line": "Consejo General", "original": "Original: español",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "PROTECCIÓN DEL CONSUMIDOR EN LÍNEA: LA EXPERIENCIA DE MÉXICO"),
        ("center", "COMUNICACIÓN DE MÉXICO"),
        ("p", "Se distribuye la siguiente comunicación, de fecha 26 de mayo de 2023, a solicitud de la delegación "
              "de México."),
        ("h", "I.", "INTRODUCCIÓN"),
        ("np", "1.", "México presenta esta comunicación como contribución al debate específico sobre la confianza "
                     "en el comercio electrónico que se celebrará bajo los auspicios del Consejo General el 13 de "
                     "junio de 2023. La confianza de los consumidores es una condición para que el comercio "
                     "electrónico beneficie a las pequeñas empresas y a los hogares de los países en desarrollo."),
        ("h", "II.", "MARCO JURÍDICO"),
        ("np", "2.", "Desde el año 2000, la Ley Federal de Protección al Consumidor incluye un capítulo específico "
                     "sobre los derechos de los consumidores en las transacciones efectuadas por medios "
                     "electrónicos. El proveedor debe informar su domicilio físico y sus datos de contacto, "
                     "respetar la decisión del consumidor de no recibir avisos comerciales y proporcionar "
                     "información clara sobre precios, condiciones y garantías."),
        ("np", "3.", "La Norma Mexicana NMX-COE-001-SCFI-2018 establece la información que deben dar los "
                     "proveedores en línea, incluida la obligación de mostrar el precio total antes de que el "
                     "consumidor confirme la compra. Su aplicación es voluntaria, pero la Procuraduría Federal del "
                     "Consumidor (PROFECO) la utiliza como referencia de buenas prácticas."),
        ("h", "III.", "RESULTADOS"),
        ("np", "4.", "En 2022, la PROFECO recibió 31.560 quejas relacionadas con compras en línea, un 42 % más "
                     "que en 2019. Los motivos más frecuentes fueron la falta de entrega del producto (38 %), la "
                     "negativa a reembolsar (24 %) y los cargos no reconocidos (15 %)."),
        ("np", "5.", "Desde 2008, la plataforma Concilianet permite resolver las quejas en línea, sin que las "
                     "partes tengan que acudir a una oficina. En 2022, el 87 % de los asuntos atendidos por "
                     "Concilianet se resolvió mediante conciliación, en un plazo medio de 29 días.[^1]"),
        ("np", "6.", "Alrededor del 18 % de las quejas de 2022 se referían a proveedores sin domicilio en México, "
                     "casos en los que la PROFECO tiene pocos medios de actuar. Para esos casos, México participa "
                     "en la Red Internacional de Protección al Consumidor y Aplicación de la Ley (ICPEN) y remite "
                     "las reclamaciones al portal econsumer.gov."),
        ("h", "IV.", "MARCO INTERNACIONAL"),
        ("np", "7.", "Las Directrices de las Naciones Unidas para la Protección del Consumidor, revisadas en 2015, "
                     "y la Recomendación de la OCDE sobre la Protección del Consumidor en el Comercio Electrónico, "
                     "de 2016, ofrecen principios ampliamente aceptados. El Tratado entre México, Estados Unidos y "
                     "Canadá (T-MEC), en su artículo 19.7, obliga a las Partes a mantener leyes que prohíban las "
                     "prácticas comerciales fraudulentas y engañosas en línea."),
        ("h", "V.", "PROPUESTAS"),
        ("np", "8.", "México propone que, en el marco del Programa de Trabajo, a) los Miembros intercambien "
                     "información sobre sus leyes de protección del consumidor en línea y sobre sus mecanismos de "
                     "solución de diferencias en línea; b) la Secretaría colabore con la UNCTAD para actualizar la "
                     "información disponible sobre la legislación de los Miembros; y c) se examine la cooperación "
                     "entre autoridades de protección del consumidor en casos transfronterizos, teniendo en cuenta "
                     "las necesidades de los países menos adelantados."),
        ("np", "9.", "México no propone la elaboración de nuevas normas de la OMC en esta materia. Considera, sin "
                     "embargo, que el intercambio de experiencias puede ayudar a los Miembros a reforzar la "
                     "confianza de los consumidores sin crear obstáculos innecesarios al comercio."),
    ],
    "footnotes": {
        "1": "PROFECO, Informe anual de actividades 2022. El plazo se cuenta desde la presentación de la queja "
             "hasta la firma del convenio de conciliación.",
    },
}

# ---------------------------------------------------------------------------
# 10. ES, TXT (variant "plain"): facilitator's report on the June 2023 dedicated discussion
# ---------------------------------------------------------------------------
DOCS["debate-especifico-confianza-informe-facilitador.txt"] = {
    "format": "txt", "variant": True, "layout": "plain", "lang": "es",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "symbol": "JOB/GC/352", "date": "7 de julio de 2023",
    "body_line": "Consejo General", "original": "Original: inglés",
    "blocks": [
        ("title", "DEBATE ESPECÍFICO SOBRE EL COMERCIO ELECTRÓNICO CELEBRADO BAJO LOS AUSPICIOS DEL CONSEJO "
                  "GENERAL: LA CONFIANZA EN EL COMERCIO ELECTRÓNICO (13 DE JUNIO DE 2023)"),
        ("center", "Informe del facilitador, Embajador Samuel Owusu-Darko (Ghana)"),
        ("p", "El presente informe se distribuye bajo la responsabilidad del facilitador y sin perjuicio de las "
              "posiciones de los Miembros."),
        ("np", "1.", "El 13 de junio de 2023 se celebró, bajo los auspicios del Consejo General, un debate "
                     "específico sobre la confianza en el comercio electrónico. Asistieron delegados de 84 "
                     "Miembros, en persona o en forma virtual, y 27 delegaciones hicieron uso de la palabra. Se "
                     "invitó a expertos de la UNCTAD, la OCDE y la Comisión de las Naciones Unidas para el Derecho "
                     "Mercantil Internacional (CNUDMI)."),
        ("np", "2.", "El debate se organizó en tres sesiones: i) la protección del consumidor en línea; ii) la "
                     "autenticación y las firmas electrónicas; y iii) la ciberseguridad. Las delegaciones "
                     "dispusieron de una nota de orientación del facilitador (JOB/GC/347) y de la comunicación de "
                     "México (WT/GC/W/889)."),
        ("h", "A.", "Sesión 1: Protección del consumidor en línea"),
        ("np", "3.", "México presentó su comunicación y destacó los resultados de su plataforma de conciliación "
                     "en línea. La UNCTAD informó de que, según su seguimiento de la legislación mundial, el 74 % de "
                     "los países contaba con leyes de protección del consumidor en línea, pero solo el 48 % de los "
                     "países menos adelantados."),
        ("np", "4.", "Varias delegaciones, entre ellas la Unión Europea, el Japón y Kenya, se refirieron a las "
                     "dificultades para hacer cumplir la ley frente a proveedores extranjeros. El Grupo Africano "
                     "señaló que muchas autoridades de protección del consumidor del continente carecían de "
                     "personal especializado en comercio electrónico."),
        ("h", "B.", "Sesión 2: Autenticación y firmas electrónicas"),
        ("np", "5.", "La Secretaría de la CNUDMI presentó la Ley Modelo sobre la Utilización y el Reconocimiento "
                     "Transfronterizo de la Gestión de la Identidad y los Servicios de Confianza, aprobada en julio "
                     "de 2022. Colombia, Costa Rica y el Perú describieron sus ventanillas únicas de comercio "
                     "exterior, en las que las firmas digitales han sustituido casi por completo a los documentos "
                     "en papel."),
        ("np", "6.", "Algunas delegaciones, entre ellas la India, recordaron la importancia de la neutralidad "
                     "tecnológica para no favorecer a determinados proveedores de servicios de certificación. "
                     "Otras, como Singapur, subrayaron la utilidad de los acuerdos de reconocimiento mutuo de "
                     "firmas electrónicas."),
        ("h", "C.", "Sesión 3: Ciberseguridad"),
        ("np", "7.", "El representante de la OCDE presentó datos según los cuales los incidentes de ciberseguridad "
                     "notificados por las pequeñas empresas se habían triplicado entre 2019 y 2022. Varias "
                     "delegaciones de países en desarrollo pidieron asistencia técnica para crear equipos "
                     "nacionales de respuesta a incidentes informáticos."),
        ("h", "D.", "Observaciones del facilitador"),
        ("np", "8.", "A juicio del facilitador, hubo convergencia en cuanto al valor del intercambio de "
                     "experiencias y a la necesidad de asistencia técnica, en particular para los países menos "
                     "adelantados. No hubo acuerdo, en cambio, sobre si la OMC debía elaborar disciplinas en estas "
                     "materias: algunas delegaciones consideraron que la Iniciativa de la Declaración Conjunta era "
                     "el foro adecuado, mientras que otras insistieron en que solo el Programa de Trabajo "
                     "multilateral debía ocuparse de ellas."),
        ("np", "9.", "Varias delegaciones sugirieron que futuros debates específicos se dedicaran a la brecha "
                     "digital y al comercio sin papel. El facilitador propone que el Consejo General considere la "
                     "posibilidad de celebrar en 2024 un taller sobre autenticación electrónica, abierto a los "
                     "organismos de reglamentación de las capitales."),
        ("np", "10.", "El facilitador presentará oralmente este informe en la reunión del Consejo General de los "
                      "días 24 y 25 de julio de 2023."),
    ],
    "footnotes": {},
}
