"""F. French, 2015, DOCX ("paras" letterhead: right-aligned paragraphs with a tab stop, no
header table; Word auto-numbered headings and paragraphs; a body table with a caption; Word
footnotes): Secretariat note to the Committee on Trade and Development on electronic and
mobile payments."""

NAME = "note-secretariat-paiements-electroniques-mobiles-2015.docx"

DOC = {
    "format": "docx", "variant": True, "lang": "fr", "created": (2015, 10, 12), "letterhead": "paras",
    "org": "ORGANISATION MONDIALE DU COMMERCE", "org_lines": ["ORGANISATION MONDIALE", "DU COMMERCE"],
    "symbol": "WT/COMTD/W/211", "date": "12 octobre 2015", "job": "(15-5327)",
    "body_line": "Comité du commerce et du développement", "original": "Original: anglais",
    "running_header": "WT/COMTD/W/211", "page_word": "Page",
    "blocks": [
        ("title", "PROGRAMME DE TRAVAIL SUR LE COMMERCE ÉLECTRONIQUE"),
        ("title", "LES PAIEMENTS ÉLECTRONIQUES ET MOBILES DANS LES PAYS EN DÉVELOPPEMENT"),
        ("center", "Note du Secrétariat[^1]"),
        ("h", "I", "INTRODUCTION"),
        ("np", "1", "À sa session spécifique sur le commerce électronique du 29 juin 2015, le Comité du "
         "commerce et du développement a demandé au Secrétariat de réunir des informations factuelles sur "
         "l'accès des entreprises et des consommateurs des pays en développement aux moyens de paiement "
         "électroniques. Plusieurs délégations avaient en effet relevé que l'impossibilité d'encaisser un "
         "paiement venant de l'étranger était l'un des principaux obstacles à la vente en ligne pour les "
         "petites entreprises."),
        ("np", "2", "La présente note s'appuie principalement sur la base de données Global Findex de la "
         "Banque mondiale, publiée en avril 2015,[^2] et sur les travaux de l'association GSMA. Elle ne "
         "porte aucun jugement sur la compatibilité de mesures particulières avec les règles de l'OMC."),
        ("h", "II", "L'ACCÈS AUX SERVICES DE PAIEMENT"),
        ("np", "3", "En 2014, 62 pour cent des adultes dans le monde détenaient un compte auprès d'une "
         "institution financière ou d'un prestataire de monnaie mobile, contre 51 pour cent en 2011. Environ "
         "deux milliards d'adultes restaient toutefois exclus de tout service financier formel, pour la "
         "plupart dans les pays en développement."),
        ("np", "4", "Le tableau 1 montre que la situation varie fortement d'une région à l'autre. L'Afrique "
         "subsaharienne se distingue par la place de la monnaie mobile: c'est la seule région où une part "
         "importante des adultes détient un compte de monnaie mobile sans avoir de compte bancaire."),
        ("caption", "Tableau 1: Titulaires de comptes parmi les adultes (15 ans et plus), 2014, en pourcentage"),
        ("table", [
            ["Région", "Compte financier", "Monnaie mobile", "Paiement numérique"],
            ["Ensemble du monde", "62", "2", "44"],
            ["Pays à revenu élevé", "94", "0,5", "85"],
            ["Asie de l'Est et Pacifique", "69", "0,4", "40"],
            ["Europe et Asie centrale", "51", "0,7", "38"],
            ["Amérique latine et Caraïbes", "51", "1,9", "33"],
            ["Asie du Sud", "46", "2,6", "19"],
            ["Afrique subsaharienne", "34", "12", "22"],
            ["Moyen-Orient et Afrique du Nord", "14", "0,3", "9"],
        ]),
        ("source", "Source: Banque mondiale, base de données Global Findex 2014; chiffres arrondis. Les "
         "régions excluent les pays à revenu élevé."),
        ("np", "5", "Le Kenya illustre le potentiel de la monnaie mobile. Le service M-Pesa, lancé en 2007,[^3] "
         "permet d'envoyer et de recevoir de l'argent au moyen d'un simple téléphone portable; en 2014, "
         "58 pour cent des adultes kényans détenaient un compte de monnaie mobile. Des services comparables "
         "se sont développés en Tanzanie, en Ouganda et au Bangladesh."),
        ("h", "III", "LES OBSTACLES AUX PAIEMENTS TRANSFRONTIÈRES"),
        ("np", "6", "Les services de monnaie mobile restent pour l'essentiel nationaux. Peu d'entre eux "
         "permettent de payer un fournisseur étranger ou de recevoir le produit d'une vente à l'exportation, "
         "et les systèmes de différents opérateurs sont rarement interopérables."),
        ("np", "7", "Le coût des paiements transfrontières demeure élevé. Pour l'envoi de 200 dollars EU, "
         "le coût moyen mondial dépassait encore 7 pour cent du montant transféré au deuxième trimestre de "
         "2015.[^4] Les petites entreprises qui vendent en ligne se heurtent en outre aux exigences des "
         "grandes plates-formes de paiement, qui n'acceptent pas les vendeurs de tous les pays."),
        ("np", "8", "Enfin, de nombreux pays en développement n'ont pas encore adopté de cadre juridique "
         "pour la monnaie électronique, ce qui freine l'entrée de nouveaux prestataires et l'investissement."),
        ("h", "IV", "LES ASPECTS RELEVANT DE L'OMC"),
        ("np", "9", "Les services de paiement et de transfert monétaire figurent parmi les services "
         "financiers de la liste de classification sectorielle des services.[^5] Les engagements pris par "
         "les Membres dans ce secteur au titre de l'AGCS déterminent dans quelle mesure des prestataires "
         "étrangers peuvent offrir ces services, y compris par voie électronique depuis l'étranger."),
        ("np", "10", "L'Accord sur la facilitation des échanges, adopté en 2014, prévoit que les Membres "
         "autorisent, dans la mesure où cela est réalisable, le paiement électronique des droits, taxes, "
         "redevances et impositions perçus à l'importation et à l'exportation.[^6]"),
        ("h", "V", "OBSERVATIONS FINALES"),
        ("np", "11", "Le nombre de services de monnaie mobile a fortement augmenté au cours des dernières "
         "années.[^7] Leur extension aux paiements transfrontières et leur interopérabilité pourraient "
         "contribuer à faire du commerce électronique un instrument d'inclusion pour les petites "
         "entreprises des pays en développement. Le Comité souhaitera peut-être poursuivre l'examen de ces "
         "questions à sa prochaine session spécifique."),
    ],
    "footnotes": {
        "1": "La présente note a été établie sous la responsabilité du Secrétariat et sans préjudice des "
             "positions des Membres ni de leurs droits et obligations dans le cadre de l'OMC.",
        "2": "A. Demirguc-Kunt, L. Klapper, D. Singer et P. Van Oudheusden, The Global Findex Database 2014, "
             "Banque mondiale, avril 2015. L'enquête porte sur plus de 150 000 adultes dans 143 économies.",
        "3": "M-Pesa a été lancé en mars 2007 par l'opérateur Safaricom; il comptait plus de 19 millions "
             "d'utilisateurs actifs au Kenya en 2015.",
        "4": "Banque mondiale, base de données Remittance Prices Worldwide, numéro 14, juin 2015. L'objectif "
             "de ramener ce coût à 3 pour cent a été proposé dans le cadre des objectifs de développement "
             "durable.",
        "5": "Document MTN.GNS/W/120, secteur 7.B d): tous services de règlement et de transferts monétaires, "
             "y compris les cartes de crédit, de paiement et similaires, les chèques de voyage et les traites.",
        "6": "Article 7:2 de l'Accord sur la facilitation des échanges.",
        "7": "Selon la GSMA, 255 services de monnaie mobile étaient en activité dans 89 pays à la fin de 2014.",
    },
}
