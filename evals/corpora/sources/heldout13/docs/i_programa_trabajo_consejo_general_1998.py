"""I. Spanish, 1998, text extracted from a PDF ("pdftext": form feeds, the symbol at the top
right of later pages, "Página n de N" at the foot of every page, footnotes above it): the
General Council decision establishing the Work Programme on Electronic Commerce."""

NAME = "programa-trabajo-comercio-electronico-consejo-general-1998.txt"

DOC = {
    "format": "txt", "variant": True, "lang": "es", "txt_style": "pdftext", "page_lines": 50,
    "page_word": "Página",
    "org": "ORGANIZACIÓN MUNDIAL DEL COMERCIO", "org_lines": ["ORGANIZACIÓN MUNDIAL", "DEL COMERCIO", ""],
    "symbol": "WT/L/274", "date": "30 de septiembre de 1998", "job": "(98-3738)",
    "body_line": "Consejo General", "original": "Original: inglés",
    "blocks": [
        ("title", "PROGRAMA DE TRABAJO SOBRE EL COMERCIO ELECTRÓNICO"),
        ("center", "Adoptado por el Consejo General el 25 de septiembre de 1998"),
        ("h", "1.", "DISPOSICIONES GENERALES"),
        ("np", "1.1", "En cumplimiento de la Declaración sobre el comercio electrónico mundial adoptada por "
         "los Ministros el 20 de mayo de 1998,[^1] el Consejo General establece un programa de trabajo "
         "amplio para examinar todas las cuestiones relacionadas con el comercio electrónico mundial que "
         "afectan al comercio. En ese examen se tendrán en cuenta las necesidades económicas, financieras "
         "y de desarrollo de los países en desarrollo, así como los trabajos que se realizan en otros "
         "foros internacionales.[^2]"),
        ("np", "1.2", "A los efectos del programa de trabajo, se entiende por comercio electrónico la "
         "producción, distribución, comercialización, venta o entrega de mercancías y servicios por medios "
         "electrónicos. El programa abarcará también las cuestiones relativas al desarrollo de la "
         "infraestructura del comercio electrónico."),
        ("np", "1.3", "Los órganos de la OMC que se indican a continuación llevarán a cabo el programa de "
         "trabajo. Cada uno de ellos examinará las cuestiones que le corresponden y presentará al Consejo "
         "General un informe sobre la marcha de los trabajos, con las recomendaciones que estime "
         "oportunas, a más tardar el 30 de julio de 1999.[^3]"),
        ("np", "1.4", "El Consejo General mantendrá el programa de trabajo en examen permanente e incluirá "
         "la cuestión como punto de su orden del día en cada una de sus reuniones. Corresponderá también "
         "al Consejo General ocuparse de toda cuestión relacionada con el comercio que tenga carácter "
         "transversal. Todos los aspectos de la imposición de derechos de aduana a las transmisiones "
         "electrónicas se examinarán en el Consejo General."),
        ("h", "2.", "CONSEJO DEL COMERCIO DE SERVICIOS"),
        ("np", "2.1", "El Consejo del Comercio de Servicios examinará el trato que debe darse al comercio "
         "electrónico en el marco jurídico del AGCS y presentará un informe al respecto. Entre las "
         "cuestiones que se examinarán figuran las siguientes:"),
        ("sub", "a)", "el alcance, incluidos los modos de suministro, y el trato de la nación más "
         "favorecida;"),
        ("sub", "b)", "la transparencia y la creciente participación de los países en desarrollo;"),
        ("sub", "c)", "la reglamentación nacional, las normas y el reconocimiento, y la competencia;"),
        ("sub", "d)", "la protección de la intimidad y de la moral pública y la prevención del fraude;"),
        ("sub", "e)", "los compromisos en materia de acceso a los mercados y de trato nacional respecto del "
         "suministro electrónico de servicios;"),
        ("sub", "f)", "el acceso a las redes y servicios públicos de transporte de telecomunicaciones y su "
         "utilización;[^4] y"),
        ("sub", "g)", "los derechos de aduana y las cuestiones de clasificación."),
        ("h", "3.", "CONSEJO DEL COMERCIO DE MERCANCÍAS"),
        ("np", "3.1", "El Consejo del Comercio de Mercancías examinará los aspectos del comercio "
         "electrónico pertinentes a las disposiciones del GATT de 1994 y de los acuerdos comerciales "
         "multilaterales del Anexo 1A, y presentará un informe al respecto. Entre las cuestiones figuran el "
         "acceso a los mercados para los productos relacionados con el comercio electrónico, las cuestiones "
         "de valoración en aduana,[^5] los procedimientos para el trámite de licencias de importación, los "
         "derechos de aduana y demás derechos y cargas, las normas, las normas de origen y las cuestiones "
         "de clasificación."),
        ("h", "4.", "CONSEJO DE LOS ADPIC"),
        ("np", "4.1", "El Consejo de los Aspectos de los Derechos de Propiedad Intelectual relacionados con "
         "el Comercio examinará las cuestiones de propiedad intelectual que plantea el comercio "
         "electrónico y presentará un informe al respecto. Entre ellas figuran la protección y la "
         "observancia del derecho de autor y los derechos conexos,[^6] la protección y la observancia de "
         "las marcas de fábrica o de comercio, y las nuevas tecnologías y el acceso a la tecnología."),
        ("h", "5.", "COMITÉ DE COMERCIO Y DESARROLLO"),
        ("np", "5.1", "El Comité de Comercio y Desarrollo examinará las consecuencias del comercio "
         "electrónico para el desarrollo, teniendo en cuenta las necesidades económicas, financieras y de "
         "desarrollo de los países en desarrollo, y presentará un informe al respecto.[^7] Entre las "
         "cuestiones que se examinarán figuran las siguientes:"),
        ("sub", "a)", "los efectos del comercio electrónico en el comercio y las perspectivas económicas de "
         "los países en desarrollo, en particular de sus pequeñas y medianas empresas;"),
        ("sub", "b)", "los medios de aumentar la participación de los países en desarrollo, en particular "
         "como exportadores de productos entregados por medios electrónicos;"),
        ("sub", "c)", "la función de un mejor acceso a la infraestructura, de la transferencia de tecnología "
         "y del movimiento de personas físicas;"),
        ("sub", "d)", "las consecuencias financieras del comercio electrónico para los países en "
         "desarrollo; y"),
        ("sub", "e)", "los efectos del comercio electrónico en los medios tradicionales de distribución de "
         "mercancías."),
    ],
    "footnotes": {
        "1": "WT/MIN(98)/DEC/2, adoptada en el segundo período de sesiones de la Conferencia Ministerial, "
             "celebrado en Ginebra del 18 al 20 de mayo de 1998.",
        "2": "Entre ellos, la Comisión de las Naciones Unidas para el Derecho Mercantil Internacional, la "
             "Organización Mundial de la Propiedad Intelectual y la Unión Internacional de Telecomunicaciones.",
        "3": "El Consejo General examinará esos informes en su reunión de julio de 1999, con miras a la "
             "preparación del tercer período de sesiones de la Conferencia Ministerial.",
        "4": "Véanse el Anexo sobre Telecomunicaciones del AGCS y el Documento de referencia sobre principios "
             "reglamentarios adjunto al Cuarto Protocolo.",
        "5": "Acuerdo relativo a la Aplicación del Artículo VII del Acuerdo General sobre Aranceles Aduaneros "
             "y Comercio de 1994.",
        "6": "Los Miembros tomaron nota de la adopción, en diciembre de 1996, del Tratado de la OMPI sobre "
             "Derecho de Autor y del Tratado de la OMPI sobre Interpretación o Ejecución y Fonogramas.",
        "7": "El Comité podrá solicitar la asistencia técnica de la UNCTAD y del Centro de Comercio "
             "Internacional para la preparación de sus trabajos.",
    },
}
