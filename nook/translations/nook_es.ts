<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Editor</name>
    <message>
        <source>For grown-ups: a line under the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grown-up line: how it is spelled in books. The child&apos;s words stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grown-up line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the child&apos;s words say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is as long as a grown-up line can be ({limit} letters). A short line fits under the page best.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <comment>the name of this language, written in this language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>What the children make is kept and tried again every few seconds. If Writing Nook is closed before it can be stored, it is kept in a recovery file and put back at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so Writing Nook cannot store new work right now. Make some room on the disk (empty the computer&apos;s trash, remove big files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is holding the library, so Writing Nook cannot store new work right now. Close the other program (a backup or sync tool, another Writing Nook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library or its folder cannot be written any more, so new work cannot be stored. Make the folder writable again (or move the library to one that is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file reports damage, so new work cannot be stored. Close Writing Nook and start it again: it rescues everything that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing Nook cannot store new work right now ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For grown-ups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am holding on to your work. Ask a grown-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look only: nothing new is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something for a grown-up to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time Writing Nook could not store some work (the disk was full, or the library could not be written), so it kept it in {files}. It has now been put back into its pieces (%n page(s)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
