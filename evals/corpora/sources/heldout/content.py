"""Content of the held-out development test documents for wtoqa.

Written for wtoqa's evaluation from public facts; these are NOT official WTO
texts.  Every document is a list of blocks; build.py renders them to the
required formats and check_gold.py checks gold evidence against them.

Block kinds:
  ("title", text)         centred bold title line
  ("center", text)        centred line (subtitle, author line)
  ("p", text)             plain paragraph
  ("rule",)               separator line "_______________"
  ("h", num, text)        numbered section heading
  ("np", num, text)       numbered paragraph ("1." or "1.1")
  ("sub", label, text)    sub-item "(a)" of the preceding paragraph
  ("li", list_id, text)   item of a real (Word) numbered list
  ("caption", text)       table caption
  ("table", rows)         table, first row is the header
  ("source", text)        small note under a table

Inline footnote markers are written "[^n]"; footnote texts are in
doc["footnotes"].
"""

DOCS = {}

# ---------------------------------------------------------------------------
# 1. English, one-page PDF: LDC Group communication, 2017
# ---------------------------------------------------------------------------
DOCS["ldc-group-ecommerce-priorities.pdf"] = {
    "format": "pdf",
    "org": "WORLD TRADE ORGANIZATION",
    "symbol": "WT/GC/W/741",
    "date": "16 October 2017",
    "job": "(17-5563)",
    "page_label": "Page",
    "body_line": "General Council",
    "original": "Original: English",
    "font": "Helvetica",
    "size": 10,
    "footnotes": {},
    "blocks": [
        ("title", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("title", "E-COMMERCE AND LEAST-DEVELOPED COUNTRIES:"),
        ("title", "PRIORITIES OF THE LDC GROUP"),
        ("center", "Communication from Benin on behalf of the LDC Group"),
        ("p", "The following communication, dated 13 October 2017, is being circulated at the request "
              "of the delegation of Benin on behalf of the Least-Developed Countries (LDC) Group."),
        ("rule",),
        ("np", "1.", "The LDC Group recalls that the Work Programme on Electronic Commerce, adopted by the "
                     "General Council on 25 September 1998 (WT/L/274), instructs the relevant WTO bodies to "
                     "take into account the economic, financial and development needs of developing "
                     "countries. Nearly twenty years later, the digital divide between LDCs and the rest of "
                     "the membership remains wide: fewer than one in five people in LDCs used the Internet "
                     "in 2016."),
        ("np", "2.", "In the view of the Group, work on the development dimension of electronic commerce "
                     "should focus on the following priorities:"),
        ("sub", "(a)", "affordable broadband connectivity and a reliable electricity supply, in particular "
                       "in rural areas;"),
        ("sub", "(b)", "electronic payment solutions, including mobile money, and efficient trade logistics "
                       "and postal services;"),
        ("sub", "(c)", "legal and regulatory frameworks for electronic transactions, consumer protection "
                       "and the protection of personal data; and"),
        ("sub", "(d)", "digital skills for entrepreneurs, women and micro, small and medium-sized "
                       "enterprises."),
        ("np", "3.", "The Group is not in a position to negotiate new binding disciplines on electronic "
                     "commerce at this stage. Any future outcome should provide LDCs with adequate policy "
                     "space, special and differential treatment and transition periods that match their "
                     "implementation capacity."),
        ("np", "4.", "The Group takes note that Members have maintained the practice of not imposing "
                     "customs duties on electronic transmissions since 1998. Before the Eleventh Ministerial "
                     "Conference in Buenos Aires takes a decision on this practice, Members should have a "
                     "clearer picture of its implications for the tariff revenue of LDCs."),
        ("np", "5.", "The Group requests the Secretariat to organize, in the first half of 2018, a dedicated "
                     "workshop on e-commerce for LDCs, in cooperation with the Enhanced Integrated Framework, "
                     "UNCTAD and the International Trade Centre, and calls on development partners to "
                     "increase Aid for Trade support for digital connectivity."),
        ("np", "6.", "The Group invites Members to take these priorities into account in the preparations "
                     "for the Eleventh Ministerial Conference."),
    ],
}

# ---------------------------------------------------------------------------
# 2. French, multi-page PDF: communication on the moratorium, 2021
# ---------------------------------------------------------------------------
DOCS["moratoire-transmissions-electroniques.pdf"] = {
    "format": "pdf",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "WT/GC/W/833",
    "date": "9 novembre 2021",
    "job": "(21-8391)",
    "page_label": "Page",
    "body_line": "Conseil général",
    "original": "Original: anglais",
    "font": "Times-Roman",
    "size": 11,
    "footnotes": {
        "1": "Déclaration adoptée le 20 mai 1998 à la deuxième session de la Conférence ministérielle, "
             "tenue à Genève.",
        "2": "CNUCED, Growing Trade in Electronic Transmissions: Implications for the South, document de "
             "recherche n° 29, février 2019.",
    },
    "blocks": [
        ("title", "LE MORATOIRE SUR L'IMPOSITION DE DROITS DE DOUANE SUR LES"),
        ("title", "TRANSMISSIONS ÉLECTRONIQUES: INCIDENCES SUR LES RECETTES ET"),
        ("title", "L'ESPACE DE POLITIQUE DES PAYS EN DÉVELOPPEMENT"),
        ("center", "Communication de l'Inde et de l'Afrique du Sud"),
        ("p", "La communication ci-après, datée du 8 novembre 2021, est distribuée à la demande des "
              "délégations de l'Inde et de l'Afrique du Sud."),
        ("rule",),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.", "Depuis 1998[^1], les Membres de l'OMC ont pour pratique de ne pas imposer de droits de "
                     "douane sur les transmissions électroniques. Cette pratique, énoncée pour la première "
                     "fois dans la Déclaration sur le commerce électronique mondial (WT/MIN(98)/DEC/2), a été "
                     "prorogée à chaque Conférence ministérielle et, le plus récemment, par la décision du "
                     "Conseil général du 10 décembre 2019 (WT/L/1079), qui la maintient jusqu'à la douzième "
                     "Conférence ministérielle (CM12)."),
        ("np", "2.", "La présente communication fait suite aux documents WT/GC/W/747 et WT/GC/W/798, dans "
                     "lesquels les coauteurs ont soulevé des questions sur la portée du moratoire et sur ses "
                     "incidences pour les pays en développement. À l'approche de la CM12, qui doit se tenir à "
                     "Genève du 30 novembre au 3 décembre 2021, ces questions n'ont toujours pas reçu de "
                     "réponse satisfaisante, malgré les nombreuses réunions tenues dans le cadre du Programme de "
                     "travail."),
        ("h", "2", "PORTÉE DU MORATOIRE"),
        ("np", "3.", "Les Membres ne sont jamais convenus d'une définition commune des « transmissions "
                     "électroniques ». Certains Membres considèrent que le moratoire ne vise que la "
                     "transmission elle-même, tandis que d'autres estiment qu'il s'applique également au "
                     "contenu transmis. Cette incertitude juridique profite surtout aux grandes plates-formes "
                     "numériques établies dans un petit nombre de pays, tandis que les pays en développement en "
                     "supportent l'essentiel des coûts."),
        ("np", "4.", "Avec les progrès de la numérisation, un nombre croissant de produits autrefois échangés "
                     "sous forme physique et soumis à des droits de douane, comme les livres, la musique, les "
                     "films, les logiciels et les jeux vidéo, sont désormais fournis sous forme de fichiers "
                     "téléchargeables. L'impression 3D pourrait étendre ce phénomène à des produits "
                     "manufacturés tels que les pièces détachées, les jouets ou les dispositifs médicaux. "
                     "Les Membres n'ont pas davantage précisé si le moratoire couvre uniquement les produits "
                     "numériques ou s'étend également aux services fournis par voie électronique, tels que "
                     "la diffusion en continu, l'informatique en nuage ou la conception assistée par "
                     "ordinateur. Cette question revêt une importance particulière pour les pays qui "
                     "s'efforcent de développer leurs propres industries de services numériques, y compris "
                     "dans les secteurs de l'audiovisuel, du jeu vidéo et du logiciel, où la valeur ajoutée "
                     "locale reste faible."),
        ("h", "3", "INCIDENCES SUR LES RECETTES"),
        ("np", "5.", "Selon une étude de la CNUCED publiée en 2019[^2], la perte potentielle de recettes "
                     "tarifaires des pays en développement imputable au moratoire aurait atteint environ "
                     "10 milliards de dollars EU en 2017, soit près de 40 fois celle des pays développés. "
                     "Pour de nombreux pays à faible revenu, les droits de douane représentent encore une part "
                     "importante des recettes publiques totales."),
        ("np", "6.", "Une étude publiée par l'OCDE la même année conclut que les effets du moratoire sur les "
                     "recettes seraient limités et que les taxes intérieures sur la consommation, telles que "
                     "la taxe sur la valeur ajoutée (TVA), constitueraient un instrument plus efficace. Les "
                     "coauteurs ne partagent pas cette conclusion, pour les raisons suivantes:"),
        ("sub", "(a)", "les droits de douane sont perçus à la frontière par des administrations qui existent "
                       "déjà, alors que la perception de la TVA auprès des fournisseurs étrangers exige un "
                       "enregistrement et des moyens de contrôle dont disposent peu de pays en développement;"),
        ("sub", "(b)", "la TVA s'applique de la même manière aux produits nationaux et importés et ne peut donc "
                       "pas remplacer la fonction de protection et de développement des droits de douane;"),
        ("sub", "(c)", "les recettes perdues ne sont pas seulement celles d'aujourd'hui: à mesure que les "
                       "échanges de produits numériques s'accroissent, les pertes futures augmenteront."),
        ("h", "4", "POLITIQUE INDUSTRIELLE ET ESPACE DE POLITIQUE"),
        ("np", "7.", "L'histoire des pays aujourd'hui industrialisés montre que les droits de douane ont été un "
                     "outil essentiel de la politique industrielle. En renonçant à cet outil pour les produits "
                     "numériques, les pays en développement se privent de la possibilité de soutenir "
                     "l'émergence de leurs propres industries numériques, notamment dans les domaines des "
                     "logiciels, des services audiovisuels et de la fabrication additive. Le moratoire a été "
                     "adopté à une époque où le commerce électronique représentait une part marginale des "
                     "échanges mondiaux et où personne ne pouvait prévoir l'ampleur actuelle de la "
                     "transformation numérique. La situation a profondément changé, et les Membres doivent "
                     "pouvoir réexaminer une pratique qui n'a jamais fait l'objet d'une évaluation "
                     "approfondie de ses effets sur le développement."),
        ("np", "8.", "La pandémie de COVID-19 a accéléré la transformation numérique et accru la dépendance des "
                     "pays en développement à l'égard des importations de produits numériques. Dans ce "
                     "contexte, la préservation des recettes publiques et de l'espace de politique est plus "
                     "importante que jamais pour financer la reprise."),
        ("h", "5", "VOIE À SUIVRE"),
        ("np", "9.", "Les coauteurs proposent que les Membres:"),
        ("sub", "(a)", "poursuivent, dans le cadre du Programme de travail de 1998 (WT/L/274), des discussions "
                       "structurées sur la portée, la définition et l'incidence du moratoire;"),
        ("sub", "(b)", "demandent au Secrétariat d'élaborer une note factuelle sur les recettes tarifaires "
                       "auxquelles les Membres renoncent en raison du moratoire, ventilée par niveau de "
                       "développement;"),
        ("sub", "(c)", "s'abstiennent de proroger automatiquement le moratoire à la CM12 et réexaminent cette "
                       "pratique à la lumière des résultats de ces travaux."),
        ("np", "10.", "Les coauteurs rappellent enfin que le Programme de travail confie des tâches au Conseil "
                      "du commerce des marchandises, au Conseil du commerce des services, au Conseil des ADPIC "
                      "et au Comité du commerce et du développement, et demandent que ces organes reprennent "
                      "un examen régulier des aspects du commerce électronique relevant de leur compétence."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 3. Spanish, DOCX: Secretariat note on the development dimension, 2013
# ---------------------------------------------------------------------------
DOCS["nota-secretaria-dimension-desarrollo.docx"] = {
    "format": "docx",
    "created": (2013, 4, 2),
    "header_rows": [
        ("ORGANIZACIÓN MUNDIAL DEL COMERCIO", "WT/COMTD/W/193"),
        ("", "2 de abril de 2013"),
        ("(13-1702)", ""),
        ("Comité de Comercio y Desarrollo", "Original: inglés"),
    ],
    "running_header": "WT/COMTD/W/193",
    "footnotes": {},
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "LA DIMENSIÓN DE DESARROLLO DEL COMERCIO ELECTRÓNICO"),
        ("center", "Nota de la Secretaría"),
        ("p", "La presente nota se ha elaborado bajo la responsabilidad de la Secretaría y sin perjuicio de "
              "las posiciones de los Miembros ni de sus derechos y obligaciones en el marco de la OMC."),
        ("h", "1", "INTRODUCCIÓN"),
        ("np", "1.1", "En el párrafo 5 del Programa de trabajo sobre el comercio electrónico (WT/L/274), el "
                      "Consejo General encomendó al Comité de Comercio y Desarrollo que examinara las "
                      "consecuencias del comercio electrónico para el desarrollo, teniendo en cuenta las "
                      "necesidades económicas, financieras y de desarrollo de los países en desarrollo, e "
                      "informara al respecto."),
        ("np", "1.2", "En su reunión de noviembre de 2012, el Comité acordó celebrar una sesión específica "
                      "sobre la dimensión de desarrollo del comercio electrónico y pidió a la Secretaría que "
                      "preparara una nota de antecedentes. La presente nota responde a esa solicitud y "
                      "actualiza la información presentada en sesiones específicas anteriores."),
        ("np", "1.3", "La sección 2 ofrece un panorama de la conectividad; la sección 3 resume los obstáculos "
                      "señalados por los Miembros; la sección 4 describe las actividades de asistencia técnica "
                      "y cooperación; y la sección 5 propone cuestiones para el debate."),
        ("h", "2", "PANORAMA DE LA CONECTIVIDAD"),
        ("np", "2.1", "Según datos de la Unión Internacional de Telecomunicaciones (UIT), el número de usuarios "
                      "de Internet en el mundo superó los 2.400 millones a finales de 2012, lo que equivale a "
                      "algo más de un tercio de la población mundial. Sin embargo, el acceso sigue siendo muy "
                      "desigual: mientras que en los países desarrollados más del 70 por ciento de la "
                      "población utiliza Internet, en los países menos adelantados (PMA) esa proporción no "
                      "llega al 7 por ciento."),
        ("np", "2.2", "La telefonía móvil ha sido el principal motor de la expansión del acceso en los países en "
                      "desarrollo. A finales de 2012 había en el mundo más de 6.000 millones de abonados a la "
                      "telefonía móvil celular, de los cuales tres cuartas partes se encontraban en países en "
                      "desarrollo. La banda ancha móvil abre nuevas posibilidades para los pagos electrónicos "
                      "y el comercio transfronterizo de las pequeñas empresas."),
        ("np", "2.3", "El cuadro 1 resume la evolución del acceso a Internet por grupos de países entre 2007 y "
                      "2012."),
        ("caption", "Cuadro 1 – Usuarios de Internet por cada 100 habitantes, 2007 y 2012"),
        ("table", [
            ("Grupo de países", "2007", "2012"),
            ("Países desarrollados", "62", "74"),
            ("Países en desarrollo", "17", "29"),
            ("Países menos adelantados", "2", "6"),
            ("Mundo", "23", "36"),
        ]),
        ("source", "Fuente: Estimaciones de la Secretaría basadas en datos de la UIT."),
        ("h", "3", "OBSTÁCULOS AL COMERCIO ELECTRÓNICO EN LOS PAÍSES EN DESARROLLO"),
        ("np", "3.1", "Las comunicaciones presentadas por los Miembros y los debates celebrados en el Comité "
                      "ponen de manifiesto varios obstáculos recurrentes:"),
        ("li", 1, "la insuficiencia de la infraestructura de telecomunicaciones y el elevado costo del acceso "
                  "a la banda ancha;"),
        ("li", 1, "la falta de sistemas de pago electrónico fiables y la escasa bancarización de la población;"),
        ("li", 1, "la ausencia de marcos jurídicos que reconozcan las transacciones y firmas electrónicas;"),
        ("li", 1, "la falta de confianza de los consumidores, vinculada a la protección de los datos "
                  "personales y a la seguridad de las redes;"),
        ("li", 1, "las deficiencias de la logística y de los servicios postales para la entrega de las "
                  "mercancías pedidas en línea."),
        ("np", "3.2", "Estos obstáculos se refuerzan mutuamente. Por ejemplo, una pequeña empresa de un PMA que "
                      "dispone de conexión a Internet puede seguir sin acceso a los mercados internacionales si "
                      "no puede cobrar pagos transfronterizos o garantizar la entrega de sus productos."),
        ("np", "3.3", "Algunos Miembros en desarrollo han señalado además que los aranceles constituyen una "
                      "fuente importante de ingresos públicos y han pedido que se examinen las consecuencias de "
                      "la práctica de no imponer derechos de aduana a las transmisiones electrónicas, "
                      "prorrogada por última vez en la Octava Conferencia Ministerial, celebrada en Ginebra en "
                      "diciembre de 2011."),
        ("h", "4", "ASISTENCIA TÉCNICA Y COOPERACIÓN"),
        ("np", "4.1", "La iniciativa de Ayuda para el Comercio ofrece un marco para movilizar recursos destinados "
                      "a la infraestructura de tecnologías de la información y las comunicaciones (TIC). El "
                      "Cuarto Examen Global de la Ayuda para el Comercio, previsto para julio de 2013, estará "
                      "dedicado a la conexión con las cadenas de valor y brindará una ocasión para examinar el "
                      "papel del comercio electrónico."),
        ("np", "4.2", "Otras organizaciones internacionales desarrollan actividades pertinentes. La UNCTAD presta "
                      "asistencia a los países en desarrollo en la reforma de la legislación sobre comercio "
                      "electrónico, la UIT apoya el desarrollo de la infraestructura de banda ancha y el Centro "
                      "de Comercio Internacional ayuda a las pequeñas y medianas empresas a utilizar canales de "
                      "venta en línea."),
        ("np", "4.3", "La Secretaría de la OMC ha incluido el comercio electrónico en sus cursos regionales de "
                      "política comercial y está dispuesta a organizar, previa solicitud, talleres nacionales "
                      "sobre los aspectos del comercio electrónico relacionados con el comercio."),
        ("h", "5", "CUESTIONES PARA EL DEBATE"),
        ("np", "5.1", "Los Miembros tal vez deseen examinar, entre otras, las cuestiones siguientes:"),
        ("li", 2, "¿Qué experiencias nacionales pueden compartir los Miembros sobre políticas que hayan logrado "
                  "ampliar el acceso asequible a Internet?"),
        ("li", 2, "¿Cómo puede la Ayuda para el Comercio contribuir mejor a superar los obstáculos señalados en "
                  "la sección 3?"),
        ("li", 2, "¿Qué papel podría desempeñar el Comité en la coordinación con otras organizaciones "
                  "internacionales?"),
        ("li", 2, "¿Debería el Comité informar periódicamente al Consejo General sobre la dimensión de "
                  "desarrollo del comercio electrónico?"),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 4. English, saved HTML page: JSI co-convenors' update, 2023
# ---------------------------------------------------------------------------
DOCS["jsi-ecommerce-coconvenors-update.html"] = {
    "format": "html",
    "saved_from": "https://docs.example-trade.org/ecom/jsi/inf-ecom-85-update.html",
    "issued_by": "Australia, Japan and Singapore (co-convenors)",
    "related": [
        ("#wt-min-17-60", "WT/MIN(17)/60 – Joint Statement on Electronic Commerce (13 December 2017)"),
        ("#wt-l-1056", "WT/L/1056 – Joint Statement on Electronic Commerce (25 January 2019)"),
        ("#wt-l-274", "WT/L/274 – Work Programme on Electronic Commerce (30 September 1998)"),
    ],
    "symbol": "INF/ECOM/85",
    "date": "20 December 2023",
    "original": "Original: English",
    "page_title": "Joint Statement Initiative on Electronic Commerce: Update by the co-convenors",
    "footnotes": {},
    "blocks": [
        ("title", "JOINT STATEMENT INITIATIVE ON ELECTRONIC COMMERCE"),
        ("title", "UPDATE BY THE CO-CONVENORS"),
        ("center", "Statement by Australia, Japan and Singapore"),
        ("p", "The following statement by the co-convenors of the Joint Statement Initiative on Electronic "
              "Commerce, delivered at the meeting of participants held in Geneva on 20 December 2023, is being "
              "circulated at the request of the delegations of Australia, Japan and Singapore."),
        ("rule",),
        ("np", "1.", "Ministers launched exploratory work towards future negotiations at the Eleventh Ministerial "
                     "Conference in Buenos Aires (WT/MIN(17)/60), and participants confirmed their intention "
                     "to commence negotiations in Davos on 25 January 2019 (WT/L/1056). The initiative has since "
                     "grown to 90 WTO Members, together accounting for more than 90 per cent of global trade."),
        ("np", "2.", "Over the course of 2023, participants met in eight negotiating rounds in Geneva, "
                     "complemented by small-group sessions led by facilitators and by intersessional meetings "
                     "at the level of heads of delegation."),
        ("np", "3.", "We are pleased to report that participants have substantially concluded negotiations on "
                     "the following articles: electronic signatures and authentication; electronic contracts; "
                     "paperless trading; electronic invoicing; single windows; online consumer protection; "
                     "unsolicited commercial electronic messages; open government data; open internet access; "
                     "cybersecurity; and transparency. Substantial conclusion means that the text is stable and "
                     "will not be reopened, subject to the overall balance of the final package."),
        ("np", "4.", "Work continues on personal data protection, customs duties on electronic transmissions, "
                     "telecommunications and development. On customs duties, some participants seek a permanent "
                     "commitment among participants, while others prefer a provision linked to the outcome of "
                     "multilateral discussions on the moratorium."),
        ("np", "5.", "In October 2023, one participant withdrew its support for certain proposals on cross-border "
                     "data flows, data localization and source code. After broad consultations, participants "
                     "agreed that these issues will not form part of the package to be concluded in 2024, "
                     "without prejudice to future work on them."),
        ("np", "6.", "On development, participants are discussing transition periods and flexibilities for "
                     "developing and least-developed participants. The E-commerce Capacity Building Framework, "
                     "launched in December 2022, continues to support projects that help developing Members "
                     "join the initiative and implement its outcomes."),
        ("np", "7.", "Participants also discussed the legal architecture of the outcome, including the option "
                     "of incorporating the agreement into Annex 4 of the Marrakesh Agreement as a plurilateral "
                     "trade agreement, which requires a consensus decision of the Ministerial Conference."),
        ("np", "8.", "Our objective remains to conclude negotiations on a high-standard and inclusive text ahead "
                     "of the Thirteenth Ministerial Conference (MC13), to be held in Abu Dhabi from 26 to 29 "
                     "February 2024, or as soon as possible in 2024."),
        ("np", "9.", "The first negotiating round of 2024 will take place in the week of 15 January. The "
                     "initiative remains open to all WTO Members, and we encourage those that have not yet "
                     "joined to participate."),
    ],
}

# ---------------------------------------------------------------------------
# 5. French, Markdown: General Council minutes, December 2019 meeting
# ---------------------------------------------------------------------------
DOCS["conseil-general-compte-rendu-2019.md"] = {
    "format": "md",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "WT/GC/M/181",
    "date": "4 février 2020",
    "job": "(20-0874)",
    "body_line": "Conseil général",
    "original": "Original: anglais",
    "footnotes": {},
    "blocks": [
        ("title", "CONSEIL GÉNÉRAL"),
        ("title", "COMPTE RENDU DE LA RÉUNION TENUE AU CENTRE WILLIAM RAPPARD LES 9 ET 10 DÉCEMBRE 2019"),
        ("p", "La réunion s'est tenue sous la présidence du Président du Conseil général."),
        ("toc", [
            "1 RAPPORT DU PRÉSIDENT DU COMITÉ DES NÉGOCIATIONS COMMERCIALES ET RAPPORT DU DIRECTEUR GÉNÉRAL",
            "2 FONCTIONNEMENT DE L'ORGANE D'APPEL – RAPPORT DU FACILITATEUR",
            "3 PROGRAMME DE TRAVAIL SUR LES PETITES ÉCONOMIES",
            "4 PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE – EXAMEN DES PROGRÈS",
            "5 PLAINTES EN SITUATION DE NON-VIOLATION ET PLAINTES MOTIVÉES PAR UNE AUTRE SITUATION DANS LE "
            "CADRE DE L'ACCORD SUR LES ADPIC",
            "6 QUESTIONS DIVERSES",
        ]),
        ("h", "1", "RAPPORT DU PRÉSIDENT DU COMITÉ DES NÉGOCIATIONS COMMERCIALES ET RAPPORT DU DIRECTEUR GÉNÉRAL"),
        ("np", "1.1", "Le Directeur général, en sa qualité de Président du Comité des négociations commerciales, "
                      "rend compte des travaux menés depuis la dernière réunion du Conseil. Le Conseil général "
                      "prend note du rapport et des déclarations."),
        ("h", "2", "FONCTIONNEMENT DE L'ORGANE D'APPEL – RAPPORT DU FACILITATEUR"),
        ("np", "2.1", "Le facilitateur rend compte des consultations informelles menées sur le fonctionnement de "
                      "l'Organe d'appel. Le Conseil général prend note du rapport et des déclarations."),
        ("h", "3", "PROGRAMME DE TRAVAIL SUR LES PETITES ÉCONOMIES"),
        ("np", "3.1", "Le Président du Comité du commerce et du développement réuni en session spécifique rend "
                      "compte des travaux. Le Conseil général prend note du rapport."),
        ("h", "4", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE – EXAMEN DES PROGRÈS"),
        ("np", "4.1", "Le Président rappelle qu'à sa réunion de juillet 2019 le Conseil général est convenu de "
                      "poursuivre les discussions structurées sur le commerce électronique sous ses auspices, et "
                      "que l'Ami de la présidence a tenu des consultations ouvertes à tous les Membres en octobre "
                      "et en novembre 2019. Il invite l'Ami de la présidence à rendre compte de ces consultations."),
        ("np", "4.2", "L'Ami de la présidence dit que les discussions ont porté sur trois thèmes: la portée et la "
                      "définition du moratoire sur les droits de douane applicables aux transmissions "
                      "électroniques, ses incidences sur les recettes, et la dimension de développement du "
                      "commerce électronique. Les Membres reconnaissent la valeur du Programme de travail de 1998 "
                      "comme cadre multilatéral, mais leurs avis restent partagés sur l'opportunité de proroger "
                      "le moratoire. Il présente le projet de décision figurant dans le document WT/GC/W/789, qui "
                      "est issu de ces consultations."),
        ("np", "4.3", "Le représentant de l'Inde dit que sa délégation peut se joindre au consensus sur le projet "
                      "de décision, étant entendu que les discussions structurées de 2020 porteront sur la "
                      "portée, la définition et l'incidence du moratoire. Le moratoire prive les pays en "
                      "développement de recettes tarifaires dont ils ont besoin et d'un outil de politique "
                      "industrielle; il ne devrait pas devenir permanent."),
        ("np", "4.4", "Le représentant de l'Afrique du Sud partage les préoccupations de l'Inde. Aucune évaluation "
                      "sérieuse des coûts du moratoire pour les pays en développement n'a été réalisée depuis "
                      "1998, alors que le volume des produits numériques échangés a considérablement augmenté. La "
                      "revitalisation du Programme de travail doit commencer par un examen factuel de ces coûts."),
        ("np", "4.5", "Le représentant de l'Indonésie dit que son pays a modifié sa nomenclature tarifaire en 2018 "
                      "afin d'y créer des lignes pour les produits numériques transmis électroniquement, "
                      "assorties pour l'instant d'un taux nul. L'Indonésie estime que les Membres conservent le "
                      "droit de préciser le champ d'application du moratoire."),
        ("np", "4.6", "Le représentant du Tchad, s'exprimant au nom du Groupe des PMA, appuie le projet de "
                      "décision. Le Programme de travail doit accorder une place centrale à la dimension de "
                      "développement, notamment à la connectivité, aux compétences numériques et au renforcement "
                      "des capacités. Il rappelle la proposition faite par le Groupe en 2017 d'organiser des "
                      "ateliers consacrés aux PMA."),
        ("np", "4.7", "Le représentant de l'Australie, s'exprimant également au nom du Japon et de Singapour en "
                      "tant que coordonnateurs de l'Initiative liée à la Déclaration conjointe sur le commerce "
                      "électronique, se félicite du projet de décision. Le moratoire apporte de la prévisibilité "
                      "aux entreprises et aux consommateurs, en particulier aux micro, petites et moyennes "
                      "entreprises. Les négociations plurilatérales, qui réunissent désormais plus de 80 Membres, "
                      "sont complémentaires du Programme de travail multilatéral."),
        ("np", "4.8", "Le représentant de l'Union européenne dit que le moratoire devrait devenir permanent. Les "
                      "études disponibles, notamment celles de l'OCDE, montrent que les avantages de l'absence de "
                      "droits de douane l'emportent largement sur les recettes auxquelles les Membres renoncent, "
                      "et les taxes intérieures non discriminatoires demeurent à la disposition de tous les "
                      "Membres."),
        ("np", "4.9", "Les représentants de la Suisse, du Canada, de la Norvège et du Brésil appuient également "
                      "l'adoption du projet de décision."),
        ("np", "4.10", "Le Conseil général prend note du rapport de l'Ami de la présidence et des déclarations, et "
                       "adopte le projet de décision figurant dans le document WT/GC/W/789. Aux termes de cette "
                       "décision, publiée ultérieurement sous la cote WT/L/1079, les Membres maintiendront la "
                       "pratique actuelle de ne pas imposer de droits de douane sur les transmissions "
                       "électroniques jusqu'à la douzième Conférence ministérielle, et le Conseil général tiendra "
                       "des examens périodiques à ses réunions de juillet et de décembre 2020."),
        ("np", "4.11", "Le Président dit qu'il consultera les Membres au début de 2020 sur l'organisation des "
                       "discussions structurées."),
        ("h", "5", "PLAINTES EN SITUATION DE NON-VIOLATION ET PLAINTES MOTIVÉES PAR UNE AUTRE SITUATION DANS LE "
                   "CADRE DE L'ACCORD SUR LES ADPIC"),
        ("np", "5.1", "Le Président rappelle que le Conseil des ADPIC n'est pas parvenu à formuler de "
                      "recommandation sur la portée et les modalités de ces plaintes."),
        ("np", "5.2", "Le Conseil général adopte le projet de décision figurant dans le document WT/GC/W/790, aux "
                      "termes duquel les Membres ne présenteront pas de telles plaintes au titre de l'Accord sur "
                      "les ADPIC jusqu'à la douzième Conférence ministérielle. La décision a été publiée "
                      "ultérieurement sous la cote WT/L/1080."),
        ("h", "6", "QUESTIONS DIVERSES"),
        ("np", "6.1", "Aucune autre question n'est soulevée. Le Président lève la séance."),
        ("center", "__________"),
    ],
}

# ---------------------------------------------------------------------------
# 6. Spanish, text extracted from a PDF: TRIPS Council progress report, 1999
# ---------------------------------------------------------------------------
DOCS["consejo-adpic-informe-1999.txt"] = {
    "format": "txt",
    "org_lines": ("ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"),
    "page_word": "Página",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "symbol": "IP/C/18",
    "date": "30 de julio de 1999",
    "job": "(99-3187)",
    "body_line": "Consejo de los Aspectos de los Derechos de Propiedad Intelectual relacionados con el Comercio",
    "original": "Original: inglés",
    "footnotes": {},
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("center", "Informe sobre la marcha de los trabajos al Consejo General"),
        ("center", "Adoptado por el Consejo de los ADPIC el 9 de julio de 1999"),
        ("np", "1.", "En su reunión del 25 de septiembre de 1998, el Consejo General estableció un programa de "
                     "trabajo amplio sobre el comercio electrónico (WT/L/274) y encomendó al Consejo de los "
                     "ADPIC que examinara las cuestiones de propiedad intelectual derivadas del comercio "
                     "electrónico e informara al respecto. El mandato abarca la protección y observancia del "
                     "derecho de autor y los derechos conexos, la protección y observancia de las marcas de "
                     "fábrica o de comercio, y las nuevas tecnologías y el acceso a la tecnología. El Consejo "
                     "General pidió a los órganos competentes que le informaran sobre la marcha de los trabajos "
                     "a más tardar el 30 de julio de 1999."),
        ("np", "2.", "El Consejo examinó el programa de trabajo en sus reuniones de febrero, junio y julio de "
                     "1999, sobre la base de una nota de antecedentes de la Secretaría (IP/C/W/128), de "
                     "comunicaciones de varios Miembros y de la información facilitada por la Organización "
                     "Mundial de la Propiedad Intelectual (OMPI) sobre sus actividades en la materia."),
        ("np", "3.", "Derecho de autor y derechos conexos. Se expresó la opinión general de que las disposiciones "
                     "del Acuerdo sobre los ADPIC relativas al derecho de autor y los derechos conexos son "
                     "aplicables a la utilización de obras en el entorno digital. Varios Miembros destacaron la "
                     "importancia del Tratado de la OMPI sobre Derecho de Autor (WCT) y del Tratado de la OMPI "
                     "sobre Interpretación o Ejecución y Fonogramas (WPPT), adoptados en diciembre de 1996, y "
                     "alentaron a los Miembros a ratificarlos. Otros Miembros consideraron prematuro examinar la "
                     "incorporación de esos tratados al Acuerdo sobre los ADPIC. Se planteó también la cuestión de "
                     "la responsabilidad de los proveedores de servicios en línea por las infracciones cometidas "
                     "por sus usuarios, que no se examinó en detalle."),
        ("np", "4.", "Marcas de fábrica o de comercio. El Consejo examinó la relación entre los nombres de dominio "
                     "de Internet y las marcas. Los Miembros tomaron nota del informe final del proceso de la OMPI "
                     "relativo a los nombres de dominio de Internet, publicado el 30 de abril de 1999, y de su "
                     "recomendación de establecer un procedimiento administrativo uniforme de solución de "
                     "controversias para los casos de registro abusivo. Se señaló asimismo que el uso de una marca "
                     "en Internet puede producir efectos en varios territorios a la vez, lo que plantea cuestiones "
                     "en relación con el principio de territorialidad."),
        ("np", "5.", "Nuevas tecnologías y acceso a la tecnología. Algunos Miembros en desarrollo subrayaron que la "
                     "protección de la propiedad intelectual en el comercio electrónico debe contribuir a la "
                     "transferencia y difusión de tecnología, de conformidad con el artículo 7 del Acuerdo, y "
                     "recordaron la obligación de los países desarrollados Miembros, prevista en el párrafo 2 del "
                     "artículo 66, de ofrecer incentivos para la transferencia de tecnología a los países menos "
                     "adelantados Miembros."),
        ("np", "6.", "Observancia. Se señaló que las disposiciones de la Parte III del Acuerdo sobre los ADPIC "
                     "relativas a la observancia se aplican igualmente a las infracciones cometidas en línea, si "
                     "bien la naturaleza mundial de Internet plantea dificultades prácticas, en particular en "
                     "materia de jurisdicción y de identificación de los infractores."),
        ("np", "7.", "El Consejo considera que sus trabajos sobre estas cuestiones no han concluido y que el "
                     "examen de las consecuencias del comercio electrónico para la propiedad intelectual debe "
                     "proseguir. El Consejo mantendrá este punto en el orden del día de sus reuniones ordinarias "
                     "y seguirá informando al Consejo General."),
        ("np", "8.", "El Consejo observa asimismo que algunas cuestiones, como las relativas a la jurisdicción y a "
                     "la legislación aplicable, revisten un carácter horizontal y afectan a varios órganos de la "
                     "OMC, por lo que podrían beneficiarse de un examen en el Consejo General."),
        ("center", "__________"),
    ],
}
