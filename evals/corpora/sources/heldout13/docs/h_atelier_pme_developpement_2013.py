"""H. French, 2013, plain text saved from a word processor ("wordtext": one line per
paragraph, CRLF, calls as [n], a tab-separated table, notes at the end): summary report of
a workshop of the Committee on Trade and Development on electronic commerce, development
and small and medium-sized enterprises."""

NAME = "atelier-commerce-electronique-pme-developpement-2013.txt"

DOC = {
    "format": "txt", "variant": True, "lang": "fr", "txt_style": "wordtext",
    "org": "ORGANISATION MONDIALE DU COMMERCE",
    "symbol": "WT/COMTD/W/193", "date": "24 mai 2013", "job": "(13-2790)",
    "body_line": "Comité du commerce et du développement", "original": "Original: anglais",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "ATELIER SUR LE COMMERCE ÉLECTRONIQUE, LE DÉVELOPPEMENT ET LES PETITES ET MOYENNES "
         "ENTREPRISES (8-9 AVRIL 2013)"),
        ("center", "Rapport résumé du Secrétariat[^1]"),
        ("h", "1", "INTRODUCTION"),
        ("np", "1.1", "L'atelier a été organisé sous les auspices du Comité du commerce et du développement, "
         "conformément à la décision prise par les Ministres à la huitième Conférence ministérielle de "
         "redynamiser les travaux du Programme de travail sur le commerce électronique, en portant une "
         "attention particulière à la dimension du développement.[^2]"),
        ("np", "1.2", "Il a réuni environ 120 participants, dont des délégués en poste à Genève, des "
         "fonctionnaires venus des capitales, des représentants d'organisations internationales et des "
         "chefs de petites entreprises. Le programme comprenait quatre séances, présentées dans le tableau "
         "ci-après."),
        ("caption", "Programme de l'atelier"),
        ("table", [
            ["Séance", "Date", "Thème", "Modération"],
            ["Séance 1", "8 avril", "État des lieux du commerce électronique", "Secrétariat de l'OMC"],
            ["Séance 2", "8 avril", "Expériences de PME exportatrices", "Centre du commerce international"],
            ["Séance 3", "9 avril", "Paiements, logistique et cadre juridique", "Union postale universelle"],
            ["Séance 4", "9 avril", "Le rôle de l'OMC", "Président du Comité"],
        ]),
        ("h", "2", "ÉTAT DES LIEUX"),
        ("np", "2.1", "La première séance a montré que le commerce électronique entre entreprises "
         "représente toujours la plus grande partie des transactions en ligne, mais que les ventes aux "
         "consommateurs progressent plus vite, surtout en Asie. Le représentant de la CNUCED a indiqué que "
         "le nombre d'internautes dans les pays en développement avait dépassé celui des pays développés "
         "vers 2008.[^3]"),
        ("np", "2.2", "Plusieurs intervenants ont toutefois souligné que les pays les moins avancés restent "
         "en marge de cette évolution, en raison du coût de l'accès à large bande, qui pouvait y dépasser "
         "le revenu mensuel moyen d'un habitant."),
        ("h", "3", "EXPÉRIENCES DES PETITES ENTREPRISES"),
        ("np", "3.1", "La deuxième séance a donné la parole à des chefs d'entreprise. La responsable d'une "
         "coopérative d'artisans du Pérou a expliqué que la vente en ligne lui avait permis de tripler en "
         "trois ans le nombre de ses clients à l'étranger, mais que les frais d'expédition représentaient "
         "souvent plus du tiers du prix des produits."),
        ("np", "3.2", "Un développeur de logiciels du Kenya a indiqué que sa principale difficulté tenait à "
         "l'encaissement des paiements de clients étrangers, les grandes plates-formes de paiement en "
         "ligne n'acceptant pas alors les comptes de commerçants kényans.[^4]"),
        ("np", "3.3", "Une entreprise de tourisme du Népal a souligné l'importance de la réputation en "
         "ligne: les avis laissés par les clients sur les sites de voyage avaient remplacé, pour elle, les "
         "catalogues des voyagistes."),
        ("h", "4", "PAIEMENTS, LOGISTIQUE ET CADRE JURIDIQUE"),
        ("np", "4.1", "Le représentant de l'Union postale universelle a rappelé que les opérateurs postaux "
         "assurent la livraison de la majorité des petits colis issus du commerce électronique et qu'ils "
         "disposent du réseau physique le plus étendu au monde, avec environ 660 000 bureaux de poste."),
        ("np", "4.2", "Plusieurs intervenants ont souligné l'importance d'un cadre juridique reconnaissant "
         "les transactions et les signatures électroniques. Les lois types de la CNUDCI sur le commerce "
         "électronique (1996) et sur les signatures électroniques (2001) ont été citées comme références "
         "utiles.[^5]"),
        ("h", "5", "LE RÔLE DE L'OMC"),
        ("np", "5.1", "Au cours de la dernière séance, les délégations ont débattu de la manière dont l'OMC "
         "pourrait contribuer. Plusieurs d'entre elles ont suggéré d'intégrer le commerce électronique "
         "dans l'Aide pour le commerce; d'autres ont proposé que le Comité tienne des séances régulières "
         "consacrées à l'échange de données d'expérience."),
        ("np", "5.2", "Le Président a conclu que l'atelier avait permis de mieux comprendre les besoins des "
         "petites entreprises des pays en développement. Il a indiqué qu'il rendrait compte des travaux "
         "au Comité à sa prochaine réunion formelle, prévue en juillet 2013.[^6]"),
    ],
    "footnotes": {
        "1": "Le présent rapport a été établi sous la responsabilité du Secrétariat. Il ne rend pas compte "
             "de manière exhaustive des interventions et ne préjuge pas les positions des Membres.",
        "2": "Décision ministérielle du 17 décembre 2011, document WT/L/843.",
        "3": "CNUCED, Rapport sur l'économie de l'information 2012, consacré à l'industrie du logiciel dans "
             "les pays en développement.",
        "4": "L'intervenant a précisé que la situation avait changé depuis lors pour les comptes de "
             "particuliers, mais non pour les comptes professionnels.",
        "5": "La Convention des Nations Unies sur l'utilisation de communications électroniques dans les "
             "contrats internationaux, adoptée en 2005, a également été mentionnée.",
        "6": "Les présentations des intervenants sont disponibles sur la page de l'atelier du site Web de "
             "l'OMC.",
    },
}
