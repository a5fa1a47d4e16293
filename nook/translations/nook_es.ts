<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <comment>the name of this language, written in this language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
