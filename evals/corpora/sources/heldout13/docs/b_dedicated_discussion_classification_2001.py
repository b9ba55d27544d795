"""B. English, 2001, DOCX with a three-column header table ("table3"), headings and paragraphs
numbered by hand, Word footnotes: the Secretariat's summary of the first dedicated
discussion on electronic commerce under the General Council (classification)."""

NAME = "dedicated-discussion-classification-summary-2001.docx"

DOC = {
    "format": "docx", "variant": True, "lang": "en", "created": (2001, 7, 6), "letterhead": "table3",
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "WT/GC/W/436", "date": "6 July 2001", "job": "(01-3378)",
    "body_line": "General Council", "original": "Original: English",
    "running_header": "WT/GC/W/436", "page_word": "Page",
    "blocks": [
        ("title", "DEDICATED DISCUSSION ON ELECTRONIC COMMERCE UNDER THE AUSPICES OF THE GENERAL COUNCIL "
         "ON 15 JUNE 2001"),
        ("center", "Summary by the Secretariat of the Issues Raised[^1]"),
        ("h", "A.", "INTRODUCTION"),
        ("np", "1", "At its meeting of 8 May 2001, the General Council agreed that the cross-cutting issues "
         "identified in the Work Programme on Electronic Commerce would be taken up in a series of dedicated "
         "discussions held under its auspices, rather than in each of the four bodies charged with the "
         "Work Programme.[^2] The first of these discussions took place on 15 June 2001 and was chaired by "
         "the Chairman of the General Council."),
        ("np", "2", "The discussion was devoted to the classification of the content of certain electronic "
         "transmissions. Some 25 delegations took the floor. Written contributions had been circulated "
         "beforehand by Australia, the European Communities and the United States. This summary, prepared "
         "at the request of the Chairman, records the main points made; it does not attribute positions "
         "to individual delegations unless they asked that this be done."),
        ("h", "B.", "THE QUESTION BEFORE MEMBERS"),
        ("np", "3", "Products such as software, films, music, books and databases can be delivered on a "
         "physical carrier, such as a disk or a printed volume, or transmitted electronically over the "
         "Internet. When they cross a border on a carrier, they are treated as goods and are subject to "
         "customs procedures. The question is how the WTO rules apply when the same content is delivered "
         "in digitized form, with no carrier at all."),
        ("np", "4", "The answer matters because the disciplines differ. Under the GATT 1994, national "
         "treatment and most-favoured-nation treatment apply generally to all goods. Under the GATS, "
         "market access and national treatment apply only in the sectors and modes of supply that a Member "
         "has inscribed in its schedule, and most-favoured-nation exemptions may have been taken."),
        ("h", "C.", "VIEWS EXPRESSED"),
        ("np", "5", "A large number of delegations considered that electronically delivered products are "
         "services and that the GATS therefore applies. In their view, a transmission over a network is "
         "by its nature the supply of a service, and nearly all of the content concerned falls within "
         "sectors already covered by the Services Sectoral Classification List,[^3] such as computer and "
         "related services or audiovisual services."),
        ("np", "6", "Other delegations considered it premature to reach a conclusion. They noted that some "
         "digitized products have exact equivalents among goods, and that treating them as services could "
         "result in less liberal treatment than their physical counterparts receive, given the limited "
         "scope of some schedules. These delegations favoured examining the question product by product "
         "and keeping open the possibility that GATT disciplines, or a combination of disciplines, could "
         "apply."),
        ("np", "7", "A few delegations suggested that certain products could be regarded as neither goods "
         "nor services, and that the protection of their content by intellectual property rights was the "
         "more relevant feature. This suggestion was not taken further in the discussion."),
        ("np", "8", "Several delegations stressed the principle of technological neutrality, under which "
         "the means by which a service is delivered should not affect the commitments that apply to it. "
         "This principle had already been noted in the 1999 progress report of the Council for Trade in "
         "Services.[^4] Some delegations cautioned, however, that neutrality between channels of delivery "
         "did not answer the question of neutrality between goods and services."),
        ("h", "D.", "RELATED QUESTIONS"),
        ("np", "9", "Many delegations observed that, if the GATS applies, a further question arises about "
         "whether a given online transaction is supplied cross-border (mode 1) or consumed abroad (mode 2). "
         "Because many Members had made deeper commitments on mode 2 than on mode 1, the distinction could "
         "have significant consequences. No common view emerged on where the line should be drawn.[^5]"),
        ("np", "10", "Some delegations raised the relationship between classification and the practice of "
         "not imposing customs duties on electronic transmissions. They noted that the practice had been "
         "agreed without any decision on classification, and that it should not be read as prejudging the "
         "question. Others considered the two matters to be closely linked."),
        ("np", "11", "Developing country delegations asked for technical assistance to help their "
         "authorities follow these issues, and several of them drew attention to the need to gather "
         "statistics on the volume of electronically delivered products before drawing conclusions."),
        ("h", "E.", "NEXT STEPS"),
        ("np", "12", "The Chairman concluded that the discussion had been useful in clarifying the issues, "
         "but that Members were not in a position to reach a conclusion on classification. He proposed "
         "that the matter remain on the agenda of future dedicated discussions and that delegations "
         "continue to submit written contributions. A second dedicated discussion, on development-related "
         "issues and on fiscal implications, would be scheduled for the autumn.[^6]"),
    ],
    "footnotes": {
        "1": "This document has been prepared under the Secretariat's own responsibility and is without "
             "prejudice to the positions of Members and to their rights and obligations under the WTO.",
        "2": "The other cross-cutting issues identified were development-related issues, fiscal implications, "
             "the relationship between electronic commerce and traditional forms of commerce, the imposition "
             "of customs duties, competition, and jurisdiction and applicable law.",
        "3": "Document MTN.GNS/W/120 of 10 July 1991, which is based on the provisional Central Product "
             "Classification of the United Nations.",
        "4": "Progress report of the Council for Trade in Services to the General Council, document S/L/74 "
             "of 27 July 1999.",
        "5": "One delegation suggested that the location of the server from which a product is downloaded "
             "should be irrelevant and that the location of the consumer should be decisive.",
        "6": "The Chairman indicated that he would consult delegations on a date in October 2001 and on the "
             "order in which the remaining cross-cutting issues would be taken up.",
    },
}
