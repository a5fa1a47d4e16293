<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GrownUp</name>
    <message numerus="yes">
        <source>%n new piece(s)</source>
        <translation>
            <numerusform>%n new piece</numerusform>
            <numerusform>%n new pieces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) brought up to date</source>
        <translation>
            <numerusform>%n piece brought up to date</numerusform>
            <numerusform>%n pieces brought up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) changed on both computers, kept side by side with the copy here</source>
        <translation>
            <numerusform>%n piece changed on both computers, kept side by side with the copy here</numerusform>
            <numerusform>%n pieces changed on both computers, kept side by side with the copy here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new writer(s): {names}.</source>
        <translation>
            <numerusform>%n new writer: {names}.</numerusform>
            <numerusform>%n new writers: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packed %n piece(s) of {name} into {path}.</source>
        <translation>
            <numerusform>Packed %n piece of {name} into {path}.</numerusform>
            <numerusform>Packed %n pieces of {name} into {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n piece(s), made {day}. Choose whose shelf each writer&apos;s pieces go to:</source>
        <translation>
            <numerusform>{file}: %n piece, made {day}. Choose whose shelf each writer's pieces go to:</numerusform>
            <numerusform>{file}: %n pieces, made {day}. Choose whose shelf each writer's pieces go to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n piece(s) were brought in.</source>
        <translation>
            <numerusform>Stopped: {done} of %n piece were brought in.</numerusform>
            <numerusform>Stopped: {done} of %n pieces were brought in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n piece</numerusform>
            <numerusform>%n pieces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writer(s)</source>
        <translation>
            <numerusform>%n writer</numerusform>
            <numerusform>%n writers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) in the trash. Children can take pieces back out; only grown-ups delete for good.</source>
        <translation>
            <numerusform>%n piece in the trash. Children can take pieces back out; only grown-ups delete for good.</numerusform>
            <numerusform>%n pieces in the trash. Children can take pieces back out; only grown-ups delete for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n piece(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n piece for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n pieces for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n piece(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n piece in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %n pieces in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n book(s)</source>
        <translation>
            <numerusform>%n book</numerusform>
            <numerusform>%n books</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n list</numerusform>
            <numerusform>%n lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign(s)</source>
        <translation>
            <numerusform>%n sign</numerusform>
            <numerusform>%n signs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) written</source>
        <translation>
            <numerusform>%n word written</numerusform>
            <numerusform>%n words written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different word(s)</source>
        <translation>
            <numerusform>%n different word</numerusform>
            <numerusform>%n different words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest piece: %n word(s)</source>
        <translation>
            <numerusform>longest piece: %n word</numerusform>
            <numerusform>longest piece: %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This writer has %n setting(s) of their own; the rest are everyone&apos;s.</source>
        <translation>
            <numerusform>This writer has %n setting of their own; the rest are everyone's.</numerusform>
            <numerusform>This writer has %n settings of their own; the rest are everyone's.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s), {size}</source>
        <translation>
            <numerusform>%n recording, {size}</numerusform>
            <numerusform>%n recordings, {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yes, delete %n for good</source>
        <translation>
            <numerusform>Yes, delete %n for good</numerusform>
            <numerusform>Yes, delete %n for good</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message numerus="yes">
        <source>The library file was damaged. It was kept as {kept}, and everything that could be read (%n piece(s)) was copied into a fresh library.</source>
        <translation>
            <numerusform>The library file was damaged. It was kept as {kept}, and everything that could be read (%n piece) was copied into a fresh library.</numerusform>
            <numerusform>The library file was damaged. It was kept as {kept}, and everything that could be read (%n pieces) was copied into a fresh library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last time Writing Nook could not store some work (the disk was full, or the library could not be written), so it kept it in {files}. It has now been put back into its pieces (%n page(s)).</source>
        <translation>
            <numerusform>Last time Writing Nook could not store some work (the disk was full, or the library could not be written), so it kept it in {files}. It has now been put back into its pieces (%n page).</numerusform>
            <numerusform>Last time Writing Nook could not store some work (the disk was full, or the library could not be written), so it kept it in {files}. It has now been put back into its pieces (%n pages).</numerusform>
        </translation>
    </message>
</context>
</TS>
