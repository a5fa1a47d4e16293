<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Book</name>
    <message>
        <source>by {name}</source>
        <translation>por {name}</translation>
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
        <translation>Escribe lo que dicen las palabras del niño o la niña</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our writers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>the class book&apos;s date: Qt date format letters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our writers&apos; pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s writing</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say each letter as it is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say each word after a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say each sentence after a full stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALL CAPITAL LETTERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little sounds (pop, page turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom mode: back to “Who is writing?” after each piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children may put pieces in the trash (and take them out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children may print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children may add photos from the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children may pack the backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use everyone&apos;s settings for this writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking and listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For everyone: the grown-up corner&apos;s language, and the one a new writer starts with. For a writer: their screens, their voice, sticker names, idea cards and word banks.</source>
        <translation>Para todos: el idioma del rincón de adultos y el idioma con el que empieza cada escritor nuevo. Para un escritor o escritora: sus pantallas, su voz, los nombres de las calcomanías, las tarjetas de ideas y los bancos de palabras.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s usual voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (slow – fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to “Who is writing?” after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What children may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting for good and emptying the trash are always for grown-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for everyone. Choose a writer above to give them their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This writer has %n setting(s) of their own; the rest are everyone&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This writer uses everyone&apos;s settings; change one to give them their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is working.</source>
        <translation type="unfinished"></translation>
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
        <source>New work could not be stored ({detail}).</source>
        <translation>No se pudo guardar trabajo nuevo ({detail}).</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this backpack is already here. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new piece(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) brought up to date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) changed on both computers, kept side by side with the copy here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Brought in: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new writer(s): {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the {picture}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backpack carries pieces between computers (school and home) in one file. Save it on a USB stick, then open it on the other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack a backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces to pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack the backpack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backpack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring them in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished">Ahora no</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one piece to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backpack could not be saved at {path}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Packed %n piece(s) of {name} into {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This backpack was not opened. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n piece(s), made {day}. Choose whose shelf each writer&apos;s pieces go to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shelf for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new writer called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backpack could not be brought in: the library could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backpack could not be brought in: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n piece(s) were brought in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a backpack from the other computer to bring its pieces here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done! Here is your class book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking book ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the class book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One book of many writers&apos; pieces: a cover, a page of the writers&apos; pictures and names, then each piece on its own page. As a PDF to print, or a talking book any phone or tablet can read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s or family&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s or family&apos;s name (Room 4, The Garcias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writers in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished pieces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces started between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a talking book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pieces} by {writers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The class book could not be made: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. No book was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writers</source>
        <translation type="unfinished">Escritores</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word wall</source>
        <translation type="unfinished">Muro de palabras</translation>
    </message>
    <message>
        <source>Idea cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My voice</source>
        <translation type="unfinished">Mi voz</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing Nook {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is kept in {path}. Back up that one file to keep everything the children made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grown-up corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grown-ups: what is {a} times {b}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For grown-ups</source>
        <translation type="unfinished">Para adultos</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">Aceptar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Regresar</translation>
    </message>
    <message>
        <source>Not quite. Here is another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: {words}, {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Words written each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words used for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No writers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pieces} ({kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest piece: %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Newest words: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which}: {title} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden cards too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a sign for your bedroom door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cards a grown-up made can be deleted; bundled cards can be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea cards are an invitation: children may look at them, and never have to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a picture: dog, red, happy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished">Dibujos</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (made every day and when Writing Nook closes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last step did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is the one file {path}. Writing Nook folds its recent changes into that file every few minutes and when it closes, so copying that one file (when Writing Nook is closed) keeps everything. Backups are in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Make some room on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up: {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found damage: {problems}. Restore a backup, or close Writing Nook and start it again: it will then rescue everything that can be read into a new library (the damaged file is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a {kind} with no words yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) in the trash. Children can take pieces back out; only grown-ups delete for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n piece(s) for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n piece(s) in the trash for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The child&apos;s own recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s recording, then the app&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My voice recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children may record their voice on a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show time and Read to me use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings stay in the library on this computer. They leave it only inside a backpack or an export that a grown-up makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each writer&apos;s recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show time and Read to me on a page with a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s), {size}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Yes, delete %n for good</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all recordings of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word banks</source>
        <translation type="unfinished">Bancos de palabras</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new bank, e.g. Dinosaurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use picture for bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, delete the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished">Palabras</translation>
    </message>
    <message>
        <source>New word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word, e.g. dinosaur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}” and its words? (Hide keeps it for later.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation type="unfinished">Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>That photo could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That photo could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n book(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New writer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New writer&apos;s name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every name on the word wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archived writer leaves “Who is writing?”; their pieces are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Hora de mostrar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Regresar</translation>
    </message>
    <message>
        <source>Page before</source>
        <translation type="unfinished">Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished">Página siguiente</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a talking book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover</source>
        <translation type="unfinished">La portada</translation>
    </message>
    <message>
        <source>{number} / {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation type="unfinished">Página {number} de {count}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished">Léemelo</translation>
    </message>
    <message>
        <source>Talking book ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pages as pictures in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing Nook could not save to {place}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>No speech engine was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the espeak-ng package (Debian/Ubuntu: sudo apt install espeak-ng), then restart Writing Nook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on a Windows voice in Settings &gt; Time &amp; language &gt; Speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a voice in System Settings &gt; Accessibility &gt; Spoken Content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a speech engine (espeak-ng) for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice is connected.</source>
        <translation type="unfinished"></translation>
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
        <source>Writing Nook cannot store new work right now ({detail}).</source>
        <translation>Writing Nook no puede guardar trabajo nuevo por ahora ({detail}).</translation>
    </message>
    <message>
        <source>For grown-ups:</source>
        <translation>Para adultos:</translation>
    </message>
    <message>
        <source>I am holding on to your work. Ask a grown-up.</source>
        <translation>Estoy cuidando tu trabajo. Pídele ayuda a un adulto.</translation>
    </message>
    <message>
        <source>Writing Nook cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a grown-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Writing Nook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or put back a backup (the library now there is kept aside):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look only: nothing new is kept</source>
        <translation>Solo para ver: no se guarda nada nuevo</translation>
    </message>
    <message>
        <source>Something for a grown-up to read</source>
        <translation>Algo para que lo lea un adulto</translation>
    </message>
    <message numerus="yes">
        <source>Last time Writing Nook could not store some work (the disk was full, or the library could not be written), so it kept it in {files}. It has now been put back into its pieces (%n page(s)).</source>
        <translation>
            <numerusform>La última vez, Writing Nook no pudo guardar parte del trabajo (el disco estaba lleno o no se podía escribir en la biblioteca), así que lo guardó en {files}. Ya volvió a su lugar (%n página).</numerusform>
            <numerusform>La última vez, Writing Nook no pudo guardar parte del trabajo (el disco estaba lleno o no se podía escribir en la biblioteca), así que lo guardó en {files}. Ya volvió a su lugar (%n páginas).</numerusform>
        </translation>
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
