<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddBlogDialog</name>
    <message>
        <source>Add Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop &amp;keychain (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private &amp;file in the profile (secrets.ini, readable only by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;http (the password travels unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In in the &amp;Browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand signs in with an application password. Create one on your blog under Users ▸ Profile ▸ Application Passwords, or let Longhand do it with “Sign In in the Browser” (local and development blogs) or “Create a Password in the Browser” (every blog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Longhand on your blog in your web browser; the application password comes back by itself (WordPress allows this for local and development blogs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Password in the Bro&amp;wser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Longhand on your blog in your web browser; the blog shows a new application password to copy into the field above (works with every blog)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserAuthorization</name>
    <message>
        <source>No answer came from the browser in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheOpening</name>
    <message>
        <source>Bringing this profile&apos;s cache up to date for this version of Longhand. With a large comment queue this takes a minute or two; nothing is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand: Updating the Cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comment</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pingback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentReconciler</name>
    <message>
        <source>Deleted on the blog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentRepository</name>
    <message>
        <source>Comment %1 is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was already deleted for good on the blog; that cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left of the text once unsafe markup is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply not yet on the blog is yours; its commenter cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the blog meanwhile: %1; the blog&apos;s stands, the rest of your edit was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The local database failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Longhand database or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Longhand (schema %2; this version knows up to %3). Update Longhand to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the local database could not be written. Free some space and try again; what was saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is read-only: its file, its folder or the disk it is on cannot be written. Check their permissions, or whether the disk is mounted read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is locked by another program (another Longhand on the same profile?). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be opened: its folder is missing or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>The password file %1 is damaged (line %2: %3). Move it away or delete it, then enter your passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains characters Longhand never writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand expected the heading %1 once, at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry comes before the heading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a name=password entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not one Longhand wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password for %1 is garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is a link. Longhand keeps passwords only in a file of its own; replace the link with the file it points to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is not a regular file. Move it away; Longhand will then ask for your passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 belongs to another user, so Longhand will not use it. Delete it and enter your passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this computer can read or change the password file %1 (its permissions are %2; Longhand needs 600), so Longhand will not use it. If only you have had access, fix it with &quot;chmod 600 %1&quot;; otherwise delete it, revoke those application passwords in WordPress and enter new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is far larger than any Longhand writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the password file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a file in %1 to save the passwords: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the password file private: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the password file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the password file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the password file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Longhand program is saving passwords to %1. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save passwords in %1: Longhand may not create files there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password cannot be stored without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1 is stored in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Start your desktop&apos;s keychain (such as GNOME Keyring or KWallet), or let Longhand keep the passwords in a file in your profile that only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in the time allowed (%1 s). If it asked you to unlock it, unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was declined (%1). Allow Longhand to use it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not keep a test password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1 is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not read the password for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not store the password for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the password for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password cannot be stored without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand cannot use the keychain while it is not running (before it has started or while it quits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain gave back something other than what Longhand stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>Spoiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click to reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Longhand can insert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the media folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Review details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last part of the review&apos;s address. Follows the title until you edit it; clear it to follow the title again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short summary for lists and feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews, Science fiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clones, Kazuo Ishiguro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at a date and time of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;pingbacks and trackbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the featured image from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the featured image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may also like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another review to recommend at the end: &quot;If you liked this you may also like …&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of another review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the blog publishes the review (tick Schedule first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ma&amp;y also like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog for this revie&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog this review is published to; it can be changed until the review is first published there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post format the blog&apos;s theme may show differently (WordPress&apos;s format field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stic&amp;k to the top of the blog&apos;s front page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: everyone may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers must enter this password to read the post. It is shown as text: it protects one post, it is not an account&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageReconciler</name>
    <message>
        <source>The page “%1” was deleted on the blog. This copy is no longer linked to it; publishing it creates a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page “%1” was moved to the trash on the blog. This copy is no longer linked to it; publishing it creates a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page “%1” is no longer on the blog (deleted or moved to its trash). It is kept as a local draft; retry to publish it as a new page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostReconciler</name>
    <message>
        <source>“%1” was deleted on the blog. This copy is no longer linked to it; publishing it creates a new post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was moved to the trash on the blog. This copy is no longer linked to it; publishing it creates a new post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer on the blog (deleted or moved to its trash). It is kept as a local draft; retry to publish it as a new post.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>Review %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Use the profile in DIR instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the profile folder %1 private to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteImageFetcher</name>
    <message>
        <source>Not an image Longhand can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https images are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image took longer than %1 s to arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewLibrary</name>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>Blog %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>The %1 dictionary is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a word: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the personal dictionary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync cancelled; it will resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WpJson</name>
    <message>
        <source>The blog sent an answer Longhand does not understand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set LONGHAND_PASSWORD or give it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site takes a blog id (see: account list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blog is connected yet (see: account add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several blogs are connected: choose one with --site ID (see: account list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand</name>
    <message>
        <source>account add needs --url URL and --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-store is keychain or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected blog %1: %2 (%3) as %4, password in the %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog %1: signed in as %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account remove needs --site ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed blog %1 and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account takes add, list, verify or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a folder to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 review(s) and %2 image(s) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no title: add title: to its front matter or pass --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is publish, draft, pending or private (a future --date schedules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes an ISO 8601 date and time, e.g. 2026-12-24T18:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish needs a Markdown file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for the next sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet (%1); it stays queued for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 was not published (see: sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 not published%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (will retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts takes list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http, which would send your password unencrypted. Use https, or accept the risk for this blog explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply to comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comment id (see: comments list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no comment %1 on this blog in the cache (see: comments list; sync to fetch new ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is hold, approve, spam, trash or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--post takes a post&apos;s id on the blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (deleted on the blog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved, %2 pending, %3 spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (your change waits to be sent to the blog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (post %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments show takes one comment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is html or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 here, but the blog refused the change: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 here; not sent to the blog (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the changes did not reach the blog: they stay queued and will go out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s decision stands for %1 comment(s): changed or deleted there meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (%1): the changes stay queued and will go out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments %1 takes one or more comment ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 was deleted on the blog; there is nothing left to moderate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments reply takes a comment id and the text (or - to read it from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reply from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 is deleted; it cannot be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1: approved here; not sent to the blog yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog refused the reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not sent (%1): it stays queued and will go out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stays queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (refused by the blog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1: %2 items, %3 new pending comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was moved to the trash on the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted on the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; your unpublished changes are kept as local draft %1 (publishing it creates a new post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; review %1 moved to the local trash (restore it to publish it again as a new post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is draft, pending, private, publish, future or trash (the local trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name on the blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the password is kept: keychain (default) or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept plain http to a host that is not this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog to work on (see: account list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post status, or for comments: hold, approve, spam, trash or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review&apos;s title (wins over the front matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date, ISO 8601; a future date schedules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The featured image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the comments of this post (its id on the blog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the comments whose text, author, email, URL or IP match (media list: the items whose title, file name or alt text match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How comments show prints the comment: text (default) or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand command-line tool: works on the same offline cache as the Longhand app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n post(s) no longer on the blog.</source>
        <translation>
            <numerusform> %n post no longer on the blog.</numerusform>
            <numerusform> %n posts no longer on the blog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n comment action(s) still waiting to be sent.</source>
        <translation>
            <numerusform> %n comment action still waiting to be sent.</numerusform>
            <numerusform> %n comment actions still waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pages, %3 items (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it does, run the command again with --accept-api-origin %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the password to this API address (https://host[:port]) although it is not the blog&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file(s) could not be written; everything else was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another Longhand (%1) to finish sending this profile&apos;s queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Longhand (%1) is still sending this profile&apos;s queue; nothing was done. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments %1 takes no comment ids: it empties the whole %2 of one blog (--site ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spam to empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spam comment(s) would be deleted for good, on the blog too; add --yes to delete them.</source>
        <translation>
            <numerusform>%n spam comment would be deleted for good, on the blog too; add --yes to delete them.</numerusform>
            <numerusform>%n spam comments would be deleted for good, on the blog too; add --yes to delete them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in the trash would be deleted for good, on the blog too; add --yes to delete them.</source>
        <translation>
            <numerusform>%n comment in the trash would be deleted for good, on the blog too; add --yes to delete them.</numerusform>
            <numerusform>%n comments in the trash would be deleted for good, on the blog too; add --yes to delete them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some comments did not go: those queued will go out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it without asking (comments empty-spam, empty-trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of another review for the closing “you may also like” line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has id: but no blog: in its front matter; add the blog&apos;s address (see: account list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2 (blog %3), not to the blog --site names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2, which this profile is not connected to (see: account add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 was published, but its front matter was not updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is read-only; its front matter was not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 changed while it was published; its front matter was not updated (run publish again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the front matter of %1 was not updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: the answer&apos;s value should be a boolean, not a value of type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is comment, pingback or trackback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments takes list, show, approve, unapprove, spam, unspam, trash, restore, delete, reply, edit, empty-spam or empty-trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments edit takes one comment id and what to change: --author-name, --author-email, --author-url, --text (- reads the text from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the text from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --author-name, --author-email, --author-url or --text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 is deleted; it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment went away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s values stand where they were changed there meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog refused the edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit was not sent (%1): it stays queued and will go out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the comments no user of the blog has answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the comments on your own posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commenter&apos;s name (comments edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commenter&apos;s email address (comments edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commenter&apos;s web address (comments edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Longhand cannot talk to %1 that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment&apos;s new text, or - to read it from standard input (comments edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol is rest or xmlrpc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect through XML-RPC, run the command again with --protocol xmlrpc and the account&apos;s password (it is kept in the keychain or secrets file, as an application password would be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached through XML-RPC at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach the blog: rest (default) or xmlrpc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: author: is not sent: only an editor or administrator of the blog may give a post to another author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media takes list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is post or page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only comments of this type: comment, pingback or trackback (posts list: post or page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author: “%1” names several users of %2 (ids %3); write the id instead. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author: “%1” is not a user of %2 as Longhand last saw them (a login, a display name or an id; sync to learn new users). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; your unpublished changes are kept as local draft %1 (publishing it creates a new page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; page %1 moved to the local trash (restore it to publish it again as a new page).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::AccountService</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name and an application password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already connected as %2 (blog %3); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer application passwords. They need WordPress 5.6 or newer, and https (or a site set up for local development); a security plugin may have turned them off. Longhand can connect through XML-RPC with the account&apos;s password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to let Longhand sign in through its REST API (%2). Longhand can connect through XML-RPC with the account&apos;s password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is missing from the %2. Remove the blog and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::AddBlogDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for a keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer application passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Longhand in your browser, then come back here. If your blog says the URL must be served over a secure connection, use “Create a Password in the Browser” instead. (If no browser opened, visit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Longhand in your browser, then copy the password your blog shows into “Application password”, fill in your user name and press Connect. (If no browser opened, visit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says its API is at %2.

Longhand would send your application password to %3. Do that only if %3 belongs to your blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private file in your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect through XML-RPC?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not let Longhand sign in to its REST API with an application password.

Longhand can connect through XML-RPC instead, with the password you sign in to the blog with (or an application password, if the blog still accepts them). That password will be kept in the %2, as an application password would be, and sent only to the blog&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;XML-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password you sign in to your blog with and press Connect. It will be kept in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This blog refuses application passwords or its REST API, so Longhand signs in through XML-RPC with the password you sign in to the blog with (or an application password, where the blog still accepts them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::AvatarFetcher</name>
    <message>
        <source>Gravatar sent an empty image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::BlogStatusBar</name>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked since Longhand started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting (%1 failed)</source>
        <translation>
            <numerusform>%n waiting (%1 failed)</numerusform>
            <numerusform>%n waiting (%1 failed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) to publish, %1 moderation action(s) to send. Click to see them.</source>
        <translation>
            <numerusform>%n review to publish, %1 moderation action(s) to send. Click to see them.</numerusform>
            <numerusform>%n reviews to publish, %1 moderation action(s) to send. Click to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::BlogWorkflow</name>
    <message>
        <source>Cancelled; what waits stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a blog first (Blog ▸ Add Blog…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the blog for this review in its details (Blog), then publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved to the blog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published privately:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::BrowserAuthorization</name>
    <message>
        <source>Longhand was not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Longhand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog does not offer application passwords. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog refused the connection: application passwords are turned off for this blog or this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog refused the connection: “No, I do not approve” was chosen on its approval page. Nothing was added; try again or use an application password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::CannedRepliesEditor</name>
    <message>
        <source>Add Repl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned reply name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name to find it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer, as it goes into the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::CommentDetailPane</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment this one answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every comment on this post as a tree (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to comment #%1, which is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;de Thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::CommentQueueModel</name>
    <message>
        <source>To send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone from the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the blog; kept here for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change waits to be sent to the blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::CommentReplayer</name>
    <message>
        <source>The comment was edited on the blog meanwhile; the blog&apos;s text stands and your edit was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the blog to &quot;%1&quot; meanwhile; the blog&apos;s decision stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was deleted on the blog; your action was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::CommentThreadModel</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::CommenterCard</name>
    <message>
        <source>Commenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatars are not fetched: that would tell Gravatar whom you are looking at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier comment with this email address on this blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown, never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved, %2 pending, %3 spam, %4 trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email to go by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IP to go by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravatar (Settings ▸ Moderation turns avatars off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No avatar for this commenter (yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All blogs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Their Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every comment with this email address (or IP address) on every connected blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on %1 of %2 blogs: %3</source>
        <translation>
            <numerusform>%n comment on %1 of %2 blogs: %3</numerusform>
            <numerusform>%n comments on %1 of %2 blogs: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::ConvertToMarkdownDialog</name>
    <message>
        <source>Convert “%1” to Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every block of this post has a Markdown form. Published, the Markdown gives back the same %n block(s), with the same names and attributes (checked).</source>
        <translation>
            <numerusform>Every block of this post has a Markdown form. Published, the Markdown gives back the same %n block, with the same name and attributes (checked).</numerusform>
            <numerusform>Every block of this post has a Markdown form. Published, the Markdown gives back the same %n blocks, with the same names and attributes (checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every part of this post has a Markdown form. Published, the Markdown gives back the same %n block(s) of HTML (checked).</source>
        <translation>
            <numerusform>Every part of this post has a Markdown form. Published, the Markdown gives back the same %n block of HTML (checked).</numerusform>
            <numerusform>Every part of this post has a Markdown form. Published, the Markdown gives back the same %n blocks of HTML (checked).</numerusform>
        </translation>
    </message>
    <message>
        <source>Until it is published, Blog ▸ Back to HTML undoes the conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it is (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::CustomFieldsEditor</name>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list or a long text: change it in the review&apos;s file (front matter, meta:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s), kept as they are on the blog.</source>
        <translation>
            <numerusform>%n more field, kept as it is on the blog.</numerusform>
            <numerusform>%n more fields, kept as they are on the blog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::DraftListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, last changed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 on %3, last changed %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no blog chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not on the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the blog yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::DraftsSidebar</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new review (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the selected review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected review to the trash; it can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected review back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected review for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet. Press Ctrl+N to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this review for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show t&amp;rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the titles and texts of your reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the reviews with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Through &amp;Unreplied Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unreplied comment on this review, oldest first, with the review beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List posts, pages or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts and pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ExportController</name>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review(s) to %1.</source>
        <translation>
            <numerusform>Exported %n review to %1.</numerusform>
            <numerusform>Exported %n reviews to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review(s) to %1, but some files could not be written:</source>
        <translation>
            <numerusform>Exported %n review to %1, but some files could not be written:</numerusform>
            <numerusform>Exported %n reviews to %1, but some files could not be written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::ExportDialog</name>
    <message>
        <source>Export Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder for the Markdown files and their images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each review becomes a Markdown file with its metadata as front matter; the images it uses are copied beside it. Existing files of the same name are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::Exporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled after %1 of %2 reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::FileLink</name>
    <message>
        <source>“%1” is post %2 of its blog, which this profile has not synced yet: run longhand-cli sync, then publish again. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes made in Longhand that are not on the blog yet; publish or discard them there first. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on the blog after the file was written (it is from %2), and this profile does not have the version it was written from, so the two cannot be merged safely. Export it again (longhand-cli export) and make your edit there. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::FindReplaceBar</name>
    <message>
        <source>Wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>Replaced %n match</numerusform>
            <numerusform>Replaced %n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s certificate cannot be trusted: %1. Longhand will not connect to it until that is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog sent no HTTP answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the blog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or application password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account on the blog is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog does not have this (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog had an internal error (HTTP %1); Longhand will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand does not send your password to %1: it belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s answer was larger than %1; Longhand stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog redirected again and again; Longhand gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog took longer than %1 s to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog redirected to %1, which is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog redirected from https to plain http (%1); Longhand does not follow a redirect to an unencrypted address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog redirected to %1; Longhand does not send your password to another address than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog redirected to %1; Longhand asks only the blog itself for this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ImagePreparer</name>
    <message>
        <source>The image cannot be read; insert it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read (%1); insert it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be prepared for upload (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be prepared for upload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::KeyCheatSheet</name>
    <message>
        <source>Comment Queue Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys work while the comment list has the focus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::MainWindow</name>
    <message>
        <source>Moved to the trash. Tick “Show trash” to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand saves as you type; this saves at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spelling Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Longhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Longhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message>
        <source>Longhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Longhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: loading an image from another site tells that site you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Blog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring posts, categories, tags and media from every connected blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting to Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publications waiting for the network or for a decision: retry or discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Web Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this review with the version on the blog and merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no web changes to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged. Publish to send the merged version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and edit reviews (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate the blog&apos;s comments (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment &amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single keys moderate in the comment list (J, K, A, S, D, R, …; ? lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderation action waits for the blog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog refused a moderation action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) to moderate.</source>
        <translation>
            <numerusform>%n new comment to moderate.</numerusform>
            <numerusform>%n new comments to moderate.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Longhand %1&lt;/h3&gt;&lt;p&gt;Write film reviews offline in Markdown and run your WordPress blog from the desktop.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, cmark, hunspell, libgit2, gumbo, yaml-cpp and QtKeychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reviews as Markdown files with their images to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Remote &amp;Images in Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block list applies to comments from the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: kept among your drafts, with your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: moved to the trash here (restorable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) are no longer on the blog (deleted or moved to its trash on the web):</source>
        <translation>
            <numerusform>%n review is no longer on the blog (deleted or moved to its trash on the web):</numerusform>
            <numerusform>%n reviews are no longer on the blog (deleted or moved to its trash on the web):</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing one of them again creates a new post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this review to the blog with the status chosen in its metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing one of them again creates a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing one of them again creates a new post or page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::MarkdownEditor</name>
    <message>
        <source>Review text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your review in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab indents; Ctrl+Tab and Ctrl+Shift+Tab move to the next or previous field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post text (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::MediaLibraryDialog</name>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Featured Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or alt text, or a month (2026-12) or day (2026-12-07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the image at the cursor, with its alt text; it is not uploaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it the review&apos;s featured image; it is not uploaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images found. A sync brings the blog&apos;s media library into the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::MergeDialog</name>
    <message>
        <source>Merge Web Changes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version for this conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset to the Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was changed on the web while you edited it, in the same places (%n conflict(s)). Choose a version for each, or edit it, or edit the result. Nothing is sent until you publish.</source>
        <translation>
            <numerusform>“%1” was changed on the web while you edited it, in the same places (%n conflict). Choose a version for each, or edit it, or edit the result. Nothing is sent until you publish.</numerusform>
            <numerusform>“%1” was changed on the web while you edited it, in the same places (%n conflicts). Choose a version for each, or edit it, or edit the result. Nothing is sent until you publish.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was changed on the web while you edited it, in other places: both are in the result. Nothing is sent until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you &amp;began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yours (your changes marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &amp;web (its changes marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: yours, then the web&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Y&amp;ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Web&apos;&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Bot&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for this conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited the result itself: the choices above no longer change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text for this conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::MetadataPanel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Draft to Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;Privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the blog: image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the blog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s featured image (media %1); publishing keeps it unless you clear it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blog connected (Blog ▸ Add Blog…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a blog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is on %1; it stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog this review is published to; it can be changed until the review is first published there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (the blog&apos;s account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s user this post is by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an editor or administrator of the blog may give a post to another author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress does not let a password-protected post be sticky.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ModerationController</name>
    <message numerus="yes">
        <source>Unapproved %n comment(s).</source>
        <translation>
            <numerusform>Unapproved %n comment.</numerusform>
            <numerusform>Unapproved %n comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n comment(s).</source>
        <translation>
            <numerusform>Approved %n comment.</numerusform>
            <numerusform>Approved %n comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n comment(s) as spam.</source>
        <translation>
            <numerusform>Marked %n comment as spam.</numerusform>
            <numerusform>Marked %n comments as spam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n comment(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n comment to the trash.</numerusform>
            <numerusform>Moved %n comments to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n comment(s) for good.</source>
        <translation>
            <numerusform>Deleted %n comment for good.</numerusform>
            <numerusform>Deleted %n comments for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n comment(s).</source>
        <translation>
            <numerusform>Restored %n comment.</numerusform>
            <numerusform>Restored %n comments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved the comment and saved the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n comment(s) back as they were.</source>
        <translation>
            <numerusform>Undone: %n comment back as it was.</numerusform>
            <numerusform>Undone: %n comments back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the spam: %n comment(s) deleted for good.</source>
        <translation>
            <numerusform>Emptied the spam: %n comment deleted for good.</numerusform>
            <numerusform>Emptied the spam: %n comments deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the trash: %n comment(s) deleted for good.</source>
        <translation>
            <numerusform>Emptied the trash: %n comment deleted for good.</numerusform>
            <numerusform>Emptied the trash: %n comments deleted for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment and commenter edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ModerationView</name>
    <message>
        <source>J / K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapprove (back to pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply (a pending comment is approved first); Ctrl+Return sends, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last action (also Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark the comment (also Ctrl+click, Shift+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+A / Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve / unapprove the marked comments (or this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+S / Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam / trash the marked comments (or this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not spam / restore from the trash: the marked comments (or this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete, Shift+Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the whole thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this post&apos;s comments / all posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Enter or Esc goes back to the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1 (links in comments are not opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That comment is not in this list; change the filter to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve: publish the comment on the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unapprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapprove: back to pending, hidden from readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Spam / Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not spam, or restore from the trash: back to the status it had before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the comment (approves a pending one first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good, on the blog too (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the comments on this comment&apos;s post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark for a bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last moderation action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n comment(s) for good, on the blog too?</source>
        <translation>
            <numerusform>Delete %n comment for good, on the blog too?</numerusform>
            <numerusform>Delete %n comments for good, on the blog too?</numerusform>
        </translation>
    </message>
    <message>
        <source>Until it reaches the blog, Z can still take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here. Sync (F5) brings the blog&apos;s comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete for Good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only This Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+A / Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every comment in this list / unmark them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All in &amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every comment the filter lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark Ever&amp;ything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark every comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty S&amp;pam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every spam comment of this blog for good, on the blog too (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Tras&amp;h…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every comment in this blog&apos;s trash for good, on the blog too (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a blog in the filter first: emptying works on one blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spam to empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n spam comment(s) of %1 for good, on the blog too?</source>
        <translation>
            <numerusform>Delete the %n spam comment of %1 for good, on the blog too?</numerusform>
            <numerusform>Delete the %n spam comments of %1 for good, on the blog too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n comment(s) in the trash of %1 for good, on the blog too?</source>
        <translation>
            <numerusform>Delete the %n comment in the trash of %1 for good, on the blog too?</numerusform>
            <numerusform>Delete the %n comments in the trash of %1 for good, on the blog too?</numerusform>
        </translation>
    </message>
    <message>
        <source>Until they reach the blog, Z can still take them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the comment and the commenter&apos;s name, email and web address; Ctrl+Return saves, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Space, Alt+1…9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a reply: list the canned replies / insert canned reply 1…9 (Settings ▸ Moderation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreplied only: comments no user of the blog has answered yet / every comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine only: comments on your own posts / on every post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment type: every type, comments, pingbacks, trackbacks (in turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the comment&apos;s text and the commenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through the unreplied comments on this post, oldest first, with the post beside them; N or J goes on, Esc ends the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Through Unreplied Comments on This Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unreplied comment on this comment&apos;s post, oldest first, with the post beside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::OutboxDialog</name>
    <message>
        <source>Nothing is waiting: every change has reached its blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations waiting for the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this operation; the review itself stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit of %1&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1&apos;s comment for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s comment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this waiting operation? It will not be sent to the blog. The review itself stays as it is; a comment goes back to what the blog has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::PageFields</name>
    <message>
        <source>Parent page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page this page sits under on the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the page comes among its siblings (WordPress&apos;s menu order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s template for this page, as the blog has it; change it on the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress cannot turn a post into a page or back once it is on the blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post appears in the blog&apos;s stream; a page stands on its own (About, Contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::PendingNotifier</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) wait for moderation.</source>
        <translation>
            <numerusform>%n new comment waits for moderation.</numerusform>
            <numerusform>%n new comments wait for moderation.</numerusform>
        </translation>
    </message>
    <message>
        <source>New comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::PrePublishCheck</name>
    <message>
        <source>The image %1 has no alt text: describe it for readers who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points at your own machine: readers cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is hidden in a spoiler block but stands in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the %2 may give the story away; no spoiler block protects it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories not on the blog yet, created when this is published: %1. A misspelt name becomes a category of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags not on the blog yet, created when this is published: %1. A misspelt name becomes a tag of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::PrePublishDialog</name>
    <message>
        <source>Before Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to go where this is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look before this review goes out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image outside the media folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote image not loaded (View ▸ Load Remote Images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote image failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not loaded: only images in the media folder or on the web are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::Publisher</name>
    <message>
        <source>The image %1 is missing; insert it again or remove it from the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review needs a title before it can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was changed on the web since you began editing, in the same places as your edit (%n conflict(s)). Nothing was overwritten; sync to get the web version and merge.</source>
        <translation>
            <numerusform>“%1” was changed on the web since you began editing, in the same places as your edit (%n conflict). Nothing was overwritten; sync to get the web version and merge.</numerusform>
            <numerusform>“%1” was changed on the web since you began editing, in the same places as your edit (%n conflicts). Nothing was overwritten; sync to get the web version and merge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing was cancelled; what waits stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account on the blog may not publish “%1”. Set its status to Pending review and submit it for review instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” belongs to another post on the blog, so WordPress gave “%2” the address “%3”. The other post was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: yours “%2”, the web&apos;s “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to see whether an earlier upload of %1 reached the blog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to see whether an earlier attempt to publish “%1” reached the blog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” had been edited on the web; those edits were merged with yours and published. Your file does not have them: they are merged in again each time it is published, until you add them to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” had been edited on the web; those edits were merged with yours (as Markdown) and published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog did not keep the custom field(s) %1 of “%2”: it does not let Longhand write them. Everything else was published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::QueueFilterBar</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments of one blog or of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All blogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on one post (O: only the current comment&apos;s post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text, author, email, URL or IP  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the comments&apos; text, author, email, URL and IP (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only comments no user of the blog has answered yet (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only comments on your own posts (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments, pingbacks or trackbacks (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pingbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this commenter&apos;s comments, on every blog; click to list everyone&apos;s again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackbacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ReplyBox</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and send to the blog (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1; sending approves the comment (Ctrl+Return sends, Esc cancels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1 (Ctrl+Return sends, Esc cancels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the comment by %1 (Ctrl+Return saves, Esc cancels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commenter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commenter&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commenter&apos;s web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned replies: Ctrl+Space, or Alt+1…9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned replies yet: add them in Settings ▸ Moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no canned reply %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ReviewEditorWidget</name>
    <message>
        <source>Write your review in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review is open. Press Ctrl+N to start one, or pick one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spelling dictionary %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your post in HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post was written on the web: its HTML is edited as it is. Blog ▸ Convert to Markdown… offers Markdown where every block has a Markdown form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ReviewPass</name>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On to the next comment without acting on this one (N or J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the pass here and see what it did (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That comment is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every comment on “%1” has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unreplied comment(s) on “%1”</source>
        <translation>
            <numerusform>%n unreplied comment on “%1”</numerusform>
            <numerusform>%n unreplied comments on “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment %1 of %2 on “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the comment by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good: the comment by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: the comment by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(failed; tried again with the next sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is not on the blog yet: it has no comments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ReviewPassSummary</name>
    <message>
        <source>Review Pass Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreplied comments on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as spam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trashed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this pass waits to be sent: the blog has every action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of this pass wait to be sent to the blog (with the next sync):</source>
        <translation>
            <numerusform>%n action of this pass waits to be sent to the blog (with the next sync):</numerusform>
            <numerusform>%n actions of this pass wait to be sent to the blog (with the next sync):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>longhand::ReviewSession</name>
    <message>
        <source>This review is not saved yet, so it stays open; Longhand keeps trying to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s edits were merged into “%1” while you were typing, in the same places. Your text is kept; use Merge Web Changes to take theirs in before you publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved, so it was not sent; Longhand keeps trying to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ScreenshotTour</name>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window has no Comments page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out waiting for the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 step failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::SessionStatus</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 Longhand tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand stopped while showing the review that was open last time, so it was not reopened. Choose it in the list to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often every connected blog is synced in the background; 0 syncs only when you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me about &amp;new comments waiting for moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s theme (fetched, cleaned, cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s look comes from a copy kept in your profile (Blogs ▸ Fetch Now); the preview never loads anything from the web for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;remote images in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: loading an image from another site tells that site you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pelling language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;stylesheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One email or IP address a line; 192.168.1.* matches a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments with this many links or more are flagged (WordPress holds them at 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show commenters&apos; &amp;avatars (Gravatar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: fetching an avatar tells Gravatar whose comment you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked a&amp;ddresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag at &amp;links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block list flags comments in Longhand&apos;s queue; it applies from the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include in the &amp;periodic sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify about new comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this blog&apos;s &amp;theme in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the preview stylesheet is “The blog&apos;s theme”, reviews of this blog use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the theme&apos;s stylesheet from the blog&apos;s front page and keep a cleaned copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blog connected yet (Blog ▸ Add Blog…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme stylesheet kept from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme stylesheet fetched yet: the preview uses the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are scaled down to this longest edge before upload (WordPress itself scales anything larger than 2560 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep photo metadata (location, camera) in uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: Exif (GPS location, camera serial numbers), XMP and comments are removed from images before they are uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale &amp;images down to a longest edge of</source>
        <translation></translation>
    </message>
    <message>
        <source>Canned replies (Ctrl+Space or Alt+1…9 in a reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check a review before its first publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish reviews as &amp;blocks for the block editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: reviews are sent as one piece of HTML, which the block editor opens as a Classic block (for blogs using the Classic Editor plugin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected through XML-RPC (%1) with the account password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected through the REST API with an application password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images without alt text, links to this computer, words that give the story away, new categories and tags: shown before a review first goes out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; the next one continues where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Longhand (%1) is sending this profile&apos;s queue; what waits here goes when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will publish when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the web: merge first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 pages, %4 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::SyncSummaryButton</name>
    <message>
        <source>What the last sync changed in moderation; click for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Sync: Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) to moderate.</source>
        <translation>
            <numerusform>%n new comment to moderate.</numerusform>
            <numerusform>%n new comments to moderate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were refused by the blog; the comments show why.</source>
        <translation>
            <numerusform>%n action was refused by the blog; the comments show why.</numerusform>
            <numerusform>%n actions were refused by the blog; the comments show why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moderation action(s) still waiting to be sent.</source>
        <translation>
            <numerusform>%n moderation action still waiting to be sent.</numerusform>
            <numerusform>%n moderation actions still waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in moderation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::SyncSummaryCollector</name>
    <message numerus="yes">
        <source>%n new comment(s) to moderate</source>
        <translation>
            <numerusform>%n new comment to moderate</numerusform>
            <numerusform>%n new comments to moderate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web decision(s) kept over yours</source>
        <translation>
            <numerusform>%n web decision kept over yours</numerusform>
            <numerusform>%n web decisions kept over yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused</source>
        <translation>
            <numerusform>%n action refused</numerusform>
            <numerusform>%n actions refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n action waiting</numerusform>
            <numerusform>%n actions waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on “%2”: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ThemeStylesheetFetcher</name>
    <message>
        <source>A theme stylesheet is already being fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog has no web address to fetch its theme from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s front page names no theme stylesheet (no link under /wp-content/themes/ and no global styles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the theme stylesheet was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s stylesheet has nothing the preview can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::ThumbnailCache</name>
    <message>
        <source>Not downloaded yet; shown when the blog can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not on the blog&apos;s own address; Longhand does not fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s file is not an image Longhand can show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::WebPostActions</name>
    <message>
        <source>&amp;Convert to Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the HTML this post had before it was converted to Markdown (until it is published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a post written on the web (HTML) can be converted to Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether every block of this post has a Markdown form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every block of this post has a Markdown form: convert it, after seeing both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as HTML: these blocks have no Markdown form that gives them back unchanged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as HTML: this blog gets reviews as plain HTML (Settings ▸ Blogs, “Publish reviews as blocks for the block editor” is off), so the Markdown would lose the post&apos;s blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as HTML: each block has a Markdown form, but together they would read differently in Markdown (for instance two lists becoming one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post changed while it was being converted, so it stays HTML. Convert it again to see the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to Markdown. Until it is published, Blog ▸ Back to HTML undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the HTML “%1” had before it was converted? The Markdown, with any edit made since the conversion, is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to HTML, as the post was before its conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo: the post was published since its conversion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::WordPressClient</name>
    <message>
        <source>That is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a WordPress site with its REST API enabled (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says its API is at %2, another address. Longhand sends your password only to the blog&apos;s own address; confirm that %3 belongs to this blog to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand does not send your password to %1: the blog is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2; Longhand does not upload it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::XmlRpcBlogClient</name>
    <message>
        <source>%1 is connected through XML-RPC, which does not tell the blog&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected through XML-RPC, which cannot list items by their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected through XML-RPC, which cannot list that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand does not know the XML-RPC address of %1. Remove the blog and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC interface cannot write %1; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::XmlRpcTransport</name>
    <message>
        <source>%1 is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http, which would send your password unencrypted. Use https, or accept the risk for this blog explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand does not send your password to %1: the blog is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer came from %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::XmlRpcWordPress</name>
    <message>
        <source>%1 is larger than %2; Longhand does not upload it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::xmlrpc</name>
    <message>
        <source>the answer&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog refused: a wrong user name or password, or your account may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog does not have this (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was changed on the blog since Longhand last read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog could not read Longhand&apos;s XML-RPC call (fault %1); its server may lack PHP&apos;s xml extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog refused the request (XML-RPC fault %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says its API is at %2, another address. Longhand sends your password only to the blog&apos;s own address; confirm that %3 belongs to this blog to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer XML-RPC calls: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered system.listMethods with something else than a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC interface lacks %1; a plugin may have switched it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http, which would send your password unencrypted. Use https, or accept the risk for this blog explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: the answer&apos;s value should be an array, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a struct or an empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: the answer&apos;s value should be the new id, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: the options should hold software_version, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::xmlrpc::Fields</name>
    <message>
        <source>a struct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: %1 lacks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dateTime.iso8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: %1 should be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>longhand::xmlrpc::Reader</name>
    <message>
        <source>The blog&apos;s XML-RPC answer is not what WordPress sends: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is too large: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries a document type declaration (DTD), which XML-RPC never has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to the entity &amp;%1;, which XML-RPC never uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends in the middle (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s XML-RPC answer is not well-formed XML (line %1, column %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &quot;%1&quot; where an element belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than XML-RPC allows there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an element where text belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values nested deeper than %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mixes text and an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be a whole number that fits &lt;%2&gt;, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be a boolean (0 or 1), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be a finite number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be a date such as 20261207T12:00:00, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 of base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a struct holding something other than &lt;member&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is there twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an array holding something other than &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &lt;nil/&gt;, which WordPress never sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown type &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is declared as %1, not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a &lt;methodResponse&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its fault lacks a whole-number faultCode or a faultString</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &lt;methodResponse&gt; holds neither &lt;params&gt; nor &lt;fault&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something follows &lt;/methodResponse&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Longhand: write reviews offline and run your blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write screenshots of the editor, the comment queue and the merge view, made with sample content in a throwaway profile, into &lt;dir&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhand already has this profile open; that window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
