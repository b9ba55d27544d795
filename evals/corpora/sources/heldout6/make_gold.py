"""Write the sixth held-out gold files (questions + per-file metadata).

    python evals/corpora/sources/heldout6/make_gold.py
    python evals/corpora/sources/heldout6/check_gold.py

Outputs evals/gold/dev-corpus-heldout6.jsonl and
evals/gold/dev-corpus-heldout6-metadata.json.  For "compare" questions the "source"
field is a LIST of the documents the evidence comes from (the first one first).
Unanswerable questions carry "unanswerable": true and no evidence/source: no heldout6
document gives the detail they ask for.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold import CMP, FU, ND, UN, XL, q, un, write_gold  # noqa: E402, F401

CTG = "heldout6/ctg-chairman-report-ecommerce-2016.pdf"
ACP = "heldout6/acp-ministerial-statement-mc13-ecommerce.pdf"
OGD = "heldout6/jsi-open-government-data-clean-text-2021.html"
GCM = "heldout6/general-council-minutes-september-1998-ecommerce.txt"
MIN = "heldout6/note-envois-faible-valeur-seuils-de-minimis-2021.docx"
EINV = "heldout6/ide-facturation-electronique-texte-propre-2023.md"
SEM = "heldout6/seminaire-ccd-commerce-electronique-developpement-1999.txt"
AFC = "heldout6/communication-zlecaf-protocole-commerce-numerique-2024.html"
AFT = "heldout6/ayuda-para-el-comercio-conectividad-digital-2017.pdf"
SES = "heldout6/sesion-especifica-brecha-digital-inteligencia-artificial-2025.docx"
PAY = "heldout6/comunicacion-pagos-digitales-mipymes-cm14-2026.md"
SPAM = "heldout6/iniciativa-conjunta-mensajes-no-solicitados-2020.txt"

FN = "footnote"

METADATA = {
    "ctg-chairman-report-ecommerce-2016.pdf": {
        "title": "Work Programme on Electronic Commerce – Report by the Chairman of the Council for Trade in Goods "
                 "to the General Council",
        "symbol": "G/C/W/725", "date": "2016-07-20", "kind": "report",
        "body": "Council for Trade in Goods", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "acp-ministerial-statement-mc13-ecommerce.pdf": {
        "title": "Electronic Commerce and Development – Ministerial Statement of the ACP Group",
        "symbol": "WT/MIN(24)/16", "date": "2024-02-29", "kind": "statement",
        "body": "Ministerial Conference", "session": "Thirteenth Session", "place": "Abu Dhabi",
        "language": "en", "original_language": "en"},
    "jsi-open-government-data-clean-text-2021.html": {
        "title": "Open Government Data – Clean text and note by the facilitator",
        "symbol": "INF/ECOM/69", "date": "2021-10-13", "kind": "note",
        "body": "Joint Statement Initiative on Electronic Commerce", "session": None, "place": None,
        "language": "en", "original_language": "en"},
    "general-council-minutes-september-1998-ecommerce.txt": {
        "title": "General Council – Minutes of meeting held in the Centre William Rappard on 25 September 1998 "
                 "(extract: item 2, Work Programme on Electronic Commerce)",
        "symbol": "WT/GC/M/31", "date": "1998-10-20", "kind": "minutes",
        "body": "General Council", "session": None, "place": "Geneva",
        "language": "en", "original_language": "en"},
    "note-envois-faible-valeur-seuils-de-minimis-2021.docx": {
        "title": "Envois de faible valeur et commerce électronique transfrontières : seuils de minimis et "
                 "perception des droits et taxes – Note d'information du Secrétariat",
        "symbol": "JOB/GC/262", "date": "2021-10-14", "kind": "note",
        "body": "Conseil général", "session": None, "place": None,
        "language": "fr", "original_language": "en"},
    "ide-facturation-electronique-texte-propre-2023.md": {
        "title": "Facturation électronique – Texte propre – Note des coorganisateurs",
        "symbol": "INF/ECOM/81", "date": "2023-11-20", "kind": "note",
        "body": "Initiative liée à la Déclaration conjointe sur le commerce électronique", "session": None,
        "place": None, "language": "fr", "original_language": "en"},
    "seminaire-ccd-commerce-electronique-developpement-1999.txt": {
        "title": "Séminaire sur le commerce électronique et le développement (Genève, 19 février 1999) – Note du "
                 "Secrétariat",
        "symbol": "WT/COMTD/18", "date": "1999-04-23", "kind": "note",
        "body": "Comité du commerce et du développement", "session": None, "place": "Geneva",
        "language": "fr", "original_language": "en"},
    "communication-zlecaf-protocole-commerce-numerique-2024.html": {
        "title": "Programme de travail sur le commerce électronique – Intégration régionale et commerce numérique : "
                 "l'expérience du Protocole de la ZLECAf – Communication du Cameroun, de la Côte d'Ivoire et de la "
                 "Tunisie",
        "symbol": "WT/GC/W/944", "date": "2024-10-08", "kind": "communication",
        "body": "Conseil général", "session": None, "place": None,
        "language": "fr", "original_language": "fr"},
    "ayuda-para-el-comercio-conectividad-digital-2017.pdf": {
        "title": "Ayuda para el Comercio y comercio electrónico: resultados del ejercicio de vigilancia y "
                 "evaluación de 2017 – Nota de la Secretaría",
        "symbol": "WT/COMTD/AFT/W/66", "date": "2017-06-30", "kind": "note",
        "body": "Comité de Comercio y Desarrollo", "session": None, "place": None,
        "language": "es", "original_language": "en"},
    "sesion-especifica-brecha-digital-inteligencia-artificial-2025.docx": {
        "title": "Programa de Trabajo sobre el Comercio Electrónico – Sesión específica sobre la brecha digital y "
                 "la inteligencia artificial – Informe del facilitador",
        "symbol": "WT/GC/W/958", "date": "2025-05-14", "kind": "report",
        "body": "Consejo General", "session": None, "place": None,
        "language": "es", "original_language": "es"},
    "comunicacion-pagos-digitales-mipymes-cm14-2026.md": {
        "title": "Programa de Trabajo sobre el Comercio Electrónico – Los pagos digitales transfronterizos y las "
                 "mipymes: elementos para la CM14 – Comunicación de Guatemala, Honduras y la República Dominicana",
        "symbol": "WT/GC/W/981", "date": "2026-01-26", "kind": "communication",
        "body": "Consejo General", "session": None, "place": None,
        "language": "es", "original_language": "es"},
    "iniciativa-conjunta-mensajes-no-solicitados-2020.txt": {
        "title": "Mensajes electrónicos comerciales no solicitados – Texto limpio – Nota de los coconvocantes",
        "symbol": "INF/ECOM/58", "date": "2020-11-27", "kind": "note",
        "body": "Iniciativa Conjunta sobre el Comercio Electrónico (coconvocantes: Australia, el Japón y Singapur)",
        "session": None, "place": None,
        "language": "es", "original_language": "en"},
}


def user(text):
    return {"role": "user", "content": text}


def assistant(text):
    return {"role": "assistant", "content": text}


EN = [
    q("", "en", "When the goods council reported on e-commerce in July 2016, how many extra products did the "
      "expanded ITA cover and how much trade do they account for?", CTG,
      evidence=["which covers 201 additional products whose annual trade is valued at over US$1.3 trillion"],
      answer_any=[["201"], ["1.3 trillion", "1,3", "1.3", "1 300 milliards", "1,3 billones"]], tags=[ND]),
    q("", "en", "Who wanted the Secretariat to write something up on small parcels?", CTG,
      history=[user("What did the chair of the Council for Trade in Goods tell the General Council about e-commerce "
                    "in 2016?"),
               assistant("His report covered the ITA expansion, the valuation of carrier media, classification and "
                         "3D printing, the customs treatment of low-value shipments, the Trade Facilitation "
                         "Agreement, and standards and rules of origin.")],
      evidence=["Brazil and India, supported by several others, proposed that the Secretariat prepare a factual note "
                "on the treatment of low-value shipments"],
      answer_any=[["Brazil", "Brésil", "Brasil"], ["India", "Inde"]], tags=[FU]),
    q("", "en", "In their Abu Dhabi statement, how many people did the ACP ministers say were still not online?", ACP,
      evidence=["some 2.6 billion people, around one third of the world population, were not using the Internet in "
                "2023"],
      answer_any=[["2.6 billion", "2.6", "2,6", "2 600", "2.600"]], tags=[FN, ND]),
    q("", "en", "What event did the ACP Group want the Secretariat to put on before MC14?", ACP,
      evidence=["We request the Secretariat to organize, before the Fourteenth Session, a workshop on digital "
                "industrialization for ACP Members."],
      answer_any=[["workshop", "atelier", "taller"], ["digital industrialization", "digital industrialisation",
                                                       "industrialisation numérique", "industrialización digital"]],
      tags=[ND]),
    q("", "en", "So would data held by a city council or a state-owned company be covered?", OGD,
      history=[user("How does the JSI clean text on open government data define government data?"),
               assistant("As non-proprietary information, including data, held by the central level of "
                         "government.")],
      evidence=["this Article does not apply to data held by regional or local levels of government, nor to data "
                "held by State-owned enterprises"],
      answer_any=[["does not apply", "doesn't apply", "not apply", "not covered", "excluded", "no se aplica",
                   "ne s'applique pas"]],
      tags=[FU, FN]),
    q("", "en", "At the September 1998 General Council meeting, which delegation argued that every electronic "
      "delivery was a service?", GCM,
      evidence=["The representative of the European Communities said that, in the Communities' view, all electronic "
                "deliveries consisted of services"],
      answer_any=[["European Communities", "EC", "European Union", "EU", "Communautés européennes",
                   "Comunidades Europeas"]], tags=[ND]),
    q("", "en", "According to the Secretariat's 2021 note on low-value shipments, what thresholds does Canada apply "
      "to courier shipments for duties and for taxes?", MIN,
      evidence=["Canada 150 CAD 40 CAD Envois par messagerie, depuis le 1er juillet 2020 (ACEUM)"],
      answer_any=[["150"], ["40"]], tags=[XL, ND]),
    q("", "en", "Which EU mechanism lets sellers and platforms declare and pay the VAT on imported parcels worth up "
      "to 150 euros?", MIN,
      evidence=["le guichet unique pour les importations (IOSS) permet aux vendeurs et aux plateformes de déclarer "
                "et de payer la TVA"],
      answer_any=[["IOSS", "Import One-Stop Shop", "guichet unique", "ventanilla única"]], tags=[FN, XL]),
    q("", "en", "Would a scanned paper invoice sent as a PDF count as an e-invoice under the JSI e-invoicing text?",
      EINV,
      evidence=["une facture papier numérisée ou un simple fichier PDF ne constitue pas une facture électronique"],
      answer_any=[["not", "ne constitue pas", "no constituye", "no es"]], tags=[FN, XL]),
    q("", "en", "How long do least developed countries get before they must apply the interoperability article of "
      "the November 2023 e-invoicing text?", EINV,
      evidence=["n'est pas tenue d'appliquer l'article 3 pendant une période de cinq ans"],
      answer_any=[["five years", "5 years", "cinq ans", "cinco años", "five", "5"]], tags=[XL, ND]),
    q("", "en", "At the trade and development committee's February 1999 seminar, which city was said to have more "
      "telephone lines than the whole of Africa?", SEM,
      evidence=["il y avait davantage de lignes téléphoniques dans la seule ville de Tokyo que sur l'ensemble du "
                "continent africain"],
      answer_any=[["Tokyo", "Tokio"]], tags=[XL, ND]),
    q("", "en", "What share of Internet users were in OECD countries, according to the UNDP data quoted in the 1999 "
      "COMTD seminar note?", SEM,
      evidence=["les pays de l'OCDE, qui comptaient 19 % de la population mondiale, représentaient 91 % des "
                "utilisateurs de l'Internet"],
      answer_any=[["91"]], tags=[FN, XL, ND]),
    q("", "en", "What Internet usage rate for Africa did Cameroon, Côte d'Ivoire and Tunisia cite in their AfCFTA "
      "communication?", AFC,
      evidence=["37 % seulement de la population africaine utilisait l'Internet en 2023"],
      answer_any=[["37"]], tags=[FN, XL, ND]),
    q("", "en", "How many replies did the 2017 Aid for Trade monitoring exercise get, and how many came from LDCs?",
      AFT,
      evidence=["Respondieron 146 entidades: 88 países en desarrollo, entre ellos 35 países menos adelantados (PMA)"],
      answer_any=[["146"], ["35"]], tags=[XL, ND]),
    q("", "en", "What policy areas does the eTrade for all initiative cover?", AFT,
      evidence=["siete esferas de política: evaluación y estrategias de preparación, infraestructura y servicios de "
                "TIC, logística comercial y facilitación del comercio, soluciones de pago",
                "jurídicos y reglamentarios, desarrollo de competencias y acceso a la financiación"],
      answer_any=[["infraestructura", "infrastructure"], ["pago", "payment", "paiement"],
                  ["jurídic", "legal", "juridique"], ["competencias", "skills", "compétences"],
                  ["financ"]], tags=[XL]),
    q("", "en", "At the 2025 dedicated session on the digital divide and AI, what share of people in LDCs were "
      "using the Internet?", SES,
      evidence=["En los países menos adelantados, la proporción de usuarios era de solo el 35 %."],
      answer_any=[["35"]], tags=[XL, ND]),
    q("", "en", "And which delegation asked for technical assistance to continue after it leaves the LDC category?",
      SES,
      history=[user("What happened at the WTO's March 2025 session on the digital divide and artificial "
                    "intelligence?"),
               assistant("According to the facilitator's report, it had three expert panels: the digital divide, AI "
                         "and trade, and technical assistance needs, with data from the ITU and a Secretariat "
                         "study on AI and trade.")],
      evidence=["Bangladesh, que dejará la categoría de PMA en noviembre de 2026, solicitó que se mantuviera la "
                "asistencia técnica tras la graduación."],
      answer_any=[["Bangladesh"]], tags=[FU, XL]),
    q("", "en", "What did it cost on average to send a US$200 remittance at the end of 2023, and what is the SDG "
      "target?", PAY,
      evidence=["era del 6,4 % a finales de 2023, muy por encima de la meta del 3 %"],
      answer_any=[["6,4", "6.4"], ["3"]], tags=[XL]),
    q("", "en", "Does the definition in the JSI clean text on spam have to include text messages?", SPAM,
      evidence=["cada Parte podrá decidir si incluye también los mensajes de texto cortos (SMS)"],
      answer_any=[["decide", "choose", "optional", "may", "podrá decidir", "peut décider"]], tags=[FN, XL]),
    q("", "en", "How many WTO Members took part in the e-commerce JSI when the spam clean text was issued in November "
      "2020, and when the e-invoicing clean text came out in November 2023?", [SPAM, EINV],
      evidence=["86 Miembros de la OMC participaban en la Iniciativa Conjunta",
                "À la date de la présente note, 90 Membres de l'OMC participaient à l'initiative."],
      answer_any=[["86"], ["90"]], tags=[CMP, XL, ND]),
    q("", "en", "Did the number of people offline change between the ACP Group's 2023 figure and the figures "
      "presented at the March 2025 dedicated session?", [ACP, SES],
      evidence=["some 2.6 billion people, around one third of the world population, were not using the Internet in "
                "2023",
                "mientras que 2.600 millones seguían desconectadas"],
      answer_any=[["2.6 billion", "2.6", "2,6", "2.600", "2 600"]], tags=[CMP, XL]),
    un("", "en", "What de minimis threshold does Mexico apply to courier shipments according to the Secretariat's "
                 "note on low-value parcels?"),
    un("", "en", "Who chaired the General Council when the e-commerce work programme was adopted in 1998?"),
    un("", "en", "What did Nigeria say about the ITA expansion in the goods council in 2016?"),
    un("", "en", "How many times did the JSI small group on e-invoicing meet in 2022?"),
    un("", "en", "How much Aid for Trade, in US dollars, went to the communications sector in 2016?"),
    un("", "en", "Which ACP country offered to host the workshop on digital industrialization?"),
]

FR = [
    q("", "fr", "Dans la note JOB/GC/262, quel seuil de minimis le Japon applique-t-il et comment la valeur "
      "imposable est-elle calculée ?", MIN,
      evidence=["Japon 10 000 JPY 10 000 JPY Valeur imposable égale à 60 % du prix de détail"],
      answer_any=[["10 000", "10000", "10,000", "10.000"], ["60"]], tags=[ND]),
    q("", "fr", "De combien le commerce électronique transfrontières B2C a-t-il progressé en 2019 par rapport à "
      "2018, selon la note du Secrétariat d'octobre 2021 sur les envois de faible valeur ?", MIN,
      evidence=["Ce montant représente une hausse de 9 % par rapport à 2018."],
      answer_any=[["9"]], tags=[FN, ND]),
    q("", "fr", "Quelle délégation a animé le petit groupe sur la facturation électronique en 2023 ?", EINV,
      evidence=["issu des travaux du petit groupe facilité par la délégation de Singapour"],
      answer_any=[["Singapour", "Singapore", "Singapur"]], tags=[ND]),
    q("", "fr", "Quels exemples de normes internationales de facturation électronique ont été cités pendant les "
      "discussions ?", EINV,
      evidence=["des participants ont cité à titre d'exemples le réseau Peppol et la norme européenne EN 16931"],
      answer_any=[["Peppol"], ["16931"]], tags=[FN]),
    q("", "fr", "Dans quelle ville s'est tenu le symposium qui a donné son essor au programme des pôles "
      "commerciaux ?", SEM,
      evidence=["le Symposium international des Nations Unies sur l'efficacité commerciale, tenu à Columbus (Ohio) "
                "en octobre 1994"],
      answer_any=[["Columbus"]], tags=[FN]),
    q("", "fr", "Et qu'est-ce que la CNUDCI est venue présenter ?", SEM,
      history=[user("Quelles organisations sont intervenues au séminaire de 1999 sur le commerce électronique et le "
                    "développement ?"),
               assistant("L'UIT, la CNUCED, le Centre du commerce international, la CNUDCI, l'OMPI et la Banque "
                         "mondiale, ainsi que des entreprises privées.")],
      evidence=["Le représentant de la CNUDCI a présenté la Loi type sur le commerce électronique adoptée en 1996"],
      answer_any=[["Loi type", "Model Law", "Ley Modelo"], ["1996"]], tags=[FU]),
    q("", "fr", "D'après la communication WT/GC/W/944, où et quand le système panafricain de paiement a-t-il été "
      "lancé ?", AFC,
      evidence=["Le Système panafricain de paiement et de règlement (PAPSS), lancé commercialement à Accra en "
                "janvier 2022"],
      answer_any=[["Accra"], ["2022"]], tags=[ND]),
    q("", "fr", "Et combien d'États avaient ratifié l'Accord à la date de cette communication ?", AFC,
      history=[user("Qu'ont présenté le Cameroun, la Côte d'Ivoire et la Tunisie au Conseil général en octobre "
                    "2024 ?"),
               assistant("Une communication sur le Protocole de la ZLECAf sur le commerce numérique : son contenu, "
                         "les enseignements pour le programme de travail et des propositions, dont une session "
                         "spécifique en 2025.")],
      evidence=["48 États avaient déposé leur instrument de ratification"],
      answer_any=[["48"]], tags=[FU]),
    q("", "fr", "Selon le rapport de juillet 2016 du Président du Conseil du commerce des marchandises, quelles "
      "délégations avaient demandé d'inscrire le commerce électronique à l'ordre du jour ?", CTG,
      evidence=["It was inscribed for the April meeting at the request of the delegations of Canada and Norway"],
      answer_any=[["Canada", "Canadá"], ["Norway", "Norvège", "Noruega"]], tags=[XL, ND]),
    q("", "fr", "Et combien de Membres avaient accepté le protocole à ce moment-là, sur combien requis ?", CTG,
      history=[user("Que dit le rapport 2016 du Conseil du commerce des marchandises sur l'Accord sur la facilitation "
                    "des échanges ?"),
               assistant("Que son entrée en vigueur rapide profiterait aux petites entreprises qui vendent des "
                         "marchandises en ligne, et que son article 7.8 encourage déjà un seuil de minimis pour "
                         "les envois accélérés.")],
      evidence=["83 Members had accepted the Protocol of Amendment, out of the 110 acceptances required"],
      answer_any=[["83"], ["110"]], tags=[FU, XL]),
    q("", "fr", "Lors du Conseil général du 25 septembre 1998, à quelle condition l'Inde avait-elle accepté le statu "
      "quo sur les droits de douane ?", GCM,
      evidence=["India had joined the consensus on the standstill on customs duties only on the understanding that "
                "it was temporary"],
      answer_any=[["temporary", "temporaire", "temporal"]], tags=[XL, ND]),
    q("", "fr", "Quelles organisations l'Égypte voulait-elle associer aux travaux lors de l'adoption du programme "
      "de travail en 1998 ?", GCM,
      evidence=["He suggested that UNCTAD, the International Telecommunication Union and the World Intellectual "
                "Property Organization be invited to contribute their expertise."],
      answer_any=[["UNCTAD", "CNUCED", "UNCTAD"], ["Telecommunication Union", "ITU", "UIT"],
                  ["Intellectual Property", "WIPO", "OMPI"]], tags=[XL, ND]),
    q("", "fr", "Qu'est-il prévu pour le paragraphe sur les informations personnelles dans le texte sur les données "
      "publiques ouvertes ?", OGD,
      evidence=["The group agreed that paragraph 6 will be reviewed once the text on personal information protection "
                "has been stabilized."],
      answer_any=[["review", "réexamin", "revis", "reexamin"]], tags=[XL, FN]),
    q("", "fr", "En quelle année et par quel opérateur M-Pesa a-t-il été lancé ?", AFT,
      evidence=["El servicio M-Pesa fue lanzado en Kenya por el operador Safaricom en marzo de 2007."],
      answer_any=[["2007"], ["Safaricom"]], tags=[XL, FN]),
    q("", "fr", "D'après le rapport du facilitateur de mai 2025, quel écart entre hommes et femmes dans l'usage "
      "d'Internet a été signalé ?", SES,
      evidence=["en 2024, el 70 % de los hombres y el 65 % de las mujeres utilizaban Internet"],
      answer_any=[["70"], ["65"]], tags=[XL, ND]),
    q("", "fr", "Quel atelier le Guatemala, le Honduras et la République dominicaine proposent-ils pour 2026 ?", PAY,
      evidence=["un taller organizado por la Secretaría en 2026, en cooperación con el Banco Mundial, sobre pagos "
                "digitales e inclusión financiera"],
      answer_any=[["Banco Mundial", "World Bank", "Banque mondiale"],
                  ["pagos digitales", "digital payments", "paiements numériques", "paiements digitaux"]],
      tags=[XL, ND]),
    q("", "fr", "Quelles options le texte de l'initiative conjointe sur le spam laisse-t-il aux Parties pour limiter "
      "les messages non sollicités ?", SPAM,
      evidence=["exijan a los proveedores de mensajes que faciliten a los destinatarios la posibilidad de impedir la "
                "recepción continuada de esos mensajes",
                "exijan el consentimiento de los destinatarios, según se especifique en sus leyes y reglamentos, "
                "para recibir mensajes electrónicos comerciales"],
      answer_any=[["consentimiento", "consent", "consentement", "opt-in"],
                  ["impedir", "prevent", "opt-out", "exclusión", "empêcher", "désinscri", "refus", "stop"]],
      tags=[XL]),
    q("", "fr", "Comment la TVA sur les petits envois était-elle traitée dans l'UE selon le rapport de 2016 du Conseil "
      "des marchandises, et qu'en était-il en octobre 2021 ?", [CTG, MIN],
      evidence=["the value-added tax exemption for small consignments was under review",
                "Seuil de TVA de 22 EUR supprimé le 1er juillet 2021"],
      answer_any=[["review", "examen", "revis"], ["supprim", "abolish", "removed", "eliminat", "suprimi", "22"]],
      tags=[CMP, XL]),
    q("", "fr", "Quelles délégations ont facilité les petits groupes sur les données publiques ouvertes en 2021 et "
      "sur la facturation électronique en 2023 ?", [OGD, EINV],
      evidence=["The small group on open government data, facilitated by the delegation of Colombia, met six times",
                "issu des travaux du petit groupe facilité par la délégation de Singapour"],
      answer_any=[["Colombia", "Colombie"], ["Singapour", "Singapore", "Singapur"]], tags=[CMP, XL, ND]),
    q("", "fr", "Quelle échéance pour faire rapport au Conseil général retrouve-t-on à la fois dans le procès-verbal "
      "de septembre 1998 et dans la note sur le séminaire de février 1999 ?", [GCM, SEM],
      evidence=["report to the General Council by 30 July 1999",
                "au Conseil général le 30 juillet 1999 au plus tard"],
      answer_any=[["30 juillet 1999", "30 July 1999", "30 de julio de 1999"]], tags=[CMP, XL, ND]),
    q("", "fr", "Où et quand doit se tenir la CM14 selon la communication sur la ZLECAf et celle sur les paiements "
      "numériques ?", [AFC, PAY],
      evidence=["La quatorzième Conférence ministérielle doit se tenir à Yaoundé (Cameroun) du 26 au 29 mars 2026.",
                "La CM14 se celebrará en Yaundé (Camerún) del 26 al 29 de marzo de 2026."],
      answer_any=[["Yaoundé", "Yaundé", "Yaounde"], ["26"], ["29"]], tags=[CMP, FN, XL]),
    un("", "fr", "Combien de participants ont assisté à la session spécifique de septembre 2025 sur les paiements "
                 "numériques ?"),
    un("", "fr", "Quel seuil de minimis l'Inde applique-t-elle selon la note du Secrétariat de 2021 sur les envois de "
                 "faible valeur ?"),
    un("", "fr", "Combien d'États avaient ratifié le Protocole de la ZLECAf sur le commerce numérique en octobre "
                 "2024 ?"),
    un("", "fr", "Quel délai de transition le texte sur les données publiques ouvertes accorde-t-il aux pays les "
                 "moins avancés ?"),
    un("", "fr", "Combien de pôles commerciaux existaient en Afrique au moment du séminaire de 1999 ?"),
    un("", "fr", "Quelles sanctions pécuniaires le texte sur le spam prévoit-il contre les expéditeurs "
                 "récidivistes ?"),
]

ES = [
    q("", "es", "Según la nota de la Secretaría de junio de 2017 sobre Ayuda para el Comercio, ¿cuál era el "
      "principal obstáculo para los PMA?", AFT,
      evidence=["En el caso de los PMA, el costo de la conexión ocupaba el primer lugar."],
      answer_any=[["costo de la conexión", "connection cost", "cost of connect", "coût de la connexion", "costo",
                   "cost", "coût"]], tags=[ND]),
    q("", "es", "¿Cuál fue el primer país en tener una evaluación rápida de su preparación para el comercio "
      "electrónico?", AFT,
      evidence=["La primera de esas evaluaciones, relativa a Camboya, se publicó en 2017."],
      answer_any=[["Camboya", "Cambodia", "Cambodge"]], tags=[FN]),
    q("", "es", "¿Qué propuso el facilitador como próximos pasos tras la sesión específica de marzo de 2025?", SES,
      evidence=["celebrar en septiembre de 2025 una sesión específica sobre los pagos digitales",
                "informar al Consejo General en su reunión de julio de 2025 sobre la marcha de los trabajos"],
      answer_any=[["pagos digitales", "digital payments", "paiements numériques"], ["julio", "July", "juillet"]],
      tags=[ND]),
    q("", "es", "¿Qué peso tenían las remesas en el PIB de Honduras en 2023, según la comunicación WT/GC/W/981?",
      PAY,
      evidence=["en 2023 representaron alrededor del 19 % del PIB de Guatemala y del 25 % del de Honduras"],
      answer_any=[["25"]], tags=[ND]),
    q("", "es", "¿Cuántas veces se reunió en 2020 el grupo reducido sobre el spam y qué delegación lo facilitó?",
      SPAM,
      evidence=["El grupo reducido se reunió en siete ocasiones entre febrero y octubre de 2020",
                "al que llegó el grupo reducido facilitado por la delegación del Canadá"],
      answer_any=[["siete", "seven", "7", "sept"], ["Canadá", "Canada"]], tags=[ND]),
    q("", "es", "¿Y qué tiene que incluir cada mensaje comercial?", SPAM,
      history=[user("¿Qué establece el texto limpio de la Iniciativa Conjunta sobre los mensajes no solicitados?"),
               assistant("Define los mensajes electrónicos comerciales no solicitados y obliga a cada Parte a adoptar "
                         "medidas de exclusión voluntaria, de consentimiento previo u otras que los reduzcan al "
                         "mínimo, además de prever recursos contra los proveedores que no cumplan.")],
      evidence=["Cada Parte procurará que los mensajes electrónicos comerciales sean claramente identificables como "
                "tales, indiquen claramente en nombre de quién se envían",
                "contengan la información necesaria para que los destinatarios puedan solicitar gratuitamente y en "
                "cualquier momento que cese su envío"],
      answer_any=[["identificables", "identifiable"], ["nombre de quién", "on whose behalf", "remitente", "sender"],
                  ["cese", "stop", "cessation", "baja", "gratuitamente"]], tags=[FU]),
    q("", "es", "En el informe del Presidente del Consejo del Comercio de Mercancías de 2016, ¿qué preguntó Estados "
      "Unidos acerca de la impresión 3D?", CTG,
      evidence=["would have consequences for classification and rules of origin"],
      answer_any=[["classification", "clasificación", "classement"],
                  ["rules of origin", "normas de origen", "règles d'origine", "origen"]], tags=[XL, ND]),
    q("", "es", "¿Cuántos participantes y cuántos Miembros acordaron la ampliación del Acuerdo sobre Tecnología de la "
      "Información?", CTG,
      evidence=["The expansion was agreed by 24 participants representing 53 WTO Members"],
      answer_any=[["24"], ["53"]], tags=[XL, FN]),
    q("", "es", "¿Qué dice la declaración ministerial del Grupo ACP en Abu Dabi sobre la incorporación de los "
      "resultados plurilaterales a la OMC?", ACP,
      evidence=["Their incorporation into the WTO framework requires consensus in accordance with Article X:9 of the "
                "Marrakesh Agreement."],
      answer_any=[["consensus", "consenso"], ["X:9"]], tags=[XL, ND]),
    q("", "es", "¿Y sobre la moratoria, qué plantearon?", ACP,
      history=[user("¿Qué dijeron los ministros del Grupo ACP sobre comercio electrónico en la CM13?"),
               assistant("Reafirmaron su compromiso con el Programa de Trabajo de 1998 y su carácter exploratorio, "
                         "alertaron sobre la brecha digital y pidieron más apoyo a través de la Ayuda para el "
                         "Comercio y el Marco Integrado Mejorado.")],
      evidence=["Any future decision should be informed by an assessment of its fiscal implications for developing "
                "and least-developed countries"],
      answer_any=[["fiscal"]], tags=[FU, XL]),
    q("", "es", "¿Cuántas veces se reunió en 2021 el grupo sobre datos abiertos de la administración y cuándo se "
      "presentó el texto al plenario?", OGD,
      evidence=["met six times between March and September 2021 in hybrid format",
                "It was presented to the plenary of the initiative on 8 October 2021"],
      answer_any=[["six", "seis", "6"], ["8 October", "8 de octubre", "8 octobre", "October 8"]], tags=[XL, ND]),
    q("", "es", "En el acta de la reunión del Consejo General de septiembre de 1998, ¿qué pidió Australia a la "
      "Secretaría?", GCM,
      evidence=["suggested that the Secretariat be asked to prepare background notes for each of the bodies "
                "concerned"],
      answer_any=[["background notes", "notas de antecedentes", "notes d'information", "notas informativas",
                   "notas"]], tags=[XL, ND]),
    q("", "es", "¿Y qué pidió el Brasil en esa misma reunión?", GCM,
      history=[user("¿Cómo definía el comercio electrónico el programa de trabajo adoptado por el Consejo General "
                    "en 1998?"),
               assistant("Como la producción, distribución, comercialización, venta o entrega de bienes y servicios "
                         "por medios electrónicos.")],
      evidence=["asked that the fiscal implications of electronic commerce, including its possible effect on the "
                "tariff revenue of developing countries, be included"],
      answer_any=[["fiscal"], ["tariff revenue", "ingresos arancelarios", "recettes tarifaires", "revenue",
                                "ingresos"]], tags=[FU, XL]),
    q("", "es", "Según la nota JOB/GC/262, ¿qué límites aplica China al comercio minorista transfronterizo?", MIN,
      evidence=["Chine 5 000 CNY par transaction 70 % du montant normal Commerce de détail transfrontières ; plafond "
                "annuel de 26 000 CNY"],
      answer_any=[["5 000", "5000", "5.000", "5,000"], ["26 000", "26000", "26.000", "26,000"]], tags=[XL, ND]),
    q("", "es", "¿Qué disposición del Acuerdo sobre Facilitación del Comercio relativa a los envíos urgentes citan "
      "tanto el informe del Consejo de Mercancías de 2016 como la nota de 2021 sobre envíos de escaso valor?",
      [CTG, MIN],
      evidence=["Article 7.8 of the Trade Facilitation Agreement, on expedited shipments",
                "L'article 7.8 de l'Accord sur la facilitation des échanges, entré en vigueur le 22 février 2017"],
      answer_any=[["7.8"]], tags=[CMP, XL, ND]),
    q("", "es", "¿Qué decían sobre el costo de la conectividad en los PMA la nota de 2017 sobre Ayuda para el "
      "Comercio y el informe de 2025 sobre la brecha digital?", [AFT, SES],
      evidence=["En el caso de los PMA, el costo de la conexión ocupaba el primer lugar.",
                "En la mayoría de los PMA, el precio de la banda ancha móvil seguía superando el umbral de "
                "asequibilidad del 2 %"],
      answer_any=[["costo", "cost", "coût", "precio", "price", "prix"], ["2 %", "2%", "2 per cent", "2 por ciento"]],
      tags=[CMP, ND]),
    q("", "es", "¿Qué postura sobre no imponer derechos a las transmisiones electrónicas expresaron Estados Unidos en "
      "1998 y los proponentes de la comunicación de enero de 2026?", [GCM, PAY],
      evidence=["His delegation attached great importance to the commitment made in May to continue the practice of "
                "not imposing customs duties",
                "Los proponentes son partidarios de mantener la práctica actual de no imponer derechos de aduana a "
                "las transmisiones electrónicas"],
      answer_any=[["mantener", "maintain", "continue", "continuar", "maintenir"]], tags=[CMP, XL, ND]),
    q("", "es", "¿Qué actividades piden organizar el Grupo ACP en su declaración de 2024 y la comunicación sobre la "
      "ZLECAf?", [ACP, AFC],
      evidence=["We request the Secretariat to organize, before the Fourteenth Session, a workshop on digital "
                "industrialization for ACP Members.",
                "la tenue, en 2025, d'une session spécifique du programme de travail consacrée aux accords régionaux "
                "sur le commerce numérique et au développement"],
      answer_any=[["workshop", "taller", "atelier"], ["industrializ", "industrialis"],
                  ["session", "sesión"], ["régionaux", "regional"]], tags=[CMP, XL]),
    q("", "es", "¿Qué plazos de transición para los PMA prevén el texto sobre spam de 2020 y el de facturación "
      "electrónica de 2023?", [SPAM, EINV],
      evidence=["dispondrán de un período de tres años a partir de la entrada en vigor para aplicar el párrafo 4",
                "n'est pas tenue d'appliquer l'article 3 pendant une période de cinq ans"],
      answer_any=[["tres años", "three years", "trois ans", "3 años", "tres", "three"],
                  ["cinco años", "five years", "cinq ans", "5 años", "cinco", "five"]], tags=[CMP, XL, ND]),
    q("", "es", "¿Coinciden el informe del Consejo de Mercancías de 2016 y la nota de 2021 sobre el umbral de minimis "
      "de Estados Unidos?", [CTG, MIN],
      evidence=["The threshold was raised from US$200 to US$800 per person per day",
                "États-Unis 800 USD Sans objet Seuil relevé de 200 à 800 USD en mars 2016"],
      answer_any=[["800"]], tags=[CMP, XL, FN]),
    un("", "es", "¿Cuántas respuestas recibió el ejercicio de vigilancia de la Ayuda para el Comercio de 2019?"),
    un("", "es", "¿Qué porcentaje del PIB de la República Dominicana representaban las remesas en 2023?"),
    un("", "es", "¿Qué dijo China en la sesión específica de marzo de 2025 sobre la inteligencia artificial?"),
    un("", "es", "¿Qué umbral de minimis aplicaba el Brasil a los envíos de escaso valor en 2021?"),
    un("", "es", "¿Cuántos Miembros participaban en la Iniciativa Conjunta sobre el Comercio Electrónico en julio "
                 "de 2024?"),
    un("", "es", "¿Qué país presidía el Consejo del Comercio de Mercancías cuando se presentó el informe de 2016?"),
]


def numbered(questions, lang):
    for i, d in enumerate(questions, 1):
        d["id"] = "h6-%s%02d" % (lang, i)
    return questions


QUESTIONS = numbered(EN, "en") + numbered(FR, "fr") + numbered(ES, "es")


if __name__ == "__main__":
    write_gold("heldout6", QUESTIONS, METADATA)
