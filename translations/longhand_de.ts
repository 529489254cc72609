<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Database</name>
    <message>
        <source>The local database failed (%1): %2</source>
        <translation>Fehler in der lokalen Datenbank (%1): %2</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>beim Öffnen von %1</translation>
    </message>
    <message>
        <source>%1 is not a Longhand database or is damaged.</source>
        <translation>%1 ist keine Longhand-Datenbank oder ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Longhand (schema %2; this version knows up to %3). Update Longhand to open it; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Longhand-Version geschrieben (Schema %2; diese Version unterstützt bis Schema %3). Aktualisieren Sie Longhand, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Nächsten Treffer suchen (F3)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>R&amp;eplace:</source>
        <translation>E&amp;rsetzen:</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Ersetzungstext</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Alle Treffer ersetzen (in einem Schritt rückgängig zu machen)</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>Spoiler</source>
        <translation>Spoiler</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>ausblenden</translation>
    </message>
    <message>
        <source>click to reveal</source>
        <translation>zum Anzeigen klicken</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an image Longhand can insert.</source>
        <translation>%1 ist kein Bild, das Longhand einfügen kann.</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>Cannot create the media folder %1.</source>
        <translation>Der Medienordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Review details</source>
        <translation>Angaben zur Rezension</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title of the review</source>
        <translation>Titel der Rezension</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug:</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>The last part of the review&apos;s address. Follows the title until you edit it; clear it to follow the title again.</source>
        <translation>Der letzte Teil der Adresse der Rezension. Er folgt dem Titel, bis Sie ihn bearbeiten; leeren Sie das Feld, damit er wieder dem Titel folgt.</translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation>Aus&amp;zug:</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>A short summary for lists and feeds</source>
        <translation>Eine kurze Zusammenfassung für Listen und Feeds</translation>
    </message>
    <message>
        <source>C&amp;ategories:</source>
        <translation>&amp;Kategorien:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Reviews, Science fiction</source>
        <translation>Rezensionen, Science-Fiction</translation>
    </message>
    <message>
        <source>Categories, separated by commas</source>
        <translation>Kategorien, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>clones, Kazuo Ishiguro</source>
        <translation>Klone, Kazuo Ishiguro</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Planen:</translation>
    </message>
    <message>
        <source>Publish at a date and time of your choice</source>
        <translation>Zu einem Datum und einer Uhrzeit Ihrer Wahl veröffentlichen</translation>
    </message>
    <message>
        <source>Scheduled date and time</source>
        <translation>Geplanter Zeitpunkt der Veröffentlichung</translation>
    </message>
    <message>
        <source>Allow &amp;comments</source>
        <translation>Ko&amp;mmentare erlauben</translation>
    </message>
    <message>
        <source>Allow &amp;pingbacks and trackbacks</source>
        <translation>Pi&amp;ngbacks und Trackbacks erlauben</translation>
    </message>
    <message>
        <source>Featured image:</source>
        <translation>Beitragsbild:</translation>
    </message>
    <message>
        <source>Featured image preview</source>
        <translation>Vorschau des Beitragsbilds</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the featured image from disk</source>
        <translation>Beitragsbild aus einer Datei auswählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the featured image</source>
        <translation>Beitragsbild entfernen</translation>
    </message>
    <message>
        <source>You may also &amp;like:</source>
        <translation>Auch &amp;empfehlenswert:</translation>
    </message>
    <message>
        <source>You may also like</source>
        <translation>Auch empfehlenswert</translation>
    </message>
    <message>
        <source>Another review to recommend at the end: &quot;If you liked this you may also like …&quot;</source>
        <translation>Eine weitere Rezension, die am Ende empfohlen wird: „Wenn Ihnen das gefallen hat, gefällt Ihnen vielleicht auch …“</translation>
    </message>
    <message>
        <source>Title of another review</source>
        <translation>Titel einer anderen Rezension</translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>Review %1 does not exist.</source>
        <translation>Die Rezension %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Use the profile in DIR instead of the default one.</source>
        <translation>Das Profil in DIR anstelle des Standardprofils verwenden.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>RemoteImageFetcher</name>
    <message>
        <source>Not an image Longhand can show.</source>
        <translation>Kein Bild, das Longhand anzeigen kann.</translation>
    </message>
    <message>
        <source>Only http and https images are loaded.</source>
        <translation>Nur Bilder über http und https werden geladen.</translation>
    </message>
    <message>
        <source>The image is larger than 10 MB.</source>
        <translation>Das Bild ist größer als 10 MB.</translation>
    </message>
    <message>
        <source>The server sent an empty image.</source>
        <translation>Der Server hat ein leeres Bild geschickt.</translation>
    </message>
</context>
<context>
    <name>ReviewLibrary</name>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>The %1 dictionary is not installed.</source>
        <translation>Das Wörterbuch %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Not a word: %1</source>
        <translation>Kein gültiges Wort: %1</translation>
    </message>
    <message>
        <source>Cannot save the personal dictionary %1: %2</source>
        <translation>Das persönliche Wörterbuch %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Longhand command-line tool: works on the same offline cache as the Longhand app.</source>
        <translation>Longhand-Befehlszeilenwerkzeug: arbeitet mit demselben Offline-Zwischenspeicher wie die Longhand-Anwendung.</translation>
    </message>
    <message>
        <source>status: show the profile and its database.</source>
        <translation>status: Das Profil und seine Datenbank anzeigen.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Datenbank: %1 (Schema %2)</translation>
    </message>
    <message>
        <source>Unknown command: %1 (see --help)</source>
        <translation>Unbekannter Befehl: %1 (siehe --help)</translation>
    </message>
</context>
<context>
    <name>longhand::DraftListModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Unbenannte Rezension</translation>
    </message>
    <message>
        <source>%1 (%2, last changed %3)</source>
        <translation>%1 (%2, zuletzt geändert am %3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>longhand::DraftsSidebar</name>
    <message>
        <source>Show &amp;trash</source>
        <translation>Pap&amp;ierkorb anzeigen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Search title and text</source>
        <translation>Titel und Text durchsuchen</translation>
    </message>
    <message>
        <source>Search reviews</source>
        <translation>Rezensionen durchsuchen</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Rezensionen</translation>
    </message>
    <message>
        <source>Start a new review (Ctrl+N)</source>
        <translation>Eine neue Rezension beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Make a copy of the selected review</source>
        <translation>Eine Kopie der ausgewählten Rezension erstellen</translation>
    </message>
    <message>
        <source>Move the selected review to the trash; it can be restored</source>
        <translation>Die ausgewählte Rezension in den Papierkorb verschieben; sie kann wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Bring the selected review back from the trash</source>
        <translation>Die ausgewählte Rezension aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>Delete the selected review for good</source>
        <translation>Die ausgewählte Rezension endgültig löschen</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>No review matches.</source>
        <translation>Keine passende Rezension gefunden.</translation>
    </message>
    <message>
        <source>No reviews yet. Press Ctrl+N to start one.</source>
        <translation>Noch keine Rezensionen. Drücken Sie Strg+N, um eine zu beginnen.</translation>
    </message>
    <message>
        <source>Delete this review for good? This cannot be undone.</source>
        <translation>Diese Rezension endgültig löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>longhand::FindReplaceBar</name>
    <message>
        <source>Wrapped around</source>
        <translation>Suche am anderen Ende fortgesetzt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>%n Treffer ersetzt</numerusform>
            <numerusform>%n Treffer ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::MainWindow</name>
    <message>
        <source>Moved to the trash. Tick “Show trash” to restore it.</source>
        <translation>In den Papierkorb verschoben. Aktivieren Sie „Papierkorb anzeigen“, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Review</source>
        <translation>&amp;Neue Rezension</translation>
    </message>
    <message>
        <source>D&amp;uplicate Review</source>
        <translation>Rezension d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation>B&amp;ild einfügen…</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>Jetzt &amp;speichern</translation>
    </message>
    <message>
        <source>Longhand saves as you type; this saves at once</source>
        <translation>Longhand speichert bereits während des Schreibens; hiermit wird sofort gespeichert</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Erse&amp;tzen…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Spelling Language</source>
        <translation>&amp;Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Longhand</source>
        <translation>Ü&amp;ber Longhand</translation>
    </message>
    <message>
        <source>About Longhand</source>
        <translation>Über Longhand</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Longhand %1&lt;/h3&gt;&lt;p&gt;Write film reviews offline in Markdown and run your WordPress blog from the desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2, cmark and hunspell.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Longhand %1&lt;/h3&gt;&lt;p&gt;Schreiben Sie Filmrezensionen offline in Markdown und verwalten Sie Ihren WordPress-Blog vom Desktop aus.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, cmark und hunspell.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Longhand</source>
        <translation>Longhand</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Unbenannte Rezension</translation>
    </message>
    <message>
        <source>%1 — Longhand</source>
        <translation>%1 — Longhand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images in Preview</source>
        <translation>Entfernte &amp;Bilder in der Vorschau laden</translation>
    </message>
    <message>
        <source>Off by default: loading an image from another site tells that site you are reading</source>
        <translation>Standardmäßig aus: Wer ein Bild von einer anderen Website lädt, verrät dieser Website, dass er gerade liest</translation>
    </message>
</context>
<context>
    <name>longhand::MarkdownEditor</name>
    <message>
        <source>Review text (Markdown)</source>
        <translation>Text der Rezension (Markdown)</translation>
    </message>
    <message>
        <source>Write your review in Markdown…</source>
        <translation>Schreiben Sie Ihre Rezension in Markdown…</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>longhand::MetadataPanel</name>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
</context>
<context>
    <name>longhand::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Image outside the media folder: %1</source>
        <translation>Bild außerhalb des Medienordners: %1</translation>
    </message>
    <message>
        <source>Missing image: %1</source>
        <translation>Fehlendes Bild: %1</translation>
    </message>
    <message>
        <source>Remote image not loaded (View ▸ Load Remote Images)</source>
        <translation>Entferntes Bild nicht geladen (Ansicht ▸ Entfernte Bilder laden)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1 …</translation>
    </message>
    <message>
        <source>Remote image failed: %1</source>
        <translation>Entferntes Bild fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>longhand::ReviewEditorWidget</name>
    <message>
        <source>Write your review in Markdown…</source>
        <translation>Schreiben Sie Ihre Rezension in Markdown…</translation>
    </message>
    <message>
        <source>No review is open. Press Ctrl+N to start one, or pick one on the left.</source>
        <translation>Keine Rezension geöffnet. Drücken Sie Strg+N, um eine neue zu beginnen, oder wählen Sie links eine aus.</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>Featured Image</source>
        <translation>Beitragsbild</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 is not installed.</source>
        <translation>Das Rechtschreibwörterbuch %1 ist nicht installiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Longhand: write reviews offline and run your blog.</source>
        <translation>Longhand: Rezensionen offline schreiben und den eigenen Blog verwalten.</translation>
    </message>
</context>
</TS>
