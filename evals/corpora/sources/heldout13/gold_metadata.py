"""The reader's metadata of each heldout13 document (evals/gold/dev-corpus-heldout13-metadata.json),
in the format of heldout9's."""
from gold_docs import A, B, C, D, E, F, G, H, I, J, K, L

METADATA = {
    A: {"title": "Work Programme on Electronic Commerce - The Moratorium on Customs Duties on Electronic "
                 "Transmissions: An Overview of Studies of its Fiscal Effects - Information Note by the Secretariat",
        "symbol": "JOB/GC/357", "date": "2023-11-10", "kind": "note", "body": "General Council",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    B: {"title": "Dedicated Discussion on Electronic Commerce under the Auspices of the General Council on "
                 "15 June 2001 - Summary by the Secretariat of the Issues Raised",
        "symbol": "WT/GC/W/436", "date": "2001-07-06", "kind": "summary", "body": "General Council",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    C: {"title": "Work Programme on Electronic Commerce - Electronic Commerce for Development: Priorities for the "
                 "Eleventh Ministerial Conference - Communication from Argentina, Chile, Colombia, Costa Rica, "
                 "Kenya, Mexico, Nigeria, Pakistan, Sri Lanka and Uruguay",
        "symbol": "JOB/GC/124", "date": "2017-04-21", "kind": "communication", "body": "General Council",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    D: {"title": "Joint Statement Initiative on Electronic Commerce - Report of the Co-convenors to the "
                 "Participants",
        "symbol": "INF/ECOM/94", "date": "2026-02-16", "kind": "report",
        "body": "Joint Statement Initiative on Electronic Commerce",
        "session": None, "place": None, "language": "en", "original_language": "en"},
    E: {"title": "Programme de travail sur le commerce électronique - Rapport intérimaire du Conseil du commerce "
                 "des marchandises au Conseil général",
        "symbol": "G/C/W/158", "date": "1999-07-26", "kind": "report", "body": "Conseil du commerce des marchandises",
        "session": None, "place": None, "language": "fr", "original_language": "en"},
    F: {"title": "Programme de travail sur le commerce électronique - Les paiements électroniques et mobiles dans "
                 "les pays en développement - Note du Secrétariat",
        "symbol": "WT/COMTD/W/211", "date": "2015-10-12", "kind": "note",
        "body": "Comité du commerce et du développement",
        "session": None, "place": None, "language": "fr", "original_language": "en"},
    G: {"title": "Le commerce électronique, le commerce et la pandémie de COVID-19 - Note d'information du "
                 "Secrétariat",
        "symbol": "JOB/GC/240", "date": "2020-05-04", "kind": "note", "body": "Conseil général",
        "session": None, "place": None, "language": "fr", "original_language": "en"},
    H: {"title": "Programme de travail sur le commerce électronique - Atelier sur le commerce électronique, le "
                 "développement et les petites et moyennes entreprises (8-9 avril 2013) - Rapport résumé du "
                 "Secrétariat",
        "symbol": "WT/COMTD/W/193", "date": "2013-05-24", "kind": "summary",
        "body": "Comité du commerce et du développement",
        "session": None, "place": None, "language": "fr", "original_language": "en"},
    I: {"title": "Programa de Trabajo sobre el Comercio Electrónico - Adoptado por el Consejo General el 25 de "
                 "septiembre de 1998",
        "symbol": "WT/L/274", "date": "1998-09-30", "kind": "decision", "body": "Consejo General",
        "session": None, "place": None, "language": "es", "original_language": "en"},
    J: {"title": "Consejo de los ADPIC - Acta de la reunión celebrada en el Centro William Rappard del 5 al 7 de "
                 "marzo de 2002",
        "symbol": "IP/C/M/35", "date": "2002-03-22", "kind": "minutes", "body": "Consejo de los ADPIC",
        "session": None, "place": None, "language": "es", "original_language": "en"},
    K: {"title": "Programa de Trabajo sobre el Comercio Electrónico - Taller sobre la brecha digital y el comercio "
                 "electrónico - Resumen de la Secretaría",
        "symbol": "JOB/GC/331", "date": "2022-12-09", "kind": "summary", "body": "Consejo General",
        "session": None, "place": None, "language": "es", "original_language": "en"},
    L: {"title": "Programa de Trabajo sobre el Comercio Electrónico - La moratoria sobre los derechos de aduana a "
                 "las transmisiones electrónicas: necesidad de un replanteamiento - Comunicación de la India y "
                 "Sudáfrica",
        "symbol": "WT/GC/W/747", "date": "2018-07-13", "kind": "communication", "body": "Consejo General",
        "session": None, "place": None, "language": "es", "original_language": "en"},
}
