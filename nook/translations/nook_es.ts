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
</TS>
