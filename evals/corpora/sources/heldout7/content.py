"""The twelve documents of the seventh held-out dev corpus, as data.

Rendered by build.py (through render7.py and ../render.py).  Blocks: ("title", text),
("center", text), ("p", text), ("h", number, text[, level]), ("np", number, text),
("sub", label, text), ("li", list id, text), ("caption", text), ("table", rows[, groups]),
("source", text).  "[^n]" marks a footnote call; the notes are in "footnotes".

Written for wtoqa's evaluation from public facts, with invented but realistic detail;
these are not official WTO texts.
"""

DOCS = {}

# ---------------------------------------------------------------------------
# A. English, 1999, text extracted from a PDF: minutes of the Council for Trade in Services
# ---------------------------------------------------------------------------
DOCS["cts-report-meeting-may-1999-electronic-supply.txt"] = {
    "format": "txt", "variant": True, "lang": "en",
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "restricted": "RESTRICTED", "symbol": "S/C/M/38", "date": "21 June 1999", "job": "(99-2517)",
    "body_line": "Council for Trade in Services", "original": "Original: English",
    "header_style": "page", "page_word": "Page", "page_lines": 48,
    "blocks": [
        ("title", "REPORT OF THE MEETING HELD ON 3 MAY 1999"),
        ("center", "Note by the Secretariat[^1]"),
        ("center", "Chairman: Mr. Arturo Ventura (Uruguay)"),
        ("p", "Item: Work Programme on Electronic Commerce"),
        ("np", "1.", "The Chairman recalled that, when the General Council adopted the Work Programme on "
         "Electronic Commerce in September 1998, it had asked the Council for Trade in Services to examine "
         "the treatment of electronic commerce in the legal framework of the GATS and to report on its "
         "progress. He suggested that delegations structure their comments around four questions "
         "circulated informally in March: the scope of the Agreement, technological neutrality, the "
         "classification of electronically delivered products, and the distinction between cross-border "
         "supply and consumption abroad. The aim was to forward a progress report to the General Council "
         "before the summer break."),
        ("np", "2.", "The representative of Australia said that the GATS already applied to services "
         "delivered by electronic means, because the Agreement covered every means of supply and made no "
         "distinction according to the technology used. In her delegation's view, the principle of "
         "technological neutrality meant that a commitment to allow the cross-border supply of, say, "
         "architectural services extended to designs sent by e-mail as much as to drawings sent by "
         "courier. Australia did not believe that schedules needed to be renegotiated and would circulate "
         "a short paper on the point before the July meeting."),
        ("np", "3.", "The representative of India said that her delegation could accept technological "
         "neutrality as a working hypothesis, but it should not be read as creating obligations that "
         "Members had not foreseen when they bound their schedules in 1994, at a time when few of them "
         "could have anticipated the spread of the Internet. Many developing countries had bound "
         "consumption abroad while leaving cross-border supply unbound, precisely because they lacked the "
         "regulatory means to supervise suppliers located abroad. Moving a transaction from one mode to "
         "the other by way of interpretation would therefore change the balance of commitments."),
        ("np", "4.", "The representative of the European Communities said that the question of "
         "classification had to be settled first. His delegation considered that all electronic "
         "transmissions were services[^2] and that products delivered on-line, such as software, music or "
         "recorded films, should fall under the GATS and the commitments Members had scheduled under it. "
         "The European Communities saw no need to create a separate category of \"digital products\", "
         "which would only add uncertainty."),
        ("np", "5.", "The representative of the United States said that his delegation was not ready to "
         "prejudge the classification issue. Some products delivered electronically had physical "
         "counterparts that were traded as goods and enjoyed the more liberal treatment of the GATT, and "
         "it would be a step backwards if their electronic equivalents ended up with less favourable "
         "treatment. The United States suggested that the Secretariat compile how Members' schedules "
         "treated on-line supply in computer and related services and in audiovisual services, so that "
         "the discussion could rest on facts."),
        ("np", "6.", "The representative of Japan offered a preliminary view on the distinction between "
         "modes. Where a supplier actively targeted consumers in another Member's territory, for instance "
         "through advertising in the local language, the transaction could be treated as cross-border "
         "supply; where a consumer visited a foreign web site on his or her own initiative, it could be "
         "regarded as consumption abroad. Japan stressed that this was a tentative criterion offered to "
         "stimulate discussion and not a formal proposal."),
        ("np", "7.", "The representative of Brazil said that access to and use of public "
         "telecommunications networks was a precondition for electronic commerce. The Annex on "
         "Telecommunications and the Reference Paper negotiated in 1997 already gave suppliers certain "
         "guarantees, but only some Members had taken on the Reference Paper.[^3] Brazil asked that the "
         "progress report recognise the link between the development of networks in developing countries "
         "and their ability to benefit from electronic commerce."),
        ("np", "8.", "The representative of Canada said that the protection of privacy and of consumers "
         "was an essential condition of trust in on-line transactions. Measures taken for those purposes "
         "could be justified under the general exceptions of Article XIV, and any future disciplines on "
         "domestic regulation under Article VI:4 should take them into account. Canada was ready to share "
         "its experience with the privacy legislation then before its Parliament."),
        ("np", "9.", "The representative of Egypt, supported by Pakistan and Kenya, said that many "
         "developing countries lacked the statistical and technical capacity to assess how electronic "
         "commerce affected their services sectors. He asked the Secretariat to organize, in cooperation "
         "with other agencies, an information seminar for capital-based officials, and suggested that the "
         "Committee on Trade and Development be kept informed."),
        ("np", "10.", "In reply to a question from Switzerland, the representative of the Secretariat said "
         "that a factual note on the treatment of on-line supply in schedules could be ready for the July "
         "meeting, provided that it was limited to the sectors mentioned by the United States.[^4]"),
        ("np", "11.", "The Chairman said that he would reflect the discussion in a draft progress report. In "
         "his view, there was broad agreement that the GATS applied to the electronic supply of services "
         "and wide support for technological neutrality, although some delegations had expressed "
         "reservations. The classification of products delivered on-line and the distinction between "
         "cross-border supply and consumption abroad required further work. He would hold informal "
         "consultations on 14 June 1999 and circulate the draft report at least ten days before the formal "
         "meeting of 19 July 1999."),
        ("np", "12.", "The Council took note of the statements made."),
    ],
    "footnotes": {
        "1": "This report covers only the item of the agenda concerning electronic commerce. The other "
             "items discussed at the meeting of 3 May 1999 are recorded in document S/C/M/37.",
        "2": "See the communication from the European Communities and their member States of 28 April "
             "1999, document S/C/W/107.",
        "3": "The Secretariat indicated during the meeting that 69 Members had made commitments on basic "
             "telecommunications in the negotiations concluded in February 1997, and that 57 of them had "
             "inscribed the Reference Paper in whole or in part.",
        "4": "The Secretariat estimated that 74 Members had scheduled commitments in computer and related "
             "services, against some 19 in audiovisual services. The note would be issued under its own "
             "responsibility.",
    },
}

# ---------------------------------------------------------------------------
# B. English, 2009, PDF (several pages, two heading levels, table): Secretariat note
# ---------------------------------------------------------------------------
DOCS["secretariat-note-mobile-broadband-services-2009.pdf"] = {
    "format": "pdf", "variant": True, "lang": "en", "layout": "en_note", "font": "Times-Roman", "size": 11,
    "org": "WORLD TRADE ORGANIZATION", "restricted": "RESTRICTED", "symbol": "S/C/W/296",
    "date": "16 June 2009", "job": "(09-2981)", "body_line": "Council for Trade in Services",
    "original": "Original: English",
    "blocks": [
        ("title", "ELECTRONIC COMMERCE AND THE EXPANSION OF MOBILE AND BROADBAND NETWORKS"),
        ("center", "Background Note by the Secretariat[^1]"),
        ("h", "1.", "INTRODUCTION", 1),
        ("np", "1.1", "At its meeting of 23 March 2009, the Council for Trade in Services agreed to resume "
         "its discussion of electronic commerce under the Work Programme and asked the Secretariat to "
         "update the factual information contained in its earlier notes. Delegations were particularly "
         "interested in the rapid spread of mobile telephony in developing countries and in the "
         "implications of broadband access for services trade."),
        ("np", "1.2", "This note describes market developments between 2003 and 2008 (Section 2), outlines "
         "some regulatory questions raised by mobile and broadband services (Section 3), summarizes the "
         "state of GATS commitments in the most relevant sectors (Section 4) and suggests issues that the "
         "Council may wish to discuss (Section 5). It is without prejudice to the rights and obligations of "
         "Members."),
        ("h", "2.", "MARKET DEVELOPMENTS", 1),
        ("h", "A.", "Mobile telephony", 2),
        ("np", "2.1", "Mobile telephony has been the fastest-growing information and communication "
         "technology in history. The number of mobile subscriptions worldwide roughly tripled between 2003 "
         "and 2008, and by the end of that period developing economies accounted for about two thirds of "
         "all subscriptions. Prepaid plans, low-cost handsets and shared access through village phone "
         "schemes explain much of this growth."),
        ("np", "2.2", "Growth has been strongest where it started from the lowest base. Table 1 shows that "
         "least-developed countries and Africa recorded the sharpest increases, although their penetration "
         "rates remain well below the world average. In several of these countries the mobile network is "
         "now the only means by which most of the population can reach electronic services of any kind."),
        ("h", "B.", "Broadband internet access", 2),
        ("np", "2.3", "Fixed broadband, by contrast, remains concentrated in high-income economies. Its "
         "diffusion depends on existing copper and cable networks, on investment in backbone capacity and "
         "on the price of international bandwidth, which in many landlocked countries is far higher than "
         "in coastal ones.[^2] Mobile broadband based on third-generation technologies is beginning to "
         "fill the gap, but at the end of 2008 it was still available mainly in urban areas."),
        ("caption", "Table 1: Selected indicators per 100 inhabitants, 2003 and 2008"),
        ("table", [
            ["Group of economies", "2003", "2008", "2003", "2008", "2003", "2008"],
            ["World", "22.2", "59.7", "12.3", "23.5", "1.6", "6.1"],
            ["Developed economies", "65.4", "100.8", "44.1", "62.0", "6.2", "22.4"],
            ["Developing economies", "12.9", "49.0", "5.6", "15.0", "0.6", "2.7"],
            ["Least-developed countries", "1.9", "18.6", "0.4", "1.6", "0.01", "0.04"],
            ["Africa", "6.2", "37.5", "1.6", "6.0", "0.1", "0.2"],
        ], ["Mobile subscriptions", "Internet users", "Fixed broadband"]),
        ("source", "Source: ITU World Telecommunication/ICT Indicators database; Secretariat calculations. "
         "Figures are rounded."),
        ("h", "3.", "REGULATORY QUESTIONS", 1),
        ("h", "A.", "Mobile payments", 2),
        ("np", "3.1", "Mobile networks are increasingly used to deliver financial services to people who "
         "have no bank account. In Kenya, a money transfer service launched by a mobile operator in 2007 "
         "is reported to have reached several million users within two years.[^3] Such services raise "
         "questions about the respective roles of telecommunications and financial regulators, and about "
         "whether they are classified under telecommunications or financial services in Members' "
         "schedules."),
        ("h", "B.", "Interconnection and spectrum", 2),
        ("np", "3.2", "The terms on which new operators can interconnect with incumbent networks, and the "
         "way radio spectrum is allocated, largely determine whether competition develops in mobile and "
         "broadband markets. Members that have inscribed the Reference Paper on basic telecommunications "
         "have undertaken to ensure cost-oriented interconnection with major suppliers and to allocate "
         "scarce resources, including frequencies, in an objective, timely, transparent and "
         "non-discriminatory manner."),
        ("np", "3.3", "Several delegations have also asked whether value-added services offered over "
         "mobile networks, such as text-message information services or mobile banking interfaces, should "
         "be treated as telecommunications services or as services of another sector. The answer affects "
         "which schedule entries apply, and the Secretariat is not aware of any Member that has clarified "
         "the point in its schedule."),
        ("h", "4.", "GATS COMMITMENTS", 1),
        ("np", "4.1", "As of May 2009, 108 Members, counting the European Communities and their member "
         "States as one, had made commitments on basic telecommunications, and 82 of them had inscribed "
         "the Reference Paper wholly or in part. Commitments on computer and related services had been "
         "made by 95 Members, most of them without limitations on cross-border supply.[^4]"),
        ("np", "4.2", "Commitments on value-added telecommunications services are more numerous than those "
         "on basic services, as many Members scheduled them during the Uruguay Round. However, the "
         "definitions used in schedules at that time did not anticipate mobile data or internet access "
         "services, and Members have so far interpreted their scope in different ways."),
        ("h", "5.", "ISSUES FOR DISCUSSION", 1),
        ("np", "5.1", "The Council may wish to consider the following questions:"),
        ("sub", "(a)", "whether the classification of services supplied over mobile networks needs to be "
         "clarified;"),
        ("sub", "(b)", "how commitments on telecommunications interact with those on financial services in "
         "the case of mobile payments;"),
        ("sub", "(c)", "whether technical assistance could help least-developed countries design regulatory "
         "frameworks that attract investment in networks; and"),
        ("sub", "(d)", "how the Council can cooperate with the International Telecommunication Union in "
         "collecting and sharing data."),
    ],
    "footnotes": {
        "1": "This note has been prepared under the Secretariat's own responsibility. It updates the "
             "information in document S/C/W/68 of 16 November 1998.",
        "2": "According to a 2008 study cited by the ITU, the monthly price of a 2 Mbit/s international "
             "leased circuit could be up to eight times higher in a landlocked African country than in a "
             "neighbouring coastal one.",
        "3": "The service was authorized by the Central Bank of Kenya on the basis of a letter of no "
             "objection, pending the adoption of specific legislation on payment systems.",
        "4": "Of the 95 Members, 12 maintained limitations on cross-border supply, mostly linked to the "
             "location of data processing.",
    },
}

# ---------------------------------------------------------------------------
# C. English, 2019, DOCX: JSI proposal from Hong Kong, China
# ---------------------------------------------------------------------------
DOCS["jsi-hong-kong-china-e-authentication-contracts-2019.docx"] = {
    "format": "docx", "variant": True, "lang": "en", "created": (2019, 4, 26),
    "org": "WORLD TRADE ORGANIZATION", "symbol": "INF/ECOM/24", "date": "26 April 2019",
    "job": "(19-2745)", "body_line": "Joint Statement on Electronic Commerce", "original": "Original: English",
    "header_rows": [("WORLD TRADE ORGANIZATION", "INF/ECOM/24"), ("", "26 April 2019"),
                    ("(19-2745)", ""), ("Joint Statement on Electronic Commerce", "Original: English")],
    "running_header": "INF/ECOM/24", "heading_fmt": "upperRoman",
    "blocks": [
        ("title", "JOINT STATEMENT ON ELECTRONIC COMMERCE"),
        ("title", "ELECTRONIC TRANSACTION FRAMEWORKS: ELECTRONIC AUTHENTICATION AND ELECTRONIC CONTRACTS"),
        ("center", "Communication from Hong Kong, China"),
        ("p", "The following communication, dated 25 April 2019, is being circulated at the request of the "
         "delegation of Hong Kong, China."),
        ("h", "I.", "INTRODUCTION"),
        ("np", "1", "Since the launch of negotiations in January 2019, participants have broadly agreed that "
         "a predictable legal environment for electronic transactions is the foundation on which other "
         "e-commerce disciplines rest. Businesses, and small firms in particular, need confidence that a "
         "contract concluded on-line will be enforced and that an electronic signature will be recognized "
         "by a court or an administration."),
        ("np", "2", "Hong Kong, China has had a comprehensive legal framework for electronic transactions "
         "for almost two decades.[^1] Experience shows that a light, technology-neutral framework, which "
         "leaves the parties free to choose their authentication method while allowing higher requirements "
         "for a limited number of sensitive transactions, has worked well for traders and consumers alike."),
        ("np", "3", "This communication proposes text on electronic contracts and electronic authentication "
         "for participants' consideration. The text draws on the model laws and the convention developed by "
         "the United Nations Commission on International Trade Law[^2] and on provisions found in recent "
         "regional trade agreements."),
        ("h", "II.", "ELEMENTS OF A POSSIBLE TEXT"),
        ("np", "4", "Hong Kong, China suggests that the following elements be considered:"),
        ("li", 1, "Electronic contracts: no Party shall deny the legal effect, validity or enforceability of "
         "a contract solely on the ground that it was concluded by electronic means."),
        ("li", 1, "Electronic authentication: no Party shall deny the legal validity of a signature solely "
         "on the basis that it is in electronic form, and the parties to a transaction shall be free to "
         "determine the appropriate authentication method between themselves."),
        ("li", 1, "Performance standards: a Party may require that, for a particular category of "
         "transactions, the method of authentication meet certain performance standards or be certified by "
         "an authority accredited in accordance with its law."),
        ("li", 1, "Interoperability: Parties shall encourage the use of interoperable electronic "
         "authentication and shall endeavour to work towards the mutual recognition of digital "
         "certificates."),
        ("np", "5", "Parties should remain free to exclude a short list of matters from the coverage of "
         "these provisions, such as wills and testamentary instruments, powers of attorney, deeds relating "
         "to land and negotiable instruments, where the formality of a paper document continues to serve a "
         "protective purpose.[^3]"),
        ("h", "III.", "DEVELOPMENT CONSIDERATIONS"),
        ("np", "6", "Hong Kong, China recognizes that some participants, in particular developing and "
         "least-developed ones, have not yet adopted legislation on electronic transactions. A transition "
         "period of up to five years after entry into force could be considered for such participants, "
         "together with targeted technical assistance."),
        ("np", "7", "Hong Kong, China stands ready to share its experience, including on the operation of "
         "its public certification authority, which has been issuing digital certificates to individuals "
         "and organizations since January 2000.[^4]"),
        ("np", "8", "Hong Kong, China looks forward to discussing these elements with other participants at "
         "the negotiating round scheduled for May 2019."),
    ],
    "footnotes": {
        "1": "The Electronic Transactions Ordinance (Cap. 553) was enacted in January 2000 and amended in "
             "2004 to refine the rules on electronic signatures.",
        "2": "In particular the UNCITRAL Model Law on Electronic Commerce (1996), the UNCITRAL Model Law on "
             "Electronic Signatures (2001) and the United Nations Convention on the Use of Electronic "
             "Communications in International Contracts (2005).",
        "3": "Schedule 1 to the Electronic Transactions Ordinance lists the matters excluded from its "
             "application in Hong Kong, China.",
        "4": "The certification authority is operated by Hongkong Post; a personal certificate can be "
             "embedded in the smart identity card at the holder's request.",
    },
}

# ---------------------------------------------------------------------------
# D. English, 2023, saved HTML with notes and back-links: facilitator's report
# ---------------------------------------------------------------------------
DOCS["dedicated-discussion-capacity-building-facilitator-2023.html"] = {
    "format": "html", "variant": True, "lang": "en",
    "org": "WORLD TRADE ORGANIZATION", "restricted": "RESTRICTED", "symbol": "JOB/GC/352",
    "date": "14 July 2023", "job": "", "body_line": "General Council", "original": "Original: English",
    "page_title": "JOB/GC/352 - Dedicated discussion on e-commerce capacity building",
    "saved_from": "https://docs.example.org/dol/JOB-GC-352.html",
    "card": [("Symbol", "JOB/GC/352"), ("Date", "14 July 2023"), ("Body", "General Council"),
             ("Type", "Report"), ("Languages", "English")],
    "related": [("#r1", "Work Programme on Electronic Commerce - overview"),
                ("#r2", "Inventory of e-commerce technical assistance (forthcoming)"),
                ("#r3", "Previous dedicated discussions"),
                ("#r4", "Aid for Trade and digital connectivity")],
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "DEDICATED DISCUSSION ON E-COMMERCE CAPACITY BUILDING AND TECHNICAL ASSISTANCE"),
        ("center", "Report by the Facilitator[^1]"),
        ("np", "1.", "Following the reinvigoration of the Work Programme agreed at the Twelfth Ministerial "
         "Conference, I convened a dedicated discussion on capacity building and technical assistance on "
         "22 June 2023. The session was open to all Members and Observers and was attended by some 90 "
         "delegations, many of them joining virtually from capitals."),
        ("np", "2.", "The aim was to take stock of the support available to developing Members, and "
         "least-developed countries in particular, to identify gaps and to consider how the WTO could help "
         "connect the demand for assistance with the agencies able to supply it."),
        ("h", "A.", "Presentations by partner organizations"),
        ("np", "3.", "Representatives of UNCTAD, the International Trade Centre, the World Bank and the "
         "Enhanced Integrated Framework presented their programmes. UNCTAD described its eTrade Readiness "
         "Assessments, which evaluate a country's situation across seven policy areas and have been "
         "completed for a large number of least-developed countries.[^2] The International Trade Centre "
         "presented its work with small online sellers, including training on cross-border marketplaces and "
         "payment solutions."),
        ("np", "4.", "The World Bank explained that its digital economy diagnostics were increasingly used to "
         "prepare investment loans for broadband infrastructure and digital public platforms. The Enhanced "
         "Integrated Framework noted that e-commerce now appeared among the priorities of the diagnostic "
         "trade integration studies of several LDCs, but that funding for follow-up projects remained "
         "scarce."),
        ("h", "B.", "Views of Members"),
        ("np", "5.", "Speaking on behalf of the LDC Group, Bangladesh said that assessments had been useful "
         "but that too few of their recommendations had been implemented, mainly for lack of resources. The "
         "Group asked for a simple mechanism through which LDCs could signal their needs and be matched with "
         "donors, and stressed that any support should be demand-driven.[^3]"),
        ("np", "6.", "The African Group, through its coordinator, highlighted the importance of the African "
         "Continental Free Trade Area and its Protocol on Digital Trade, and asked that WTO assistance be "
         "coordinated with the support offered to its implementation. Several members of the Group pointed "
         "to the high cost of data and devices as the main obstacle for their consumers."),
        ("np", "7.", "Australia, the European Union, Japan and Singapore described their bilateral "
         "programmes, including support for drafting e-commerce legislation and training for regulators. "
         "Singapore recalled that it had co-organized a series of workshops on digital trade for small "
         "island developing States. China presented its cooperation on cross-border e-commerce pilot zones "
         "and offered to host study visits."),
        ("np", "8.", "Several delegations noted that the existing information on assistance was scattered "
         "across organizations and websites. There was broad support for a single, regularly updated "
         "inventory of e-commerce capacity-building activities."),
        ("h", "C.", "Next steps"),
        ("np", "9.", "In light of the discussion, I suggest that the Secretariat prepare, in cooperation with "
         "partner organizations, an inventory of e-commerce technical assistance programmes, to be "
         "circulated before the end of October 2023,[^4] and that a follow-up dedicated discussion be held "
         "in the first half of 2024 to review it."),
        ("np", "10.", "This report is submitted on my own responsibility and does not prejudge the positions "
         "of Members."),
    ],
    "footnotes": {
        "1": "The Facilitator of the Work Programme on Electronic Commerce is Ambassador Kwame Asante "
             "(Ghana). The report responds to the General Council's request that dedicated discussions be "
             "reported in writing.",
        "2": "As of June 2023, UNCTAD had completed 32 eTrade Readiness Assessments, 27 of them for "
             "least-developed countries.",
        "3": "The written statement of the LDC Group was circulated as document WT/GC/W/869.",
        "4": "The inventory would be issued as a JOB document and updated every six months on the basis of "
             "information supplied by Members and partner organizations.",
    },
}

# ---------------------------------------------------------------------------
# E. French, 2003, DOCX: report on a dedicated discussion on cross-cutting issues
# ---------------------------------------------------------------------------
DOCS["rapport-discussion-specialisee-questions-transversales-2003.docx"] = {
    "format": "docx", "variant": True, "lang": "fr", "created": (2003, 6, 12),
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "WT/GC/W/509", "date": "12 juin 2003",
    "job": "(03-3176)", "body_line": "Conseil général", "original": "Original: anglais",
    "header_rows": [("ORGANISATION MONDIALE DU COMMERCE", "WT/GC/W/509"), ("", "12 juin 2003"),
                    ("(03-3176)", ""), ("Conseil général", "Original: anglais")],
    "running_header": "WT/GC/W/509", "heading_fmt": "upperLetter",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "QUATRIÈME DISCUSSION SPÉCIALISÉE CONSACRÉE AUX QUESTIONS TRANSVERSALES"),
        ("center", "Rapport du Président de la discussion[^1]"),
        ("np", "1", "La quatrième discussion spécialisée sur le commerce électronique tenue sous les auspices "
         "du Conseil général a eu lieu le 16 mai 2003. Comme les précédentes, elle était consacrée aux "
         "questions transversales que les organes subsidiaires du Conseil général avaient recensées sans "
         "pouvoir les traiter isolément."),
        ("np", "2", "Six questions figuraient à l'ordre du jour : la classification du contenu de certains "
         "produits transmis électroniquement ; les questions relatives au développement ; les incidences "
         "fiscales du commerce électronique ; les rapports entre le commerce électronique et le commerce "
         "traditionnel ; la concurrence ; et la compétence juridictionnelle et le droit applicable. Quatre "
         "communications écrites avaient été présentées avant la réunion.[^2]"),
        ("h", "A.", "Classification"),
        ("np", "3", "Sur la classification, les positions n'ont guère évolué depuis 2001. Un groupe de "
         "Membres a réaffirmé que tout ce qui est livré par voie électronique devait relever de l'AGCS, "
         "alors que d'autres ont estimé que certains produits, comme les logiciels ou la musique "
         "enregistrée, pouvaient être considérés comme des marchandises lorsqu'ils avaient un équivalent "
         "physique. Une troisième approche, défendue notamment par le Japon, consisterait à créer une "
         "catégorie distincte dont le traitement serait négocié séparément."),
        ("np", "4", "Plusieurs délégations ont fait observer que la question avait des conséquences "
         "pratiques, car le niveau de libéralisation découlant des engagements pris au titre du GATT est en "
         "général plus élevé que celui qui résulte des listes de l'AGCS, en particulier pour les services "
         "audiovisuels."),
        ("h", "B.", "Développement"),
        ("np", "5", "Les pays en développement ont insisté sur l'accès aux infrastructures, le coût de la "
         "connexion internationale et le manque de compétences. Le représentant de Cuba a souligné que le "
         "coût d'un abonnement à l'internet représentait dans certains pays en développement plus de la "
         "moitié du revenu mensuel moyen. Le représentant de la Malaisie a présenté le programme de son pays "
         "destiné à former des entrepreneurs ruraux à la vente en ligne."),
        ("h", "C.", "Incidences fiscales"),
        ("np", "6", "Plusieurs pays en développement ont rappelé que les recettes douanières représentaient "
         "une part importante de leurs ressources budgétaires et ont demandé que le Secrétariat actualise "
         "son étude de 1999 sur ce sujet. D'autres délégations ont relevé que les données disponibles ne "
         "permettaient pas de tirer de conclusions fiables, la plupart des produits numériques étant encore "
         "livrés sur des supports matériels.[^3]"),
        ("h", "D.", "Concurrence, compétence juridictionnelle et droit applicable"),
        ("np", "7", "La Communauté européenne a fait valoir que les marchés numériques tendaient vers la "
         "concentration en raison des effets de réseau et qu'une coopération entre autorités de la "
         "concurrence serait utile. Sur la compétence juridictionnelle, plusieurs Membres ont estimé que ces "
         "questions relevaient davantage d'autres enceintes, notamment de la Conférence de La Haye de droit "
         "international privé, que de l'OMC."),
        ("h", "E.", "Suite des travaux"),
        ("np", "8", "Le Président a constaté qu'aucune convergence ne s'était dégagée sur la classification "
         "et que les délégations souhaitaient poursuivre l'examen des questions de développement. Il a "
         "suggéré que la prochaine discussion spécialisée ait lieu après la Cinquième Conférence "
         "ministérielle, prévue à Cancún en septembre 2003, et qu'elle porte en priorité sur la "
         "classification."),
        ("np", "9", "Le Conseil général sera invité à prendre note du présent rapport à sa réunion de juillet "
         "2003."),
    ],
    "footnotes": {
        "1": "La discussion a été présidée par M. l'Ambassadeur Ólafur Einarsson (Islande), Vice-Président "
             "du Conseil général. Le présent rapport est établi sous sa propre responsabilité.",
        "2": "Communications de la Communauté européenne et de ses États membres (WT/GC/W/497), du Japon "
             "(WT/GC/W/498), de l'Inde (WT/GC/W/501) et des États-Unis (WT/GC/W/503).",
        "3": "L'étude de 1999 avait estimé que, pour la plupart des Membres, les droits perçus sur les "
             "produits susceptibles d'être transmis électroniquement représentaient moins de 1 pour cent "
             "des recettes douanières.",
    },
}

# ---------------------------------------------------------------------------
# F. French, 2012, saved HTML with a data table: communication from Morocco
# ---------------------------------------------------------------------------
DOCS["communication-maroc-commerce-electronique-developpement-2012.html"] = {
    "format": "html", "variant": True, "lang": "fr",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "WT/COMTD/W/189", "date": "5 octobre 2012",
    "job": "(12-5380)", "body_line": "Comité du commerce et du développement",
    "original": "Original: français",
    "page_title": "WT/COMTD/W/189 - Le commerce électronique au service du développement",
    "saved_from": "https://docs.example.org/dol/fr/WT-COMTD-W-189.html",
    "card": [("Cote", "WT/COMTD/W/189"), ("Date", "5 octobre 2012"),
             ("Organe", "Comité du commerce et du développement"), ("Type", "Communication"),
             ("Langues", "français, anglais, espagnol")],
    "related": [("#r1", "Programme de travail sur le commerce électronique"),
                ("#r2", "Comité du commerce et du développement - réunions de 2012"),
                ("#r3", "Communications des Membres sur le commerce électronique"),
                ("#r4", "Aide pour le commerce")],
    "blocks": [
        ("title", "LE COMMERCE ÉLECTRONIQUE AU SERVICE DU DÉVELOPPEMENT : L'EXPÉRIENCE DU MAROC"),
        ("center", "Communication du Royaume du Maroc"),
        ("p", "La communication ci-après, datée du 3 octobre 2012, est distribuée à la demande de la "
         "délégation du Royaume du Maroc."),
        ("np", "1.", "Dans le cadre du Programme de travail sur le commerce électronique, le Comité du "
         "commerce et du développement est chargé d'examiner les incidences du commerce électronique sur le "
         "développement. Le Maroc souhaite partager avec les Membres l'expérience acquise depuis le "
         "lancement de sa stratégie nationale pour la société de l'information et l'économie "
         "numérique.[^1]"),
        ("np", "2.", "Cette stratégie repose sur quatre priorités : rendre l'internet à haut débit accessible "
         "aux citoyens, rapprocher l'administration des usagers grâce aux services en ligne, inciter les "
         "petites et moyennes entreprises à s'informatiser et développer une filière nationale des "
         "technologies de l'information. Elle s'accompagne de mesures de confiance numérique, dont un cadre "
         "juridique pour les échanges électroniques et la protection des données personnelles.[^2]"),
        ("np", "3.", "Les paiements en ligne ont connu une progression rapide depuis l'ouverture, en 2007, de "
         "la plateforme de paiement par carte bancaire sur internet gérée par le Centre monétique "
         "interbancaire. Le tableau ci-dessous retrace l'évolution des principaux indicateurs."),
        ("caption", "Tableau 1 – Indicateurs du commerce électronique au Maroc, 2008-2011"),
        ("table", [
            ["Indicateur", "2008", "2009", "2010", "2011"],
            ["Paiements en ligne par carte (milliers d'opérations)", "134", "281", "602", "1 105"],
            ["Montant des paiements en ligne (millions de dirhams)", "62", "124", "245", "440"],
            ["Sites marchands affiliés", "70", "120", "196", "330"],
            ["Abonnés à l'internet (millions)", "0,8", "1,2", "1,9", "3,2"],
        ]),
        ("source", "Source : Centre monétique interbancaire ; Agence nationale de réglementation des "
         "télécommunications."),
        ("np", "4.", "Dans le domaine du commerce extérieur, le guichet unique PortNet, mis en service en 2011 "
         "au port de Casablanca, permet aux opérateurs d'accomplir en ligne les formalités liées à "
         "l'importation et à l'exportation. Il réunit les autorités portuaires, la douane, les banques et "
         "les organismes de contrôle, et a réduit sensiblement les délais de dédouanement.[^3]"),
        ("np", "5.", "Le Maroc a néanmoins relevé plusieurs obstacles : la faible utilisation des cartes "
         "bancaires en dehors des grandes villes, la méfiance persistante des consommateurs à l'égard des "
         "achats en ligne, le coût des services logistiques vers les zones rurales et le manque de "
         "compétences numériques dans les petites entreprises."),
        ("np", "6.", "Le Maroc propose que le Comité consacre une séance à l'échange d'expériences nationales "
         "en matière de paiements électroniques et de guichets uniques, avec la participation de la CNUCED "
         "et de la Commission des Nations Unies pour le droit commercial international, et que le "
         "Secrétariat établisse une compilation des communications présentées par les Membres sur ce "
         "thème."),
    ],
    "footnotes": {
        "1": "La stratégie « Maroc Numeric 2013 » a été lancée en octobre 2009 ; elle prévoit un budget de "
             "5,2 milliards de dirhams sur la période 2009-2013.",
        "2": "Loi n° 53-05 relative à l'échange électronique de données juridiques (2007) et loi n° 09-08 "
             "relative à la protection des personnes physiques à l'égard du traitement des données à "
             "caractère personnel (2009).",
        "3": "Selon l'Agence nationale des ports, le délai moyen de séjour des conteneurs à l'import est "
             "passé de 13 jours en 2010 à 9 jours à la fin de 2011.",
    },
}

# ---------------------------------------------------------------------------
# G. French, 2020, Markdown with YAML front matter: JSI checklist
# ---------------------------------------------------------------------------
DOCS["ic-liste-controle-besoins-mise-en-oeuvre-2020.md"] = {
    "format": "md", "variant": True, "lang": "fr", "md_style": "yaml",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "restricted": "RESTREINT", "symbol": "INF/ECOM/56",
    "date": "20 novembre 2020", "iso_date": "2020-11-20", "job": "(20-8311)",
    "body_line": "Initiative conjointe sur le commerce électronique", "original": "Original: anglais",
    "yaml_title": "Liste de contrôle pour l'auto-évaluation des besoins de mise en œuvre",
    "blocks": [
        ("title", "INITIATIVE CONJOINTE SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "LISTE DE CONTRÔLE POUR L'AUTO-ÉVALUATION DES BESOINS DE MISE EN ŒUVRE"),
        ("center", "Note des coorganisateurs[^1]"),
        ("np", "1.", "Lors de la réunion plénière du 28 octobre 2020, plusieurs participants ont souhaité "
         "disposer d'un outil simple leur permettant de mesurer l'écart entre leur législation et les "
         "disciplines en cours de négociation. Les coorganisateurs ont donc établi la présente liste de "
         "contrôle, dont l'usage est entièrement volontaire."),
        ("np", "2.", "Les réponses aideront les participants à recenser leurs besoins d'assistance technique "
         "et à préparer les discussions sur les périodes de transition. Elles ne préjugent en rien de la "
         "position de négociation de chaque participant.[^2]"),
        ("h", "A.", "Cadre juridique"),
        ("np", "3.", "Les participants sont invités à indiquer, pour chacun des points suivants, si une "
         "législation est en vigueur, en préparation ou inexistante :"),
        ("sub", "a)", "reconnaissance juridique des contrats conclus par voie électronique ;"),
        ("sub", "b)", "validité des signatures électroniques et des méthodes d'authentification ;"),
        ("sub", "c)", "protection des consommateurs en ligne, y compris contre les pratiques commerciales "
         "frauduleuses ;"),
        ("sub", "d)", "protection des données à caractère personnel ;"),
        ("sub", "e)", "mesures contre les communications commerciales électroniques non sollicitées."),
        ("h", "B.", "Facilitation des échanges et infrastructure"),
        ("np", "4.", "Les participants sont invités à préciser :"),
        ("sub", "a)", "si les documents administratifs du commerce peuvent être présentés sous forme "
         "électronique ;"),
        ("sub", "b)", "si un guichet unique électronique est opérationnel et, le cas échéant, depuis quelle "
         "année ;"),
        ("sub", "c)", "quels services de paiement électronique sont accessibles aux petites entreprises ;"),
        ("sub", "d)", "quelle part de la population dispose d'un accès à l'internet, selon les données "
         "nationales les plus récentes."),
        ("h", "C.", "Besoins d'assistance"),
        ("np", "5.", "Pour chaque point des sections A et B pour lequel aucune législation ou mesure n'existe, "
         "les participants peuvent indiquer le type d'assistance souhaité (rédaction législative, "
         "formation, équipement ou autre) et le délai qu'ils jugent nécessaire pour se conformer à la "
         "discipline envisagée."),
        ("h", "D.", "Modalités"),
        ("np", "6.", "Les réponses doivent être adressées au Secrétariat au plus tard le 29 janvier 2021. Les "
         "participants qui le souhaitent peuvent demander un entretien bilatéral avec les coorganisateurs "
         "pour remplir la liste."),
        ("np", "7.", "Le Secrétariat établira une synthèse des réponses sous une forme agrégée, qui sera "
         "présentée à la réunion plénière prévue pour mars 2021."),
    ],
    "footnotes": {
        "1": "Les coorganisateurs de l'initiative conjointe sont l'Australie, le Japon et Singapour. À la "
             "date de la présente note, 86 Membres de l'OMC participaient à l'initiative.",
        "2": "Les réponses individuelles seront traitées de manière confidentielle et ne seront communiquées "
             "qu'avec l'accord exprès du participant concerné.",
    },
}

# ---------------------------------------------------------------------------
# H. French, 2025, one-page PDF: chairperson's report of the Council for Trade in Goods
# ---------------------------------------------------------------------------
DOCS["ccm-rapport-president-commerce-electronique-2025.pdf"] = {
    "format": "pdf", "variant": True, "lang": "fr", "layout": "fr_one", "font": "Helvetica", "size": 10,
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "G/C/W/862", "date": "18 juillet 2025",
    "job": "(25-5127)", "body_line": "Conseil du commerce des marchandises", "original": "Original: anglais",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "RAPPORT DU PRÉSIDENT DU CONSEIL DU COMMERCE DES MARCHANDISES AU CONSEIL GÉNÉRAL"),
        ("np", "1.", "Le présent rapport est soumis sous ma responsabilité, conformément à la demande faite "
         "par le Conseil général aux organes concernés de rendre compte périodiquement de leurs travaux au "
         "titre du Programme de travail. Le Conseil du commerce des marchandises a examiné ce point à ses "
         "réunions des 3 et 4 avril et des 10 et 11 juillet 2025.[^1]"),
        ("np", "2.", "Les discussions ont porté principalement sur deux thèmes proposés par les Membres : les "
         "effets de la fabrication additive, ou impression 3D, sur les échanges de marchandises, et "
         "l'utilisation des outils numériques pour mettre en œuvre l'Accord sur la facilitation des "
         "échanges.[^2]"),
        ("np", "3.", "Sur le premier thème, plusieurs délégations ont noté que la transmission de fichiers de "
         "conception pouvait remplacer l'expédition de certaines pièces détachées, ce qui soulève des "
         "questions de classification tarifaire et de règles d'origine. Le Secrétariat de l'Organisation "
         "mondiale des douanes a présenté les travaux en cours dans le cadre du Système harmonisé."),
        ("np", "4.", "Sur le second thème, des Membres ont décrit leurs systèmes de guichet unique et leurs "
         "projets d'échange électronique de certificats sanitaires et phytosanitaires. Un groupe de pays en "
         "développement a souligné que le manque de financement retardait la mise en œuvre des engagements "
         "de la catégorie C de l'Accord."),
        ("np", "5.", "Le Conseil n'a pas formulé de recommandations. Plusieurs Membres ont proposé que les "
         "travaux se poursuivent sur la base de contributions écrites, et que le Conseil organise en 2026 "
         "une séance d'information conjointe avec le Comité de la facilitation des échanges."),
    ],
    "footnotes": {
        "1": "Le présent rapport fait suite à celui que le Président a présenté en décembre 2024 "
             "(G/C/W/849).",
        "2": "Les communications présentées sur ces thèmes figurent dans les documents G/C/W/855 (Canada) et "
             "G/C/W/858 (Nigéria).",
    },
}

# ---------------------------------------------------------------------------
# I. Spanish, 2006, Markdown without front matter: workshop summary (CTD)
# ---------------------------------------------------------------------------
DOCS["taller-ccd-comercio-electronico-pymes-2006.md"] = {
    "format": "md", "variant": True, "lang": "es", "md_style": "plain",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "WT/COMTD/W/148", "date": "27 de marzo de 2006",
    "job": "(06-1421)", "body_line": "Comité de Comercio y Desarrollo", "original": "Original: inglés",
    "blocks": [
        ("title", "TALLER SOBRE COMERCIO ELECTRÓNICO, DESARROLLO Y PEQUEÑAS Y MEDIANAS EMPRESAS"),
        ("center", "Resumen de la Secretaría[^1]"),
        ("np", "1.", "El 14 de noviembre de 2005 se celebró en Ginebra, bajo los auspicios del Comité de "
         "Comercio y Desarrollo, un taller sobre comercio electrónico, desarrollo y pequeñas y medianas "
         "empresas (pymes). Asistieron unos 120 participantes, entre ellos unos 30 funcionarios procedentes "
         "de las capitales.[^2]"),
        ("np", "2.", "El objetivo del taller era examinar de forma práctica cómo las pymes de los países en "
         "desarrollo pueden utilizar Internet para acceder a nuevos mercados, y qué obstáculos encuentran. "
         "El programa se organizó en tres sesiones, que se indican en el cuadro siguiente."),
        ("caption", "Cuadro 1 - Programa del taller"),
        ("table", [
            ["Sesión", "Horario", "Tema", "Moderación"],
            ["1", "10.00-11.30", "Panorama general del comercio electrónico de las pymes", "Presidente del Comité"],
            ["2", "11.45-13.00", "Experiencias nacionales", "Embajadora de Barbados"],
            ["3", "15.00-17.00", "Pagos, logística y confianza del consumidor", "Secretaría de la OMC"],
        ]),
        ("np", "3.", "En la primera sesión, la UNCTAD señaló que la proporción de empresas con acceso a "
         "Internet seguía siendo mucho más baja en los países en desarrollo que en los desarrollados, y que "
         "la diferencia era aún mayor en el caso de las empresas que vendían en línea. El Centro de Comercio "
         "Internacional presentó sus guías prácticas para exportadores que desean crear un sitio web "
         "comercial."),
        ("np", "4.", "En la segunda sesión, el representante de Chile describió el sistema electrónico de "
         "compras públicas de su país, a través del cual miles de pequeñas empresas presentaban ofertas al "
         "Estado.[^3] Sri Lanka expuso un proyecto de telecentros rurales que ayudaba a los artesanos a "
         "vender sus productos a compradores extranjeros, y Ghana presentó la experiencia de su ventanilla "
         "única de comercio exterior."),
        ("np", "5.", "En la tercera sesión, la Unión Postal Universal explicó que la red postal podía ofrecer "
         "a las pymes servicios de entrega y de pago asequibles, especialmente en las zonas rurales. La "
         "Cámara de Comercio Internacional insistió en la importancia de mecanismos sencillos de solución "
         "de diferencias en línea para generar la confianza de los consumidores."),
        ("np", "6.", "En el debate final, varios participantes subrayaron que el costo de la conexión, la "
         "falta de medios de pago electrónicos y la escasa confianza de los consumidores eran los "
         "principales obstáculos. Se sugirió que la OMC siguiera cooperando con otros organismos para que "
         "la asistencia técnica en esta esfera fuera coherente."),
        ("np", "7.", "El Presidente del Comité agradeció a los ponentes y señaló que el resumen se "
         "transmitiría al Consejo General como contribución al Programa de Trabajo sobre el Comercio "
         "Electrónico."),
    ],
    "footnotes": {
        "1": "El presente resumen se ha elaborado bajo la responsabilidad de la Secretaría y no prejuzga "
             "las posiciones de los Miembros.",
        "2": "La participación de los funcionarios de las capitales fue financiada con una contribución del "
             "Gobierno de Finlandia.",
        "3": "Según el representante de Chile, en 2004 se adjudicaron a través del sistema contratos por "
             "valor de unos 2.000 millones de dólares EE.UU., y cerca del 40 por ciento de los proveedores "
             "adjudicatarios eran pequeñas empresas.",
    },
}

# ---------------------------------------------------------------------------
# J. Spanish, 2015, PDF (several pages): General Council minutes (extract)
# ---------------------------------------------------------------------------
DOCS["consejo-general-acta-julio-2015-comercio-electronico.pdf"] = {
    "format": "pdf", "variant": True, "lang": "es", "layout": "es_minutes", "font": "Helvetica", "size": 10.5,
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "symbol": "WT/GC/M/158", "date": "6 de octubre de 2015", "job": "(15-5210)",
    "body_line": "Consejo General", "original": "Original: inglés",
    "blocks": [
        ("title", "CONSEJO GENERAL"),
        ("title", "ACTA DE LA REUNIÓN"),
        ("center", "Celebrada en el Centro William Rappard los días 28 y 29 de julio de 2015"),
        ("center", "Presidente: Excmo. Sr. Fodé Seck (Senegal)"),
        ("p", "En la presente acta figura únicamente el punto 5 del orden del día. Los demás puntos se "
         "recogen en las partes I y III del acta."),
        ("h", "5.", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO - EXAMEN PERIÓDICO", 1),
        ("np", "5.1", "El Presidente recordó que el Consejo General examina periódicamente los progresos del "
         "Programa de Trabajo sobre la base de los informes de los órganos competentes. Los informes del "
         "Consejo del Comercio de Servicios, del Consejo del Comercio de Mercancías, del Consejo de los ADPIC "
         "y del Comité de Comercio y Desarrollo se habían distribuido en junio.[^1] Invitó a las "
         "delegaciones a formular observaciones, teniendo en cuenta la preparación de la Décima Conferencia "
         "Ministerial, que se celebraría en Nairobi en diciembre."),
        ("np", "5.2", "El representante de Chile dijo que el Programa de Trabajo llevaba años sin resultados "
         "concretos y propuso que se estudiaran las dificultades prácticas de las mipymes para exportar "
         "mediante plataformas en línea. Chile estaba dispuesto a presentar un documento con ejemplos de "
         "obstáculos concretos, como los relacionados con los envíos de escaso valor y los pagos "
         "transfronterizos."),
        ("np", "5.3", "El representante de la Argentina señaló que el mandato de 1998 seguía siendo válido y "
         "que cualquier debate debía mantener su carácter exploratorio. A su juicio, no era el momento de "
         "negociar nuevas disciplinas, ya que muchos países en desarrollo aún estaban evaluando los efectos "
         "del comercio electrónico en sus industrias nacionales."),
        ("np", "5.4", "El representante de México destacó que el comercio electrónico de su país había "
         "crecido con rapidez y que las ventas en línea de las empresas mexicanas se habían más que "
         "duplicado en tres años.[^2] Pidió que se examinara la relación entre el comercio electrónico y la "
         "facilitación del comercio, en vista de la próxima entrada en vigor del Acuerdo sobre Facilitación "
         "del Comercio."),
        ("np", "5.5", "El representante de China expuso la experiencia de las zonas piloto de comercio "
         "electrónico transfronterizo de su país, la primera de las cuales se había establecido en Hangzhou "
         "en marzo de 2015, y ofreció compartir información sobre los procedimientos aduaneros "
         "simplificados aplicados en ellas."),
        ("np", "5.6", "La representante de la Unión Europea acogió con satisfacción el acuerdo alcanzado la "
         "semana anterior sobre la ampliación del Acuerdo sobre Tecnología de la Información, que eliminaría "
         "los aranceles sobre 201 productos adicionales, y dijo que demostraba que la OMC podía obtener "
         "resultados en la economía digital."),
        ("np", "5.7", "El representante de Nigeria, en nombre del Grupo Africano, dijo que la brecha digital "
         "seguía siendo el principal obstáculo y que solo alrededor de una quinta parte de la población "
         "africana utilizaba Internet.[^3] Pidió que el Programa de Trabajo diera prioridad a la asistencia "
         "técnica y a la transferencia de tecnología."),
        ("np", "5.8", "El representante del Pakistán apoyó la declaración del Grupo Africano y señaló que la "
         "protección de los datos y la ciberseguridad eran motivo de preocupación creciente para las "
         "autoridades de su país."),
        ("np", "5.9", "El representante de los Estados Unidos dijo que el comercio digital era un motor de "
         "crecimiento para empresas de todos los tamaños y que su delegación estaba dispuesta a debatir en "
         "Nairobi formas de revitalizar el Programa de Trabajo, incluidas cuestiones como los flujos "
         "transfronterizos de información y la localización forzosa de datos."),
        ("np", "5.10", "El representante del Paraguay, en calidad de país en desarrollo sin litoral, subrayó "
         "el elevado costo de la conectividad internacional y pidió que los organismos competentes "
         "analizaran este problema."),
        ("np", "5.11", "El Presidente dijo que celebraría consultas informales en septiembre para determinar "
         "si era posible un resultado sobre el comercio electrónico en la Décima Conferencia Ministerial."),
        ("np", "5.12", "El Consejo General tomó nota de las declaraciones."),
    ],
    "footnotes": {
        "1": "Documentos S/C/51, G/C/55, IP/C/72 y WT/COMTD/91.",
        "2": "Según datos presentados por México, las ventas en línea de empresas mexicanas alcanzaron unos "
             "162.000 millones de pesos en 2014.",
        "3": "El representante de Nigeria citó datos de la UIT correspondientes a 2014.",
    },
}

# ---------------------------------------------------------------------------
# K. Spanish, 2021, text extracted from a PDF: JSI small group progress report
# ---------------------------------------------------------------------------
DOCS["iniciativa-conjunta-telecomunicaciones-informe-2021.txt"] = {
    "format": "txt", "variant": True, "lang": "es",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "restricted": "RESTRINGIDO", "symbol": "INF/ECOM/64", "date": "8 de octubre de 2021", "job": "(21-7420)",
    "body_line": "Iniciativa Conjunta sobre el Comercio Electrónico", "original": "Original: inglés",
    "header_style": "dash", "page_lines": 38,
    "blocks": [
        ("title", "INICIATIVA CONJUNTA SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "GRUPO REDUCIDO SOBRE SERVICIOS DE TELECOMUNICACIONES"),
        ("center", "Informe de situación del facilitador[^1]"),
        ("np", "1.", "El grupo reducido sobre servicios de telecomunicaciones se creó en febrero de 2021 para "
         "avanzar en las disposiciones de la sección del texto consolidado relativa al acceso a Internet y "
         "a los servicios de telecomunicaciones. Desde entonces se han celebrado siete reuniones, la más "
         "reciente el 29 de septiembre de 2021."),
        ("np", "2.", "El punto de partida ha sido la propuesta de actualizar el Documento de Referencia sobre "
         "Telecomunicaciones Básicas de 1996, para adaptarlo a un entorno en el que los servicios de datos y "
         "el acceso a Internet han sustituido a la telefonía vocal como principal actividad del sector."),
        ("np", "3.", "Los participantes han estabilizado el texto de ocho de las doce disposiciones "
         "examinadas, entre ellas las relativas a la interconexión con proveedores importantes,[^2] la "
         "asignación de recursos escasos, las licencias y la transparencia."),
        ("np", "4.", "Quedan pendientes cuatro cuestiones. La primera es el ámbito de aplicación: algunos "
         "participantes desean que las disciplinas se apliquen a todos los servicios de telecomunicaciones, "
         "mientras que otros quieren limitarlas a las redes y servicios públicos de transporte de "
         "telecomunicaciones. La segunda se refiere a la independencia del órgano regulador y, en "
         "particular, a si debe exigirse su separación estructural de los ministerios competentes."),
        ("np", "5.", "La tercera cuestión es el servicio universal, respecto del cual varios participantes en "
         "desarrollo desean preservar su derecho a imponer obligaciones a los proveedores sin que se "
         "consideren restrictivas. La cuarta es la solución de diferencias entre proveedores, para la que "
         "se debate si debe exigirse un plazo máximo de resolución por el regulador."),
        ("np", "6.", "Varios participantes señalaron que la sección debería aplicarse únicamente a los "
         "miembros que hayan contraído compromisos en materia de telecomunicaciones en sus listas anexas al "
         "AGCS. El facilitador ha preparado una nota de opciones sobre esta cuestión, que se examinará en la "
         "próxima reunión.[^3]"),
        ("np", "7.", "El facilitador propone que el grupo se reúna dos veces más antes de la Duodécima "
         "Conferencia Ministerial con el objetivo de presentar un texto limpio a la reunión plenaria."),
    ],
    "footnotes": {
        "1": "El grupo reducido está facilitado por la delegación de Noruega. El presente informe se "
             "distribuye bajo la responsabilidad del facilitador.",
        "2": "Se entiende por proveedor importante el que puede influir de manera significativa en las "
             "condiciones de participación en el mercado, como resultado de su control sobre instalaciones "
             "esenciales o de su posición en el mercado.",
        "3": "La nota de opciones se distribuirá a los participantes como documento de sala.",
    },
}

# ---------------------------------------------------------------------------
# L. Spanish, 2026, text extracted from a PDF: proposal by three Members
# ---------------------------------------------------------------------------
DOCS["propuesta-mipymes-comercio-electronico-inclusivo-2026.txt"] = {
    "format": "txt", "variant": True, "lang": "es",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "symbol": "WT/GC/W/948", "date": "9 de febrero de 2026", "job": "(26-0914)",
    "body_line": "Consejo General", "original": "Original: español",
    "header_style": "oneline", "page_word": "Página", "page_lines": 36,
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "PROPUESTA SOBRE COMERCIO ELECTRÓNICO INCLUSIVO PARA LAS MIPYMES"),
        ("center", "Comunicación de Colombia, Costa Rica y el Paraguay"),
        ("p", "La siguiente comunicación, de fecha 6 de febrero de 2026, se distribuye a petición de las "
         "delegaciones de Colombia, Costa Rica y el Paraguay."),
        ("np", "1.", "Las microempresas y pequeñas y medianas empresas (mipymes) representan más del 90 por "
         "ciento de las empresas y alrededor de la mitad del empleo en el mundo, pero siguen participando de "
         "forma limitada en el comercio electrónico transfronterizo.[^1] Sus dificultades no se deben tanto "
         "a la falta de normas como a obstáculos prácticos: costos de envío y devolución, acceso a pagos "
         "digitales, requisitos de información y desconocimiento de las reglas de los mercados de destino."),
        ("np", "2.", "Los proponentes consideran que el Programa de Trabajo puede ofrecer a todos los "
         "Miembros, participen o no en negociaciones plurilaterales, un espacio para abordar estas "
         "dificultades de manera práctica y sin crear nuevas obligaciones."),
        ("np", "3.", "Con ese fin, proponen que el Consejo General:"),
        ("sub", "a)", "celebre cada año una sesión específica dedicada a las mipymes y el comercio "
         "electrónico, en la que participen representantes del sector privado y de organismos "
         "internacionales;"),
        ("sub", "b)", "pida a la Secretaría que, en cooperación con el Centro de Comercio Internacional y la "
         "UNCTAD, mantenga un panel de datos en línea sobre los costos del comercio electrónico "
         "transfronterizo para las mipymes;"),
        ("sub", "c)", "invite a los Miembros a presentar, de forma voluntaria, información sobre sus programas "
         "de apoyo a las mipymes exportadoras en línea; y"),
        ("sub", "d)", "examine los resultados de estas actividades en su última reunión de 2027."),
        ("np", "4.", "La propuesta se inspira en el Grupo de Trabajo Informal sobre las MIPYME, establecido en "
         "2017, cuyo conjunto de medidas de diciembre de 2020 demostró que es posible avanzar en cuestiones "
         "prácticas mediante la cooperación voluntaria.[^2]"),
        ("np", "5.", "Los proponentes subrayan que la propuesta no prejuzga las posiciones de los Miembros "
         "sobre otros asuntos del Programa de Trabajo y no tiene consecuencias financieras significativas, "
         "ya que el panel de datos se basaría en fuentes existentes.[^3]"),
        ("np", "6.", "Los proponentes invitan a los Miembros a examinar la propuesta en la reunión del Consejo "
         "General de mayo de 2026, tras la Decimocuarta Conferencia Ministerial."),
    ],
    "footnotes": {
        "1": "Cifras del Banco Mundial citadas en el Informe sobre el Comercio Mundial 2016 de la OMC.",
        "2": "El Grupo de Trabajo Informal está coordinado por el Uruguay. Su conjunto de medidas incluye "
             "recomendaciones sobre acceso a la información y financiación del comercio.",
        "3": "La Secretaría estima que el mantenimiento del panel de datos requeriría unos 60.000 francos "
             "suizos al año, que podrían sufragarse con contribuciones voluntarias.",
    },
}
