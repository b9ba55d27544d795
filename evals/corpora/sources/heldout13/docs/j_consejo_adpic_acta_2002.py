"""J. Spanish, 2002, PDF ("es_centred" layout: organization centred over a rule, job number /
symbol / date on one line, "<symbol> · Página n" centred at the top of later pages): minutes
of a meeting of the TRIPS Council, with its item on electronic commerce."""

NAME = "consejo-adpic-acta-comercio-electronico-2002.pdf"

DOC = {
    "format": "pdf", "variant": True, "lang": "es", "layout": "es_centred", "font": "Helvetica", "size": 9.5,
    "page_word": "Página",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO"],
    "symbol": "IP/C/M/35", "date": "22 de marzo de 2002", "job": "(02-1566)",
    "body_line": "Consejo de los ADPIC",
    "original": "Original: inglés",
    "blocks": [
        ("title", "CONSEJO DE LOS ADPIC"),
        ("title", "ACTA DE LA REUNIÓN"),
        ("center", "celebrada en el Centro William Rappard del 5 al 7 de marzo de 2002"),
        ("p", "Presidente: Sr. Eduardo Pérez Motta (México)"),
        ("h", "A.", "EXAMEN DE LAS LEGISLACIONES NACIONALES DE APLICACIÓN", 1),
        ("np", "1.", "El Presidente recordó que el Consejo había proseguido en su reunión anterior el examen "
         "de las legislaciones de aplicación notificadas por varios Miembros. Las respuestas escritas "
         "recibidas desde entonces se habían distribuido en la serie IP/Q. El Consejo tomó nota de las "
         "declaraciones formuladas y convino en volver a ocuparse del tema en su próxima reunión."),
        ("h", "B.", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO", 1),
        ("np", "2.", "El Presidente recordó que el Consejo había presentado su informe sobre la marcha de "
         "los trabajos al Consejo General en julio de 1999[^1] y que, desde 2001, las cuestiones de "
         "carácter transversal se examinaban en los debates específicos celebrados bajo los auspicios del "
         "Consejo General. Sin embargo, varias delegaciones habían pedido que el Consejo de los ADPIC "
         "siguiera ocupándose de los aspectos propios de la propiedad intelectual."),
        ("np", "3.", "El representante de las Comunidades Europeas señaló que el Tratado de la OMPI sobre "
         "Derecho de Autor había entrado en vigor el día anterior a la reunión, el 6 de marzo de 2002, y "
         "que el Tratado sobre Interpretación o Ejecución y Fonogramas lo haría el 20 de mayo de 2002.[^2] "
         "A su juicio, esos tratados resolvían en gran medida las cuestiones de derecho de autor que "
         "planteaba el entorno digital, y el Consejo debía alentar su ratificación."),
        ("np", "4.", "El representante de los Estados Unidos coincidió en la importancia de los tratados "
         "y destacó, en particular, las obligaciones relativas a la protección jurídica de las medidas "
         "tecnológicas y de la información sobre la gestión de derechos. Añadió que la responsabilidad de "
         "los proveedores de servicios de Internet era una cuestión que cada Miembro debía resolver en su "
         "legislación nacional."),
        ("np", "5.", "El representante del Brasil dijo que el Consejo no debía limitarse a alentar la "
         "adhesión a los tratados de la OMPI. Era necesario examinar también cómo el comercio electrónico "
         "afectaba al acceso de los países en desarrollo a la información y a la tecnología, así como las "
         "excepciones y limitaciones en favor de la educación y las bibliotecas."),
        ("np", "6.", "El representante de la India compartió esa opinión y señaló que la protección de "
         "las bases de datos no originales, que algunos Miembros concedían mediante un derecho sui "
         "generis, no formaba parte de las obligaciones del Acuerdo sobre los ADPIC.[^3] En su opinión, no "
         "había que ampliar esas obligaciones por la vía del comercio electrónico."),
        ("np", "7.", "El representante de Australia se refirió a la relación entre los nombres de dominio "
         "y las marcas de fábrica o de comercio. Recordó que la Política Uniforme de Solución de "
         "Controversias en materia de Nombres de Dominio, adoptada por la ICANN en 1999, había permitido "
         "resolver miles de casos de registro abusivo de forma rápida y poco costosa.[^4]"),
        ("np", "8.", "El representante del Japón dijo que la observancia de los derechos en las redes "
         "digitales planteaba dificultades prácticas, en particular cuando el contenido infractor se "
         "alojaba en servidores situados en otro país. Propuso que la Secretaría preparara una nota "
         "fáctica sobre las disposiciones de observancia del Acuerdo aplicables en ese contexto."),
        ("np", "9.", "El representante de Suiza apoyó la propuesta del Japón y sugirió que la nota abarcara "
         "también la protección de las indicaciones geográficas utilizadas en nombres de dominio."),
        ("np", "10.", "El representante de Sudáfrica dijo que toda nota de la Secretaría debería tener en "
         "cuenta la dimensión del desarrollo e incluir información sobre la asistencia técnica "
         "disponible en esta esfera."),
        ("np", "11.", "El Presidente dijo que no había consenso sobre la preparación de una nota de la "
         "Secretaría. Propuso que el Consejo tomara nota de las declaraciones formuladas y que mantuviera "
         "el punto en el orden del día de su próxima reunión, prevista para junio de 2002.[^5]"),
        ("np", "12.", "El Consejo así lo acuerda."),
        ("h", "C.", "OTROS ASUNTOS", 1),
        ("np", "13.", "No se planteó ninguna cuestión en relación con este punto. El Presidente recordó a "
         "las delegaciones que las comunicaciones para la próxima reunión debían enviarse a la Secretaría "
         "con al menos diez días de antelación."),
    ],
    "footnotes": {
        "1": "Informe sobre la marcha de los trabajos del Consejo de los ADPIC, documento IP/C/18 de "
             "30 de julio de 1999.",
        "2": "Ambos tratados fueron adoptados en Ginebra el 20 de diciembre de 1996 en una conferencia "
             "diplomática convocada por la OMPI.",
        "3": "El representante se refirió a la Directiva 96/9/CE de las Comunidades Europeas sobre la "
             "protección jurídica de las bases de datos.",
        "4": "Según la OMPI, el Centro de Arbitraje y Mediación de la OMPI había recibido más de 4.000 "
             "demandas en el marco de esa Política a finales de 2001.",
        "5": "Algunas delegaciones indicaron que preferían que las cuestiones de comercio electrónico "
             "siguieran tratándose exclusivamente en los debates específicos del Consejo General.",
    },
}
