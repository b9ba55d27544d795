"""Document texts of the heldout5 corpus (rendered by build.py through render5.py).

Written for wtoqa's evaluation from public facts, in our own words; details such as
meeting dates, job numbers, figures quoted by delegations and some document symbols are
invented but kept consistent across the set.  Not official WTO texts.

Block kinds: ("title", text), ("center", text), ("p", text), ("h", number, text),
("np", number, text), ("sub", label, text), ("li", level, text), ("caption", text),
("table", rows), ("source", text), ("toc", [lines]), ("rule",).  "[^n]" marks a
footnote call; the footnote texts are in "footnotes".
"""

DOCS = {}

# ---------------------------------------------------------------------------
# 1. Council for TRIPS, progress report, 1999 (English, PDF, 3+ pages)
# ---------------------------------------------------------------------------
DOCS["trips-council-ecommerce-progress-report-1999.pdf"] = {
    "format": "pdf", "variant": True, "layout": "title_right",
    "font": "Times-Roman", "size": 11,
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "IP/C/18", "date": "30 July 1999", "job": "(99-3216)",
    "body_line": "Council for Trade-Related Aspects of Intellectual Property Rights",
    "original": "Original: English",
    "title_lines": ["THE WORK PROGRAMME ON ELECTRONIC COMMERCE", "Progress Report to the General Council"],
    "title_sub": "Adopted by the Council for TRIPS on 7-8 July 1999",
    "blocks": [
        ("np", "1.", "On 25 September 1998 the General Council adopted a work programme on electronic commerce "
         "and asked the Council for TRIPS, among other bodies, to examine the intellectual property issues raised "
         "by electronic commerce and to report on its progress.[^1] The mandate listed three subjects: the "
         "protection and enforcement of copyright and related rights, the protection and enforcement of "
         "trademarks, and new technologies and access to technology."),
        ("np", "2.", "The Council addressed the matter at its regular meetings of 1-2 December 1998, 22 February "
         "1999 and 7-8 July 1999, and in informal consultations convened by its Chairman in April and June 1999. "
         "To assist delegations, the Secretariat prepared a background note on the relationship between the "
         "TRIPS Agreement and electronic commerce, which was circulated in February 1999.[^2] Written "
         "contributions were received from Australia, the European Communities, Japan and the United States."),
        ("np", "3.", "The present report was agreed by the Council at its meeting of 7-8 July 1999 and is "
         "forwarded to the General Council, which had asked the bodies concerned to report on their progress by "
         "30 July 1999. It summarizes the main points made in the discussions without attempting to reflect every "
         "intervention, and it does not prejudge the positions of any Member."),
        ("h", "A.", "General observations"),
        ("np", "4.", "Delegations broadly shared the view that the protection afforded by the TRIPS Agreement "
         "applies to intellectual property used or traded through electronic means in the same way as it does "
         "in the physical environment. Several Members stressed that the Agreement had been drafted in "
         "technologically neutral terms and that its obligations on national treatment, most-favoured-nation "
         "treatment and enforcement did not depend on the medium through which protected material was "
         "transmitted."),
        ("np", "5.", "At the same time, a number of delegations considered it premature to draw firm conclusions "
         "about whether the Agreement needed to be supplemented. They noted that the legal questions raised by "
         "digital networks were still evolving, that national legislation was being adapted at different "
         "speeds, and that any work in the Council should take account of the work under way in the World "
         "Intellectual Property Organization (WIPO)."),
        ("h", "B.", "Copyright and related rights"),
        ("np", "6.", "Much of the discussion concerned the two treaties concluded at the WIPO Diplomatic "
         "Conference held in Geneva in December 1996, the WIPO Copyright Treaty (WCT) and the WIPO Performances "
         "and Phonograms Treaty (WPPT), often described as the Internet treaties. Several Members encouraged "
         "others to ratify them and indicated that their own ratification procedures were under way.[^3]"),
        ("np", "7.", "Delegations drew attention in particular to three features of those treaties: the "
         "exclusive right of authors, performers and phonogram producers to authorize the making available of "
         "their works and recordings on demand; the obligation to provide adequate legal protection against the "
         "circumvention of technological measures used by right holders; and the protection of rights "
         "management information. Some Members suggested that the Council might in due course consider whether "
         "these standards should be reflected in the TRIPS framework, while others felt that such a question "
         "went beyond the present mandate."),
        ("np", "8.", "The liability of Internet service providers for infringing material transmitted or stored "
         "by their users was identified as an area where national approaches differed considerably. Reference "
         "was made to legislation enacted in the United States in 1998 that limits the liability of service "
         "providers acting expeditiously upon notification, and to a proposal for a directive on electronic "
         "commerce then under discussion in the European Communities. Other delegations said that the question "
         "had not yet been addressed in their jurisdictions."),
        ("np", "9.", "Questions of applicable law and jurisdiction were also raised. As a single transmission "
         "may be received simultaneously in many territories, some delegations asked how the territorial "
         "principle underlying copyright protection could be applied in practice, and which courts would be "
         "competent to hear infringement claims. It was generally agreed that these questions were being "
         "examined in other fora and that the Council should follow that work."),
        ("np", "10.", "As regards enforcement, several Members stressed that the procedures and remedies of Part "
         "III of the TRIPS Agreement, including provisional measures to preserve evidence, must be available in "
         "respect of infringements occurring on digital networks. One delegation pointed out that the border "
         "measures of Section 4 of Part III had been designed for physical goods and could not easily be applied "
         "to works transmitted electronically."),
        ("h", "C.", "Trademarks"),
        ("np", "11.", "Discussion on trademarks focused on the relationship between trademarks and Internet domain "
         "names. Several Members described cases of cybersquatting, in which domain names corresponding to "
         "well-known marks had been registered in bad faith with a view to selling them to the trademark owner. "
         "The Council took note of the final report of the WIPO Internet Domain Name Process, published on 30 "
         "April 1999, which recommended a uniform administrative procedure for resolving such disputes.[^4]"),
        ("np", "12.", "The territorial nature of trademark rights was also discussed. A sign used on a website is "
         "visible in all countries, while the corresponding mark may be registered, and owned by different "
         "persons, in each of them. Some delegations suggested that the use of a sign on the Internet should "
         "only be regarded as use in a given territory if it had a commercial effect there, and referred to the "
         "work of the WIPO Standing Committee on the Law of Trademarks on this question. The protection of "
         "well-known marks under Article 16 of the TRIPS Agreement was mentioned as particularly relevant."),
        ("h", "D.", "New technologies and access to technology"),
        ("np", "13.", "Under this heading several developing country Members emphasized the objectives and "
         "principles set out in Articles 7 and 8 of the TRIPS Agreement, and the commitment of developed country "
         "Members under Article 66.2 to provide incentives to their enterprises for the transfer of technology "
         "to least-developed country Members. They expressed concern that technological protection measures and "
         "restrictive licensing practices could limit access to information and to the software needed for "
         "participation in electronic commerce."),
        ("np", "14.", "Other delegations responded that effective protection of intellectual property was itself "
         "a condition for the dissemination of technology through digital networks, since right holders would "
         "not make their content available online without adequate safeguards. It was suggested that the "
         "Council could usefully collect information on the implementation of Article 66.2 in relation to "
         "information technologies."),
        ("h", "E.", "Other matters"),
        ("np", "15.", "A few delegations raised issues not expressly listed in the mandate, including the "
         "patentability of software-related and business method inventions, the protection of databases that do "
         "not qualify as compilations under Article 10.2, and the treatment of encryption technologies. There "
         "was no agreement that these subjects should be added to the Council's work at this stage."),
        ("np", "16.", "Some Members pointed out that the Council's examination of electronic commerce was closely "
         "linked to the review of the implementation of the TRIPS Agreement foreseen under Article 71.1, and "
         "that the two exercises should be conducted in a coherent manner."),
        ("h", "F.", "Conclusions"),
        ("np", "17.", "The Council agreed that the examination of the intellectual property issues arising from "
         "electronic commerce should continue and should remain on the agenda of its regular meetings. It further "
         "agreed to keep under review developments in WIPO and in other relevant organizations, and requested the "
         "Secretariat to update its background note as necessary."),
        ("np", "18.", "The Council invites the General Council to take note of the present report. It will report "
         "further on its work in accordance with any guidance that the General Council may provide in the light "
         "of the reports received from the other bodies involved in the work programme."),
    ],
    "footnotes": {
        "1": "Work Programme on Electronic Commerce, adopted by the General Council on 25 September 1998, "
             "document WT/L/274, paragraph 4.",
        "2": "The Work Programme on Electronic Commerce – Note by the Secretariat, document IP/C/W/128 of "
             "10 February 1999, and its addendum issued in June 1999.",
        "3": "Each treaty requires thirty instruments of ratification or accession to enter into force. At the "
             "time of the July 1999 meeting, the WCT had received nine such instruments and the WPPT eight.",
        "4": "The Management of Internet Names and Addresses: Intellectual Property Issues, Final Report of the "
             "WIPO Internet Domain Name Process. Its recommendations were addressed to the Internet Corporation "
             "for Assigned Names and Numbers (ICANN), established in 1998.",
    },
}

# ---------------------------------------------------------------------------
# 2. General Council minutes, December 2019 (English, TXT extracted from a PDF)
# ---------------------------------------------------------------------------
DOCS["gc-minutes-december-2019-ecommerce.txt"] = {
    "format": "txt", "variant": True,
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "WT/GC/M/181", "date": "4 February 2020", "job": "(20-0874)",
    "page_first": "Page: 1/{total}", "page_start": 1, "running_header": "WT/GC/M/181",
    "body_line": "General Council", "original": "",
    "toc_label": "Subjects discussed:",
    "blocks": [
        ("title", "MINUTES OF THE MEETING"),
        ("title", "HELD IN THE CENTRE WILLIAM RAPPARD ON 9 AND 10 DECEMBER 2019"),
        ("center", "Chairperson: H.E. Ms Sunanta Kangvalkulkij (Thailand)"),
        ("toc", ["1  REPORT BY THE CHAIRPERSON OF THE TRADE NEGOTIATIONS COMMITTEE ............... (*)",
                 "2  APPELLATE BODY MATTERS .................................................... (*)",
                 "3  WORK PROGRAMME ON SMALL ECONOMIES ......................................... (*)",
                 "4  WORK PROGRAMME ON ELECTRONIC COMMERCE – REVIEW OF PROGRESS ................ 1",
                 "5  TRIPS NON-VIOLATION AND SITUATION COMPLAINTS ............................. 3"]),
        ("p", "(*) Items 1 to 3 are recorded in a separate part of these minutes and are not reproduced in "
              "this extract."),
        ("h", "4", "WORK PROGRAMME ON ELECTRONIC COMMERCE – REVIEW OF PROGRESS"),
        ("np", "4.1", "The Chairperson recalled that at the Eleventh Ministerial Conference, held in Buenos Aires "
         "in December 2017, Ministers had agreed to reinvigorate the work under the Work Programme on "
         "Electronic Commerce and had instructed the General Council to hold periodic reviews in its sessions "
         "of July and December 2018 and July 2019. They had also agreed to maintain the current practice of not "
         "imposing customs duties on electronic transmissions until their next session, which had been "
         "expected to take place in 2019."),
        ("np", "4.2", "In 2019 the work had been pursued through structured discussions convened by her Friend "
         "for the Work Programme, Ambassador Alfredo Suescum of Panama. Three such discussions had taken place, "
         "in May, July and October 2019; they had dealt with the scope and definition of the moratorium, its "
         "impact, and the development dimension of electronic commerce. Following consultations held in "
         "November, a draft decision had been circulated in document WT/GC/W/799."),
        ("np", "4.3", "Under the draft decision, the General Council would continue the reinvigoration of the "
         "Work Programme, including structured discussions on the scope, definition and impact of the "
         "moratorium; hold periodic reviews in July and December 2020 on the basis of the reports of the "
         "relevant bodies; and Members would maintain the current practice until the Twelfth Ministerial "
         "Conference, scheduled to be held in Nur-Sultan, Kazakhstan, in June 2020."),
        ("np", "4.4", "The representative of India said that his delegation would join the consensus, but with "
         "reluctance. When the moratorium was agreed in 1998, electronic transmissions had been a marginal part "
         "of trade; today films, music, software and video games were increasingly delivered in digital form, and "
         "developing countries were giving up tariff revenue as well as the policy space needed for their nascent "
         "digital industries. India continued to seek clarity on the scope of the moratorium and stressed that "
         "the present extension should not be seen as a step towards making it permanent."),
        ("np", "4.5", "The representative of South Africa associated her delegation with India's statement. She "
         "referred to a study by UNCTAD[^1] which estimated the potential tariff revenue forgone worldwide in "
         "2017 because of the moratorium at more than US$10 billion, 95 per cent of which was borne by developing "
         "countries. South Africa asked that the moratorium be re-examined at the Twelfth Ministerial Conference "
         "in the light of such evidence."),
        ("np", "4.6", "The representative of Indonesia said that Indonesia could accept the draft decision. In "
         "its view the moratorium covered only the transmissions themselves and not the content transmitted, "
         "and Members needed a common understanding of the term electronic transmissions before any decision "
         "on the future of the practice could be taken."),
        ("np", "4.7", "The representative of Australia, speaking also as one of the co-convenors of the Joint "
         "Statement Initiative on Electronic Commerce, welcomed the draft decision. The moratorium had provided "
         "predictability to businesses for more than two decades, and its lapse would raise costs above all for "
         "micro, small and medium-sized enterprises relying on cloud services and digital tools. He noted that "
         "82 Members were now taking part in the negotiations launched in January 2019."),
        ("np", "4.8", "The representative of the European Union said that the European Union would have preferred "
         "to make the moratorium permanent, as it had proposed, but could support the draft decision. A lapse "
         "would risk a proliferation of duties and of the customs formalities needed to collect them, to the "
         "detriment of consumers and small firms in all Members."),
        ("np", "4.9", "The representative of Japan recalled the Osaka Declaration on the Digital Economy issued "
         "by G20 leaders in June 2019, which had launched the Osaka Track. Japan considered the multilateral Work "
         "Programme and the Joint Statement Initiative to be complementary, and supported the draft decision."),
        ("np", "4.10", "The representative of Chile said that, as a small and open economy, Chile had seen its "
         "exports of digitally delivered services grow rapidly, and regarded the moratorium as a global public "
         "good. Chile would have preferred a permanent moratorium but could accept an extension until the "
         "Twelfth Ministerial Conference."),
        ("np", "4.11", "The representative of Nigeria, speaking on behalf of the African Group, said that the "
         "Group attached great importance to the development dimension of the Work Programme and to its "
         "multilateral and non-negotiating character. The Group called for technical assistance to help African "
         "Members benefit from electronic commerce, including in the context of the African Continental Free "
         "Trade Area, which had entered into force on 30 May 2019. The Group could join the consensus."),
        ("np", "4.12", "The representative of China said that China supported the extension of the moratorium "
         "until the Twelfth Ministerial Conference and the reinvigoration of the Work Programme. China attached "
         "particular importance to cross-border trade in goods enabled by the Internet and to helping developing "
         "Members bridge the digital divide."),
        ("np", "4.13", "The representative of the United States said that the United States supported the draft "
         "decision and believed that a permanent moratorium would best serve the interests of all Members."),
        ("np", "4.14", "The General Council took note of the statements and adopted the draft decision contained "
         "in document WT/GC/W/799.[^2]"),
        ("h", "5", "TRIPS NON-VIOLATION AND SITUATION COMPLAINTS"),
        ("np", "5.1", "The Chairperson recalled that at the Eleventh Ministerial Conference Members had agreed not "
         "to initiate non-violation and situation complaints under the TRIPS Agreement until their next session, "
         "and had instructed the Council for TRIPS to continue its examination of the scope and modalities for "
         "such complaints. A draft decision extending this understanding until the Twelfth Ministerial Conference "
         "had been circulated in document WT/GC/W/800."),
        ("np", "5.2", "The representative of the United States said that the United States could accept the "
         "draft decision, while maintaining its long-standing view that non-violation complaints were available "
         "under the TRIPS Agreement."),
        ("np", "5.3", "The General Council took note of the statement and adopted the draft decision contained in "
         "document WT/GC/W/800."),
    ],
    "footnotes": {
        "1": "UNCTAD, Growing Trade in Electronic Transmissions: Implications for the South, Research Paper "
             "No. 29, February 2019.",
        "2": "The decision was subsequently circulated as document WT/L/1079, dated 11 December 2019.",
    },
}

# ---------------------------------------------------------------------------
# 3. LDC Group communication for MC12 (English, Markdown)
# ---------------------------------------------------------------------------
DOCS["ldc-group-communication-mc12-ecommerce.md"] = {
    "format": "md", "variant": True,
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "WT/MIN(21)/W/14", "date": "25 November 2021", "job": "(21-8745)",
    "body_line": "Ministerial Conference – Twelfth Session – Geneva, 30 November – 3 December 2021",
    "original": "Original: English",
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE: PRIORITIES OF THE LEAST DEVELOPED COUNTRIES"),
        ("title", "Communication from Chad on behalf of the LDC Group"),
        ("p", "The following communication, dated 24 November 2021, is being circulated at the request of the "
              "delegation of Chad on behalf of the LDC Group."),
        ("np", "1.", "The LDC Group remains committed to the Work Programme on Electronic Commerce established in "
         "1998 and to its comprehensive, exploratory and non-negotiating character. The Work Programme is the "
         "only forum in the WTO where all Members, including the 35 least developed countries that are Members "
         "of the Organization, can discuss the trade-related aspects of electronic commerce on an equal footing."),
        ("np", "2.", "The COVID-19 pandemic has shown both the promise of digital trade and the depth of the "
         "digital divide. While firms in many economies moved their sales online within weeks, most enterprises "
         "in LDCs could not do so, for lack of affordable connectivity, electronic payment systems and reliable "
         "delivery services."),
        ("np", "3.", "According to the International Telecommunication Union, only 27 per cent of the population "
         "of LDCs used the Internet in 2021, compared with 63 per cent of the world population.[^1] In most LDCs "
         "the price of an entry-level mobile broadband package remains well above the affordability target of "
         "2 per cent of monthly gross national income per capita.[^2]"),
        ("np", "4.", "LDCs are also poorly placed to make use of the diagnostic tools already available. UNCTAD "
         "has carried out eTrade Readiness Assessments for a number of LDCs since 2017,[^3] but the "
         "implementation of their recommendations has been slow because of limited domestic resources and "
         "fragmented donor support."),
        ("np", "5.", "On the moratorium on customs duties on electronic transmissions, the members of the Group "
         "hold different national positions. The Group as a whole considers, however, that Ministers should not "
         "decide on the future of the moratorium without a clearer common understanding of its scope and of its "
         "fiscal implications for LDCs. It therefore requests the Secretariat, in cooperation with UNCTAD, to "
         "prepare an analysis of the potential tariff revenue at stake for LDCs."),
        ("np", "6.", "In preparing the outcome of the Twelfth Ministerial Conference, the LDC Group asks Members "
         "to consider the following elements:"),
        ("sub", "(a)", "reinvigorating the Work Programme, with dedicated discussions on the development dimension "
         "held at least twice a year under the auspices of the General Council;"),
        ("sub", "(b)", "a stronger technical assistance effort, channelled in particular through the Enhanced "
         "Integrated Framework and Aid for Trade, for the preparation and implementation of national e-commerce "
         "strategies;"),
        ("sub", "(c)", "support for digital infrastructure, digital payments and trade logistics, including "
         "last-mile delivery in rural areas;"),
        ("sub", "(d)", "assistance in drafting and enforcing laws on electronic transactions, online consumer "
         "protection, personal data protection and cybersecurity;"),
        ("sub", "(e)", "effective and operational special and differential treatment, including flexibility in "
         "any future rules, for LDCs and for Members that have recently graduated from the LDC category; and"),
        ("sub", "(f)", "a review of the work on electronic commerce and development by the General Council before "
         "the Thirteenth Ministerial Conference."),
        ("np", "7.", "As regards the Joint Statement Initiative on Electronic Commerce, the Group notes that only "
         "a handful of LDCs take part in it. It reiterates that the outcome of plurilateral negotiations should "
         "not prejudice the rights of non-participants, and that any incorporation of such an outcome into the "
         "WTO legal framework must follow the procedures of the Marrakesh Agreement."),
        ("np", "8.", "Several members of the Group are preparing to leave the LDC category. Bangladesh, the Lao "
         "People's Democratic Republic and Nepal are scheduled to graduate in 2026 following a decision of the "
         "United Nations General Assembly,[^4] while Vanuatu graduated in December 2020. These Members should "
         "continue to receive support for a smooth transition, including in the area of digital trade."),
        ("np", "9.", "The LDC Group stands ready to engage constructively with all Members so that the Twelfth "
         "Ministerial Conference gives new impetus to a Work Programme that serves the development needs of its "
         "weakest Members."),
    ],
    "footnotes": {
        "1": "International Telecommunication Union, Measuring digital development: Facts and figures 2021, "
             "Geneva, 2021.",
        "2": "The target was set in 2018 by the Broadband Commission for Sustainable Development as one of its "
             "targets for 2025.",
        "3": "By November 2021 UNCTAD had completed such assessments for 27 countries, 19 of them LDCs.",
        "4": "United Nations General Assembly resolution 76/8, adopted on 24 November 2021.",
    },
}

# ---------------------------------------------------------------------------
# 4. Secretariat note on electronic signatures and authentication, 2018 (English, DOCX)
# ---------------------------------------------------------------------------
DOCS["e-signatures-e-authentication-secretariat-note.docx"] = {
    "format": "docx", "variant": True, "created": (2018, 5, 14),
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "JOB/GC/177", "date": "14 May 2018", "job": "(18-2961)",
    "running_header": "JOB/GC/177",
    "header_rows": [("Document symbol:", "JOB/GC/177"), ("Date:", "14 May 2018"),
                    ("Original language:", "English")],
    "body_line": "General Council – Work Programme on Electronic Commerce",
    "original": "",
    "blocks": [
        ("title", "ELECTRONIC SIGNATURES AND ELECTRONIC AUTHENTICATION: APPROACHES IN MEMBERS' LEGAL FRAMEWORKS"),
        ("center", "Note by the Secretariat"),
        ("p", "This note has been prepared under the Secretariat's own responsibility and is without prejudice "
              "to the positions of Members or to their rights and obligations under the WTO."),
        ("h", "1", "Introduction"),
        ("np", "1.1", "At the General Council's review of the Work Programme in December 2017, and in the "
         "informal discussions held since then, several delegations asked the Secretariat to provide factual "
         "information on how Members' legal frameworks treat electronic signatures and electronic authentication, "
         "a subject raised in a number of communications submitted before the Eleventh Ministerial Conference. "
         "This note responds to that request."),
        ("np", "1.2", "The note draws on the publicly available legislation of a sample of Members, on information "
         "published by the United Nations Commission on International Trade Law (UNCITRAL) and on the "
         "Secretariat's trade policy reviews. It does not purport to be exhaustive, and the classification of "
         "national laws used below is a simplification."),
        ("h", "2", "Key concepts"),
        ("np", "2.1", "Electronic authentication refers to the processes used to verify the identity of a party, "
         "or the origin and integrity of data, in an electronic exchange. An electronic signature is data in "
         "electronic form attached to or logically associated with a data message, which may be used to identify "
         "the signatory and to indicate the signatory's approval of the information contained in the message."),
        ("np", "2.2", "A digital signature is a particular kind of electronic signature based on public-key "
         "cryptography. It is usually supported by a certificate issued by a trusted third party, known as a "
         "certification authority or trust service provider, which links the signature-verification data to an "
         "identified person."),
        ("np", "2.3", "The central legal question is whether, and under which conditions, an electronic signature "
         "produces the same legal effects as a handwritten signature, and whether a transaction may be denied "
         "validity solely because it was concluded or signed electronically."),
        ("h", "3", "Approaches in national legislation"),
        ("np", "3.1", "Three broad approaches can be distinguished:"),
        ("li", 2, "a minimalist or technology-neutral approach, under which any method that is reliable and "
                  "appropriate for the purpose may satisfy a signature requirement, the parties being free to "
                  "agree on the method and the courts assessing reliability case by case;"),
        ("li", 2, "a prescriptive approach, under which only a specified technology, typically digital signatures "
                  "supported by licensed certification authorities, is recognized as equivalent to a handwritten "
                  "signature;"),
        ("li", 2, "a two-tier or hybrid approach, under which all electronic signatures enjoy basic legal "
                  "recognition while signatures meeting higher technical requirements, often called advanced, "
                  "qualified or secure signatures, benefit from a presumption of reliability."),
        ("np", "3.2", "Over the past two decades, the general trend has been a move away from prescriptive laws "
         "towards two-tier models. Several Members that initially recognized only digital signatures later "
         "amended their laws to admit other technologies; India, for example, introduced the technology-neutral "
         "notion of electronic signature in 2008, alongside the digital signatures provided for in its 2000 Act."),
        ("np", "3.3", "Table 1 summarizes the main instruments of a sample of nine Members. The year shown is the "
         "year in which the instrument currently in force was first adopted."),
        ("caption", "Table 1: Selected legal instruments on electronic signatures"),
        ("table", [
            ["Member", "Instrument", "Year", "Approach"],
            ["Australia", "Electronic Transactions Act", "1999", "Minimalist"],
            ["Brazil", "Provisional Measure No. 2.200-2 establishing ICP-Brasil", "2001", "Two-tier"],
            ["Chile", "Law No. 19.799 on electronic documents and electronic signatures", "2002", "Two-tier"],
            ["European Union", "Regulation (EU) No 910/2014 (eIDAS Regulation)", "2014", "Two-tier"],
            ["India", "Information Technology Act", "2000", "Hybrid"],
            ["Korea, Republic of", "Digital Signature Act", "1999", "Two-tier"],
            ["Singapore", "Electronic Transactions Act", "2010", "Two-tier"],
            ["United States", "Electronic Signatures in Global and National Commerce Act", "2000", "Minimalist"],
            ["Viet Nam", "Law on E-Transactions", "2005", "Two-tier"],
        ]),
        ("source", "Source: WTO Secretariat, on the basis of national legislation published by 30 April 2018."),
        ("h", "4", "Cross-border recognition"),
        ("np", "4.1", "Even where domestic laws are technology-neutral, the recognition of signatures and "
         "certificates issued abroad remains a practical obstacle to cross-border transactions. Members' laws "
         "follow one of four main patterns:"),
        ("li", 2, "recognition irrespective of the place where the signature was created or the certificate "
                  "issued, as recommended by article 12 of the UNCITRAL Model Law on Electronic Signatures;"),
        ("li", 2, "recognition subject to a finding that the foreign signature or certificate offers a "
                  "substantially equivalent level of reliability;"),
        ("li", 2, "recognition on the basis of mutual recognition arrangements concluded between governments or "
                  "between accreditation bodies; and"),
        ("li", 2, "recognition only where the foreign provider has registered with, or been accredited by, the "
                  "domestic supervisory authority."),
        ("np", "4.2", "Provisions on electronic authentication are also common in regional trade agreements. Of "
         "the 75 regional trade agreements with provisions on electronic commerce notified to the WTO by the "
         "end of 2017, 58 contain a provision on electronic signatures or authentication. The typical clause "
         "prevents a party from denying the legal validity of a signature solely because it is in electronic form "
         "and allows the parties to a transaction to choose the authentication method, while permitting "
         "certification requirements for particular categories of transactions."),
        ("h", "5", "International instruments"),
        ("np", "5.1", "The work of UNCITRAL has provided the main international reference. The Model Law on "
         "Electronic Commerce of 1996 established the principle of functional equivalence between electronic and "
         "paper-based records. The Model Law on Electronic Signatures of 2001 developed that principle for "
         "signatures, and the United Nations Convention on the Use of Electronic Communications in International "
         "Contracts of 2005, which entered into force on 1 March 2013, applies it to international contracts."),
        ("np", "5.2", "According to UNCITRAL, legislation based on or influenced by the Model Law on Electronic "
         "Signatures had been adopted in 33 States by early 2018. UNCITRAL's Working Group IV has also begun "
         "work on the legal aspects of identity management and trust services, which may result in a further "
         "instrument."),
        ("h", "6", "Issues that Members may wish to consider"),
        ("np", "6.1", "Members may wish to discuss, among other things:"),
        ("li", 2, "whether and how existing WTO rules, including those on domestic regulation of services, bear on "
                  "authentication requirements imposed on foreign suppliers;"),
        ("li", 2, "how transparency regarding national requirements could be improved, for instance through a "
                  "voluntary repository of Members' laws and accredited providers;"),
        ("li", 2, "the technical assistance needed by developing Members to establish certification "
                  "infrastructures and supervisory authorities; and"),
        ("li", 2, "the link between electronic authentication and the acceptance of electronic documents in trade "
                  "facilitation."),
        ("np", "6.2", "The Secretariat stands ready to update this note in the light of Members' comments and of "
         "additional information that Members may wish to provide."),
    ],
    "footnotes": {},
}

# ---------------------------------------------------------------------------
# 5. Conseil du commerce des services, classification des services informatiques, 2011
#    (français, PDF)
# ---------------------------------------------------------------------------
DOCS["conseil-services-classification-services-informatiques-2011.pdf"] = {
    "format": "pdf", "variant": True, "layout": "fr",
    "font": "Helvetica", "size": 10,
    "org": "ORGANISATION MONDIALE DU COMMERCE", "org_lines": ["ORGANISATION MONDIALE", "DU COMMERCE"],
    "symbol": "S/C/W/358", "date": "20 juillet 2011", "job": "(11-3702)",
    "body_line": "Conseil du commerce des services", "original": "Original : anglais",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "CLASSIFICATION DES SERVICES INFORMATIQUES ET SERVICES CONNEXES"),
        ("center", "Rapport de situation du Président du Conseil du commerce des services"),
        ("h", "1.", "INTRODUCTION"),
        ("np", "1.1", "Le présent rapport est présenté par le Président du Conseil du commerce des services sous "
         "sa propre responsabilité. Il rend compte des discussions que le Conseil a consacrées, dans le cadre du "
         "Programme de travail sur le commerce électronique, à la classification des services informatiques et "
         "services connexes lors de ses réunions du 25 mars, du 27 mai et du 4 juillet 2011."),
        ("np", "1.2", "Le mandat du Conseil découle du Programme de travail adopté par le Conseil général en "
         "septembre 1998, qui le chargeait d'examiner le traitement du commerce électronique dans le cadre "
         "juridique de l'Accord général sur le commerce des services (AGCS), y compris la classification des "
         "services.[^1] Dès son rapport de 1999, le Conseil avait relevé que cette question méritait un examen "
         "plus approfondi."),
        ("np", "1.3", "Les débats se sont appuyés sur la note d'information du Secrétariat consacrée aux services "
         "informatiques et services connexes, diffusée en 2009 sous la cote S/C/W/300, ainsi que sur des "
         "contributions écrites du Canada, de l'Union européenne et de la Suisse."),
        ("h", "2.", "LA CLASSIFICATION EN VIGUEUR"),
        ("np", "2.1", "La plupart des Membres ont inscrit leurs engagements relatifs aux services informatiques "
         "sur la base de la Liste de classification sectorielle des services (document MTN.GNS/W/120), dont la "
         "rubrique 1.B renvoie à la division 84 de la Classification centrale de produits provisoire (CPC prov.) "
         "des Nations Unies. Cette rubrique comprend cinq sous-secteurs : les services de consultation en matière "
         "d'installation des matériels informatiques (CPC 841), les services de réalisation de logiciels "
         "(CPC 842), les services de traitement de données (CPC 843), les services de bases de données "
         "(CPC 844) et les autres services (CPC 845 et 849)."),
        ("np", "2.2", "La version 2 de la CPC, publiée en 2008, a profondément restructuré ces catégories. Elle "
         "distingue notamment les services de conseil en technologies de l'information, les services de "
         "conception et de développement informatiques, les services d'hébergement et de fourniture "
         "d'infrastructures informatiques et les services de gestion de réseaux, et elle classe ailleurs certains "
         "services en ligne, comme la fourniture de contenus. La correspondance entre la CPC provisoire et la "
         "version 2 n'est donc pas toujours univoque."),
        ("np", "2.3", "Selon les informations fournies par le Secrétariat, 93 Membres avaient pris des engagements "
         "dans au moins un sous-secteur des services informatiques au 30 juin 2011, les États membres de l'Union "
         "européenne étant comptés comme un seul Membre.[^2] Il s'agit de l'un des secteurs où le niveau "
         "d'engagement est le plus élevé, et la plupart des engagements ne comportent aucune limitation pour les "
         "modes 1 et 2."),
        ("h", "3.", "POINTS DE VUE EXPRIMÉS"),
        ("np", "3.1", "Plusieurs délégations ont estimé que la classification existante demeurait adéquate. Selon "
         "elles, la division 84 couvre toutes les fonctions de base des services informatiques, indépendamment de "
         "la technologie employée ou du mode de livraison, y compris lorsque ces services sont fournis par voie "
         "électronique. Une révision de la classification risquerait au contraire de créer une incertitude sur la "
         "portée des engagements existants."),
        ("np", "3.2", "Ces délégations ont rappelé la proposition d'entente sur la portée de la division 84 de la "
         "CPC présentée par un groupe de Membres dans le cadre des négociations sur les services.[^3] Cette "
         "entente vise à confirmer que les engagements relatifs aux services informatiques englobent l'ensemble "
         "des services permettant d'assurer des fonctions informatiques, qu'ils soient fournis isolément ou en "
         "combinaison avec d'autres services."),
        ("np", "3.3", "D'autres délégations, notamment de pays en développement, ont fait observer que des "
         "services apparus après la conclusion du Cycle d'Uruguay, comme l'informatique en nuage, les moteurs de "
         "recherche ou les plates-formes de paiement en ligne, se situaient à la frontière entre les services "
         "informatiques, les services de télécommunication et d'autres secteurs. Elles ont mis en garde contre "
         "toute interprétation qui étendrait automatiquement la portée d'engagements pris à une époque où ces "
         "services n'existaient pas."),
        ("np", "3.4", "Une délégation a suggéré que le Conseil examine des cas concrets, par exemple la fourniture "
         "de services de stockage en ligne ou de logiciels hébergés à distance, afin de déterminer dans quelle "
         "rubrique de la liste W/120 ils devraient être classés. Plusieurs Membres ont jugé cette approche utile, "
         "à condition qu'elle demeure de nature exploratoire."),
        ("np", "3.5", "La question de la distinction entre services et marchandises pour les produits numériques, "
         "tels que les logiciels téléchargés, a également été évoquée. Certains Membres ont rappelé que le Conseil "
         "n'avait pas pour mandat de trancher cette question, qui relève du Programme de travail dans son "
         "ensemble."),
        ("h", "4.", "CONCLUSIONS"),
        ("np", "4.1", "Les discussions ont permis de mieux cerner les questions en jeu, mais aucun consensus ne "
         "s'est dégagé sur la nécessité de réviser la classification des services informatiques ou d'adopter une "
         "entente interprétative."),
        ("np", "4.2", "Le Conseil est convenu de poursuivre l'examen de la question à ses prochaines réunions et a "
         "demandé au Secrétariat de mettre à jour sa note d'information de 2009 pour y inclure une table de "
         "correspondance entre la CPC provisoire et la CPC version 2 pour les services informatiques."),
        ("np", "4.3", "Le Président propose que le Conseil prenne note du présent rapport et le transmette au "
         "Conseil général en vue de l'examen du Programme de travail prévu à la réunion de celui-ci de juillet "
         "2011."),
    ],
    "footnotes": {
        "1": "Programme de travail sur le commerce électronique, document WT/L/274 du 30 septembre 1998, "
             "paragraphe 2.1.",
        "2": "Ce chiffre inclut les engagements des Membres ayant accédé à l'OMC depuis 1995, qui sont en "
             "général plus étendus que ceux des Membres originels.",
        "3": "La proposition, diffusée pour la première fois en 2001 et révisée en 2007, était appuyée en 2011 "
             "par une vingtaine de Membres.",
    },
}

# ---------------------------------------------------------------------------
# 6. Atelier sur le commerce numérique et les femmes entrepreneures, 2022 (français, DOCX)
# ---------------------------------------------------------------------------
DOCS["atelier-commerce-numerique-femmes-entrepreneures-2022.docx"] = {
    "format": "docx", "variant": True, "created": (2022, 11, 15), "docx_font": "Calibri",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "JOB/GC/318", "date": "15 novembre 2022", "job": "(22-8563)",
    "running_header": "JOB/GC/318",
    "header_rows": [("Cote :", "JOB/GC/318"), ("Date :", "15 novembre 2022"),
                    ("Langue originale :", "français")],
    "body_line": "Conseil général – Programme de travail sur le commerce électronique",
    "original": "",
    "blocks": [
        ("title", "ATELIER SUR LE COMMERCE NUMÉRIQUE ET LES FEMMES ENTREPRENEURES"),
        ("center", "Rapport de synthèse établi par le Secrétariat"),
        ("p", "Le présent rapport est établi sous la responsabilité du Secrétariat. Il ne reflète pas "
              "nécessairement les vues des Membres et ne préjuge pas de leurs droits et obligations."),
        ("h", "1", "Introduction"),
        ("np", "1.1", "Le 19 octobre 2022, le Secrétariat a organisé au Centre William Rappard, en format hybride, "
         "un atelier consacré aux possibilités et aux obstacles que rencontrent les femmes entrepreneures dans "
         "le commerce numérique. L'atelier s'inscrivait dans le Programme de travail sur le commerce électronique "
         "et a été préparé en coopération avec le Centre du commerce international (ITC) et le Groupe de travail "
         "informel sur le commerce et l'égalité des genres."),
        ("np", "1.2", "Quelque 140 personnes y ont participé, dont 55 en présentiel : des délégués de 62 Membres et "
         "observateurs, des représentants d'organisations internationales et d'associations professionnelles, "
         "ainsi que des entrepreneures venues de quatre continents."),
        ("np", "1.3", "Les coprésidents du Groupe de travail informel, le Botswana, El Salvador et l'Islande, ont "
         "ouvert l'atelier en rappelant que la réduction de la fracture numérique entre les femmes et les hommes "
         "était une condition pour que le commerce électronique contribue à une croissance inclusive."),
        ("h", "2", "Session 1 : financement et paiements numériques"),
        ("np", "2.1", "Les intervenantes ont souligné que l'accès au crédit restait le principal frein à la "
         "croissance des entreprises dirigées par des femmes, souvent dépourvues de garanties ou d'antécédents "
         "bancaires. Une entrepreneure kényane spécialisée dans la vannerie a expliqué que l'argent mobile lui "
         "avait permis d'encaisser les paiements de clients étrangers, mais que les frais de conversion de "
         "devises absorbaient jusqu'à 8 % de la valeur de ses ventes."),
        ("np", "2.2", "Une représentante de la Banque mondiale a présenté les résultats de la base de données "
         "Global Findex 2021 : dans les économies en développement, l'écart entre hommes et femmes pour la "
         "détention d'un compte, y compris d'un compte d'argent mobile, s'est réduit à 6 points de pourcentage."),
        ("h", "3", "Session 2 : compétences numériques et plates-formes"),
        ("np", "3.1", "Plusieurs participantes ont indiqué qu'elles vendaient surtout par l'intermédiaire des "
         "réseaux sociaux plutôt que sur les grandes places de marché en ligne, dont les commissions et les "
         "exigences techniques sont jugées dissuasives pour les très petites entreprises."),
        ("np", "3.2", "Une représentante d'une plate-forme de commerce électronique d'Asie du Sud-Est a présenté un "
         "programme de formation qui avait touché 12 000 vendeuses en 2021 et qui portait sur la photographie des "
         "produits, la fixation des prix et le service à la clientèle."),
        ("np", "3.3", "La délégation de la Jordanie a décrit un programme national de formation aux compétences "
         "numériques destiné aux femmes des zones rurales, qui combine cours en ligne et accompagnement par des "
         "mentors, et a souligné l'importance de contenus disponibles en langue arabe."),
        ("h", "4", "Session 3 : logistique, douanes et retours"),
        ("np", "4.1", "Une exportatrice guatémaltèque de textiles tissés à la main a expliqué que le coût de "
         "l'expédition de petits colis et la gestion des retours représentaient près d'un tiers de son chiffre "
         "d'affaires à l'exportation. D'autres participantes ont plaidé pour des procédures douanières "
         "simplifiées applicables aux envois de faible valeur."),
        ("np", "4.2", "Un représentant de l'Union postale universelle a rappelé que les opérateurs postaux restaient "
         "le principal canal d'expédition pour les microentreprises et a présenté les outils de suivi et de "
         "déclaration électronique mis à leur disposition."),
        ("h", "5", "Session 4 : données et statistiques"),
        ("np", "5.1", "Les intervenants ont déploré le manque de données ventilées par sexe sur le commerce "
         "numérique. Selon les enquêtes de l'ITC citées lors de la session, une entreprise exportatrice sur cinq "
         "seulement est détenue par une femme."),
        ("np", "5.2", "Plusieurs délégations ont suggéré que les examens des politiques commerciales et les "
         "enquêtes nationales sur les entreprises comportent systématiquement des questions sur la propriété et "
         "la direction des entreprises selon le sexe."),
        ("h", "6", "Conclusions et suites à donner"),
        ("np", "6.1", "Les débats ont fait ressortir plusieurs pistes d'action :"),
        ("li", 2, "améliorer la collecte de données ventilées par sexe sur le commerce électronique ;"),
        ("li", 2, "renforcer la formation aux compétences numériques et commerciales ;"),
        ("li", 2, "simplifier les procédures applicables aux petits envois et réduire les coûts des paiements "
                  "transfrontières ;"),
        ("li", 2, "intégrer la dimension de genre dans les débats du Programme de travail sur le commerce "
                  "électronique ; et"),
        ("li", 2, "réunir les bonnes pratiques des Membres dans un recueil."),
        ("np", "6.2", "Le Secrétariat propose de présenter au Conseil général, au cours du premier semestre de "
         "2023, une compilation des bonnes pratiques communiquées par les Membres."),
    ],
    "footnotes": {},
}

# ---------------------------------------------------------------------------
# 7. Débat spécifique sur le commerce électronique, le développement et les PME, 2013
#    (français, HTML)
# ---------------------------------------------------------------------------
DOCS["debat-specifique-developpement-pme-2013.html"] = {
    "format": "html", "variant": True, "lang": "fr",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "WT/GC/W/672", "date": "30 avril 2013", "job": "(13-2288)",
    "body_line": "Conseil général", "original": "Original : anglais",
    "page_title": "WT/GC/W/672 – Débat spécifique sur le commerce électronique, le développement et les PME",
    "saved_from": "https://docs-en-ligne.example.org/fr/WT/GC/W672.html",
    "card": ["WT/GC/W/672", "30/04/2013", "Conseil général", "Rapport", "anglais, espagnol, français"],
    "related": [
        ("#wtl843", "WT/L/843 – Programme de travail sur le commerce électronique – Décision ministérielle du "
                    "17 décembre 2011"),
        ("#wtl274", "WT/L/274 – Programme de travail sur le commerce électronique (1998)"),
        ("#mc9", "Neuvième Conférence ministérielle, Bali, 3-6 décembre 2013"),
        ("#ecom", "Page thématique : commerce électronique"),
    ],
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("center", "Débat spécifique sur le commerce électronique, le développement et les petites et moyennes "
                   "entreprises – Rapport du facilitateur"),
        ("np", "1.", "Dans leur décision du 17 décembre 2011, les Ministres ont demandé au Conseil général de "
         "poursuivre le Programme de travail sur le commerce électronique en accordant une attention "
         "particulière à sa dimension du développement et à l'accès des micro, petites et moyennes entreprises, "
         "y compris les petits producteurs, au commerce électronique.[^1] C'est dans ce cadre que le Conseil "
         "général a tenu, le 8 avril 2013, un débat spécifique consacré à ces questions."),
        ("np", "2.", "Le débat a été conduit par le Vice-Président du Conseil général, agissant en qualité de "
         "facilitateur. Outre les délégations, des représentants de la CNUCED, de l'Union internationale des "
         "télécommunications (UIT) et du Centre du commerce international y ont participé. Le présent rapport est "
         "établi sous la responsabilité du facilitateur."),
        ("np", "3.", "En introduction, l'UIT a indiqué qu'environ 2,4 milliards de personnes utilisaient "
         "l'Internet à la fin de 2012, mais que le taux de pénétration n'atteignait qu'environ 6 % dans les pays "
         "les moins avancés, contre plus de 70 % dans les pays développés.[^2] La CNUCED a souligné que "
         "l'essor des réseaux mobiles offrait aux pays en développement une occasion de rattraper une partie de "
         "ce retard."),
        ("h", "I.", "Infrastructures et connectivité"),
        ("np", "4.", "La délégation du Kenya a présenté l'expérience de son pays en matière d'argent mobile. Le "
         "service M-Pesa, lancé en 2007, comptait selon elle plus de 17 millions d'utilisateurs et avait permis à "
         "de nombreux petits commerçants d'accepter des paiements sans compte bancaire. Le Kenya a également "
         "indiqué que l'arrivée des câbles sous-marins en 2009 avait fortement réduit le coût de la bande "
         "passante internationale."),
        ("np", "5.", "La délégation de Sri Lanka a décrit le réseau de télécentres communautaires Nenasala, qui "
         "offre un accès à l'Internet et une formation de base dans les zones rurales. Plusieurs délégations de "
         "pays en développement ont insisté sur le coût élevé de la connectivité et sur l'insuffisance des "
         "infrastructures dans les zones rurales."),
        ("h", "II.", "Petites et moyennes entreprises et paiements"),
        ("np", "6.", "La délégation de la Chine a indiqué que les ventes au détail en ligne avaient dépassé "
         "1 300 milliards de yuans en 2012 et qu'une large part de ces ventes était réalisée par de petites "
         "entreprises utilisant des plates-formes de commerce électronique."),
        ("np", "7.", "L'Union européenne a présenté son cadre juridique, notamment la directive de 2000 sur le "
         "commerce électronique, et les objectifs de sa stratégie numérique en matière de commerce en ligne "
         "transfrontière. Les États-Unis ont souligné le rôle des places de marché en ligne, qui permettent aux "
         "petites entreprises d'atteindre des clients étrangers sans présence physique à l'étranger."),
        ("np", "8.", "La délégation de Cuba a fait valoir que l'accès aux technologies et aux logiciels restait "
         "inégal et que certaines restrictions empêchaient des entreprises de pays en développement d'utiliser "
         "des services de paiement en ligne internationaux."),
        ("h", "III.", "Autres questions soulevées"),
        ("np", "9.", "Plusieurs délégations ont évoqué la confiance des consommateurs, la protection des données, "
         "la transparence des réglementations et le moratoire sur les droits de douane sur les transmissions "
         "électroniques. Certains participants ont également mentionné les négociations en cours sur "
         "l'élargissement de la couverture des produits de l'Accord sur les technologies de l'information."),
        ("h", "IV.", "Observations du facilitateur"),
        ("np", "10.", "Le facilitateur retient de ce débat les points suivants :"),
        ("sub", "i.", "les participants ont largement reconnu que le commerce électronique pouvait aider les PME "
         "des pays en développement à s'intégrer dans les chaînes de valeur, à condition de disposer d'une "
         "connectivité abordable ;"),
        ("sub", "ii.", "l'argent mobile et les paiements électroniques ont été cités comme des leviers essentiels "
         "pour les petits producteurs ;"),
        ("sub", "iii.", "l'assistance technique et le renforcement des capacités demeurent indispensables, en "
         "particulier pour les pays les moins avancés."),
        ("np", "11.", "Le facilitateur suggère que le Conseil général envisage de tenir un deuxième débat "
         "spécifique au cours du second semestre de 2013, consacré aux aspects réglementaires du commerce "
         "électronique, et qu'il tienne compte des présentes conclusions dans le rapport qu'il adressera à la "
         "neuvième Conférence ministérielle, prévue à Bali en décembre 2013."),
    ],
    "footnotes": {
        "1": "Programme de travail sur le commerce électronique – Décision ministérielle du 17 décembre 2011, "
             "document WT/L/843.",
        "2": "Les chiffres cités par l'UIT étaient des estimations provisoires pour l'année 2012.",
    },
}

# ---------------------------------------------------------------------------
# 8. Examen des politiques commerciales – Maroc – extrait sur le commerce électronique, 2016
#    (français, TXT extrait d'un PDF)
# ---------------------------------------------------------------------------
DOCS["examen-politiques-commerciales-maroc-commerce-electronique-2016.txt"] = {
    "format": "txt", "variant": True,
    "org": "ORGANISATION MONDIALE DU COMMERCE", "org_lines": ["ORGANISATION MONDIALE", "DU COMMERCE"],
    "symbol": "WT/TPR/S/329", "date": "2 février 2016", "job": "(16-0611)",
    "page_first": "Page : 84", "page_start": 84, "running_header": "WT/TPR/S/329 • Maroc",
    "body_line": "Organe d'examen des politiques commerciales", "original": "Original : français",
    "blocks": [
        ("title", "EXAMEN DES POLITIQUES COMMERCIALES"),
        ("title", "RAPPORT DU SECRÉTARIAT"),
        ("title", "ROYAUME DU MAROC"),
        ("center", "Extrait – Section 4.5.3 : Technologies de l'information et commerce électronique"),
        ("np", "4.121.", "Le développement de l'économie numérique est l'un des axes de la politique de "
         "diversification du Maroc. La stratégie Maroc Numeric 2013, lancée en 2009, visait notamment à "
         "dématérialiser les services publics, à favoriser l'informatisation des PME et à développer les "
         "activités d'externalisation. Selon les autorités, un nouveau plan, Maroc Digital 2020, était en "
         "préparation au moment de la rédaction du présent rapport."),
        ("np", "4.122.", "Selon l'Agence nationale de réglementation des télécommunications (ANRT), le nombre "
         "d'abonnés à l'Internet atteignait 10,2 millions à la fin de 2014, dont plus de 90 % par l'Internet "
         "mobile, contre moins de 2 millions à la fin de 2009.[^1] Le taux de pénétration de l'Internet fixe "
         "reste faible en dehors des grandes villes."),
        ("np", "4.123.", "La loi n° 53-05 relative à l'échange électronique de données juridiques, promulguée en "
         "2007, reconnaît à l'écrit électronique la même force probante que l'écrit sur papier et consacre la "
         "signature électronique.[^2] Elle distingue la signature électronique sécurisée, qui repose sur un "
         "certificat délivré par un prestataire de services de certification agréé. L'ANRT est l'autorité "
         "nationale chargée de l'agrément et de la surveillance de ces prestataires. À la fin de 2015, un seul "
         "prestataire avait été agréé, Barid Al-Maghrib, l'opérateur postal national, qui délivre des "
         "certificats sous la marque Barid eSign."),
        ("np", "4.124.", "La protection des données à caractère personnel est régie par la loi n° 09-08 de 2009, "
         "dont l'application est contrôlée par la Commission nationale de contrôle de la protection des données "
         "à caractère personnel (CNDP), créée en 2010. Le transfert de données vers un pays étranger est libre "
         "si ce pays assure un niveau de protection suffisant; à défaut, il est soumis à l'autorisation "
         "préalable de la CNDP. Les autorités ont indiqué que la CNDP avait reçu quelque 6 400 déclarations et "
         "demandes d'autorisation entre 2011 et 2014."),
        ("np", "4.125.", "La loi n° 31-08 édictant des mesures de protection du consommateur, promulguée en 2011, "
         "comporte un chapitre sur les contrats conclus à distance, y compris par voie électronique.[^3] Le "
         "fournisseur doit communiquer au consommateur, avant la conclusion du contrat, des informations sur son "
         "identité, les caractéristiques du produit, le prix et les modalités de livraison. Le consommateur "
         "dispose d'un délai de sept jours pour exercer son droit de rétractation; ce délai est porté à trente "
         "jours lorsque le fournisseur n'a pas respecté ses obligations d'information."),
        ("np", "4.126.", "Les paiements en ligne par carte bancaire sont traités par le Centre monétique "
         "interbancaire (CMI). Selon les données du CMI, le nombre de paiements en ligne est passé de 1,1 million "
         "en 2011 à 4,9 millions en 2014, pour un montant total de 2,3 milliards de dirhams en 2014. Environ 550 "
         "sites marchands étaient affiliés au service de paiement en ligne du CMI à la fin de 2014."),
        ("np", "4.127.", "Le Maroc n'applique pas de droits de douane aux transmissions électroniques et soutient "
         "le maintien du moratoire de l'OMC. Les logiciels importés sur support physique sont soumis à un droit "
         "de douane de 2,5 %. Aucune disposition fiscale spécifique ne vise à ce jour les services fournis en "
         "ligne par des prestataires non résidents."),
        ("np", "4.128.", "En matière de cybersécurité, la Direction générale de la sécurité des systèmes "
         "d'information, créée en 2011, est chargée de la mise en œuvre de la stratégie nationale adoptée en "
         "2012. Le Maroc a été invité à adhérer à la Convention du Conseil de l'Europe sur la cybercriminalité, "
         "et la procédure d'adhésion était en cours."),
        ("np", "4.129.", "Les autorités considèrent que le faible recours des consommateurs au paiement en ligne, la "
         "préférence pour le paiement à la livraison et le coût de la logistique demeurent les principaux "
         "obstacles au développement du commerce électronique au Maroc."),
    ],
    "footnotes": {
        "1": "ANRT, Tableau de bord du marché de l'Internet, quatrième trimestre 2014.",
        "2": "Loi n° 53-05 promulguée par le dahir n° 1-07-129 du 30 novembre 2007.",
        "3": "Loi n° 31-08 promulguée par le dahir n° 1-11-03 du 18 février 2011, articles 25 à 44.",
    },
}

# ---------------------------------------------------------------------------
# 9. Comité OTC – comercio electrónico y seguridad de los productos vendidos en línea, 2025
#    (español, PDF)
# ---------------------------------------------------------------------------
DOCS["comite-otc-ventas-en-linea-seguridad-productos-2025.pdf"] = {
    "format": "pdf", "variant": True, "layout": "es",
    "font": "Helvetica", "size": 10,
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL DEL COMERCIO"],
    "symbol": "G/TBT/W/812", "date": "18 de marzo de 2025", "job": "(25-1873)",
    "body_line": "Comité de Obstáculos Técnicos al Comercio", "original": "Original: inglés",
    "blocks": [
        ("title", "EL COMERCIO ELECTRÓNICO DE MERCANCÍAS Y LA CONFORMIDAD DE LOS PRODUCTOS VENDIDOS EN LÍNEA"),
        ("center", "Resumen de la sesión temática del 13 de noviembre de 2024 – Nota de la Secretaría"),
        ("np", "1.", "De conformidad con su plan de trabajo para 2024, el Comité celebró el 13 de noviembre de "
         "2024 una sesión temática sobre el comercio electrónico de mercancías y la conformidad de los productos "
         "vendidos en línea. La presente nota, preparada bajo la responsabilidad de la Secretaría, resume las "
         "presentaciones y el debate posterior.[^1]"),
        ("np", "2.", "La sesión, moderada por la Secretaría, contó con la participación de representantes de "
         "autoridades de vigilancia del mercado de nueve Miembros, de la Organización Mundial de Aduanas, de la "
         "OCDE y de una asociación de plataformas de comercio electrónico. Asistieron a ella unos 180 "
         "delegados, presencialmente o a distancia."),
        ("h", "A.", "Contexto"),
        ("np", "3.", "Los ponentes coincidieron en que el auge de las ventas minoristas transfronterizas en línea "
         "ha multiplicado los envíos de escaso valor remitidos directamente a los consumidores. La Unión Europea "
         "informó de que en 2023 habían entrado en su territorio unos 2 400 millones de envíos de escaso valor y "
         "de que la cifra prevista para 2024 rondaba los 4 000 millones."),
        ("np", "4.", "Los ponentes señalaron cuatro dificultades principales:"),
        ("sub", "(a)", "la identificación de un operador responsable cuando el fabricante está establecido fuera "
         "del territorio del Miembro importador;"),
        ("sub", "(b)", "la situación jurídica de los mercados en línea, que en muchas legislaciones no se "
         "consideran importadores ni distribuidores;"),
        ("sub", "(c)", "el volumen de los envíos, que supera la capacidad de control de las autoridades de "
         "vigilancia del mercado y de las aduanas; y"),
        ("sub", "(d)", "la información facilitada al consumidor, en particular el marcado, las advertencias y las "
         "instrucciones en el idioma del país de destino."),
        ("h", "B.", "Experiencias de los Miembros"),
        ("np", "5.", "La Unión Europea presentó el Reglamento (UE) 2023/988 relativo a la seguridad general de los "
         "productos, aplicable desde el 13 de diciembre de 2024.[^2] Este Reglamento obliga a los mercados en "
         "línea a registrarse en el portal Safety Gate y a dar curso en un plazo de dos días hábiles a las "
         "órdenes de las autoridades de retirar contenidos relativos a productos peligrosos. La Unión Europea "
         "recordó además que, desde 2021, ciertos productos solo pueden comercializarse si un operador económico "
         "establecido en la Unión asume la responsabilidad de su conformidad."),
        ("np", "6.", "Australia describió su Compromiso de Seguridad de los Productos, de carácter voluntario, "
         "suscrito por cuatro plataformas en su lanzamiento en 2020 y por otras desde entonces. Las plataformas "
         "firmantes se comprometen a retirar los anuncios de productos peligrosos en un plazo de dos días "
         "hábiles desde la notificación de la autoridad de defensa de la competencia y del consumidor."),
        ("np", "7.", "Los Estados Unidos se refirieron a la Ley INFORM Consumers, en vigor desde junio de 2023, "
         "que obliga a los mercados en línea a verificar la identidad de los vendedores terceros de gran volumen "
         "y a facilitar a los consumidores un medio para señalar actividades sospechosas."),
        ("np", "8.", "El Brasil explicó que su organismo nacional de metrología, el Inmetro, había concertado "
         "acuerdos de cooperación con las principales plataformas que operan en el país para retirar los "
         "anuncios de productos sujetos a certificación obligatoria que no la tuvieran. Kenya describió su "
         "programa de verificación de la conformidad previa a la exportación, que se aplica también a las "
         "mercancías compradas en línea cuyo valor supera un determinado umbral."),
        ("h", "C.", "Cooperación internacional"),
        ("np", "9.", "La OCDE presentó su portal mundial de retiradas de productos, GlobalRecalls, en funcionamiento "
         "desde 2012, que reúne las alertas publicadas por las autoridades de numerosas jurisdicciones. La "
         "Organización Mundial de Aduanas se refirió a su Marco de Normas sobre el Comercio Electrónico "
         "Transfronterizo y a la importancia de los datos electrónicos anticipados para seleccionar los envíos "
         "que deben controlarse."),
        ("h", "D.", "Debate"),
        ("np", "10.", "Varios Miembros se preguntaron si las obligaciones impuestas a las plataformas constituyen "
         "reglamentos técnicos o procedimientos de evaluación de la conformidad en el sentido del Acuerdo OTC. "
         "La Secretaría recordó que corresponde a cada Miembro determinar si una medida se ajusta a esas "
         "definiciones y, en tal caso, notificarla en la etapa de proyecto."),
        ("np", "11.", "La Secretaría indicó que, entre 2015 y 2024, los Miembros habían presentado 143 "
         "notificaciones que mencionaban el comercio electrónico, y que alrededor del 60 % de ellas se habían "
         "presentado a partir de 2020.[^3] Algunos Miembros en desarrollo pidieron asistencia técnica para "
         "reforzar la vigilancia del mercado de los productos vendidos en línea."),
        ("h", "E.", "Observaciones finales"),
        ("np", "12.", "De la sesión se desprenden las siguientes observaciones:"),
        ("sub", "i.", "la cooperación entre autoridades de vigilancia del mercado, aduanas y plataformas es "
         "indispensable para controlar los volúmenes actuales;"),
        ("sub", "ii.", "la transparencia sobre las medidas dirigidas a los mercados en línea ayudaría a evitar "
         "obstáculos innecesarios al comercio;"),
        ("sub", "iii.", "el intercambio de información sobre productos retirados reduce la duplicación de "
         "esfuerzos entre jurisdicciones."),
        ("np", "13.", "El Comité acordó volver a examinar la cuestión en una sesión temática que se celebrará en "
         "2026, sobre la base de las experiencias que comuniquen los Miembros.[^4]"),
    ],
    "footnotes": {
        "1": "Las presentaciones de los ponentes pueden consultarse en la página web del Comité.",
        "2": "Reglamento (UE) 2023/988 del Parlamento Europeo y del Consejo, de 10 de mayo de 2023.",
        "3": "Búsqueda efectuada el 31 de enero de 2025 en el Sistema de Gestión de la Información OTC con las "
             "palabras clave comercio electrónico, en línea y plataforma.",
        "4": "La fecha de la sesión temática de 2026 se fijará en el plan de trabajo del Comité para ese año.",
    },
}

# ---------------------------------------------------------------------------
# 10. Iniciativa Conjunta – informe de situación de los coconvocantes, 2020 (español, HTML)
# ---------------------------------------------------------------------------
DOCS["iniciativa-conjunta-informe-coconvocantes-2020.html"] = {
    "format": "html", "variant": True, "lang": "es",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "symbol": "INF/ECOM/61", "date": "14 de diciembre de 2020", "job": "(20-9012)",
    "body_line": "Declaración Conjunta sobre el Comercio Electrónico", "original": "Original: inglés",
    "page_title": "INF/ECOM/61 – Informe de situación de los coconvocantes",
    "saved_from": "https://documentos-en-linea.example.org/es/INF/ECOM61.html",
    "card": ["INF/ECOM/61", "14/12/2020", "Iniciativa Conjunta sobre el Comercio Electrónico", "Informe",
             "español, francés, inglés"],
    "related": [
        ("#wtl1056", "WT/L/1056 – Declaración Conjunta sobre el Comercio Electrónico (25 de enero de 2019)"),
        ("#infecom62", "INF/ECOM/62 – Texto de negociación consolidado (distribución restringida)"),
        ("#wtl1079", "WT/L/1079 – Programa de Trabajo sobre el Comercio Electrónico – Decisión de 10 de "
                     "diciembre de 2019"),
        ("#jsi", "Página temática: Iniciativas conjuntas"),
    ],
    "blocks": [
        ("title", "DECLARACIÓN CONJUNTA SOBRE EL COMERCIO ELECTRÓNICO"),
        ("center", "Informe de situación de los coconvocantes (Australia, el Japón y Singapur)"),
        ("h", "1.", "Introducción"),
        ("np", "1.1", "Los coconvocantes presentan este informe tras la última reunión plenaria del año, celebrada "
         "en formato virtual los días 9 y 10 de diciembre de 2020. El informe se elabora bajo su propia "
         "responsabilidad y se entiende sin perjuicio de las posiciones de los participantes."),
        ("np", "1.2", "Desde la Declaración Conjunta de Davos del 25 de enero de 2019, en la que los participantes "
         "confirmaron su intención de iniciar negociaciones, que comenzaron en marzo de 2019, el número de "
         "participantes ha pasado de 76 a 86 Miembros de la OMC, que en conjunto representan más del 90 % del "
         "comercio mundial.[^1]"),
        ("np", "1.3", "A raíz de la pandemia de COVID-19, las reuniones pasaron a celebrarse en formato virtual o "
         "híbrido a partir de marzo de 2020. A pesar de ello, en 2020 se celebraron seis rondas de negociación y "
         "más de 50 reuniones de grupos reducidos."),
        ("h", "2.", "Avances en 2020"),
        ("np", "2.1", "El 14 de diciembre de 2020 se distribuyó a los participantes un texto de negociación "
         "consolidado (INF/ECOM/62), que refleja el estado de las negociaciones en todos los temas y sustituye a "
         "los textos de recopilación anteriores."),
        ("np", "2.2", "Los grupos reducidos, dirigidos por facilitadores, trabajaron en particular sobre los "
         "mensajes comerciales electrónicos no solicitados, las firmas y la autenticación electrónicas, los "
         "contratos electrónicos, la protección del consumidor en línea, los datos gubernamentales abiertos, el "
         "acceso abierto a Internet y la transparencia."),
        ("np", "2.3", "Se han obtenido textos depurados sobre dos artículos: los mensajes comerciales "
         "electrónicos no solicitados y las firmas y la autenticación electrónicas. Se ha registrado además una "
         "convergencia avanzada en materia de protección del consumidor en línea, contratos electrónicos y "
         "datos gubernamentales abiertos."),
        ("np", "2.4", "En cambio, los participantes mantienen posiciones divergentes sobre los flujos "
         "transfronterizos de datos, la localización de las instalaciones informáticas, la protección del "
         "código fuente y los derechos de aduana sobre las transmisiones electrónicas. Los coconvocantes "
         "consideran que estas cuestiones exigirán decisiones políticas en 2021."),
        ("h", "3.", "Desarrollo y participación inclusiva"),
        ("np", "3.1", "Entre los participantes figuran Miembros de todos los niveles de desarrollo, entre ellos "
         "cuatro países menos adelantados. Varios participantes en desarrollo han propuesto períodos de "
         "transición para la aplicación de determinadas disposiciones y un mecanismo de asistencia técnica "
         "vinculado al futuro acuerdo."),
        ("np", "3.2", "Los coconvocantes han organizado sesiones informativas abiertas a todos los Miembros de la "
         "OMC, incluidos los que no participan en la iniciativa, y seguirán haciéndolo para garantizar la "
         "transparencia del proceso."),
        ("h", "4.", "Próximos pasos"),
        ("np", "4.1", "Los participantes se proponen lograr una convergencia sobre la mayoría de las cuestiones "
         "antes de la Duodécima Conferencia Ministerial, con el objetivo de concluir posteriormente un acuerdo "
         "de alto nivel que incluya al mayor número posible de Miembros."),
        ("np", "4.2", "La primera ronda de negociación de 2021 se celebrará en febrero, y en julio de 2021 se hará "
         "un balance de la situación en una reunión plenaria. Los grupos reducidos se concentrarán en la "
         "protección del consumidor en línea, los contratos electrónicos y los datos gubernamentales abiertos."),
        ("np", "4.3", "Los coconvocantes invitan a los Miembros que aún no lo han hecho a sumarse a la "
         "iniciativa, que sigue abierta a todos los Miembros de la OMC."),
    ],
    "footnotes": {
        "1": "El número de participantes indicado corresponde a la situación al 10 de diciembre de 2020.",
    },
}

# ---------------------------------------------------------------------------
# 11. Comunicación sobre los ingresos arancelarios en juego por la moratoria, 2023
#     (español, Markdown)
# ---------------------------------------------------------------------------
DOCS["comunicacion-moratoria-ingresos-arancelarios-2023.md"] = {
    "format": "md", "variant": True,
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "symbol": "WT/GC/W/910", "date": "7 de noviembre de 2023", "job": "(23-7521)",
    "body_line": "Consejo General", "original": "Original: español",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "La moratoria sobre los derechos de aduana a las transmisiones electrónicas: ¿cuántos ingresos "
                  "están realmente en juego?"),
        ("center", "Comunicación de Costa Rica, Guatemala, Panamá y el Uruguay"),
        ("p", "La siguiente comunicación, de fecha 3 de noviembre de 2023, se distribuye a petición de las "
              "delegaciones de Costa Rica, Guatemala, Panamá y el Uruguay."),
        ("np", "1.", "En la Duodécima Conferencia Ministerial, celebrada en Ginebra en junio de 2022, los "
         "Ministros acordaron mantener la práctica de no imponer derechos de aduana a las transmisiones "
         "electrónicas hasta la Decimotercera Conferencia Ministerial, y dispusieron que la moratoria expiraría "
         "el 31 de marzo de 2024 si dicha Conferencia se aplazaba más allá de esa fecha.[^1] La CM13 se "
         "celebrará en Abu Dabi del 26 al 29 de febrero de 2024."),
        ("np", "2.", "Buena parte del debate sobre la moratoria gira en torno a los ingresos arancelarios a los "
         "que los Miembros renunciarían. Las estimaciones disponibles difieren mucho. Un estudio de la UNCTAD de "
         "2019 cifró los ingresos potenciales no percibidos en 2017 en más de 10 000 millones de dólares "
         "EE.UU.,[^2] mientras que un estudio de la OCDE del mismo año los situó entre el 0,08 % y el 0,23 % "
         "de los ingresos públicos totales de los países considerados.[^3]"),
        ("np", "3.", "Estas diferencias obedecen sobre todo a los supuestos utilizados: el grado en que las "
         "transmisiones electrónicas sustituyen a las mercancías físicas, la inclusión o no de los servicios y la "
         "utilización de los tipos consolidados o de los tipos efectivamente aplicados."),
        ("np", "4.", "Para aportar datos propios al debate, nuestras delegaciones estimaron los ingresos que "
         "podrían recaudarse si los tipos NMF aplicados a los equivalentes físicos se aplicaran a las "
         "transmisiones electrónicas de contenido equivalente. El cálculo se basa en las importaciones de "
         "productos digitalizables de los capítulos 37, 49, 85 y 95 del Sistema Armonizado en el período "
         "2019-2021 y supone una sustitución completa de los soportes físicos.[^4]"),
        ("np", "5.", "Los resultados muestran que los ingresos en juego son modestos. En promedio anual, los "
         "ingresos potenciales ascenderían a 2,9 millones de dólares en Costa Rica, 4,1 millones en Guatemala, "
         "1,3 millones en Panamá y 3,6 millones en el Uruguay. En ningún caso superan el 0,05 % de los ingresos "
         "tributarios totales."),
        ("caption", "Cuadro 1: Ingresos arancelarios potenciales, promedio anual 2019-2021"),
        ("table", [
            ["Miembro", "Millones de USD", "% de los ingresos tributarios"],
            ["Costa Rica", "2,9", "0,02"],
            ["Guatemala", "4,1", "0,05"],
            ["Panamá", "1,3", "0,01"],
            ["Uruguay", "3,6", "0,03"],
        ]),
        ("np", "6.", "A estos ingresos habría que restar el costo de su recaudación. Valorar y controlar las "
         "transmisiones electrónicas exigiría nuevos sistemas informáticos y procedimientos, y según nuestras "
         "administraciones aduaneras el costo de administración podría absorber una parte sustancial de lo "
         "recaudado."),
        ("np", "7.", "La imposición de derechos encarecería además los insumos digitales de las empresas, en "
         "particular de las microempresas y las pequeñas y medianas empresas. En Costa Rica, los servicios que "
         "pueden prestarse por medios digitales representaron en 2022 más de la mitad de las exportaciones "
         "totales de servicios."),
        ("np", "8.", "Los impuestos internos ofrecen un instrumento más eficaz y no discriminatorio para gravar el "
         "consumo de productos digitales. El Uruguay aplica el impuesto al valor agregado a los servicios "
         "digitales prestados por proveedores no residentes desde 2018, y Costa Rica desde 2020.[^5]"),
        ("np", "9.", "En consecuencia, nuestras delegaciones proponen:"),
        ("sub", "(a)", "que la CM13 renueve la moratoria, preferiblemente con carácter permanente;"),
        ("sub", "(b)", "que el Programa de Trabajo prosiga con debates basados en datos sobre los efectos fiscales "
         "y económicos de la moratoria;"),
        ("sub", "(c)", "que la Secretaría recopile, con carácter voluntario, los datos que faciliten los Miembros "
         "sobre sus importaciones de productos digitalizables; y"),
        ("sub", "(d)", "que se preste asistencia técnica a los Miembros que deseen aplicar impuestos internos a "
         "los servicios digitales."),
    ],
    "footnotes": {
        "1": "Decisión Ministerial de 17 de junio de 2022, documento WT/MIN(22)/32.",
        "2": "UNCTAD, Growing Trade in Electronic Transmissions: Implications for the South, Research Paper "
             "N° 29, 2019.",
        "3": "A. Andrenelli y J. López González, Electronic transmissions and international trade – shedding new "
             "light on the moratorium debate, Documentos de política comercial de la OCDE N° 233, 2019.",
        "4": "Datos de importación de las administraciones aduaneras nacionales; tipos NMF aplicados en 2021. "
             "Las cifras se expresan en dólares corrientes de los Estados Unidos.",
        "5": "Uruguay: Ley N° 19.535 de 2017; Costa Rica: Ley N° 9635 de Fortalecimiento de las Finanzas "
             "Públicas, de 2018, en vigor para los servicios digitales desde el 1 de octubre de 2020.",
    },
}
