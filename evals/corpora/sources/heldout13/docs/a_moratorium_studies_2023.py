"""A. English, 2023, PDF of several pages ("en_framed" layout: letterhead in a frame, running
header with a short title and the symbol, "Page n of N" footer): Secretariat note with
sub-numbered sections, a table and footnotes."""

NAME = "secretariat-note-moratorium-tariff-revenue-studies-2023.pdf"

DOC = {
    "format": "pdf", "variant": True, "lang": "en", "layout": "en_framed", "font": "Times-Roman", "size": 10.5,
    "org": "WORLD TRADE ORGANIZATION", "org_lines": ["WORLD TRADE", "ORGANIZATION"],
    "restricted": "RESTRICTED",
    "symbol": "JOB/GC/357", "date": "10 November 2023", "job": "(23-7614)",
    "body_line": "General Council", "original": "Original: English",
    "short_title": "Moratorium: studies of forgone tariff revenue",
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "THE MORATORIUM ON CUSTOMS DUTIES ON ELECTRONIC TRANSMISSIONS: AN OVERVIEW OF STUDIES "
         "OF ITS FISCAL EFFECTS"),
        ("center", "Information Note by the Secretariat[^1]"),
        ("h", "1", "INTRODUCTION", 1),
        ("np", "1.1", "At the meeting of the General Council of 24-25 July 2023, a number of delegations asked "
         "the Secretariat to bring together, in one factual note, the main quantitative studies of the "
         "revenue that governments may forgo because of the practice of not imposing customs duties on "
         "electronic transmissions. The request was made in the context of the preparations for the "
         "Thirteenth Ministerial Conference, to be held in Abu Dhabi in February 2024.[^2]"),
        ("np", "1.2", "The practice was first agreed by Ministers in the Declaration on Global Electronic "
         "Commerce of 20 May 1998 and has since been renewed at each Ministerial Conference. At the Twelfth "
         "Ministerial Conference, Members agreed to maintain it until the Thirteenth Session, and further "
         "agreed that it would expire on 31 March 2024 if that Session were postponed beyond that date."),
        ("np", "1.3", "This note summarizes the methods and findings of the studies most often cited in the "
         "discussions. It does not endorse any estimate, and it takes no position on the scope of the "
         "moratorium, on which Members' views continue to differ."),
        ("h", "2", "WHAT THE STUDIES MEASURE", 1),
        ("np", "2.1", "No customs authority records the value of electronic transmissions crossing its "
         "borders. All studies therefore rely on a proxy. Most start from a list of so-called digitizable "
         "products, namely goods that are, or used to be, traded in physical form but can now be delivered "
         "as a stream of data: printed books and newspapers, sound and video recordings, software on "
         "physical media, video games and, in some studies, photographic film and printed maps."),
        ("np", "2.2", "The first step is to observe how imports of these goods, measured in the tariff lines "
         "of Chapters 37, 49, 85 and 95 of the Harmonized System,[^3] changed over time. A fall in physical "
         "imports is assumed to reflect, at least in part, a shift to electronic delivery. The second step "
         "is to apply a tariff to the estimated value of electronic deliveries in order to obtain the duty "
         "that could have been collected."),
        ("np", "2.3", "Results depend heavily on the choice of tariff. Some studies apply the bound rate, "
         "which is the ceiling that a Member has committed not to exceed; others apply the applied most-"
         "favoured-nation rate, which is often much lower. Applying bound rates can multiply the estimate "
         "several times for Members whose bound and applied rates are far apart."),
        ("np", "2.4", "A smaller group of studies uses a general equilibrium model to estimate what would "
         "happen to output, prices and total tax collection if duties were actually imposed. These studies "
         "take into account that a duty raises the cost of digital inputs for domestic firms and may reduce "
         "the revenue from consumption and income taxes."),
        ("h", "3", "MAIN ESTIMATES", 1),
        ("np", "3.1", "Table 1 summarizes the headline figures of five studies. They are not directly "
         "comparable: the product coverage, the reference year, the set of economies and the tariff applied "
         "all differ."),
        ("caption", "Table 1: Selected estimates of duties forgone under the moratorium"),
        ("table", [
            ["Study", "Published", "Data year", "US$ million", "Tariff used"],
            ["UNCTAD (Banga)", "2019", "2017", "10,000", "bound"],
            ["OECD (Andrenelli)", "2019", "2017", "289", "applied"],
            ["ECIPE (Makiyama)", "2019", "2017", "280", "applied"],
            ["South Centre (Kozul-Wright)", "2020", "2018", "12,600", "bound"],
            ["IMF working paper", "2023", "2020", "480 to 2,600", "applied"],
        ]),
        ("source", "Source: compiled by the Secretariat from the studies cited; figures rounded."),
        ("np", "3.2", "The highest estimates come from studies that apply bound rates to a broad list of "
         "digitizable products and attribute the whole decline in physical imports to electronic delivery. "
         "The UNCTAD study found that about 95 per cent of the forgone revenue would fall on developing "
         "economies, largely because their bound rates are higher.[^4]"),
        ("np", "3.3", "The lowest estimates come from studies using applied rates. On that basis the OECD "
         "put the forgone duties at between 0.08 and 0.23 per cent of total customs revenue for the median "
         "economy in its sample, and at less than 0.01 per cent of total government revenue.[^5]"),
        ("np", "3.4", "The general equilibrium studies conclude that imposing duties would reduce gross "
         "domestic product by more than the duties collected in most of the economies modelled. The ECIPE "
         "study, for example, estimated that the loss of GDP in Indonesia would be about 40 times larger "
         "than the revenue raised.[^6] These results are sensitive to assumptions about how far firms can "
         "substitute other inputs for imported digital services."),
        ("h", "4", "ISSUES RAISED BY MEMBERS", 1),
        ("np", "4.1", "Members who favour ending the moratorium have argued that it deprives developing "
         "economies of policy space, both for revenue and for the development of domestic digital "
         "industries, at a time when more products are being digitized, including through 3D printing. In "
         "their view, the estimates based on bound rates show the real stakes."),
        ("np", "4.2", "Other Members have argued that electronic transmissions are not goods and that "
         "customs duties are the wrong tool for taxing them. They point out that consumption taxes such as "
         "VAT can be, and increasingly are, collected on digital services supplied by foreign firms, "
         "without the costs of a border measure."),
        ("np", "4.3", "Several delegations noted that there is still no agreed definition of \"electronic "
         "transmissions\", and in particular no common view on whether the moratorium covers only the "
         "transmission or also the content transmitted.[^7] This affects what the studies should measure."),
        ("np", "4.4", "A number of Members asked for work on the practical administration of duties on "
         "electronic transmissions, including valuation, identification of the importer and the treatment "
         "of low-value transactions. The Secretariat is not aware of any Member that currently collects "
         "customs duties on electronic transmissions as such."),
        ("h", "5", "CONCLUDING OBSERVATIONS", 1),
        ("np", "5.1", "The range of estimates is wide, from a few hundred million to more than ten billion "
         "US dollars a year, because the studies answer different questions. Estimates of the duty that "
         "could be levied at bound rates describe an upper limit; estimates of the net effect on "
         "government revenue describe what would probably happen if duties were imposed."),
        ("np", "5.2", "Members may wish to consider whether further work, for example by the Committee on "
         "Customs Valuation or in cooperation with the World Customs Organization,[^8] would help to "
         "establish a common understanding of the data. The Secretariat stands ready to assist."),
    ],
    "footnotes": {
        "1": "This note has been prepared under the Secretariat's own responsibility and is without prejudice "
             "to the positions of Members or to their rights and obligations under the WTO.",
        "2": "See the minutes of that meeting, WT/GC/M/206. The request was repeated at the informal "
             "dedicated discussion on the moratorium held on 12 October 2023.",
        "3": "Chapter 37 covers photographic and cinematographic goods, Chapter 49 printed books and "
             "newspapers, heading 85.23 recorded media and heading 95.04 video game consoles and games.",
        "4": "R. Banga, Growing Trade in Electronic Transmissions: Implications for the South, UNCTAD "
             "Research Paper No. 29, February 2019.",
        "5": "A. Andrenelli and J. López González, Electronic transmissions and international trade: shedding "
             "new light on the moratorium debate, OECD Trade Policy Paper No. 233, 2019.",
        "6": "The same study estimated GDP losses of a similar order of magnitude for China, India and South "
             "Africa; see H. Lee-Makiyama and B. Narayanan, The Economic Losses from Ending the WTO Moratorium "
             "on Electronic Transmissions, ECIPE Policy Brief No. 3/2019.",
        "7": "The Secretariat's background note of 2016 (JOB/GC/114) sets out the history of this question.",
        "8": "The Harmonized System Committee of the World Customs Organization has examined the "
             "classification of software and data carriers since the 1980s.",
    },
}
