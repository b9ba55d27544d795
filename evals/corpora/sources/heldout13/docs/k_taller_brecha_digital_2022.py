"""K. Spanish, 2022, saved web page ("gob": <div role="main">, document in a <section>, data
table with <caption> and row headers, notes as <details> in a notes section, right sidebar):
Secretariat summary of a workshop on the digital divide and electronic commerce."""

NAME = "taller-brecha-digital-comercio-electronico-2022.html"

DOC = {
    "format": "html", "variant": True, "lang": "es", "site": "gob",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "symbol": "JOB/GC/331", "date": "9 de diciembre de 2022", "iso_date": "2022-12-09", "job": "(22-9410)",
    "body_line": "Consejo General", "original": "Original: inglés",
    "page_title": "Taller sobre la brecha digital y el comercio electrónico: resumen de la Secretaría de la OMC",
    "saved_from": "https://www.portalpoliticacomercial.example.gob/omc/comercio-electronico/job-gc-331",
    "card": [("Signatura", "JOB/GC/331"), ("Fecha", "9 de diciembre de 2022"), ("Tipo", "Resumen de taller"),
             ("Órgano", "Consejo General"), ("Idioma original", "inglés")],
    "related": ["Decisión de la CM12 sobre el Programa de Trabajo", "Indicadores de conectividad 2022",
                "Comercio electrónico y mipymes", "Moratoria: documentos del Consejo General"],
    "tags": ["Brecha digital", "Conectividad", "Países menos adelantados", "Desarrollo"],
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("title", "TALLER SOBRE LA BRECHA DIGITAL Y EL COMERCIO ELECTRÓNICO"),
        ("center", "Resumen de la Secretaría[^1]"),
        ("h", "1", "INTRODUCCIÓN"),
        ("np", "1.1", "En la Duodécima Conferencia Ministerial, celebrada en Ginebra en junio de 2022, los "
         "Miembros acordaron intensificar los trabajos en el marco del Programa de Trabajo sobre el "
         "Comercio Electrónico, en particular en lo que respecta a su dimensión de desarrollo.[^2] En ese "
         "contexto, el Consejo General pidió a la Secretaría que organizara un taller sobre la brecha "
         "digital, que se celebró los días 14 y 15 de noviembre de 2022."),
        ("np", "1.2", "Participaron en el taller unas 200 personas, la mitad de ellas a distancia. Hicieron "
         "presentaciones la Unión Internacional de Telecomunicaciones (UIT), el Banco Mundial, la UNCTAD, "
         "la asociación GSMA y representantes de Bangladesh, Costa Rica, Rwanda y Vanuatu."),
        ("h", "2", "LA MAGNITUD DE LA BRECHA"),
        ("np", "2.1", "La UIT presentó sus estimaciones más recientes. En 2022, alrededor del 66 por ciento "
         "de la población mundial utilizaba Internet, es decir, unos 5.300 millones de personas; unos "
         "2.700 millones seguían sin conexión. El cuadro 1 muestra las diferencias entre grupos de países."),
        ("caption", "Cuadro 1: Uso y asequibilidad de Internet por grupo de países, 2022"),
        ("table", [
            ["Grupo de países", "Usuarios de Internet (%)", "Banda ancha móvil (% del INB per cápita)",
             "Variación desde 2019 (puntos)"],
            ["Promedio mundial", "66", "1,9", "+12"],
            ["Países de ingreso alto", "92", "0,5", "+4"],
            ["Países de ingreso mediano alto", "79", "1,2", "+10"],
            ["Países de ingreso mediano bajo", "56", "3,1", "+17"],
            ["Países de ingreso bajo", "26", "9,3", "+8"],
            ["Países menos adelantados", "36", "6,4", "+12"],
        ]),
        ("source", "Fuente: UIT, Measuring digital development: Facts and Figures 2022, y cálculos de la "
         "Secretaría."),
        ("np", "2.2", "La UIT destacó que la brecha no se debe principalmente a la falta de cobertura: el "
         "95 por ciento de la población mundial vive en zonas cubiertas por una red móvil de banda ancha. "
         "Los principales obstáculos son el precio de los dispositivos y de los datos, la falta de "
         "competencias digitales y la escasez de contenidos en idiomas locales."),
        ("np", "2.3", "También persisten diferencias dentro de los países. En 2022, el 82 por ciento de la "
         "población urbana utilizaba Internet, frente al 46 por ciento de la población rural, y la "
         "proporción de hombres conectados superaba en seis puntos porcentuales a la de mujeres.[^3]"),
        ("h", "3", "EXPERIENCIAS NACIONALES"),
        ("np", "3.1", "El representante de Bangladesh describió la red de más de 8.000 centros digitales "
         "establecidos en los consejos locales, que prestan servicios públicos en línea y ayudan a las "
         "pequeñas empresas rurales a vender a través de plataformas de comercio electrónico.[^4]"),
        ("np", "3.2", "La representante de Costa Rica explicó que el país financia la conectividad de "
         "hogares de bajos ingresos y de escuelas mediante un fondo nacional de telecomunicaciones "
         "alimentado por una contribución de los operadores."),
        ("np", "3.3", "El representante de Rwanda se refirió a la reducción de los impuestos sobre los "
         "teléfonos inteligentes y a un programa de pago a plazos que había permitido a varios cientos de "
         "miles de hogares adquirir su primer teléfono inteligente."),
        ("np", "3.4", "La representante de Vanuatu señaló que los pequeños Estados insulares dependen de un "
         "número reducido de cables submarinos y enlaces por satélite, lo que encarece el acceso y lo hace "
         "vulnerable a las catástrofes naturales."),
        ("h", "4", "EL PAPEL DEL COMERCIO Y DE LA OMC"),
        ("np", "4.1", "Varios oradores subrayaron que los aranceles y otros obstáculos al comercio de "
         "productos de tecnologías de la información encarecen los dispositivos. El Banco Mundial recordó "
         "que muchos países de ingreso bajo no participan en el Acuerdo sobre Tecnología de la Información."
         "[^5]"),
        ("np", "4.2", "Otros participantes mencionaron la importancia de los compromisos en materia de "
         "servicios de telecomunicaciones, de la facilitación del comercio para los envíos de poco valor y "
         "de la asistencia técnica. Algunos Miembros sugirieron que el Consejo General vuelva a examinar la "
         "cuestión en 2023 sobre la base de propuestas concretas."),
        ("np", "4.3", "El Presidente del Consejo General concluyó que el taller había puesto de manifiesto "
         "que la brecha digital es también una brecha de asequibilidad y de competencias, y que el "
         "comercio puede contribuir a reducirla junto con otras políticas.[^6]"),
    ],
    "footnotes": {
        "1": "El presente resumen se ha preparado bajo la responsabilidad de la Secretaría y se entiende sin "
             "perjuicio de las posiciones de los Miembros o de sus derechos y obligaciones en el marco de la OMC.",
        "2": "Decisión Ministerial sobre el Programa de Trabajo sobre el Comercio Electrónico, documento "
             "WT/MIN(22)/32, adoptada el 17 de junio de 2022.",
        "3": "Según la UIT, en 2022 utilizaba Internet el 69 por ciento de los hombres y el 63 por ciento de "
             "las mujeres en todo el mundo.",
        "4": "Los centros funcionan desde 2010 bajo un modelo de asociación entre los gobiernos locales y "
             "empresarios que los administran.",
        "5": "El Acuerdo, concluido en 1996, fue ampliado en 2015 para abarcar 201 productos adicionales.",
        "6": "Las presentaciones de los oradores pueden consultarse en la página del taller en el sitio web "
             "de la OMC.",
    },
}
