<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddBlogDialog</name>
    <message>
        <source>Add Blog</source>
        <translation>Blog hinzufügen</translation>
    </message>
    <message>
        <source>Longhand signs in with an application password. Create one on your blog under Users ▸ Profile ▸ Application Passwords, or use “Sign In in the Browser”.</source>
        <translation>Longhand meldet sich mit einem Anwendungspasswort an. Erstellen Sie eines in Ihrem Blog unter Benutzer ▸ Profil ▸ Anwendungspasswörter oder verwenden Sie „Im Browser anmelden“.</translation>
    </message>
    <message>
        <source>Blog &amp;address:</source>
        <translation>Blog-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Blog address</source>
        <translation>Blog-Adresse</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>Anwendungs&amp;passwort:</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Anwendungspasswort</translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>Keep the password in:</source>
        <translation>Passwort speichern in:</translation>
    </message>
    <message>
        <source>The desktop &amp;keychain (recommended)</source>
        <translation>Im &amp;Schlüsselbund der Arbeitsumgebung (empfohlen)</translation>
    </message>
    <message>
        <source>A private &amp;file in the profile (secrets.ini, readable only by you)</source>
        <translation>In einer privaten &amp;Datei im Profil (secrets.ini, nur für Sie lesbar)</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (the password travels unencrypted)</source>
        <translation>&amp;http ohne Verschlüsselung erlauben (das Passwort wird im Klartext übertragen)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
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
    <name>FileSecretStore</name>
    <message>
        <source>The password file %1 is damaged (line %2: %3). Move it away or delete it, then enter your passwords again.</source>
        <translation>Die Passwortdatei %1 ist beschädigt (Zeile %2: %3). Verschieben oder löschen Sie sie und geben Sie Ihre Passwörter anschließend erneut ein.</translation>
    </message>
    <message>
        <source>it contains characters Longhand never writes</source>
        <translation>sie enthält Zeichen, die Longhand niemals schreibt</translation>
    </message>
    <message>
        <source>Longhand expected the heading %1 once, at the top</source>
        <translation>Longhand erwartet die Überschrift %1 genau einmal, ganz oben</translation>
    </message>
    <message>
        <source>an entry comes before the heading %1</source>
        <translation>ein Eintrag steht vor der Überschrift %1</translation>
    </message>
    <message>
        <source>it is not a name=password entry</source>
        <translation>sie ist kein Eintrag der Form Name=Passwort</translation>
    </message>
    <message>
        <source>the name is not one Longhand wrote</source>
        <translation>der Name stammt nicht von Longhand</translation>
    </message>
    <message>
        <source>the password for %1 is garbled</source>
        <translation>das Passwort für %1 ist unleserlich</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>The password file %1 is a link. Longhand keeps passwords only in a file of its own; replace the link with the file it points to.</source>
        <translation>Die Passwortdatei %1 ist eine Verknüpfung. Longhand speichert Passwörter nur in einer eigenen Datei; ersetzen Sie die Verknüpfung durch die Datei, auf die sie verweist.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The password file %1 is not a regular file. Move it away; Longhand will then ask for your passwords again.</source>
        <translation>Die Passwortdatei %1 ist keine reguläre Datei. Verschieben Sie sie an einen anderen Ort; Longhand fragt dann erneut nach Ihren Passwörtern.</translation>
    </message>
    <message>
        <source>The password file %1 belongs to another user, so Longhand will not use it. Delete it and enter your passwords again.</source>
        <translation>Die Passwortdatei %1 gehört einem anderen Benutzer, daher verwendet Longhand sie nicht. Löschen Sie sie und geben Sie Ihre Passwörter erneut ein.</translation>
    </message>
    <message>
        <source>Other users of this computer can read or change the password file %1 (its permissions are %2; Longhand needs 600), so Longhand will not use it. If only you have had access, fix it with &quot;chmod 600 %1&quot;; otherwise delete it, revoke those application passwords in WordPress and enter new ones.</source>
        <translation>Andere Benutzer dieses Computers können die Passwortdatei %1 lesen oder ändern (ihre Zugriffsrechte sind %2; Longhand benötigt 600), daher verwendet Longhand sie nicht. Wenn nur Sie Zugriff hatten, beheben Sie das mit „chmod 600 %1“; andernfalls löschen Sie die Datei, widerrufen Sie diese Anwendungspasswörter in WordPress und geben Sie neue ein.</translation>
    </message>
    <message>
        <source>the file is far larger than any Longhand writes</source>
        <translation>die Datei ist weit größer als jede, die Longhand schreibt</translation>
    </message>
    <message>
        <source>Cannot delete the password file %1: %2.</source>
        <translation>Die Passwortdatei %1 kann nicht gelöscht werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create a file in %1 to save the passwords: %2.</source>
        <translation>In %1 kann keine Datei zum Speichern der Passwörter angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot make the password file private: %1.</source>
        <translation>Die Passwortdatei kann nicht auf „nur für Sie lesbar“ gesetzt werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write the password file %1: %2.</source>
        <translation>Die Passwortdatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot save the password file %1: %2.</source>
        <translation>Die Passwortdatei %1 kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the password file.</source>
        <translation>Der Ordner %1 für die Passwortdatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Longhand program is saving passwords to %1. Try again in a moment.</source>
        <translation>Ein anderes Longhand-Programm speichert gerade Passwörter in %1. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot save passwords in %1: Longhand may not create files there.</source>
        <translation>Passwörter können nicht in %1 gespeichert werden: Longhand darf dort keine Dateien anlegen.</translation>
    </message>
    <message>
        <source>A password cannot be stored without a name.</source>
        <translation>Ein Passwort kann nicht ohne Namen gespeichert werden.</translation>
    </message>
    <message>
        <source>No password for %1 is stored in %2.</source>
        <translation>Für %1 ist in %2 kein Passwort gespeichert.</translation>
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
    <name>KeychainSecretStore</name>
    <message>
        <source>Start your desktop&apos;s keychain (such as GNOME Keyring or KWallet), or let Longhand keep the passwords in a file in your profile that only you can read.</source>
        <translation>Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (etwa GNOME Keyring oder KWallet) oder lassen Sie Longhand die Passwörter in einer Datei in Ihrem Profil speichern, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>The keychain did not answer in the time allowed (%1 s). If it asked you to unlock it, unlock it and try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet (%1 s). Falls er Sie zum Entsperren aufgefordert hat, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain service is running (%1).</source>
        <translation>Es läuft kein Schlüsselbund-Dienst (%1).</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined (%1). Allow Longhand to use it and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde abgelehnt (%1). Erlauben Sie Longhand, ihn zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not keep a test password (%1).</source>
        <translation>Der Schlüsselbund hat ein Testpasswort nicht behalten (%1).</translation>
    </message>
    <message>
        <source>No password for %1 is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist kein Passwort für %1 gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not read the password for %1 (%2).</source>
        <translation>Der Schlüsselbund konnte das Passwort für %1 nicht lesen (%2).</translation>
    </message>
    <message>
        <source>The keychain could not store the password for %1 (%2).</source>
        <translation>Der Schlüsselbund konnte das Passwort für %1 nicht speichern (%2).</translation>
    </message>
    <message>
        <source>The keychain could not delete the password for %1 (%2).</source>
        <translation>Der Schlüsselbund konnte das Passwort für %1 nicht löschen (%2).</translation>
    </message>
    <message>
        <source>A password cannot be stored without a name.</source>
        <translation>Ein Passwort kann nicht ohne Namen gespeichert werden.</translation>
    </message>
    <message>
        <source>Longhand cannot use the keychain while it is not running (before it has started or while it quits).</source>
        <translation>Longhand kann den Schlüsselbund nur verwenden, solange es läuft (nicht vor dem Start und nicht während des Beendens).</translation>
    </message>
    <message>
        <source>The keychain gave back something other than what Longhand stored in it.</source>
        <translation>Der Schlüsselbund hat etwas anderes zurückgegeben, als Longhand darin gespeichert hat.</translation>
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
    <name>SiteRepository</name>
    <message>
        <source>Blog %1 is not connected.</source>
        <translation>Blog %1 ist nicht verbunden.</translation>
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
    <name>SyncEngine</name>
    <message>
        <source>Sync cancelled; it will resume where it stopped.</source>
        <translation>Abgleich abgebrochen; er wird an dieser Stelle fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>WpJson</name>
    <message>
        <source>The blog sent an answer Longhand does not understand: %1</source>
        <translation>Der Blog hat eine Antwort geschickt, die Longhand nicht versteht: %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation>Das Passwort kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>No password: set LONGHAND_PASSWORD or give it on standard input.</source>
        <translation>Kein Passwort: Setzen Sie LONGHAND_PASSWORD oder übergeben Sie es über die Standardeingabe.</translation>
    </message>
    <message>
        <source>--site takes a blog id (see: account list).</source>
        <translation>--site erwartet eine Blog-ID (siehe: account list).</translation>
    </message>
    <message>
        <source>No blog is connected yet (see: account add).</source>
        <translation>Es ist noch kein Blog verbunden (siehe: account add).</translation>
    </message>
    <message>
        <source>Several blogs are connected: choose one with --site ID (see: account list).</source>
        <translation>Mehrere Blogs sind verbunden: Wählen Sie einen mit --site ID aus (siehe: account list).</translation>
    </message>
</context>
<context>
    <name>longhand</name>
    <message>
        <source>account add needs --url URL and --user NAME.</source>
        <translation>account add benötigt --url URL und --user NAME.</translation>
    </message>
    <message>
        <source>--secret-store is keychain or file.</source>
        <translation>--secret-store erwartet keychain oder file.</translation>
    </message>
    <message>
        <source>Connected blog %1: %2 (%3) as %4, password in the %5.</source>
        <translation>Blog %1 verbunden: %2 (%3) als %4, Speicherort des Passworts: %5.</translation>
    </message>
    <message>
        <source>secrets file</source>
        <translation>Passwortdatei</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie abgeglichen</translation>
    </message>
    <message>
        <source>Blog %1: signed in as %2 (%3).</source>
        <translation>Blog %1: angemeldet als %2 (%3).</translation>
    </message>
    <message>
        <source>account remove needs --site ID.</source>
        <translation>account remove benötigt --site ID.</translation>
    </message>
    <message>
        <source>Removed blog %1 and its password.</source>
        <translation>Blog %1 und sein Passwort wurden entfernt.</translation>
    </message>
    <message>
        <source>account takes add, list, verify or remove.</source>
        <translation>account erwartet add, list, verify oder remove.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>export needs a folder to write to.</source>
        <translation>export benötigt einen Zielordner.</translation>
    </message>
    <message>
        <source>Exported %1 review(s) and %2 image(s) to %3.</source>
        <translation>%1 Rezension(en) und %2 Bild(er) nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no title: add title: to its front matter or pass --title.</source>
        <translation>%1 hat keinen Titel: Ergänzen Sie title: im Front Matter oder geben Sie --title an.</translation>
    </message>
    <message>
        <source>--status is publish, draft, pending or private (a future --date schedules).</source>
        <translation>--status erwartet publish, draft, pending oder private (ein --date in der Zukunft plant die Veröffentlichung).</translation>
    </message>
    <message>
        <source>--date takes an ISO 8601 date and time, e.g. 2026-12-24T18:00:00Z.</source>
        <translation>--date erwartet Datum und Uhrzeit nach ISO 8601, z. B. 2026-12-24T18:00:00Z.</translation>
    </message>
    <message>
        <source>publish needs a Markdown file.</source>
        <translation>publish benötigt eine Markdown-Datei.</translation>
    </message>
    <message>
        <source>Queued for the next sync: %1</source>
        <translation>Für den nächsten Abgleich vorgemerkt: %1</translation>
    </message>
    <message>
        <source>Not published yet (%1); it stays queued for the next sync.</source>
        <translation>Noch nicht veröffentlicht (%1); bleibt für den nächsten Abgleich vorgemerkt.</translation>
    </message>
    <message>
        <source>Review %1 was not published (see: sync).</source>
        <translation>Rezension %1 wurde nicht veröffentlicht (siehe: sync).</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Review %1 not published%2: %3</source>
        <translation>Rezension %1 nicht veröffentlicht%2: %3</translation>
    </message>
    <message>
        <source> (will retry)</source>
        <translation> (wird erneut versucht)</translation>
    </message>
    <message>
        <source>[%1/%2] %3: page %4 of %5, %6 items</source>
        <translation>[%1/%2] %3: Seite %4 von %5, Einträge: %6</translation>
    </message>
    <message>
        <source>Synced %1: %2 items.</source>
        <translation>%1 abgeglichen, Einträge: %2.</translation>
    </message>
    <message>
        <source>posts takes list.</source>
        <translation>posts erwartet list.</translation>
    </message>
    <message>
        <source>--status is draft, pending, private, publish or future.</source>
        <translation>--status erwartet draft, pending, private, publish oder future.</translation>
    </message>
    <message>
        <source>%1 uses plain http, which would send your password unencrypted. Use https, or accept the risk for this blog explicitly.</source>
        <translation>%1 verwendet reines http, wodurch Ihr Passwort unverschlüsselt gesendet würde. Verwenden Sie https oder akzeptieren Sie das Risiko für diesen Blog ausdrücklich.</translation>
    </message>
</context>
<context>
    <name>longhand::AccountService</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Enter the user name and an application password.</source>
        <translation>Geben Sie den Benutzernamen und ein Anwendungspasswort ein.</translation>
    </message>
    <message>
        <source>%1 does not offer application passwords. They need WordPress 5.6 or newer, and https (or a site set up for local development); a security plugin may have turned them off.</source>
        <translation>%1 bietet keine Anwendungspasswörter an. Sie erfordern WordPress 5.6 oder neuer sowie https (oder eine für die lokale Entwicklung eingerichtete Website); möglicherweise hat ein Sicherheits-Plugin sie abgeschaltet.</translation>
    </message>
    <message>
        <source>The application password for %1 is missing from the %2. Remove the blog and add it again.</source>
        <translation>Das Anwendungspasswort für %1 fehlt (Speicherort: %2). Entfernen Sie den Blog und fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>secrets file</source>
        <translation>Passwortdatei</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>longhand::AddBlogDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Checking for a keychain…</source>
        <translation>Schlüsselbund wird gesucht…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
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
    <name>longhand::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The blog&apos;s certificate cannot be trusted: %1. Longhand will not connect to it until that is fixed.</source>
        <translation>Dem Zertifikat des Blogs kann nicht vertraut werden: %1. Longhand stellt keine Verbindung zum Blog her, bis das behoben ist.</translation>
    </message>
    <message>
        <source>The blog did not answer in time.</source>
        <translation>Der Blog hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The blog sent no HTTP answer.</source>
        <translation>Der Blog hat keine HTTP-Antwort geschickt.</translation>
    </message>
    <message>
        <source>Cannot reach the blog: %1</source>
        <translation>Der Blog ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Wrong user name or application password.</source>
        <translation>Falscher Benutzername oder falsches Anwendungspasswort.</translation>
    </message>
    <message>
        <source>Your account on the blog is not allowed to do this.</source>
        <translation>Ihr Konto im Blog hat dafür keine Berechtigung.</translation>
    </message>
    <message>
        <source>The blog does not have this (any more).</source>
        <translation>Das ist im Blog nicht (mehr) vorhanden.</translation>
    </message>
    <message>
        <source>The blog had an internal error (HTTP %1); Longhand will try again.</source>
        <translation>Im Blog ist ein interner Fehler aufgetreten (HTTP %1); Longhand versucht es erneut.</translation>
    </message>
    <message>
        <source>The blog refused the request (HTTP %1).</source>
        <translation>Der Blog hat die Anfrage abgelehnt (HTTP %1).</translation>
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
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync; the next one continues where it stopped</source>
        <translation>Abgleich anhalten; der nächste Abgleich macht an dieser Stelle weiter</translation>
    </message>
    <message>
        <source>&amp;Blog</source>
        <translation>B&amp;log</translation>
    </message>
    <message>
        <source>&amp;Add Blog…</source>
        <translation>Blog &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Connected to %1. Syncing…</source>
        <translation>Mit %1 verbunden. Abgleich läuft…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Bring posts, categories, tags and media from every connected blog</source>
        <translation>Beiträge, Kategorien, Schlagwörter und Medien aus allen verbundenen Blogs holen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish this review now (or schedule it, when its date is in the future)</source>
        <translation>Diese Rezension jetzt veröffentlichen (oder einplanen, wenn ihr Datum in der Zukunft liegt)</translation>
    </message>
    <message>
        <source>&amp;Waiting to Publish…</source>
        <translation>&amp;Warten auf Veröffentlichung…</translation>
    </message>
    <message>
        <source>Publications waiting for the network or for a decision: retry or discard them</source>
        <translation>Veröffentlichungen, die auf das Netzwerk oder auf eine Entscheidung warten: erneut versuchen oder verwerfen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Published: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Veröffentlicht: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Will publish when online</source>
        <translation>Wird veröffentlicht, sobald eine Verbindung besteht</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>%1: %2 (%3/%4), %5 items</source>
        <translation>%1: %2 (%3/%4), Einträge: %5</translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Abgleich von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Changed on the web: merge first</source>
        <translation>Im Web geändert: erst zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Merge Web Changes…</source>
        <translation>Web-Änderungen &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Compare this review with the version on the blog and merge them</source>
        <translation>Diese Rezension mit der Fassung im Blog vergleichen und zusammenführen</translation>
    </message>
    <message>
        <source>“%1” has no web changes to merge.</source>
        <translation>„%1“ hat keine Web-Änderungen zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Merged. Publish to send the merged version.</source>
        <translation>Zusammengeführt. Veröffentlichen Sie, um die zusammengeführte Fassung zu senden.</translation>
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
    <name>longhand::MergeDialog</name>
    <message>
        <source>Merge Web Changes — %1</source>
        <translation>Web-Änderungen zusammenführen — %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was changed on the web while you edited it, in the same places (%n conflict(s)). Choose a version for each, or edit the result. Nothing is sent until you publish.</source>
        <translation>
            <numerusform>„%1“ wurde im Web geändert, während Sie die Rezension bearbeitet haben, an denselben Stellen (%n Konflikt). Wählen Sie für jeden eine Fassung oder bearbeiten Sie das Ergebnis. Gesendet wird erst, wenn Sie veröffentlichen.</numerusform>
            <numerusform>„%1“ wurde im Web geändert, während Sie die Rezension bearbeitet haben, an denselben Stellen (%n Konflikte). Wählen Sie für jeden eine Fassung oder bearbeiten Sie das Ergebnis. Gesendet wird erst, wenn Sie veröffentlichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>When you began</source>
        <translation>Als Sie begannen</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>On the web</source>
        <translation>Im Web</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Conflict %1: %2</source>
        <translation>Konflikt %1: %2</translation>
    </message>
    <message>
        <source>Version for this conflict</source>
        <translation>Fassung für diesen Konflikt</translation>
    </message>
    <message>
        <source>As it was</source>
        <translation>Wie vorher</translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation>Zusammengeführtes Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Verwenden:</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Keep the Result</source>
        <translation>Ergebnis &amp;behalten</translation>
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
    <name>longhand::OutboxDialog</name>
    <message>
        <source>Nothing is waiting: every change has reached its blog.</source>
        <translation>Nichts wartet: Alle Änderungen sind in ihrem Blog angekommen.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Waiting to Publish</source>
        <translation>Warten auf Veröffentlichung</translation>
    </message>
    <message>
        <source>Operations waiting for the blog</source>
        <translation>Vorgänge, die auf den Blog warten</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rezension</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Forget this operation; the review itself stays as it is</source>
        <translation>Diesen Vorgang verwerfen; die Rezension selbst bleibt unverändert</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Unbenannte Rezension</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
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
    <name>longhand::Publisher</name>
    <message>
        <source>The image %1 is missing; insert it again or remove it from the review.</source>
        <translation>Das Bild %1 fehlt; fügen Sie es erneut ein oder entfernen Sie es aus der Rezension.</translation>
    </message>
    <message>
        <source>A review needs a title before it can be published.</source>
        <translation>Eine Rezension braucht einen Titel, bevor sie veröffentlicht werden kann.</translation>
    </message>
    <message>
        <source>Publishing “%1”…</source>
        <translation>„%1“ wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>“%1” was deleted on the blog. Duplicate the review to publish it as a new post.</source>
        <translation>„%1“ wurde im Blog gelöscht. Duplizieren Sie die Rezension, um sie als neuen Beitrag zu veröffentlichen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was changed on the web since you began editing, in the same places as your edit (%n conflict(s)). Nothing was overwritten; sync to get the web version and merge.</source>
        <translation>
            <numerusform>„%1“ wurde im Web geändert, seit Sie mit der Bearbeitung begonnen haben, und zwar an denselben Stellen wie Ihre Änderung (%n Konflikt). Nichts wurde überschrieben; gleichen Sie ab, um die Web-Fassung zu holen, und führen Sie die Änderungen zusammen.</numerusform>
            <numerusform>„%1“ wurde im Web geändert, seit Sie mit der Bearbeitung begonnen haben, und zwar an denselben Stellen wie Ihre Änderung (%n Konflikte). Nichts wurde überschrieben; gleichen Sie ab, um die Web-Fassung zu holen, und führen Sie die Änderungen zusammen.</numerusform>
        </translation>
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
    <message>
        <source>This post was written on the web: its HTML is edited as it is, without conversion.</source>
        <translation>Dieser Beitrag wurde im Web geschrieben: Sein HTML wird unverändert und ohne Umwandlung bearbeitet.</translation>
    </message>
</context>
<context>
    <name>longhand::SyncController</name>
    <message>
        <source>Connect a blog first (Blog ▸ Add Blog…).</source>
        <translation>Verbinden Sie zuerst einen Blog (Blog ▸ Blog hinzufügen…).</translation>
    </message>
</context>
<context>
    <name>longhand::WordPressClient</name>
    <message>
        <source>That is not a web address.</source>
        <translation>Das ist keine Webadresse.</translation>
    </message>
    <message>
        <source>%1 does not look like a WordPress site with its REST API enabled (%2).</source>
        <translation>%1 scheint keine WordPress-Website mit aktivierter REST API zu sein (%2).</translation>
    </message>
    <message>
        <source>no API found</source>
        <translation>keine API gefunden</translation>
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
