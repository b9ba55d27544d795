"""G. French, 2020, saved web page ("tufte": <main><article>, sidenotes inline in the
paragraph, blog chrome with a widget sidebar): Secretariat information note on electronic
commerce and the COVID-19 pandemic."""

NAME = "note-information-commerce-electronique-covid19-2020.html"

DOC = {
    "format": "html", "variant": True, "lang": "fr", "site": "tufte",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "JOB/GC/240", "date": "4 mai 2020", "iso_date": "2020-05-04", "job": "(20-3371)",
    "body_line": "Conseil général", "original": "Original: anglais",
    "page_title": "Le commerce électronique, le commerce et la pandémie de COVID-19 : note d'information",
    "saved_from": "https://carnets-commerce-numerique.example.fr/2020/05/omc-commerce-electronique-covid19/",
    "card": [("Cote", "JOB/GC/240"), ("Date", "4 mai 2020"), ("Auteur", "Secrétariat de l'OMC"),
             ("Organe", "Conseil général"), ("Langue originale", "anglais")],
    "related": ["Moratoire sur les transmissions électroniques : où en est-on ?",
                "Les mesures commerciales liées à la COVID-19", "La fracture numérique en chiffres",
                "Initiative conjointe : point d'étape 2020"],
    "tags": ["Notes de l'OMC", "COVID-19", "Commerce électronique", "PME"],
    "blocks": [
        ("title", "LE COMMERCE ÉLECTRONIQUE, LE COMMERCE ET LA PANDÉMIE DE COVID-19"),
        ("center", "Note d'information du Secrétariat[^1]"),
        ("h", "I.", "INTRODUCTION"),
        ("np", "1.", "Les mesures de confinement et de distanciation physique adoptées pour contenir la "
         "pandémie de COVID-19 ont profondément modifié la manière dont les consommateurs achètent et dont "
         "les entreprises vendent. Le commerce électronique est devenu, pour de nombreux ménages, le seul "
         "moyen de se procurer certains produits, et pour de nombreuses entreprises, le seul moyen de "
         "poursuivre leur activité."),
        ("np", "2.", "La présente note décrit les effets de la pandémie sur le commerce électronique, les "
         "mesures prises par les gouvernements pour y répondre et les questions qui pourraient intéresser "
         "les Membres dans le cadre du Programme de travail sur le commerce électronique."),
        ("h", "II.", "LES EFFETS SUR LA DEMANDE ET SUR L'OFFRE"),
        ("np", "3.", "Du côté de la demande, les achats en ligne de produits alimentaires, de produits "
         "d'hygiène et de fournitures médicales ont fortement augmenté. En Chine, les ventes au détail en "
         "ligne de biens physiques ont progressé de 5,9 pour cent au premier trimestre de 2020 par rapport "
         "à la même période de 2019, alors que l'ensemble des ventes au détail reculait de 19 pour cent.[^2]"),
        ("np", "4.", "La demande de services fournis en ligne a connu une croissance encore plus rapide. "
         "Le nombre de participants quotidiens aux réunions d'un grand service de visioconférence est passé "
         "d'environ 10 millions en décembre 2019 à plus de 300 millions en avril 2020. L'enseignement à "
         "distance, la télémédecine et les services de diffusion en continu ont suivi la même tendance."),
        ("np", "5.", "Du côté de l'offre, les restrictions imposées aux déplacements et la suspension de "
         "nombreux vols de passagers, dont les soutes transportent une grande partie des colis "
         "internationaux, ont perturbé les livraisons transfrontières. Certains opérateurs postaux ont "
         "suspendu l'acceptation d'envois à destination de plusieurs pays.[^3]"),
        ("np", "6.", "Les petites entreprises ont été particulièrement exposées. Celles qui disposaient "
         "déjà d'un canal de vente en ligne ont pu en partie compenser la fermeture de leurs points de "
         "vente; les autres ont dû s'équiper dans l'urgence, souvent en recourant aux grandes plates-formes."),
        ("h", "III.", "LES MESURES PRISES PAR LES GOUVERNEMENTS"),
        ("np", "7.", "Plusieurs gouvernements ont pris des mesures pour faciliter les paiements "
         "électroniques et limiter la circulation des espèces. Au Kenya, la banque centrale et les "
         "opérateurs de téléphonie mobile sont convenus en mars 2020 de supprimer les frais sur les "
         "transferts de monnaie mobile inférieurs à 1 000 shillings.[^4]"),
        ("np", "8.", "D'autres mesures visaient la protection des consommateurs. Des autorités de la "
         "concurrence et de la consommation ont mis en garde contre les hausses de prix abusives et les "
         "allégations trompeuses sur les produits de protection, et de grandes plates-formes ont retiré "
         "des centaines de milliers d'offres de leurs sites."),
        ("np", "9.", "Certains Membres ont accepté temporairement les documents commerciaux et les "
         "certificats sous forme électronique, ou ont autorisé les signatures électroniques pour des "
         "formalités qui exigeaient auparavant un original sur papier."),
        ("h", "IV.", "LES QUESTIONS POUR LA COOPÉRATION INTERNATIONALE"),
        ("np", "10.", "La pandémie a mis en évidence la fracture numérique. Selon l'Union internationale "
         "des télécommunications, environ 3,6 milliards de personnes n'utilisaient pas l'Internet à la fin "
         "de 2019, pour la plupart dans les pays en développement et les pays les moins avancés.[^5] Pour "
         "ces populations, le passage au commerce électronique n'était pas une solution."),
        ("np", "11.", "La crise a également souligné l'importance de la facilitation des échanges, des "
         "services de logistique et des télécommunications, ainsi que de la transparence des mesures "
         "prises. Les Membres pourraient envisager d'examiner ces questions dans le cadre du Programme de "
         "travail, notamment à la lumière des enseignements de la pandémie."),
        ("h", "V.", "CONCLUSION"),
        ("np", "12.", "Les mesures liées au commerce électronique prises pendant la pandémie ont été pour la "
         "plupart favorables au commerce. Certaines pourraient être maintenues après la crise. Le "
         "Secrétariat continuera de suivre l'évolution de la situation et mettra à jour la présente note "
         "selon que de besoin.[^6]"),
    ],
    "footnotes": {
        "1": "La présente note a été établie par le Secrétariat de l'OMC sous sa propre responsabilité. Elle "
             "ne préjuge pas les positions des Membres ni leurs droits et obligations dans le cadre de l'OMC.",
        "2": "Bureau national de la statistique de la Chine, communiqué du 17 avril 2020.",
        "3": "L'Union postale universelle a tenu à jour, à partir de mars 2020, une liste des opérateurs "
             "désignés ayant signalé des perturbations de leurs services internationaux.",
        "4": "La mesure, annoncée le 16 mars 2020, devait s'appliquer pendant une période initiale de "
             "90 jours.",
        "5": "UIT, Measuring Digital Development: Facts and Figures 2019. La part de la population mondiale "
             "utilisant l'Internet y est estimée à 53,6 pour cent.",
        "6": "Le Secrétariat a également publié une liste des mesures commerciales liées à la COVID-19 "
             "notifiées par les Membres, qui est régulièrement mise à jour.",
    },
}
