"""E. French, 1999, PDF ("fr_stacked" layout: organization on three lines, double rule,
symbol at the top right of later pages and "- n -" at their foot): progress report of the
Council for Trade in Goods to the General Council on the Work Programme."""

NAME = "conseil-marchandises-rapport-interimaire-1999.pdf"

DOC = {
    "format": "pdf", "variant": True, "lang": "fr", "layout": "fr_stacked", "font": "Times-Roman", "size": 11,
    "org": "ORGANISATION MONDIALE DU COMMERCE", "org_lines": ["ORGANISATION", "MONDIALE", "DU COMMERCE"],
    "symbol": "G/C/W/158", "date": "26 juillet 1999", "job": "(99-3141)",
    "body_line": "Conseil du commerce des marchandises", "original": "Original: anglais",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("center", "Rapport intérimaire du Conseil du commerce des marchandises au Conseil général[^1]"),
        ("h", "I.", "INTRODUCTION", 1),
        ("np", "1.", "Par sa décision du 25 septembre 1998, le Conseil général a chargé le Conseil du "
         "commerce des marchandises d'examiner les aspects du commerce électronique intéressant les "
         "dispositions du GATT de 1994 et des accords commerciaux multilatéraux figurant à l'Annexe 1A de "
         "l'Accord sur l'OMC, et de lui faire rapport à ce sujet avant le 30 juillet 1999.[^2]"),
        ("np", "2.", "Le Conseil a examiné la question à ses réunions formelles des 19 février, 30 avril et "
         "5 juillet 1999, ainsi qu'à une réunion informelle tenue le 12 mars 1999. Des communications écrites "
         "ont été présentées par l'Australie, les Communautés européennes, les États-Unis et Singapour."),
        ("np", "3.", "Le présent rapport rend compte de l'état des travaux. Il ne préjuge pas la position "
         "d'aucun Membre, et les Membres sont convenus que les travaux devaient se poursuivre sur "
         "l'ensemble des questions énumérées dans le mandat."),
        ("h", "II.", "QUESTIONS EXAMINÉES", 1),
        ("h", "A.", "Accès aux marchés pour les produits liés au commerce électronique", 2),
        ("np", "4.", "Les Membres ont souligné que le commerce électronique repose sur l'accès à des "
         "ordinateurs, à du matériel de télécommunication et à des logiciels à des prix abordables. "
         "Plusieurs délégations ont rappelé le rôle de l'Accord sur les technologies de l'information, "
         "conclu à Singapour en décembre 1996, qui prévoit l'élimination des droits sur ces produits,[^3] "
         "et ont invité les Membres qui n'y participaient pas encore à y adhérer."),
        ("h", "B.", "Évaluation en douane", 2),
        ("np", "5.", "Les Membres ont rappelé que la décision de 1984 sur l'évaluation des supports "
         "informatiques contenant des logiciels permet aux administrations douanières de ne retenir que "
         "le coût ou la valeur du support lui-même, et non celle du logiciel enregistré.[^4] Certaines "
         "délégations ont fait observer que, lorsqu'un logiciel est transmis par voie électronique, il "
         "n'existe aucun support à évaluer."),
        ("np", "6.", "La question de savoir si les redevances et droits de licence afférents à des "
         "produits commandés en ligne mais livrés physiquement doivent être inclus dans la valeur en "
         "douane a été soulevée. Il a été convenu que l'Accord sur l'évaluation en douane s'appliquait à "
         "ces produits de la même manière qu'à toute autre marchandise."),
        ("h", "C.", "Licences d'importation", 2),
        ("np", "7.", "Il a été noté que l'Accord sur les procédures de licences d'importation s'applique "
         "aux marchandises quel que soit le mode de commande. Plusieurs délégations ont souligné les "
         "avantages de la délivrance électronique des licences, qui réduit les délais et les coûts pour "
         "les importateurs."),
        ("h", "D.", "Droits de douane et autres droits et impositions", 2),
        ("np", "8.", "Les Membres ont rappelé la Déclaration sur le commerce électronique mondial adoptée "
         "par les Ministres le 20 mai 1998, par laquelle ils sont convenus de maintenir leur pratique "
         "actuelle consistant à ne pas imposer de droits de douane sur les transmissions électroniques. "
         "Certaines délégations ont estimé que cette pratique devrait être rendue permanente; d'autres ont "
         "souhaité en examiner d'abord les incidences sur les recettes publiques."),
        ("h", "E.", "Normes, règles d'origine et classement", 2),
        ("np", "9.", "En ce qui concerne les normes, les Membres ont noté que l'Accord sur les obstacles "
         "techniques au commerce encourage l'utilisation des normes internationales, ce qui est "
         "particulièrement important pour l'interopérabilité des équipements de réseau."),
        ("np", "10.", "Aucune question particulière concernant les règles d'origine n'a été identifiée à ce "
         "stade. Une délégation a toutefois demandé comment déterminer l'origine d'un produit conçu dans "
         "un pays, transmis par voie électronique et fabriqué dans un autre.[^5]"),
        ("np", "11.", "Les Membres ont longuement débattu de la question de savoir si certains produits "
         "transmis par voie électronique doivent être considérés comme des marchandises ou comme des "
         "services. Aucune conclusion n'a été atteinte. Le Conseil a estimé que cette question touchait "
         "aussi les travaux des autres organes et qu'elle devrait être examinée de manière coordonnée."),
        ("h", "III.", "CONCLUSIONS", 1),
        ("np", "12.", "Le Conseil est convenu de transmettre le présent rapport au Conseil général, étant "
         "entendu que les travaux se poursuivront et qu'un nouveau rapport pourra être présenté avant la "
         "troisième session de la Conférence ministérielle, qui doit se tenir à Seattle à la fin de "
         "1999.[^6]"),
    ],
    "footnotes": {
        "1": "Rapport adopté par le Conseil du commerce des marchandises à sa réunion du 5 juillet 1999.",
        "2": "Document WT/L/274, paragraphe 3. Le même mandat a été confié au Conseil du commerce des "
             "services, au Conseil des ADPIC et au Comité du commerce et du développement.",
        "3": "Déclaration ministérielle sur le commerce des produits des technologies de l'information, "
             "document WT/MIN(96)/16 du 13 décembre 1996.",
        "4": "La décision, adoptée en 1984 par le Comité de l'évaluation en douane du Tokyo Round, a été "
             "reprise par le Comité de l'OMC en 1995; voir le document G/VAL/5.",
        "5": "L'exemple cité était celui d'un plan de fabrication transmis en ligne puis exécuté par une "
             "machine à commande numérique dans le pays importateur.",
        "6": "Le Conseil général a été invité à examiner l'ensemble des rapports intérimaires à sa réunion "
             "de juillet 1999.",
    },
}
