"""C. English, 2017, saved web page ("drupal": no <main> or <article>, the body field of a
Drupal node, footnotes module markup, left sidebar): a communication from a group of
developing Members on electronic commerce for development."""

NAME = "communication-friends-ecommerce-development-2017.html"

DOC = {
    "format": "html", "variant": True, "lang": "en", "site": "drupal",
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "JOB/GC/124", "date": "21 April 2017", "job": "(17-2214)",
    "body_line": "General Council", "original": "Original: English",
    "page_title": "E-commerce for development: priorities of the Friends of E-commerce for Development (JOB/GC/124)",
    "saved_from": "https://digitaltradelibrary.example.org/collection/wto-ecommerce/job-gc-124",
    "card": [("Symbol", "JOB/GC/124"), ("Date", "21 April 2017"), ("Type", "Communication from Members"),
             ("Body", "General Council"), ("Collection", "WTO Work Programme on Electronic Commerce")],
    "related": ["Work Programme on Electronic Commerce (1998)", "eTrade for all: the seven policy areas",
                "Rapid eTrade Readiness Assessments of LDCs", "MC11 Buenos Aires: e-commerce documents"],
    "tags": ["Development", "MSMEs", "Digital divide", "Trade facilitation", "Payments"],
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "ELECTRONIC COMMERCE FOR DEVELOPMENT: PRIORITIES FOR THE ELEVENTH MINISTERIAL CONFERENCE"),
        ("center", "Communication from Argentina, Chile, Colombia, Costa Rica, Kenya, Mexico, Nigeria, "
         "Pakistan, Sri Lanka and Uruguay[^1]"),
        ("p", "The following communication, dated 19 April 2017, is being circulated at the request of the "
         "delegations of the above-mentioned Members."),
        ("h", "I.", "INTRODUCTION"),
        ("np", "1.", "The Friends of E-commerce for Development (FEDs) is an informal group of developing "
         "Members from Africa, Asia and Latin America, formed in 2016 to bring a development perspective to "
         "the discussions on electronic commerce in the WTO and elsewhere.[^2] This communication sets out "
         "the areas in which the group believes that the WTO can make a practical contribution, and "
         "proposes elements for consideration ahead of the Eleventh Ministerial Conference in Buenos "
         "Aires."),
        ("np", "2.", "Electronic commerce can help micro, small and medium-sized enterprises (MSMEs) in "
         "developing countries to reach customers abroad at a fraction of the cost of traditional "
         "exporting. Yet the benefits are unevenly shared. In 2016, fewer than one in six people in the "
         "least developed countries used the Internet, and many small firms still cannot receive "
         "payments from foreign buyers."),
        ("h", "II.", "SEVEN AREAS FOR ACTION"),
        ("np", "3.", "The group has identified seven areas where the obstacles to electronic commerce in "
         "developing countries are greatest. They correspond to the policy areas of the eTrade for all "
         "initiative launched by UNCTAD and its partners at the Fourteenth UNCTAD Conference in Nairobi in "
         "July 2016:[^3]"),
        ("sub", "(a)", "e-commerce readiness assessments and national strategies;"),
        ("sub", "(b)", "information and communication technology infrastructure and services;"),
        ("sub", "(c)", "trade logistics and trade facilitation;"),
        ("sub", "(d)", "payment solutions;"),
        ("sub", "(e)", "legal and regulatory frameworks;"),
        ("sub", "(f)", "skills development and technical assistance; and"),
        ("sub", "(g)", "access to financing for e-commerce businesses."),
        ("np", "4.", "Several of these areas are already covered by WTO disciplines. The Trade Facilitation "
         "Agreement, which entered into force on 22 February 2017, contains provisions on the electronic "
         "payment of duties, the acceptance of copies of documents and the processing of documents before "
         "the arrival of goods, all of which matter for the small parcels typical of cross-border "
         "electronic commerce."),
        ("h", "III.", "WHAT THE WTO CAN DO"),
        ("np", "5.", "The group proposes that Members focus on the following elements:"),
        ("sub", "(a)", "a stocktaking, by the Secretariat, of the technical assistance and capacity-building "
         "programmes on electronic commerce offered by Members and international organizations, to "
         "identify gaps and avoid duplication;"),
        ("sub", "(b)", "the inclusion of electronic commerce needs in the Aid for Trade work programme, "
         "including in the next Global Review;[^4]"),
        ("sub", "(c)", "the exchange of experience on national regulatory frameworks for electronic "
         "transactions, consumer protection and data protection, on a voluntary basis; and"),
        ("sub", "(d)", "encouragement for developing Members to undertake rapid eTrade readiness "
         "assessments, with the support of their partners."),
        ("np", "6.", "The group does not at this stage propose negotiations on new rules. It considers that "
         "the needs of developing Members must be understood before any such decision is taken, and that "
         "any future outcome must be balanced and provide for special and differential treatment."),
        ("np", "7.", "The group notes that the rapid eTrade readiness assessments already completed for "
         "Bhutan, Cambodia, Samoa and Nepal[^5] show common bottlenecks: the high cost of broadband, weak "
         "postal addressing systems and the absence of legislation recognising electronic signatures."),
        ("h", "IV.", "THE WORK PROGRAMME"),
        ("np", "8.", "The group reaffirms its support for the Work Programme on Electronic Commerce "
         "established in 1998, and for the practice of not imposing customs duties on electronic "
         "transmissions, which it considers has benefited small firms in developing countries that rely "
         "on imported software and cloud services.[^6]"),
        ("np", "9.", "The group invites other Members to join in developing these elements into a "
         "Ministerial outcome, and will organize an open-ended information session in June 2017 to "
         "present this communication."),
    ],
    "footnotes": {
        "1": "Pakistan joined the group after the first version of this communication was circulated as an "
             "informal room document on 3 March 2017.",
        "2": "The group was launched on the margins of the UNCTAD E-Commerce Week in Geneva in April 2016.",
        "3": "eTrade for all brings together more than 20 international and regional organizations, "
             "including the WTO, UNCTAD, the International Trade Centre and the World Bank.",
        "4": "The Sixth Global Review of Aid for Trade is scheduled for 11-13 July 2017 under the theme "
             "\"Promoting Trade, Inclusiveness and Connectivity for Sustainable Development\".",
        "5": "These assessments were carried out by UNCTAD in 2016 and early 2017, with funding from "
             "Germany and the Enhanced Integrated Framework.",
        "6": "Argentina and Kenya noted that their support for the practice is without prejudice to their "
             "position on its scope.",
    },
}
