<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Trouble</name>
    <message numerus="yes">
        <source>Last time Writing Nook could not store some work (the disk was full, or the library could not be written), so it kept it in {files}. It has now been put back into its pieces (%n page(s)).</source>
        <translation>
            <numerusform>Last time Writing Nook could not store some work (the disk was full, or the library could not be written), so it kept it in {files}. It has now been put back into its pieces (%n page).</numerusform>
            <numerusform>Last time Writing Nook could not store some work (the disk was full, or the library could not be written), so it kept it in {files}. It has now been put back into its pieces (%n pages).</numerusform>
        </translation>
    </message>
</context>
</TS>
