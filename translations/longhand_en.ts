<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
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
        <source>Match &amp;case</source>
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
        <source>R&amp;eplace:</source>
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
        <source>&amp;Title:</source>
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
        <source>S&amp;lug:</source>
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
        <source>Sc&amp;hedule:</source>
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
        <source>You may also &amp;like:</source>
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
</context>
<context>
    <name>ReviewLibrary</name>
    <message>
        <source> (copy)</source>
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
    <name>cli</name>
    <message>
        <source>Longhand command-line tool: works on the same offline cache as the Longhand app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: show the profile and its database.</source>
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
        <source>Unknown command: %1 (see --help)</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>longhand::DraftsSidebar</name>
    <message>
        <source>Show &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>longhand::MainWindow</name>
    <message>
        <source>Moved to the trash. Tick “Show trash” to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
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
        <source>&lt;h3&gt;Longhand %1&lt;/h3&gt;&lt;p&gt;Write film reviews offline in Markdown and run your WordPress blog from the desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2, cmark and hunspell.&lt;/p&gt;</source>
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
        <source>Load &amp;Remote Images in Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: loading an image from another site tells that site you are reading</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Longhand: write reviews offline and run your blog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
