"""English documents of the tuning corpus (written for wtoqa's evaluation from
public facts; not official WTO texts).

Block kinds: ("h", text) heading; ("n", text) auto-numbered paragraph;
("s", "1.1", text) paragraph with an explicit number; ("a", "(a)", text)
sub-item; ("p", text) unnumbered paragraph; ("c", text) centred line;
("t", caption, rows) table. "[^1]" marks a footnote call.
"""

GCW747 = {
    "file": "wt-gc-w-747-india-south-africa-moratorium-2018.pdf",
    "lang": "en",
    "letterhead": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "WT/GC/W/747",
    "date": "13 July 2018",
    "job": "(18-4321)",
    "page_word": "Page",
    "original": "Original: English",
    "body_lines": ["General Council"],
    "title_lines": [
        "WORK PROGRAMME ON ELECTRONIC COMMERCE",
        "THE MORATORIUM ON CUSTOMS DUTIES ON ELECTRONIC TRANSMISSIONS: NEED FOR A RE-THINK",
        "COMMUNICATION FROM INDIA AND SOUTH AFRICA",
    ],
    "intro": "The following communication, dated 12 July 2018, is being circulated at the request of the delegations of India and South Africa.",
    "blocks": [
        ("h", "1 INTRODUCTION"),
        ("n", "The General Council established the Work Programme on Electronic Commerce on 25 September 1998 (WT/L/274), a few months after Ministers meeting in Geneva adopted the Declaration on Global Electronic Commerce (WT/MIN(98)/DEC/2). In that Declaration, Members undertook to continue their current practice of not imposing customs duties on electronic transmissions."),
        ("n", "The moratorium was conceived as a temporary standstill, to be reviewed at each session of the Ministerial Conference. It has nevertheless been extended at almost every session since 1998, most recently at the Eleventh Session in Buenos Aires (WT/MIN(17)/65), without any systematic examination of what it costs developing countries in tariff revenue and in industrial opportunities."),
        ("n", "When the moratorium was agreed, electronic commerce was in its infancy and very few products could be delivered over the Internet. Twenty years later, books, films, music, software, video games and, increasingly, the designs used by 3D printers cross borders as electronic transmissions instead of as physical goods that would have been dutiable at the border."),
        ("h", "2 SCOPE OF THE MORATORIUM"),
        ("n", "There is no agreed definition of \"electronic transmissions\". Members have never settled whether the moratorium covers only the transmission as such or also the content that is transmitted. India and South Africa consider that the content, which is frequently a direct substitute for a dutiable physical product, was never intended to be exempted from customs duties on a permanent basis."),
        ("n", "This lack of clarity has real consequences. As the range of digitizable products expands, the tariff lines bound by developing countries in their schedules of concessions are gradually emptied of their content, even though those Members never agreed to bind or eliminate the duties concerned."),
        ("h", "3 REVENUE IMPLICATIONS"),
        ("n", "Research by UNCTAD[^1] estimates that the potential tariff revenue forgone because of the moratorium amounted to about USD 10 billion in 2017, and that roughly 95 per cent of that loss was borne by developing countries and least-developed countries. For developed countries, whose applied tariffs on the products concerned are already low or zero, the corresponding loss is negligible."),
        ("n", "Customs duties remain an important source of public revenue for many developing countries, in particular for those with a narrow domestic tax base. The revenue forgone under the moratorium could otherwise be used to finance digital infrastructure, education and the skills that their populations need in order to participate in the digital economy."),
        ("n", "The loss is set to grow. Additive manufacturing is still at an early stage, but if a significant part of the trade in goods such as toys, spare parts and medical devices were to shift to printable files, the erosion of the tariff base would accelerate considerably."),
        ("h", "4 DIGITAL INDUSTRIALIZATION AND POLICY SPACE"),
        ("n", "The moratorium also constrains the policy space that developing countries need for their digital industrialization. In particular:"),
        ("a", "(a)", "it prevents them from using tariffs to nurture nascent domestic digital industries, as developed countries did for their manufacturing sectors in earlier stages of their development;"),
        ("a", "(b)", "it deprives governments of revenue that could be invested in connectivity, data infrastructure and digital skills; and"),
        ("a", "(c)", "it benefits mainly a small number of large digital platforms, most of which are headquartered in developed countries."),
        ("n", "Internal taxes cannot fully replace customs duties. Many developing countries lack the administrative capacity to collect value added taxes from suppliers located abroad, and internal taxes do not provide the protective function that a tariff provides."),
        ("h", "5 THE WAY FORWARD"),
        ("n", "In the light of the above, India and South Africa propose that Members:"),
        ("a", "(a)", "reconsider the moratorium, including its scope and its impact on developing countries, before the Twelfth Session of the Ministerial Conference;"),
        ("a", "(b)", "request the Secretariat to compile the available evidence on the tariff revenue implications of the moratorium; and"),
        ("a", "(c)", "reinvigorate the multilateral Work Programme on Electronic Commerce in all the relevant WTO bodies, in accordance with its original mandate."),
        ("n", "India and South Africa stand ready to engage with all Members on these questions and invite the General Council to hold a dedicated discussion on the moratorium at one of its next meetings."),
    ],
    "footnotes": {
        "1": "UNCTAD (2017), Rising Product Digitalisation and Losing Trade Competitiveness, UNCTAD/GDS/ECIDC/2017/3, Geneva.",
    },
}

MIN17_60 = {
    "file": "wt-min-17-60-joint-statement-buenos-aires-2017.pdf",
    "lang": "en",
    "letterhead": ["WORLD TRADE", "ORGANIZATION"],
    "symbol": "WT/MIN(17)/60",
    "date": "13 December 2017",
    "job": "(17-6890)",
    "page_word": "Page",
    "original": "Original: English",
    "body_lines": ["Ministerial Conference", "Eleventh Session", "Buenos Aires, 10-13 December 2017"],
    "title_lines": ["JOINT STATEMENT ON ELECTRONIC COMMERCE"],
    "intro": "The following statement is being circulated at the request of the delegations of Albania; Argentina; Australia; Brazil; Canada; Chile; Colombia; Costa Rica; the European Union; Hong Kong, China; Iceland; Israel; Japan; the Republic of Korea; Mexico; New Zealand; Nigeria; Norway; Paraguay; Peru; the Russian Federation; Singapore; Switzerland; Chinese Taipei; Ukraine; the United States; Uruguay and other Members, 71 in total.[^1]",
    "blocks": [
        ("n", "We, the Ministers of the Members joining this statement, recognize the growing importance of electronic commerce and the opportunities it creates for inclusive trade and development, as well as the role of the WTO in promoting an open, transparent, non-discriminatory and predictable environment for it."),
        ("n", "We reiterate the importance of the Work Programme on Electronic Commerce launched in 1998 (WT/L/274) and recall the particular challenges faced by developing countries, especially least-developed countries, and by micro, small and medium-sized enterprises in seizing the benefits of electronic commerce."),
        ("n", "We will initiate exploratory work together toward future WTO negotiations on trade-related aspects of electronic commerce, with the first meeting to be held in the first quarter of 2018."),
        ("n", "Participation will be open to all WTO Members. This initiative is without prejudice to the positions of Members on the existing Work Programme and does not replace it; we will continue to contribute actively to the multilateral work under it."),
    ],
    "footnotes": {
        "1": "The full list of the 71 Members joining this statement is reproduced in the annex of the original document.",
    },
}

GCW833 = {
    "file": "wt-gc-w-833-moratorium-permanent-2021.docx",
    "lang": "en",
    "letterhead": ["WORLD TRADE ORGANIZATION"],
    "symbol": "WT/GC/W/833",
    "date": "14 October 2021",
    "job": "(21-7615)",
    "original": "Original: English",
    "body_lines": ["General Council"],
    "title_lines": [
        "WORK PROGRAMME ON ELECTRONIC COMMERCE",
        "THE MORATORIUM ON CUSTOMS DUTIES ON ELECTRONIC TRANSMISSIONS: THE CASE FOR PERMANENCE",
        "COMMUNICATION FROM AUSTRALIA; CANADA; HONG KONG, CHINA; JAPAN; NEW ZEALAND; SINGAPORE; SWITZERLAND AND THE UNITED KINGDOM",
    ],
    "intro": "The following communication, dated 13 October 2021, is being circulated at the request of the delegations of Australia; Canada; Hong Kong, China; Japan; New Zealand; Singapore; Switzerland and the United Kingdom.",
    "blocks": [
        ("h", "Introduction"),
        ("n", "Since 1998, the practice of not imposing customs duties on electronic transmissions (WT/MIN(98)/DEC/2) has given businesses and consumers in all Members the certainty that data flowing across borders will not be stopped at a virtual frontier. It was last renewed by the General Council in December 2019 (WT/L/1079), until the Twelfth Session of the Ministerial Conference."),
        ("n", "The co-sponsors consider that the time has come to move beyond periodic renewals. They propose that Ministers at the Twelfth Ministerial Conference (MC12) make the moratorium permanent."),
        ("h", "Economic evidence"),
        ("n", "Recent OECD research finds that the tariff revenue at stake is small: on average, the revenue forgone would represent between 0.08 and 0.23 per cent of total government revenue, far below the figures sometimes quoted in the debate."),
        ("n", "The same research shows that customs duties on electronic transmissions would raise the cost of digital inputs for domestic firms, in particular micro, small and medium-sized enterprises, and that the resulting losses in competitiveness and consumer welfare would outweigh any revenue gains."),
        ("n", "The COVID-19 pandemic has shown how much economies depend on the uninterrupted flow of digital services, from remote learning and telemedicine to online payments. Introducing new border charges on these flows would be a step backwards at a time when all Members are seeking to build back better."),
        ("h", "Practical difficulties of collecting duties"),
        ("n", "Levying customs duties on electronic transmissions would raise serious practical difficulties, including:"),
        ("a", "(a)", "the absence of any reliable way to identify, value and classify a stream of data at the border;"),
        ("a", "(b)", "the risk of double taxation where the same supply is already subject to value added tax or a similar internal tax; and"),
        ("a", "(c)", "high compliance costs, which would fall disproportionately on small suppliers and on developing country exporters."),
        ("h", "Internal taxes remain available"),
        ("n", "The moratorium does not prevent Members from imposing internal taxes, fees or charges on electronically transmitted content, provided that they are applied in a manner consistent with the WTO Agreement. More than 80 economies, including many developing Members, already collect value added tax or goods and services tax on digital services supplied by non-resident suppliers."),
        ("h", "Proposal"),
        ("n", "The co-sponsors therefore propose that Ministers at MC12:"),
        ("a", "(a)", "agree that Members shall not impose customs duties on electronic transmissions, on a permanent basis;"),
        ("a", "(b)", "reinvigorate the Work Programme on Electronic Commerce, with a particular focus on the development dimension; and"),
        ("a", "(c)", "request targeted technical assistance and capacity building to help developing and least-developed Members design internal taxes on digital supplies."),
    ],
    "footnotes": {},
}

GCM181 = {
    "file": "wt-gc-m-181-general-council-minutes-december-2019.html",
    "lang": "en",
    "letterhead": ["WORLD TRADE ORGANIZATION"],
    "symbol": "WT/GC/M/181",
    "date": "3 February 2020",
    "job": "(20-0842)",
    "original": "Original: English",
    "body_lines": ["General Council"],
    "title_lines": [
        "MINUTES OF THE MEETING",
        "HELD IN THE CENTRE WILLIAM RAPPARD ON 9-10 DECEMBER 2019",
        "Chairperson: H.E. Ms Sunanta Kangvalkulkij (Thailand)",
    ],
    "intro": "The present minutes reproduce only item 5 of the agenda of the meeting.",
    "blocks": [
        ("h", "5 WORK PROGRAMME ON ELECTRONIC COMMERCE – REVIEW OF PROGRESS AND DRAFT DECISION"),
        ("s", "5.1", "The Chairperson recalled that at the Eleventh Session in Buenos Aires Ministers had agreed to continue the work under the Work Programme on Electronic Commerce and to maintain the moratorium until the next session (WT/MIN(17)/65). In 2019, she had held a series of open-ended consultations and structured discussions on the Work Programme, including on the scope, definition and impact of the moratorium."),
        ("s", "5.2", "Since the Twelfth Session of the Ministerial Conference, scheduled to take place in Nur-Sultan, Kazakhstan, in June 2020, would fall after the date on which the current moratorium would otherwise lapse, she had circulated a draft decision in document WT/GC/W/798 on her own responsibility."),
        ("s", "5.3", "The representative of India said that his delegation could join the consensus on the draft decision, but only because it provided for structured discussions on the scope, definition and impact of the moratorium. India's position, set out in WT/GC/W/747 together with South Africa, remained that the moratorium could not continue indefinitely without an understanding of its fiscal and developmental costs."),
        ("s", "5.4", "The representative of South Africa said that the loss of tariff revenue was a real concern for developing countries and that the moratorium should be reviewed at MC12 in the light of the evidence gathered in 2020."),
        ("s", "5.5", "The representative of the European Union welcomed the draft decision and said that a permanent moratorium would provide the predictability that traders, and in particular small firms, required."),
        ("s", "5.6", "The representative of Japan, speaking also as one of the co-convenors of the Joint Statement Initiative on electronic commerce, said that the moratorium had contributed to the growth of the digital economy for more than twenty years and that Japan would have preferred to see it made permanent. Japan could nonetheless support the draft decision as a pragmatic outcome."),
        ("s", "5.7", "The representative of Indonesia said that the multilateral Work Programme must remain the main forum for discussing electronic commerce and that the Joint Statement Initiative could not replace it."),
        ("s", "5.8", "The representative of Australia said that 82 Members were now participating in the negotiations launched at Davos in January 2019 (WT/L/1056), and that these negotiations were complementary to the multilateral Work Programme."),
        ("s", "5.9", "The representative of the United States said that his delegation supported the extension of the moratorium and would continue to favour making it permanent."),
        ("s", "5.10", "The General Council took note of the statements and adopted the draft decision contained in document WT/GC/W/798, which was subsequently circulated as WT/L/1079. Under the decision, Members agreed to reinvigorate the Work Programme, to hold structured discussions on the moratorium, and to maintain the current practice of not imposing customs duties on electronic transmissions until the Twelfth Session."),
    ],
    "footnotes": {},
}

WTL1056 = {
    "file": "wt-l-1056-davos-joint-statement-2019.md",
    "lang": "en",
    "letterhead": ["WORLD TRADE ORGANIZATION"],
    "symbol": "WT/L/1056",
    "date": "25 January 2019",
    "job": "(19-0407)",
    "original": "Original: English",
    "body_lines": [],
    "title_lines": ["JOINT STATEMENT ON ELECTRONIC COMMERCE"],
    "intro": "The following statement, issued at Davos, Switzerland, on 25 January 2019, is being circulated at the request of the delegations of the 76 Members listed below.[^1]",
    "blocks": [
        ("n", "We, the Members of the WTO participating in this statement, recall the Joint Statement on Electronic Commerce issued at the Eleventh Ministerial Conference in Buenos Aires (WT/MIN(17)/60), and welcome the exploratory work carried out since then in a series of meetings held during 2018."),
        ("n", "We confirm our intention to commence WTO negotiations on trade-related aspects of electronic commerce. We will seek to achieve a high standard outcome that builds on existing WTO agreements and frameworks, with the participation of as many WTO Members as possible."),
        ("n", "We recognize and will take into account the unique opportunities and challenges faced by Members, including developing countries and least-developed countries, as well as by micro, small and medium-sized enterprises, in relation to electronic commerce."),
        ("n", "We will continue to work together to bring other Members into the negotiations, and we encourage all WTO Members to join. The negotiations will remain open and transparent to non-participants."),
        ("n", "The Joint Statement Initiative is without prejudice to the multilateral Work Programme on Electronic Commerce established in 1998 (WT/L/274), to which we remain committed."),
        ("n", "We invite the co-convenors, Australia, Japan and Singapore, to organize the first negotiating round in March 2019 and to report on progress to Ministers at the Twelfth Ministerial Conference."),
    ],
    "members": "Albania; Argentina; Australia; Bahrain, Kingdom of; Brazil; Brunei Darussalam; Canada; Chile; China; Colombia; Costa Rica; the European Union and its member States; Georgia; Hong Kong, China; Iceland; Israel; Japan; Kazakhstan; Korea, Republic of; Kuwait, the State of; Lao People's Democratic Republic; Malaysia; Mexico; Moldova, Republic of; Mongolia; Montenegro; Myanmar; New Zealand; Nicaragua; Nigeria; North Macedonia; Norway; Panama; Paraguay; Peru; Qatar; Russian Federation; Saudi Arabia, Kingdom of; Singapore; Switzerland; Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu; Thailand; Turkey; Ukraine; United Arab Emirates; United States; and Uruguay.",
    "footnotes": {
        "1": "The European Union and its 28 member States are counted individually, which brings the number of participating Members to 76.",
    },
}

DOCS = [GCW747, MIN17_60, GCW833, GCM181, WTL1056]
