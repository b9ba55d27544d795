"""D. English, 2026, Markdown ("toml": TOML front matter, hard-wrapped text, ATX headings,
footnote definitions at the end): report of the co-convenors of the Joint Statement
Initiative on Electronic Commerce, with a table of milestones."""

NAME = "jsi-ecommerce-co-convenors-report-2026.md"

DOC = {
    "format": "md", "variant": True, "lang": "en", "md_style": "toml",
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "INF/ECOM/94", "date": "16 February 2026", "iso_date": "2026-02-16", "job": "(26-1042)",
    "body_line": "Joint Statement Initiative on Electronic Commerce", "original": "Original: English",
    "fm_title": "Joint Statement Initiative on Electronic Commerce: Report of the Co-convenors",
    "fm_tags": ["joint statement initiative", "e-commerce", "MC14", "Annex 4"],
    "blocks": [
        ("title", "JOINT STATEMENT INITIATIVE ON ELECTRONIC COMMERCE"),
        ("title", "Report of the Co-convenors to the Participants"),
        ("center", "Australia, Japan and Singapore[^1]"),
        ("h", "1", "PURPOSE OF THIS REPORT"),
        ("np", "1.1", "This report is provided by the co-convenors on their own responsibility, ahead of the "
         "Fourteenth Ministerial Conference to be held in Yaoundé, Cameroon, from 26 to 29 March 2026. It "
         "recalls the main steps of the initiative, describes the state of the Agreement on Electronic "
         "Commerce and outlines the work that remains before the Agreement can take effect."),
        ("h", "2", "FROM BUENOS AIRES TO A STABILIZED TEXT"),
        ("np", "2.1", "The initiative began with a joint statement issued at the Eleventh Ministerial "
         "Conference in Buenos Aires, by which a group of Members agreed to initiate exploratory work "
         "toward future negotiations on trade-related aspects of electronic commerce. Negotiations were "
         "launched by a second statement issued in Davos in January 2019. Table 1 sets out the main "
         "milestones."),
        ("caption", "Table 1: Main milestones of the initiative"),
        ("table", [
            ["Milestone", "Place", "Date", "Participants", "Reference"],
            ["Exploratory work agreed", "Buenos Aires", "13 December 2017", "71", "WT/MIN(17)/60"],
            ["Negotiations launched", "Davos", "25 January 2019", "76", "WT/L/1056"],
            ["Consolidated negotiating text", "Geneva", "14 December 2020", "86", "INF/ECOM/62"],
            ["Stabilized text announced", "Geneva", "26 July 2024", "91", "INF/ECOM/87"],
            ["Request for Annex 4 incorporation", "Geneva", "18 February 2025", "66", "WT/GC/W/955"],
        ]),
        ("np", "2.2", "The stabilized text was announced on 26 July 2024 after more than five years of "
         "negotiations. It was supported by most, but not all, participants; some participants indicated "
         "that they needed more time for domestic consultations, and one participant stated that it was "
         "not in a position to join the text.[^2]"),
        ("np", "2.3", "Issues on which convergence could not be reached, notably cross-border data flows, "
         "the location of computing facilities and source code, were left out of the stabilized text. "
         "Participants agreed that these issues could be taken up again at a later stage.[^3]"),
        ("h", "3", "CONTENT OF THE AGREEMENT"),
        ("np", "3.1", "The Agreement contains disciplines in four groups. The first facilitates digital "
         "trade: electronic transactions frameworks, electronic authentication and signatures, electronic "
         "contracts, electronic invoicing, paperless trading and single windows. The second concerns "
         "openness, including open government data and access to the Internet. The third builds trust: "
         "online consumer protection, unsolicited commercial electronic messages, personal data "
         "protection and cybersecurity."),
        ("np", "3.2", "The fourth group deals with development. Developing country participants may "
         "designate the provisions that they will implement after a transition period, and least "
         "developed country participants may take additional time. Implementation is linked to technical "
         "assistance, including through the E-commerce Capacity Building Framework launched in 2024.[^4]"),
        ("np", "3.3", "The Agreement provides that participants shall not impose customs duties on "
         "electronic transmissions between a person of one participant and a person of another. This "
         "commitment is subject to review five years after the Agreement takes effect, and does not "
         "prevent internal taxes, fees or charges that are consistent with the WTO Agreement."),
        ("h", "4", "INCORPORATION INTO THE WTO FRAMEWORK"),
        ("np", "4.1", "Participants have chosen to bring the Agreement into the WTO legal framework as a "
         "plurilateral trade agreement under Annex 4 of the Marrakesh Agreement. Under Article X:9 of that "
         "Agreement, this requires a decision by the Ministerial Conference, taken exclusively by "
         "consensus, upon the request of the Members parties to the agreement."),
        ("np", "4.2", "The request for incorporation was circulated in February 2025. At the General Council "
         "meetings of that year, a small number of Members objected, arguing that agreements negotiated by "
         "some Members should not be added to the WTO framework without the support of all Members. The "
         "matter therefore remains on the General Council's agenda.[^5]"),
        ("np", "4.3", "In parallel, participants have completed the legal scrubbing of the text and have "
         "begun the domestic procedures needed for acceptance. By 31 January 2026, 14 participants had "
         "informed the co-convenors that these procedures were complete."),
        ("h", "5", "THE ROAD TO YAOUNDÉ"),
        ("np", "5.1", "The co-convenors invite participants to work with all Members towards a consensus "
         "decision at the Fourteenth Ministerial Conference. They will hold open-ended consultations on "
         "3 and 17 March 2026, to which all Members will be invited."),
        ("np", "5.2", "The co-convenors also encourage the participants that have not yet joined the "
         "stabilized text to do so, and recall that the Agreement remains open to any Member that wishes "
         "to join it."),
    ],
    "footnotes": {
        "1": "Singapore joined Australia and Japan as co-convenor in 2019; the three co-convenors have "
             "coordinated the initiative since the launch of negotiations.",
        "2": "The United States informed participants in October 2023 that it was withdrawing its support for "
             "certain proposals on data flows, and did not join the stabilized text.",
        "3": "A provision on the review of the Agreement foresees that participants will consider these "
             "issues no later than the third year after the Agreement takes effect.",
        "4": "The Framework was launched on 25 July 2024 with initial contributions from Australia, China and "
             "the Netherlands, among others, and is administered by the WTO Secretariat.",
        "5": "The same objection has been raised against the incorporation of the Investment Facilitation "
             "for Development Agreement, whose request has been pending since February 2024.",
    },
}
