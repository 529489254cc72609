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
    <message>
        <source>Sign In in the &amp;Browser…</source>
        <translation>Im Browser an&amp;melden…</translation>
    </message>
    <message>
        <source>Longhand signs in with an application password. Create one on your blog under Users ▸ Profile ▸ Application Passwords, or let Longhand do it with “Sign In in the Browser” (local and development blogs) or “Create a Password in the Browser” (every blog).</source>
        <translation>Longhand meldet sich mit einem Anwendungspasswort an. Erstellen Sie eines in Ihrem Blog unter Benutzer ▸ Profil ▸ Anwendungspasswörter, oder lassen Sie Longhand das erledigen: mit „Im Browser anmelden“ (lokale und Entwicklungs-Blogs) oder „Passwort im Browser erstellen“ (jedes Blog).</translation>
    </message>
    <message>
        <source>Approve Longhand on your blog in your web browser; the application password comes back by itself (WordPress allows this for local and development blogs)</source>
        <translation>Longhand im Webbrowser in Ihrem Blog genehmigen; das Anwendungspasswort wird automatisch übernommen (WordPress erlaubt das für lokale und Entwicklungs-Blogs)</translation>
    </message>
    <message>
        <source>Create a Password in the Bro&amp;wser…</source>
        <translation>Passwort im Browser &amp;erstellen…</translation>
    </message>
    <message>
        <source>Approve Longhand on your blog in your web browser; the blog shows a new application password to copy into the field above (works with every blog)</source>
        <translation>Longhand im Webbrowser in Ihrem Blog genehmigen; das Blog zeigt ein neues Anwendungspasswort, das Sie in das Feld oben kopieren (funktioniert mit jedem Blog)</translation>
    </message>
</context>
<context>
    <name>BrowserAuthorization</name>
    <message>
        <source>No answer came from the browser in time.</source>
        <translation>Der Browser hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot listen for the browser&apos;s answer: %1</source>
        <translation>Auf die Antwort des Browsers kann nicht gewartet werden: %1</translation>
    </message>
</context>
<context>
    <name>CacheOpening</name>
    <message>
        <source>Bringing this profile&apos;s cache up to date for this version of Longhand. With a large comment queue this takes a minute or two; nothing is lost meanwhile.</source>
        <translation>Der Cache dieses Profils wird für diese Version von Longhand aktualisiert. Bei einer großen Kommentar-Warteschlange dauert das ein bis zwei Minuten; dabei geht nichts verloren.</translation>
    </message>
    <message>
        <source>Longhand: Updating the Cache</source>
        <translation>Longhand: Cache wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>Comment</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Many links</source>
        <translation>Viele Links</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>Gesperrtes Wort</translation>
    </message>
    <message>
        <source>Blocked address</source>
        <translation>Gesperrte Adresse</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Viele Großbuchstaben</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Pingback</source>
        <translation>Pingback</translation>
    </message>
    <message>
        <source>Trackback</source>
        <translation>Trackback</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>CommentReconciler</name>
    <message>
        <source>Deleted on the blog.</source>
        <translation>Im Blog gelöscht.</translation>
    </message>
</context>
<context>
    <name>CommentRepository</name>
    <message>
        <source>Comment %1 is no longer in the cache.</source>
        <translation>Kommentar %1 ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>Eine Antwort braucht einen Text.</translation>
    </message>
    <message>
        <source>The comment was already deleted for good on the blog; that cannot be undone.</source>
        <translation>Der Kommentar wurde im Blog bereits endgültig gelöscht; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Nothing is left of the text once unsafe markup is removed.</source>
        <translation>Nach dem Entfernen unsicheren Markups bleibt vom Text nichts übrig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https).</source>
        <translation>„%1“ ist keine Webadresse (http oder https).</translation>
    </message>
    <message>
        <source>A reply not yet on the blog is yours; its commenter cannot be changed.</source>
        <translation>Eine Antwort, die noch nicht im Blog ist, stammt von Ihnen; ihr Verfasser lässt sich nicht ändern.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Changed on the blog meanwhile: %1; the blog&apos;s stands, the rest of your edit was sent.</source>
        <translation>Inzwischen im Blog geändert: %1; dort gilt der Wert des Blogs, der Rest Ihrer Bearbeitung wurde gesendet.</translation>
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
    <message>
        <source>The disk is full: the local database could not be written. Free some space and try again; what was saved before is kept.</source>
        <translation>Der Datenträger ist voll: Die lokale Datenbank konnte nicht geschrieben werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut; was vorher gespeichert war, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The local database is read-only: its file, its folder or the disk it is on cannot be written. Check their permissions, or whether the disk is mounted read-only.</source>
        <translation>Die lokale Datenbank ist schreibgeschützt: Ihre Datei, ihr Ordner oder der Datenträger kann nicht beschrieben werden. Prüfen Sie die Berechtigungen oder ob der Datenträger schreibgeschützt eingehängt ist.</translation>
    </message>
    <message>
        <source>The local database is locked by another program (another Longhand on the same profile?). Close it and try again.</source>
        <translation>Die lokale Datenbank ist von einem anderen Programm gesperrt (ein weiteres Longhand mit demselben Profil?). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The local database is damaged.</source>
        <translation>Die lokale Datenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>The local database cannot be opened: its folder is missing or cannot be written.</source>
        <translation>Die lokale Datenbank kann nicht geöffnet werden: Ihr Ordner fehlt oder kann nicht beschrieben werden.</translation>
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
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Rep&amp;lace:</source>
        <translation>E&amp;rsetzen:</translation>
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
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title of the review</source>
        <translation>Titel der Rezension</translation>
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
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>&amp;Slug:</translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation>&amp;Planen:</translation>
    </message>
    <message>
        <source>When the blog publishes the review (tick Schedule first)</source>
        <translation>Wann der Blog die Rezension veröffentlicht (aktivieren Sie zuerst „Planen“)</translation>
    </message>
    <message>
        <source>You ma&amp;y also like:</source>
        <translation>Auch &amp;empfehlenswert:</translation>
    </message>
    <message>
        <source>Blog for this revie&amp;w:</source>
        <translation>Blog für diese Besprechun&amp;g:</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>The blog this review is published to; it can be changed until the review is first published there.</source>
        <translation>Das Blog, in dem diese Besprechung erscheint; es kann geändert werden, bis die Besprechung dort zum ersten Mal veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>The post format the blog&apos;s theme may show differently (WordPress&apos;s format field)</source>
        <translation>Das Beitragsformat, das das Theme des Blogs anders darstellen kann (das Feld „format“ von WordPress)</translation>
    </message>
    <message>
        <source>Stic&amp;k to the top of the blog&apos;s front page</source>
        <translation>Oben auf der Startseite des Blogs &amp;halten</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>None: everyone may read it</source>
        <translation>Keines: alle dürfen ihn lesen</translation>
    </message>
    <message>
        <source>Readers must enter this password to read the post. It is shown as text: it protects one post, it is not an account&apos;s secret.</source>
        <translation>Leser müssen dieses Passwort eingeben, um den Beitrag zu lesen. Es wird als Text angezeigt: Es schützt einen Beitrag, es ist kein Geheimnis eines Kontos.</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Benutzerdefinierte Felder:</translation>
    </message>
</context>
<context>
    <name>PageReconciler</name>
    <message>
        <source>The page “%1” was deleted on the blog. This copy is no longer linked to it; publishing it creates a new page.</source>
        <translation>Die Seite „%1“ wurde im Blog gelöscht. Diese Kopie ist nicht mehr mit ihr verknüpft; beim Veröffentlichen entsteht eine neue Seite.</translation>
    </message>
    <message>
        <source>The page “%1” was moved to the trash on the blog. This copy is no longer linked to it; publishing it creates a new page.</source>
        <translation>Die Seite „%1“ wurde im Blog in den Papierkorb verschoben. Diese Kopie ist nicht mehr mit ihr verknüpft; beim Veröffentlichen entsteht eine neue Seite.</translation>
    </message>
    <message>
        <source>The page “%1” is no longer on the blog (deleted or moved to its trash). It is kept as a local draft; retry to publish it as a new page.</source>
        <translation>Die Seite „%1“ ist nicht mehr im Blog vorhanden (gelöscht oder in den Papierkorb verschoben). Sie bleibt als lokaler Entwurf erhalten; versuchen Sie es erneut, um sie als neue Seite zu veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>PostReconciler</name>
    <message>
        <source>“%1” was deleted on the blog. This copy is no longer linked to it; publishing it creates a new post.</source>
        <translation>„%1“ wurde im Blog gelöscht. Diese Kopie ist nicht mehr mit dem Beitrag verknüpft; beim Veröffentlichen entsteht ein neuer Beitrag.</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash on the blog. This copy is no longer linked to it; publishing it creates a new post.</source>
        <translation>„%1“ wurde im Blog in den Papierkorb verschoben. Diese Kopie ist nicht mehr mit dem Beitrag verknüpft; beim Veröffentlichen entsteht ein neuer Beitrag.</translation>
    </message>
    <message>
        <source>“%1” is no longer on the blog (deleted or moved to its trash). It is kept as a local draft; retry to publish it as a new post.</source>
        <translation>„%1“ ist nicht mehr im Blog vorhanden (gelöscht oder in den Papierkorb verschoben). Die Rezension bleibt als lokaler Entwurf erhalten; versuchen Sie es erneut, um sie als neuen Beitrag zu veröffentlichen.</translation>
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
    <message>
        <source>Cannot make the profile folder %1 private to you.</source>
        <translation>Der Profilordner %1 kann nicht nur für Sie lesbar gemacht werden.</translation>
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
    <message>
        <source>The image took longer than %1 s to arrive.</source>
        <translation>Das Bild hat länger als %1 s gebraucht.</translation>
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
        <source>Review %1 not published%2: %3</source>
        <translation>Rezension %1 nicht veröffentlicht%2: %3</translation>
    </message>
    <message>
        <source> (will retry)</source>
        <translation> (wird erneut versucht)</translation>
    </message>
    <message>
        <source>posts takes list.</source>
        <translation>posts erwartet list.</translation>
    </message>
    <message>
        <source>%1 uses plain http, which would send your password unencrypted. Use https, or accept the risk for this blog explicitly.</source>
        <translation>%1 verwendet reines http, wodurch Ihr Passwort unverschlüsselt gesendet würde. Verwenden Sie https oder akzeptieren Sie das Risiko für diesen Blog ausdrücklich.</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Kommentar %1</translation>
    </message>
    <message>
        <source>Your reply to comment %1</source>
        <translation>Ihre Antwort auf Kommentar %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comment id (see: comments list).</source>
        <translation>„%1“ ist keine Kommentar-ID (siehe: comments list).</translation>
    </message>
    <message>
        <source>There is no comment %1 on this blog in the cache (see: comments list; sync to fetch new ones).</source>
        <translation>Im Cache gibt es keinen Kommentar %1 zu diesem Blog (siehe: comments list; sync holt neue Kommentare).</translation>
    </message>
    <message>
        <source>--status is hold, approve, spam, trash or all.</source>
        <translation>--status erwartet hold, approve, spam, trash oder all.</translation>
    </message>
    <message>
        <source>--post takes a post&apos;s id on the blog.</source>
        <translation>--post erwartet die ID eines Beitrags im Blog.</translation>
    </message>
    <message>
        <source> (queued)</source>
        <translation> (vorgemerkt)</translation>
    </message>
    <message>
        <source> (deleted on the blog)</source>
        <translation> (im Blog gelöscht)</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>Beitrag %1</translation>
    </message>
    <message>
        <source>%1 approved, %2 pending, %3 spam</source>
        <translation>%1 genehmigt, %2 ausstehend, %3 Spam</translation>
    </message>
    <message>
        <source> (your change waits to be sent to the blog)</source>
        <translation> (Ihre Änderung wartet darauf, an den Blog gesendet zu werden)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Beitrag:</translation>
    </message>
    <message>
        <source>%1 (post %2)</source>
        <translation>%1 (Beitrag %2)</translation>
    </message>
    <message>
        <source>Reply to:</source>
        <translation>Antwort auf:</translation>
    </message>
    <message>
        <source>comment %1</source>
        <translation>Kommentar %1</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>IP:</source>
        <translation>IP:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>By email:</source>
        <translation>Gleiche E-Mail:</translation>
    </message>
    <message>
        <source>By IP:</source>
        <translation>Gleiche IP:</translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation>Merkmal:</translation>
    </message>
    <message>
        <source>first comment</source>
        <translation>erster Kommentar</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>comments show takes one comment id.</source>
        <translation>comments show erwartet eine Kommentar-ID.</translation>
    </message>
    <message>
        <source>--format is html or text.</source>
        <translation>--format erwartet html oder text.</translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation>%1: gelöscht</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>%1: %2 here, but the blog refused the change: %3</source>
        <translation>%1: hier %2, aber der Blog hat die Änderung abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1: %2 here; not sent to the blog (%3)</source>
        <translation>%1: hier %2; nicht an den Blog gesendet (%3)</translation>
    </message>
    <message>
        <source>%1 of the changes did not reach the blog: they stay queued and will go out with the next sync.</source>
        <translation>Änderungen, die den Blog nicht erreicht haben: %1. Sie bleiben vorgemerkt und werden beim nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <source>The blog&apos;s decision stands for %1 comment(s): changed or deleted there meanwhile.</source>
        <translation>Für Kommentare, die inzwischen im Blog geändert oder gelöscht wurden, gilt die Entscheidung des Blogs (Anzahl: %1).</translation>
    </message>
    <message>
        <source>Not sent (%1): the changes stay queued and will go out with the next sync.</source>
        <translation>Nicht gesendet (%1): Die Änderungen bleiben vorgemerkt und werden beim nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <source>comments %1 takes one or more comment ids.</source>
        <translation>comments %1 erwartet eine oder mehrere Kommentar-IDs.</translation>
    </message>
    <message>
        <source>Comment %1 was deleted on the blog; there is nothing left to moderate.</source>
        <translation>Kommentar %1 wurde im Blog gelöscht; es gibt nichts mehr zu moderieren.</translation>
    </message>
    <message>
        <source>Comment %1: %2</source>
        <translation>Kommentar %1: %2</translation>
    </message>
    <message>
        <source>comments reply takes a comment id and the text (or - to read it from standard input).</source>
        <translation>comments reply erwartet eine Kommentar-ID und den Text (oder -, um ihn von der Standardeingabe zu lesen).</translation>
    </message>
    <message>
        <source>Cannot read the reply from standard input.</source>
        <translation>Die Antwort kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>Comment %1 is deleted; it cannot be answered.</source>
        <translation>Kommentar %1 ist gelöscht; darauf kann nicht geantwortet werden.</translation>
    </message>
    <message>
        <source>Comment %1: approved here; not sent to the blog yet.</source>
        <translation>Kommentar %1: hier genehmigt; noch nicht an den Blog gesendet.</translation>
    </message>
    <message>
        <source>The blog refused the reply: %1</source>
        <translation>Der Blog hat die Antwort abgelehnt: %1</translation>
    </message>
    <message>
        <source>The reply was not sent (%1): it stays queued and will go out with the next sync.</source>
        <translation>Die Antwort wurde nicht gesendet (%1): Sie bleibt vorgemerkt und wird beim nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <source>A comment</source>
        <translation>Ein Kommentar</translation>
    </message>
    <message>
        <source>%1 not sent%2: %3</source>
        <translation>%1 nicht gesendet%2: %3</translation>
    </message>
    <message>
        <source> (stays queued)</source>
        <translation> (bleibt vorgemerkt)</translation>
    </message>
    <message>
        <source> (refused by the blog)</source>
        <translation> (vom Blog abgelehnt)</translation>
    </message>
    <message>
        <source>Synced %1: %2 items, %3 new pending comments.</source>
        <translation>%1 abgeglichen, Einträge: %2, neue ausstehende Kommentare: %3.</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash on the blog</source>
        <translation>„%1“ wurde im Blog in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>“%1” was deleted on the blog</source>
        <translation>„%1“ wurde im Blog gelöscht</translation>
    </message>
    <message>
        <source>; your unpublished changes are kept as local draft %1 (publishing it creates a new post).</source>
        <translation>; Ihre unveröffentlichten Änderungen bleiben als lokaler Entwurf %1 erhalten (beim Veröffentlichen entsteht ein neuer Beitrag).</translation>
    </message>
    <message>
        <source>; review %1 moved to the local trash (restore it to publish it again as a new post).</source>
        <translation>; Rezension %1 wurde in den lokalen Papierkorb verschoben (stellen Sie sie wieder her, um sie erneut als neuen Beitrag zu veröffentlichen).</translation>
    </message>
    <message>
        <source>--status is draft, pending, private, publish, future or trash (the local trash).</source>
        <translation>--status erwartet draft, pending, private, publish, future oder trash (der lokale Papierkorb).</translation>
    </message>
    <message>
        <source>The blog&apos;s address.</source>
        <translation>Die Adresse des Blogs.</translation>
    </message>
    <message>
        <source>The user name on the blog.</source>
        <translation>Der Benutzername im Blog.</translation>
    </message>
    <message>
        <source>Where the password is kept: keychain (default) or file.</source>
        <translation>Wo das Passwort aufbewahrt wird: keychain (Standard) oder file.</translation>
    </message>
    <message>
        <source>Accept plain http to a host that is not this machine.</source>
        <translation>Reines http zu einem Host zulassen, der nicht dieser Rechner ist.</translation>
    </message>
    <message>
        <source>The blog to work on (see: account list).</source>
        <translation>Der Blog, mit dem gearbeitet wird (siehe: account list).</translation>
    </message>
    <message>
        <source>A post status, or for comments: hold, approve, spam, trash or all.</source>
        <translation>Ein Beitragsstatus oder für Kommentare: hold, approve, spam, trash oder all.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The review&apos;s title (wins over the front matter).</source>
        <translation>Der Titel der Rezension (hat Vorrang vor dem Front Matter).</translation>
    </message>
    <message>
        <source>A category (repeatable).</source>
        <translation>Eine Kategorie (wiederholbar).</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Ein Schlagwort (wiederholbar).</translation>
    </message>
    <message>
        <source>Publication date, ISO 8601; a future date schedules.</source>
        <translation>Datum der Veröffentlichung nach ISO 8601; ein Datum in der Zukunft plant die Veröffentlichung.</translation>
    </message>
    <message>
        <source>The featured image.</source>
        <translation>Das Beitragsbild.</translation>
    </message>
    <message>
        <source>Only the comments of this post (its id on the blog).</source>
        <translation>Nur die Kommentare dieses Beitrags (seine ID im Blog).</translation>
    </message>
    <message>
        <source>Only the comments whose text, author, email, URL or IP match (media list: the items whose title, file name or alt text match).</source>
        <translation>Nur die Kommentare, deren Text, Autor, E-Mail, URL oder IP passt (media list: die Einträge, deren Titel, Dateiname oder Alternativtext passt).</translation>
    </message>
    <message>
        <source>How comments show prints the comment: text (default) or html.</source>
        <translation>Wie comments show den Kommentar ausgibt: text (Standard) oder html.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
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
        <source>Longhand command-line tool: works on the same offline cache as the Longhand app.</source>
        <translation>Longhand-Befehlszeilenwerkzeug: arbeitet mit demselben Offline-Cache wie die Longhand-App.</translation>
    </message>
    <message>
        <source>Unknown command: %1 (see --help)</source>
        <translation>Unbekannter Befehl: %1 (siehe --help)</translation>
    </message>
    <message numerus="yes">
        <source> %n post(s) no longer on the blog.</source>
        <translation>
            <numerusform> %n Beitrag ist nicht mehr im Blog.</numerusform>
            <numerusform> %n Beiträge sind nicht mehr im Blog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n comment action(s) still waiting to be sent.</source>
        <translation>
            <numerusform> %n Moderationsaktion wartet noch auf das Senden.</numerusform>
            <numerusform> %n Moderationsaktionen warten noch auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pages, %3 items (%4)</source>
        <translation>%1 von %2 Seiten, %3 Einträge (%4)</translation>
    </message>
    <message>
        <source>If it does, run the command again with --accept-api-origin %1.</source>
        <translation>Wenn ja, führen Sie den Befehl noch einmal mit --accept-api-origin %1 aus.</translation>
    </message>
    <message>
        <source>Send the password to this API address (https://host[:port]) although it is not the blog&apos;s own.</source>
        <translation>Das Passwort an diese API-Adresse (https://host[:port]) schicken, obwohl es nicht die des Blogs ist.</translation>
    </message>
    <message>
        <source>%1 file(s) could not be written; everything else was exported.</source>
        <translation>%1 Datei(en) konnten nicht geschrieben werden; alles andere wurde exportiert.</translation>
    </message>
    <message>
        <source>Waiting for another Longhand (%1) to finish sending this profile&apos;s queue…</source>
        <translation>Warte, bis ein anderes Longhand (%1) die Warteschlange dieses Profils gesendet hat…</translation>
    </message>
    <message>
        <source>Another Longhand (%1) is still sending this profile&apos;s queue; nothing was done. Try again when it has finished.</source>
        <translation>Ein anderes Longhand (%1) sendet noch die Warteschlange dieses Profils; nichts wurde getan. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>comments %1 takes no comment ids: it empties the whole %2 of one blog (--site ID).</source>
        <translation>comments %1 erwartet keine Kommentar-IDs: es leert den ganzen Ordner %2 eines Blogs (--site ID).</translation>
    </message>
    <message>
        <source>No spam to empty.</source>
        <translation>Kein Spam zu leeren.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n spam comment(s) would be deleted for good, on the blog too; add --yes to delete them.</source>
        <translation>
            <numerusform>%n Spam-Kommentar würde endgültig gelöscht, auch im Blog; mit --yes wird er gelöscht.</numerusform>
            <numerusform>%n Spam-Kommentare würden endgültig gelöscht, auch im Blog; mit --yes werden sie gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in the trash would be deleted for good, on the blog too; add --yes to delete them.</source>
        <translation>
            <numerusform>%n Kommentar im Papierkorb würde endgültig gelöscht, auch im Blog; mit --yes wird er gelöscht.</numerusform>
            <numerusform>%n Kommentare im Papierkorb würden endgültig gelöscht, auch im Blog; mit --yes werden sie gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some comments did not go: those queued will go out with the next sync.</source>
        <translation>Einige Kommentare wurden nicht gelöscht: die wartenden gehen mit der nächsten Synchronisierung hinaus.</translation>
    </message>
    <message>
        <source>Do it without asking (comments empty-spam, empty-trash).</source>
        <translation>Ohne Rückfrage ausführen (comments empty-spam, empty-trash).</translation>
    </message>
    <message>
        <source>The title of another review for the closing “you may also like” line.</source>
        <translation>Der Titel einer anderen Rezension für die abschließende Zeile „Das könnte Ihnen auch gefallen“.</translation>
    </message>
    <message>
        <source>%1 has id: but no blog: in its front matter; add the blog&apos;s address (see: account list).</source>
        <translation>%1 hat id:, aber kein blog: im Front Matter; ergänzen Sie die Adresse des Blogs (siehe: account list).</translation>
    </message>
    <message>
        <source>%1 belongs to %2 (blog %3), not to the blog --site names.</source>
        <translation>%1 gehört zu %2 (Blog %3), nicht zu dem mit --site angegebenen Blog.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, which this profile is not connected to (see: account add).</source>
        <translation>%1 gehört zu %2, mit dem dieses Profil nicht verbunden ist (siehe: account add).</translation>
    </message>
    <message>
        <source>warning: %1 was published, but its front matter was not updated: %2</source>
        <translation>Warnung: %1 wurde veröffentlicht, aber sein Front Matter wurde nicht aktualisiert: %2</translation>
    </message>
    <message>
        <source>warning: %1 is read-only; its front matter was not updated.</source>
        <translation>Warnung: %1 ist schreibgeschützt; sein Front Matter wurde nicht aktualisiert.</translation>
    </message>
    <message>
        <source>warning: %1 changed while it was published; its front matter was not updated (run publish again).</source>
        <translation>Warnung: %1 wurde während der Veröffentlichung geändert; sein Front Matter wurde nicht aktualisiert (führen Sie publish erneut aus).</translation>
    </message>
    <message>
        <source>warning: the front matter of %1 was not updated: %2</source>
        <translation>Warnung: Das Front Matter von %1 wurde nicht aktualisiert: %2</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: the answer&apos;s value should be a boolean, not a value of type %1.</source>
        <translation>Die XML-RPC-Antwort des Blogs entspricht nicht dem, was WordPress sendet: Der Wert der Antwort sollte ein boolescher Wert sein, kein Wert vom Typ %1.</translation>
    </message>
    <message>
        <source>--type is comment, pingback or trackback.</source>
        <translation>--type ist comment, pingback oder trackback.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>comments takes list, show, approve, unapprove, spam, unspam, trash, restore, delete, reply, edit, empty-spam or empty-trash.</source>
        <translation>comments nimmt list, show, approve, unapprove, spam, unspam, trash, restore, delete, reply, edit, empty-spam oder empty-trash.</translation>
    </message>
    <message>
        <source>comments edit takes one comment id and what to change: --author-name, --author-email, --author-url, --text (- reads the text from standard input).</source>
        <translation>comments edit nimmt eine Kommentar-ID und was zu ändern ist: --author-name, --author-email, --author-url, --text (- liest den Text von der Standardeingabe).</translation>
    </message>
    <message>
        <source>Cannot read the text from standard input.</source>
        <translation>Der Text lässt sich nicht von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Nothing to change: give --author-name, --author-email, --author-url or --text.</source>
        <translation>Nichts zu ändern: Geben Sie --author-name, --author-email, --author-url oder --text an.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>Comment %1 is deleted; it cannot be edited.</source>
        <translation>Kommentar %1 ist gelöscht; er lässt sich nicht bearbeiten.</translation>
    </message>
    <message>
        <source>The comment went away.</source>
        <translation>Der Kommentar ist verschwunden.</translation>
    </message>
    <message>
        <source>The blog&apos;s values stand where they were changed there meanwhile.</source>
        <translation>Wo inzwischen im Blog etwas geändert wurde, gelten die Werte des Blogs.</translation>
    </message>
    <message>
        <source>The blog refused the edit: %1</source>
        <translation>Das Blog hat die Bearbeitung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The edit was not sent (%1): it stays queued and will go out with the next sync.</source>
        <translation>Die Bearbeitung wurde nicht gesendet (%1): Sie bleibt in der Warteschlange und geht mit der nächsten Synchronisation hinaus.</translation>
    </message>
    <message>
        <source>Only the comments no user of the blog has answered yet.</source>
        <translation>Nur die Kommentare, auf die noch kein Benutzer des Blogs geantwortet hat.</translation>
    </message>
    <message>
        <source>Only the comments on your own posts.</source>
        <translation>Nur die Kommentare zu Ihren eigenen Beiträgen.</translation>
    </message>
    <message>
        <source>The commenter&apos;s name (comments edit).</source>
        <translation>Der Name des Kommentators (comments edit).</translation>
    </message>
    <message>
        <source>The commenter&apos;s email address (comments edit).</source>
        <translation>Die E-Mail-Adresse des Kommentators (comments edit).</translation>
    </message>
    <message>
        <source>The commenter&apos;s web address (comments edit).</source>
        <translation>Die Webadresse des Kommentators (comments edit).</translation>
    </message>
    <message>
        <source>This version of Longhand cannot talk to %1 that way.</source>
        <translation>Diese Longhand-Version kann auf diesem Weg nicht mit %1 sprechen.</translation>
    </message>
    <message>
        <source>The comment&apos;s new text, or - to read it from standard input (comments edit).</source>
        <translation>Der neue Text des Kommentars, oder - um ihn von der Standardeingabe zu lesen (comments edit).</translation>
    </message>
    <message>
        <source>--protocol is rest or xmlrpc.</source>
        <translation>--protocol ist rest oder xmlrpc.</translation>
    </message>
    <message>
        <source>To connect through XML-RPC, run the command again with --protocol xmlrpc and the account&apos;s password (it is kept in the keychain or secrets file, as an application password would be).</source>
        <translation>Um sich über XML-RPC zu verbinden, führen Sie den Befehl erneut mit --protocol xmlrpc und dem Passwort des Kontos aus (es wird wie ein Anwendungspasswort im Schlüsselbund oder in der Passwortdatei aufbewahrt).</translation>
    </message>
    <message>
        <source>Reached through XML-RPC at %1.</source>
        <translation>Erreichbar über XML-RPC unter %1.</translation>
    </message>
    <message>
        <source>How to reach the blog: rest (default) or xmlrpc.</source>
        <translation>Wie der Blog erreicht wird: rest (Standard) oder xmlrpc.</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>warning: author: is not sent: only an editor or administrator of the blog may give a post to another author.</source>
        <translation>Warnung: author: wird nicht gesendet: Nur ein Redakteur oder Administrator des Blogs darf einen Beitrag einem anderen Autor geben.</translation>
    </message>
    <message>
        <source>media takes list.</source>
        <translation>media erwartet list.</translation>
    </message>
    <message>
        <source>--type is post or page.</source>
        <translation>--type ist post oder page.</translation>
    </message>
    <message>
        <source>Only comments of this type: comment, pingback or trackback (posts list: post or page).</source>
        <translation>Nur Kommentare dieses Typs: comment, pingback oder trackback (posts list: post oder page).</translation>
    </message>
    <message>
        <source>author: “%1” names several users of %2 (ids %3); write the id instead. Nothing was sent.</source>
        <translation>author: „%1“ bezeichnet mehrere Benutzer von %2 (IDs %3); geben Sie stattdessen die ID an. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>author: “%1” is not a user of %2 as Longhand last saw them (a login, a display name or an id; sync to learn new users). Nothing was sent.</source>
        <translation>author: „%1“ ist kein Benutzer von %2, soweit Longhand sie zuletzt gesehen hat (ein Anmeldename, ein angezeigter Name oder eine ID; synchronisieren Sie, um neue Benutzer zu erfahren). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>; your unpublished changes are kept as local draft %1 (publishing it creates a new page).</source>
        <translation>; Ihre unveröffentlichten Änderungen bleiben als lokaler Entwurf %1 erhalten (beim Veröffentlichen entsteht eine neue Seite).</translation>
    </message>
    <message>
        <source>; page %1 moved to the local trash (restore it to publish it again as a new page).</source>
        <translation>; Seite %1 wurde in den lokalen Papierkorb verschoben (stellen Sie sie wieder her, um sie erneut als neue Seite zu veröffentlichen).</translation>
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
        <source>secrets file</source>
        <translation>Passwortdatei</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 is already connected as %2 (blog %3); nothing was added.</source>
        <translation>%1 ist bereits als %2 verbunden (Blog %3); nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Enter the user name and the password.</source>
        <translation>Geben Sie den Benutzernamen und das Passwort ein.</translation>
    </message>
    <message>
        <source>%1 does not offer application passwords. They need WordPress 5.6 or newer, and https (or a site set up for local development); a security plugin may have turned them off. Longhand can connect through XML-RPC with the account&apos;s password instead.</source>
        <translation>%1 bietet keine Anwendungspasswörter an. Sie erfordern WordPress 5.6 oder neuer sowie https (oder eine für die lokale Entwicklung eingerichtete Website); möglicherweise hat ein Sicherheits-Plugin sie abgeschaltet. Longhand kann sich stattdessen über XML-RPC mit dem Passwort des Kontos verbinden.</translation>
    </message>
    <message>
        <source>%1 refused to let Longhand sign in through its REST API (%2). Longhand can connect through XML-RPC with the account&apos;s password instead.</source>
        <translation>%1 hat die Anmeldung von Longhand über seine REST API abgelehnt (%2). Longhand kann sich stattdessen über XML-RPC mit dem Passwort des Kontos verbinden.</translation>
    </message>
    <message>
        <source>The password for %1 is missing from the %2. Remove the blog and add it again.</source>
        <translation>Das Passwort für %1 fehlt (Speicherort: %2). Entfernen Sie den Blog und fügen Sie ihn erneut hinzu.</translation>
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
    <message>
        <source>Looking for %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>%1 does not offer application passwords.</source>
        <translation>%1 bietet keine Anwendungspasswörter an.</translation>
    </message>
    <message>
        <source>Approved in the browser.</source>
        <translation>Im Browser genehmigt.</translation>
    </message>
    <message>
        <source>Longhand on %1</source>
        <translation>Longhand auf %1</translation>
    </message>
    <message>
        <source>Approve Longhand in your browser, then come back here. If your blog says the URL must be served over a secure connection, use “Create a Password in the Browser” instead. (If no browser opened, visit %1)</source>
        <translation>Genehmigen Sie Longhand in Ihrem Browser und kehren Sie dann hierher zurück. Meldet Ihr Blog, die Adresse müsse über eine sichere Verbindung ausgeliefert werden, verwenden Sie stattdessen „Passwort im Browser erstellen“. (Falls sich kein Browser geöffnet hat, rufen Sie %1 auf)</translation>
    </message>
    <message>
        <source>Approve Longhand in your browser, then copy the password your blog shows into “Application password”, fill in your user name and press Connect. (If no browser opened, visit %1)</source>
        <translation>Genehmigen Sie Longhand in Ihrem Browser, kopieren Sie dann das Passwort, das Ihr Blog anzeigt, in „Anwendungspasswort“, tragen Sie Ihren Benutzernamen ein und klicken Sie auf Verbinden. (Falls sich kein Browser geöffnet hat, rufen Sie %1 auf)</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Eine andere Adresse</translation>
    </message>
    <message>
        <source>%1 says its API is at %2.

Longhand would send your application password to %3. Do that only if %3 belongs to your blog.</source>
        <translation>%1 gibt als seine API %2 an.

Longhand würde Ihr Anwendungspasswort an %3 schicken. Tun Sie das nur, wenn %3 zu Ihrem Blog gehört.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>private file in your profile</source>
        <translation>in einer privaten Datei in Ihrem Profil</translation>
    </message>
    <message>
        <source>desktop keychain</source>
        <translation>im Schlüsselbund der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Connect through XML-RPC?</source>
        <translation>Über XML-RPC verbinden?</translation>
    </message>
    <message>
        <source>%1 does not let Longhand sign in to its REST API with an application password.

Longhand can connect through XML-RPC instead, with the password you sign in to the blog with (or an application password, if the blog still accepts them). That password will be kept in the %2, as an application password would be, and sent only to the blog&apos;s own address.</source>
        <translation>%1 lässt Longhand nicht mit einem Anwendungspasswort an seiner REST API anmelden.

Longhand kann sich stattdessen über XML-RPC verbinden, mit dem Passwort, mit dem Sie sich an Ihrem Blog anmelden (oder mit einem Anwendungspasswort, falls der Blog diese noch annimmt). Dieses Passwort wird wie ein Anwendungspasswort %2 aufbewahrt und nur an die eigene Adresse des Blogs gesendet.</translation>
    </message>
    <message>
        <source>Use &amp;XML-RPC</source>
        <translation>&amp;XML-RPC verwenden</translation>
    </message>
    <message>
        <source>Enter the password you sign in to your blog with and press Connect. It will be kept in the %1.</source>
        <translation>Geben Sie das Passwort ein, mit dem Sie sich an Ihrem Blog anmelden, und klicken Sie auf „Verbinden“. Es wird %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Account &amp;password:</source>
        <translation>&amp;Passwort des Kontos:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>Anwendungs&amp;passwort:</translation>
    </message>
    <message>
        <source>Account password</source>
        <translation>Passwort des Kontos</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Anwendungspasswort</translation>
    </message>
    <message>
        <source>This blog refuses application passwords or its REST API, so Longhand signs in through XML-RPC with the password you sign in to the blog with (or an application password, where the blog still accepts them).</source>
        <translation>Dieses Blog lehnt Anwendungspasswörter oder seine REST-API ab, daher meldet sich Longhand über XML-RPC mit dem Passwort an, mit dem Sie sich im Blog anmelden (oder mit einem Anwendungspasswort, wo das Blog sie noch annimmt).</translation>
    </message>
</context>
<context>
    <name>longhand::AvatarFetcher</name>
    <message>
        <source>Gravatar sent an empty image.</source>
        <translation>Gravatar hat ein leeres Bild gesendet.</translation>
    </message>
</context>
<context>
    <name>longhand::BlogStatusBar</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not checked since Longhand started</source>
        <translation>seit dem Start von Longhand nicht geprüft</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Zuletzt abgeglichen: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie abgeglichen</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzter Abgleich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting (%1 failed)</source>
        <translation>
            <numerusform>%n wartet (%1 fehlgeschlagen)</numerusform>
            <numerusform>%n warten (%1 fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) to publish, %1 moderation action(s) to send. Click to see them.</source>
        <translation>
            <numerusform>%n Rezension zu veröffentlichen, zu sendende Moderationsaktionen: %1. Klicken Sie, um sie anzuzeigen.</numerusform>
            <numerusform>%n Rezensionen zu veröffentlichen, zu sendende Moderationsaktionen: %1. Klicken Sie, um sie anzuzeigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::BlogWorkflow</name>
    <message>
        <source>Cancelled; what waits stays in the outbox.</source>
        <translation>Abgebrochen; was noch wartet, bleibt vorgemerkt.</translation>
    </message>
    <message>
        <source>Connect a blog first (Blog ▸ Add Blog…).</source>
        <translation>Verbinden Sie zuerst einen Blog (Blog ▸ Blog hinzufügen…).</translation>
    </message>
    <message>
        <source>Choose the blog for this review in its details (Blog), then publish again.</source>
        <translation>Wählen Sie das Blog für diese Rezension in ihren Angaben (Blog) und veröffentlichen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Draft saved to the blog:</source>
        <translation>Entwurf im Blog gespeichert:</translation>
    </message>
    <message>
        <source>Submitted for review:</source>
        <translation>Zur Prüfung eingereicht:</translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation>Geplant:</translation>
    </message>
    <message>
        <source>Published privately:</source>
        <translation>Privat veröffentlicht:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Veröffentlicht:</translation>
    </message>
</context>
<context>
    <name>longhand::BrowserAuthorization</name>
    <message>
        <source>Longhand was not connected</source>
        <translation>Longhand wurde nicht verbunden</translation>
    </message>
    <message>
        <source>You declined. You can close this tab.</source>
        <translation>Sie haben abgelehnt. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Longhand is connected</source>
        <translation>Longhand ist verbunden</translation>
    </message>
    <message>
        <source>You can close this tab and return to Longhand.</source>
        <translation>Sie können diesen Tab schließen und zu Longhand zurückkehren.</translation>
    </message>
    <message>
        <source>The blog does not offer application passwords. You can close this tab.</source>
        <translation>Der Blog bietet keine Anwendungspasswörter an. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The blog refused the connection: application passwords are turned off for this blog or this user.</source>
        <translation>Der Blog hat die Verbindung abgelehnt: Anwendungspasswörter sind für diesen Blog oder diesen Benutzer ausgeschaltet.</translation>
    </message>
    <message>
        <source>The blog refused the connection: “No, I do not approve” was chosen on its approval page. Nothing was added; try again or use an application password.</source>
        <translation>Der Blog hat die Verbindung abgelehnt: Auf seiner Genehmigungsseite wurde „Nein, ich stimme nicht zu“ gewählt. Es wurde nichts hinzugefügt; versuchen Sie es erneut oder verwenden Sie ein Anwendungspasswort.</translation>
    </message>
</context>
<context>
    <name>longhand::CannedRepliesEditor</name>
    <message>
        <source>Add Repl&amp;y</source>
        <translation>Antwort hinzufügen (&amp;Y)</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Canned reply name</source>
        <translation>Name des Textbausteins</translation>
    </message>
    <message>
        <source>A name to find it by</source>
        <translation>Ein Name, an dem Sie ihn erkennen</translation>
    </message>
    <message>
        <source>Canned reply text</source>
        <translation>Text des Textbausteins</translation>
    </message>
    <message>
        <source>The answer, as it goes into the reply</source>
        <translation>Die Antwort, so wie sie in die Antwort eingefügt wird</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Neue Antwort</translation>
    </message>
</context>
<context>
    <name>longhand::CommentDetailPane</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>The comment this one answers</source>
        <translation>Der Kommentar, auf den dieser antwortet</translation>
    </message>
    <message>
        <source>Show every comment on this post as a tree (T)</source>
        <translation>Alle Kommentare zu diesem Beitrag als Baum anzeigen (T)</translation>
    </message>
    <message>
        <source>Show thread</source>
        <translation>Diskussion anzeigen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>This comment is no longer in the cache.</source>
        <translation>Dieser Kommentar ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>Post #%1</source>
        <translation>Beitrag #%1</translation>
    </message>
    <message>
        <source>In reply to %1 (%2):</source>
        <translation>Antwort auf %1 (%2):</translation>
    </message>
    <message>
        <source>In reply to comment #%1, which is not in the cache.</source>
        <translation>Antwort auf Kommentar #%1, der nicht im Cache ist.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <source>deleted on the blog</source>
        <translation>im Blog gelöscht</translation>
    </message>
    <message>
        <source>No comment selected</source>
        <translation>Kein Kommentar ausgewählt</translation>
    </message>
    <message>
        <source>Sho&amp;w Thread</source>
        <translation>&amp;Diskussion anzeigen</translation>
    </message>
    <message>
        <source>Hi&amp;de Thread</source>
        <translation>Diskussion &amp;ausblenden</translation>
    </message>
</context>
<context>
    <name>longhand::CommentQueueModel</name>
    <message>
        <source>To send</source>
        <translation>Zu senden</translation>
    </message>
    <message>
        <source>Gone from the blog</source>
        <translation>Nicht mehr im Blog</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Deleted on the blog; kept here for reference.</source>
        <translation>Im Blog gelöscht; hier zum Nachschlagen aufbewahrt.</translation>
    </message>
    <message>
        <source>A change waits to be sent to the blog.</source>
        <translation>Eine Änderung wartet darauf, an den Blog gesendet zu werden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
on %2</source>
        <translation>%1
in %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>longhand::CommentReplayer</name>
    <message>
        <source>The comment was edited on the blog meanwhile; the blog&apos;s text stands and your edit was not sent.</source>
        <translation>Der Kommentar wurde inzwischen im Blog bearbeitet; der Text im Blog gilt, Ihre Bearbeitung wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Changed on the blog to &quot;%1&quot; meanwhile; the blog&apos;s decision stands.</source>
        <translation>Inzwischen im Blog auf „%1“ geändert; die Entscheidung des Blogs gilt.</translation>
    </message>
    <message>
        <source>The comment was deleted on the blog; your action was not applied.</source>
        <translation>Der Kommentar wurde im Blog gelöscht; Ihre Aktion wurde nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>longhand::CommentThreadModel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>longhand::CommenterCard</name>
    <message>
        <source>Commenter</source>
        <translation>Kommentator</translation>
    </message>
    <message>
        <source>First comment</source>
        <translation>Erster Kommentar</translation>
    </message>
    <message>
        <source>Avatar placeholder</source>
        <translation>Platzhalter für den Avatar</translation>
    </message>
    <message>
        <source>Avatars are not fetched: that would tell Gravatar whom you are looking at</source>
        <translation>Avatare werden nicht geladen: Das würde Gravatar verraten, wen Sie sich gerade ansehen</translation>
    </message>
    <message>
        <source>No earlier comment with this email address on this blog</source>
        <translation>Kein früherer Kommentar mit dieser E-Mail-Adresse in diesem Blog</translation>
    </message>
    <message>
        <source>Shown, never opened</source>
        <translation>Wird nur angezeigt, nie geöffnet</translation>
    </message>
    <message>
        <source>IP:</source>
        <translation>IP:</translation>
    </message>
    <message>
        <source>Browser:</source>
        <translation>Browser:</translation>
    </message>
    <message>
        <source>By email:</source>
        <translation>Gleiche E-Mail:</translation>
    </message>
    <message>
        <source>By IP:</source>
        <translation>Gleiche IP:</translation>
    </message>
    <message>
        <source>%1 approved, %2 pending, %3 spam, %4 trash</source>
        <translation>%1 genehmigt, %2 ausstehend, %3 Spam, %4 im Papierkorb</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation>(keine E-Mail)</translation>
    </message>
    <message>
        <source>(no website)</source>
        <translation>(keine Website)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no email to go by</source>
        <translation>keine E-Mail zum Vergleichen</translation>
    </message>
    <message>
        <source>no IP to go by</source>
        <translation>keine IP zum Vergleichen</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>Avatar von %1</translation>
    </message>
    <message>
        <source>Gravatar (Settings ▸ Moderation turns avatars off)</source>
        <translation>Gravatar (unter Einstellungen ▸ Moderation lassen sich Avatare ausschalten)</translation>
    </message>
    <message>
        <source>No avatar for this commenter (yet)</source>
        <translation>(Noch) kein Avatar für diesen Kommentator</translation>
    </message>
    <message>
        <source>All blogs:</source>
        <translation>Alle Blogs:</translation>
    </message>
    <message>
        <source>Show All Their Comments</source>
        <translation>Alle Kommentare dieser Person zeigen</translation>
    </message>
    <message>
        <source>List every comment with this email address (or IP address) on every connected blog</source>
        <translation>Jeden Kommentar mit dieser E-Mail-Adresse (oder IP-Adresse) in jedem verbundenen Blog auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on %1 of %2 blogs: %3</source>
        <translation>
            <numerusform>%n Kommentar in %1 von %2 Blogs: %3</numerusform>
            <numerusform>%n Kommentare in %1 von %2 Blogs: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::ConvertToMarkdownDialog</name>
    <message>
        <source>Convert “%1” to Markdown</source>
        <translation>„%1“ in Markdown umwandeln</translation>
    </message>
    <message numerus="yes">
        <source>Every block of this post has a Markdown form. Published, the Markdown gives back the same %n block(s), with the same names and attributes (checked).</source>
        <translation>
            <numerusform>Jeder Block dieses Beitrags hat eine Markdown-Form. Veröffentlicht ergibt das Markdown wieder genau diesen %n Block, mit gleichem Namen und gleichen Attributen (geprüft).</numerusform>
            <numerusform>Jeder Block dieses Beitrags hat eine Markdown-Form. Veröffentlicht ergibt das Markdown wieder genau diese %n Blöcke, mit gleichen Namen und gleichen Attributen (geprüft).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every part of this post has a Markdown form. Published, the Markdown gives back the same %n block(s) of HTML (checked).</source>
        <translation>
            <numerusform>Jeder Teil dieses Beitrags hat eine Markdown-Form. Veröffentlicht ergibt das Markdown wieder genau diesen %n HTML-Block (geprüft).</numerusform>
            <numerusform>Jeder Teil dieses Beitrags hat eine Markdown-Form. Veröffentlicht ergibt das Markdown wieder genau diese %n HTML-Blöcke (geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <source>Until it is published, Blog ▸ Back to HTML undoes the conversion.</source>
        <translation>Bis zur Veröffentlichung macht Blog ▸ Zurück zu HTML die Umwandlung rückgängig.</translation>
    </message>
    <message>
        <source>As it is (HTML)</source>
        <translation>Wie er ist (HTML)</translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation>Als Markdown</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Umwandeln</translation>
    </message>
</context>
<context>
    <name>longhand::CustomFieldsEditor</name>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>A list or a long text: change it in the review&apos;s file (front matter, meta:).</source>
        <translation>Eine Liste oder ein langer Text: Ändern Sie ihn in der Datei der Rezension (Front Matter, meta:).</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Benutzerdefiniertes Feld %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s), kept as they are on the blog.</source>
        <translation>
            <numerusform>%n weiteres Feld, so belassen, wie es im Blog ist.</numerusform>
            <numerusform>%n weitere Felder, so belassen, wie sie im Blog sind.</numerusform>
        </translation>
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
    <message>
        <source>%1 (%2 on %3, last changed %4)</source>
        <translation>%1 (%2 in %3, zuletzt geändert %4)</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>no blog chosen</source>
        <translation>kein Blog gewählt</translation>
    </message>
    <message>
        <source>Draft, not on the blog</source>
        <translation>Entwurf, nicht im Blog</translation>
    </message>
    <message>
        <source>Not on the blog yet</source>
        <translation>Noch nicht im Blog</translation>
    </message>
    <message>
        <source>%1, changed here</source>
        <translation>%1, hier geändert</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>Seite: %1</translation>
    </message>
</context>
<context>
    <name>longhand::DraftsSidebar</name>
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
    <message>
        <source>Show t&amp;rash</source>
        <translation>Pap&amp;ierkorb anzeigen</translation>
    </message>
    <message>
        <source>Search the titles and texts of your reviews</source>
        <translation>Die Titel und Texte Ihrer Rezensionen durchsuchen</translation>
    </message>
    <message>
        <source>List only the reviews with this status</source>
        <translation>Nur die Rezensionen mit diesem Status auflisten</translation>
    </message>
    <message>
        <source>Work Through &amp;Unreplied Comments</source>
        <translation>&amp;Unbeantwortete Kommentare durcharbeiten</translation>
    </message>
    <message>
        <source>Every unreplied comment on this review, oldest first, with the review beside it</source>
        <translation>Alle unbeantworteten Kommentare zu dieser Rezension, die ältesten zuerst, mit der Rezension daneben</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>List posts, pages or both</source>
        <translation>Beiträge, Seiten oder beides auflisten</translation>
    </message>
    <message>
        <source>Posts and pages</source>
        <translation>Beiträge und Seiten</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>longhand::ExportController</name>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting %1 of %2</source>
        <translation>Wird exportiert: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review(s) to %1.</source>
        <translation>
            <numerusform>%n Rezension nach %1 exportiert.</numerusform>
            <numerusform>%n Rezensionen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review(s) to %1, but some files could not be written:</source>
        <translation>
            <numerusform>%n Besprechung nach %1 exportiert, aber einige Dateien konnten nicht geschrieben werden:</numerusform>
            <numerusform>%n Besprechungen nach %1 exportiert, aber einige Dateien konnten nicht geschrieben werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::ExportDialog</name>
    <message>
        <source>Export Reviews</source>
        <translation>Rezensionen exportieren</translation>
    </message>
    <message>
        <source>A folder for the Markdown files and their images</source>
        <translation>Ein Ordner für die Markdown-Dateien und ihre Bilder</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>Alle Rezensionen</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Reviews:</source>
        <translation>&amp;Rezensionen:</translation>
    </message>
    <message>
        <source>Each review becomes a Markdown file with its metadata as front matter; the images it uses are copied beside it. Existing files of the same name are replaced.</source>
        <translation>Jede Rezension wird zu einer Markdown-Datei mit ihren Metadaten als Front Matter; die verwendeten Bilder werden daneben kopiert. Vorhandene Dateien mit demselben Namen werden ersetzt.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>longhand::Exporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The export was cancelled after %1 of %2 reviews.</source>
        <translation>Der Export wurde nach %1 von %2 Rezensionen abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>longhand::FileLink</name>
    <message>
        <source>“%1” is post %2 of its blog, which this profile has not synced yet: run longhand-cli sync, then publish again. Nothing was sent.</source>
        <translation>„%1“ ist Beitrag %2 seines Blogs, den dieses Profil noch nicht abgeglichen hat: Führen Sie longhand-cli sync aus und veröffentlichen Sie dann erneut. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>“%1” has changes made in Longhand that are not on the blog yet; publish or discard them there first. Nothing was sent.</source>
        <translation>„%1“ hat in Longhand vorgenommene Änderungen, die noch nicht im Blog sind; veröffentlichen oder verwerfen Sie sie dort zuerst. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>“%1” was changed on the blog after the file was written (it is from %2), and this profile does not have the version it was written from, so the two cannot be merged safely. Export it again (longhand-cli export) and make your edit there. Nothing was sent.</source>
        <translation>„%1“ wurde im Blog geändert, nachdem die Datei geschrieben wurde (Stand der Datei: %2), und dieses Profil hat die Fassung nicht, aus der sie geschrieben wurde, daher können die beiden nicht sicher zusammengeführt werden. Exportieren Sie sie erneut (longhand-cli export) und nehmen Sie Ihre Änderung dort vor. Es wurde nichts gesendet.</translation>
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
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Longhand does not send your password to %1: it belongs to %2.</source>
        <translation>Longhand schickt Ihr Passwort nicht an %1: Es gehört zu %2.</translation>
    </message>
    <message>
        <source>The blog&apos;s answer was larger than %1; Longhand stopped reading it.</source>
        <translation>Die Antwort des Blogs war größer als %1; Longhand hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <source>The blog redirected again and again; Longhand gave up.</source>
        <translation>Der Blog hat immer wieder umgeleitet; Longhand hat aufgegeben.</translation>
    </message>
    <message>
        <source>The blog took longer than %1 s to answer.</source>
        <translation>Der Blog hat länger als %1 s für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>The blog redirected to %1, which is not a web address.</source>
        <translation>Der Blog hat auf %1 umgeleitet, das keine Webadresse ist.</translation>
    </message>
    <message>
        <source>The blog redirected from https to plain http (%1); Longhand does not follow a redirect to an unencrypted address.</source>
        <translation>Der Blog hat von https auf unverschlüsseltes http umgeleitet (%1); Longhand folgt keiner Umleitung auf eine unverschlüsselte Adresse.</translation>
    </message>
    <message>
        <source>The blog redirected to %1; Longhand does not send your password to another address than %2.</source>
        <translation>Der Blog hat auf %1 umgeleitet; Longhand schickt Ihr Passwort an keine andere Adresse als %2.</translation>
    </message>
    <message>
        <source>The blog redirected to %1; Longhand asks only the blog itself for this.</source>
        <translation>Der Blog hat auf %1 umgeleitet; Longhand fragt dafür nur den Blog selbst.</translation>
    </message>
</context>
<context>
    <name>longhand::ImagePreparer</name>
    <message>
        <source>The image cannot be read; insert it again.</source>
        <translation>Das Bild kann nicht gelesen werden; fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The image cannot be read (%1); insert it again.</source>
        <translation>Das Bild kann nicht gelesen werden (%1); fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The image could not be prepared for upload (%1).</source>
        <translation>Das Bild konnte nicht für das Hochladen vorbereitet werden (%1).</translation>
    </message>
    <message>
        <source>The image could not be prepared for upload.</source>
        <translation>Das Bild konnte nicht für das Hochladen vorbereitet werden.</translation>
    </message>
</context>
<context>
    <name>longhand::KeyCheatSheet</name>
    <message>
        <source>Comment Queue Keys</source>
        <translation>Tasten der Kommentar-Warteschlange</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>The keys work while the comment list has the focus.</source>
        <translation>Die Tasten wirken, solange die Kommentarliste den Fokus hat.</translation>
    </message>
</context>
<context>
    <name>longhand::MainWindow</name>
    <message>
        <source>Moved to the trash. Tick “Show trash” to restore it.</source>
        <translation>In den Papierkorb verschoben. Aktivieren Sie „Papierkorb anzeigen“, um sie wiederherzustellen.</translation>
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
        <source>Off by default: loading an image from another site tells that site you are reading</source>
        <translation>Standardmäßig aus: Wer ein Bild von einer anderen Website lädt, verrät dieser Website, dass er gerade liest</translation>
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
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Rezensionen</translation>
    </message>
    <message>
        <source>Write and edit reviews (Ctrl+1)</source>
        <translation>Rezensionen schreiben und bearbeiten (Strg+1)</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <source>Moderate the blog&apos;s comments (Ctrl+2)</source>
        <translation>Die Kommentare des Blogs moderieren (Strg+2)</translation>
    </message>
    <message>
        <source>Comment &amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel für Kommentare</translation>
    </message>
    <message>
        <source>Single keys moderate in the comment list (J, K, A, S, D, R, …; ? lists them)</source>
        <translation>Einzelne Tasten moderieren in der Kommentarliste (J, K, A, S, D, R, …; ? listet sie auf)</translation>
    </message>
    <message>
        <source>A moderation action waits for the blog: %1</source>
        <translation>Eine Moderationsaktion wartet auf den Blog: %1</translation>
    </message>
    <message>
        <source>The blog refused a moderation action: %1</source>
        <translation>Der Blog hat eine Moderationsaktion abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) to moderate.</source>
        <translation>
            <numerusform>%n neuer Kommentar zu moderieren.</numerusform>
            <numerusform>%n neue Kommentare zu moderieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Longhand %1&lt;/h3&gt;&lt;p&gt;Write film reviews offline in Markdown and run your WordPress blog from the desktop.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, cmark, hunspell, libgit2, gumbo, yaml-cpp and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Longhand %1&lt;/h3&gt;&lt;p&gt;Schreiben Sie Filmrezensionen offline in Markdown und verwalten Sie Ihren WordPress-Blog vom Desktop aus.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, cmark, hunspell, libgit2, gumbo, yaml-cpp und QtKeychain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Write the reviews as Markdown files with their images to a folder</source>
        <translation>Die Rezensionen als Markdown-Dateien mit ihren Bildern in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Load Remote &amp;Images in Preview</source>
        <translation>Entfernte B&amp;ilder in der Vorschau laden</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>The block list applies to comments from the next sync.</source>
        <translation>Die Sperrliste gilt für Kommentare ab dem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>“%1”: kept among your drafts, with your changes</source>
        <translation>„%1“: mit Ihren Änderungen bei den Entwürfen behalten</translation>
    </message>
    <message>
        <source>“%1”: moved to the trash here (restorable)</source>
        <translation>„%1“: hier in den Papierkorb verschoben (wiederherstellbar)</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) are no longer on the blog (deleted or moved to its trash on the web):</source>
        <translation>
            <numerusform>%n Rezension ist nicht mehr im Blog (im Web gelöscht oder in den Papierkorb verschoben):</numerusform>
            <numerusform>%n Rezensionen sind nicht mehr im Blog (im Web gelöscht oder in den Papierkorb verschoben):</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing one of them again creates a new post.</source>
        <translation>Wird eine davon erneut veröffentlicht, entsteht ein neuer Beitrag.</translation>
    </message>
    <message>
        <source>Send this review to the blog with the status chosen in its metadata</source>
        <translation>Diese Besprechung mit dem in ihren Metadaten gewählten Status an das Blog senden</translation>
    </message>
    <message>
        <source>&amp;Media Library…</source>
        <translation>Me&amp;dienbibliothek…</translation>
    </message>
    <message>
        <source>Publishing one of them again creates a new page.</source>
        <translation>Wird eine davon erneut veröffentlicht, entsteht eine neue Seite.</translation>
    </message>
    <message>
        <source>Publishing one of them again creates a new post or page.</source>
        <translation>Wird eine davon erneut veröffentlicht, entsteht ein neuer Beitrag bzw. eine neue Seite.</translation>
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
    <message>
        <source>Tab indents; Ctrl+Tab and Ctrl+Shift+Tab move to the next or previous field.</source>
        <translation>Tab rückt ein; Strg+Tab und Strg+Umschalt+Tab wechseln zum nächsten bzw. vorherigen Feld.</translation>
    </message>
    <message>
        <source>Post text (HTML)</source>
        <translation>Text des Beitrags (HTML)</translation>
    </message>
</context>
<context>
    <name>longhand::MediaLibraryDialog</name>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Set as &amp;Featured Image</source>
        <translation>Als &amp;Beitragsbild festlegen</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>&amp;Mehr zeigen</translation>
    </message>
    <message>
        <source>Media Library</source>
        <translation>Medienbibliothek</translation>
    </message>
    <message>
        <source>Search by name or alt text, or a month (2026-12) or day (2026-12-07)</source>
        <translation>Nach Name oder Alternativtext suchen, oder nach einem Monat (2026-12) oder Tag (2026-12-07)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Insert the image at the cursor, with its alt text; it is not uploaded again.</source>
        <translation>Das Bild mit seinem Alternativtext an der Schreibmarke einfügen; es wird nicht erneut hochgeladen.</translation>
    </message>
    <message>
        <source>Make it the review&apos;s featured image; it is not uploaded again.</source>
        <translation>Als Beitragsbild der Rezension festlegen; es wird nicht erneut hochgeladen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No images found. A sync brings the blog&apos;s media library into the cache.</source>
        <translation>Keine Bilder gefunden. Ein Abgleich holt die Medienbibliothek des Blogs in den Cache.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>Kein Alternativtext</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Alternativtext: %1</translation>
    </message>
</context>
<context>
    <name>longhand::MergeDialog</name>
    <message>
        <source>Merge Web Changes — %1</source>
        <translation>Web-Änderungen zusammenführen — %1</translation>
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
    <message>
        <source>R&amp;eset to the Choices</source>
        <translation>Auf die Auswahl &amp;zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was changed on the web while you edited it, in the same places (%n conflict(s)). Choose a version for each, or edit it, or edit the result. Nothing is sent until you publish.</source>
        <translation>
            <numerusform>„%1“ wurde im Web geändert, während Sie die Rezension bearbeitet haben, an denselben Stellen (%n Konflikt). Wählen Sie für jeden eine Fassung, bearbeiten Sie ihn oder das Ergebnis. Gesendet wird erst, wenn Sie veröffentlichen.</numerusform>
            <numerusform>„%1“ wurde im Web geändert, während Sie die Rezension bearbeitet haben, an denselben Stellen (%n Konflikte). Wählen Sie für jeden eine Fassung, bearbeiten Sie ihn oder das Ergebnis. Gesendet wird erst, wenn Sie veröffentlichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was changed on the web while you edited it, in other places: both are in the result. Nothing is sent until you publish.</source>
        <translation>„%1“ wurde im Web geändert, während Sie die Rezension bearbeitet haben, an anderen Stellen: Beides ist im Ergebnis. Gesendet wird erst, wenn Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>When you &amp;began</source>
        <translation>&amp;Als Sie begannen</translation>
    </message>
    <message>
        <source>&amp;Yours (your changes marked)</source>
        <translation>&amp;Ihre Fassung (Ihre Änderungen markiert)</translation>
    </message>
    <message>
        <source>On the &amp;web (its changes marked)</source>
        <translation>Im &amp;Web (seine Änderungen markiert)</translation>
    </message>
    <message>
        <source>Both: yours, then the web&apos;s</source>
        <translation>Beide: Ihre, dann die aus dem Web</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Use Y&amp;ours</source>
        <translation>I&amp;hre verwenden</translation>
    </message>
    <message>
        <source>Use the Web&apos;&amp;s</source>
        <translation>&amp;Fassung aus dem Web verwenden</translation>
    </message>
    <message>
        <source>Use Bot&amp;h</source>
        <translation>Bei&amp;de verwenden</translation>
    </message>
    <message>
        <source>Text for this conflict</source>
        <translation>Text für diesen Konflikt</translation>
    </message>
    <message>
        <source>You edited the result itself: the choices above no longer change it.</source>
        <translation>Sie haben das Ergebnis selbst bearbeitet: Die Auswahl oben ändert es nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>&amp;Text for this conflict</source>
        <translation>&amp;Text für diesen Konflikt</translation>
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
    <message>
        <source>Submit for &amp;Review</source>
        <translation>Zur &amp;Prüfung einreichen</translation>
    </message>
    <message>
        <source>Save &amp;Draft to Blog</source>
        <translation>Als &amp;Entwurf im Blog speichern</translation>
    </message>
    <message>
        <source>Publish &amp;Privately</source>
        <translation>P&amp;rivat veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>On the blog: image %1</source>
        <translation>Im Blog: Bild %1</translation>
    </message>
    <message>
        <source>On the blog: %1</source>
        <translation>Im Blog: %1</translation>
    </message>
    <message>
        <source>The blog&apos;s featured image (media %1); publishing keeps it unless you clear it or choose another.</source>
        <translation>Das Beitragsbild des Blogs (Medium %1); beim Veröffentlichen bleibt es erhalten, außer Sie entfernen es oder wählen ein anderes.</translation>
    </message>
    <message>
        <source>No blog connected (Blog ▸ Add Blog…)</source>
        <translation>Kein Blog verbunden (Blog ▸ Blog hinzufügen…)</translation>
    </message>
    <message>
        <source>Choose a blog…</source>
        <translation>Blog wählen…</translation>
    </message>
    <message>
        <source>This review is on %1; it stays there.</source>
        <translation>Diese Besprechung ist in %1; sie bleibt dort.</translation>
    </message>
    <message>
        <source>The blog this review is published to; it can be changed until the review is first published there.</source>
        <translation>Das Blog, in dem diese Besprechung erscheint; es kann geändert werden, bis die Besprechung dort zum ersten Mal veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Aside</source>
        <translation>Kurzmitteilung</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>You (the blog&apos;s account)</source>
        <translation>Sie (das Konto des Blogs)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>The blog&apos;s user this post is by</source>
        <translation>Der Benutzer des Blogs, von dem dieser Beitrag ist</translation>
    </message>
    <message>
        <source>Only an editor or administrator of the blog may give a post to another author.</source>
        <translation>Nur ein Redakteur oder Administrator des Blogs darf einen Beitrag einem anderen Autor geben.</translation>
    </message>
    <message>
        <source>WordPress does not let a password-protected post be sticky.</source>
        <translation>WordPress lässt einen passwortgeschützten Beitrag nicht oben halten.</translation>
    </message>
</context>
<context>
    <name>longhand::ModerationController</name>
    <message numerus="yes">
        <source>Unapproved %n comment(s).</source>
        <translation>
            <numerusform>%n Kommentar zurückgewiesen.</numerusform>
            <numerusform>%n Kommentare zurückgewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n comment(s).</source>
        <translation>
            <numerusform>%n Kommentar genehmigt.</numerusform>
            <numerusform>%n Kommentare genehmigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n comment(s) as spam.</source>
        <translation>
            <numerusform>%n Kommentar als Spam markiert.</numerusform>
            <numerusform>%n Kommentare als Spam markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n comment(s) to the trash.</source>
        <translation>
            <numerusform>%n Kommentar in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Kommentare in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n comment(s) for good.</source>
        <translation>
            <numerusform>%n Kommentar endgültig gelöscht.</numerusform>
            <numerusform>%n Kommentare endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n comment(s).</source>
        <translation>
            <numerusform>%n Kommentar wiederhergestellt.</numerusform>
            <numerusform>%n Kommentare wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation>Antwort gespeichert.</translation>
    </message>
    <message>
        <source>Approved the comment and saved the reply.</source>
        <translation>Kommentar genehmigt und Antwort gespeichert.</translation>
    </message>
    <message>
        <source>Comment edited.</source>
        <translation>Kommentar bearbeitet.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Press Z to undo.</source>
        <translation>Mit Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Reply taken back.</source>
        <translation>Antwort zurückgenommen.</translation>
    </message>
    <message>
        <source>Edit undone.</source>
        <translation>Bearbeitung rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n comment(s) back as they were.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Kommentar ist wieder wie vorher.</numerusform>
            <numerusform>Rückgängig gemacht: %n Kommentare sind wieder wie vorher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the spam: %n comment(s) deleted for good.</source>
        <translation>
            <numerusform>Spam geleert: %n Kommentar endgültig gelöscht.</numerusform>
            <numerusform>Spam geleert: %n Kommentare endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the trash: %n comment(s) deleted for good.</source>
        <translation>
            <numerusform>Papierkorb geleert: %n Kommentar endgültig gelöscht.</numerusform>
            <numerusform>Papierkorb geleert: %n Kommentare endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment and commenter edited.</source>
        <translation>Kommentar und Kommentator bearbeitet.</translation>
    </message>
</context>
<context>
    <name>longhand::ModerationView</name>
    <message>
        <source>J / K</source>
        <translation>J / K</translation>
    </message>
    <message>
        <source>Next / previous comment</source>
        <translation>Nächster / vorheriger Kommentar</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Unapprove (back to pending)</source>
        <translation>Zurückweisen (wieder ausstehend)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Als Spam markieren</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reply (a pending comment is approved first); Ctrl+Return sends, Esc cancels</source>
        <translation>Antworten (ein ausstehender Kommentar wird zuerst genehmigt); Strg+Eingabe sendet, Esc bricht ab</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Undo the last action (also Ctrl+Z)</source>
        <translation>Letzte Aktion rückgängig machen (auch Strg+Z)</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Mark or unmark the comment (also Ctrl+click, Shift+click)</source>
        <translation>Kommentar markieren oder Markierung aufheben (auch Strg+Klick, Umschalt+Klick)</translation>
    </message>
    <message>
        <source>Shift+A / Shift+U</source>
        <translation>Umschalt+A / Umschalt+U</translation>
    </message>
    <message>
        <source>Approve / unapprove the marked comments (or this one)</source>
        <translation>Die markierten Kommentare (oder diesen) genehmigen / zurückweisen</translation>
    </message>
    <message>
        <source>Shift+S / Shift+D</source>
        <translation>Umschalt+S / Umschalt+D</translation>
    </message>
    <message>
        <source>Spam / trash the marked comments (or this one)</source>
        <translation>Die markierten Kommentare (oder diesen) als Spam markieren / in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Shift+R</source>
        <translation>Umschalt+R</translation>
    </message>
    <message>
        <source>Not spam / restore from the trash: the marked comments (or this one)</source>
        <translation>Kein Spam / aus dem Papierkorb wiederherstellen: die markierten Kommentare (oder diesen)</translation>
    </message>
    <message>
        <source>Delete, Shift+Delete</source>
        <translation>Entf, Umschalt+Entf</translation>
    </message>
    <message>
        <source>Delete for good (asks first)</source>
        <translation>Endgültig löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Show or hide the whole thread</source>
        <translation>Die ganze Diskussion anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Only this post&apos;s comments / all posts</source>
        <translation>Nur die Kommentare dieses Beitrags / alle Beiträge</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Search (Enter or Esc goes back to the queue)</source>
        <translation>Suchen (Eingabe oder Esc führt zurück zur Warteschlange)</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Comment queue</source>
        <translation>Kommentar-Warteschlange</translation>
    </message>
    <message>
        <source>Link to %1 (links in comments are not opened)</source>
        <translation>Link zu %1 (Links in Kommentaren werden nicht geöffnet)</translation>
    </message>
    <message>
        <source>That comment is not in this list; change the filter to see it.</source>
        <translation>Dieser Kommentar ist nicht in dieser Liste; ändern Sie den Filter, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Approve: publish the comment on the blog</source>
        <translation>Genehmigen: den Kommentar im Blog veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Unapprove</source>
        <translation>&amp;Zurückweisen</translation>
    </message>
    <message>
        <source>Unapprove: back to pending, hidden from readers</source>
        <translation>Zurückweisen: wieder ausstehend, für Leser verborgen</translation>
    </message>
    <message>
        <source>&amp;Spam</source>
        <translation>&amp;Spam</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Als Spam markieren</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Not Spam / Restore</source>
        <translation>&amp;Kein Spam / Wiederherstellen</translation>
    </message>
    <message>
        <source>Not spam, or restore from the trash: back to the status it had before</source>
        <translation>Kein Spam oder aus dem Papierkorb wiederherstellen: zurück zum vorherigen Status</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Antworten…</translation>
    </message>
    <message>
        <source>Reply to the comment (approves a pending one first)</source>
        <translation>Auf den Kommentar antworten (ein ausstehender wird zuerst genehmigt)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete for good, on the blog too (asks first)</source>
        <translation>Endgültig löschen, auch im Blog (mit Rückfrage)</translation>
    </message>
    <message>
        <source>List only the comments on this comment&apos;s post</source>
        <translation>Nur die Kommentare zum Beitrag dieses Kommentars auflisten</translation>
    </message>
    <message>
        <source>Mark or unmark for a bulk action</source>
        <translation>Für eine Mehrfachaktion markieren oder die Markierung aufheben</translation>
    </message>
    <message>
        <source>Undo the last moderation action</source>
        <translation>Die letzte Moderationsaktion rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>Not Spam</source>
        <translation>Kein Spam</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n comment(s) for good, on the blog too?</source>
        <translation>
            <numerusform>%n Kommentar endgültig löschen, auch im Blog?</numerusform>
            <numerusform>%n Kommentare endgültig löschen, auch im Blog?</numerusform>
        </translation>
    </message>
    <message>
        <source>Until it reaches the blog, Z can still take it back.</source>
        <translation>Solange die Löschung den Blog nicht erreicht hat, lässt sie sich mit Z noch zurücknehmen.</translation>
    </message>
    <message>
        <source>Post #%1</source>
        <translation>Beitrag #%1</translation>
    </message>
    <message>
        <source>No comment matches the search.</source>
        <translation>Kein Kommentar passt zur Suche.</translation>
    </message>
    <message>
        <source>Nothing here. Sync (F5) brings the blog&apos;s comments.</source>
        <translation>Hier ist nichts. Ein Abgleich (F5) holt die Kommentare des Blogs.</translation>
    </message>
    <message>
        <source>De&amp;lete for Good…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Only This Post</source>
        <translation>Nur &amp;dieser Beitrag</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+A / Ctrl+Shift+A</source>
        <translation>Strg+A / Strg+Umschalt+A</translation>
    </message>
    <message>
        <source>Mark every comment in this list / unmark them all</source>
        <translation>Jeden Kommentar dieser Liste markieren / alle Markierungen aufheben</translation>
    </message>
    <message>
        <source>Mark All in &amp;View</source>
        <translation>Alle in der &amp;Ansicht markieren</translation>
    </message>
    <message>
        <source>Mark every comment the filter lists</source>
        <translation>Jeden Kommentar markieren, den der Filter zeigt</translation>
    </message>
    <message>
        <source>Unmark Ever&amp;ything</source>
        <translation>Alle Markierungen au&amp;fheben</translation>
    </message>
    <message>
        <source>Unmark every comment</source>
        <translation>Alle Markierungen aufheben</translation>
    </message>
    <message>
        <source>Empty S&amp;pam…</source>
        <translation>S&amp;pam leeren…</translation>
    </message>
    <message>
        <source>Delete every spam comment of this blog for good, on the blog too (asks first)</source>
        <translation>Jeden Spam-Kommentar dieses Blogs endgültig löschen, auch im Blog (fragt vorher)</translation>
    </message>
    <message>
        <source>Empty Tras&amp;h…</source>
        <translation>Papier&amp;korb leeren…</translation>
    </message>
    <message>
        <source>Delete every comment in this blog&apos;s trash for good, on the blog too (asks first)</source>
        <translation>Jeden Kommentar im Papierkorb dieses Blogs endgültig löschen, auch im Blog (fragt vorher)</translation>
    </message>
    <message>
        <source>Choose a blog in the filter first: emptying works on one blog.</source>
        <translation>Wählen Sie zuerst im Filter ein Blog: Leeren wirkt auf ein Blog.</translation>
    </message>
    <message>
        <source>No spam to empty.</source>
        <translation>Kein Spam zu leeren.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Empty Spam</source>
        <translation>Spam leeren</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n spam comment(s) of %1 for good, on the blog too?</source>
        <translation>
            <numerusform>Den %n Spam-Kommentar von %1 endgültig löschen, auch im Blog?</numerusform>
            <numerusform>Die %n Spam-Kommentare von %1 endgültig löschen, auch im Blog?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n comment(s) in the trash of %1 for good, on the blog too?</source>
        <translation>
            <numerusform>Den %n Kommentar im Papierkorb von %1 endgültig löschen, auch im Blog?</numerusform>
            <numerusform>Die %n Kommentare im Papierkorb von %1 endgültig löschen, auch im Blog?</numerusform>
        </translation>
    </message>
    <message>
        <source>Until they reach the blog, Z can still take them back.</source>
        <translation>Bis sie das Blog erreichen, nimmt Z sie noch zurück.</translation>
    </message>
    <message>
        <source>Edit the comment and the commenter&apos;s name, email and web address; Ctrl+Return saves, Esc cancels</source>
        <translation>Den Kommentar und Name, E-Mail und Webadresse des Kommentators bearbeiten; Strg+Eingabe speichert, Esc bricht ab</translation>
    </message>
    <message>
        <source>Ctrl+Space, Alt+1…9</source>
        <translation>Strg+Leertaste, Alt+1…9</translation>
    </message>
    <message>
        <source>In a reply: list the canned replies / insert canned reply 1…9 (Settings ▸ Moderation)</source>
        <translation>In einer Antwort: die Textbausteine auflisten / Textbaustein 1…9 einfügen (Einstellungen ▸ Moderation)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Unreplied only: comments no user of the blog has answered yet / every comment</source>
        <translation>Nur Unbeantwortete: Kommentare, auf die noch kein Benutzer des Blogs geantwortet hat / alle Kommentare</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mine only: comments on your own posts / on every post</source>
        <translation>Nur meine: Kommentare zu Ihren eigenen Beiträgen / zu allen Beiträgen</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Comment type: every type, comments, pingbacks, trackbacks (in turn)</source>
        <translation>Kommentartyp: alle Typen, Kommentare, Pingbacks, Trackbacks (der Reihe nach)</translation>
    </message>
    <message>
        <source>Edit the comment&apos;s text and the commenter</source>
        <translation>Den Text des Kommentars und den Kommentator bearbeiten</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Work through the unreplied comments on this post, oldest first, with the post beside them; N or J goes on, Esc ends the pass</source>
        <translation>Die unbeantworteten Kommentare zu diesem Beitrag durcharbeiten, die ältesten zuerst, mit dem Beitrag daneben; N oder J geht weiter, Esc beendet den Durchgang</translation>
    </message>
    <message>
        <source>&amp;Work Through Unreplied Comments on This Review</source>
        <translation>Unbeantwortete Kommentare zu dieser Rezension d&amp;urcharbeiten</translation>
    </message>
    <message>
        <source>Every unreplied comment on this comment&apos;s post, oldest first, with the post beside it</source>
        <translation>Alle unbeantworteten Kommentare zum Beitrag dieses Kommentars, die ältesten zuerst, mit dem Beitrag daneben</translation>
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
    <message>
        <source>Reply to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>Edit of %1&apos;s comment</source>
        <translation>Bearbeitung des Kommentars von %1</translation>
    </message>
    <message>
        <source>Delete %1&apos;s comment for good</source>
        <translation>Kommentar von %1 endgültig löschen</translation>
    </message>
    <message>
        <source>%1&apos;s comment: %2</source>
        <translation>Kommentar von %1: %2</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard this waiting operation? It will not be sent to the blog. The review itself stays as it is; a comment goes back to what the blog has.</source>
        <translation>Diesen wartenden Vorgang verwerfen? Er wird nicht an das Blog gesendet. Die Besprechung selbst bleibt, wie sie ist; ein Kommentar kehrt zu dem zurück, was das Blog hat.</translation>
    </message>
</context>
<context>
    <name>longhand::PageFields</name>
    <message>
        <source>Parent page:</source>
        <translation>Übergeordnete Seite:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>The page this page sits under on the blog</source>
        <translation>Die Seite, unter der diese Seite im Blog steht</translation>
    </message>
    <message>
        <source>Where the page comes among its siblings (WordPress&apos;s menu order)</source>
        <translation>Wo die Seite unter ihren Geschwistern steht (die Menü-Reihenfolge von WordPress)</translation>
    </message>
    <message>
        <source>The theme&apos;s template for this page, as the blog has it; change it on the blog</source>
        <translation>Die Vorlage des Themes für diese Seite, wie das Blog sie hat; ändern Sie sie im Blog</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>WordPress cannot turn a post into a page or back once it is on the blog.</source>
        <translation>WordPress kann einen Beitrag nicht in eine Seite umwandeln oder umgekehrt, sobald er im Blog ist.</translation>
    </message>
    <message>
        <source>A post appears in the blog&apos;s stream; a page stands on its own (About, Contact)</source>
        <translation>Ein Beitrag erscheint im Verlauf des Blogs; eine Seite steht für sich (Über uns, Kontakt)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation>Keine (oberste Ebene)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>longhand::PendingNotifier</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) wait for moderation.</source>
        <translation>
            <numerusform>%n neuer Kommentar wartet auf Moderation.</numerusform>
            <numerusform>%n neue Kommentare warten auf Moderation.</numerusform>
        </translation>
    </message>
    <message>
        <source>New comments</source>
        <translation>Neue Kommentare</translation>
    </message>
    <message>
        <source>Longhand</source>
        <translation>Longhand</translation>
    </message>
</context>
<context>
    <name>longhand::PrePublishCheck</name>
    <message>
        <source>The image %1 has no alt text: describe it for readers who cannot see it.</source>
        <translation>Das Bild %1 hat keinen Alternativtext: Beschreiben Sie es für Leser, die es nicht sehen können.</translation>
    </message>
    <message>
        <source>%1 points at your own machine: readers cannot open it.</source>
        <translation>%1 verweist auf Ihren eigenen Rechner: Leser können es nicht öffnen.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>image alt text</source>
        <translation>Alternativtext eines Bildes</translation>
    </message>
    <message>
        <source>“%1” is hidden in a spoiler block but stands in the %2.</source>
        <translation>„%1“ ist in einem Spoiler-Block verborgen, steht aber hier: %2.</translation>
    </message>
    <message>
        <source>“%1” in the %2 may give the story away; no spoiler block protects it there.</source>
        <translation>„%1“ kann hier die Handlung verraten (%2); dort schützt es kein Spoiler-Block.</translation>
    </message>
    <message>
        <source>Categories not on the blog yet, created when this is published: %1. A misspelt name becomes a category of its own.</source>
        <translation>Kategorien, die es im Blog noch nicht gibt und die beim Veröffentlichen angelegt werden: %1. Ein falsch geschriebener Name wird zu einer eigenen Kategorie.</translation>
    </message>
    <message>
        <source>Tags not on the blog yet, created when this is published: %1. A misspelt name becomes a tag of its own.</source>
        <translation>Schlagwörter, die es im Blog noch nicht gibt und die beim Veröffentlichen angelegt werden: %1. Ein falsch geschriebener Name wird zu einem eigenen Schlagwort.</translation>
    </message>
</context>
<context>
    <name>longhand::PrePublishDialog</name>
    <message>
        <source>Before Publishing</source>
        <translation>Vor dem Veröffentlichen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Slug:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Blog:</source>
        <translation>Blog:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Featured image:</source>
        <translation>Beitragsbild:</translation>
    </message>
    <message>
        <source>Set on the blog</source>
        <translation>Im Blog festgelegt</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go where this is fixed</source>
        <translation>Doppelklicken oder Eingabe drücken, um dorthin zu gehen, wo es behoben wird</translation>
    </message>
    <message>
        <source>Go &amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Publish Anyway</source>
        <translation>Trotzdem &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Worth a look before this review goes out:</source>
        <translation>Einen Blick wert, bevor diese Rezension erscheint:</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
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
    <message>
        <source>Image not loaded: only images in the media folder or on the web are shown</source>
        <translation>Bild nicht geladen: Nur Bilder im Medienordner oder im Web werden angezeigt</translation>
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
    <message numerus="yes">
        <source>“%1” was changed on the web since you began editing, in the same places as your edit (%n conflict(s)). Nothing was overwritten; sync to get the web version and merge.</source>
        <translation>
            <numerusform>„%1“ wurde im Web geändert, seit Sie mit der Bearbeitung begonnen haben, und zwar an denselben Stellen wie Ihre Änderung (%n Konflikt). Nichts wurde überschrieben; gleichen Sie ab, um die Web-Fassung zu holen, und führen Sie die Änderungen zusammen.</numerusform>
            <numerusform>„%1“ wurde im Web geändert, seit Sie mit der Bearbeitung begonnen haben, und zwar an denselben Stellen wie Ihre Änderung (%n Konflikte). Nichts wurde überschrieben; gleichen Sie ab, um die Web-Fassung zu holen, und führen Sie die Änderungen zusammen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing was cancelled; what waits stays in the outbox.</source>
        <translation>Veröffentlichen abgebrochen; was wartet, bleibt vorgemerkt.</translation>
    </message>
    <message>
        <source>Your account on the blog may not publish “%1”. Set its status to Pending review and submit it for review instead.</source>
        <translation>Ihr Konto im Blog darf „%1“ nicht veröffentlichen. Setzen Sie den Status auf „Ausstehende Prüfung“ und reichen Sie es stattdessen zur Prüfung ein.</translation>
    </message>
    <message>
        <source>The address “%1” belongs to another post on the blog, so WordPress gave “%2” the address “%3”. The other post was not changed.</source>
        <translation>Die Adresse „%1“ gehört einem anderen Beitrag im Blog, daher hat WordPress „%2“ die Adresse „%3“ gegeben. Der andere Beitrag wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Conflict %1: yours “%2”, the web&apos;s “%3”</source>
        <translation>Konflikt %1: Ihre Fassung „%2“, die aus dem Web „%3“</translation>
    </message>
    <message>
        <source>Waiting to see whether an earlier upload of %1 reached the blog…</source>
        <translation>Es wird geprüft, ob ein früheres Hochladen von %1 das Blog erreicht hat…</translation>
    </message>
    <message>
        <source>Waiting to see whether an earlier attempt to publish “%1” reached the blog…</source>
        <translation>Es wird geprüft, ob ein früherer Versuch, „%1“ zu veröffentlichen, das Blog erreicht hat…</translation>
    </message>
    <message>
        <source>“%1” had been edited on the web; those edits were merged with yours and published. Your file does not have them: they are merged in again each time it is published, until you add them to it.</source>
        <translation>„%1“ war im Web bearbeitet worden; diese Änderungen wurden mit Ihren zusammengeführt und veröffentlicht. Ihre Datei enthält sie nicht: Sie werden bei jeder Veröffentlichung erneut eingefügt, bis Sie sie in die Datei übernehmen.</translation>
    </message>
    <message>
        <source>“%1” had been edited on the web; those edits were merged with yours (as Markdown) and published.</source>
        <translation>„%1“ war im Web bearbeitet worden; diese Änderungen wurden mit Ihren (als Markdown) zusammengeführt und veröffentlicht.</translation>
    </message>
    <message>
        <source>The blog did not keep the custom field(s) %1 of “%2”: it does not let Longhand write them. Everything else was published.</source>
        <translation>Der Blog hat die benutzerdefinierten Felder %1 von „%2“ nicht übernommen: Er lässt Longhand sie nicht schreiben. Alles andere wurde veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>longhand::QueueFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translation>Welche Kommentare aufgelistet werden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Comments of one blog or of all</source>
        <translation>Kommentare eines Blogs oder aller Blogs</translation>
    </message>
    <message>
        <source>All blogs</source>
        <translation>Alle Blogs</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Comments on one post (O: only the current comment&apos;s post)</source>
        <translation>Kommentare zu einem Beitrag (O: nur der Beitrag des aktuellen Kommentars)</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>Kommentare durchsuchen</translation>
    </message>
    <message>
        <source>Search text, author, email, URL or IP  ( / )</source>
        <translation>Text, Autor, E-Mail, URL oder IP durchsuchen  ( / )</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Search the comments&apos; text, author, email, URL and IP (/)</source>
        <translation>Text, Autor, E-Mail, URL und IP der Kommentare durchsuchen (/)</translation>
    </message>
    <message>
        <source>Unreplied</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Only comments no user of the blog has answered yet (N)</source>
        <translation>Nur Kommentare, auf die noch kein Benutzer des Blogs geantwortet hat (N)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Only comments on your own posts (M)</source>
        <translation>Nur Kommentare zu Ihren eigenen Beiträgen (M)</translation>
    </message>
    <message>
        <source>Comment type</source>
        <translation>Kommentartyp</translation>
    </message>
    <message>
        <source>Comments, pingbacks or trackbacks (Y)</source>
        <translation>Kommentare, Pingbacks oder Trackbacks (Y)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Pingbacks</source>
        <translation>Pingbacks</translation>
    </message>
    <message>
        <source>Only this commenter&apos;s comments, on every blog; click to list everyone&apos;s again</source>
        <translation>Nur die Kommentare dieser Person, in jedem Blog; klicken, um wieder alle aufzulisten</translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation>Nur %1 ✕</translation>
    </message>
    <message>
        <source>Trackbacks</source>
        <translation>Trackbacks</translation>
    </message>
</context>
<context>
    <name>longhand::ReplyBox</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Save and send to the blog (Ctrl+Return)</source>
        <translation>Speichern und an den Blog senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard (Esc)</source>
        <translation>Verwerfen (Esc)</translation>
    </message>
    <message>
        <source>Reply to %1; sending approves the comment (Ctrl+Return sends, Esc cancels):</source>
        <translation>Antwort an %1; beim Senden wird der Kommentar genehmigt (Strg+Eingabe sendet, Esc bricht ab):</translation>
    </message>
    <message>
        <source>Reply to %1 (Ctrl+Return sends, Esc cancels):</source>
        <translation>Antwort an %1 (Strg+Eingabe sendet, Esc bricht ab):</translation>
    </message>
    <message>
        <source>Edit the comment by %1 (Ctrl+Return saves, Esc cancels):</source>
        <translation>Kommentar von %1 bearbeiten (Strg+Eingabe speichert, Esc bricht ab):</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>Eine Antwort braucht einen Text.</translation>
    </message>
    <message>
        <source>Commenter&apos;s name</source>
        <translation>Name des Kommentators</translation>
    </message>
    <message>
        <source>Commenter&apos;s email</source>
        <translation>E-Mail des Kommentators</translation>
    </message>
    <message>
        <source>Commenter&apos;s web address</source>
        <translation>Webadresse des Kommentators</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Web a&amp;ddress:</source>
        <translation>Webadr&amp;esse:</translation>
    </message>
    <message>
        <source>Canned replies: Ctrl+Space, or Alt+1…9.</source>
        <translation>Textbausteine: Strg+Leertaste oder Alt+1…9.</translation>
    </message>
    <message>
        <source>No canned replies yet: add them in Settings ▸ Moderation.</source>
        <translation>Noch keine Textbausteine: Legen Sie sie unter Einstellungen ▸ Moderation an.</translation>
    </message>
    <message>
        <source>There is no canned reply %1.</source>
        <translation>Es gibt keinen Textbaustein %1.</translation>
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
        <source>Write your post in HTML…</source>
        <translation>Schreiben Sie Ihren Beitrag in HTML…</translation>
    </message>
    <message>
        <source>This post was written on the web: its HTML is edited as it is. Blog ▸ Convert to Markdown… offers Markdown where every block has a Markdown form.</source>
        <translation>Dieser Beitrag wurde im Web geschrieben: Sein HTML wird unverändert bearbeitet. Blog ▸ In Markdown umwandeln… bietet Markdown an, wo jeder Block eine Markdown-Form hat.</translation>
    </message>
</context>
<context>
    <name>longhand::ReviewPass</name>
    <message>
        <source>S&amp;kip</source>
        <translation>Übers&amp;pringen</translation>
    </message>
    <message>
        <source>End &amp;Pass</source>
        <translation>Durchgang &amp;beenden</translation>
    </message>
    <message>
        <source>The post</source>
        <translation>Der Beitrag</translation>
    </message>
    <message>
        <source>On to the next comment without acting on this one (N or J)</source>
        <translation>Weiter zum nächsten Kommentar, ohne diesen zu bearbeiten (N oder J)</translation>
    </message>
    <message>
        <source>End the pass here and see what it did (Esc)</source>
        <translation>Den Durchgang hier beenden und sehen, was er bewirkt hat (Esc)</translation>
    </message>
    <message>
        <source>That comment is no longer in the cache.</source>
        <translation>Dieser Kommentar ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>Post #%1</source>
        <translation>Beitrag #%1</translation>
    </message>
    <message>
        <source>Every comment on “%1” has an answer.</source>
        <translation>Jeder Kommentar zu „%1“ hat eine Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n unreplied comment(s) on “%1”</source>
        <translation>
            <numerusform>%n unbeantworteter Kommentar zu „%1“</numerusform>
            <numerusform>%n unbeantwortete Kommentare zu „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment %1 of %2 on “%3”</source>
        <translation>Kommentar %1 von %2 zu „%3“</translation>
    </message>
    <message>
        <source>Reply to %1: “%2”</source>
        <translation>Antwort an %1: „%2“</translation>
    </message>
    <message>
        <source>%1: the comment by %2</source>
        <translation>%1: der Kommentar von %2</translation>
    </message>
    <message>
        <source>Delete for good: the comment by %1</source>
        <translation>Endgültig löschen: der Kommentar von %1</translation>
    </message>
    <message>
        <source>Edit: the comment by %1</source>
        <translation>Bearbeiten: der Kommentar von %1</translation>
    </message>
    <message>
        <source>(failed; tried again with the next sync)</source>
        <translation>(fehlgeschlagen; wird beim nächsten Abgleich erneut versucht)</translation>
    </message>
    <message>
        <source>This review is not on the blog yet: it has no comments.</source>
        <translation>Diese Rezension ist noch nicht im Blog: Sie hat keine Kommentare.</translation>
    </message>
</context>
<context>
    <name>longhand::ReviewPassSummary</name>
    <message>
        <source>Review Pass Finished</source>
        <translation>Durchgang beendet</translation>
    </message>
    <message>
        <source>Unreplied comments on “%1”</source>
        <translation>Unbeantwortete Kommentare zu „%1“</translation>
    </message>
    <message>
        <source>Replied:</source>
        <translation>Beantwortet:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Genehmigt:</translation>
    </message>
    <message>
        <source>Marked as spam:</source>
        <translation>Als Spam markiert:</translation>
    </message>
    <message>
        <source>Trashed:</source>
        <translation>In den Papierkorb verschoben:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Not reached:</source>
        <translation>Nicht erreicht:</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Ausgang wird gelesen…</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Aktionen, die auf das Senden warten</translation>
    </message>
    <message>
        <source>Back to the Queue</source>
        <translation>Zurück zur Warteschlange</translation>
    </message>
    <message>
        <source>Nothing of this pass waits to be sent: the blog has every action.</source>
        <translation>Nichts aus diesem Durchgang wartet auf das Senden: Das Blog hat jede Aktion erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of this pass wait to be sent to the blog (with the next sync):</source>
        <translation>
            <numerusform>%n Aktion dieses Durchgangs wartet darauf, an das Blog gesendet zu werden (beim nächsten Abgleich):</numerusform>
            <numerusform>%n Aktionen dieses Durchgangs warten darauf, an das Blog gesendet zu werden (beim nächsten Abgleich):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::ReviewSession</name>
    <message>
        <source>This review is not saved yet, so it stays open; Longhand keeps trying to save it.</source>
        <translation>Diese Besprechung ist noch nicht gespeichert und bleibt deshalb geöffnet; Longhand versucht weiter, sie zu speichern.</translation>
    </message>
    <message>
        <source>The blog&apos;s edits were merged into “%1” while you were typing, in the same places. Your text is kept; use Merge Web Changes to take theirs in before you publish again.</source>
        <translation>Die Änderungen aus dem Blog wurden in „%1“ eingefügt, während Sie an denselben Stellen geschrieben haben. Ihr Text bleibt erhalten; übernehmen Sie die anderen mit „Web-Änderungen zusammenführen“, bevor Sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>“%1” could not be saved, so it was not sent; Longhand keeps trying to save it.</source>
        <translation>„%1“ konnte nicht gespeichert werden und wurde daher nicht gesendet; Longhand versucht weiter, es zu speichern.</translation>
    </message>
</context>
<context>
    <name>longhand::ScreenshotTour</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The window has no Comments page.</source>
        <translation>Das Fenster hat keine Kommentarseite.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Geschrieben: %1.</translation>
    </message>
    <message>
        <source>Timed out waiting for the %1.</source>
        <translation>Zeitüberschreitung beim Warten auf den Schritt „%1“.</translation>
    </message>
    <message>
        <source>The %1 step failed.</source>
        <translation>Der Schritt „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>longhand::SessionStatus</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1 Longhand tries again by itself.</source>
        <translation>Nicht gespeichert: %1 Longhand versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Longhand stopped while showing the review that was open last time, so it was not reopened. Choose it in the list to open it.</source>
        <translation>Longhand wurde beim Anzeigen der zuletzt geöffneten Besprechung beendet, daher wurde sie nicht wieder geöffnet. Wählen Sie sie in der Liste, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>longhand::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <source>&amp;Blogs</source>
        <translation>&amp;Blogs</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>&amp;Fetch Now</source>
        <translation>&amp;Jetzt abrufen</translation>
    </message>
    <message>
        <source>Not fetched: %1</source>
        <translation>Nicht abgerufen: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>Nur manuell</translation>
    </message>
    <message>
        <source>How often every connected blog is synced in the background; 0 syncs only when you ask</source>
        <translation>Wie oft jeder verbundene Blog im Hintergrund abgeglichen wird; bei 0 wird nur auf Anforderung abgeglichen</translation>
    </message>
    <message>
        <source>Tell me about &amp;new comments waiting for moderation</source>
        <translation>Über &amp;neue Kommentare informieren, die auf Moderation warten</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>Ab&amp;gleich alle:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>The blog&apos;s theme (fetched, cleaned, cached)</source>
        <translation>Das Theme des Blogs (abgerufen, bereinigt, zwischengespeichert)</translation>
    </message>
    <message>
        <source>The theme&apos;s look comes from a copy kept in your profile (Blogs ▸ Fetch Now); the preview never loads anything from the web for it</source>
        <translation>Das Aussehen des Themes stammt aus einer Kopie in Ihrem Profil (Blogs ▸ Jetzt abrufen); die Vorschau lädt dafür nie etwas aus dem Web</translation>
    </message>
    <message>
        <source>Load &amp;remote images in the preview</source>
        <translation>Entfernte Bilder in der &amp;Vorschau laden</translation>
    </message>
    <message>
        <source>Off by default: loading an image from another site tells that site you are reading</source>
        <translation>Standardmäßig aus: Wer ein Bild von einer anderen Website lädt, verrät dieser Website, dass er gerade liest</translation>
    </message>
    <message>
        <source>S&amp;pelling language:</source>
        <translation>S&amp;prache der Rechtschreibprüfung:</translation>
    </message>
    <message>
        <source>Preview &amp;stylesheet:</source>
        <translation>&amp;Stylesheet der Vorschau:</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>Ein Wort oder eine Wortgruppe pro Zeile</translation>
    </message>
    <message>
        <source>One email or IP address a line; 192.168.1.* matches a range</source>
        <translation>Eine E-Mail- oder IP-Adresse pro Zeile; 192.168.1.* erfasst einen Bereich</translation>
    </message>
    <message>
        <source>Comments with this many links or more are flagged (WordPress holds them at 2)</source>
        <translation>Kommentare mit so vielen Links oder mehr werden markiert (WordPress hält sie ab 2 zurück)</translation>
    </message>
    <message>
        <source>Show commenters&apos; &amp;avatars (Gravatar)</source>
        <translation>Avatare der Kommentatoren an&amp;zeigen (Gravatar)</translation>
    </message>
    <message>
        <source>Off by default: fetching an avatar tells Gravatar whose comment you are reading</source>
        <translation>Standardmäßig aus: Wer einen Avatar lädt, verrät Gravatar, wessen Kommentar er gerade liest</translation>
    </message>
    <message>
        <source>Blocked &amp;words:</source>
        <translation>Gesperrte &amp;Wörter:</translation>
    </message>
    <message>
        <source>Blocked a&amp;ddresses:</source>
        <translation>Gesperrte A&amp;dressen:</translation>
    </message>
    <message>
        <source>Flag at &amp;links:</source>
        <translation>Markieren ab &amp;Links:</translation>
    </message>
    <message>
        <source>The block list flags comments in Longhand&apos;s queue; it applies from the next sync.</source>
        <translation>Die Sperrliste markiert Kommentare in der Warteschlange von Longhand; sie gilt ab dem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Include in the &amp;periodic sync</source>
        <translation>In den &amp;regelmäßigen Abgleich einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Notify about new comments</source>
        <translation>Über neue &amp;Kommentare benachrichtigen</translation>
    </message>
    <message>
        <source>Use this blog&apos;s &amp;theme in the preview</source>
        <translation>&amp;Theme dieses Blogs in der Vorschau verwenden</translation>
    </message>
    <message>
        <source>When the preview stylesheet is “The blog&apos;s theme”, reviews of this blog use it</source>
        <translation>Wenn als Stylesheet der Vorschau „Das Theme des Blogs“ gewählt ist, verwenden Rezensionen dieses Blogs es</translation>
    </message>
    <message>
        <source>Fetch the theme&apos;s stylesheet from the blog&apos;s front page and keep a cleaned copy</source>
        <translation>Das Stylesheet des Themes von der Startseite des Blogs abrufen und eine bereinigte Kopie aufbewahren</translation>
    </message>
    <message>
        <source>This blog</source>
        <translation>Dieser Blog</translation>
    </message>
    <message>
        <source>No blog connected yet (Blog ▸ Add Blog…).</source>
        <translation>Noch kein Blog verbunden (Blog ▸ Blog hinzufügen…).</translation>
    </message>
    <message>
        <source>Theme stylesheet kept from %1.</source>
        <translation>Gespeichertes Theme-Stylesheet vom %1.</translation>
    </message>
    <message>
        <source>No theme stylesheet fetched yet: the preview uses the built-in one.</source>
        <translation>Noch kein Theme-Stylesheet abgerufen: Die Vorschau verwendet das integrierte.</translation>
    </message>
    <message>
        <source>&amp;Cancel Fetch</source>
        <translation>Abrufen abbre&amp;chen</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Never scaled</source>
        <translation>Nie verkleinert</translation>
    </message>
    <message>
        <source>Images are scaled down to this longest edge before upload (WordPress itself scales anything larger than 2560 px)</source>
        <translation>Bilder werden vor dem Hochladen auf diese längste Kante verkleinert (WordPress selbst verkleinert alles über 2560 px)</translation>
    </message>
    <message>
        <source>&amp;Keep photo metadata (location, camera) in uploads</source>
        <translation>Foto-Metadaten (Ort, Kamera) beim Hochladen be&amp;halten</translation>
    </message>
    <message>
        <source>Off: Exif (GPS location, camera serial numbers), XMP and comments are removed from images before they are uploaded</source>
        <translation>Aus: Exif (GPS-Ort, Seriennummern der Kamera), XMP und Kommentare werden vor dem Hochladen aus den Bildern entfernt</translation>
    </message>
    <message>
        <source>Scale &amp;images down to a longest edge of</source>
        <translation>Bilder verkleinern auf eine &amp;längste Kante von</translation>
    </message>
    <message>
        <source>Canned replies (Ctrl+Space or Alt+1…9 in a reply)</source>
        <translation>Textbausteine (Strg+Leertaste oder Alt+1…9 in einer Antwort)</translation>
    </message>
    <message>
        <source>&amp;Check a review before its first publication</source>
        <translation>Rezension vor der ersten Veröffentlichung &amp;prüfen</translation>
    </message>
    <message>
        <source>Publish reviews as &amp;blocks for the block editor</source>
        <translation>Rezensionen als &amp;Blöcke für den Block-Editor veröffentlichen</translation>
    </message>
    <message>
        <source>Off: reviews are sent as one piece of HTML, which the block editor opens as a Classic block (for blogs using the Classic Editor plugin)</source>
        <translation>Aus: Rezensionen werden als ein einziges HTML-Stück gesendet, das der Block-Editor als Klassik-Block öffnet (für Blogs mit dem Plugin „Classic Editor“)</translation>
    </message>
    <message>
        <source>XML-RPC</source>
        <translation>XML-RPC</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST API</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected through XML-RPC (%1) with the account password.</source>
        <translation>Über XML-RPC (%1) mit dem Passwort des Kontos verbunden.</translation>
    </message>
    <message>
        <source>Connected through the REST API with an application password.</source>
        <translation>Über die REST API mit einem Anwendungspasswort verbunden.</translation>
    </message>
    <message>
        <source>Images without alt text, links to this computer, words that give the story away, new categories and tags: shown before a review first goes out</source>
        <translation>Bilder ohne Alternativtext, Links auf diesen Computer, Wörter, die die Handlung verraten, neue Kategorien und Schlagwörter: gezeigt, bevor eine Rezension zum ersten Mal veröffentlicht wird</translation>
    </message>
</context>
<context>
    <name>longhand::SyncStatus</name>
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
        <source>Another Longhand (%1) is sending this profile&apos;s queue; what waits here goes when it has finished.</source>
        <translation>Ein anderes Longhand (%1) sendet die Warteschlange dieses Profils; was hier wartet, geht hinaus, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Will publish when online</source>
        <translation>Wird veröffentlicht, sobald eine Verbindung besteht</translation>
    </message>
    <message>
        <source>Changed on the web: merge first</source>
        <translation>Im Web geändert: erst zusammenführen</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pages, %4 items</source>
        <translation>%1: %2 von %3 Seiten, %4 Einträge</translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Abgleich von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>longhand::SyncSummaryButton</name>
    <message>
        <source>What the last sync changed in moderation; click for details</source>
        <translation>Was die letzte Synchronisierung in der Moderation geändert hat; klicken für Einzelheiten</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Last Sync: Moderation</source>
        <translation>Letzte Synchronisierung: Moderation</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) to moderate.</source>
        <translation>
            <numerusform>%n neuer Kommentar zu moderieren.</numerusform>
            <numerusform>%n neue Kommentare zu moderieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Queue</source>
        <translation>&amp;Warteschlange zeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were refused by the blog; the comments show why.</source>
        <translation>
            <numerusform>%n Aktion wurde vom Blog abgelehnt; der Kommentar zeigt, warum.</numerusform>
            <numerusform>%n Aktionen wurden vom Blog abgelehnt; die Kommentare zeigen, warum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moderation action(s) still waiting to be sent.</source>
        <translation>
            <numerusform>%n Moderationsaktion wartet noch auf das Senden.</numerusform>
            <numerusform>%n Moderationsaktionen warten noch auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Outbox</source>
        <translation>&amp;Postausgang öffnen</translation>
    </message>
    <message>
        <source>Nothing changed in moderation.</source>
        <translation>In der Moderation hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>longhand::SyncSummaryCollector</name>
    <message numerus="yes">
        <source>%n new comment(s) to moderate</source>
        <translation>
            <numerusform>%n neuer Kommentar zu moderieren</numerusform>
            <numerusform>%n neue Kommentare zu moderieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web decision(s) kept over yours</source>
        <translation>
            <numerusform>%n Entscheidung im Web hatte Vorrang vor Ihrer</numerusform>
            <numerusform>%n Entscheidungen im Web hatten Vorrang vor Ihren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused</source>
        <translation>
            <numerusform>%n Aktion abgelehnt</numerusform>
            <numerusform>%n Aktionen abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n Aktion wartet</numerusform>
            <numerusform>%n Aktionen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on “%2”: “%3”</source>
        <translation>%1 zu „%2“: „%3“</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
</context>
<context>
    <name>longhand::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>longhand::ThemeStylesheetFetcher</name>
    <message>
        <source>A theme stylesheet is already being fetched.</source>
        <translation>Es wird bereits ein Theme-Stylesheet abgerufen.</translation>
    </message>
    <message>
        <source>The blog has no web address to fetch its theme from.</source>
        <translation>Der Blog hat keine Webadresse, von der sein Theme abgerufen werden könnte.</translation>
    </message>
    <message>
        <source>The blog&apos;s front page names no theme stylesheet (no link under /wp-content/themes/ and no global styles).</source>
        <translation>Die Startseite des Blogs nennt kein Theme-Stylesheet (kein Link unter /wp-content/themes/ und keine globalen Stile).</translation>
    </message>
    <message>
        <source>Fetching the theme stylesheet was cancelled.</source>
        <translation>Das Abrufen des Theme-Stylesheets wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB.</source>
        <translation>%1 ist größer als 4 MB.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The theme&apos;s stylesheet has nothing the preview can use.</source>
        <translation>Das Stylesheet des Themes enthält nichts, was die Vorschau verwenden kann.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>longhand::ThumbnailCache</name>
    <message>
        <source>Not downloaded yet; shown when the blog can be reached.</source>
        <translation>Noch nicht heruntergeladen; wird gezeigt, sobald der Blog erreichbar ist.</translation>
    </message>
    <message>
        <source>The image is not on the blog&apos;s own address; Longhand does not fetch it.</source>
        <translation>Das Bild liegt nicht unter der eigenen Adresse des Blogs; Longhand ruft es nicht ab.</translation>
    </message>
    <message>
        <source>The blog&apos;s file is not an image Longhand can show.</source>
        <translation>Die Datei des Blogs ist kein Bild, das Longhand anzeigen kann.</translation>
    </message>
</context>
<context>
    <name>longhand::WebPostActions</name>
    <message>
        <source>&amp;Convert to Markdown…</source>
        <translation>In Markdown &amp;umwandeln…</translation>
    </message>
    <message>
        <source>Back to &amp;HTML…</source>
        <translation>Zurück zu H&amp;TML…</translation>
    </message>
    <message>
        <source>Put back the HTML this post had before it was converted to Markdown (until it is published)</source>
        <translation>Das HTML wiederherstellen, das dieser Beitrag vor der Umwandlung in Markdown hatte (bis er veröffentlicht wird)</translation>
    </message>
    <message>
        <source>Only a post written on the web (HTML) can be converted to Markdown.</source>
        <translation>Nur ein im Web geschriebener Beitrag (HTML) lässt sich in Markdown umwandeln.</translation>
    </message>
    <message>
        <source>Checking whether every block of this post has a Markdown form…</source>
        <translation>Es wird geprüft, ob jeder Block dieses Beitrags eine Markdown-Form hat…</translation>
    </message>
    <message>
        <source>Every block of this post has a Markdown form: convert it, after seeing both versions.</source>
        <translation>Jeder Block dieses Beitrags hat eine Markdown-Form: Wandeln Sie ihn um, nachdem Sie beide Fassungen gesehen haben.</translation>
    </message>
    <message>
        <source>The post is empty.</source>
        <translation>Der Beitrag ist leer.</translation>
    </message>
    <message>
        <source>Kept as HTML: these blocks have no Markdown form that gives them back unchanged: %1.</source>
        <translation>Bleibt HTML: Diese Blöcke haben keine Markdown-Form, die sie unverändert wiedergibt: %1.</translation>
    </message>
    <message>
        <source>Kept as HTML: this blog gets reviews as plain HTML (Settings ▸ Blogs, “Publish reviews as blocks for the block editor” is off), so the Markdown would lose the post&apos;s blocks.</source>
        <translation>Bleibt HTML: Dieses Blog erhält Rezensionen als einfaches HTML (Einstellungen ▸ Blogs, „Rezensionen als Blöcke für den Block-Editor veröffentlichen“ ist aus), daher gingen mit Markdown die Blöcke des Beitrags verloren.</translation>
    </message>
    <message>
        <source>Kept as HTML: each block has a Markdown form, but together they would read differently in Markdown (for instance two lists becoming one).</source>
        <translation>Bleibt HTML: Jeder Block hat eine Markdown-Form, aber zusammen läsen sie sich in Markdown anders (etwa zwei Listen, die zu einer würden).</translation>
    </message>
    <message>
        <source>The post changed while it was being converted, so it stays HTML. Convert it again to see the new version.</source>
        <translation>Der Beitrag hat sich während der Umwandlung geändert und bleibt daher HTML. Wandeln Sie ihn erneut um, um die neue Fassung zu sehen.</translation>
    </message>
    <message>
        <source>Converted to Markdown. Until it is published, Blog ▸ Back to HTML undoes it.</source>
        <translation>In Markdown umgewandelt. Bis zur Veröffentlichung macht Blog ▸ Zurück zu HTML dies rückgängig.</translation>
    </message>
    <message>
        <source>Back to HTML</source>
        <translation>Zurück zu HTML</translation>
    </message>
    <message>
        <source>Put back the HTML “%1” had before it was converted? The Markdown, with any edit made since the conversion, is replaced.</source>
        <translation>Das HTML wiederherstellen, das „%1“ vor der Umwandlung hatte? Das Markdown wird samt allen Änderungen seit der Umwandlung ersetzt.</translation>
    </message>
    <message>
        <source>Back to HTML, as the post was before its conversion.</source>
        <translation>Zurück zu HTML, wie der Beitrag vor seiner Umwandlung war.</translation>
    </message>
    <message>
        <source>Nothing to undo: the post was published since its conversion.</source>
        <translation>Nichts rückgängig zu machen: Der Beitrag wurde seit seiner Umwandlung veröffentlicht.</translation>
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
    <message>
        <source>%1 redirected to %2</source>
        <translation>%1 hat auf %2 umgeleitet</translation>
    </message>
    <message>
        <source>%1 says its API is at %2, another address. Longhand sends your password only to the blog&apos;s own address; confirm that %3 belongs to this blog to use it.</source>
        <translation>%1 gibt als seine API %2 an, eine andere Adresse. Longhand schickt Ihr Passwort nur an die eigene Adresse des Blogs; bestätigen Sie, dass %3 zu diesem Blog gehört, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Longhand does not send your password to %1: the blog is at %2.</source>
        <translation>Longhand schickt Ihr Passwort nicht an %1: Der Blog ist unter %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2; Longhand does not upload it.</source>
        <translation>%1 ist größer als %2; Longhand lädt die Datei nicht hoch.</translation>
    </message>
</context>
<context>
    <name>longhand::XmlRpcBlogClient</name>
    <message>
        <source>%1 is connected through XML-RPC, which does not tell the blog&apos;s time zone.</source>
        <translation>%1 ist über XML-RPC verbunden; darüber lässt sich die Zeitzone des Blogs nicht erfahren.</translation>
    </message>
    <message>
        <source>%1 is connected through XML-RPC, which cannot list items by their ids.</source>
        <translation>%1 ist über XML-RPC verbunden; darüber lassen sich Einträge nicht nach ihren IDs auflisten.</translation>
    </message>
    <message>
        <source>%1 is connected through XML-RPC, which cannot list that.</source>
        <translation>%1 ist über XML-RPC verbunden; darüber lässt sich das nicht auflisten.</translation>
    </message>
    <message>
        <source>Longhand does not know the XML-RPC address of %1. Remove the blog and add it again.</source>
        <translation>Longhand kennt die XML-RPC-Adresse von %1 nicht. Entfernen Sie den Blog und fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC interface cannot write %1; nothing was sent.</source>
        <translation>Die XML-RPC-Schnittstelle des Blogs kann %1 nicht schreiben; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>longhand::XmlRpcTransport</name>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 ist keine Webadresse.</translation>
    </message>
    <message>
        <source>%1 uses plain http, which would send your password unencrypted. Use https, or accept the risk for this blog explicitly.</source>
        <translation>%1 verwendet reines http, wodurch Ihr Passwort unverschlüsselt gesendet würde. Verwenden Sie https oder akzeptieren Sie das Risiko für diesen Blog ausdrücklich.</translation>
    </message>
    <message>
        <source>Longhand does not send your password to %1: the blog is at %2.</source>
        <translation>Longhand schickt Ihr Passwort nicht an %1: Der Blog ist unter %2.</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer came from %1, not %2.</source>
        <translation>Die XML-RPC-Antwort des Blogs kam von %1, nicht von %2.</translation>
    </message>
</context>
<context>
    <name>longhand::XmlRpcWordPress</name>
    <message>
        <source>%1 is larger than %2; Longhand does not upload it.</source>
        <translation>%1 ist größer als %2; Longhand lädt die Datei nicht hoch.</translation>
    </message>
</context>
<context>
    <name>longhand::xmlrpc</name>
    <message>
        <source>the answer&apos;s value</source>
        <translation>der Wert der Antwort</translation>
    </message>
    <message>
        <source>The blog refused: a wrong user name or password, or your account may not do this.</source>
        <translation>Der Blog hat abgelehnt: falscher Benutzername oder falsches Passwort, oder Ihr Konto hat dafür keine Berechtigung.</translation>
    </message>
    <message>
        <source>The blog does not have this (any more).</source>
        <translation>Das ist im Blog nicht (mehr) vorhanden.</translation>
    </message>
    <message>
        <source>The post was changed on the blog since Longhand last read it.</source>
        <translation>Der Beitrag wurde im Blog geändert, seit Longhand ihn zuletzt gelesen hat.</translation>
    </message>
    <message>
        <source>The blog could not read Longhand&apos;s XML-RPC call (fault %1); its server may lack PHP&apos;s xml extension.</source>
        <translation>Der Blog konnte den XML-RPC-Aufruf von Longhand nicht lesen (Fehler %1); möglicherweise fehlt seinem Server die PHP-Erweiterung xml.</translation>
    </message>
    <message>
        <source>The blog refused the request (XML-RPC fault %1).</source>
        <translation>Der Blog hat die Anfrage abgelehnt (XML-RPC-Fehler %1).</translation>
    </message>
    <message>
        <source>%1 says its API is at %2, another address. Longhand sends your password only to the blog&apos;s own address; confirm that %3 belongs to this blog to use it.</source>
        <translation>%1 gibt als seine API %2 an, eine andere Adresse. Longhand schickt Ihr Passwort nur an die eigene Adresse des Blogs; bestätigen Sie, dass %3 zu diesem Blog gehört, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>%1 does not answer XML-RPC calls: %2</source>
        <translation>%1 beantwortet keine XML-RPC-Aufrufe: %2</translation>
    </message>
    <message>
        <source>%1 answered system.listMethods with something else than a list.</source>
        <translation>%1 hat auf system.listMethods mit etwas anderem als einer Liste geantwortet.</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC interface lacks %1; a plugin may have switched it off.</source>
        <translation>Der XML-RPC-Schnittstelle des Blogs fehlt %1; möglicherweise hat ein Plugin das abgeschaltet.</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>Das ist keine Webadresse.</translation>
    </message>
    <message>
        <source>%1 uses plain http, which would send your password unencrypted. Use https, or accept the risk for this blog explicitly.</source>
        <translation>%1 verwendet reines http, wodurch Ihr Passwort unverschlüsselt gesendet würde. Verwenden Sie https oder akzeptieren Sie das Risiko für diesen Blog ausdrücklich.</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: the answer&apos;s value should be an array, not %1.</source>
        <translation>Die XML-RPC-Antwort des Blogs entspricht nicht dem, was WordPress sendet: Der Wert der Antwort sollte ein Array sein, nicht %1.</translation>
    </message>
    <message>
        <source>a struct or an empty array</source>
        <translation>ein Struct oder ein leeres Array</translation>
    </message>
    <message>
        <source>a whole number above 0</source>
        <translation>eine ganze Zahl größer als 0</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: the answer&apos;s value should be the new id, not %1.</source>
        <translation>Die XML-RPC-Antwort des Blogs entspricht nicht dem, was WordPress sendet: Der Wert der Antwort sollte die neue ID sein, nicht %1.</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: the options should hold software_version, not %1.</source>
        <translation>Die XML-RPC-Antwort des Blogs entspricht nicht dem, was WordPress sendet: Die Optionen sollten software_version enthalten, nicht %1.</translation>
    </message>
</context>
<context>
    <name>longhand::xmlrpc::Fields</name>
    <message>
        <source>a struct</source>
        <translation>ein Struct</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: %1 lacks %2.</source>
        <translation>Die XML-RPC-Antwort des Blogs entspricht nicht dem, was WordPress sendet: %1 enthält %2 nicht.</translation>
    </message>
    <message>
        <source>a whole number of at least 0</source>
        <translation>eine ganze Zahl von mindestens 0</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a dateTime.iso8601</source>
        <translation>ein dateTime.iso8601</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>the answer&apos;s value</source>
        <translation>der Wert der Antwort</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: %1 should be %2, not %3.</source>
        <translation>Die XML-RPC-Antwort des Blogs entspricht nicht dem, was WordPress sendet: %1 sollte %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation>ein Wert vom Typ %1</translation>
    </message>
</context>
<context>
    <name>longhand::xmlrpc::Reader</name>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: %1.</source>
        <translation>Die XML-RPC-Antwort des Blogs entspricht nicht dem, was WordPress sendet: %1.</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is too large: %1.</source>
        <translation>Die XML-RPC-Antwort des Blogs ist zu groß: %1.</translation>
    </message>
    <message>
        <source>it carries a document type declaration (DTD), which XML-RPC never has</source>
        <translation>sie enthält eine Dokumenttyp-Deklaration (DTD), die es in XML-RPC nie gibt</translation>
    </message>
    <message>
        <source>it refers to the entity &amp;%1;, which XML-RPC never uses</source>
        <translation>sie verweist auf die Entität &amp;%1;, die XML-RPC nie verwendet</translation>
    </message>
    <message>
        <source>it ends in the middle (line %1)</source>
        <translation>sie bricht mittendrin ab (Zeile %1)</translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not well-formed XML (line %1, column %2: %3).</source>
        <translation>Die XML-RPC-Antwort des Blogs ist kein wohlgeformtes XML (Zeile %1, Spalte %2: %3).</translation>
    </message>
    <message>
        <source>text &quot;%1&quot; where an element belongs</source>
        <translation>Text „%1“ an einer Stelle, an der ein Element stehen muss</translation>
    </message>
    <message>
        <source>%1 lacks &lt;%2&gt;</source>
        <translation>%1 enthält kein &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 holds more than XML-RPC allows there</source>
        <translation>%1 enthält mehr, als XML-RPC dort erlaubt</translation>
    </message>
    <message>
        <source>%1 holds an element where text belongs</source>
        <translation>%1 enthält ein Element, wo Text stehen muss</translation>
    </message>
    <message>
        <source>values nested deeper than %1 at %2</source>
        <translation>Werte, die bei %2 tiefer als %1 Ebenen verschachtelt sind</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>mehr als %1 Werte</translation>
    </message>
    <message>
        <source>%1 mixes text and an element</source>
        <translation>%1 mischt Text und ein Element</translation>
    </message>
    <message>
        <source>%1 is not a value</source>
        <translation>%1 ist kein Wert</translation>
    </message>
    <message>
        <source>%1 should be a whole number that fits &lt;%2&gt;, not &quot;%3&quot;</source>
        <translation>%1 sollte eine ganze Zahl sein, die in &lt;%2&gt; passt, nicht „%3“</translation>
    </message>
    <message>
        <source>%1 should be a boolean (0 or 1), not &quot;%2&quot;</source>
        <translation>%1 sollte ein boolescher Wert (0 oder 1) sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 should be a finite number, not &quot;%2&quot;</source>
        <translation>%1 sollte eine endliche Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 should be a date such as 20261207T12:00:00, not &quot;%2&quot;</source>
        <translation>%1 sollte ein Datum wie 20261207T12:00:00 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 holds more than %2 of base64</source>
        <translation>%1 enthält mehr als %2 an Base64-Daten</translation>
    </message>
    <message>
        <source>%1 is not base64</source>
        <translation>%1 ist kein Base64</translation>
    </message>
    <message>
        <source>%1 is a struct holding something other than &lt;member&gt;</source>
        <translation>%1 ist ein Struct, das etwas anderes als &lt;member&gt; enthält</translation>
    </message>
    <message>
        <source>%1 is there twice</source>
        <translation>%1 ist doppelt vorhanden</translation>
    </message>
    <message>
        <source>%1 is an array holding something other than &lt;value&gt;</source>
        <translation>%1 ist ein Array, das etwas anderes als &lt;value&gt; enthält</translation>
    </message>
    <message>
        <source>%1 is &lt;nil/&gt;, which WordPress never sends</source>
        <translation>%1 ist &lt;nil/&gt;, was WordPress nie sendet</translation>
    </message>
    <message>
        <source>%1 has the unknown type &lt;%2&gt;</source>
        <translation>%1 hat den unbekannten Typ &lt;%2&gt;</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it is declared as %1, not UTF-8</source>
        <translation>sie ist als %1 deklariert, nicht als UTF-8</translation>
    </message>
    <message>
        <source>it is not a &lt;methodResponse&gt;</source>
        <translation>sie ist keine &lt;methodResponse&gt;</translation>
    </message>
    <message>
        <source>its fault lacks a whole-number faultCode or a faultString</source>
        <translation>ihrem Fehler (fault) fehlt ein ganzzahliger faultCode oder ein faultString</translation>
    </message>
    <message>
        <source>its &lt;methodResponse&gt; holds neither &lt;params&gt; nor &lt;fault&gt;</source>
        <translation>ihre &lt;methodResponse&gt; enthält weder &lt;params&gt; noch &lt;fault&gt;</translation>
    </message>
    <message>
        <source>something follows &lt;/methodResponse&gt;</source>
        <translation>auf &lt;/methodResponse&gt; folgt noch etwas</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Longhand: write reviews offline and run your blog.</source>
        <translation>Longhand: Rezensionen offline schreiben und den eigenen Blog verwalten.</translation>
    </message>
    <message>
        <source>Write screenshots of the editor, the comment queue and the merge view, made with sample content in a throwaway profile, into &lt;dir&gt;, then quit.</source>
        <translation>Screenshots des Editors, der Kommentar-Warteschlange und der Zusammenführungsansicht mit Beispielinhalten in einem Wegwerfprofil erstellen, in &lt;dir&gt; schreiben und dann beenden.</translation>
    </message>
    <message>
        <source>Longhand already has this profile open; that window was brought forward.</source>
        <translation>Longhand hat dieses Profil bereits geöffnet; jenes Fenster wurde nach vorn geholt.</translation>
    </message>
</context>
</TS>
