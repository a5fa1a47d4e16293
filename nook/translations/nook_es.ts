<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Backpack</name>
    <message>
        <source>{name} is too big to be a Writing Nook backpack.</source>
        <translation>{name} es demasiado grande para ser una mochila de Writing Nook.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file, so it is not a backpack.</source>
        <translation>{name} no es un archivo común, así que no es una mochila.</translation>
    </message>
    <message>
        <source>The backpack {name} cannot be read: {why}.</source>
        <translation>No se puede leer la mochila {name}: {why}.</translation>
    </message>
    <message>
        <source>{name} holds too many files to be a backpack.</source>
        <translation>{name} tiene demasiados archivos para ser una mochila.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a Writing Nook backpack (it is not a readable zip).</source>
        <translation>{name} está dañada o no es una mochila de Writing Nook (no es un zip que se pueda leer).</translation>
    </message>
    <message>
        <source>{name} holds a file that does not belong in a backpack ({detail}).</source>
        <translation>{name} tiene un archivo que no va en una mochila ({detail}).</translation>
    </message>
    <message>
        <source>{name} holds the same file twice ({detail}).</source>
        <translation>{name} tiene el mismo archivo dos veces ({detail}).</translation>
    </message>
    <message>
        <source>{name} is locked with a password; backpacks never are.</source>
        <translation>{name} está cerrada con contraseña, y las mochilas nunca lo están.</translation>
    </message>
    <message>
        <source>{name} is packed in a way Writing Nook does not make.</source>
        <translation>{name} está empacada de una forma que Writing Nook no usa.</translation>
    </message>
    <message>
        <source>{name} holds a file that is too big ({detail}).</source>
        <translation>{name} tiene un archivo demasiado grande ({detail}).</translation>
    </message>
    <message>
        <source>{name} is packed suspiciously tightly (a zip bomb?), so it was not opened.</source>
        <translation>{name} está comprimida de forma sospechosa (¿una bomba zip?), así que no se abrió.</translation>
    </message>
    <message>
        <source>{name} would unpack to too much data, so it was not opened.</source>
        <translation>{name} ocuparía demasiado al abrirla, así que no se abrió.</translation>
    </message>
    <message>
        <source>{name} has no list of what is inside (manifest.json); it is not a backpack.</source>
        <translation>{name} no tiene la lista de lo que lleva dentro (manifest.json); no es una mochila.</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail} cannot be read).</source>
        <translation>{name} está dañada (no se puede leer {detail}).</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail} is not the size it claims).</source>
        <translation>{name} está dañada ({detail} no tiene el tamaño que dice).</translation>
    </message>
    <message>
        <source>{name} has a damaged list of what is inside (manifest.json).</source>
        <translation>{name} tiene dañada la lista de lo que lleva dentro (manifest.json).</translation>
    </message>
    <message>
        <source>{name} is not a Writing Nook backpack.</source>
        <translation>{name} no es una mochila de Writing Nook.</translation>
    </message>
    <message>
        <source>{name} has a wrong list of what is inside.</source>
        <translation>{name} tiene una lista equivocada de lo que lleva dentro.</translation>
    </message>
    <message>
        <source>{name} was made by a newer Writing Nook. Update Writing Nook on this computer to open it.</source>
        <translation>{name} se hizo con un Writing Nook más nuevo. Actualiza Writing Nook en esta computadora para abrirla.</translation>
    </message>
    <message>
        <source>{name} was made by a newer Writing Nook ({detail}). Update Writing Nook on this computer to open it.</source>
        <translation>{name} se hizo con un Writing Nook más nuevo ({detail}). Actualiza Writing Nook en esta computadora para abrirla.</translation>
    </message>
    <message>
        <source>{name} is damaged (a photo is not what it should be).</source>
        <translation>{name} está dañada (una foto no es la que debería ser).</translation>
    </message>
    <message>
        <source>{name} holds a photo that is not what it says it is.</source>
        <translation>{name} tiene una foto que no es lo que dice ser.</translation>
    </message>
    <message>
        <source>{name} holds a photo that is far too big.</source>
        <translation>{name} tiene una foto muchísimo más grande de lo normal.</translation>
    </message>
    <message>
        <source>{name} holds a damaged photo.</source>
        <translation>{name} tiene una foto dañada.</translation>
    </message>
    <message>
        <source>{name} holds a damaged recording.</source>
        <translation>{name} tiene una grabación dañada.</translation>
    </message>
    <message>
        <source>{name} has too many pieces for one backpack. Pack fewer pieces in each backpack.</source>
        <translation>{name} tiene demasiados trabajos para una sola mochila. Pon menos trabajos en cada mochila.</translation>
    </message>
    <message>
        <source>{name} has too many pages for one backpack. Pack fewer pieces in each backpack.</source>
        <translation>{name} tiene demasiadas páginas para una sola mochila. Pon menos trabajos en cada mochila.</translation>
    </message>
    <message>
        <source>{name} has too many words for one backpack. Pack fewer pieces in each backpack.</source>
        <translation>{name} tiene demasiadas palabras para una sola mochila. Pon menos trabajos en cada mochila.</translation>
    </message>
    <message>
        <source>{name} has too many photos and recordings for one backpack. Pack fewer pieces in each backpack.</source>
        <translation>{name} tiene demasiadas fotos y grabaciones para una sola mochila. Pon menos trabajos en cada mochila.</translation>
    </message>
    <message>
        <source>{name} has a piece with more pages than Writing Nook keeps in one piece.</source>
        <translation>{name} tiene un trabajo con más páginas de las que Writing Nook guarda en un solo trabajo.</translation>
    </message>
    <message>
        <source>{name} cannot be read any more (was the USB stick taken out?). Put it back, then tap Bring them in again.</source>
        <translation>{name} ya no se puede leer (¿se sacó la memoria USB?). Vuelve a ponerla y toca «Traerlos» otra vez.</translation>
    </message>
    <message>
        <source>{name} changed after it was opened. Open it again to see what it holds now.</source>
        <translation>{name} cambió después de abrirla. Ábrela otra vez para ver lo que tiene ahora.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a backpack.</source>
        <translation>{name} no se puede abrir como mochila.</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <source>by {name}</source>
        <translation>por {name}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Writing Nook: make books, lists, signs and letters.</source>
        <translation>Writing Nook: haz libros, listas, letreros y cartas.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra la versión del programa y termina</translation>
    </message>
    <message>
        <source>folder for the library (default: your data folder, or $NOOK_DATA_DIR)</source>
        <translation>carpeta de la biblioteca (si no se indica: tu carpeta de datos, o $NOOK_DATA_DIR)</translation>
    </message>
    <message>
        <source>start without the speech engine (a computer with no speakers)</source>
        <translation>empezar sin la voz (para una computadora sin bocinas)</translation>
    </message>
    <message>
        <source>a .nook backpack file to open (the grown-up brings it in)</source>
        <translation>un archivo de mochila .nook para abrir (el adulto lo trae a la biblioteca)</translation>
    </message>
    <message>
        <source>start, show the shelf, and quit (for tests and packaging)</source>
        <translation>empezar, mostrar el estante y salir (para pruebas y empaquetado)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos desconocidos: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>falta un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se espera como máximo un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se espera al menos un valor</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor no válido (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el valor %r</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose another one with --data-dir.</source>
        <translation>{folder} no es una carpeta. Elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>Writing Nook cannot make its library folder {folder}: {why}. Choose another folder with --data-dir.</source>
        <translation>Writing Nook no puede crear la carpeta de su biblioteca {folder}: {why}. Elige otra carpeta con --data-dir.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>For grown-ups: a line under the page</source>
        <translation>Para adultos: una línea debajo de la página</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Grown-up line: how it is spelled in books. The child&apos;s words stay as they are.</source>
        <translation>Línea del adulto: cómo se escribe en los libros. Las palabras del niño o la niña se quedan como están.</translation>
    </message>
    <message>
        <source>Grown-up line</source>
        <translation>Línea del adulto</translation>
    </message>
    <message>
        <source>Type what the child&apos;s words say</source>
        <translation>Escribe lo que dicen sus palabras</translation>
    </message>
    <message>
        <source>That is as long as a grown-up line can be ({limit} letters). A short line fits under the page best.</source>
        <translation>La línea del adulto no puede ser más larga ({limit} letras). Una línea corta cabe mejor debajo de la página.</translation>
    </message>
    <message>
        <source>Make it bigger</source>
        <translation>Hazlo más grande</translation>
    </message>
    <message>
        <source>Make it smaller</source>
        <translation>Hazlo más pequeño</translation>
    </message>
    <message>
        <source>Turn it</source>
        <translation>Gíralo</translation>
    </message>
    <message>
        <source>Take it away</source>
        <translation>Quítalo</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Página nueva</translation>
    </message>
    <message>
        <source>Copy this page</source>
        <translation>Copia esta página</translation>
    </message>
    <message>
        <source>Take this page out</source>
        <translation>Quita esta página</translation>
    </message>
    <message>
        <source>Move page back</source>
        <translation>Mueve la página hacia atrás</translation>
    </message>
    <message>
        <source>Move page on</source>
        <translation>Mueve la página hacia adelante</translation>
    </message>
    <message>
        <source>Add an envelope</source>
        <translation>Ponle un sobre</translation>
    </message>
    <message>
        <source>Take the envelope away</source>
        <translation>Quita el sobre</translation>
    </message>
    <message>
        <source>Take this away</source>
        <translation>Quita esto</translation>
    </message>
    <message>
        <source>Move it up</source>
        <translation>Súbelo</translation>
    </message>
    <message>
        <source>Move it down</source>
        <translation>Bájalo</translation>
    </message>
    <message>
        <source>Add a thing to the list</source>
        <translation>Agrega algo a la lista</translation>
    </message>
    <message>
        <source>My voice</source>
        <translation>Mi voz</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Deja de grabar</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Graba otra vez</translation>
    </message>
    <message>
        <source>Throw away my voice</source>
        <translation>Borra mi voz</translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation>Graba mi voz</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>No hay micrófono</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>No hay grabación</translation>
    </message>
    <message>
        <source>Stop my voice</source>
        <translation>Detén mi voz</translation>
    </message>
    <message>
        <source>Play my voice</source>
        <translation>Escucha mi voz</translation>
    </message>
    <message>
        <source>Oops! That is not a picture.</source>
        <translation>¡Uy! Eso no es una imagen.</translation>
    </message>
    <message>
        <source>Oops! That picture is broken.</source>
        <translation>¡Uy! Esa imagen está dañada.</translation>
    </message>
    <message>
        <source>Oops! That picture is too big.</source>
        <translation>¡Uy! Esa imagen es demasiado grande.</translation>
    </message>
    <message>
        <source>Oops! I could not open that.</source>
        <translation>¡Uy! No pude abrir eso.</translation>
    </message>
    <message>
        <source>That is a lot of words! I kept the first part.</source>
        <translation>¡Son muchísimas palabras! Guardé la primera parte.</translation>
    </message>
    <message>
        <source>Ask a grown-up to add photos.</source>
        <translation>Pídele a un adulto que agregue fotos.</translation>
    </message>
    <message>
        <source>Tap a sticker first, then tap your page.</source>
        <translation>Primero toca una calcomanía y luego toca tu página.</translation>
    </message>
    <message>
        <source>I can&apos;t hear a microphone. Ask a grown-up to plug one in.</source>
        <translation>No encuentro ningún micrófono. Pídele a un adulto que conecte uno.</translation>
    </message>
    <message>
        <source>Recording is switched off. Ask a grown-up.</source>
        <translation>La grabación está apagada. Pregúntale a un adulto.</translation>
    </message>
    <message>
        <source>Oops, that recording did not work. Try again!</source>
        <translation>¡Uy, esa grabación no funcionó! ¡Inténtalo otra vez!</translation>
    </message>
    <message>
        <source>There are no words on this page yet.</source>
        <translation>Todavía no hay palabras en esta página.</translation>
    </message>
    <message>
        <source>Oops! I could not keep that just now. Ask a grown-up.</source>
        <translation>¡Uy! No pude guardar eso ahora. Pídele ayuda a un adulto.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>For grown-ups</source>
        <translation>Para adultos</translation>
    </message>
    <message>
        <source>Your page</source>
        <translation>Tu página</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Agrega una foto</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Getting the photo ready</source>
        <translation>Preparando la foto</translation>
    </message>
    <message>
        <source>Getting the paint ready</source>
        <translation>Preparando la pintura</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>Creando</translation>
    </message>
    <message>
        <source>My shelf</source>
        <translation>Mi estante</translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation>Léemelo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Word wall</source>
        <translation>Muro de palabras</translation>
    </message>
    <message>
        <source>Smaller letters</source>
        <translation>Letras más pequeñas</translation>
    </message>
    <message>
        <source>Bigger letters</source>
        <translation>Letras más grandes</translation>
    </message>
    <message>
        <source>Colour of my words</source>
        <translation>Color de mis palabras</translation>
    </message>
    <message>
        <source>How my words look</source>
        <translation>Cómo se ven mis palabras</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Show time</source>
        <translation>Hora de mostrar</translation>
    </message>
    <message>
        <source>I&apos;m finished!</source>
        <translation>¡Terminé!</translation>
    </message>
    <message>
        <source>Page before</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Clear the picture</source>
        <translation>Borra el dibujo</translation>
    </message>
    <message>
        <source>Stickers</source>
        <translation>Calcomanías</translation>
    </message>
    <message>
        <source>Find a sticker</source>
        <translation>Busca una calcomanía</translation>
    </message>
    <message>
        <source>No sticker found</source>
        <translation>No encontré ninguna calcomanía</translation>
    </message>
    <message>
        <source>The cover</source>
        <translation>La portada</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Página {number} de {count}</translation>
    </message>
    <message>
        <source>Plain sign</source>
        <translation>Letrero sencillo</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Letrero de cuidado</translation>
    </message>
    <message>
        <source>Stop sign</source>
        <translation>Letrero de alto</translation>
    </message>
    <message>
        <source>Welcome sign</source>
        <translation>Letrero de bienvenida</translation>
    </message>
    <message>
        <source>Party sign</source>
        <translation>Letrero de fiesta</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>La lista</translation>
    </message>
    <message>
        <source>Paint brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Fill with colour</source>
        <translation>Rellena con color</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Cuadro</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrella</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Corazón</translation>
    </message>
    <message>
        <source>Thin brush</source>
        <translation>Pincel delgado</translation>
    </message>
    <message>
        <source>Medium brush</source>
        <translation>Pincel mediano</translation>
    </message>
    <message>
        <source>Fat brush</source>
        <translation>Pincel grueso</translation>
    </message>
    <message>
        <source>Huge brush</source>
        <translation>Pincel enorme</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Rojo oscuro</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Light green</source>
        <translation>Verde claro</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Turquoise</source>
        <translation>Turquesa</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Azul cielo</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Peach</source>
        <translation>Durazno</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Azul oscuro</translation>
    </message>
    <message>
        <source>Close the word wall</source>
        <translation>Cierra el muro de palabras</translation>
    </message>
    <message>
        <source>Word banks</source>
        <translation>Bancos de palabras</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Tus palabras</translation>
    </message>
    <message>
        <source>The list&apos;s name</source>
        <translation>El nombre de la lista</translation>
    </message>
    <message>
        <source>A thing on the list</source>
        <translation>Algo de la lista</translation>
    </message>
    <message>
        <source>Your book&apos;s name</source>
        <translation>El nombre de tu libro</translation>
    </message>
    <message>
        <source>Your sign&apos;s words</source>
        <translation>Las palabras de tu letrero</translation>
    </message>
    <message>
        <source>Dear</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Tu carta</translation>
    </message>
    <message>
        <source>Love</source>
        <translation>Con cariño</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Solo para ver</translation>
    </message>
    <message>
        <source>This one is for looking and reading. Ask a grown-up to help you write.</source>
        <translation>Este es para ver y leer. Pídele a un adulto que te ayude a escribir.</translation>
    </message>
    <message>
        <source>Words in {language}</source>
        <translation>Palabras en {language}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Our class book</source>
        <translation>El libro de nuestra clase</translation>
    </message>
    <message>
        <source>Our writers</source>
        <translation>Nuestros escritores</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>the class book&apos;s date: Qt date format letters</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Our writers&apos; pictures</source>
        <translation>Los dibujos de nuestros escritores</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>página {number}</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Letrero</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>{title} by {name}</source>
        <translation>{title}, por {name}</translation>
    </message>
    <message>
        <source>made without the voice: {reason}</source>
        <translation>se hizo sin la voz: {reason}</translation>
    </message>
    <message>
        <source>{title} ({number})</source>
        <translation>{title} ({number})</translation>
    </message>
    <message>
        <source>{name}&apos;s picture</source>
        <translation>El dibujo de {name}</translation>
    </message>
    <message>
        <source>A picture</source>
        <translation>Un dibujo</translation>
    </message>
    <message>
        <source>{picture}: {things}</source>
        <comment>a picture&apos;s description, then what is in it</comment>
        <translation>{picture}: {things}</translation>
    </message>
    <message>
        <source>{name}&apos;s writing</source>
        <translation>Lo que escribió {name}</translation>
    </message>
    <message>
        <source>espeak-ng is not installed ({error})</source>
        <translation>espeak-ng no está instalado ({error})</translation>
    </message>
    <message>
        <source>this piece has no pages</source>
        <translation>este trabajo no tiene páginas</translation>
    </message>
    <message>
        <source>this piece has no pages to print</source>
        <translation>este trabajo no tiene páginas para imprimir</translation>
    </message>
    <message>
        <source>no pieces were chosen</source>
        <translation>no se eligió ningún trabajo</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>no se pudieron dibujar las páginas</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>no se pudo empezar una página nueva</translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation>el PDF quedó vacío</translation>
    </message>
    <message>
        <source>the PDF was not written whole</source>
        <translation>el PDF no se guardó completo</translation>
    </message>
    <message>
        <source>the picture could not be made</source>
        <translation>no se pudo hacer el dibujo</translation>
    </message>
    <message>
        <source>the export did not run</source>
        <translation>no se llegó a hacer</translation>
    </message>
    <message>
        <source>espeak-ng did not start</source>
        <translation>espeak-ng no arrancó</translation>
    </message>
    <message>
        <source>this computer cannot write the talking book&apos;s sound (AAC)</source>
        <translation>esta computadora no puede grabar el sonido del libro que habla (AAC)</translation>
    </message>
    <message>
        <source>there is no sound to put in the book</source>
        <translation>no hay sonido para poner en el libro</translation>
    </message>
    <message>
        <source>making the sound took too long</source>
        <translation>hacer el sonido tardó demasiado</translation>
    </message>
    <message>
        <source>the sound file came out empty</source>
        <translation>el archivo de sonido quedó vacío</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>more than one writer is called &apos;{name}&apos;; use one of their ids: {ids}</source>
        <translation>hay más de un escritor que se llama &apos;{name}&apos;; usa uno de sus identificadores: {ids}</translation>
    </message>
    <message>
        <source>there is no writer called &apos;{name}&apos; (there are no writers yet)</source>
        <translation>no hay ningún escritor que se llame &apos;{name}&apos; (todavía no hay escritores)</translation>
    </message>
    <message>
        <source>there is no writer called &apos;{name}&apos; (writers: {names})</source>
        <translation>no hay ningún escritor que se llame &apos;{name}&apos; (escritores: {names})</translation>
    </message>
    <message>
        <source>{name} has more than one piece called &apos;{title}&apos;; use an id: {ids}</source>
        <translation>{name} tiene más de un trabajo que se llama &apos;{title}&apos;; usa un identificador: {ids}</translation>
    </message>
    <message>
        <source>{name} has no piece called &apos;{title}&apos;</source>
        <translation>{name} no tiene ningún trabajo que se llame &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Make a talking book (ePub) or a PDF.</source>
        <translation>Haz un libro que habla (ePub) o un PDF.</translation>
    </message>
    <message>
        <source>folder of the library (default: as the app)</source>
        <translation>carpeta de la biblioteca (si no se indica: la misma que usa la aplicación)</translation>
    </message>
    <message>
        <source>epub: a talking book; pdf: paper</source>
        <translation>epub: un libro que habla; pdf: para imprimir</translation>
    </message>
    <message>
        <source>whose pieces</source>
        <translation>de quién son los trabajos</translation>
    </message>
    <message>
        <source>one piece of the writer (default: all of them)</source>
        <translation>un trabajo del escritor (si no se indica: todos)</translation>
    </message>
    <message>
        <source>only pieces marked finished</source>
        <translation>solo los trabajos terminados</translation>
    </message>
    <message>
        <source>one class book of many writers</source>
        <translation>un libro de la clase con muchos escritores</translation>
    </message>
    <message>
        <source>pieces started on or after</source>
        <translation>trabajos empezados en esta fecha o después</translation>
    </message>
    <message>
        <source>pieces started on or before</source>
        <translation>trabajos empezados en esta fecha o antes</translation>
    </message>
    <message>
        <source>the class&apos;s or family&apos;s name on the cover</source>
        <translation>el nombre de la clase o de la familia en la portada</translation>
    </message>
    <message>
        <source>PDF paper size</source>
        <translation>tamaño del papel del PDF</translation>
    </message>
    <message>
        <source>a talking book without the voice</source>
        <translation>un libro que habla sin la voz</translation>
    </message>
    <message>
        <source>the language of messages and the class book (en, es)</source>
        <translation>el idioma de los mensajes y del libro de la clase (en, es)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se va a escribir</translation>
    </message>
    <message>
        <source>{text} is not a date written like 2026-03-02</source>
        <translation>{text} no es una fecha escrita así: 2026-03-02</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} es una carpeta; escribe un nombre de archivo</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {reason}</source>
        <translation>no se puede escribir en {folder}: {reason}</translation>
    </message>
    <message>
        <source>--piece needs exactly one --writer (and no --class)</source>
        <translation>--piece necesita un solo --writer (y sin --class)</translation>
    </message>
    <message>
        <source>name one --writer, or make a --class book</source>
        <translation>indica un --writer, o haz un libro de la clase con --class</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>no se pudo guardar {path}: {reason}</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>wrote {path} ({size})</source>
        <translation>se guardó {path} ({size})</translation>
    </message>
    <message>
        <source>{title} is not finished (leave out --finished to export it)</source>
        <translation>{title} no está terminado (quita --finished para exportarlo)</translation>
    </message>
    <message>
        <source>there are no finished pieces by any writer to export</source>
        <translation>no hay trabajos terminados de ningún escritor para exportar</translation>
    </message>
    <message>
        <source>there are no pieces by any writer to export</source>
        <translation>no hay trabajos de ningún escritor para exportar</translation>
    </message>
    <message>
        <source>there are no finished pieces by {names} to export</source>
        <translation>no hay trabajos terminados de {names} para exportar</translation>
    </message>
    <message>
        <source>there are no pieces by {names} to export</source>
        <translation>no hay trabajos de {names} para exportar</translation>
    </message>
</context>
<context>
    <name>GrownUp</name>
    <message>
        <source>Also writes in</source>
        <translation>También escribe en</translation>
    </message>
    <message>
        <source>Only one language</source>
        <translation>Un solo idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Buttons say their name (rest the pointer or press and hold)</source>
        <translation>Botones que hablan (puntero encima o toque largo)</translation>
    </message>
    <message>
        <source>Say each letter as it is typed</source>
        <translation>Decir cada letra al escribirla</translation>
    </message>
    <message>
        <source>Say each word after a space</source>
        <translation>Decir cada palabra después de un espacio</translation>
    </message>
    <message>
        <source>Say each sentence after a full stop</source>
        <translation>Decir cada oración después de un punto</translation>
    </message>
    <message>
        <source>ALL CAPITAL LETTERS</source>
        <translation>TODO EN MAYÚSCULAS</translation>
    </message>
    <message>
        <source>Little sounds (pop, page turn)</source>
        <translation>Sonidos pequeños (pop, pasar la página)</translation>
    </message>
    <message>
        <source>Classroom mode: back to “Who is writing?” after each piece</source>
        <translation>Modo salón: volver a “¿Quién va a escribir?” tras cada trabajo</translation>
    </message>
    <message>
        <source>Children may put pieces in the trash (and take them out)</source>
        <translation>Los niños pueden tirar trabajos al basurero (y sacarlos)</translation>
    </message>
    <message>
        <source>Children may print</source>
        <translation>Los niños pueden imprimir</translation>
    </message>
    <message>
        <source>Children may add photos from the computer</source>
        <translation>Los niños pueden agregar fotos de la computadora</translation>
    </message>
    <message>
        <source>Children may pack the backpack</source>
        <translation>Los niños pueden preparar la mochila</translation>
    </message>
    <message>
        <source>{number} px</source>
        <translation>{number} px</translation>
    </message>
    <message>
        <source>Settings for</source>
        <translation>Ajustes para</translation>
    </message>
    <message>
        <source>Settings for:</source>
        <translation>Ajustes para:</translation>
    </message>
    <message>
        <source>Use everyone&apos;s settings for this writer</source>
        <translation>Usar los ajustes de todos para este escritor</translation>
    </message>
    <message>
        <source>Talking and listening</source>
        <translation>Hablar y escuchar</translation>
    </message>
    <message>
        <source>For everyone: the grown-up corner&apos;s language, and the one a new writer starts with. For a writer: their screens, their voice, sticker names, idea cards and word banks.</source>
        <translation>Para todos: el idioma del rincón de adultos y el idioma con el que empieza cada escritor nuevo. Para un escritor o escritora: sus pantallas, su voz, los nombres de las calcomanías, las tarjetas de ideas y los bancos de palabras.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>The computer&apos;s usual voice</source>
        <translation>La voz habitual de la computadora</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Speed (slow – fast)</source>
        <translation>Velocidad (lenta – rápida)</translation>
    </message>
    <message>
        <source>How it looks</source>
        <translation>Cómo se ve</translation>
    </message>
    <message>
        <source>Button size</source>
        <translation>Tamaño de los botones</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Tipo de letra</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <source>Size of the words</source>
        <translation>Tamaño de las palabras</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Salón de clases</translation>
    </message>
    <message>
        <source>Back to “Who is writing?” after</source>
        <translation>Volver a “¿Quién va a escribir?” después de</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> min sin uso</translation>
    </message>
    <message>
        <source>What children may do</source>
        <translation>Lo que pueden hacer los niños</translation>
    </message>
    <message>
        <source>Deleting for good and emptying the trash are always for grown-ups.</source>
        <translation>Borrar para siempre y vaciar el basurero es siempre cosa de adultos.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Settings for everyone. Choose a writer above to give them their own.</source>
        <translation>Ajustes para todos. Elige arriba a un escritor para darle sus propios ajustes.</translation>
    </message>
    <message numerus="yes">
        <source>This writer has %n setting(s) of their own; the rest are everyone&apos;s.</source>
        <translation>
            <numerusform>Este escritor tiene %n ajuste propio; los demás son los de todos.</numerusform>
            <numerusform>Este escritor tiene %n ajustes propios; los demás son los de todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This writer uses everyone&apos;s settings; change one to give them their own.</source>
        <translation>Este escritor usa los ajustes de todos; cambia uno para darle sus propios ajustes.</translation>
    </message>
    <message>
        <source>Speech is not available: {reason}</source>
        <translation>La voz no está disponible: {reason}</translation>
    </message>
    <message>
        <source>Speech is working.</source>
        <translation>La voz funciona.</translation>
    </message>
    <message>
        <source>The disk was full, so new work could not be stored.</source>
        <translation>El disco estaba lleno, así que no se pudo guardar trabajo nuevo.</translation>
    </message>
    <message>
        <source>Another program held the library, so new work could not be stored.</source>
        <translation>Otro programa estaba usando la biblioteca, así que no se pudo guardar trabajo nuevo.</translation>
    </message>
    <message>
        <source>The library or its folder could not be written, so new work could not be stored.</source>
        <translation>No se podía escribir en la biblioteca ni en su carpeta, así que no se pudo guardar trabajo nuevo.</translation>
    </message>
    <message>
        <source>The library file was damaged. It was kept as {kept}; what could be read was rescued.</source>
        <translation>El archivo de la biblioteca estaba dañado. Se guardó como {kept}; se rescató lo que se pudo leer.</translation>
    </message>
    <message>
        <source>Work that could not be stored was kept in {files} and has been put back into its pieces.</source>
        <translation>El trabajo que no se pudo guardar quedó en {files} y ya volvió a su lugar.</translation>
    </message>
    <message>
        <source>New work could not be stored: {why}.</source>
        <translation>No se pudo guardar el trabajo nuevo: {why}.</translation>
    </message>
    <message>
        <source>Still going on: the work is kept and tried again.</source>
        <translation>Todavía está pasando: el trabajo se conserva y se vuelve a intentar.</translation>
    </message>
    <message>
        <source>Stored again from {time}; nothing was lost.</source>
        <translation>Se volvió a guardar desde las {time}; no se perdió nada.</translation>
    </message>
    <message>
        <source>What went wrong (newest first):</source>
        <translation>Lo que salió mal (lo más reciente primero):</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Lo que salió mal</translation>
    </message>
    <message>
        <source>Now – {what}</source>
        <translation>Ahora – {what}</translation>
    </message>
    <message>
        <source>Now – This library can only be looked at here: it cannot be written.</source>
        <translation>Ahora – Esta biblioteca solo se puede mirar aquí: no se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Now – Work that could not be stored is waiting in {file}; it goes back into its pieces when Writing Nook starts with a library it can write.</source>
        <translation>Ahora – El trabajo que no se pudo guardar está esperando en {file}; volverá a su lugar cuando Writing Nook se abra con una biblioteca en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Nothing has gone wrong.</source>
        <translation>No ha salido nada mal.</translation>
    </message>
    <message>
        <source>Backpack progress</source>
        <translation>Avance de la mochila</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Stop bringing in the backpack</source>
        <translation>Dejar de traer la mochila</translation>
    </message>
    <message>
        <source>Writing Nook backpack ({patterns})</source>
        <translation>Mochila de Writing Nook ({patterns})</translation>
    </message>
    <message>
        <source>Save the backpack</source>
        <translation>Guardar la mochila</translation>
    </message>
    <message>
        <source>Open a backpack</source>
        <translation>Abrir una mochila</translation>
    </message>
    <message>
        <source>Everything in this backpack is already here. Nothing was added.</source>
        <translation>Todo lo que trae esta mochila ya está aquí. No se agregó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n new piece(s)</source>
        <translation>
            <numerusform>%n trabajo nuevo</numerusform>
            <numerusform>%n trabajos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) brought up to date</source>
        <translation>
            <numerusform>%n trabajo actualizado</numerusform>
            <numerusform>%n trabajos actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) changed on both computers, kept side by side with the copy here</source>
        <translation>
            <numerusform>%n trabajo cambiado en las dos computadoras, guardado junto a la copia de aquí</numerusform>
            <numerusform>%n trabajos cambiados en las dos computadoras, guardados junto a la copia de aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought in: {what}.</source>
        <translation>Se trajo: {what}.</translation>
    </message>
    <message>
        <source>a new writer</source>
        <translation>un escritor nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n new writer(s): {names}.</source>
        <translation>
            <numerusform>%n escritor nuevo: {names}.</numerusform>
            <numerusform>%n escritores nuevos: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the {picture}</source>
        <translation>{picture}</translation>
    </message>
    <message>
        <source>Backpack</source>
        <translation>Mochila</translation>
    </message>
    <message>
        <source>A backpack carries pieces between computers (school and home) in one file. Save it on a USB stick, then open it on the other computer.</source>
        <translation>Una mochila lleva trabajos de una computadora a otra (de la escuela a la casa) en un solo archivo. Guárdala en una memoria USB y ábrela en la otra computadora.</translation>
    </message>
    <message>
        <source>Pack a backpack</source>
        <translation>Preparar una mochila</translation>
    </message>
    <message>
        <source>Whose pieces</source>
        <translation>Trabajos de quién</translation>
    </message>
    <message>
        <source>Pieces to pack</source>
        <translation>Trabajos para la mochila</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todos</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>No marcar ninguno</translation>
    </message>
    <message>
        <source>Pack the backpack…</source>
        <translation>Preparar la mochila…</translation>
    </message>
    <message>
        <source>Writer:</source>
        <translation>Escritor:</translation>
    </message>
    <message>
        <source>Open a backpack…</source>
        <translation>Abrir una mochila…</translation>
    </message>
    <message>
        <source>Bring them in</source>
        <translation>Traerlos</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation>(todavía sin palabras)</translation>
    </message>
    <message>
        <source>Tick at least one piece to pack.</source>
        <translation>Marca al menos un trabajo para la mochila.</translation>
    </message>
    <message>
        <source>The backpack could not be saved at {path}: {why}.</source>
        <translation>No se pudo guardar la mochila en {path}: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>Packed %n piece(s) of {name} into {path}.</source>
        <translation>
            <numerusform>Se guardó %n trabajo de {name} en {path}.</numerusform>
            <numerusform>Se guardaron %n trabajos de {name} en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backpack was not opened. {why}</source>
        <translation>No se abrió esta mochila. {why}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n piece(s), made {day}. Choose whose shelf each writer&apos;s pieces go to:</source>
        <translation>
            <numerusform>{file}: %n trabajo, hecho el {day}. Elige a qué estante van los trabajos de cada escritor:</numerusform>
            <numerusform>{file}: %n trabajos, hechos el {day}. Elige a qué estante van los trabajos de cada escritor:</numerusform>
        </translation>
    </message>
    <message>
        <source>Shelf for {name}</source>
        <translation>Estante de {name}</translation>
    </message>
    <message>
        <source>A new writer called {name}</source>
        <translation>Un escritor nuevo llamado {name}</translation>
    </message>
    <message>
        <source>A new writer</source>
        <translation>Un escritor nuevo</translation>
    </message>
    <message>
        <source>{name}&apos;s shelf</source>
        <translation>El estante de {name}</translation>
    </message>
    <message>
        <source>The backpack could not be brought in: the library could not be written.</source>
        <translation>No se pudo traer la mochila: no se pudo escribir en la biblioteca.</translation>
    </message>
    <message>
        <source>The backpack could not be brought in: {why}</source>
        <translation>No se pudo traer la mochila: {why}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n piece(s) were brought in.</source>
        <translation>
            <numerusform>Se detuvo: se trajo {done} de %n trabajo.</numerusform>
            <numerusform>Se detuvo: se trajeron {done} de %n trabajos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a backpack from the other computer to bring its pieces here.</source>
        <translation>Abre una mochila de la otra computadora para traer sus trabajos aquí.</translation>
    </message>
    <message>
        <source>Done! Here is your class book.</source>
        <translation>¡Listo! Aquí está el libro de tu clase.</translation>
    </message>
    <message>
        <source>PDF ({patterns})</source>
        <translation>PDF ({patterns})</translation>
    </message>
    <message>
        <source>Talking book ({patterns})</source>
        <translation>Libro parlante ({patterns})</translation>
    </message>
    <message>
        <source>Save the class book</source>
        <translation>Guardar el libro de la clase</translation>
    </message>
    <message>
        <source>Class book</source>
        <translation>Libro de la clase</translation>
    </message>
    <message>
        <source>One book of many writers&apos; pieces: a cover, a page of the writers&apos; pictures and names, then each piece on its own page. As a PDF to print, or a talking book any phone or tablet can read aloud.</source>
        <translation>Un libro con trabajos de muchos escritores: una portada, una página con los dibujos y los nombres de los escritores, y luego cada trabajo en su propia página. Como PDF para imprimir, o como libro parlante que cualquier teléfono o tableta puede leer en voz alta.</translation>
    </message>
    <message>
        <source>The class&apos;s or family&apos;s name</source>
        <translation>El nombre de la clase o de la familia</translation>
    </message>
    <message>
        <source>The class&apos;s or family&apos;s name (Room 4, The Garcias)</source>
        <translation>El nombre de la clase o de la familia (Salón 4, Los García)</translation>
    </message>
    <message>
        <source>Writers in the book</source>
        <translation>Escritores en el libro</translation>
    </message>
    <message>
        <source>All pieces</source>
        <translation>Todos los trabajos</translation>
    </message>
    <message>
        <source>Finished pieces only</source>
        <translation>Solo los trabajos terminados</translation>
    </message>
    <message>
        <source>Pieces started between</source>
        <translation>Trabajos empezados entre</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Desde este día</translation>
    </message>
    <message>
        <source>To this day</source>
        <translation>Hasta este día</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Make a PDF</source>
        <translation>Hacer un PDF</translation>
    </message>
    <message>
        <source>Make a talking book</source>
        <translation>Hacer un libro parlante</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <source>{pieces} by {writers}</source>
        <translation>{pieces} de {writers}</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n trabajo</numerusform>
            <numerusform>%n trabajos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writer(s)</source>
        <translation>
            <numerusform>%n escritor</numerusform>
            <numerusform>%n escritores</numerusform>
        </translation>
    </message>
    <message>
        <source>No chosen writer has a finished piece yet: choose All pieces to put their drafts in.</source>
        <translation>Ningún escritor elegido tiene todavía un trabajo terminado: elige «Todos los trabajos» para incluir sus borradores.</translation>
    </message>
    <message>
        <source>class-book</source>
        <comment>the start of a class book&apos;s file name</comment>
        <translation>libro-de-la-clase</translation>
    </message>
    <message>
        <source>The class book could not be made: {why}</source>
        <translation>No se pudo hacer el libro de la clase: {why}</translation>
    </message>
    <message>
        <source>Stopped. No book was made.</source>
        <translation>Se detuvo. No se hizo ningún libro.</translation>
    </message>
    <message>
        <source>This computer could not open the folder. The book is at the place above.</source>
        <translation>Esta computadora no pudo abrir la carpeta. El libro está en el lugar que se indica arriba.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Escritores</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Basurero</translation>
    </message>
    <message>
        <source>Word wall</source>
        <translation>Muro de palabras</translation>
    </message>
    <message>
        <source>Idea cards</source>
        <translation>Tarjetas de ideas</translation>
    </message>
    <message>
        <source>My voice</source>
        <translation>Mi voz</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Library safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Writing Nook {version}</source>
        <translation>Writing Nook {version}</translation>
    </message>
    <message>
        <source>The library is kept in {path}. Back up that one file to keep everything the children made.</source>
        <translation>La biblioteca se guarda en {path}. Haz una copia de ese único archivo para conservar todo lo que hicieron los niños.</translation>
    </message>
    <message>
        <source>Speech: {reason}</source>
        <translation>Voz: {reason}</translation>
    </message>
    <message>
        <source>Speech: working.</source>
        <translation>Voz: funciona.</translation>
    </message>
    <message>
        <source>The pictures and fonts come from free projects. Their licences ask for these words:</source>
        <translation>Los dibujos y los tipos de letra vienen de proyectos libres. Sus licencias piden estas palabras:</translation>
    </message>
    <message>
        <source>Grown-up corner</source>
        <translation>Rincón de adultos</translation>
    </message>
    <message>
        <source>Back to the children</source>
        <translation>Volver con los niños</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>This library can&apos;t be changed here, so settings, writers, the trash, the word wall, idea cards and My voice are only shown. Packing a backpack, the class book and checking the library still work.</source>
        <translation>Esta biblioteca no se puede cambiar aquí, así que los ajustes, los escritores, el basurero, el muro de palabras, las tarjetas de ideas y Mi voz solo se muestran. Preparar una mochila, el libro de la clase y revisar la biblioteca siguen funcionando.</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>cero</translation>
    </message>
    <message>
        <source>one</source>
        <translation>uno</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <source>four</source>
        <translation>cuatro</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinco</translation>
    </message>
    <message>
        <source>six</source>
        <translation>seis</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>siete</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>ocho</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>nueve</translation>
    </message>
    <message>
        <source>Grown-ups: what is {a} times {b}?</source>
        <translation>Adultos: ¿cuánto es {a} por {b}?</translation>
    </message>
    <message>
        <source>For grown-ups</source>
        <translation>Para adultos</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Regresar</translation>
    </message>
    <message>
        <source>Not quite. Here is another one.</source>
        <translation>No exactamente. Aquí va otra.</translation>
    </message>
    <message>
        <source>{month}: {words}, {new}</source>
        <translation>{month}: {words}, {new}</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Words written each month</source>
        <translation>Palabras escritas cada mes</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Todavía no hay nada escrito.</translation>
    </message>
    <message>
        <source>Which writer</source>
        <translation>Qué escritor</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>words written</source>
        <translation>palabras escritas</translation>
    </message>
    <message>
        <source>words used for the first time</source>
        <translation>palabras usadas por primera vez</translation>
    </message>
    <message>
        <source>Chart key</source>
        <translation>Leyenda de la gráfica</translation>
    </message>
    <message>
        <source>Newest words</source>
        <translation>Palabras más nuevas</translation>
    </message>
    <message>
        <source>First piece</source>
        <translation>Primer trabajo</translation>
    </message>
    <message>
        <source>Latest piece</source>
        <translation>Último trabajo</translation>
    </message>
    <message>
        <source>No writers yet.</source>
        <translation>Todavía no hay escritores.</translation>
    </message>
    <message>
        <source>{pieces} ({kinds})</source>
        <translation>{pieces} ({kinds})</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) written</source>
        <translation>
            <numerusform>%n palabra escrita</numerusform>
            <numerusform>%n palabras escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different word(s)</source>
        <translation>
            <numerusform>%n palabra distinta</numerusform>
            <numerusform>%n palabras distintas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest piece: %n word(s)</source>
        <translation>
            <numerusform>trabajo más largo: %n palabra</numerusform>
            <numerusform>trabajo más largo: %n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest words: {words}</source>
        <translation>Palabras más nuevas: {words}</translation>
    </message>
    <message>
        <source>{which}: {title} ({day})</source>
        <translation>{which}: {title} ({day})</translation>
    </message>
    <message>
        <source>Show hidden cards too</source>
        <translation>Mostrar también las tarjetas ocultas</translation>
    </message>
    <message>
        <source>Idea words</source>
        <translation>Palabras de la idea</translation>
    </message>
    <message>
        <source>Make a sign for your bedroom door</source>
        <translation>Haz un letrero para la puerta de tu cuarto</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Add as new card</source>
        <translation>Agregar como tarjeta nueva</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Only cards a grown-up made can be deleted; bundled cards can be hidden.</source>
        <translation>Solo se pueden borrar las tarjetas que hizo un adulto; las que vienen con la aplicación se pueden ocultar.</translation>
    </message>
    <message>
        <source>Idea cards are an invitation: children may look at them, and never have to.</source>
        <translation>Las tarjetas de ideas son una invitación: los niños pueden mirarlas, pero nunca están obligados.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculta)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Find a picture</source>
        <translation>Buscar un dibujo</translation>
    </message>
    <message>
        <source>Find a picture: dog, red, happy…</source>
        <translation>Buscar un dibujo: perro, rojo, feliz…</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Dibujos</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Backups (made every day and when Writing Nook closes):</source>
        <translation>Copias de seguridad (se hacen cada día y al cerrar Writing Nook):</translation>
    </message>
    <message>
        <source>No backups yet. One is made today when Writing Nook closes, or tap Back up now.</source>
        <translation>Todavía no hay copias de seguridad. Se hará una hoy al cerrar Writing Nook, o toca «Hacer una copia ahora».</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The backups marked “kept safe after the rescue” are from before the damage, and are kept until you choose. If work is missing, choose one and tap Restore this backup. If the rescued library has everything, let them go.</source>
        <translation>Las copias marcadas «guardada después del rescate» son de antes del daño y se guardan hasta que tú decidas. Si falta algún trabajo, elige una y toca Recuperar esta copia. Si la biblioteca rescatada tiene todo, déjalas ir.</translation>
    </message>
    <message>
        <source>Let the kept backups go…</source>
        <translation>Dejar ir las copias guardadas…</translation>
    </message>
    <message>
        <source>Yes, let them go</source>
        <translation>Sí, déjalas ir</translation>
    </message>
    <message>
        <source>Yes, put it back</source>
        <translation>Sí, recupérala</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Recuperar esta copia</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Check the library</source>
        <translation>Revisar la biblioteca</translation>
    </message>
    <message>
        <source>What the last step did</source>
        <translation>Lo que hizo el último paso</translation>
    </message>
    <message>
        <source>The library is the one file {path}. Writing Nook folds its recent changes into that file every few minutes and when it closes, so copying that one file (when Writing Nook is closed) keeps everything. Backups are in {folder}.</source>
        <translation>La biblioteca es un solo archivo: {path}. Writing Nook guarda en ese archivo los cambios recientes cada pocos minutos y al cerrarse, así que al copiar ese archivo (con Writing Nook cerrado) se conserva todo. Las copias de seguridad están en {folder}.</translation>
    </message>
    <message>
        <source>kept safe after the rescue</source>
        <translation>guardada después del rescate</translation>
    </message>
    <message>
        <source>{why} Make some room on the disk, then try again.</source>
        <translation>{why} Libera espacio en el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Backed up: {backup}.</source>
        <translation>Copia hecha: {backup}.</translation>
    </message>
    <message>
        <source>The check found damage in the library file. Restore a backup, or close Writing Nook and start it again: it will then rescue everything that can be read into a new library (the damaged file is kept).</source>
        <translation>La revisión encontró daños en el archivo de la biblioteca. Recupera una copia de seguridad, o cierra Writing Nook y vuelve a abrirlo: rescatará todo lo que se pueda leer en una biblioteca nueva (el archivo dañado se conserva).</translation>
    </message>
    <message>
        <source>The library is healthy.</source>
        <translation>La biblioteca está en buen estado.</translation>
    </message>
    <message>
        <source>Let the backups from before the rescue go? From the next backup on they are thinned out like the others, and the oldest are removed.</source>
        <translation>¿Dejar ir las copias de antes del rescate? Desde la próxima copia se irán quitando como las demás, y se borrarán las más viejas.</translation>
    </message>
    <message>
        <source>The kept backups could not be let go: {why}.</source>
        <translation>No se pudieron dejar ir las copias guardadas: {why}.</translation>
    </message>
    <message>
        <source>The kept backups are thinned out like the others from the next backup on.</source>
        <translation>Desde la próxima copia, las copias guardadas se irán quitando como las demás.</translation>
    </message>
    <message>
        <source>Put back the backup of {backup}? Writing Nook closes, puts it in place of the library (the library as it is now is kept as a file beside it) and opens again.</source>
        <translation>¿Recuperar la copia del {backup}? Writing Nook se cierra, la pone en lugar de la biblioteca (la biblioteca tal como está ahora se guarda como un archivo al lado) y se abre de nuevo.</translation>
    </message>
    <message>
        <source>Yes, delete for good</source>
        <translation>Sí, borrar para siempre</translation>
    </message>
    <message>
        <source>Pieces in the trash</source>
        <translation>Trabajos en el basurero</translation>
    </message>
    <message>
        <source>Take out of the trash</source>
        <translation>Sacar del basurero</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Borrar para siempre…</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>Vaciar el basurero…</translation>
    </message>
    <message>
        <source>(a {kind} with no words yet)</source>
        <translation>({kind}, todavía sin palabras)</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) in the trash. Children can take pieces back out; only grown-ups delete for good.</source>
        <translation>
            <numerusform>%n trabajo en el basurero. Los niños pueden sacar trabajos; solo los adultos borran para siempre.</numerusform>
            <numerusform>%n trabajos en el basurero. Los niños pueden sacar trabajos; solo los adultos borran para siempre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>El basurero está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n piece(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>¿Borrar %n trabajo para siempre? No se puede deshacer.</numerusform>
            <numerusform>¿Borrar %n trabajos para siempre? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n piece(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>¿Borrar para siempre %n trabajo del basurero? No se puede deshacer.</numerusform>
            <numerusform>¿Borrar para siempre los %n trabajos del basurero? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The child&apos;s own recording</source>
        <translation>La grabación del propio niño o niña</translation>
    </message>
    <message>
        <source>The app&apos;s voice</source>
        <translation>La voz de la aplicación</translation>
    </message>
    <message>
        <source>The child&apos;s recording, then the app&apos;s voice</source>
        <translation>La grabación del niño o niña, y luego la voz de la aplicación</translation>
    </message>
    <message>
        <source>My voice recordings</source>
        <translation>Grabaciones de Mi voz</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Children may record their voice on a page</source>
        <translation>Los niños pueden grabar su voz en una página</translation>
    </message>
    <message>
        <source>Show time and Read to me use</source>
        <translation>En «Hora de mostrar» y «Léemelo» se oye:</translation>
    </message>
    <message>
        <source>Recordings stay in the library on this computer. They leave it only inside a backpack or an export that a grown-up makes.</source>
        <translation>Las grabaciones se quedan en la biblioteca de esta computadora. Solo salen dentro de una mochila o de un archivo que prepare un adulto.</translation>
    </message>
    <message>
        <source>Each writer&apos;s recordings</source>
        <translation>Las grabaciones de cada escritor</translation>
    </message>
    <message>
        <source>Show time and Read to me on a page with a recording</source>
        <translation>Hora de mostrar y Léemelo en una página con grabación</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s), {size}</source>
        <translation>
            <numerusform>%n grabación, {size}</numerusform>
            <numerusform>%n grabaciones, {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>no recordings</source>
        <translation>sin grabaciones</translation>
    </message>
    <message numerus="yes">
        <source>Yes, delete %n for good</source>
        <translation>
            <numerusform>Sí, borrar %n para siempre</numerusform>
            <numerusform>Sí, borrar las %n para siempre</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all recordings</source>
        <translation>Borrar todas las grabaciones</translation>
    </message>
    <message>
        <source>Delete all recordings of {name}</source>
        <translation>Borrar todas las grabaciones de {name}</translation>
    </message>
    <message>
        <source>Word banks</source>
        <translation>Bancos de palabras</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Nombre del banco</translation>
    </message>
    <message>
        <source>New bank: Dinosaurs</source>
        <translation>Banco nuevo: Dinosaurios</translation>
    </message>
    <message>
        <source>New bank</source>
        <translation>Banco nuevo</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Use picture for bank</source>
        <translation>Dibujo del banco</translation>
    </message>
    <message>
        <source>Yes, delete the bank</source>
        <translation>Sí, borrar el banco</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>New word</source>
        <translation>Palabra nueva</translation>
    </message>
    <message>
        <source>A word, e.g. dinosaur</source>
        <translation>Una palabra, por ejemplo: dinosaurio</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin dibujo</translation>
    </message>
    <message>
        <source>Add word</source>
        <translation>Agregar palabra</translation>
    </message>
    <message>
        <source>Remove word</source>
        <translation>Quitar palabra</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <source>Delete “{name}” and its words? (Hide keeps it for later.)</source>
        <translation>¿Borrar “{name}” y sus palabras? (Ocultar lo guarda para después.)</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>That photo could not be opened.</source>
        <translation>No se pudo abrir esa foto.</translation>
    </message>
    <message>
        <source>That photo is too big.</source>
        <translation>Esa foto es demasiado grande.</translation>
    </message>
    <message>
        <source>That file is not a picture.</source>
        <translation>Ese archivo no es una imagen.</translation>
    </message>
    <message>
        <source>That photo could not be stored.</source>
        <translation>No se pudo guardar esa foto.</translation>
    </message>
    <message>
        <source>Getting the photo ready…</source>
        <translation>Preparando la foto…</translation>
    </message>
    <message numerus="yes">
        <source>%n book(s)</source>
        <translation>
            <numerusform>%n libro</numerusform>
            <numerusform>%n libros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n lista</numerusform>
            <numerusform>%n listas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign(s)</source>
        <translation>
            <numerusform>%n letrero</numerusform>
            <numerusform>%n letreros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message>
        <source>book</source>
        <translation>libro</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>letrero</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>{name} ({picture})</source>
        <translation>{name} ({picture})</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day and a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>New writer&apos;s name</source>
        <translation>Nombre del escritor nuevo</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Nombre y Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add writer</source>
        <translation>Agregar escritor</translation>
    </message>
    <message>
        <source>Put every name on the word wall</source>
        <translation>Nombres al muro de palabras</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Dibujo</translation>
    </message>
    <message>
        <source>An archived writer leaves “Who is writing?”; their pieces are kept.</source>
        <translation>Un escritor archivado ya no aparece en “¿Quién va a escribir?”; sus trabajos se conservan.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Traer de vuelta</translation>
    </message>
    <message>
        <source>Our class</source>
        <comment>the word-wall bank of the writers&apos; names</comment>
        <translation>Nuestra clase</translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message>
        <source>Making the book</source>
        <translation>Haciendo el libro</translation>
    </message>
    <message>
        <source>A book being made</source>
        <translation>Un libro que se está haciendo</translation>
    </message>
    <message>
        <source>How much of the book is made</source>
        <translation>Cuánto del libro ya está listo</translation>
    </message>
    <message>
        <source>Stop making the book</source>
        <translation>Deja de hacer el libro</translation>
    </message>
    <message>
        <source>How loud I am</source>
        <translation>Qué tan fuerte hablo</translation>
    </message>
    <message>
        <source>Back to the first ones</source>
        <translation>Volver a los primeros</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Ver más</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <comment>the name of this language, written in this language</comment>
        <translation>Español</translation>
    </message>
    <message>
        <source>Hello!</source>
        <comment>a greeting in the picture that stands for this language</comment>
        <translation>¡Hola!</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Archivo %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Archivos de tipo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ya existe.
¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
No se encontró el archivo.
Revisa que el nombre del archivo esté bien escrito.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
No se encontró la carpeta.
Revisa que el nombre de la carpeta esté bien escrito.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>¿Seguro que quieres borrar «%1»?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» está protegido contra cambios.
¿Quieres borrarlo de todos modos?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>No se pudo borrar la carpeta.</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar archivos &amp;ocultos</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ir a la carpeta de arriba</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Carpeta de arriba</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Buscar una carpeta</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Carpeta de archivos</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Cambiar a la vista de lista</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ir adelante</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nombre de archivo no válido</translation>
    </message>
</context>
<context>
    <name>Shelf</name>
    <message>
        <source>My trash</source>
        <translation>Mi basurero</translation>
    </message>
    <message>
        <source>Back to my shelf</source>
        <translation>Regresa a mi estante</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>El basurero está vacío</translation>
    </message>
    <message>
        <source>Take it out of the trash</source>
        <translation>Sácalo del basurero</translation>
    </message>
    <message>
        <source>Every idea</source>
        <translation>Todas las ideas</translation>
    </message>
    <message>
        <source>Book ideas</source>
        <translation>Ideas para libros</translation>
    </message>
    <message>
        <source>List ideas</source>
        <translation>Ideas para listas</translation>
    </message>
    <message>
        <source>Sign ideas</source>
        <translation>Ideas para letreros</translation>
    </message>
    <message>
        <source>Letter ideas</source>
        <translation>Ideas para cartas</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>Mi libro</translation>
    </message>
    <message>
        <source>My list</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <source>My sign</source>
        <translation>Mi letrero</translation>
    </message>
    <message>
        <source>My letter</source>
        <translation>Mi carta</translation>
    </message>
    <message>
        <source>{name}, finished</source>
        <translation>{name}, trabajo terminado</translation>
    </message>
    <message>
        <source>Your shelf</source>
        <translation>Tu estante</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>Libro nuevo</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Lista nueva</translation>
    </message>
    <message>
        <source>New sign</source>
        <translation>Letrero nuevo</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Carta nueva</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>My books</source>
        <translation>Mis libros</translation>
    </message>
    <message>
        <source>My lists</source>
        <translation>Mis listas</translation>
    </message>
    <message>
        <source>My signs</source>
        <translation>Mis letreros</translation>
    </message>
    <message>
        <source>My letters</source>
        <translation>Mis cartas</translation>
    </message>
    <message>
        <source>Finished ones</source>
        <translation>Los terminados</translation>
    </message>
    <message>
        <source>Who is writing?</source>
        <translation>¿Quién va a escribir?</translation>
    </message>
    <message>
        <source>Pack my backpack</source>
        <translation>Prepara mi mochila</translation>
    </message>
    <message>
        <source>For grown-ups</source>
        <translation>Para adultos</translation>
    </message>
    <message>
        <source>Find my words</source>
        <translation>Busca mis palabras</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Ábrelo</translation>
    </message>
    <message>
        <source>Show time</source>
        <translation>Hora de mostrar</translation>
    </message>
    <message>
        <source>Make another like this</source>
        <translation>Haz otro igual</translation>
    </message>
    <message>
        <source>Put in the trash</source>
        <translation>Tíralo al basurero</translation>
    </message>
    <message>
        <source>No pieces with those words.</source>
        <translation>No hay trabajos con esas palabras.</translation>
    </message>
    <message>
        <source>Nothing to look at here yet. Ask a grown-up to help you write.</source>
        <translation>Aquí todavía no hay nada para mirar. Pídele a un adulto que te ayude a escribir.</translation>
    </message>
    <message>
        <source>Nothing here yet. Make something!</source>
        <translation>Todavía no hay nada aquí. ¡Haz algo!</translation>
    </message>
    <message>
        <source>Nothing like this yet.</source>
        <translation>Todavía no hay nada así.</translation>
    </message>
</context>
<context>
    <name>ShowTime</name>
    <message>
        <source>Print it?</source>
        <translation>¿Lo imprimo?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>There is no printer. Ask a grown-up.</source>
        <translation>No hay impresora. Pídele ayuda a un adulto.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>Imprímelo</translation>
    </message>
    <message>
        <source>Show time</source>
        <translation>Hora de mostrar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Regresar</translation>
    </message>
    <message>
        <source>Page before</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Save as pictures</source>
        <translation>Guardar como imágenes</translation>
    </message>
    <message>
        <source>Save as a talking book</source>
        <translation>Guardar como libro parlante</translation>
    </message>
    <message>
        <source>The cover</source>
        <translation>La portada</translation>
    </message>
    <message>
        <source>{number} / {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Página {number} de {count}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Deja de leer</translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation>Léemelo</translation>
    </message>
    <message>
        <source>Talking book ({patterns})</source>
        <translation>Libro parlante ({patterns})</translation>
    </message>
    <message>
        <source>PDF ({patterns})</source>
        <translation>PDF ({patterns})</translation>
    </message>
    <message>
        <source>Save the pages as pictures in</source>
        <translation>Guardar las páginas como imágenes en</translation>
    </message>
    <message>
        <source>Saved: {place}</source>
        <translation>Guardado: {place}</translation>
    </message>
    <message>
        <source>Done! It is saved.</source>
        <translation>¡Listo! Ya está guardado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Writing Nook could not save to {place}: {why}</source>
        <translation>Writing Nook no pudo guardar en {place}: {why}</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>No speech engine was found.</source>
        <translation>No se encontró ningún motor de voz.</translation>
    </message>
    <message>
        <source>Install the espeak-ng package (Debian/Ubuntu: sudo apt install espeak-ng), then restart Writing Nook.</source>
        <translation>Instala el paquete espeak-ng (Debian/Ubuntu: sudo apt install espeak-ng) y vuelve a abrir Writing Nook.</translation>
    </message>
    <message>
        <source>Turn on a Windows voice in Settings &gt; Time &amp; language &gt; Speech.</source>
        <translation>Activa una voz de Windows en Configuración &gt; Hora e idioma &gt; Voz.</translation>
    </message>
    <message>
        <source>Add a voice in System Settings &gt; Accessibility &gt; Spoken Content.</source>
        <translation>Agrega una voz en Configuración del Sistema &gt; Accesibilidad &gt; Contenido leído.</translation>
    </message>
    <message>
        <source>Install a speech engine (espeak-ng) for this computer.</source>
        <translation>Instala un motor de voz (espeak-ng) en esta computadora.</translation>
    </message>
    <message>
        <source>No voice is connected.</source>
        <translation>No hay ninguna voz conectada.</translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>What the children make is kept and tried again every few seconds. If Writing Nook is closed before it can be stored, it is kept in a recovery file and put back at the next start.</source>
        <translation>Lo que hacen los niños se guarda, y se vuelve a intentar cada pocos segundos. Si Writing Nook se cierra antes de poder guardarlo, queda en un archivo de recuperación y se recupera la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>The disk is full, so Writing Nook cannot store new work right now. Make some room on the disk (empty the computer&apos;s trash, remove big files).</source>
        <translation>El disco está lleno, así que Writing Nook no puede guardar trabajo nuevo por ahora. Libera espacio en el disco (vacía la papelera de la computadora, borra archivos grandes).</translation>
    </message>
    <message>
        <source>Another program is holding the library, so Writing Nook cannot store new work right now. Close the other program (a backup or sync tool, another Writing Nook).</source>
        <translation>Otro programa está usando la biblioteca, así que Writing Nook no puede guardar trabajo nuevo por ahora. Cierra ese programa (una herramienta de copias de seguridad o de sincronización, otro Writing Nook).</translation>
    </message>
    <message>
        <source>The library or its folder cannot be written any more, so new work cannot be stored. Make the folder writable again (or move the library to one that is).</source>
        <translation>Ya no se puede escribir en la biblioteca ni en su carpeta, así que no se puede guardar trabajo nuevo. Vuelve a permitir la escritura en la carpeta (o mueve la biblioteca a una carpeta que lo permita).</translation>
    </message>
    <message>
        <source>The library file reports damage, so new work cannot be stored. Close Writing Nook and start it again: it rescues everything that can be read.</source>
        <translation>El archivo de la biblioteca está dañado, así que no se puede guardar trabajo nuevo. Cierra Writing Nook y vuelve a abrirlo: rescatará todo lo que se pueda leer.</translation>
    </message>
    <message>
        <source>Writing Nook cannot store new work right now: {why}.</source>
        <translation>Writing Nook no puede guardar trabajo nuevo ahora: {why}.</translation>
    </message>
    <message>
        <source>For grown-ups:</source>
        <translation>Para adultos:</translation>
    </message>
    <message>
        <source>Writing Nook stays open: the disk is full, so the work it could not store cannot be kept in a recovery file either, and closing now would lose it. Make some room on the disk (empty the computer&apos;s trash, remove big files), then close Writing Nook again.</source>
        <translation>Writing Nook sigue abierto: el disco está lleno, así que el trabajo que no pudo guardar tampoco cabe en un archivo de recuperación, y si se cierra ahora se perdería. Libera espacio en el disco (vacía la papelera de la computadora, borra archivos grandes) y luego vuelve a cerrar Writing Nook.</translation>
    </message>
    <message>
        <source>I am holding on to your work. Ask a grown-up.</source>
        <translation>Estoy cuidando tu trabajo. Pídele ayuda a un adulto.</translation>
    </message>
    <message>
        <source>Writing Nook cannot open the library</source>
        <translation>Writing Nook no puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>Ask a grown-up</source>
        <translation>Pídele ayuda a un adulto</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar otra vez</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Recuperar esta copia</translation>
    </message>
    <message>
        <source>Close Writing Nook</source>
        <translation>Cerrar Writing Nook</translation>
    </message>
    <message>
        <source>Or put back a backup (the library now there is kept aside):</source>
        <translation>O recupera una copia de seguridad (la biblioteca que está ahora se guarda aparte):</translation>
    </message>
    <message>
        <source>Putting the backup back…</source>
        <translation>Recuperando la copia…</translation>
    </message>
    <message>
        <source>Trying to open the library again…</source>
        <translation>Intentando abrir la biblioteca otra vez…</translation>
    </message>
    <message>
        <source>Look only: nothing new is kept</source>
        <translation>Solo para ver: no se guarda nada nuevo</translation>
    </message>
    <message>
        <source>Something for a grown-up to read</source>
        <translation>Algo para que lo lea un adulto</translation>
    </message>
    <message>
        <source>Everything here is for looking and reading. Ask a grown-up to help you write.</source>
        <translation>Aquí todo es para ver y leer. Pídele a un adulto que te ayude a escribir.</translation>
    </message>
    <message>
        <source>Another program is using the library file {path}, so Writing Nook cannot open it right now. Nothing was changed or moved. Close the other program (or the other Writing Nook window) and start again.</source>
        <translation>Otro programa está usando el archivo de la biblioteca {path}, así que Writing Nook no puede abrirlo por ahora. No se cambió ni se movió nada. Cierra ese programa (o la otra ventana de Writing Nook) y vuelve a empezar.</translation>
    </message>
    <message>
        <source>The disk that holds the library ({path}) is full, so Writing Nook cannot open it. Nothing was changed or moved. Make some room on the disk (empty the computer&apos;s trash, remove big files) and start again.</source>
        <translation>El disco donde está la biblioteca ({path}) está lleno, así que Writing Nook no puede abrirla. No se cambió ni se movió nada. Libera espacio en el disco (vacía la papelera de la computadora, borra archivos grandes) y vuelve a empezar.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file, so Writing Nook will not open it as a library.</source>
        <translation>{path} no es un archivo común, así que Writing Nook no lo abrirá como biblioteca.</translation>
    </message>
    <message>
        <source>Writing Nook is not allowed to read the library {path}. Nothing was changed or moved.</source>
        <translation>Writing Nook no tiene permiso para leer la biblioteca {path}. No se cambió ni se movió nada.</translation>
    </message>
    <message>
        <source>Writing Nook cannot make its library in {path}: that folder cannot be written. Choose another folder with --data-dir.</source>
        <translation>Writing Nook no puede crear su biblioteca en {path}: no se puede escribir en esa carpeta. Elige otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>The library {path} is from an older Writing Nook and must be brought up to date, but it cannot be changed here. Move it to a folder you can write in.</source>
        <translation>La biblioteca {path} es de un Writing Nook más antiguo y hay que actualizarla, pero aquí no se puede cambiar. Muévela a una carpeta donde se pueda escribir.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>this computer&apos;s user account is not allowed to use it</source>
        <translation>la cuenta de usuario de esta computadora no tiene permiso para usarlo</translation>
    </message>
    <message>
        <source>the disk or folder can only be read, not written</source>
        <translation>el disco o la carpeta solo se pueden leer, no se puede escribir en ellos</translation>
    </message>
    <message>
        <source>it is not there (it may have been moved, or the USB stick taken out)</source>
        <translation>no está ahí (quizás se movió, o se sacó la memoria USB)</translation>
    </message>
    <message>
        <source>the disk could not be read or written (it may be failing, or it was taken out)</source>
        <translation>no se pudo leer ni escribir en el disco (puede estar fallando, o se desconectó)</translation>
    </message>
    <message>
        <source>its name is too long for this computer</source>
        <translation>su nombre es demasiado largo para esta computadora</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>part of its place is a file where a folder should be</source>
        <translation>en su ruta hay un archivo donde debería haber una carpeta</translation>
    </message>
    <message>
        <source>something with that name is already there</source>
        <translation>ya hay algo con ese nombre</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>the file is not a Writing Nook library</source>
        <translation>el archivo no es una biblioteca de Writing Nook</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>otro programa lo está usando</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>no se pudo abrir el archivo</translation>
    </message>
    <message>
        <source>the computer has too many files open</source>
        <translation>la computadora tiene demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>something went wrong on the computer</source>
        <translation>algo falló en la computadora</translation>
    </message>
    <message>
        <source>Details for a helper: {detail}</source>
        <translation>Detalles para quien te ayude: {detail}</translation>
    </message>
    <message>
        <source>Writing Nook cannot open the library {path}.</source>
        <translation>Writing Nook no puede abrir la biblioteca {path}.</translation>
    </message>
    <message>
        <source>There is no library in {path}.</source>
        <translation>No hay ninguna biblioteca en {path}.</translation>
    </message>
    <message>
        <source>The library {path} is from an older Writing Nook: open it in Writing Nook once first.</source>
        <translation>La biblioteca {path} es de un Writing Nook más antiguo: ábrela primero una vez en Writing Nook.</translation>
    </message>
    <message>
        <source>The library {path} cannot be read: {why}.</source>
        <translation>No se puede leer la biblioteca {path}: {why}.</translation>
    </message>
    <message>
        <source>This library can&apos;t be changed here: the file or its folder ({path}) cannot be written. The children can look at and read their work, but nothing new is stored. Move the library to a folder you can write in, or start with --data-dir.</source>
        <translation>Esta biblioteca no se puede cambiar aquí: no se puede escribir en el archivo o en su carpeta ({path}). Los niños pueden ver y leer sus trabajos, pero no se guarda nada nuevo. Mueve la biblioteca a una carpeta donde se pueda escribir, o empieza con --data-dir.</translation>
    </message>
    <message>
        <source>This library was made by a newer Writing Nook. It is opened only for looking, so nothing in it is changed. Install the newer Writing Nook to keep writing in it.</source>
        <translation>Esta biblioteca se hizo con un Writing Nook más nuevo. Se abre solo para mirar, así que no se cambia nada. Instala el Writing Nook más nuevo para seguir escribiendo en ella.</translation>
    </message>
    <message>
        <source>The library {path} is damaged.</source>
        <translation>La biblioteca {path} está dañada.</translation>
    </message>
    <message>
        <source>Writing Nook cannot open the library {path}: {why}. Nothing was changed or moved.</source>
        <translation>Writing Nook no puede abrir la biblioteca {path}: {why}. No se cambió ni se movió nada.</translation>
    </message>
    <message>
        <source>Writing Nook cannot look at {path}: {why}.</source>
        <translation>Writing Nook no puede revisar {path}: {why}.</translation>
    </message>
    <message>
        <source>Writing Nook cannot read the library {path} with its recent changes: a copy to read could not be made ({why}). Nothing was changed or moved.</source>
        <translation>Writing Nook no puede leer la biblioteca {path} con sus cambios recientes: no se pudo hacer una copia para leerla ({why}). No se cambió ni se movió nada.</translation>
    </message>
    <message>
        <source>{path} is another program&apos;s file, not a Writing Nook library, so Writing Nook did not open or change it. Choose another folder with --data-dir.</source>
        <translation>{path} es un archivo de otro programa, no una biblioteca de Writing Nook, así que Writing Nook no lo abrió ni lo cambió. Elige otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Writing Nook could not rescue the library {path}: {why}. Nothing was moved.</source>
        <translation>Writing Nook no pudo rescatar la biblioteca {path}: {why}. No se movió nada.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be read: {why}.</source>
        <translation>No se puede leer la copia de seguridad {name}: {why}.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged.</source>
        <translation>La copia de seguridad {name} está dañada.</translation>
    </message>
    <message>
        <source>The backup {name} does not hold everything the library holds.</source>
        <translation>A la copia de seguridad {name} le falta parte de la biblioteca.</translation>
    </message>
    <message>
        <source>A backup of the library could not be made: {why}.</source>
        <translation>No se pudo hacer una copia de seguridad de la biblioteca: {why}.</translation>
    </message>
    <message>
        <source>The backup {name} could not be put in place: {why}. Nothing was moved.</source>
        <translation>No se pudo poner en su lugar la copia de seguridad {name}: {why}. No se movió nada.</translation>
    </message>
    <message>
        <source>Something did not work: {why}.</source>
        <translation>Algo no funcionó: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>The library file was damaged. It was kept as {kept}, and everything that could be read (%n piece(s)) was copied into a fresh library.</source>
        <translation>
            <numerusform>El archivo de la biblioteca estaba dañado. Se guardó como {kept}, y todo lo que se pudo leer (%n trabajo) se copió a una biblioteca nueva.</numerusform>
            <numerusform>El archivo de la biblioteca estaba dañado. Se guardó como {kept}, y todo lo que se pudo leer (%n trabajos) se copió a una biblioteca nueva.</numerusform>
        </translation>
    </message>
    <message>
        <source>To put back a backup instead, look in the grown-up corner, Library safety.</source>
        <translation>Si prefieres recuperar una copia de seguridad, ve al Rincón de adultos, en Seguridad.</translation>
    </message>
    <message>
        <source>The backup {backup} was put back. The library before it was kept as {kept}.</source>
        <translation>Se recuperó la copia de seguridad {backup}. La biblioteca que había antes se guardó como {kept}.</translation>
    </message>
    <message>
        <source>The backup of {day} was put back. The library before it was kept as {kept}.</source>
        <translation>Se recuperó la copia de seguridad del {day}. La biblioteca que había antes se guardó como {kept}.</translation>
    </message>
    <message>
        <source>Putting back the backup {backup} did not work: {why}</source>
        <translation>No se pudo recuperar la copia de seguridad {backup}: {why}</translation>
    </message>
    <message numerus="yes">
        <source>Last time Writing Nook could not store some work (the disk was full, or the library could not be written), so it kept it in {files}. It has now been put back into its pieces (%n page(s)).</source>
        <translation>
            <numerusform>La última vez, Writing Nook no pudo guardar parte del trabajo (el disco estaba lleno o no se podía escribir en la biblioteca), así que lo guardó en {files}. Ya volvió a su lugar (%n página).</numerusform>
            <numerusform>La última vez, Writing Nook no pudo guardar parte del trabajo (el disco estaba lleno o no se podía escribir en la biblioteca), así que lo guardó en {files}. Ya volvió a su lugar (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting back the backup of {day} did not work: {why}</source>
        <translation>No se pudo recuperar la copia de seguridad del {day}: {why}</translation>
    </message>
    <message>
        <source>The library file ({path}) was removed while Writing Nook was open. Writing Nook wrote everything it had open back in its place. If it was removed on purpose, close Writing Nook first next time.</source>
        <translation>El archivo de la biblioteca ({path}) se borró mientras Writing Nook estaba abierto. Writing Nook volvió a guardar en su lugar todo lo que tenía abierto. Si lo borraste a propósito, la próxima vez cierra Writing Nook antes.</translation>
    </message>
    <message>
        <source>{why} Make some room on the disk; Writing Nook tries again later.</source>
        <translation>{why} Libera espacio en el disco; Writing Nook lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Oops! The backpack could not be packed there.</source>
        <translation>¡Uy! No se pudo preparar la mochila ahí.</translation>
    </message>
    <message>
        <source>Your backpack is packed!</source>
        <translation>¡Tu mochila está lista!</translation>
    </message>
</context>
<context>
    <name>Writers</name>
    <message>
        <source>Who is writing?</source>
        <translation>¿Quién va a escribir?</translation>
    </message>
    <message>
        <source>For grown-ups</source>
        <translation>Para adultos</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Escritores</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Regresar</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your name (you can skip this)</source>
        <translation>Tu nombre (puedes saltarte esto)</translation>
    </message>
    <message>
        <source>Tap your picture</source>
        <translation>Toca tu dibujo</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Dibujos</translation>
    </message>
    <message>
        <source>Writer {number}</source>
        <translation>Número {number}</translation>
    </message>
    <message>
        <source>New writer</source>
        <translation>Alguien nuevo</translation>
    </message>
</context>
</TS>
