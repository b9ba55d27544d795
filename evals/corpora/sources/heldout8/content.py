"""The twelve documents of the eighth held-out dev corpus, as data.

Rendered by build.py (through render8.py, ../heldout7/render7.py and ../render.py).
Blocks: ("title", text), ("center", text), ("p", text), ("h", number, text[, level]),
("np", number, text), ("sub", label, text), ("li", list id, text), ("caption", text),
("table", rows), ("source", text).  "[^n]" marks a footnote call; the notes are in
"footnotes".  "variant": rendered by the builders of render8.VARIANTS.

Written for wtoqa's evaluation from public facts, with invented but realistic detail;
these are not official WTO texts.
"""

DOCS = {}

# ---------------------------------------------------------------------------
# A. English, 2000, text extracted from a PDF: minutes of the Council for Trade in Goods
# ---------------------------------------------------------------------------
DOCS["ctg-minutes-carrier-media-digital-products-2000.txt"] = {
    "format": "txt", "variant": True, "lang": "en", "txt_style": "pdf",
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "restricted": "RESTRICTED", "symbol": "G/C/M/45", "date": "24 July 2000", "job": "(00-3068)",
    "body_line": "Council for Trade in Goods", "original": "Original: English",
    "header_style": "dash", "page_lines": 46,
    "blocks": [
        ("title", "MINUTES OF THE MEETING"),
        ("center", "Held in the Centre William Rappard on 30 June 2000"),
        ("center", "Chairman: Mr. Jaakko Lindqvist (Finland)"),
        ("p", "Subject discussed: item 4 only - Work Programme on Electronic Commerce[^1]"),
        ("np", "4.1", "The Chairman recalled that the Council had transmitted its progress report on electronic "
         "commerce to the General Council in July 1999 and that, after the Third Ministerial Conference in "
         "Seattle, the General Council had asked its subsidiary bodies to continue their work under the 1998 "
         "Work Programme. At informal consultations held in May 2000, delegations had identified three "
         "subjects on which the examination could usefully continue: the classification of products delivered "
         "electronically, the customs valuation of carrier media bearing software, and the implications of "
         "electronic commerce for customs procedures."),
        ("np", "4.2", "The representative of the Republic of Korea said that imports of packaged software into "
         "his country had grown by about a third in 1999,[^2] while a rising share of software was now "
         "downloaded directly. Under the 1984 Decision on carrier media,[^3] Korea valued imported diskettes "
         "and CD-ROMs on the cost of the carrier medium alone, but the choice between that method and valuation "
         "on the full transaction value was left to each Member. In his view, the coexistence of the two "
         "methods created uncertainty for traders, and the Council should consider whether it remained "
         "justified."),
        ("np", "4.3", "The representative of Switzerland said that whether a product was a good or a service "
         "should not depend on how it crossed the border. A film on a video cassette was a good subject to the "
         "GATT, while the same film downloaded over a network was, in his delegation's view, a service. "
         "Switzerland did not see a risk of tariff circumvention in that situation, since the duties collected "
         "on carrier media were in any case negligible."),
        ("np", "4.4", "The representative of Malaysia said that his delegation was concerned about the possible "
         "loss of tariff revenue if more and more products were delivered electronically instead of on "
         "physical media. Developing countries relied on customs duties to a greater extent than developed "
         "ones, and no Member had yet provided figures on the trade concerned. Malaysia asked the Secretariat "
         "to update its 1999 estimates of the duties collected on products that could be delivered "
         "electronically."),
        ("np", "4.5", "The representative of Norway said that electronic commerce offered an opportunity to "
         "modernise customs procedures. The Norwegian customs administration had received more than 90 per "
         "cent of import declarations electronically in 1999, and the Council could usefully exchange "
         "experiences on paperless clearance, the electronic payment of duties and the use of risk management "
         "for express consignments."),
        ("np", "4.6", "The representative of Cuba said that the examination of classification should not lead "
         "to conclusions that anticipated the outcome of the work of other bodies. Many developing countries "
         "had not yet been able to assess the consequences of electronic commerce for their economies. He "
         "added that the practice of not imposing customs duties on electronic transmissions, agreed in 1998 "
         "until the Third Session, had lapsed at Seattle, and that its status was a matter for the General "
         "Council, not for the Council for Trade in Goods."),
        ("np", "4.7", "The representative of New Zealand noted that rules of origin had received little "
         "attention. For a product assembled from software modules written in several countries and delivered "
         "on a physical medium, it was unclear which rule of origin applied, and the question would become "
         "more pressing once the harmonization of non-preferential rules of origin was completed. New Zealand "
         "suggested that the Committee on Rules of Origin be invited to give its views."),
        ("np", "4.8", "The representative of Hong Kong, China recalled that the Information Technology Agreement "
         "had eliminated duties on most of the equipment used to conduct electronic commerce and that the "
         "number of its participants had reached 55.[^4] Extending the Agreement's product coverage would do "
         "more for the spread of electronic commerce than any new discipline on digital products."),
        ("np", "4.9", "The representative of the European Communities said that the Communities remained of the "
         "view that all electronic transmissions were services. Books or software ordered on-line but "
         "delivered physically were goods and fully subject to the GATT. He agreed with Norway that customs "
         "procedures merited attention and suggested that the World Customs Organization be invited to "
         "present its work on electronic declarations at the next meeting."),
        ("np", "4.10", "The representative of the United States said that his delegation had not taken a final "
         "position on classification and believed that the Council should keep its options open. What "
         "mattered was that electronic commerce receive treatment no less favourable than trade conducted by "
         "other means. The United States would circulate a paper on the experience of its customs service "
         "with low-value express shipments ordered on-line."),
        ("np", "4.11", "The representative of the Philippines supported the request made by Malaysia and asked "
         "that any update of the Secretariat's estimates distinguish between goods for which electronic "
         "delivery was already common, such as software and recorded music, and those for which it remained "
         "marginal."),
        ("np", "4.12", "The representative of the Secretariat said that the 1999 estimates had been based on the "
         "tariff data of 1997 and had covered some 40 tariff lines. An update could be prepared for the "
         "autumn, provided that Members supplied recent import statistics for the lines concerned."),
        ("np", "4.13", "The Chairman said that he would hold informal consultations on the organization of "
         "further work, including the suggestions to invite the World Customs Organization and the Committee "
         "on Rules of Origin. He proposed that the Council revert to the item at its meeting in October 2000."),
        ("np", "4.14", "The Council took note of the statements and agreed to revert to the matter at its next "
         "meeting."),
    ],
    "footnotes": {
        "1": "Items 1 to 3 and 5 to 7 of the agenda are recorded in document G/C/M/45/Add.1.",
        "2": "According to the figures cited by the Republic of Korea, imports of packaged software amounted "
             "to US$412 million in 1999, against US$309 million in 1998.",
        "3": "Decision on the Valuation of Carrier Media Bearing Software for Data Processing Equipment, "
             "adopted on 24 September 1984 by the Tokyo Round Committee on Customs Valuation and taken over by "
             "the WTO Committee on Customs Valuation (G/VAL/5). At the time of the meeting, 36 Members had "
             "notified that they applied its second paragraph.",
        "4": "Counting the European Communities and their member States as one. The Secretariat indicated that "
             "the participants accounted for about 95 per cent of world trade in information technology "
             "products.",
    },
}

# ---------------------------------------------------------------------------
# B. English, 2014, PDF of several pages in a new layout (roman headings, table without
#    rules, running title and a page footer): communication from Pacific island Members
# ---------------------------------------------------------------------------
DOCS["pacific-islands-communication-connectivity-ecommerce-2014.pdf"] = {
    "format": "pdf", "variant": True, "lang": "en", "layout": "en_band", "font": "Helvetica", "size": 10,
    "org": "WORLD TRADE ORGANIZATION", "symbol": "WT/COMTD/W/206", "date": "10 October 2014",
    "job": "(14-5872)", "body_line": "Committee on Trade and Development", "original": "Original: English",
    "running_title": "E-commerce and connectivity in the Pacific",
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "CONNECTIVITY, COST AND OPPORTUNITY: E-COMMERCE IN PACIFIC ISLAND ECONOMIES"),
        ("center", "Communication from Fiji, Papua New Guinea, Samoa, Solomon Islands, Tonga and Vanuatu[^1]"),
        ("p", "The following communication, dated 7 October 2014, is being circulated at the request of the "
         "delegations of the above Members."),
        ("h", "I.", "INTRODUCTION", 1),
        ("np", "1.", "The Pacific island Members of the WTO are among the most remote economies in the world. "
         "Their combined population of about 9.5 million, most of it in Papua New Guinea, is spread over "
         "hundreds of inhabited islands. Distance from the main markets raises the cost of trade in goods and "
         "makes the digital delivery of services and information particularly attractive."),
        ("np", "2.", "This communication is submitted under the Work Programme on Electronic Commerce, and in "
         "particular under the mandate of the Committee on Trade and Development to examine the development "
         "implications of electronic commerce. It describes the connectivity situation of the proponents, "
         "identifies the opportunities that e-commerce offers to small island economies and sets out requests "
         "for the Committee's future work."),
        ("h", "II.", "THE CONNECTIVITY GAP", 1),
        ("h", "A.", "From satellite to submarine cable", 2),
        ("np", "3.", "Until recently, most Pacific islands depended entirely on satellite links for international "
         "connectivity. Satellite capacity is expensive, limited and subject to delays, which makes it poorly "
         "suited to online payments, video calls or cloud-based business software. Fiji has been connected to "
         "a trans-Pacific submarine cable since 2000, but for the other proponents cable connections have "
         "arrived only in recent years, as shown in Table 1."),
        ("np", "4.", "The arrival of a cable changes conditions quickly. In Tonga, the wholesale price of "
         "international capacity fell by about 60 per cent within a year of the cable entering service in "
         "August 2013,[^2] and the number of broadband subscriptions almost doubled. Vanuatu expects similar "
         "effects from the cable that entered service in January 2014."),
        ("caption", "Table 1: Connectivity indicators of the proponents, 2013"),
        ("table", [
            ["Economy", "Cable since", "Internet users", "Mobile subscr.", "1 GB (US$)"],
            ["Fiji", "2000", "37.1", "105.6", "18"],
            ["Papua New Guinea", "2006", "6.5", "41.0", "58"],
            ["Samoa", "2009", "15.3", "55.5", "33"],
            ["Solomon Islands", "none", "8.0", "57.6", "71"],
            ["Tonga", "2013", "35.0", "54.6", "26"],
            ["Vanuatu", "2014", "11.3", "50.4", "39"],
        ]),
        ("source", "Internet users and mobile subscriptions per 100 inhabitants; monthly price of 1 GB of mobile "
         "data. Cable since: year of the first international submarine cable. Sources: ITU; national "
         "regulators; estimates of the proponents."),
        ("np", "5.", "Table 1 also shows how uneven connectivity remains. Solomon Islands is still served only by "
         "satellite, and outside the capitals many communities depend on a single mobile network, often limited "
         "to voice and text messages. A cable linking Honiara to Australia has been under discussion since 2010, "
         "but its financing has not yet been secured."),
        ("h", "B.", "The cost of access", 2),
        ("np", "6.", "Even where cables exist, retail prices remain high by international standards. A monthly "
         "allowance of one gigabyte of mobile data costs between about 5 and 20 per cent of average monthly "
         "income per capita in the proponents, compared with less than 2 per cent in most developed economies. "
         "Small markets leave operators little scope for economies of scale, and on several islands a single "
         "company controls access to international capacity."),
        ("np", "7.", "The proponents are taking steps to address these constraints, including the establishment "
         "of independent regulators, the licensing of new mobile operators and open-access rules for cable "
         "landing stations. Samoa and Tonga have adopted such rules, and Papua New Guinea is considering "
         "them.[^3]"),
        ("h", "III.", "OPPORTUNITIES FOR E-COMMERCE", 1),
        ("np", "8.", "Tourism is the sector in which the gains are most visible. Online booking platforms allow "
         "small family-run resorts in Samoa or Vanuatu to reach customers in Australia, New Zealand and beyond "
         "without paying commissions to foreign tour operators, and tourism is the largest source of foreign "
         "exchange for several proponents.[^4]"),
        ("np", "9.", "Mobile money is a second area. In Fiji, a mobile wallet launched in 2010 is now used to pay "
         "social welfare benefits and to receive remittances from relatives working abroad.[^5] Similar services "
         "are being introduced in Papua New Guinea, Samoa and Tonga, where remittances weigh even more heavily "
         "in household income and amount to about a quarter of gross domestic product in the case of Tonga."),
        ("np", "10.", "Producers of niche agricultural goods, such as kava, vanilla, virgin coconut oil and "
         "handicrafts, have begun to sell directly to consumers abroad. These exports remain small, however, "
         "and are hampered by the cost and irregularity of air freight, by sanitary requirements in destination "
         "markets and by the difficulty of accepting card payments from foreign customers."),
        ("h", "IV.", "REQUESTS TO THE WORK PROGRAMME", 1),
        ("np", "11.", "The proponents request that the Committee on Trade and Development:"),
        ("sub", "(a)", "devote a session in 2015 to the e-commerce challenges of small island developing "
         "economies, with the participation of the International Telecommunication Union, the Pacific Islands "
         "Forum Secretariat and the Universal Postal Union;"),
        ("sub", "(b)", "invite the Secretariat to compile information on the international bandwidth prices "
         "faced by small and remote economies;"),
        ("sub", "(c)", "explore, with Aid for Trade partners, how investment in submarine cables and national "
         "backbone networks can be supported; and"),
        ("sub", "(d)", "consider the postal and logistics dimension of e-commerce for remote islands, including "
         "the cost of delivering small parcels."),
        ("np", "12.", "The proponents stand ready to share their experience and invite other small, vulnerable "
         "economies to join this initiative."),
    ],
    "footnotes": {
        "1": "The communication was prepared with the assistance of the Geneva office of the Pacific Islands "
             "Forum Secretariat.",
        "2": "Before the cable, the national operator paid about US$3,000 per Mbit/s per month for satellite "
             "capacity; the wholesale price on the cable was about US$1,200 in mid-2014.",
        "3": "Samoa's open-access regulations were issued by its Office of the Regulator in 2013, and Tonga's "
             "in 2014.",
        "4": "In 2012, tourism receipts accounted for about 40 per cent of Vanuatu's exports of goods and "
             "services and about 30 per cent of Samoa's.",
        "5": "The wallet, run by a private mobile operator, had about 230,000 registered users in June 2014, "
             "for a population of some 880,000.",
    },
}

# ---------------------------------------------------------------------------
# C. English, 2016, DOCX: report of the Chairman of the Council for TRIPS
# ---------------------------------------------------------------------------
DOCS["trips-council-chairman-report-ecommerce-2016.docx"] = {
    "format": "docx", "variant": True, "lang": "en", "created": (2016, 7, 22),
    "org": "WORLD TRADE ORGANIZATION", "symbol": "IP/C/76", "date": "22 July 2016", "job": "(16-3990)",
    "body_line": "Council for Trade-Related Aspects of Intellectual Property Rights",
    "original": "Original: English",
    "header_rows": [("WORLD TRADE ORGANIZATION", "IP/C/76"), ("", "22 July 2016"), ("(16-3990)", ""),
                    ("Council for Trade-Related Aspects of Intellectual Property Rights", "Original: English")],
    "running_header": "IP/C/76", "heading_fmt": "upperRoman",
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "REPORT BY THE CHAIRMAN OF THE COUNCIL FOR TRIPS TO THE GENERAL COUNCIL"),
        ("center", "Report by the Chairman[^1]"),
        ("h", "I.", "BACKGROUND"),
        ("np", "1", "At the Tenth Ministerial Conference in Nairobi, Ministers instructed the General Council to "
         "continue the work under the Work Programme on Electronic Commerce on the basis of the existing "
         "mandate and to hold periodic reviews based on reports from the relevant WTO bodies. This report is "
         "submitted under my own responsibility in response to that instruction and covers the discussions "
         "held by the Council for TRIPS at its meetings of 1 March and 7 June 2016."),
        ("np", "2", "The item was placed on the agenda at the request of Brazil, which had circulated a "
         "communication on copyright in the digital environment,[^2] and was taken up again in June with "
         "contributions from the European Union, Japan and the United States. Some 20 delegations took the "
         "floor at each meeting."),
        ("h", "II.", "ISSUES RAISED"),
        ("np", "3", "Delegations addressed the following issues:"),
        ("li", 1, "the application of copyright and related rights to works distributed online, including "
         "exceptions and limitations for education, libraries and persons with visual impairments;"),
        ("li", 1, "the liability of internet intermediaries for infringing content and the operation of "
         "notice-and-takedown procedures;"),
        ("li", 1, "the relationship between trademarks and domain names, including the protection of "
         "geographical indications in new generic top-level domains;"),
        ("li", 1, "the enforcement of intellectual property rights against counterfeit goods sold through "
         "online marketplaces; and"),
        ("li", 1, "the protection of undisclosed information, including the source code of software, under "
         "Article 39 of the TRIPS Agreement."),
        ("h", "III.", "SUMMARY OF THE DISCUSSIONS"),
        ("np", "4", "Introducing its communication, Brazil said that the balance between the rights of authors "
         "and the interests of users, reflected in Articles 7 and 8 of the TRIPS Agreement, had to be preserved "
         "in the digital environment. Streaming services now accounted for a growing share of music revenues, "
         "but the remuneration of authors and performers had not followed. Brazil proposed that the Council "
         "examine how the remuneration of creators for online uses could be made more transparent."),
        ("np", "5", "The European Union said that geographical indications deserved protection in the domain "
         "name system. It had expressed concern when the .wine and .vin top-level domains were delegated "
         "without adequate safeguards against the registration of names corresponding to protected "
         "geographical indications.[^3] The European Union also described its consultation on the role of "
         "online platforms in tackling illegal content."),
        ("np", "6", "The United States said that the notice-and-takedown system established under its "
         "legislation in 1998 had allowed online services to grow while giving right holders an effective "
         "remedy. It cautioned against rules that would require intermediaries to monitor the content they "
         "hosted, and said that voluntary agreements between right holders and payment providers had proved "
         "effective against websites selling counterfeits."),
        ("np", "7", "India, supported by South Africa, said that the Council should not turn the exploratory Work "
         "Programme into a forum for new obligations. Technology transfer and access to knowledge were central "
         "development concerns, and any discussion of source code should take account of the legitimate need "
         "of regulators to examine software used in critical sectors."),
        ("np", "8", "Japan drew attention to the sale of counterfeit goods through online marketplaces and "
         "described the cooperation between its customs authorities and platform operators, under which "
         "listings for suspected counterfeits were removed on average within three days of notification."),
        ("np", "9", "China reported on the campaigns carried out by its authorities against online infringement "
         "since 2010 and expressed interest in exchanging experience on the use of electronic evidence in court "
         "proceedings. Switzerland underlined the importance of the WIPO Internet Treaties, to which it had "
         "acceded in 2008.[^4]"),
        ("h", "IV.", "CONCLUDING REMARKS"),
        ("np", "10", "The discussions showed broad interest in exchanging experience on online enforcement and "
         "the domain name system, while views continued to differ on whether the Council should go beyond an "
         "exchange of information. Several delegations suggested that the Secretariat, in cooperation with "
         "WIPO, organize an information session on intellectual property and online marketplaces."),
        ("np", "11", "The Council for TRIPS will keep the item on its agenda and will report again to the General "
         "Council before the Eleventh Ministerial Conference."),
    ],
    "footnotes": {
        "1": "The Council for TRIPS was chaired in 2016 by Ambassador Karin Lindgren (Sweden).",
        "2": "Document IP/C/W/613, dated 12 February 2016, also circulated to the General Council as JOB/GC/92.",
        "3": "The two domains were delegated in 2015. According to the European Union, some 4,000 names were "
             "registered under .wine in the first six months.",
        "4": "The WIPO Copyright Treaty and the WIPO Performances and Phonograms Treaty entered into force for "
             "Switzerland on 1 July 2008.",
    },
}

# ---------------------------------------------------------------------------
# D. English, 2025, saved HTML (notes as tooltips and a collapsible list): CTE session summary
# ---------------------------------------------------------------------------
DOCS["cte-information-session-ecommerce-environment-2025.html"] = {
    "format": "html", "variant": True, "lang": "en", "notes_style": "details",
    "org": "WORLD TRADE ORGANIZATION", "symbol": "WT/CTE/W/261", "date": "3 November 2025", "job": "(25-7216)",
    "body_line": "Committee on Trade and Environment", "original": "Original: English",
    "page_title": "WT/CTE/W/261 - E-commerce and the environment: information session",
    "saved_from": "https://docs.example.com/cte/WT-CTE-W-261",
    "card": [("Symbol", "WT/CTE/W/261"), ("Issued", "3 November 2025"),
             ("Committee", "Committee on Trade and Environment"), ("Document type", "Summary report")],
    "related": ["Committee on Trade and Environment: meetings in 2025", "Trade and environmental sustainability",
                "Work Programme on Electronic Commerce", "Environmental Database"],
    "blocks": [
        ("title", "INFORMATION SESSION ON THE ENVIRONMENTAL DIMENSION OF ELECTRONIC COMMERCE"),
        ("center", "Summary Report by the Secretariat[^1]"),
        ("np", "1.", "The Committee on Trade and Environment held an information session on the environmental "
         "dimension of electronic commerce on 24 September 2025, following a suggestion made by Chile and the "
         "European Union at the Committee's meeting in June. The session was also open to delegates following "
         "the Work Programme on Electronic Commerce, and some 70 delegations attended."),
        ("h", "A.", "Presentations"),
        ("np", "2.", "The United Nations Environment Programme and the International Telecommunication Union "
         "presented the latest global estimates of electronic waste. The amount of e-waste generated worldwide "
         "had reached 62 million tonnes in 2022, and less than a quarter of it was documented as formally "
         "collected and recycled (Table 1). Small devices sold online, such as earphones, electronic toys and "
         "disposable vapes, were among the fastest-growing categories and the least often collected."),
        ("np", "3.", "The Universal Postal Union described the growth of small parcel flows generated by "
         "cross-border e-commerce and the environmental impact of the last mile of delivery. It reported that "
         "postal operators in 40 countries had begun to report the carbon emissions of their parcel services "
         "under a common methodology adopted in 2023.[^2]"),
        ("np", "4.", "The Secretariat of the Basel Convention recalled that amendments to the Convention's annexes "
         "on electrical and electronic waste had entered into effect on 1 January 2025, extending the prior "
         "informed consent procedure to non-hazardous e-waste. Speakers noted that online sellers established "
         "abroad were often outside the reach of national take-back schemes."),
        ("caption", "Table 1: Selected figures presented at the session"),
        ("table", [
            ["Indicator", "Value", "Reference year"],
            ["E-waste generated worldwide", "62 million tonnes", "2022"],
            ["Share of e-waste formally collected and recycled", "22.3 per cent", "2022"],
            ["Parcels shipped worldwide", "161 billion", "2022"],
            ["Electricity consumption of data centres", "about 415 TWh", "2024"],
            ["Share of online clothing purchases returned", "20 to 30 per cent", "2024"],
        ]),
        ("source", "Sources: Global E-waste Monitor 2024; presentations by the UPU and the International Energy "
         "Agency; industry estimates quoted by speakers."),
        ("h", "B.", "Experiences of Members"),
        ("np", "5.", "The European Union presented its Ecodesign for Sustainable Products Regulation, adopted in "
         "2024, which will introduce a digital product passport for several product groups and prohibit the "
         "destruction of unsold clothing and footwear by large companies from July 2026. Online marketplaces "
         "would have to cooperate with market surveillance authorities in enforcing the new rules."),
        ("np", "6.", "Chile described its extended producer responsibility law, under which producers of "
         "electrical and electronic equipment, packaging and tyres must finance the collection and treatment of "
         "their products at the end of their life.[^3] The law treated a foreign seller shipping directly to "
         "Chilean consumers as a producer, but enforcement was difficult in practice."),
        ("np", "7.", "Kenya and Ghana stressed that a large part of the world's used electronics ended up in "
         "Africa, often declared as second-hand goods. Kenya referred to the extended producer responsibility "
         "regulations it had adopted in 2024 and asked for technical assistance to build recycling capacity. "
         "Ghana said that a levy on imported electrical and electronic equipment was financing a recycling "
         "facility near Accra."),
        ("np", "8.", "India cautioned that environmental requirements should not become disguised restrictions on "
         "trade affecting small online exporters from developing countries, and recalled the principle of "
         "common but differentiated responsibilities. Japan described changes made by its main e-commerce "
         "operators to reduce packaging, including the use of paper bags instead of boxes for small items."),
        ("np", "9.", "Switzerland and Canada raised the energy consumption of data centres, estimated at about "
         "1.5 per cent of global electricity use in 2024. Canada noted that cloud providers were increasingly "
         "locating data centres near sources of hydroelectric power."),
        ("h", "C.", "Next steps"),
        ("np", "10.", "Several delegations suggested that the Committee continue the discussion in 2026, possibly "
         "in a joint session with the Work Programme on Electronic Commerce, and that the Secretariat compile "
         "the trade-related environmental measures concerning e-commerce notified by Members.[^4] The Chair "
         "said that she would consult on these suggestions."),
    ],
    "footnotes": {
        "1": "This summary has been prepared under the Secretariat's own responsibility and is without prejudice "
             "to the positions of Members. The presentations are available on the Committee's web page.",
        "2": "The methodology was developed under the UPU's sustainable development programme; the number of "
             "reporting operators is expected to reach 60 in 2026.",
        "3": "Law No. 20.920 of 2016 on waste management, extended producer responsibility and the promotion of "
             "recycling.",
        "4": "The WTO Environmental Database recorded 214 measures notified in 2023 that referred to packaging, "
             "electronic waste or recycling.",
    },
}

# ---------------------------------------------------------------------------
# E. French, 1998, plain text (notes at the end): communication from the United States
# ---------------------------------------------------------------------------
DOCS["communication-etats-unis-commerce-electronique-mondial-1998.txt"] = {
    "format": "txt", "variant": True, "lang": "fr", "txt_style": "plain",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "org_lines": ["ORGANISATION MONDIALE", "DU COMMERCE"],
    "symbol": "WT/GC/16", "date": "19 février 1998", "job": "(98-0594)", "body_line": "Conseil général",
    "original": "Original: anglais",
    "blocks": [
        ("title", "COMMERCE ÉLECTRONIQUE MONDIAL"),
        ("center", "Communication des États-Unis"),
        ("p", "La communication ci-après, datée du 9 février 1998, a été reçue de la Mission permanente des "
         "États-Unis. Elle est distribuée aux Membres à la demande de cette délégation."),
        ("np", "1.", "Le commerce électronique mondial est en train de transformer la manière dont les entreprises "
         "et les consommateurs achètent et vendent des biens et des services. Le nombre d'utilisateurs de "
         "l'Internet dans le monde, estimé à moins de 3 millions en 1994, a dépassé 100 millions à la fin de "
         "1997, et les transactions conclues entre entreprises par des réseaux électroniques pourraient "
         "atteindre plusieurs centaines de milliards de dollars EU au début du siècle prochain."),
        ("np", "2.", "Ce développement repose en grande partie sur l'initiative du secteur privé. Les États-Unis "
         "estiment que les pouvoirs publics devraient éviter d'imposer au commerce électronique des "
         "restrictions inutiles et que, lorsque leur intervention est nécessaire, elle devrait viser à établir "
         "un cadre juridique simple, prévisible et compatible à l'échelle internationale.[^1]"),
        ("np", "3.", "Les règles de l'OMC s'appliquent déjà à une grande partie du commerce réalisé par voie "
         "électronique. L'Accord sur les technologies de l'information, conclu en décembre 1996, éliminera "
         "d'ici à l'an 2000 les droits de douane sur la plupart des équipements nécessaires au commerce "
         "électronique, et l'accord sur les télécommunications de base, entré en vigueur le 5 février 1998, "
         "ouvre à la concurrence les réseaux sur lesquels ce commerce s'appuie."),
        ("np", "4.", "Aucun Membre de l'OMC n'impose actuellement de droits de douane sur les transmissions "
         "électroniques. Les États-Unis considèrent qu'il est dans l'intérêt de tous les Membres de confirmer "
         "cette pratique avant que de tels droits ne soient introduits, car ils seraient ensuite difficiles à "
         "supprimer. La même orientation a été retenue dans la déclaration commune adoptée avec l'Union "
         "européenne en décembre 1997.[^2]"),
        ("np", "5.", "En conséquence, les États-Unis proposent que les Ministres, à leur deuxième session qui se "
         "tiendra à Genève en mai 1998, adoptent une déclaration sur le commerce électronique mondial par "
         "laquelle :"),
        ("sub", "a)", "les Membres conviendraient de maintenir leur pratique actuelle consistant à ne pas imposer "
         "de droits de douane sur les transmissions électroniques ;"),
        ("sub", "b)", "le Conseil général serait chargé d'établir un programme de travail global pour examiner "
         "toutes les questions liées au commerce électronique mondial qui touchent au commerce, compte tenu "
         "des besoins économiques, financiers et de développement des pays en développement ;"),
        ("sub", "c)", "le Conseil général ferait rapport sur l'avancement de ce programme de travail à la "
         "troisième session de la Conférence ministérielle."),
        ("np", "6.", "La déclaration proposée ne porterait pas sur les impôts intérieurs, tels que les taxes sur "
         "la valeur ajoutée ou les taxes sur les ventes, qui devraient continuer d'être appliqués selon les "
         "principes de neutralité et de non-discrimination. Elle ne préjugerait pas non plus de la "
         "classification des produits transmis par voie électronique comme marchandises ou comme services."),
        ("np", "7.", "Le programme de travail devrait tenir compte des travaux menés dans d'autres enceintes, "
         "notamment à l'OCDE, à l'OMPI et à la CNUDCI.[^3] Les États-Unis invitent les autres Membres à faire "
         "part de leurs observations sur la présente proposition à la prochaine réunion du Conseil général."),
    ],
    "footnotes": {
        "1": "Voir « A Framework for Global Electronic Commerce », document publié par la Maison-Blanche le "
             "1er juillet 1997.",
        "2": "Déclaration commune Union européenne - États-Unis sur le commerce électronique, adoptée le "
             "5 décembre 1997.",
        "3": "L'OCDE tiendra une conférence ministérielle sur le commerce électronique à Ottawa du 7 au "
             "9 octobre 1998. La CNUDCI a adopté en 1996 une loi type sur le commerce électronique.",
    },
}

# ---------------------------------------------------------------------------
# F. French, 2009, one-page PDF: Ministerial Decision of the Seventh Session
# ---------------------------------------------------------------------------
DOCS["decision-ministerielle-programme-travail-geneve-2009.pdf"] = {
    "format": "pdf", "variant": True, "lang": "fr", "layout": "fr_one", "font": "Times-Roman", "size": 11,
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "WT/L/782", "date": "11 décembre 2009",
    "job": "(09-6345)", "body_line": "Conférence ministérielle", "original": "Original: anglais",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("center", "Décision ministérielle du 2 décembre 2009[^1]"),
        ("center", "Septième session, Genève, 30 novembre - 2 décembre 2009"),
        ("p", "La Conférence ministérielle a adopté la décision suivante :"),
        ("np", "1.", "Nous prenons note des rapports présentés par le Conseil général et ses organes subsidiaires "
         "au titre du Programme de travail sur le commerce électronique adopté en 1998.[^2]"),
        ("np", "2.", "Nous convenons de redynamiser ce programme de travail, y compris en ce qui concerne les "
         "questions liées au développement et les discussions sur le traitement commercial, entre autres, des "
         "logiciels livrés par voie électronique. Le programme de travail continuera de respecter les principes "
         "de non-discrimination, de prévisibilité et de transparence."),
        ("np", "3.", "Le Conseil général procédera à des réexamens périodiques à ses réunions de juillet et de "
         "décembre 2010 et 2011, sur la base des rapports présentés par les organes pertinents de l'OMC, et fera "
         "rapport à la prochaine session de la Conférence ministérielle."),
        ("np", "4.", "Nous invitons le Comité du commerce et du développement à examiner les moyens d'améliorer "
         "la connectivité des pays les moins avancés et l'accès de leurs petites entreprises au commerce "
         "électronique."),
        ("np", "5.", "Nous décidons que les Membres maintiendront leur pratique actuelle consistant à ne pas "
         "imposer de droits de douane sur les transmissions électroniques jusqu'à notre prochaine session, que "
         "nous avons décidé de tenir en 2011."),
    ],
    "footnotes": {
        "1": "Adoptée à la séance de clôture. La septième session, consacrée au thème « L'OMC, le système "
             "commercial multilatéral et l'environnement économique mondial actuel », n'était pas une session "
             "de négociation.",
        "2": "Programme de travail adopté par le Conseil général le 25 septembre 1998 (WT/L/274).",
    },
}

# ---------------------------------------------------------------------------
# G. French, 2020, saved HTML (notes as <aside> after their paragraph): Secretariat note
# ---------------------------------------------------------------------------
DOCS["note-information-commerce-electronique-covid-19-2020.html"] = {
    "format": "html", "variant": True, "lang": "fr", "notes_style": "aside",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "JOB/GC/241", "date": "8 mai 2020", "job": "(20-3391)",
    "body_line": "Conseil général", "original": "Original: anglais",
    "page_title": "JOB/GC/241 - Le commerce électronique, le commerce et la pandémie de COVID-19",
    "saved_from": "https://commerce-numerique.example.net/documents/JOB-GC-241",
    "card": [("Cote", "JOB/GC/241"), ("Date", "8 mai 2020"), ("Organe", "Conseil général"),
             ("Type", "Note d'information du Secrétariat")],
    "related": ["Dossier COVID-19 et commerce", "Programme de travail sur le commerce électronique",
                "Initiative conjointe sur le commerce électronique", "Mesures commerciales liées à la COVID-19"],
    "blocks": [
        ("title", "LE COMMERCE ÉLECTRONIQUE, LE COMMERCE ET LA PANDÉMIE DE COVID-19"),
        ("center", "Note d'information du Secrétariat[^1]"),
        ("np", "1.", "La pandémie de COVID-19 et les mesures de confinement adoptées par de nombreux Membres "
         "depuis mars 2020 ont conduit les consommateurs à se tourner massivement vers les achats en ligne. La "
         "présente note décrit l'évolution récente du commerce électronique, les difficultés rencontrées par "
         "les entreprises et les consommateurs et les mesures prises par certains Membres, à partir "
         "d'informations publiques disponibles au 30 avril 2020."),
        ("h", "A.", "Une demande en forte hausse"),
        ("np", "2.", "Les ventes en ligne de produits médicaux, de denrées alimentaires et de produits d'hygiène "
         "ont fortement augmenté. En Chine, les ventes au détail en ligne de biens matériels ont progressé de "
         "5,9 pour cent au premier trimestre de 2020, alors que l'ensemble des ventes au détail reculait de "
         "19 pour cent.[^2] Les plateformes de livraison de repas et les services de vidéoconférence ont "
         "signalé des hausses d'utilisation sans précédent."),
        ("np", "3.", "La pandémie a aussi accéléré le recours aux paiements sans contact et aux paiements mobiles, "
         "que plusieurs autorités ont encouragés pour limiter la manipulation d'espèces."),
        ("h", "B.", "Difficultés rencontrées"),
        ("np", "4.", "Des difficultés sont apparues du côté de l'offre comme de la demande. La suspension de "
         "nombreux vols de passagers a réduit la capacité de fret aérien disponible pour les petits colis, et "
         "plusieurs opérateurs postaux ont suspendu l'acceptation des envois internationaux vers certaines "
         "destinations.[^3] Les autorités de protection des consommateurs ont relevé une hausse des prix "
         "abusifs et des fraudes en ligne, en particulier pour les masques et les gels hydroalcooliques."),
        ("np", "5.", "La crise a également mis en lumière la fracture numérique. Dans les pays les moins avancés, "
         "moins d'une personne sur cinq utilise l'internet, et les petites entreprises qui ne disposaient pas "
         "déjà d'une présence en ligne ont eu du mal à maintenir leur activité pendant les fermetures."),
        ("h", "C.", "Mesures prises par les Membres"),
        ("np", "6.", "De nombreux Membres ont pris des mesures pour faciliter le commerce électronique ou protéger "
         "les consommateurs en ligne. Le tableau 1 en donne quelques exemples ; il ne prétend pas être "
         "exhaustif."),
        ("caption", "Tableau 1 - Exemples de mesures liées au commerce électronique, mars-avril 2020"),
        ("table", [
            ["Membre", "Mesure", "Date"],
            ["Kenya", "Gratuité des transferts d'argent mobile de moins de 1 000 shillings", "16 mars 2020"],
            ["Rwanda", "Gratuité des transferts entre comptes bancaires et portefeuilles mobiles", "18 mars 2020"],
            ["Union européenne", "Lignes directrices sur les voies réservées au fret aux frontières intérieures",
             "23 mars 2020"],
            ["Australie", "Mises en garde contre les prix abusifs en ligne sur les produits de protection",
             "27 mars 2020"],
            ["Chine", "Création de 46 nouvelles zones pilotes de commerce électronique transfrontières",
             "7 avril 2020"],
        ]),
        ("np", "7.", "Plusieurs Membres ont en outre assoupli temporairement les exigences relatives aux documents "
         "papier, en acceptant des copies électroniques de certificats d'origine ou de certificats sanitaires "
         "et phytosanitaires."),
        ("h", "D.", "Coopération internationale"),
        ("np", "8.", "La crise montre l'intérêt d'une coopération internationale accrue, notamment pour réduire "
         "le coût de la connectivité, renforcer la confiance des consommateurs et faciliter les paiements "
         "transfrontières. Les discussions menées au titre du Programme de travail sur le commerce électronique "
         "et de l'Initiative conjointe pourraient tirer parti de ces enseignements.[^4]"),
    ],
    "footnotes": {
        "1": "La présente note a été établie par le Secrétariat sous sa propre responsabilité et ne préjuge pas "
             "des positions des Membres ni de leurs droits et obligations dans le cadre de l'OMC.",
        "2": "Données du Bureau national de la statistique de la Chine pour la période de janvier à mars 2020.",
        "3": "Selon l'Union postale universelle, plus de 100 opérateurs désignés avaient notifié des mesures "
             "d'urgence affectant le courrier international à la mi-avril 2020.",
        "4": "La douzième Conférence ministérielle, prévue à Nour-Soultan en juin 2020, a été reportée en "
             "raison de la pandémie.",
    },
}

# ---------------------------------------------------------------------------
# H. French, 2022, Markdown with YAML front matter: JSI facilitator's note on source code
# ---------------------------------------------------------------------------
DOCS["ic-code-source-note-facilitateur-2022.md"] = {
    "format": "md", "variant": True, "lang": "fr", "md_style": "yaml",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "restricted": "RESTREINT", "symbol": "INF/ECOM/76",
    "date": "14 octobre 2022", "iso_date": "2022-10-14", "job": "(22-7604)",
    "body_line": "Initiative conjointe sur le commerce électronique", "original": "Original: anglais",
    "yaml_title": "Code source - Note de synthèse du facilitateur",
    "blocks": [
        ("title", "INITIATIVE CONJOINTE SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "CODE SOURCE"),
        ("center", "Note de synthèse du facilitateur[^1]"),
        ("np", "1.", "La présente note fait le point sur les discussions relatives au code source menées depuis "
         "la reprise des travaux en petit groupe en mars 2022. Elle s'appuie sur la section correspondante du "
         "texte de négociation récapitulatif et sur les quatre réunions tenues entre mars et septembre 2022."),
        ("np", "2.", "La disposition examinée interdirait à une partie d'exiger, comme condition à l'importation, "
         "à la distribution, à la vente ou à l'utilisation d'un logiciel, le transfert du code source de ce "
         "logiciel appartenant à une personne d'une autre partie, ou l'accès à ce code. Ses partisans y voient "
         "une garantie contre le transfert forcé de technologie et les risques de fuite de secrets d'affaires."),
        ("np", "3.", "Plusieurs participants en développement se sont interrogés sur les conséquences d'une telle "
         "disposition pour leur capacité à vérifier la sécurité des logiciels utilisés dans les infrastructures "
         "critiques et à faire respecter leur législation, notamment en matière de concurrence et de protection "
         "des consommateurs."),
        ("h", "A.", "État de la convergence"),
        ("np", "4.", "Le tableau ci-après résume l'état des discussions sur les principaux éléments du projet "
         "d'article."),
        ("caption", "Tableau 1 - Éléments du projet d'article et degré de convergence"),
        ("table", [
            ["Élément", "Convergence", "Observations"],
            ["Interdiction d'exiger le transfert du code source ou l'accès à celui-ci", "élevée",
             "libellé de base accepté par la plupart des participants"],
            ["Extension aux algorithmes exprimés dans le code source", "faible",
             "soutenue par un groupe de participants, rejetée par d'autres"],
            ["Limitation aux logiciels grand public", "moyenne", "option proposée comme compromis"],
            ["Exception pour les organismes de réglementation et les autorités judiciaires", "élevée",
             "accès possible dans le cadre d'une enquête, d'une inspection ou d'une procédure judiciaire"],
            ["Exclusion des marchés publics", "moyenne", "certains participants préfèrent une exception générale"],
        ]),
        ("h", "B.", "Questions en suspens"),
        ("np", "5.", "La principale divergence porte sur les algorithmes. Certains participants souhaitent que la "
         "disposition couvre aussi les algorithmes exprimés dans le code source, comme le font certains accords "
         "commerciaux régionaux récents,[^2] tandis que d'autres estiment qu'une telle extension limiterait "
         "indûment la capacité des autorités à contrôler les systèmes de décision automatisés."),
        ("np", "6.", "Une deuxième question concerne le lien avec les exceptions générales et l'exception "
         "concernant la sécurité. Plusieurs participants ont demandé qu'il soit précisé qu'une autorité peut "
         "exiger l'accès au code source pour certifier un logiciel au regard de normes de cybersécurité, à "
         "condition que le code reste confidentiel."),
        ("np", "7.", "Enfin, quelques participants ont proposé que les pays les moins avancés bénéficient d'une "
         "période de transition de trois ans avant d'appliquer la disposition."),
        ("h", "C.", "Prochaines étapes"),
        ("np", "8.", "Le facilitateur propose de poursuivre les travaux sur la base d'une option limitant la "
         "disposition aux logiciels grand public, assortie d'une exception explicite pour les organismes de "
         "réglementation et les autorités judiciaires, et d'examiner la question des algorithmes à la réunion "
         "prévue le 9 novembre 2022.[^3]"),
    ],
    "footnotes": {
        "1": "Les discussions sur le code source sont facilitées par la délégation du Royaume-Uni. La présente "
             "note est établie sous la responsabilité du facilitateur et ne préjuge pas des positions des "
             "participants.",
        "2": "Par exemple l'article 19.16 de l'Accord Canada-États-Unis-Mexique, entré en vigueur le "
             "1er juillet 2020.",
        "3": "À la date de la présente note, l'Initiative conjointe comptait 86 participants, représentant plus "
             "de 90 pour cent du commerce mondial.",
    },
}

# ---------------------------------------------------------------------------
# I. Spanish, 2005, DOCX: Secretariat note on the World Summit on the Information Society
# ---------------------------------------------------------------------------
DOCS["nota-secretaria-cmsi-comercio-electronico-2005.docx"] = {
    "format": "docx", "variant": True, "lang": "es", "created": (2005, 10, 14),
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "WT/COMTD/W/139", "date": "14 de octubre de 2005",
    "job": "(05-4771)", "body_line": "Comité de Comercio y Desarrollo", "original": "Original: inglés",
    "header_rows": [("ORGANIZACIÓN MUNDIAL DEL COMERCIO", "WT/COMTD/W/139"), ("", "14 de octubre de 2005"),
                    ("(05-4771)", ""), ("Comité de Comercio y Desarrollo", "Original: inglés")],
    "running_header": "WT/COMTD/W/139", "heading_fmt": "upperRoman",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "LA CUMBRE MUNDIAL SOBRE LA SOCIEDAD DE LA INFORMACIÓN Y LA LABOR DE LA OMC"),
        ("center", "Nota de la Secretaría[^1]"),
        ("h", "I.", "INTRODUCCIÓN"),
        ("np", "1", "En su reunión de julio de 2005, el Comité de Comercio y Desarrollo pidió a la Secretaría que "
         "preparara una nota informativa sobre la Cumbre Mundial sobre la Sociedad de la Información (CMSI), "
         "cuya segunda fase se celebrará en Túnez del 16 al 18 de noviembre de 2005. La nota resume los "
         "resultados de la primera fase y las cuestiones pendientes para Túnez que guardan relación con el "
         "Programa de Trabajo sobre el Comercio Electrónico."),
        ("h", "II.", "RESULTADOS DE LA FASE DE GINEBRA"),
        ("np", "2", "La primera fase de la Cumbre, celebrada en Ginebra del 10 al 12 de diciembre de 2003, adoptó "
         "una Declaración de Principios y un Plan de Acción.[^2] El Plan de Acción fija metas para 2015, entre "
         "ellas conectar a las tecnologías de la información y la comunicación las aldeas, las escuelas, los "
         "centros de salud y las bibliotecas, y lograr que más de la mitad de la población mundial tenga acceso "
         "a ellas."),
        ("np", "3", "Entre las líneas de acción del Plan figuran varias que se relacionan directamente con el "
         "comercio electrónico:"),
        ("li", 1, "la creación de un entorno propicio, con marcos jurídicos y reglamentarios transparentes y no "
         "discriminatorios;"),
        ("li", 1, "la promoción de los negocios electrónicos, en particular para las pequeñas y medianas "
         "empresas;"),
        ("li", 1, "el fomento de la confianza y la seguridad en la utilización de las tecnologías de la "
         "información y la comunicación; y"),
        ("li", 1, "la reducción del costo de la conectividad internacional a Internet, en particular para los "
         "países en desarrollo."),
        ("np", "4", "La Declaración de Principios reconoce que el comercio electrónico puede contribuir al "
         "desarrollo y destaca la importancia de un sistema multilateral de comercio abierto, basado en normas "
         "y no discriminatorio. No contiene, sin embargo, compromisos en materia de acceso a los mercados ni "
         "menciona la práctica de no imponer derechos de aduana a las transmisiones electrónicas."),
        ("h", "III.", "CUESTIONES PENDIENTES PARA TÚNEZ"),
        ("np", "5", "La primera cuestión pendiente es la financiación. El Grupo de Tareas sobre Mecanismos de "
         "Financiación presentó su informe en diciembre de 2004 y concluyó que la mayor parte de las "
         "inversiones en infraestructura debía proceder del sector privado, pero que se necesitaban recursos "
         "públicos para las zonas rurales y de bajos ingresos. El Fondo de Solidaridad Digital, de carácter "
         "voluntario, se constituyó en Ginebra el 14 de marzo de 2005.[^3]"),
        ("np", "6", "La segunda cuestión es la gobernanza de Internet. El Grupo de Trabajo sobre la Gobernanza de "
         "Internet, integrado por 40 miembros procedentes de gobiernos, del sector privado y de la sociedad "
         "civil, publicó su informe en julio de 2005.[^4] El informe propone cuatro modelos para la supervisión "
         "de los recursos críticos de Internet y la creación de un foro de diálogo entre múltiples partes "
         "interesadas."),
        ("np", "7", "Varias de las cuestiones que se examinan en el marco de la CMSI coinciden con las del "
         "Programa de Trabajo, en particular la infraestructura y el costo del acceso, la confianza de los "
         "consumidores y las necesidades de las pymes. La Secretaría de la OMC participa en la Cumbre como "
         "observadora y presentará en Túnez una exposición sobre la labor de la OMC en materia de "
         "telecomunicaciones y comercio electrónico."),
        ("h", "IV.", "OBSERVACIONES FINALES"),
        ("np", "8", "El Comité podría considerar la posibilidad de invitar a la Unión Internacional de "
         "Telecomunicaciones a presentar los resultados de la Cumbre en su primera reunión de 2006, y de tener "
         "en cuenta esos resultados en su informe al Consejo General sobre el Programa de Trabajo."),
    ],
    "footnotes": {
        "1": "La presente nota se ha elaborado bajo la responsabilidad de la Secretaría y sin perjuicio de las "
             "posiciones de los Miembros ni de sus derechos y obligaciones en el marco de la OMC.",
        "2": "Documentos WSIS-03/GENEVA/DOC/4 y WSIS-03/GENEVA/DOC/5, de 12 de diciembre de 2003. Asistieron a "
             "la primera fase unos 11.000 participantes de 175 países.",
        "3": "El Fondo tiene su sede en Ginebra y se nutre de contribuciones voluntarias. Algunas autoridades "
             "locales han propuesto destinarle el 1 por ciento del valor de los contratos públicos de "
             "tecnologías de la información, el llamado \"principio de Ginebra\".",
        "4": "El informe se finalizó en el Château de Bossey en junio de 2005.",
    },
}

# ---------------------------------------------------------------------------
# J. Spanish, 2017, PDF (several pages, ruled table): Secretariat overview of communications
# ---------------------------------------------------------------------------
DOCS["nota-secretaria-panorama-comunicaciones-cm11-2017.pdf"] = {
    "format": "pdf", "variant": True, "lang": "es", "layout": "es_minutes", "font": "Helvetica", "size": 10.5,
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "symbol": "JOB/GC/142", "date": "2 de octubre de 2017", "job": "(17-5311)",
    "body_line": "Consejo General", "original": "Original: inglés",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "PANORAMA DE LAS COMUNICACIONES PRESENTADAS DESDE JULIO DE 2016"),
        ("center", "Nota de la Secretaría[^1]"),
        ("np", "1.", "En la reunión del Consejo General del 26 de julio de 2017, el Presidente pidió a la "
         "Secretaría que preparara un panorama fáctico de las comunicaciones sobre comercio electrónico "
         "presentadas por los Miembros, a fin de facilitar los preparativos de la Undécima Conferencia "
         "Ministerial, que se celebrará en Buenos Aires del 10 al 13 de diciembre de 2017."),
        ("np", "2.", "Entre julio de 2016 y septiembre de 2017 se distribuyeron 21 comunicaciones, procedentes de "
         "57 Miembros si se cuenta a la Unión Europea como uno solo. Algunas se presentaron al Consejo General "
         "y otras al Consejo del Comercio de Servicios, al Consejo del Comercio de Mercancías o al Comité de "
         "Comercio y Desarrollo. El cuadro 1 las agrupa según su tema principal."),
        ("caption", "Cuadro 1 - Comunicaciones por tema principal, julio de 2016 a septiembre de 2017"),
        ("table", [
            ["Tema principal", "Comunicaciones", "Miembros", "En desarrollo"],
            ["Facilitación del comercio digital", "6", "31", "14"],
            ["Marco reglamentario y confianza", "5", "22", "9"],
            ["Acceso a los mercados y servicios", "4", "19", "6"],
            ["Desarrollo y brecha digital", "4", "27", "25"],
            ["Transparencia", "2", "12", "5"],
            ["Total (sin duplicaciones)", "21", "57", "33"],
        ]),
        ("source", "Nota: Un Miembro puede figurar en varias comunicaciones. La columna \"En desarrollo\" indica "
         "cuántos de los proponentes son países en desarrollo o PMA."),
        ("h", "A.", "FACILITACIÓN DEL COMERCIO DIGITAL", 1),
        ("np", "3.", "Las comunicaciones sobre facilitación abordan la aceptación de documentos y firmas "
         "electrónicos, los procedimientos aduaneros para los envíos de escaso valor y el uso de ventanillas "
         "únicas. China propuso centrar los debates en el comercio transfronterizo de mercancías entre empresas "
         "y consumidores facilitado por Internet, en particular en los procedimientos aduaneros simplificados y "
         "en el establecimiento de zonas piloto.[^2]"),
        ("np", "4.", "Los Amigos del Comercio Electrónico para el Desarrollo, grupo informal de Miembros en "
         "desarrollo creado en 2016,[^3] propusieron examinar, entre otras cosas, la infraestructura de las TIC, "
         "los pagos electrónicos, la logística y la financiación del comercio electrónico."),
        ("h", "B.", "MARCO REGLAMENTARIO, MERCADOS ABIERTOS Y TRANSPARENCIA", 1),
        ("np", "5.", "Varias comunicaciones, entre ellas las del Japón, la Unión Europea y un grupo de Miembros "
         "encabezado por el Canadá y Chile, proponen disciplinas sobre la protección del consumidor en línea, "
         "los mensajes no solicitados, la transferencia transfronteriza de información, la prohibición de exigir "
         "la localización de instalaciones informáticas y la no divulgación forzosa del código fuente. La Unión "
         "Europea propuso además hacer permanente la moratoria sobre los derechos de aduana aplicados a las "
         "transmisiones electrónicas."),
        ("np", "6.", "El Brasil presentó en 2016 una comunicación sobre el derecho de autor en el entorno digital, "
         "examinada también en el Consejo de los ADPIC, y en 2017 una comunicación conjunta con la Argentina y el "
         "Paraguay sobre la facilitación del comercio electrónico y la firma electrónica."),
        ("h", "C.", "DESARROLLO Y POSICIONES SOBRE EL MANDATO", 1),
        ("np", "7.", "El Grupo Africano señaló que no estaba preparado para negociar nuevas normas sobre comercio "
         "electrónico y pidió que el Programa de Trabajo mantuviera su carácter exploratorio.[^4] Los PMA, por "
         "su parte, pidieron que cualquier resultado en Buenos Aires incluyera asistencia técnica y un trato "
         "especial y diferenciado efectivo."),
        ("np", "8.", "La Federación de Rusia propuso establecer un grupo de trabajo del Consejo General encargado "
         "de examinar las cuestiones del Programa de Trabajo y de preparar recomendaciones para su adopción por "
         "los Ministros."),
        ("np", "9.", "La presente nota es de carácter fáctico y no prejuzga la posición de ningún Miembro. La "
         "Secretaría la actualizará si se distribuyen nuevas comunicaciones antes de la Conferencia."),
    ],
    "footnotes": {
        "1": "La presente nota se ha elaborado bajo la responsabilidad de la Secretaría. Las comunicaciones "
             "citadas pueden consultarse en la serie de documentos JOB/GC.",
        "2": "China indicó que en 2016 había 13 zonas piloto de comercio electrónico transfronterizo en su "
             "territorio.",
        "3": "Integran el grupo la Argentina, Chile, China, Colombia, Costa Rica, Kenya, México, Nigeria, el "
             "Pakistán, la República de Moldova, Sri Lanka y el Uruguay.",
        "4": "Declaración del Grupo Africano distribuida en el documento JOB/GC/139, de 22 de septiembre de 2017.",
    },
}

# ---------------------------------------------------------------------------
# K. Spanish, 2024, saved HTML (notes at the end, without back-links): CTD workshop summary
# ---------------------------------------------------------------------------
DOCS["taller-ccd-comercio-electronico-agroalimentario-2024.html"] = {
    "format": "html", "variant": True, "lang": "es", "notes_style": "endnotes",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "WT/COMTD/W/279", "date": "11 de diciembre de 2024",
    "job": "(24-8733)", "body_line": "Comité de Comercio y Desarrollo", "original": "Original: inglés",
    "page_title": "WT/COMTD/W/279 - Taller sobre comercio electrónico y exportaciones agroalimentarias",
    "saved_from": "https://biblioteca.example.org/omc/WT-COMTD-W-279",
    "card": [("Signatura", "WT/COMTD/W/279"), ("Fecha", "11 de diciembre de 2024"),
             ("Órgano", "Comité de Comercio y Desarrollo"), ("Tipo", "Resumen de la Secretaría")],
    "related": ["Comité de Comercio y Desarrollo", "Comercio electrónico y desarrollo",
                "Medidas sanitarias y fitosanitarias", "Ayuda para el Comercio"],
    "blocks": [
        ("title", "TALLER SOBRE COMERCIO ELECTRÓNICO Y EXPORTACIONES AGROALIMENTARIAS DE PEQUEÑOS PRODUCTORES"),
        ("center", "Resumen de la Secretaría[^1]"),
        ("np", "1.", "El 16 de octubre de 2024, Día Mundial de la Alimentación, el Comité de Comercio y Desarrollo "
         "celebró en Ginebra, en formato híbrido, un taller sobre el uso del comercio electrónico por los "
         "pequeños productores agrícolas y agroalimentarios de los países en desarrollo. El taller, organizado "
         "con el apoyo de la FAO y del Centro de Comercio Internacional, reunió a unos 150 participantes, de los "
         "cuales cerca de la mitad siguieron los debates en línea."),
        ("h", "A.", "Sesión 1: Plataformas y acceso a los mercados"),
        ("np", "2.", "El representante del Perú explicó que varias cooperativas de café de la región de Cajamarca "
         "vendían café especial tostado directamente a consumidores de América del Norte y Europa mediante "
         "tiendas en línea, con márgenes hasta tres veces superiores a los de la venta de café verde a "
         "intermediarios.[^2]"),
        ("np", "3.", "Viet Nam presentó un programa nacional que desde 2020 ha ayudado a unos 30.000 hogares "
         "rurales a abrir tiendas en plataformas de comercio electrónico, principalmente para vender frutas, té "
         "y productos de la pesca en el mercado interno y en los países vecinos."),
        ("np", "4.", "El Ecuador señaló que los productores de cacao fino de aroma utilizaban la venta en línea "
         "sobre todo para dar a conocer el origen y la trazabilidad de su producto, pero que el volumen de las "
         "ventas directas seguía siendo reducido."),
        ("h", "B.", "Sesión 2: Requisitos sanitarios y certificación electrónica"),
        ("np", "5.", "La secretaría de la Convención Internacional de Protección Fitosanitaria presentó la "
         "solución ePhyto, que permite el intercambio electrónico de certificados fitosanitarios entre las "
         "organizaciones nacionales. Más de 130 países estaban registrados en el sistema a mediados de 2024.[^3] "
         "Varios oradores observaron que los envíos pequeños vendidos en línea seguían sujetos a los mismos "
         "requisitos que los cargamentos comerciales, lo que los encarecía considerablemente."),
        ("np", "6.", "Kenya describió su experiencia con los certificados electrónicos para las exportaciones de "
         "flores cortadas y aguacates, y señaló que el tiempo de despacho se había reducido de dos días a unas "
         "pocas horas."),
        ("h", "C.", "Sesión 3: Logística y pagos"),
        ("np", "7.", "Guatemala indicó que los pequeños exportadores de cardamomo y de artesanías alimentarias se "
         "enfrentaban a costos de envío internacional que podían superar el valor del producto, y pidió que el "
         "Comité examinara soluciones de consolidación de carga."),
        ("np", "8.", "Varios participantes subrayaron la importancia de los pagos digitales y de la confianza de "
         "los compradores extranjeros. El Centro de Comercio Internacional presentó una guía para ayudar a los "
         "pequeños productores a cumplir los requisitos de las plataformas de venta en línea."),
        ("h", "D.", "Conclusiones"),
        ("np", "9.", "En la sesión de clausura, el Presidente del Comité señaló que el taller había puesto de "
         "manifiesto el potencial del comercio electrónico para que los pequeños productores capten una mayor "
         "parte del valor de sus productos, pero también la persistencia de obstáculos logísticos, sanitarios y "
         "financieros. Sugirió que la Secretaría preparara para 2025 una nota sobre el trato de los envíos de "
         "escaso valor de productos agroalimentarios.[^4]"),
    ],
    "footnotes": {
        "1": "El presente resumen se ha elaborado bajo la responsabilidad de la Secretaría y no prejuzga las "
             "posiciones de los Miembros. El programa y las presentaciones pueden consultarse en la página web "
             "del Comité.",
        "2": "Según el representante del Perú, las cooperativas participantes vendieron en línea unas 85 "
             "toneladas de café tostado en 2023.",
        "3": "Desde su puesta en marcha en 2019, la solución ePhyto ha permitido intercambiar más de 7 millones "
             "de certificados.",
        "4": "El taller se financió con cargo al Fondo Fiduciario Global del Programa de Doha para el "
             "Desarrollo.",
    },
}

# ---------------------------------------------------------------------------
# L. Spanish, 2026, Markdown without front matter: General Council Chair's report before MC14
# ---------------------------------------------------------------------------
DOCS["informe-presidente-consejo-general-preparativos-cm14-2026.md"] = {
    "format": "md", "variant": True, "lang": "es", "md_style": "plain",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "JOB/GC/463", "date": "20 de enero de 2026",
    "job": "(26-0412)", "body_line": "Consejo General", "original": "Original: inglés",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "EXAMEN PERIÓDICO DE 2025 Y PREPARATIVOS DE LA CM14"),
        ("center", "Informe del Presidente del Consejo General[^1]"),
        ("np", "1.", "En la Decisión Ministerial de 2 de marzo de 2024, adoptada en la CM13 en Abu Dabi, los "
         "Ministros encomendaron al Consejo General que revitalizara el Programa de Trabajo, con especial "
         "atención a la dimensión de desarrollo, y que celebrara exámenes periódicos en sus reuniones de julio "
         "y diciembre de 2024 y 2025. También acordaron mantener la moratoria sobre la imposición de derechos "
         "de aduana a las transmisiones electrónicas hasta la CM14 o el 31 de marzo de 2026, si esta fecha "
         "fuera anterior, y dispusieron que la moratoria y la Decisión expirarían en esa fecha."),
        ("np", "2.", "El presente informe resume la labor realizada en 2025 y las consultas que he celebrado con "
         "miras a la Decimocuarta Conferencia Ministerial, que se celebrará en Yaundé (Camerún) del 26 al 29 de "
         "marzo de 2026."),
        ("h", "A.", "Sesiones temáticas de 2025"),
        ("np", "3.", "En 2025 se celebraron cuatro sesiones temáticas abiertas a todos los Miembros, cuyo "
         "calendario figura en el cuadro 1. En cada sesión hubo presentaciones de organizaciones "
         "internacionales y de Miembros."),
        ("caption", "Cuadro 1 - Sesiones temáticas celebradas en 2025"),
        ("table", [
            ["Fecha", "Tema", "Delegaciones que intervinieron"],
            ["12 de marzo de 2025", "Alcance y definición de las transmisiones electrónicas", "24"],
            ["4 de junio de 2025", "Efectos fiscales de la moratoria", "31"],
            ["17 de septiembre de 2025", "Brecha digital y mipymes", "28"],
            ["5 de noviembre de 2025", "Experiencias de los PMA en el comercio electrónico", "22"],
        ]),
        ("np", "4.", "En la sesión sobre el alcance, varias delegaciones sostuvieron que la moratoria se aplica "
         "únicamente a la transmisión y no a su contenido, mientras que otras consideraron que esa distinción "
         "no tiene base en la práctica seguida por los Miembros desde 1998. No hubo convergencia sobre una "
         "definición de transmisión electrónica."),
        ("np", "5.", "En la sesión sobre los efectos fiscales, la Secretaría presentó estimaciones según las "
         "cuales la pérdida de ingresos arancelarios potenciales atribuible a la moratoria equivaldría, en "
         "promedio, a menos del 0,1 por ciento de los ingresos públicos totales de los países en desarrollo.[^2] "
         "Indonesia, la India y Sudáfrica cuestionaron la metodología y subrayaron que la moratoria limitaba su "
         "margen de actuación en materia de política industrial."),
        ("h", "B.", "Posiciones sobre la moratoria"),
        ("np", "6.", "Una amplia mayoría de Miembros se pronunció a favor de prorrogar la moratoria en la CM14, y "
         "un grupo de Miembros propuso hacerla permanente.[^3] Otros Miembros indicaron que solo podrían aceptar "
         "una prórroga vinculada a resultados concretos en materia de desarrollo, como un programa de apoyo a la "
         "conectividad de los PMA."),
        ("np", "7.", "El Grupo de PMA pidió que el Programa de Trabajo incluyera un componente específico sobre la "
         "creación de capacidad y la infraestructura digital, con financiación previsible."),
        ("h", "C.", "Opciones para la CM14"),
        ("np", "8.", "Sobre la base de mis consultas, he identificado tres opciones para la decisión de la CM14: "
         "a) prorrogar la moratoria hasta la CM15, con exámenes periódicos; b) prorrogarla por un período fijo "
         "de cuatro años; o c) no prorrogarla, en cuyo caso expiraría al término de la CM14. Las dos primeras "
         "opciones cuentan con mayor apoyo, pero ninguna reúne aún el consenso."),
        ("np", "9.", "Seguiré celebrando consultas en febrero y presentaré un proyecto de decisión ministerial al "
         "Consejo General en su reunión de los días 24 y 25 de febrero de 2026."),
    ],
    "footnotes": {
        "1": "El presente informe se presenta bajo mi propia responsabilidad y no prejuzga las posiciones de los "
             "Miembros.",
        "2": "Las estimaciones, que figuran en el documento JOB/GC/449, se basan en los datos arancelarios de "
             "2023 de 104 Miembros.",
        "3": "Véase la comunicación de 31 Miembros distribuida con la signatura WT/GC/W/966.",
    },
}
