"""L. Spanish, 2018, Markdown ("quote": letterhead as a blockquote, bold headings, escaped
paragraph numbers, calls as <sup>n</sup>, notes as a numbered list under a heading): a
communication from two Members on the moratorium on customs duties on electronic
transmissions."""

NAME = "comunicacion-moratoria-transmisiones-replanteamiento-2018.md"

DOC = {
    "format": "md", "variant": True, "lang": "es", "md_style": "quote", "notes_word": "Notas",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "symbol": "WT/GC/W/747", "date": "13 de julio de 2018", "job": "(18-4364)",
    "body_line": "Consejo General", "original": "Original: inglés",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "LA MORATORIA SOBRE LOS DERECHOS DE ADUANA A LAS TRANSMISIONES ELECTRÓNICAS: NECESIDAD DE "
         "UN REPLANTEAMIENTO"),
        ("center", "Comunicación de la India y Sudáfrica"),
        ("p", "Se distribuye la siguiente comunicación, de fecha 12 de julio de 2018, a petición de las "
         "delegaciones de la India y Sudáfrica."),
        ("h", "I.", "ANTECEDENTES"),
        ("np", "1.", "La práctica de no imponer derechos de aduana a las transmisiones electrónicas se "
         "acordó en mayo de 1998, cuando el comercio electrónico estaba en sus comienzos. Ese año, menos "
         "del 4 por ciento de la población mundial utilizaba Internet.[^1] La moratoria se concibió como "
         "una medida temporal, a la espera de los resultados del Programa de Trabajo, y se ha renovado "
         "desde entonces en cada período de sesiones de la Conferencia Ministerial."),
        ("np", "2.", "Veinte años después, la situación es muy distinta. Productos que antes se "
         "comerciaban en forma física, como libros, música, películas, programas informáticos y "
         "videojuegos, se entregan hoy en gran medida por medios electrónicos. Con la fabricación aditiva, "
         "también los diseños de piezas industriales y de bienes de consumo pueden transmitirse en forma "
         "de archivos e imprimirse en el país de destino."),
        ("h", "II.", "CUESTIONES QUE PLANTEA LA MORATORIA"),
        ("np", "3.", "En primer lugar, no existe una definición acordada de \"transmisiones electrónicas\". "
         "Algunos Miembros consideran que la moratoria abarca tanto la transmisión como el contenido "
         "transmitido; otros entienden que se refiere únicamente a la transmisión. Esta ambigüedad se ha "
         "vuelto más importante a medida que aumenta el número de productos digitalizados."),
        ("np", "4.", "En segundo lugar, la moratoria tiene consecuencias fiscales. A medida que las "
         "importaciones físicas de productos digitalizables son sustituidas por transmisiones "
         "electrónicas, los países en desarrollo, que en su mayoría son importadores netos de esos "
         "productos, pierden ingresos arancelarios que podrían haber recaudado de conformidad con sus "
         "consolidaciones.[^2]"),
        ("np", "5.", "En tercer lugar, la moratoria limita el margen de actuación necesario para la "
         "industrialización digital. Los aranceles han sido históricamente un instrumento para el "
         "desarrollo de industrias nacionales, y los países en desarrollo podrían necesitarlos para "
         "apoyar a sus propias empresas digitales frente a grandes empresas extranjeras ya consolidadas."),
        ("np", "6.", "En cuarto lugar, el crecimiento de la fabricación aditiva amenaza con desplazar una "
         "parte del comercio de mercancías hacia las transmisiones electrónicas. Los ingresos mundiales "
         "de la industria de impresión en 3D alcanzaron unos 7.300 millones de dólares EE.UU. en 2017, "
         "con un crecimiento anual de alrededor del 21 por ciento.[^3]"),
        ("h", "III.", "LA RELACIÓN CON EL DESARROLLO"),
        ("np", "7.", "Los proponentes recuerdan que el Programa de Trabajo de 1998 encomendó al Comité de "
         "Comercio y Desarrollo el examen de las consecuencias financieras del comercio electrónico para "
         "los países en desarrollo.[^4] Ese examen nunca se ha completado, y no se ha evaluado el costo "
         "de la moratoria para esos países."),
        ("np", "8.", "Los proponentes señalan asimismo que la mayor parte de los beneficios del comercio "
         "electrónico se ha concentrado en unas pocas economías y empresas. La brecha digital entre los "
         "países desarrollados y los países en desarrollo sigue siendo considerable."),
        ("h", "IV.", "CONCLUSIÓN"),
        ("np", "9.", "Por estas razones, la India y Sudáfrica consideran que la moratoria no debe "
         "prorrogarse de manera automática. Los Miembros deberían reexaminarla en el próximo período de "
         "sesiones de la Conferencia Ministerial, a la luz de la evolución tecnológica y de sus "
         "consecuencias para los países en desarrollo.[^5]"),
        ("np", "10.", "Los proponentes invitan a la Secretaría a preparar un estudio factual de la "
         "evolución del comercio de productos digitalizables desde 1998, y a los demás Miembros a compartir "
         "sus experiencias.[^6]"),
    ],
    "footnotes": {
        "1": "Según la Unión Internacional de Telecomunicaciones, unos 147 millones de personas utilizaban "
             "Internet en 1998.",
        "2": "Los proponentes observan que los aranceles consolidados de muchos países en desarrollo sobre "
             "los productos digitalizables son considerablemente más elevados que sus tipos aplicados.",
        "3": "Wohlers Associates, Wohlers Report 2018.",
        "4": "Documento WT/L/274, párrafo 5.1.",
        "5": "La Decisión Ministerial de 13 de diciembre de 2017 (WT/MIN(17)/65) prorrogó la moratoria hasta "
             "el período de sesiones de 2019.",
        "6": "Sudáfrica ha indicado que presentará una comunicación complementaria sobre el efecto de la "
             "moratoria en sus ingresos aduaneros.",
    },
}
