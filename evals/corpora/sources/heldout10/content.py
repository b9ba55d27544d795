"""The twelve documents of the tenth held-out dev corpus, as data.

Rendered by build.py (through render10.py, ../heldout9/render9.py, ../heldout7/render7.py
and ../render.py).  Blocks: ("title", text), ("center", text), ("p", text), ("h", number,
text[, level]), ("np", number, text), ("sub", label, text), ("li", list id, text),
("caption", text), ("table", rows), ("source", text).  "[^n]" marks a footnote call; the
notes are in "footnotes".  "variant": rendered by the builders of render10.VARIANTS.

Written for wtoqa's evaluation from public facts, with invented but realistic detail;
these are not official WTO texts.
"""

DOCS = {}

# ---------------------------------------------------------------------------
# A. English, 2017, PDF of several pages in a new layout ("two_col"): Committee on
#    Market Access, Secretariat note on the ITA and electronic commerce
# ---------------------------------------------------------------------------
DOCS["market-access-committee-ita-ecommerce-note-2017.pdf"] = {
    "format": "pdf", "variant": True, "lang": "en", "layout": "two_col", "font": "Helvetica", "size": 9.6,
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "G/MA/W/134", "date": "20 October 2017", "job": "(17-5690)",
    "body_line": "Committee on Market Access", "original": "Original: English",
    "blocks": [
        ("title", "THE INFORMATION TECHNOLOGY AGREEMENT AND ELECTRONIC COMMERCE"),
        ("center", "Note by the Secretariat[^1]"),
        ("h", "1", "BACKGROUND", 1),
        ("np", "1.1", "At its meeting of 26 April 2017, the Committee on Market Access agreed to take up the "
         "contribution of the Information Technology Agreement (ITA) to electronic commerce, as part of its "
         "input to the Work Programme on Electronic Commerce ahead of the Eleventh Ministerial Conference in "
         "Buenos Aires. Several delegations observed that the devices and components needed to connect to the "
         "internet are goods traded under tariff schedules, and that their price shapes who can take part in "
         "digital trade."),
        ("np", "1.2", "The ITA was concluded by 29 participants at the Singapore Ministerial Conference in "
         "December 1996. Participants eliminate customs duties on the products listed in the Agreement on a "
         "most-favoured-nation basis, so that all WTO Members benefit from the concessions. The Agreement now "
         "has 82 participants, which account for about 97 per cent of world trade in the products covered."),
        ("h", "2", "THE TWO AGREEMENTS", 1),
        ("h", "2.1", "The 1996 Declaration", 2),
        ("np", "2.1.1", "The 1996 Declaration covers computers, telecommunication equipment, semiconductors, "
         "semiconductor manufacturing equipment, software carried on physical media and scientific "
         "instruments. Duties were eliminated in four stages, and most participants reached zero on 1 January "
         "2000. Some developing participants were allowed to extend the staging for certain products until "
         "2005."),
        ("np", "2.1.2", "The product coverage of 1996 was defined partly by tariff headings and partly by a list "
         "of products wherever classified. This structure led to divergent classification of some products, "
         "in particular flat panel displays and multifunction machines, which gave rise to a dispute settled "
         "in 2010.[^2]"),
        ("h", "2.2", "The 2015 expansion", 2),
        ("np", "2.2.1", "Negotiations to expand the product coverage began in 2012 and were concluded at the "
         "Tenth Ministerial Conference in Nairobi, where 24 participants, counting the European Union as one, "
         "adopted a Ministerial Declaration on the expansion of trade in information technology products on "
         "16 December 2015. The expansion covers 201 additional products, including new-generation "
         "semiconductors, GPS navigation equipment, touch screens and medical equipment such as magnetic "
         "resonance imaging machines."),
        ("np", "2.2.2", "About 65 per cent of the tariff lines were to be duty-free on 1 July 2016, and nearly all "
         "of them by 2019. Participants may phase out duties on a few sensitive products over a longer period, "
         "ending in 2024 at the latest.[^3]"),
        ("h", "3", "TRADE IN ITA PRODUCTS", 1),
        ("np", "3.1", "Table 1 shows world exports of ITA products by main category. Exports of the products "
         "covered by the 1996 Declaration grew from about US$1.2 trillion in 1996 to about US$1.6 trillion in "
         "2015, while their share in world merchandise exports fell slightly as prices of many devices "
         "declined."),
        ("caption", "Table 1: World exports of ITA products by category, 1996 and 2015 (US$ billion)"),
        ("table", [
            ["Category", "1996", "2015", "Main suppliers 2015"],
            ["Computers and parts", "390", "470", "China"],
            ["Telecommunication equipment", "160", "495", "China"],
            ["Semiconductors", "260", "530", "Chinese Taipei"],
            ["Semiconductor equipment", "50", "55", "Japan"],
            ["Software on carrier media", "20", "10", "United States"],
            ["Instruments", "70", "90", "Germany"],
            ["2015 expansion products", "n.a.", "1,300", "European Union"],
        ]),
        ("source", "Figures rounded. Main suppliers: largest exporter in 2015, counting the European Union as "
         "one. Source: WTO Secretariat estimates from UN Comtrade."),
        ("h", "4", "LINKS WITH ELECTRONIC COMMERCE", 1),
        ("np", "4.1", "The ITA has supported electronic commerce in three ways:"),
        ("sub", "(a)", "it lowered the cost of the hardware through which businesses and consumers go online; "
         "the price of a basic smartphone in several developing participants fell below US$50 by 2016;"),
        ("sub", "(b)", "it helped the formation of regional production networks, in which components cross "
         "borders several times before final assembly; and"),
        ("sub", "(c)", "it covers software on physical media, while software downloaded over networks is an "
         "electronic transmission to which the moratorium on customs duties applies.[^4]"),
        ("np", "4.2", "Some delegations noted that 31 Members, most of them in Africa, were not ITA "
         "participants and still levied duties on some ITA products, in a few cases above 20 per cent on "
         "mobile phones. They invited those Members to consider joining, and recalled that participants may "
         "request extended staging periods."),
        ("np", "4.3", "Other delegations cautioned that non-tariff barriers, such as conformity assessment "
         "procedures for electromagnetic compatibility, could offset the tariff cuts. The Committee had held "
         "a workshop on non-tariff measures affecting IT products in 2008 under the ITA work programme.[^5]"),
        ("h", "5", "POINTS FOR DISCUSSION", 1),
        ("np", "5.1", "The Committee may wish to consider whether to report to the General Council on the role "
         "of tariff liberalization for IT products in bridging the digital divide, and whether to invite "
         "non-participants to share their experience at its next meeting."),
    ],
    "footnotes": {
        "1": "This note has been prepared under the Secretariat's own responsibility and is without prejudice "
             "to the positions of Members or to their rights and obligations under the WTO.",
        "2": "European Communities - Tariff Treatment of Certain Information Technology Products (DS375, DS376 "
             "and DS377), brought by the United States, Japan and Chinese Taipei; the panel report was adopted "
             "on 21 September 2010.",
        "3": "The expansion's schedules were certified in 2016. Its participants represented about 90 per cent "
             "of world trade in the products concerned.",
        "4": "The Committee of Participants on the Expansion of Trade in Information Technology Products, "
             "established in 1997, meets three times a year.",
        "5": "The workshop, held on 27 October 2008, concentrated on conformity assessment and "
             "electromagnetic compatibility requirements.",
    },
}

# ---------------------------------------------------------------------------
# B. English, 2021, DOCX with a table: JSI, cybersecurity and open internet access
# ---------------------------------------------------------------------------
DOCS["jsi-cybersecurity-open-internet-facilitator-report-2021.docx"] = {
    "format": "docx", "variant": True, "lang": "en", "created": (2021, 11, 5),
    "org": "WORLD TRADE ORGANIZATION", "symbol": "INF/ECOM/71", "date": "5 November 2021", "job": "(21-8230)",
    "body_line": "Joint Statement Initiative on Electronic Commerce", "original": "Original: English",
    "header_rows": [("WORLD TRADE ORGANIZATION", "INF/ECOM/71"), ("", "5 November 2021"), ("(21-8230)", ""),
                    ("Joint Statement Initiative on Electronic Commerce", "Original: English")],
    "running_header": "INF/ECOM/71", "heading_fmt": "upperRoman",
    "blocks": [
        ("title", "CYBERSECURITY AND OPEN INTERNET ACCESS"),
        ("center", "Report of the Facilitator of the Small Group[^1]"),
        ("h", "I.", "INTRODUCTION"),
        ("np", "1", "The small group on cybersecurity and open internet access met six times between May and "
         "October 2021, under the facilitation of the delegation of Canada. This report summarizes the state "
         "of the discussions on the two articles and is circulated on the facilitator's own responsibility."),
        ("np", "2", "Participants worked on the basis of the consolidated negotiating text of December 2020. "
         "The aim was to reach clean text, that is, text on which no participant maintains brackets, before "
         "the Twelfth Ministerial Conference, planned for 30 November 2021."),
        ("h", "II.", "CYBERSECURITY"),
        ("np", "3", "Participants agreed that the article should recognize that threats to cybersecurity "
         "undermine confidence in electronic commerce. The clean text converges on two obligations of "
         "endeavour:"),
        ("li", 1, "to build the capabilities of national entities responsible for computer security incident "
         "response; and"),
        ("li", 1, "to use existing collaboration mechanisms to identify and mitigate malicious intrusions or "
         "dissemination of malicious code that affect the electronic networks of the Parties."),
        ("np", "4", "A proposal to add a commitment on risk-based approaches, drawing on consensus-based "
         "standards, was supported by several participants but not yet agreed. One participant asked that the "
         "article make clear that it does not prevent measures taken for national security.[^2]"),
        ("np", "5", "Participants recalled that several recent trade agreements contain similar provisions, "
         "the earliest being the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, which "
         "entered into force on 30 December 2018.[^3]"),
        ("h", "III.", "OPEN INTERNET ACCESS"),
        ("np", "6", "The article on open internet access would provide that, subject to applicable policies, "
         "laws and regulations, consumers may access and use services and applications of their choice, run "
         "applications of their choice and connect the devices of their choice, provided these do not harm "
         "the network."),
        ("np", "7", "Discussions focused on whether the article should refer to reasonable network management. "
         "Most participants accepted a footnote recognizing that an internet access service supplier offering "
         "exclusive content to its subscribers does not act inconsistently with the article.[^4]"),
        ("np", "8", "Two participants with emerging telecommunications markets asked for flexibility, noting "
         "that zero-rating offers, under which data used for certain applications is not counted against the "
         "subscriber's allowance, had helped first-time users go online."),
        ("h", "IV.", "STATE OF PLAY"),
        ("np", "9", "Table 1 summarizes the status of the two articles at the end of October 2021."),
        ("caption", "Table 1: Status of the texts, 29 October 2021"),
        ("table", [
            ["Article", "Paragraphs", "Clean", "Status"],
            ["Cybersecurity", "3", "2", "one paragraph bracketed"],
            ["Open internet access", "2", "2", "stabilized 14 October 2021"],
        ]),
        ("np", "10", "The article on open internet access was stabilized at the meeting of 14 October 2021, "
         "subject to legal scrubbing. On cybersecurity, the facilitator suggested that the remaining paragraph "
         "be taken up at the level of heads of delegation.[^5]"),
        ("np", "11", "Participants thanked the facilitator and asked that the clean text be attached to the "
         "next revision of the consolidated negotiating text, to be circulated by the co-convenors, "
         "Australia, Japan and Singapore."),
    ],
    "footnotes": {
        "1": "The small group was open to all participants in the Joint Statement Initiative; on average 45 "
             "delegations attended its meetings.",
        "2": "The participant referred to Article XXI of the GATT 1994 and Article XIV bis of the GATS.",
        "3": "Article 14.16 of the CPTPP. Comparable provisions appear in the USMCA, in force since 1 July "
             "2020, and in the Digital Economy Partnership Agreement signed by Chile, New Zealand and Singapore "
             "on 12 June 2020.",
        "4": "The footnote was proposed by the United States and the European Union jointly on 24 June 2021.",
        "5": "A meeting of heads of delegation on the outstanding issues was scheduled for 12 November 2021.",
    },
}

# ---------------------------------------------------------------------------
# C. English, 2005, saved HTML (notes as a definition list, no <main>/<article>):
#    General Council minutes, several Members' statements
# ---------------------------------------------------------------------------
DOCS["general-council-minutes-ecommerce-july-2005.html"] = {
    "format": "html", "variant": True, "lang": "en", "notes_style": "dl", "wrapper": "none",
    "org": "WORLD TRADE ORGANIZATION", "symbol": "WT/GC/M/96", "date": "21 September 2005", "job": "(05-4120)",
    "body_line": "General Council", "original": "Original: English",
    "page_title": "WT/GC/M/96 - General Council, minutes of the meeting of 27-29 and 31 July 2005 (extract)",
    "saved_from": "https://trade-policy-records.example.net/gc/WT-GC-M-96",
    "card": [("Symbol", "WT/GC/M/96"), ("Date", "21 September 2005"), ("Body", "General Council"),
             ("Type", "Minutes (extract)"), ("Meeting", "27-29 and 31 July 2005")],
    "related": ["Sixth Ministerial Conference, Hong Kong, China", "Work Programme on Electronic Commerce",
                "General Council minutes 2005", "Council for Trade in Services: e-commerce reports"],
    "blocks": [
        ("title", "GENERAL COUNCIL"),
        ("title", "MINUTES OF MEETING"),
        ("center", "Held in the Centre William Rappard on 27-29 and 31 July 2005"),
        ("center", "Chairperson: Ambassador Amina Chawahir Mohamed (Kenya)"),
        ("p", "Extract: item 6 of the agenda only.[^1]"),
        ("h", "6.", "WORK PROGRAMME ON ELECTRONIC COMMERCE - REVIEW OF PROGRESS"),
        ("np", "6.1", "The Chairperson recalled that in December 2003 the Council had agreed to continue the "
         "work programme and to hold dedicated discussions on cross-cutting issues under its auspices. Since "
         "then two dedicated discussions had been held, the most recent on 19 April 2005. She invited the "
         "chairpersons of the subsidiary bodies to report on their work before opening the floor."),
        ("np", "6.2", "The Chairman of the Council for Trade in Services said that the Council had discussed "
         "the classification of services supplied electronically, and that a majority of delegations saw no "
         "need for new classification work at that stage.[^2] The Chairman of the Council for Trade in Goods "
         "reported that no new submissions had been received since 2003."),
        ("np", "6.3", "The representative of the United States said that electronic commerce now accounted for "
         "about 2.2 per cent of retail sales in his country, and that the benefits of the moratorium on "
         "customs duties on electronic transmissions were obvious. His delegation wanted Ministers at Hong "
         "Kong to make the moratorium permanent rather than renew it for another two years."),
        ("np", "6.4", "The representative of the European Communities agreed that the moratorium should be "
         "maintained and said that the Communities regarded all electronic deliveries as supplies of services "
         "covered by the GATS. The question of classification, in his view, should not delay the work."),
        ("np", "6.5", "The representative of India said that the fiscal implications of electronic commerce "
         "remained a concern for developing countries. His delegation could agree to renew the moratorium "
         "until the next session, but not to make it permanent before the work programme had clarified the "
         "issues."),
        ("np", "6.6", "The representative of Cuba said that the digital divide had widened: at the end of 2004, "
         "developed countries had about 55 internet users per 100 inhabitants, compared with about 6 in "
         "developing countries.[^3] Technical assistance should therefore be part of any outcome."),
        ("np", "6.7", "The representative of Brazil supported a renewal of the moratorium but asked that the "
         "Council examine whether content transmitted electronically was a good or a service on a case-by-case "
         "basis. The representative of Kenya, speaking on behalf of the African Group, said that the "
         "upcoming second phase of the World Summit on the Information Society in Tunis should inform the "
         "Council's work.[^4]"),
        ("np", "6.8", "The representative of Japan said that his delegation had circulated a paper proposing "
         "that GATS commitments be understood to cover electronic supply unless a Member specified otherwise. "
         "The representative of Australia supported this approach."),
        ("np", "6.9", "The representative of Switzerland said that the dedicated discussions had been useful but "
         "had not produced convergence on the fiscal question. His delegation suggested that the Secretariat "
         "update its factual information on the revenue implications of the moratorium, drawing on the data "
         "submitted by Members since 1999."),
        ("np", "6.10", "The Chairperson said that the Council would revert to the matter at its next meeting and "
         "that she would hold informal consultations on the recommendations to be made to Ministers at Hong "
         "Kong on the moratorium.[^5]"),
        ("np", "6.11", "The General Council took note of the statements."),
    ],
    "footnotes": {
        "1": "The full minutes cover 14 agenda items. The discussion of item 6 took place on 28 July 2005.",
        "2": "Reports of the Council for Trade in Services on its e-commerce work had been circulated as S/C/20 "
             "and S/C/24.",
        "3": "The representative cited figures of the International Telecommunication Union for 2004.",
        "4": "The second phase of the Summit was held in Tunis from 16 to 18 November 2005.",
        "5": "The Sixth Ministerial Conference was to be held in Hong Kong, China, from 13 to 18 December 2005.",
    },
}

# ---------------------------------------------------------------------------
# D. English, 2000, Markdown ("setext"): TRIPS Council, Secretariat note on domain names
# ---------------------------------------------------------------------------
DOCS["trips-council-note-domain-names-2000.md"] = {
    "format": "md", "variant": True, "lang": "en", "md_style": "setext",
    "org": "WORLD TRADE ORGANIZATION", "symbol": "IP/C/W/218", "date": "18 September 2000",
    "job": "(00-3702)", "body_line": "Council for Trade-Related Aspects of Intellectual Property Rights",
    "original": "Original: English",
    "blocks": [
        ("title", "INTERNET DOMAIN NAMES, TRADEMARKS AND GEOGRAPHICAL INDICATIONS"),
        ("center", "Note by the Secretariat[^1]"),
        ("h", "I.", "INTRODUCTION"),
        ("np", "1.", "In its progress report of July 1999 on the Work Programme on Electronic Commerce, the "
         "Council for TRIPS identified the relationship between trademarks and internet domain names as an "
         "issue needing further attention. At its meeting of June 2000, the Council asked the Secretariat to "
         "describe recent developments, in particular the work of the World Intellectual Property "
         "Organization (WIPO) and of the Internet Corporation for Assigned Names and Numbers (ICANN)."),
        ("h", "II.", "THE PROBLEM"),
        ("np", "2.", "A domain name is an easy-to-remember address that corresponds to the numerical address of "
         "a computer connected to the internet. Registration in the generic top-level domains, such as .com, "
         ".net and .org, takes place on a first-come, first-served basis, without any examination of rights "
         "of third parties. The number of registered names in those domains exceeded 20 million in mid-2000."),
        ("np", "3.", "This system allowed the practice known as cybersquatting: the abusive registration of "
         "names corresponding to well-known trademarks, in order to sell them to the trademark owner or to "
         "divert internet users. Because domain names are global and trademarks are territorial, national "
         "courts offered slow and costly remedies."),
        ("h", "III.", "THE UNIFORM DISPUTE RESOLUTION POLICY"),
        ("np", "4.", "The first WIPO Internet Domain Name Process, requested by the United States Government, "
         "ended with a final report published on 30 April 1999.[^2] On the basis of its recommendations, "
         "ICANN adopted the Uniform Domain Name Dispute Resolution Policy (UDRP) on 24 October 1999. All "
         "registrars in the generic top-level domains must require their customers to accept it."),
        ("np", "5.", "Under the UDRP, a complainant must prove three elements:"),
        ("sub", "(a)", "the domain name is identical or confusingly similar to a trademark in which the "
         "complainant has rights;"),
        ("sub", "(b)", "the registrant has no rights or legitimate interests in the name; and"),
        ("sub", "(c)", "the name has been registered and is being used in bad faith."),
        ("np", "6.", "Proceedings are conducted online and usually decided within about 45 days. The only "
         "remedies are the cancellation or the transfer of the name. The WIPO Arbitration and Mediation "
         "Center received the first case in December 1999 and decided it on 14 January 2000, ordering the "
         "transfer of the name to the complainant.[^3] By the end of August 2000, some 1,400 complaints had "
         "been filed with the Center."),
        ("h", "IV.", "GEOGRAPHICAL INDICATIONS AND OTHER IDENTIFIERS"),
        ("np", "7.", "The UDRP is limited to trademarks. The registration of names that correspond to "
         "geographical indications, names of international organizations, personal names or names of "
         "pharmaceutical substances is not covered. In July 2000, WIPO's member States were invited to "
         "consider a second process on these identifiers.[^4]"),
        ("np", "8.", "Some delegations noted that geographical indications protected under Section 3 of Part II "
         "of the TRIPS Agreement were particularly exposed, since anyone could register a name such as that "
         "of a well-known wine region. Others considered that it was premature for the WTO to discuss the "
         "matter before WIPO had completed its work."),
        ("h", "V.", "POSSIBLE NEXT STEPS"),
        ("np", "9.", "The Council may wish to invite WIPO to brief it on the second process, and to consider "
         "whether the relationship between domain names and the TRIPS Agreement's provisions on trademarks "
         "and geographical indications should be included in its next report to the General Council."),
    ],
    "footnotes": {
        "1": "This note has been prepared under the Secretariat's own responsibility and is without prejudice "
             "to the positions of Members or to their rights and obligations under the WTO.",
        "2": "The Management of Internet Names and Addresses: Intellectual Property Issues, Final Report of the "
             "WIPO Internet Domain Name Process. The process had included 17 consultation meetings in 15 "
             "cities.",
        "3": "The case concerned the name worldwrestlingfederation.com, registered by an individual who had "
             "offered to sell it three days later.",
        "4": "The request was made by 19 member States of WIPO and by the Government of Australia on behalf of "
             "several others.",
    },
}

# ---------------------------------------------------------------------------
# E. French, 2019, PDF of several pages ("en_note"): note on e-commerce provisions in
#    regional trade agreements, sub-numbered sections and a table
# ---------------------------------------------------------------------------
DOCS["note-secretariat-commerce-electronique-accords-regionaux-2019.pdf"] = {
    "format": "pdf", "variant": True, "lang": "fr", "layout": "en_note", "font": "Times-Roman", "size": 10.5,
    "org": "ORGANISATION MONDIALE DU COMMERCE", "restricted": "RESTREINT",
    "symbol": "WT/REG/W/141", "date": "14 juin 2019", "job": "(19-3981)",
    "body_line": "Comité des accords commerciaux régionaux", "original": "Original: anglais",
    "blocks": [
        ("title", "LE COMMERCE ÉLECTRONIQUE DANS LES ACCORDS COMMERCIAUX RÉGIONAUX"),
        ("center", "Note du Secrétariat[^1]"),
        ("h", "1", "INTRODUCTION", 1),
        ("np", "1.1", "À sa réunion d'avril 2019, le Comité des accords commerciaux régionaux (CACR) a invité le "
         "Secrétariat à faire le point sur les dispositions relatives au commerce électronique figurant dans "
         "les accords commerciaux régionaux (ACR) notifiés à l'OMC. La présente note répond à cette demande. "
         "Elle s'appuie sur la base de données des ACR et sur les textes des accords en vigueur au 31 mars "
         "2019."),
        ("np", "1.2", "Sur les 294 ACR en vigueur à cette date, 84 contenaient au moins une disposition "
         "explicite sur le commerce électronique. Le premier accord à le faire fut l'accord entre la "
         "Nouvelle-Zélande et Singapour, entré en vigueur en 2001, qui se bornait à un engagement de "
         "coopération sur le commerce sans papier."),
        ("h", "2", "ÉVOLUTION", 1),
        ("h", "2.1", "Nombre d'accords", 2),
        ("np", "2.1.1", "Le tableau 1 montre la progression du nombre d'ACR comportant des dispositions sur le "
         "commerce électronique, selon l'année d'entrée en vigueur. La hausse est nette à partir de 2006."),
        ("caption", "Tableau 1 : ACR comportant des dispositions sur le commerce électronique"),
        ("table", [
            ["Période", "Nouveaux ACR", "Avec chapitre", "Dont parties en dév."],
            ["De 2001 à 2005", "9", "4", "5"],
            ["De 2006 à 2010", "22", "13", "16"],
            ["De 2011 à 2015", "31", "24", "23"],
            ["De 2016 à 2019", "22", "19", "15"],
        ]),
        ("source", "Nouveaux ACR : accords entrés en vigueur pendant la période et contenant au moins une "
         "disposition sur le commerce électronique. Avec chapitre : dont ceux qui lui consacrent un chapitre "
         "distinct."),
        ("h", "2.2", "Portée des dispositions", 2),
        ("np", "2.2.1", "Les dispositions les plus fréquentes portent sur la coopération, la protection des "
         "consommateurs en ligne, l'authentification électronique et l'absence de droits de douane sur les "
         "transmissions électroniques. Cette dernière figure dans 62 accords, dont certains la rendent "
         "permanente alors que la pratique de l'OMC n'est reconduite que pour deux ans.[^2]"),
        ("np", "2.2.2", "Les accords récents ajoutent des engagements contraignants sur :"),
        ("sub", "a)", "la libre circulation transfrontières des données pour la conduite des affaires ;"),
        ("sub", "b)", "l'interdiction d'exiger la localisation des installations informatiques sur le "
         "territoire d'une partie ;"),
        ("sub", "c)", "l'interdiction d'exiger le transfert du code source des logiciels ; et"),
        ("sub", "d)", "la protection contre les communications commerciales non sollicitées."),
        ("h", "3", "DIFFÉRENCES ENTRE MODÈLES", 1),
        ("h", "3.1", "Le modèle transpacifique", 2),
        ("np", "3.1.1", "L'Accord de partenariat transpacifique global et progressiste (PTPGP) est l'accord le "
         "plus complet : son chapitre 14 comporte 18 articles, dont trois obligations sur les données et le "
         "code source.[^3] Plusieurs accords conclus depuis par ses parties reprennent ce modèle."),
        ("h", "3.2", "Les accords de l'Union européenne", 2),
        ("np", "3.2.1", "Les accords de l'Union européenne traitent le commerce électronique dans le chapitre "
         "sur les services et ne comportaient pas, jusqu'en 2018, d'engagement sur les flux de données. "
         "L'accord de partenariat économique avec le Japon, entré en vigueur le 1er février 2019, prévoit de "
         "réexaminer la question dans un délai de trois ans."),
        ("h", "3.3", "Les parties en développement", 2),
        ("np", "3.3.1", "Les accords entre pays en développement contiennent surtout des engagements de "
         "coopération et d'assistance technique. L'Alliance du Pacifique fait exception : son protocole "
         "additionnel, en vigueur depuis le 1er mai 2016, contient des engagements sur les données comparables "
         "à ceux du PTPGP.[^4]"),
        ("h", "4", "OBSERVATIONS", 1),
        ("np", "4.1", "Les ACR servent ainsi de laboratoire aux règles du commerce numérique. Les Membres "
         "pourraient souhaiter tenir compte de cette expérience dans le programme de travail et dans "
         "l'initiative liée à la déclaration conjointe lancée à Davos le 25 janvier 2019."),
    ],
    "footnotes": {
        "1": "La présente note a été établie sous la responsabilité du Secrétariat et est sans préjudice des "
             "positions des Membres ni de leurs droits et obligations dans le cadre de l'OMC.",
        "2": "Par exemple l'Accord de libre-échange entre l'Australie et Singapour, révisé en 2017, et l'Accord "
             "entre les États-Unis et la République de Corée, en vigueur depuis le 15 mars 2012.",
        "3": "Le PTPGP a été signé à Santiago le 8 mars 2018 par 11 parties et est entré en vigueur le 30 "
             "décembre 2018 pour les six premières d'entre elles.",
        "4": "L'Alliance du Pacifique réunit le Chili, la Colombie, le Mexique et le Pérou.",
    },
}

# ---------------------------------------------------------------------------
# F. French, 2023, DOCX: CTD workshop report on young entrepreneurs and e-commerce
# ---------------------------------------------------------------------------
DOCS["atelier-ccd-jeunes-entrepreneurs-commerce-electronique-2023.docx"] = {
    "format": "docx", "variant": True, "lang": "fr", "created": (2023, 7, 10),
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "WT/COMTD/W/281", "date": "10 juillet 2023",
    "job": "(23-4466)", "body_line": "Comité du commerce et du développement", "original": "Original: anglais",
    "header_rows": [("ORGANISATION MONDIALE DU COMMERCE", "WT/COMTD/W/281"), ("", "10 juillet 2023"),
                    ("(23-4466)", ""), ("Comité du commerce et du développement", "Original: anglais")],
    "running_header": "WT/COMTD/W/281", "heading_fmt": "upperLetter",
    "blocks": [
        ("title", "ATELIER SUR LES JEUNES ENTREPRENEURS ET LE COMMERCE ÉLECTRONIQUE"),
        ("center", "Rapport du Secrétariat[^1]"),
        ("h", "A.", "ORGANISATION"),
        ("np", "1", "Le Comité du commerce et du développement a tenu le 12 juin 2023 un atelier consacré aux "
         "jeunes entrepreneurs et au commerce électronique, dans le cadre du programme de travail sur le "
         "commerce électronique. L'atelier, proposé par la Gambie et le Paraguay, a réuni environ 130 "
         "participants à Genève et en ligne, dont 40 jeunes chefs d'entreprise venus de 22 pays."),
        ("np", "2", "Le Président du Comité a rappelé que les moins de 30 ans représentent plus de la moitié de "
         "la population de nombreux pays en développement, et que le commerce en ligne leur offre un accès aux "
         "marchés avec peu de capital."),
        ("h", "B.", "TÉMOIGNAGES"),
        ("np", "3", "Les participants ont entendu les témoignages suivants :"),
        ("li", 1, "une créatrice gambienne de cosmétiques naturels a expliqué qu'elle réalisait 70 pour cent de "
         "ses ventes à l'étranger par les réseaux sociaux, mais que l'expédition d'un colis de 2 kg vers "
         "l'Europe lui coûtait plus que le produit lui-même ;"),
        ("li", 1, "un développeur paraguayen a décrit sa plateforme de réservation de transports, utilisée par "
         "15 000 personnes, et les difficultés rencontrées pour recevoir des paiements de l'étranger ;"),
        ("li", 1, "une jeune entrepreneuse vietnamienne a indiqué qu'elle vendait du café de spécialité sur "
         "trois places de marché régionales et que la certification des produits était son principal "
         "obstacle ; et"),
        ("li", 1, "un concepteur de jeux vidéo kényan a souligné que la protection de ses droits de propriété "
         "intellectuelle en ligne dépassait ses moyens.[^2]"),
        ("h", "C.", "OBSTACLES RECENSÉS"),
        ("np", "4", "Trois obstacles principaux ont été mis en évidence. Le premier est l'accès aux paiements "
         "internationaux : plusieurs intervenants ne pouvaient pas ouvrir de compte auprès des grands "
         "prestataires de paiement en ligne, qui ne sont pas présents dans leur pays."),
        ("np", "5", "Le deuxième est le financement. Selon une enquête présentée par l'Organisation "
         "internationale du Travail, moins d'un jeune entrepreneur sur cinq dans les pays à faible revenu a "
         "obtenu un prêt bancaire pour créer son entreprise.[^3]"),
        ("np", "6", "Le troisième est le coût de la logistique. Le représentant de l'Union postale universelle "
         "a présenté le programme « Ecom@Africa », qui vise à créer des plateformes régionales de commerce "
         "électronique s'appuyant sur les bureaux de poste."),
        ("h", "D.", "COMPÉTENCES"),
        ("np", "7", "Plusieurs Membres ont décrit des programmes de formation. Le Rwanda a présenté ses "
         "centres d'innovation numérique, qui ont formé 6 000 jeunes au commerce en ligne depuis 2020. "
         "Le Chili a expliqué que son programme « Digitaliza tu Pyme » réservait une partie des places aux "
         "moins de 29 ans."),
        ("np", "8", "L'Organisation internationale de la jeunesse pour la francophonie a insisté sur les "
         "compétences linguistiques et sur la nécessité de contenus de formation disponibles dans les langues "
         "locales."),
        ("h", "E.", "SUITE À DONNER"),
        ("np", "9", "Les participants ont suggéré que le Comité :"),
        ("li", 2, "invite les institutions de l'Aide pour le commerce à tenir compte des jeunes entrepreneurs "
         "dans leurs programmes de commerce électronique ;"),
        ("li", 2, "organise une séance de suivi avec des prestataires de paiement en ligne ; et"),
        ("li", 2, "fasse rapport au Conseil général sur les résultats de l'atelier avant la treizième "
         "Conférence ministérielle.[^4]"),
        ("np", "10", "Le Président a indiqué qu'il consulterait les Membres sur ces suggestions et qu'un "
         "résumé de l'atelier serait publié sur le site Web de l'OMC."),
    ],
    "footnotes": {
        "1": "Le présent rapport a été établi sous la responsabilité du Secrétariat. Les présentations sont "
             "disponibles sur demande auprès de la Division du développement.",
        "2": "Il a précisé que l'enregistrement de sa marque dans trois pays lui aurait coûté environ 4 500 "
             "dollars EU.",
        "3": "L'enquête, réalisée en 2022 auprès de 3 200 jeunes entrepreneurs dans 12 pays, a été présentée "
             "par le Bureau de l'OIT à Genève.",
        "4": "La treizième Conférence ministérielle doit se tenir à Abou Dhabi du 26 au 29 février 2024.",
    },
}

# ---------------------------------------------------------------------------
# G. French, 2022, saved HTML (popover notes, document in an <article>): Ministerial
#    Decision of MC12 on the Work Programme
# ---------------------------------------------------------------------------
DOCS["decision-ministerielle-cm12-programme-travail-2022.html"] = {
    "format": "html", "variant": True, "lang": "fr", "notes_style": "popover", "wrapper": "article",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "WT/MIN(22)/32", "date": "22 juin 2022",
    "job": "(22-4675)", "body_line": "Conférence ministérielle, douzième session", "original": "Original: anglais",
    "page_title": "WT/MIN(22)/32 - Programme de travail sur le commerce électronique, décision ministérielle "
                  "du 17 juin 2022",
    "saved_from": "https://veille-commerce-numerique.example.fr/textes/omc/WT-MIN-22-32",
    "card": [("Cote", "WT/MIN(22)/32 - WT/L/1143"), ("Date", "22 juin 2022"),
             ("Organe", "Conférence ministérielle"), ("Session", "CM12, Genève"), ("Type", "Décision")],
    "related": ["Document final de la CM12 (WT/MIN(22)/24)", "Décision du Conseil général du 10 décembre 2019",
                "Décision ministérielle de Buenos Aires (2017)", "Moratoire : historique des prorogations"],
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("center", "Décision ministérielle du 17 juin 2022[^1]"),
        ("center", "Douzième session, Genève, 12-17 juin 2022"),
        ("p", "La Conférence ministérielle, rappelant la Déclaration sur le commerce électronique mondial "
         "adoptée le 20 mai 1998 et le Programme de travail établi par le Conseil général le 25 septembre "
         "1998, prenant acte des travaux menés depuis sa onzième session et des difficultés particulières "
         "rencontrées par les pays en développement et les pays les moins avancés pendant la pandémie de "
         "COVID-19, décide ce qui suit :"),
        ("np", "1.", "Nous convenons de redynamiser les travaux au titre du Programme de travail sur le commerce "
         "électronique, compte tenu en particulier de la dimension du développement. Nous reconnaissons les "
         "difficultés rencontrées par les pays en développement, en particulier les moins avancés, et le fait "
         "que la fracture numérique s'est creusée pendant la pandémie."),
        ("np", "2.", "Nous convenons de renforcer les discussions sur la coopération et le soutien pour le "
         "commerce électronique, y compris les questions relatives à l'infrastructure, aux compétences, au "
         "cadre réglementaire et à l'accès au financement, afin d'aider les pays en développement à tirer "
         "parti du commerce électronique."),
        ("np", "3.", "Nous donnons pour instruction au Conseil général de tenir des examens périodiques en "
         "juillet et en décembre 2023 et en juillet 2024, sur la base des rapports que pourront présenter les "
         "organes de l'OMC chargés de la mise en œuvre du Programme de travail.[^2]"),
        ("np", "4.", "Nous convenons de maintenir la pratique actuelle consistant à ne pas imposer de droits de "
         "douane sur les transmissions électroniques jusqu'à la treizième Conférence ministérielle, qui "
         "devrait normalement avoir lieu d'ici au 31 décembre 2023. Le moratoire et le Programme de travail "
         "expireront à cette date."),
        ("np", "5.", "Si la treizième Conférence ministérielle est reportée au-delà du 31 mars 2024, le "
         "moratoire expirera à cette date, à moins que les Ministres ou le Conseil général ne prennent la "
         "décision de le proroger.[^3]"),
        ("h", "", "Déclarations faites lors de l'adoption"),
        ("np", "6.", "Le Président de la Conférence a indiqué que le texte était le fruit de consultations "
         "menées jusqu'à l'aube du 17 juin, date à laquelle la Conférence, prolongée de deux jours, a adopté "
         "l'ensemble de ses décisions.[^4] Il a remercié les Membres pour leur esprit de compromis."),
        ("np", "7.", "Une délégation a déclaré qu'elle s'était jointe au consensus en considérant que le "
         "moratoire ne serait pas automatiquement reconduit et qu'une étude de ses incidences sur les recettes "
         "publiques devait être menée avant la treizième session."),
        ("np", "8.", "Une autre délégation a regretté que la décision ne rende pas le moratoire permanent, tout en "
         "saluant un résultat qui préservait la prévisibilité pour les entreprises et les consommateurs."),
        ("np", "9.", "Le Groupe des PMA a souligné que la redynamisation du Programme de travail devait se "
         "traduire par une assistance technique concrète, notamment pour l'élaboration de stratégies "
         "nationales de commerce électronique. Il a rappelé que les PMA ne disposaient souvent pas des données "
         "nécessaires pour évaluer les effets du moratoire."),
        ("np", "10.", "Le Président a remercié les facilitateurs des consultations sur le commerce électronique et "
         "a rappelé que la décision s'inscrivait dans l'ensemble des résultats de Genève, qui comprenait "
         "également des décisions sur la pêche, la sécurité alimentaire et la réponse de l'OMC à la pandémie. "
         "Il a invité le Conseil général à engager sans tarder les travaux prévus au paragraphe 2."),
    ],
    "footnotes": {
        "1": "Distribuée également sous la cote WT/L/1143. La Conférence était présidée par M. Timur "
             "Suleimenov, Vice-Premier Ministre du Kazakhstan.",
        "2": "Les organes concernés sont le Conseil du commerce des marchandises, le Conseil du commerce des "
             "services, le Conseil des ADPIC et le Comité du commerce et du développement.",
        "3": "Le moratoire avait été prorogé pour la dernière fois par la décision du Conseil général du 10 "
             "décembre 2019 (WT/L/1079).",
        "4": "La Conférence devait initialement s'achever le 15 juin 2022.",
    },
}

# ---------------------------------------------------------------------------
# H. French, 2016, plain-text export ("memo"): Members' communication on digital
#    trade facilitation
# ---------------------------------------------------------------------------
DOCS["communication-facilitation-commerce-numerique-2016.txt"] = {
    "format": "txt", "variant": True, "lang": "fr", "txt_style": "memo",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "symbol": "JOB/GC/104", "date": "18 octobre 2016",
    "job": "(16-5587)", "body_line": "Conseil général", "original": "Original: espagnol",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("center", "Facilitation du commerce numérique : propositions pour la discussion"),
        ("center", "Communication de la Colombie, du Costa Rica, du Kenya et du Pakistan[^1]"),
        ("h", "I.", "OBJET"),
        ("np", "1.", "La présente communication a pour objet d'alimenter la discussion au sein du Conseil "
         "général sur les moyens de faciliter le commerce numérique, en particulier pour les micro, petites "
         "et moyennes entreprises (MPME) des pays en développement. Elle ne préjuge pas de la position des "
         "délégations sur d'autres aspects du Programme de travail."),
        ("np", "2.", "L'Accord sur la facilitation des échanges (AFE), qui entrera en vigueur lorsque deux tiers "
         "des Membres l'auront accepté,[^2] répond à de nombreux problèmes "
         "douaniers. Il ne traite cependant pas de certaines formalités propres aux transactions en ligne de "
         "faible valeur, ni des conditions de l'exercice du commerce numérique avant et après le passage de "
         "la frontière."),
        ("h", "II.", "CONSTATS"),
        ("np", "3.", "Dans les pays des auteurs, une MPME qui exporte de petits colis vers plusieurs marchés doit "
         "souvent remplir des formulaires différents pour chaque destination. Selon une enquête menée au Costa "
         "Rica en 2015, le traitement d'un envoi de moins de 200 dollars EU exigeait en moyenne cinq documents "
         "et quatre jours. Les frais de transport représentaient souvent plus de la moitié de la valeur de "
         "l'envoi."),
        ("np", "4.", "Les paiements électroniques restent coûteux : le coût moyen d'un transfert de 200 dollars "
         "EU vers l'Afrique subsaharienne était de 9,5 pour cent au deuxième trimestre de 2016, selon la "
         "Banque mondiale.[^3]"),
        ("h", "III.", "PROPOSITIONS"),
        ("np", "5.", "Les auteurs invitent les Membres à examiner les éléments suivants, sans préjudice de la "
         "forme que pourraient prendre les résultats :"),
        ("sub", "a)", "la publication en ligne, dans un point d'information unique, de toutes les règles "
         "applicables aux envois de faible valeur, y compris les seuils de minimis ;"),
        ("sub", "b)", "l'acceptation des copies électroniques des documents commerciaux et de la signature "
         "électronique pour les formalités à l'importation ;"),
        ("sub", "c)", "la mise en place de procédures simplifiées pour les retours de marchandises achetées en "
         "ligne ;"),
        ("sub", "d)", "l'interopérabilité des guichets uniques avec les systèmes des opérateurs postaux et des "
         "transporteurs express ; et"),
        ("sub", "e)", "la coopération technique pour aider les MPME à se conformer aux règles d'origine "
         "lorsqu'elles vendent en ligne."),
        ("np", "6.", "Les auteurs considèrent que ces éléments pourraient être examinés lors d'une discussion "
         "spécialisée placée sous les auspices du Conseil général, et que le Secrétariat pourrait établir une "
         "note factuelle sur les pratiques des Membres. Les résultats pourraient être présentés aux Ministres à "
         "la onzième Conférence ministérielle, prévue en 2017."),
        ("h", "IV.", "DIMENSION DU DÉVELOPPEMENT"),
        ("np", "7.", "Les auteurs soulignent que la mise en œuvre de ces éléments exigera une assistance "
         "technique. Ils proposent que les Membres qui en font la demande puissent bénéficier de délais de "
         "mise en œuvre, selon une approche inspirée de la section II de l'AFE, qui permet à chaque pays en "
         "développement de choisir les catégories A, B et C pour ses engagements."),
        ("np", "8.", "Enfin, ils rappellent que le Kenya a organisé à Nairobi, en novembre 2015, un atelier "
         "régional sur le commerce électronique et les MPME, dont les conclusions ont inspiré la présente "
         "communication.[^4]"),
        ("np", "9.", "Les auteurs se tiennent prêts à présenter la présente communication de manière plus "
         "détaillée et invitent les autres Membres, en particulier les pays en développement, à la coparrainer "
         "ou à faire part de leurs observations avant la réunion du Conseil général de décembre 2016."),
    ],
    "footnotes": {
        "1": "La présente communication, distribuée à la demande des délégations susmentionnées, a été "
             "présentée à la réunion du Conseil général des 26 et 27 octobre 2016.",
        "2": "À la date de la communication, 94 Membres avaient déposé leur instrument d'acceptation ; 110 "
             "étaient nécessaires.",
        "3": "Base de données « Remittance Prices Worldwide ». La moyenne mondiale était de 7,4 pour cent.",
        "4": "L'atelier, tenu les 9 et 10 novembre 2015, a rassemblé 60 participants de 14 pays africains.",
    },
}

# ---------------------------------------------------------------------------
# I. Spanish, 2002, PDF of several pages ("es_minutes"): CTD note on online tourism
# ---------------------------------------------------------------------------
DOCS["nota-secretaria-turismo-en-linea-paises-en-desarrollo-2002.pdf"] = {
    "format": "pdf", "variant": True, "lang": "es", "layout": "es_minutes", "font": "Helvetica", "size": 10,
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "symbol": "WT/COMTD/W/101", "date": "29 de mayo de 2002", "job": "(02-2958)",
    "body_line": "Comité de Comercio y Desarrollo", "original": "Original: inglés",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "EL TURISMO EN LÍNEA Y LOS PAÍSES EN DESARROLLO"),
        ("center", "Nota de la Secretaría[^1]"),
        ("h", "I.", "INTRODUCCIÓN", 1),
        ("np", "1.", "En su reunión de noviembre de 2001, el Comité de Comercio y Desarrollo pidió a la "
         "Secretaría que preparara una nota sobre las consecuencias del comercio electrónico para el sector "
         "del turismo, que es la principal fuente de divisas de uno de cada tres países en desarrollo. La "
         "presente nota responde a esa petición en el marco del Programa de Trabajo sobre el Comercio "
         "Electrónico."),
        ("h", "II.", "LA DISTRIBUCIÓN EN LÍNEA", 1),
        ("np", "2.", "El turismo es uno de los sectores en que el comercio electrónico avanzó con mayor "
         "rapidez. En 2001, las ventas de viajes por Internet representaron cerca del 40 por ciento de todas "
         "las ventas minoristas en línea de los Estados Unidos, y las reservas de viajes en línea en Europa "
         "alcanzaron unos 4.000 millones de euros.[^2]"),
        ("np", "3.", "Durante decenios, la distribución estuvo dominada por los sistemas informatizados de "
         "reservas (SIR), creados por las grandes compañías aéreas. Cuatro SIR mundiales controlaban la mayor "
         "parte de las reservas de las agencias de viajes, y los pequeños hoteles de los países en desarrollo "
         "rara vez figuraban en ellos porque el costo de conexión era elevado."),
        ("np", "4.", "Internet permite en principio que un hotel o un operador local venda directamente a "
         "turistas de cualquier país. En la práctica, surgieron nuevos intermediarios en línea, cuyas "
         "comisiones oscilan entre el 15 y el 25 por ciento del precio de la habitación."),
        ("h", "III.", "OPORTUNIDADES Y RIESGOS", 1),
        ("np", "5.", "La nota distingue las siguientes situaciones:"),
        ("sub", "a)", "los destinos que disponen de un portal nacional de promoción pueden mostrar su oferta "
         "sin pasar por los grandes intermediarios;"),
        ("sub", "b)", "los proveedores sin acceso a pagos con tarjeta en línea siguen dependiendo de los "
         "operadores turísticos extranjeros; y"),
        ("sub", "c)", "los destinos con una conectividad deficiente corren el riesgo de quedar excluidos de "
         "las búsquedas de los consumidores."),
        ("np", "6.", "Según la Organización Mundial del Turismo (OMT), en 2001 solo una cuarta parte de los "
         "hoteles de África tenía un sitio web propio.[^3] Algunos países, como Costa Rica y Kenya, habían "
         "creado portales nacionales que agrupaban la oferta de establecimientos pequeños."),
        ("h", "IV.", "EL AGCS", 1),
        ("np", "7.", "Los servicios de turismo y relacionados con los viajes figuran en la sección 9 de la lista "
         "de clasificación sectorial de los servicios (MTN.GNS/W/120). Es el sector con más compromisos: a "
         "comienzos de 2002, más de 125 Miembros habían contraído compromisos en hoteles y restaurantes."),
        ("np", "8.", "Los servicios de SIR están comprendidos en el Anexo sobre Servicios de Transporte Aéreo, "
         "que los excluye de la mayor parte de las disciplinas del AGCS salvo algunos compromisos "
         "específicos. Varios Miembros señalaron que el suministro en línea de servicios de agencias de viajes "
         "se hace en gran medida según el modo 1, en el que los compromisos son menos numerosos.[^4]"),
        ("h", "V.", "CUESTIONES PARA EL DEBATE", 1),
        ("np", "9.", "El Comité tal vez desee examinar: la conveniencia de un anexo sobre el turismo, propuesto "
         "en 2000 por un grupo de países en desarrollo; las condiciones de competencia en la distribución en "
         "línea; y las necesidades de asistencia técnica para la creación de portales nacionales."),
    ],
    "footnotes": {
        "1": "La presente nota se ha elaborado bajo la responsabilidad de la Secretaría y sin perjuicio de las "
             "posiciones de los Miembros ni de sus derechos y obligaciones en el marco de la OMC.",
        "2": "Las cifras proceden de estudios privados de mercado citados por la OMT y deben considerarse "
             "como órdenes de magnitud.",
        "3": "Estudio de la OMT sobre el comercio electrónico y el turismo, presentado en Madrid en 2001.",
        "4": "La propuesta de anexo fue presentada por la República Dominicana, El Salvador y Honduras en el "
             "documento S/CSS/W/9.",
    },
}

# ---------------------------------------------------------------------------
# K. Spanish, 2012, saved HTML (pandoc notes, document in <main>): Services Council
#    workshop on postal and courier services and e-commerce, with a table
# ---------------------------------------------------------------------------
DOCS["taller-servicios-postales-mensajeria-comercio-electronico-2012.html"] = {
    "format": "html", "variant": True, "lang": "es", "notes_style": "pandoc", "wrapper": "main",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "S/C/W/344", "date": "3 de diciembre de 2012",
    "job": "(12-6622)", "body_line": "Consejo del Comercio de Servicios", "original": "Original: inglés",
    "page_title": "S/C/W/344 - Taller sobre servicios postales y de mensajería y comercio electrónico",
    "saved_from": "https://archivo-servicios-comercio.example.org/cts/S-C-W-344",
    "card": [("Signatura", "S/C/W/344"), ("Fecha", "3 de diciembre de 2012"),
             ("Órgano", "Consejo del Comercio de Servicios"), ("Tipo", "Informe de la Secretaría")],
    "related": ["Servicios postales y de mensajería: nota de antecedentes", "Programa de Trabajo sobre el "
                "Comercio Electrónico", "Unión Postal Universal: estadísticas", "Consejo del Comercio de "
                "Servicios: informes anuales"],
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "TALLER SOBRE SERVICIOS POSTALES Y DE MENSAJERÍA Y COMERCIO ELECTRÓNICO"),
        ("center", "Informe de la Secretaría[^1]"),
        ("np", "1.", "El Consejo del Comercio de Servicios celebró el 8 de noviembre de 2012 un taller sobre "
         "los servicios postales y de mensajería y el comercio electrónico, en cumplimiento de la Decisión "
         "Ministerial de 2011 que le encomendó examinar la relación entre el comercio electrónico y los "
         "sectores de servicios que lo hacen posible. Asistieron unos 110 participantes."),
        ("np", "2.", "La moderadora recordó que la entrega física sigue siendo el eslabón indispensable del "
         "comercio electrónico de mercancías: un pedido hecho en línea en segundos puede tardar semanas en "
         "llegar si la logística falla. Recordó también que muchos compradores en línea citan los gastos de "
         "envío como el principal motivo para abandonar una compra."),
        ("h", "", "Presentaciones de las organizaciones internacionales"),
        ("np", "3.", "La Unión Postal Universal (UPU) presentó los datos del cuadro 1 sobre la evolución del "
         "tráfico internacional de paquetes pequeños, impulsado por las compras transfronterizas en línea."),
        ("caption", "Cuadro 1: Envíos postales internacionales (millones de objetos)"),
        ("table", [
            ["Indicador", "2008", "2011", "Variación"],
            ["Paquetes postales", "62", "79", "+27 %"],
            ["Pequeños paquetes (carta)", "410", "560", "+37 %"],
            ["Envíos urgentes EMS", "40", "52", "+30 %"],
            ["Cartas internacionales", "5.800", "4.900", "-16 %"],
        ]),
        ("source", "Fuente: estadísticas postales de la UPU presentadas en el taller; cifras redondeadas."),
        ("np", "4.", "La representante de la UPU explicó que el Congreso de Doha, celebrado en 2012, había "
         "aprobado una estrategia que incluía el desarrollo de servicios postales electrónicos y la "
         "integración de los datos aduaneros en los envíos.[^2]"),
        ("np", "5.", "La Organización Mundial de Aduanas señaló que el volumen de envíos de poco valor "
         "planteaba problemas de control y recaudación, y que los datos electrónicos anticipados permitirían "
         "gestionar los riesgos sin retrasar el despacho."),
        ("h", "", "Experiencias nacionales"),
        ("np", "6.", "Los ponentes describieron las siguientes experiencias:"),
        ("sub", "a)", "el Brasil presentó su servicio de exportación simplificada por correo, que permite a las "
         "pequeñas empresas exportar envíos de hasta 50.000 dólares EE.UU. con una declaración simplificada;"),
        ("sub", "b)", "China informó que los envíos nacionales de mensajería habían superado los 3.600 millones "
         "de objetos en 2011, impulsados por las plataformas de comercio electrónico;[^3] y"),
        ("sub", "c)", "Marruecos describió la creación de una filial de su operador postal dedicada a la "
         "logística del comercio electrónico."),
        ("h", "", "Cuestiones relativas al AGCS"),
        ("np", "7.", "Varios participantes observaron que la distinción entre servicios postales y de mensajería "
         "en la lista de clasificación sectorial se ha vuelto difícil de aplicar. A finales de 2012, unos 50 "
         "Miembros habían contraído compromisos en servicios de mensajería, pero muy pocos en servicios "
         "postales."),
        ("np", "8.", "Un Miembro recordó que la competencia entre operadores postales con obligaciones de "
         "servicio universal y empresas privadas de mensajería plantea cuestiones de subvenciones cruzadas, "
         "que se habían examinado en las negociaciones de la Ronda de Doha. Otro participante señaló que "
         "los umbrales de minimis aplicables a las compras transfronterizas variaban mucho de un país a otro, "
         "lo que complicaba las devoluciones y encarecía los envíos."),
        ("np", "9.", "El Presidente del Consejo concluyó que el taller había puesto de relieve la importancia de "
         "los servicios de entrega para que las pequeñas empresas de los países en desarrollo aprovechen el "
         "comercio electrónico, y que informaría al Consejo General en su examen de julio de 2013."),
    ],
    "footnotes": {
        "1": "El presente informe se ha elaborado bajo la responsabilidad de la Secretaría. Las presentaciones "
             "pueden consultarse en la página del taller.",
        "2": "El 25º Congreso de la UPU se celebró en Doha del 24 de septiembre al 15 de octubre de 2012.",
        "3": "Según la Oficina Estatal de Correos de China, más de la mitad de esos envíos correspondía a "
             "compras en línea.",
    },
}

# ---------------------------------------------------------------------------
# L. Spanish, 2026, Markdown ("metatable"): communication on the moratorium with a table
# ---------------------------------------------------------------------------
DOCS["comunicacion-moratoria-datos-cm14-2026.md"] = {
    "format": "md", "variant": True, "lang": "es", "md_style": "metatable",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "symbol": "WT/GC/W/982", "date": "6 de febrero de 2026",
    "job": "(26-0811)", "body_line": "Consejo General", "original": "Original: inglés",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("center", "La moratoria sobre los derechos de aduana y las transmisiones electrónicas: datos para la "
         "CM14"),
        ("center", "Comunicación de Costa Rica, Nueva Zelandia y Suiza[^1]"),
        ("h", "I.", "INTRODUCCIÓN"),
        ("np", "1.", "En su decimotercer período de sesiones, celebrado en Abu Dhabi en 2024, la Conferencia "
         "Ministerial acordó mantener la práctica de no imponer derechos de aduana a las transmisiones "
         "electrónicas hasta el decimocuarto período de sesiones o el 31 de marzo de 2026, si esta fecha "
         "fuera anterior, y convino en que la moratoria expiraría en esa fecha.[^2]"),
        ("np", "2.", "Ante la CM14, que se celebrará en Yaundé (Camerún) del 26 al 29 de marzo de 2026, los "
         "autores presentan datos recientes que, a su juicio, deberían orientar la decisión de los Ministros. Recuerdan que la moratoria se ha renovado en "
         "cada Conferencia Ministerial desde 1998 y que su expiración sería la primera desde la creación del "
         "Programa de Trabajo."),
        ("h", "II.", "CIFRAS"),
        ("np", "3.", "El cuadro 1 reúne estimaciones de distintas fuentes sobre la magnitud de los ingresos "
         "arancelarios en juego. Las diferencias obedecen sobre todo a la definición de transmisión "
         "electrónica que se utiliza. Las estimaciones más altas incluyen mercancías impresas en 3D y otros productos que "
         "podrían digitalizarse en el futuro."),
        ("caption", "Cuadro 1: Estimaciones de los ingresos arancelarios no percibidos"),
        ("table", [
            ["Fuente", "Año", "Alcance", "Estimación"],
            ["UNCTAD", "2019", "países en desarrollo", "10.000 millones de dólares"],
            ["OCDE", "2019", "todos los países", "280 a 8.200 millones de dólares"],
            ["FMI-OCDE-ONU-BM-OMC", "2023", "todos los países", "menos del 0,1 % de los ingresos"],
            ["Estudio de los autores", "2025", "91 países", "0,08 % de los ingresos fiscales"],
        ]),
        ("source", "Estimación: ingresos arancelarios anuales no percibidos por la moratoria según cada fuente."),
        ("np", "4.", "Según el estudio de los autores, que abarca 91 países, las importaciones de contenidos "
         "digitales descargables (música, vídeo, programas informáticos y juegos) representaron en 2024 "
         "menos del 1 por ciento de las importaciones totales de mercancías y servicios en el promedio de "
         "esos países.[^3]"),
        ("np", "5.", "En cambio, las exportaciones de servicios suministrados digitalmente alcanzaron 4,25 "
         "billones de dólares en 2023, y los países en desarrollo aumentaron su participación en esas "
         "exportaciones hasta cerca del 21 por ciento."),
        ("h", "III.", "CONSIDERACIONES"),
        ("np", "6.", "Los autores consideran que:"),
        ("sub", "a)", "los impuestos internos sobre el consumo, aplicados de forma no discriminatoria, permiten "
         "recaudar ingresos del comercio digital sin derechos de aduana;"),
        ("sub", "b)", "la expiración de la moratoria crearía incertidumbre para las microempresas que venden "
         "servicios digitales en varios mercados; y"),
        ("sub", "c)", "ningún Miembro ha notificado hasta la fecha un arancel aplicado a las transmisiones "
         "electrónicas, aunque al menos uno ha creado líneas arancelarias para ellas.[^4]"),
        ("h", "IV.", "PROPUESTA"),
        ("np", "7.", "Los autores proponen que la CM14 haga permanente la moratoria y que el Programa de Trabajo "
         "se centre en la cooperación para reducir la brecha digital, con un examen en el Consejo General "
         "cada dos años. Invitan a otros Miembros a copatrocinar la propuesta y están dispuestos a presentar su "
         "estudio en una sesión informativa."),
    ],
    "footnotes": {
        "1": "Comunicación distribuida a petición de las delegaciones mencionadas. Fue presentada en la reunión "
             "del Consejo General de 18 y 19 de febrero de 2026.",
        "2": "Decisión Ministerial de 2 de marzo de 2024 (WT/MIN(24)/38 - WT/L/1192).",
        "3": "El estudio utiliza datos de comercio de 2024 de 91 países que representan el 85 por ciento del "
             "producto interior bruto mundial.",
        "4": "Indonesia creó en 2018 líneas arancelarias del capítulo 99 de su arancel para los productos "
             "digitales transmitidos electrónicamente, con un tipo del 0 por ciento.",
    },
}

# ---------------------------------------------------------------------------
# M. Spanish, 1998, text extracted from a PDF (form feeds, running headers): Services
#    Council background note on computer and related services
# ---------------------------------------------------------------------------
DOCS["consejo-servicios-nota-servicios-informatica-1998.txt"] = {
    "format": "txt", "variant": True, "lang": "es", "txt_style": "pdf",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "restricted": "RESTRINGIDO", "symbol": "S/C/W/45", "date": "14 de julio de 1998", "job": "(98-2786)",
    "body_line": "Consejo del Comercio de Servicios", "original": "Original: inglés",
    "header_style": "oneline", "page_word": "Página", "page_lines": 50,
    "blocks": [
        ("title", "SERVICIOS DE INFORMÁTICA Y SERVICIOS CONEXOS"),
        ("center", "Nota de antecedentes de la Secretaría[^1]"),
        ("title", "I. INTRODUCCIÓN"),
        ("np", "1.", "La presente nota forma parte de la serie de notas de antecedentes que el Consejo del "
         "Comercio de Servicios pidió a la Secretaría en diciembre de 1997 para preparar la próxima ronda de "
         "negociaciones. Trata de los servicios de informática, cuyo comercio se ve directamente afectado por "
         "el crecimiento de Internet y del comercio electrónico."),
        ("title", "II. DEFINICIÓN Y CLASIFICACIÓN"),
        ("np", "2.", "En la lista de clasificación sectorial (MTN.GNS/W/120), los servicios de informática y "
         "servicios conexos figuran en la sección 1.B de los servicios prestados a las empresas y "
         "corresponden al grupo 84 de la Clasificación Central de Productos provisional (CPC). Comprenden "
         "cinco subsectores:"),
        ("sub", "a)", "servicios de consultores en instalación de equipo de informática (CPC 841);"),
        ("sub", "b)", "servicios de aplicación de programas de informática (CPC 842);"),
        ("sub", "c)", "servicios de procesamiento de datos (CPC 843);"),
        ("sub", "d)", "servicios de bases de datos (CPC 844); y"),
        ("sub", "e)", "otros servicios, incluidos el mantenimiento y la reparación de equipo de oficina (CPC 845 "
         "y 849)."),
        ("np", "3.", "La clasificación no distingue entre los programas informáticos vendidos en soportes físicos "
         "y los transmitidos en línea. Algunos Miembros han planteado si los programas descargados deben "
         "tratarse como servicios o como mercancías, cuestión que el Consejo General examinará en el marco del "
         "programa de trabajo previsto en la Declaración Ministerial de 20 de mayo de 1998.[^2]"),
        ("title", "III. EL MERCADO"),
        ("np", "4.", "El mercado mundial de programas y servicios de informática se estimaba en unos 300.000 "
         "millones de dólares EE.UU. en 1996, de los que el 45 por ciento correspondía a los Estados Unidos. "
         "La India ha desarrollado una importante industria exportadora, cuyas exportaciones de programas "
         "informáticos alcanzaron unos 1.750 millones de dólares en el ejercicio 1997-1998.[^3]"),
        ("np", "5.", "El suministro transfronterizo por redes de telecomunicaciones (modo 1) crece con rapidez, "
         "aunque el desplazamiento de programadores al país del cliente (modo 4) sigue siendo importante para "
         "la instalación y el mantenimiento de sistemas. El llamado problema del año 2000 ha aumentado "
         "temporalmente la demanda de estos servicios. Los principales mercados de los proveedores de los "
         "países en desarrollo son los Estados Unidos y Europa occidental."),
        ("title", "IV. COMPROMISOS"),
        ("np", "6.", "Los servicios de informática se cuentan entre los sectores con más compromisos en el AGCS. "
         "A mediados de 1998, 65 Miembros, contando a las Comunidades Europeas como uno, habían contraído "
         "compromisos en al menos un subsector.[^4] Los compromisos suelen ser plenos en los modos 1, 2 y 3, "
         "mientras que en el modo 4 se remiten a los compromisos horizontales."),
        ("np", "7.", "Pocas limitaciones se refieren específicamente al sector. Las más frecuentes son "
         "requisitos de residencia para los directivos y, en algunos casos, límites a la participación de "
         "capital extranjero. Algunos Miembros han consignado también limitaciones relativas a la contratación "
         "pública de servicios de informática."),
        ("title", "V. CUESTIONES PARA EL DEBATE"),
        ("np", "8.", "Los Miembros tal vez deseen examinar si la clasificación actual refleja la convergencia "
         "entre los servicios de informática y los de telecomunicaciones, y si convendría aclarar la cobertura "
         "de los compromisos respecto de los servicios suministrados por Internet. También podrían estudiar "
         "la relación entre estos compromisos y los de servicios de telecomunicaciones de valor añadido."),
    ],
    "footnotes": {
        "1": "La presente nota se ha elaborado bajo la responsabilidad de la Secretaría y sin perjuicio de las "
             "posiciones de los Miembros ni de sus derechos y obligaciones en el marco de la OMC.",
        "2": "Declaración sobre el comercio electrónico mundial, adoptada en el segundo período de sesiones de "
             "la Conferencia Ministerial, celebrado en Ginebra (WT/MIN(98)/DEC/2).",
        "3": "Cifra de la Asociación Nacional de Empresas de Programas y Servicios de la India (NASSCOM).",
        "4": "De ellos, 24 eran países en desarrollo. Ningún país menos adelantado había contraído compromisos en "
             "el sector, salvo Gambia y Sierra Leona.",
    },
}
