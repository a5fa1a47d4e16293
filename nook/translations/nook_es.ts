<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Book</name>
    <message>
        <source>by {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Make it bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this page out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move page back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move page on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the envelope away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a thing to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away my voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop my voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play my voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oops! That is not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oops! That picture is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oops! That picture is too big.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oops! I could not open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a lot of words! I kept the first part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a grown-up to add photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can&apos;t hear a microphone. Ask a grown-up to plug one in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording is switched off. Ask a grown-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oops, that recording did not work. Try again!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oops! I could not keep that just now. Ask a grown-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For grown-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the photo ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m finished!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sticker found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fat brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huge brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turquoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the word wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thing on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your book&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Love</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one is for looking and reading. Ask a grown-up to help you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in {language}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrownUp</name>
    <message>
        <source>Also writes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For everyone: the grown-up corner&apos;s language, and the one a new writer starts with. For a writer: their screens, their voice, sticker names, idea cards and word banks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk was full, so new work could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program held the library, so new work could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library or its folder could not be written, so new work could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file was damaged. It was kept as {kept}; what could be read was rescued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work that could not be stored was kept in {files} and has been put back into its pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work could not be stored ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still going on: the work is kept and tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored again from {time}; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now – This library can only be looked at here: it cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now – Work that could not be stored is waiting in {file}; it goes back into its pieces when Writing Nook starts with a library it can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has gone wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpack progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop bringing in the backpack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message>
        <source>Making the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the book is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop making the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud I am</source>
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
    <message>
        <source>Hello!</source>
        <comment>a greeting in the picture that stands for this language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shelf</name>
    <message>
        <source>My trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it out of the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is writing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack my backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For grown-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make another like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pieces with those words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Make something!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing like this yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowTime</name>
    <message>
        <source>Print it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer. Ask a grown-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it</source>
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
    <message numerus="yes">
        <source>Last time Writing Nook could not store some work (the disk was full, or the library could not be written), so it kept it in {files}. It has now been put back into its pieces (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Oops! The backpack could not be packed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backpack is packed!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Writers</name>
    <message>
        <source>Who is writing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For grown-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (you can skip this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New writer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
