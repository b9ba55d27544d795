"""Content of the third held-out development test corpus (heldout3) for wtoqa.

Written for wtoqa's evaluation from public facts; these are NOT official WTO
texts.  Every document is a list of blocks; build.py renders them to the
required formats (../render.py, or render3.py for documents marked "variant")
and check_gold.py checks gold evidence against them.

Block kinds:
  ("title", text)         centred bold title line
  ("center", text)        centred line (subtitle, author line)
  ("p", text)             plain paragraph
  ("rule",)               separator line "_______________"
  ("h", num, text)        numbered section heading
  ("np", num, text)       numbered paragraph ("1." or "1.1")
  ("sub", label, text)    sub-item "(a)" of the preceding paragraph
  ("li", list_id, text)   item of a real (Word) numbered list: 2 = "1.", 1 = "a)"
  ("caption", text)       unnumbered heading (Word)
  ("table", rows)         table, first row = column heads (Word)
  ("source", text)        source line under a table (Word)

Inline footnote markers are written "[^n]"; footnote texts are in
doc["footnotes"].
"""

DOCS = {}

LETTERHEAD = ("WORLD TRADE ORGANIZATION", "ORGANISATION MONDIALE DU COMMERCE", "ORGANIZACIÓN MUNDIAL DEL COMERCIO")

# ---------------------------------------------------------------------------
# 1. English, PDF (variant, 4 pages, footnotes): communication on the revenue
#    effects of the moratorium, 2023
# ---------------------------------------------------------------------------
DOCS["moratorium-revenue-communication.pdf"] = {
    "format": "pdf",
    "variant": True,
    "org_lines": LETTERHEAD,
    "symbol": "WT/GC/W/866",
    "date": "14 April 2023",
    "job": "(23-2581)",
    "page_of": "Page %d of %d",
    "status": "Unrestricted",
    "body_line": "General Council",
    "original": "Original: English",
    "font": "Times-Roman",
    "size": 11,
    "footnotes": {
        "1": "The practice was first set out in the Declaration on Global Electronic Commerce adopted at the "
             "Second Ministerial Conference in Geneva on 20 May 1998 (WT/MIN(98)/DEC/2).",
        "2": "R. Banga, Growing Trade in Electronic Transmissions: Implications for the South, UNCTAD Research "
             "Paper No. 29, February 2019.",
        "3": "OECD Trade Policy Paper No. 233, Electronic Transmissions and International Trade - Shedding New "
             "Light on the Moratorium Debate, November 2019.",
        "4": "The estimates are expressed in current US dollars and rounded to the nearest USD 5 million. The "
             "detailed tables are available from the two delegations on request.",
        "5": "According to OECD figures, more than 80 jurisdictions applied value added tax or a similar "
             "consumption tax to digital services supplied by non-resident businesses in 2022.",
    },
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "THE MORATORIUM ON CUSTOMS DUTIES ON ELECTRONIC TRANSMISSIONS: WHAT IT MEANS FOR PUBLIC "
                  "REVENUE IN DEVELOPING MEMBERS"),
        ("center", "Communication from Indonesia and South Africa"),
        ("p", "The following communication, dated 12 April 2023, is being circulated at the request of the "
              "delegations of Indonesia and South Africa."),
        ("rule",),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "Since 1998, Members have renewed at almost every Ministerial Conference the practice of "
                      "not imposing customs duties on electronic transmissions.[^1] When the practice began, "
                      "only a small part of world trade used the internet and few products could be delivered "
                      "in digital form. Twenty-five years later, software, films, music, books and video games, "
                      "which used to cross borders on physical carriers, are mostly sent as files or streams, "
                      "and additive manufacturing allows a design to be transmitted abroad and printed close "
                      "to the buyer."),
        ("np", "1.2", "At the Twelfth Ministerial Conference, Members agreed to intensify their discussions on "
                      "the moratorium, including on its scope, definition and impact. This communication "
                      "contributes to that discussion by looking at one aspect only: the customs revenue that "
                      "developing and least-developed country Members give up because they cannot apply their "
                      "tariffs to digitized products."),
        ("np", "1.3", "The two delegations do not ask Members to reach conclusions on the basis of this paper. "
                      "They invite other Members to share their own national estimates, in the belief that any "
                      "decision on the future of the moratorium at the Thirteenth Ministerial Conference should "
                      "rest on a common factual understanding."),
        ("h", "2", "WHAT THE AVAILABLE STUDIES SAY"),
        ("np", "2.1", "Estimates of forgone revenue vary widely, because Members have never agreed on a "
                      "definition of electronic transmissions and because no customs data exist for products "
                      "that never pass a border post. Researchers therefore approximate digital imports from "
                      "trade in the physical equivalents of digitizable products, usually a list of 49 tariff "
                      "lines of the Harmonized System, and from the pace at which that physical trade has "
                      "declined."),
        ("np", "2.2", "A study by UNCTAD staff published in 2019[^2] put the potential tariff revenue lost on "
                      "digitizable products in 2017 at about USD 10 billion worldwide, of which some 95 per cent "
                      "was borne by developing countries. The largest absolute losses were found in a few "
                      "middle-income economies, but relative to total revenue the losses were highest for "
                      "low-income Members that depend most on tariffs to finance public spending."),
        ("np", "2.3", "An OECD paper of the same year[^3] arrived at a much lower figure. It concluded that the "
                      "revenue at stake was equal on average to between 0.08 and 0.23 per cent of total "
                      "government revenue, and that duties on electronic transmissions would raise prices for "
                      "consumers and could reduce the competitiveness of firms that rely on digital inputs."),
        ("np", "2.4", "The two sets of figures are less far apart than they seem. Both find that the amounts "
                      "are modest for the world as a whole but significant for some Members. They differ "
                      "mainly on two assumptions: whether the tariff applied to a physical good would also "
                      "apply to its digital equivalent, and whether value added tax can take the place of "
                      "customs duties as a source of revenue."),
        ("np", "2.5", "Because the range of published estimates is so wide, Indonesia and South Africa have "
                      "prepared their own figures from national customs and statistical sources. They are "
                      "summarized in section 3."),
        ("h", "3", "NATIONAL ESTIMATES"),
        ("np", "3.1", "For Indonesia, the estimate applies the most-favoured-nation tariffs that would apply to "
                      "the physical counterparts of software, audiovisual content, printed matter and video "
                      "games to the value of the same products purchased as downloads or subscriptions. On "
                      "that basis, the duties that could have been collected in 2021 are estimated at between "
                      "USD 45 million and USD 60 million.[^4]"),
        ("np", "3.2", "For South Africa, the estimate covers the same product groups and also includes music "
                      "and films delivered by streaming. The duties that could have been collected in 2021 are "
                      "put at about USD 30 million, a sum larger than the annual budget of the national "
                      "programme that supports small exporters in their first year of exporting."),
        ("np", "3.3", "These figures probably understate future losses, for three reasons:"),
        ("sub", "(a)", "the share of digitizable products that is delivered electronically keeps growing, so "
                       "the part of the tariff base that remains physical shrinks every year;"),
        ("sub", "(b)", "new technologies such as 3D printing could move part of the trade in manufactured "
                       "goods, including spare parts and simple consumer products, into electronic form; and"),
        ("sub", "(c)", "the estimates leave out services supplied electronically, which are growing faster than "
                       "trade in goods and could be affected depending on how broadly the moratorium is read."),
        ("h", "4", "WHY INTERNAL TAXES ARE NOT A FULL SUBSTITUTE"),
        ("np", "4.1", "It is often said that Members remain free to levy value added tax or goods and services "
                      "tax on digital products and can recover any lost revenue in that way. Indonesia and "
                      "South Africa agree that the moratorium does not prevent internal taxes, and many "
                      "developing Members have introduced such taxes on foreign suppliers of digital services "
                      "in recent years.[^5]"),
        ("np", "4.2", "Internal taxes do not, however, perform the same function as customs duties. A tariff "
                      "can give domestic producers of software and digital content a margin of preference over "
                      "imports, whereas a non-discriminatory internal tax falls equally on domestic and "
                      "imported supplies. The moratorium therefore also limits the policy space that "
                      "developing Members have to build their own digital industries."),
        ("np", "4.3", "Moreover, collecting tax from suppliers with no presence in the country requires "
                      "registration systems, information exchange with other tax administrations and "
                      "enforcement capacity that many least-developed countries are still building. Customs "
                      "duties, by contrast, would be collected by an administration that already exists."),
        ("h", "5", "QUESTIONS FOR MEMBERS"),
        ("np", "5.1", "To take the discussion forward, Indonesia and South Africa invite Members to reflect on "
                      "the following questions:"),
        ("sub", "(a)", "Which products does the moratorium currently cover, and does it extend to the content "
                       "transmitted as well as to the transmission itself?"),
        ("sub", "(b)", "Which methodology should Members use to estimate forgone revenue in a consistent way?"),
        ("sub", "(c)", "Could the Secretariat, together with UNCTAD and other international organizations, "
                       "prepare an updated estimate of forgone revenue covering all Members?"),
        ("np", "5.2", "The two delegations would also welcome a dedicated session of the General Council on "
                      "this subject before the Thirteenth Ministerial Conference, to be held in Abu Dhabi in "
                      "February 2024."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 2. English, DOCX with header table: Secretariat statistical background note, 2024
# ---------------------------------------------------------------------------
DOCS["secretariat-note-digital-trade-statistics.docx"] = {
    "format": "docx",
    "created": (2024, 10, 7),
    "header_rows": [
        ("WORLD TRADE ORGANIZATION", "RESTRICTED"),
        ("ORGANISATION MONDIALE DU COMMERCE", "JOB/GC/401"),
        ("ORGANIZACIÓN MUNDIAL DEL COMERCIO", "7 October 2024"),
        ("(24-6630)", ""),
        ("General Council", "Original: English"),
    ],
    "running_header": "JOB/GC/401",
    "footnotes": {},
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "DIGITALLY DELIVERED SERVICES AND DIGITAL TRADE: A STATISTICAL BACKGROUND"),
        ("center", "Note by the Secretariat"),
        ("p", "This note has been prepared under the Secretariat's own responsibility and is without prejudice "
              "to the positions of Members or to their rights and obligations under the WTO."),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "At its meeting of 22-23 July 2024, the General Council heard requests from several "
                      "Members for factual information on how trade that is conducted or delivered electronically "
                      "has evolved since the Work Programme was established. This note responds to those "
                      "requests. It draws on data compiled by the WTO together with UNCTAD, the OECD and the "
                      "IMF, and covers the period up to 2023."),
        ("np", "1.2", "Section 2 explains the concepts used; section 3 presents the main trends; section 4 "
                      "summarizes what the data can and cannot tell Members about customs duties on electronic "
                      "transmissions; and section 5 describes the main gaps in the data."),
        ("h", "2", "CONCEPTS"),
        ("np", "2.1", "The Handbook on Measuring Digital Trade, published jointly by the IMF, the OECD, UNCTAD "
                      "and the WTO, defines digital trade as all international trade that is digitally ordered, "
                      "digitally delivered, or both. The second edition of the Handbook was released in 2023."),
        ("np", "2.2", "Digitally ordered trade corresponds to what is usually called e-commerce: the sale or "
                      "purchase of goods or services conducted over computer networks by methods specifically "
                      "designed for receiving or placing orders. Payment and delivery may take place offline."),
        ("np", "2.3", "Digitally delivered trade covers services supplied remotely over computer networks, such "
                      "as software, streaming, consulting or online education. Goods cannot be digitally "
                      "delivered: when a product that used to be physical, such as a recorded film, is "
                      "transmitted electronically, trade statistics record it as a service."),
        ("np", "2.4", "Neither concept coincides with electronic transmissions as the term is used in the "
                      "moratorium, which Members have never defined. The figures below should therefore be read "
                      "as orders of magnitude, not as a measurement of the trade covered by the moratorium."),
        ("h", "3", "MAIN TRENDS"),
        ("np", "3.1", "World exports of digitally delivered services reached an estimated USD 4.25 trillion in "
                      "2023, 9 per cent more than in the previous year and about three and a half times their "
                      "value in 2005. They now account for more than half of all services exports (Table 1)."),
        ("caption", "Table 1: World exports of digitally delivered services, selected years"),
        ("table", [
            ["Year", "Value (USD trillion)", "Share of world services exports (%)"],
            ["2005", "1.20", "45"],
            ["2010", "1.87", "48"],
            ["2015", "2.32", "49"],
            ["2019", "3.17", "52"],
            ["2020", "3.24", "63"],
            ["2023", "4.25", "54"],
        ]),
        ("source", "Source: WTO estimates based on the WTO-UNCTAD-ITC trade in services dataset. Figures are "
                   "rounded."),
        ("np", "3.2", "The jump in the share in 2020 does not reflect a sudden rise in digital exports, which "
                      "grew only modestly that year, but the collapse of travel and transport services during "
                      "the COVID-19 pandemic."),
        ("np", "3.3", "Developing economies supplied about one fifth of world exports of digitally delivered "
                      "services in 2023, most of it from a small number of economies in Asia. The share of "
                      "least-developed countries stayed at around 0.2 per cent, practically unchanged over the "
                      "past decade."),
        ("np", "3.4", "Digitally ordered trade is harder to measure, because few economies ask businesses and "
                      "households how their cross-border purchases were ordered. Surveys in the economies that "
                      "do collect such data suggest that small parcels ordered online from foreign sellers grew "
                      "much faster than other imports of consumer goods between 2019 and 2022."),
        ("h", "4", "CUSTOMS DUTIES ON ELECTRONIC TRANSMISSIONS"),
        ("np", "4.1", "Electronic transmissions are not recorded at the border, so any estimate of the tariff "
                      "revenue that could be collected without the moratorium rests on assumptions. Published "
                      "estimates differ by a factor of ten or more, mainly because of three choices:"),
        ("li", 1, "which products are treated as digitizable, and which tariff rate is assumed to apply to them;"),
        ("li", 1, "whether the value of digital imports is inferred from the decline in physical imports or "
                  "taken from services statistics;"),
        ("li", 1, "whether the estimate allows for the effect of duties on prices, on demand and on the use of "
                  "digital inputs by domestic firms."),
        ("np", "4.2", "Earlier Secretariat notes discuss the published estimates in more detail. The present note "
                      "does not produce a new estimate of forgone revenue."),
        ("h", "5", "DATA GAPS"),
        ("np", "5.1", "Official statistics on digitally delivered services are published by relatively few "
                      "economies. For most developing economies, the figures behind Table 1 are estimates "
                      "derived from models rather than from national surveys of businesses."),
        ("np", "5.2", "Members that wish to improve their statistics may request technical assistance. Since "
                      "2020, the Secretariat and the other organizations responsible for the Handbook have run "
                      "an online course on measuring digital trade, which officials from more than 100 "
                      "economies had completed by mid-2024."),
        ("np", "5.3", "The Secretariat stands ready to update this note every year if Members so wish."),
    ],
}

# ---------------------------------------------------------------------------
# 3. English, saved HTML page (variant): JSI co-convenors' note, December 2023
# ---------------------------------------------------------------------------
DOCS["jsi-coconvenors-state-of-play.html"] = {
    "format": "html",
    "variant": True,
    "lang": "en",
    "letterhead": "WORLD TRADE ORGANIZATION",
    "status": "Unrestricted",
    "symbol": "INF/ECOM/85",
    "date": "22 December 2023",
    "original": "Original: English",
    "page_title": "Joint Statement Initiative on Electronic Commerce: note by the co-convenors",
    "issued_by": "Australia, Japan and Singapore (co-convenors)",
    "saved_from": "https://library.example-trade.org/ecom/jsi/inf-ecom-85.html",
    "see_also": [
        ("#jsi-participants", "List of participants in the Joint Statement Initiative"),
        ("#jsi-calendar", "JSI meetings in 2024"),
    ],
    "related": [
        ("#wt-l-1056", "WT/L/1056 – Joint Statement on Electronic Commerce (25 January 2019)"),
        ("#inf-ecom-62", "INF/ECOM/62/Rev.1 – Consolidated negotiating text (December 2020)"),
        ("#wt-min-22-32", "WT/MIN(22)/32 – Work Programme on Electronic Commerce, Ministerial Decision "
                          "(17 June 2022)"),
        ("#wt-gc-w-866", "WT/GC/W/866 – The moratorium on customs duties on electronic transmissions: "
                         "communication from Indonesia and South Africa"),
    ],
    "footnotes": {},
    "blocks": [
        ("title", "JOINT STATEMENT INITIATIVE ON ELECTRONIC COMMERCE"),
        ("center", "State of play at the end of 2023 and the road to the Thirteenth Ministerial Conference"),
        ("center", "Note by the co-convenors (Australia, Japan and Singapore)"),
        ("p", "This note is issued by the co-convenors under their own responsibility. It does not prejudge the "
              "positions of participants."),
        ("rule",),
        ("np", "1.", "Following the heads of delegation meeting of 20 December 2023, the co-convenors wish to "
                     "inform all WTO Members of where the negotiations stand. Ninety Members, accounting for more "
                     "than 90 per cent of world trade, now take part in the initiative, compared with the 76 "
                     "Members that announced the start of negotiations in Davos in January 2019."),
        ("np", "2.", "During 2023, participants moved from small-group discussions to the drafting of a complete "
                     "agreement. In the co-convenors' assessment, negotiations have been substantially concluded "
                     "on the following issues:"),
        ("sub", "(a)", "facilitating electronic transactions: electronic transaction frameworks, electronic "
                       "authentication and signatures, electronic contracts and electronic invoicing;"),
        ("sub", "(b)", "digital trade facilitation: paperless trading and single windows for the exchange of "
                       "trade data;"),
        ("sub", "(c)", "trust: online consumer protection, unsolicited commercial electronic messages and "
                       "cybersecurity;"),
        ("sub", "(d)", "openness: open government data and open internet access; and"),
        ("sub", "(e)", "transparency and cooperation between regulators."),
        ("np", "3.", "Work continues on issues where views still diverge, notably customs duties on electronic "
                     "transmissions, telecommunications services, and the relationship between the future "
                     "agreement and the existing WTO agreements."),
        ("np", "4.", "On customs duties, most participants support a permanent prohibition of duties on "
                     "electronic transmissions between the parties, while some prefer to rely for the time "
                     "being on the multilateral moratorium. The co-convenors urge participants to close this "
                     "gap early in 2024."),
        ("np", "5.", "On cross-border data flows, data localization and source code, several participants are "
                     "not able to accept binding rules at this stage, after one participant withdrew its support "
                     "for certain proposals in October 2023. The co-convenors have proposed that these issues be "
                     "set aside for now and taken up again at a later stage, without prejudice to their "
                     "importance."),
        ("np", "6.", "Participants agree that developing and least-developed participants need support to "
                     "implement the future agreement. Transition periods of up to five years for developing "
                     "participants, and longer periods for least-developed participants, have been proposed for "
                     "the provisions that require new legislation or new systems."),
        ("np", "7.", "With interested participants and international organizations, the co-convenors are "
                     "preparing an e-commerce capacity building framework, to be launched at MC13, which would "
                     "pool technical assistance and include a fund to help developing participants prepare for "
                     "implementation."),
        ("np", "8.", "The co-convenors aim to have a stabilized text in the first half of 2024 and to report to "
                     "Ministers at MC13 in Abu Dhabi. How the agreement will be brought into the WTO legal "
                     "framework remains to be settled."),
        ("np", "9.", "The initiative remains open to all WTO Members, and observers are welcome at all meetings. "
                     "The next heads of delegation meeting will be held in the second half of January 2024."),
    ],
}

# ---------------------------------------------------------------------------
# 4. French, PDF (render.py layout): Nairobi ministerial decision, MC10, 2015
# ---------------------------------------------------------------------------
DOCS["decision-ministerielle-nairobi.pdf"] = {
    "format": "pdf",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "WT/MIN(15)/42",
    "date": "21 décembre 2015",
    "job": "(15-6778)",
    "page_label": "Page",
    "body_line": "Conférence ministérielle – Dixième session – Nairobi, 15-18 décembre 2015",
    "original": "Original: anglais",
    "font": "Times-Roman",
    "size": 11,
    "footnotes": {
        "2": "WT/L/274, adopté par le Conseil général le 25 septembre 1998.",
        "3": "WT/MIN(13)/32 - WT/L/907, Décision ministérielle du 7 décembre 2013 adoptée à Bali.",
        "1": "La dixième session, prévue du 15 au 18 décembre 2015, a été prolongée d'une journée; la présente "
             "décision a été adoptée le 19 décembre 2015.",
    },
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("center", "Décision ministérielle du 19 décembre 2015[^1]"),
        ("rule",),
        ("p", "La Conférence ministérielle,"),
        ("p", "Rappelant le Programme de travail sur le commerce électronique[^2] et la décision que nous avons "
              "adoptée à ce sujet à notre neuvième session[^3],"),
        ("p", "Prenant note des rapports présentés au Conseil général par le Conseil du commerce des services, le "
              "Conseil du commerce des marchandises, le Conseil des ADPIC et le Comité du commerce et du "
              "développement depuis notre dernière session,"),
        ("p", "Reconnaissant que les questions soulevées dans le cadre du Programme de travail, en particulier "
              "celles qui intéressent les pays en développement et les pays les moins avancés Membres, n'ont pas "
              "encore été examinées de manière complète,"),
        ("p", "Décide ce qui suit:"),
        ("np", "1.", "Nous convenons de poursuivre les travaux relevant du Programme de travail, sur la base du "
                     "mandat existant et des lignes directrices énoncées dans le document WT/L/274, ainsi que des "
                     "propositions que les Membres soumettront aux organes compétents de l'OMC."),
        ("np", "2.", "Nous chargeons le Conseil général de procéder à des examens périodiques lors de ses réunions "
                     "de juillet et de décembre 2016 et de juillet 2017, en s'appuyant sur les rapports que lui "
                     "présenteront les organes de l'OMC chargés de la mise en œuvre du Programme de travail."),
        ("np", "3.", "Les organes concernés sont invités à accorder une attention particulière, dans leurs "
                     "travaux, à la dimension développement du commerce électronique, y compris à l'accès des "
                     "micro, petites et moyennes entreprises aux marchés en ligne."),
        ("np", "4.", "Nous convenons que les Membres maintiendront la pratique actuelle consistant à ne pas imposer "
                     "de droits de douane sur les transmissions électroniques jusqu'à notre prochaine session, qui "
                     "se tiendra en 2017."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 5. French, Markdown: facilitator's report to the General Council, 2024
# ---------------------------------------------------------------------------
DOCS["rapport-facilitateur-programme-travail.md"] = {
    "format": "md",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "JOB/GC/398",
    "date": "19 juillet 2024",
    "job": "RESTREINT – (24-5288)",
    "body_line": "Conseil général",
    "original": "Original: anglais",
    "footnotes": {},
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "RAPPORT DU FACILITATEUR AU CONSEIL GÉNÉRAL"),
        ("p", "Le présent rapport est établi sous la propre responsabilité du facilitateur. Il ne préjuge pas "
              "des positions des Membres ni de leurs droits et obligations dans le cadre de l'OMC."),
        ("toc", ["1 Introduction", "2 Séances thématiques", "3 Moratoire sur les droits de douane",
                 "4 Assistance technique", "5 Prochaines étapes"]),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "À la treizième Conférence ministérielle, tenue à Abou Dhabi du 26 février au 2 mars 2024, "
                      "les Ministres ont décidé de redynamiser les travaux du Programme de travail en accordant "
                      "une attention particulière à sa dimension développement, et ont chargé le Conseil général "
                      "de procéder à des examens périodiques en juillet et en décembre 2024 et en juillet 2025."),
        ("np", "1.2", "À la demande du Président du Conseil général, j'ai continué d'exercer les fonctions de "
                      "facilitateur. Entre avril et juillet 2024, j'ai organisé quatre séances thématiques "
                      "ouvertes à tous les Membres, ainsi que des consultations en petits groupes et avec les "
                      "coordonnateurs des groupes."),
        ("h", "2", "SÉANCES THÉMATIQUES"),
        ("np", "2.1", "La première séance, tenue le 18 avril 2024, a porté sur la fracture numérique. Plusieurs "
                      "délégations ont rappelé qu'environ un tiers de la population mondiale n'utilise toujours "
                      "pas l'Internet, et que la plupart de ces personnes vivent dans des pays en développement "
                      "et des pays les moins avancés."),
        ("np", "2.2", "La deuxième séance, le 23 mai 2024, était consacrée aux micro, petites et moyennes "
                      "entreprises et aux femmes entrepreneurs. Des intervenants de l'ITC et de la CNUCED ont "
                      "décrit les obstacles que rencontrent ces entreprises pour accéder aux plates-formes en "
                      "ligne, aux paiements numériques et aux services de livraison."),
        ("np", "2.3", "La troisième séance, le 13 juin 2024, a traité de la protection des consommateurs en "
                      "ligne et de la confiance dans le commerce numérique. Les Membres ont échangé leurs "
                      "expériences en matière de règlement des litiges en ligne et de coopération entre "
                      "autorités chargées de la protection des consommateurs."),
        ("np", "2.4", "La quatrième séance, le 4 juillet 2024, a porté sur les technologies émergentes, "
                      "notamment l'intelligence artificielle et l'impression 3D. Certaines délégations ont "
                      "souhaité que le Secrétariat établisse une note factuelle sur leurs effets sur le "
                      "commerce; d'autres ont estimé que ces questions relevaient d'autres enceintes."),
        ("h", "3", "MORATOIRE SUR LES DROITS DE DOUANE SUR LES TRANSMISSIONS ÉLECTRONIQUES"),
        ("np", "3.1", "Aux termes de la décision d'Abou Dhabi, le moratoire et le Programme de travail prendront "
                      "fin à la quatorzième session de la Conférence ministérielle ou le 31 mars 2026, la date "
                      "la plus proche étant retenue. De nombreuses délégations ont souligné que cette échéance "
                      "rendait les travaux plus urgents."),
        ("np", "3.2", "Les positions restent partagées. Un groupe de Membres estime que le moratoire prive les "
                      "pays en développement de recettes douanières et de la marge de manœuvre nécessaire à leur "
                      "industrialisation numérique. D'autres Membres considèrent qu'il apporte de la "
                      "prévisibilité aux entreprises et aux consommateurs et que les pertes de recettes sont "
                      "faibles au regard des gains."),
        ("np", "3.3", "Aucune proposition de texte n'a été présentée à ce stade. J'ai encouragé les délégations "
                      "à poursuivre le dialogue sur la portée et la définition des transmissions électroniques, "
                      "en s'appuyant sur les travaux factuels du Secrétariat."),
        ("h", "4", "ASSISTANCE TECHNIQUE"),
        ("np", "4.1", "Les Membres ont demandé au Secrétariat de dresser un inventaire des activités "
                      "d'assistance technique liées au commerce électronique que mènent l'OMC et les autres "
                      "organisations internationales, afin d'éviter les doubles emplois. Le Secrétariat a "
                      "indiqué qu'il présenterait cet inventaire avant la réunion du Conseil général de "
                      "décembre 2024."),
        ("np", "4.2", "Plusieurs pays les moins avancés ont demandé que cette assistance porte en priorité sur "
                      "l'infrastructure, les compétences numériques et les cadres réglementaires, conformément à "
                      "la décision d'Abou Dhabi."),
        ("h", "5", "PROCHAINES ÉTAPES"),
        ("np", "5.1", "Je propose de tenir à l'automne 2024 deux nouvelles séances thématiques, consacrées "
                      "l'une aux paiements numériques transfrontières et l'autre aux flux de données, ainsi "
                      "qu'une réunion spécifique sur le moratoire, avant l'examen de décembre 2024."),
        ("np", "5.2", "Je remercie les délégations de leur participation constructive et le Secrétariat de son "
                      "appui."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 6. French, TXT extracted from a PDF (render.py layout): Council for Trade in
#    Services report to the General Council, 2022
# ---------------------------------------------------------------------------
DOCS["conseil-services-rapport-commerce-electronique.txt"] = {
    "format": "txt",
    "org_lines": ("ORGANISATION MONDIALE", "DU COMMERCE"),
    "page_word": "Page",
    "symbol": "S/C/64",
    "date": "21 novembre 2022",
    "job": "(22-8710)",
    "body_line": "Conseil du commerce des services",
    "original": "Original: anglais",
    "footnotes": {},
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "RAPPORT DU CONSEIL DU COMMERCE DES SERVICES AU CONSEIL GÉNÉRAL"),
        ("center", "Rapport présenté par la Présidente sous sa propre responsabilité"),
        ("np", "1.", "Dans la décision qu'elle a adoptée le 17 juin 2022 à sa douzième session (WT/MIN(22)/32), "
                     "la Conférence ministérielle a chargé le Conseil général de procéder à des examens "
                     "périodiques du Programme de travail sur la base des rapports que les organes compétents "
                     "de l'OMC pourraient lui présenter. Le présent rapport rend compte des travaux menés par le "
                     "Conseil du commerce des services depuis cette décision."),
        ("np", "2.", "Le Conseil a examiné le point intitulé « Programme de travail sur le commerce "
                     "électronique » à ses réunions du 6 juillet et du 13 octobre 2022. Il était saisi d'une "
                     "communication d'un groupe de Membres sur les services fournis par voie électronique et la "
                     "neutralité technologique (S/C/W/437)."),
        ("np", "3.", "Les auteurs de la communication ont proposé que le Conseil examine: a) la manière dont les "
                     "engagements existants s'appliquent aux services fournis en ligne; b) le classement des "
                     "nouveaux services numériques; et c) les besoins des pays en développement en matière de "
                     "capacités d'offre de services numériques."),
        ("np", "4.", "Plusieurs délégations ont rappelé que la plupart des engagements figurant dans les listes "
                     "annexées à l'AGCS ont été pris en 1994, avant l'essor des services numériques, et que la "
                     "question de savoir si des services tels que l'informatique en nuage ou la diffusion en "
                     "continu relèvent des secteurs existants reste ouverte."),
        ("np", "5.", "Un grand nombre de Membres ont soutenu que, sauf indication contraire dans les listes, les "
                     "engagements s'appliquent quel que soit le moyen technologique par lequel le service est "
                     "fourni. D'autres ont fait valoir que ce principe de neutralité technologique n'avait jamais "
                     "été formellement accepté par les Membres et ne pouvait donc pas être présumé."),
        ("np", "6.", "La distinction entre la fourniture transfrontières (mode 1) et la consommation à "
                     "l'étranger (mode 2) pour les services achetés en ligne a également été évoquée. Certaines "
                     "délégations ont souligné que ce choix a des conséquences importantes, car de nombreux "
                     "Membres ont pris des engagements plus ouverts pour le mode 2 que pour le mode 1."),
        ("np", "7.", "Des pays en développement ont insisté sur la nécessité de renforcer leurs capacités "
                     "d'exportation de services numériques, notamment en matière de connectivité à haut débit "
                     "et de compétences, et ont rappelé l'article IV de l'AGCS relatif à la participation "
                     "croissante des pays en développement au commerce des services."),
        ("np", "8.", "À la demande du Conseil, le Secrétariat a fait un exposé informel sur l'évolution du "
                     "commerce des services fournis par voie numérique. Il a indiqué que ces services "
                     "représentaient désormais plus de la moitié des exportations mondiales de services."),
        ("np", "9.", "Certaines délégations ont proposé que le Conseil organise en 2023 un atelier sur le "
                     "classement des services numériques, avec la participation d'experts des capitales. "
                     "D'autres ont jugé préférable d'attendre les résultats des discussions menées au Conseil "
                     "général."),
        ("np", "10.", "Le Conseil n'a pas formulé de recommandations. Il est convenu de maintenir ce point à "
                      "son ordre du jour et d'y revenir à sa première réunion de 2023."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 7. Spanish, DOCX with header table and Word automatic numbering:
#    communication from the small, vulnerable economies, 2021
# ---------------------------------------------------------------------------
DOCS["economias-pequenas-vulnerables-comunicacion.docx"] = {
    "format": "docx",
    "created": (2021, 7, 12),
    "header_rows": [
        ("ORGANIZACIÓN MUNDIAL DEL COMERCIO", "WT/GC/W/829"),
        ("", "12 de julio de 2021"),
        ("(21-5391)", ""),
        ("Consejo General", "Original: inglés"),
    ],
    "running_header": "WT/GC/W/829",
    "footnotes": {},
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "EL COMERCIO ELECTRÓNICO Y LAS ECONOMÍAS PEQUEÑAS Y VULNERABLES"),
        ("center", "Comunicación del Grupo de Economías Pequeñas y Vulnerables"),
        ("p", "La siguiente comunicación, de fecha 9 de julio de 2021, se distribuye a petición de la "
              "delegación de Fiji en nombre del Grupo de Economías Pequeñas y Vulnerables (EPV)."),
        ("caption", "INTRODUCCIÓN"),
        ("li", 2, "Las economías pequeñas y vulnerables comparten rasgos que condicionan su participación en el "
                  "comercio electrónico: mercados internos reducidos, gran distancia de los principales mercados, "
                  "costos de transporte elevados y una fuerte exposición a los desastres naturales y a los "
                  "efectos del cambio climático."),
        ("li", 2, "La pandemia de COVID-19 ha demostrado que el comercio electrónico puede mantener la actividad "
                  "económica cuando se interrumpe la circulación de personas, en particular en el turismo, del "
                  "que dependen muchas de nuestras economías. También ha puesto de manifiesto lo lejos que "
                  "están muchas de nuestras empresas de poder vender en línea."),
        ("caption", "PRINCIPALES OBSTÁCULOS"),
        ("li", 2, "El Grupo ha identificado los siguientes obstáculos:"),
        ("li", 1, "conectividad: muchas islas dependen de un único cable submarino o de enlaces por satélite, lo "
                  "que encarece el acceso a Internet y lo expone a interrupciones prolongadas;"),
        ("li", 1, "logística: los envíos de paquetes pequeños son escasos y caros, y las empresas de mensajería "
                  "urgente a menudo no ofrecen servicio directo a nuestros territorios;"),
        ("li", 1, "pagos: a las empresas de las EPV les cuesta acceder a las plataformas internacionales de pago, "
                  "en parte por la pérdida de relaciones de corresponsalía bancaria;"),
        ("li", 1, "marco normativo: varios miembros del Grupo carecen todavía de leyes sobre transacciones "
                  "electrónicas, protección de datos o protección del consumidor en línea."),
        ("li", 2, "En varias EPV del Pacífico, una conexión fija de banda ancha cuesta más del 10% del ingreso "
                  "nacional bruto mensual por habitante, frente a la meta del 2% fijada por la Comisión de la "
                  "Banda Ancha para el Desarrollo Sostenible."),
        ("caption", "LA MORATORIA SOBRE LOS DERECHOS DE ADUANA"),
        ("li", 2, "Los miembros del Grupo no tienen una posición común sobre la moratoria relativa a los "
                  "derechos de aduana sobre las transmisiones electrónicas. Piden, no obstante, que se examinen "
                  "sus efectos específicos en las economías pequeñas, cuyos ingresos arancelarios representan "
                  "una parte mayor de los ingresos públicos que en otros Miembros."),
        ("caption", "PROPUESTAS"),
        ("li", 2, "El Grupo propone que el Comité de Comercio y Desarrollo organice en 2022 un taller dedicado a "
                  "las necesidades de las EPV en materia de comercio electrónico, con la participación de la UIT, "
                  "la UNCTAD, la Unión Postal Universal y los bancos regionales de desarrollo."),
        ("li", 2, "El Grupo propone asimismo que la Secretaría prepare una nota fáctica sobre las medidas "
                  "adoptadas por las EPV para facilitar el comercio electrónico y sobre la asistencia técnica "
                  "disponible para ellas."),
        ("li", 2, "Todo resultado sobre el comercio electrónico debería reconocer la necesidad de flexibilidades "
                  "y de plazos de aplicación adecuados para las EPV, vinculados a la prestación de asistencia "
                  "técnica."),
        ("li", 2, "El Grupo invita a los demás Miembros a compartir sus experiencias y espera con interés "
                  "examinar la presente comunicación en la próxima reunión del Consejo General."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 8. Spanish, saved HTML page (variant): General Council minutes, excerpt, July 2023
# ---------------------------------------------------------------------------
DOCS["consejo-general-acta-comercio-electronico.html"] = {
    "format": "html",
    "variant": True,
    "lang": "es",
    "letterhead": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "status": "RESTRINGIDO",
    "symbol": "WT/GC/M/206",
    "date": "29 de septiembre de 2023",
    "original": "Original: inglés/francés/español",
    "page_title": "Consejo General – Acta de la reunión de los días 24 y 25 de julio de 2023 (extracto)",
    "issued_by": "Consejo General",
    "saved_from": "https://library.example-trade.org/es/gc/wt-gc-m-206-extracto.html",
    "see_also": [
        ("#gc-2023", "Reuniones del Consejo General en 2023"),
        ("#ecom-reviews", "Exámenes periódicos del Programa de Trabajo"),
    ],
    "related": [
        ("#wt-gc-w-866", "WT/GC/W/866 – Comunicación de Indonesia y Sudáfrica sobre la moratoria"),
        ("#s-c-64", "S/C/64 – Informe del Consejo del Comercio de Servicios al Consejo General"),
        ("#wt-gc-w-829", "WT/GC/W/829 – El comercio electrónico y las economías pequeñas y vulnerables"),
        ("#wt-min-22-32", "WT/MIN(22)/32 – Decisión Ministerial sobre el Programa de Trabajo (CM12)"),
    ],
    "footnotes": {},
    "blocks": [
        ("title", "CONSEJO GENERAL"),
        ("center", "ACTA DE LA REUNIÓN CELEBRADA EN EL CENTRO WILLIAM RAPPARD LOS DÍAS 24 Y 25 DE JULIO DE 2023"),
        ("p", "Extracto: se reproduce únicamente el punto 6 del orden del día."),
        ("h", "6", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO – EXAMEN PERIÓDICO"),
        ("np", "6.1.", "El Presidente recordó que, en la Decisión Ministerial adoptada en la CM12 "
                       "(WT/MIN(22)/32), se había encomendado al Consejo General que realizara exámenes "
                       "periódicos del Programa de Trabajo. Los Miembros tenían ante sí el informe que el Consejo "
                       "del Comercio de Servicios había presentado en noviembre de 2022 (S/C/64) y una comunicación "
                       "de Indonesia y Sudáfrica (WT/GC/W/866)."),
        ("np", "6.2.", "El facilitador informó de que, desde el último examen, se habían celebrado cinco debates "
                       "específicos abiertos a todos los Miembros, dos de ellos dedicados a la moratoria. Señaló "
                       "que los Miembros seguían divididos sobre su alcance y sus efectos, pero que el diálogo "
                       "había sido más técnico y menos polarizado que en años anteriores."),
        ("np", "6.3.", "El representante de Sudáfrica, al presentar la comunicación, dijo que las estimaciones "
                       "nacionales de su delegación y de la de Indonesia mostraban pérdidas de ingresos que no "
                       "eran despreciables para economías en desarrollo. Pidió a la Secretaría que, junto con la "
                       "UNCTAD, preparara una estimación actualizada para todos los Miembros."),
        ("np", "6.4.", "El representante de Indonesia añadió que la moratoria no solo afectaba a los ingresos, "
                       "sino también al margen de actuación necesario para desarrollar industrias digitales "
                       "nacionales. Su delegación no podría aceptar una prórroga automática en la CM13."),
        ("np", "6.5.", "El representante de la India dijo que, tras 25 años, seguía sin haber una definición "
                       "común de las transmisiones electrónicas ni acuerdo sobre el alcance de la moratoria. "
                       "Recordó que su país había pedido en varias ocasiones que se reexaminara la moratoria y "
                       "dijo que las iniciativas plurilaterales no podían sustituir a los trabajos multilaterales "
                       "del Programa de Trabajo."),
        ("np", "6.6.", "El representante de Singapur dijo que la moratoria aportaba previsibilidad y era "
                       "especialmente valiosa para las microempresas y las pequeñas y medianas empresas, que no "
                       "podrían asumir los costos de cumplimiento de nuevos derechos. Según los estudios de la "
                       "OCDE, los ingresos en juego eran reducidos en comparación con los beneficios económicos "
                       "de la moratoria."),
        ("np", "6.7.", "La representante de la Unión Europea reiteró su apoyo a que la moratoria se hiciera "
                       "permanente. Recordó que la moratoria no impide a los Miembros aplicar impuestos internos, "
                       "como el impuesto sobre el valor añadido, a los productos suministrados por vía "
                       "electrónica."),
        ("np", "6.8.", "El representante de Nigeria, hablando en nombre del Grupo Africano, subrayó la "
                       "importancia de la dimensión de desarrollo y de reducir la brecha digital. Pidió que el "
                       "Programa de Trabajo produjera para la CM13 resultados concretos en materia de asistencia "
                       "técnica y de infraestructura digital."),
        ("np", "6.9.", "La representante de Barbados, en nombre de las economías pequeñas y vulnerables, recordó "
                       "la comunicación WT/GC/W/829 y los elevados costos de conectividad que soportan las "
                       "economías insulares. Lamentó que el taller propuesto en dicha comunicación no se hubiera "
                       "celebrado todavía."),
        ("np", "6.10.", "El representante de Suiza apoyó la prórroga de la moratoria y propuso que el facilitador "
                        "organizara una sesión técnica sobre la forma en que los Miembros aplican impuestos "
                        "internos a los servicios digitales."),
        ("np", "6.11.", "El representante del Japón, hablando también en nombre de Australia y Singapur como "
                        "coorganizadores de la Iniciativa relativa a la Declaración Conjunta sobre el Comercio "
                        "Electrónico, informó de que los participantes aspiraban a concluir lo esencial de las "
                        "negociaciones antes de que finalizara 2023."),
        ("np", "6.12.", "El Consejo General tomó nota del informe del facilitador, del informe del Consejo del "
                        "Comercio de Servicios y de las declaraciones formuladas, y acordó volver a examinar el "
                        "punto en su reunión de diciembre de 2023."),
    ],
}

# ---------------------------------------------------------------------------
# 9. Spanish, TXT extracted from a PDF (variant): CTD workshop report, 2019
# ---------------------------------------------------------------------------
DOCS["taller-ccd-brecha-digital.txt"] = {
    "format": "txt",
    "variant": True,
    "org_lines": ("ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"),
    "page_of": "Página %d de %d",
    "status": "",
    "symbol": "WT/COMTD/W/248",
    "date": "26 de julio de 2019",
    "job": "(19-4977)",
    "body_line": "Comité de Comercio y Desarrollo",
    "original": "Original: inglés",
    "footnotes": {},
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "TALLER SOBRE COMERCIO ELECTRÓNICO Y DESARROLLO: CÓMO REDUCIR LA BRECHA DIGITAL"),
        ("center", "Informe de la Secretaría"),
        ("h", "A.", "INTRODUCCIÓN"),
        ("np", "1.", "El Comité de Comercio y Desarrollo (CCD) celebró el 27 de junio de 2019 un taller sobre "
                     "comercio electrónico y desarrollo, en el marco de la labor que le encomienda el Programa "
                     "de Trabajo sobre el Comercio Electrónico. El taller se organizó a petición de varios "
                     "Miembros en desarrollo que deseaban examinar de manera práctica los obstáculos que "
                     "enfrentan sus empresas."),
        ("np", "2.", "El taller se estructuró en tres sesiones: infraestructura y conectividad; pagos "
                     "electrónicos y logística; y marcos jurídicos. Asistieron unos 150 participantes, entre "
                     "ellos funcionarios de las capitales cuya participación se financió con cargo al Fondo "
                     "Fiduciario Global del Programa de Doha para el Desarrollo."),
        ("h", "B.", "SESIÓN 1: INFRAESTRUCTURA Y CONECTIVIDAD"),
        ("np", "3.", "Un representante de la UIT señaló que a finales de 2018, por primera vez, más de la mitad "
                     "de la población mundial utilizaba Internet, pero que en los países menos adelantados la "
                     "proporción apenas llegaba al 20%."),
        ("np", "4.", "Varios ponentes destacaron que el principal obstáculo ya no es la cobertura de las redes "
                     "móviles, que alcanza a la mayor parte de la población, sino el precio de los datos y de "
                     "los dispositivos en relación con los ingresos de los hogares."),
        ("h", "C.", "SESIÓN 2: PAGOS ELECTRÓNICOS Y LOGÍSTICA"),
        ("np", "5.", "Una ponente de un país de África Oriental explicó cómo el dinero móvil había permitido a "
                     "pequeños comerciantes sin cuenta bancaria cobrar a clientes de otras ciudades y, cada vez "
                     "más, de países vecinos."),
        ("np", "6.", "La Unión Postal Universal presentó su iniciativa Ecom@Africa, que busca convertir las "
                     "oficinas de correos en centros de comercio electrónico con servicios de almacenamiento, "
                     "despacho de aduanas y devolución de paquetes."),
        ("h", "D.", "SESIÓN 3: MARCOS JURÍDICOS"),
        ("np", "7.", "La UNCTAD presentó los resultados de su inventario mundial de legislación cibernética. "
                     "Según esos datos, el 79% de los países disponían de leyes sobre transacciones "
                     "electrónicas, pero solo el 56% contaban con normas de protección del consumidor en "
                     "línea, con las mayores lagunas en los países menos adelantados."),
        ("np", "8.", "También se presentaron las evaluaciones rápidas de la preparación para el comercio "
                     "electrónico realizadas por la UNCTAD en varios países menos adelantados, que han servido "
                     "para ordenar las prioridades de reforma y orientar la ayuda de los donantes."),
        ("h", "E.", "CONCLUSIONES"),
        ("np", "9.", "En la sesión de clausura, la Presidenta del CCD destacó tres mensajes:"),
        ("sub", "a)", "la conectividad asequible sigue siendo la condición previa para que los países en "
                      "desarrollo aprovechen el comercio electrónico;"),
        ("sub", "b)", "los pagos electrónicos y la logística son tan importantes como el acceso a Internet; y"),
        ("sub", "c)", "la asistencia técnica debe basarse en diagnósticos nacionales y coordinarse entre los "
                      "organismos que la prestan."),
        ("np", "10.", "Algunos Miembros sugirieron que el CCD celebrara talleres de este tipo con regularidad. "
                      "La Secretaría indicó que el presente informe se transmitiría al Consejo General como "
                      "contribución a su examen del Programa de Trabajo en diciembre de 2019."),
        ("center", "__________"),
    ],
}
