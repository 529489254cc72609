// longhand-cli: the command-line face of longhand_core, for scripting and for tests.
#include "CliContext.h"
#include "Commands.h"

#include "core/Logging.h"
#include "core/Profile.h"
#include "core/sync/OutboxLock.h"
#include "core/Version.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <QTranslator>

using namespace longhand;

namespace longhand {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text); // the context lupdate gives free tr() calls in namespace longhand
}

const char* const kUsage = R"(Commands:
  status                                   show the profile and its database
  account add --url URL --user NAME [--secret-store keychain|file] [--allow-insecure-http]
              [--accept-api-origin ORIGIN] [--protocol rest|xmlrpc]
                                           connect a blog; the password comes from LONGHAND_PASSWORD
                                           or standard input: an application password for rest (the
                                           default), the account password for xmlrpc (for blogs that
                                           refuse application passwords or REST: exit 5 says so). A
                                           blog whose API is on another address is refused (exit 3)
                                           unless that origin is given with --accept-api-origin
  account list|verify [--json]             connected blogs and how each is reached / sign in again
  account remove --site ID                 disconnect a blog and forget its password
  sync [--site ID]                         send queued publications and comment moderation, then pull
                                           posts, terms, media, users and comments into the cache
  posts list [--status STATUS|trash] [--type post|page] [--json]
                                           reviews in the cache (trash: the local trash), posts and
                                           pages unless --type says which
  media list [--site ID] [--search TEXT] [--json]
                                           the blogs' media libraries in the cache, newest upload
                                           first; --search matches title, file name and alt text
  publish FILE.md [--site ID] [--title T] [--category C]... [--tag T]... [--status S] [--date ISO8601]
          [--featured IMAGE] [--also-like TITLE] [--json]
                                           publish a Markdown file (front matter: title, slug, excerpt,
                                           status, date, categories, tags, featured; type: page with
                                           parent, menu_order, template makes a page); web edits made
                                           since are merged in as Markdown, a conflict stops it (exit 1)
  export DIR [--site ID]                   every review as Markdown (HTML for web-written ones) with
                                           front matter, and its images
  comments list [--site ID] [--status hold|approve|spam|trash|all] [--post ID] [--search TEXT]
                [--unreplied] [--mine] [--type comment|pingback|trackback] [--json]
                                           comments in the cache (every status, type and blog unless
                                           told otherwise); IDs are the blog's comment ids. Unreplied:
                                           no answer from a user of the blog yet; mine: on your posts
  comments show ID [--format html|text] [--json]
                                           one comment: the sanitized HTML the app shows, or its text
                                           with the commenter's history
  comments approve|unapprove|spam|unspam|trash|restore|delete ID...
                                           moderate in the cache and send it to the blog at once; what
                                           cannot be sent stays queued for the next sync
  comments reply ID (TEXT | -)             answer a comment (- reads the text from standard input);
                                           prints the reply's id on the blog
  comments edit ID [--author-name N] [--author-email E] [--author-url U] [--text T|-] [--json]
                                           change the commenter and the text, in the cache and on the
                                           blog at once; a field changed on the blog meanwhile keeps
                                           the blog's value
  comments empty-spam|empty-trash [--site ID] --yes [--json]
                                           delete a blog's whole spam or trash for good, on the blog
                                           too; without --yes says how many would go (exit 2))";

// In namespace longhand, so that lupdate files these strings under the "longhand" context tr() uses.
void addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("url"), tr("The blog's address."), QStringLiteral("URL")},
        {QStringLiteral("user"), tr("The user name on the blog."), QStringLiteral("NAME")},
        {QStringLiteral("secret-store"), tr("Where the password is kept: keychain (default) or file."), QStringLiteral("STORE")},
        {QStringLiteral("allow-insecure-http"), tr("Accept plain http to a host that is not this machine.")},
        {QStringLiteral("accept-api-origin"), tr("Send the password to this API address (https://host[:port]) although it is "
                                                 "not the blog's own."), QStringLiteral("ORIGIN")},
        {QStringLiteral("protocol"), tr("How to reach the blog: rest (default) or xmlrpc."), QStringLiteral("PROTOCOL")},
        {QStringLiteral("site"), tr("The blog to work on (see: account list)."), QStringLiteral("ID")},
        {QStringLiteral("status"), tr("A post status, or for comments: hold, approve, spam, trash or all."), QStringLiteral("STATUS")},
        {QStringLiteral("json"), tr("Print JSON.")},
        {QStringLiteral("title"), tr("The review's title (wins over the front matter)."), QStringLiteral("T")},
        {QStringLiteral("category"), tr("A category (repeatable)."), QStringLiteral("C")},
        {QStringLiteral("tag"), tr("A tag (repeatable)."), QStringLiteral("T")},
        {QStringLiteral("date"), tr("Publication date, ISO 8601; a future date schedules."), QStringLiteral("ISO8601")},
        {QStringLiteral("featured"), tr("The featured image."), QStringLiteral("IMAGE")},
        {QStringLiteral("also-like"), tr("The title of another review for the closing “you may also like” line."), QStringLiteral("TITLE")},
        {QStringLiteral("post"), tr("Only the comments of this post (its id on the blog)."), QStringLiteral("ID")},
        {QStringLiteral("search"), tr("Only the comments whose text, author, email, URL or IP match (media list: the items whose title, file name or alt text match)."), QStringLiteral("TEXT")},
        {QStringLiteral("format"), tr("How comments show prints the comment: text (default) or html."), QStringLiteral("FORMAT")},
        {QStringLiteral("yes"), tr("Do it without asking (comments empty-spam, empty-trash).")},
        {QStringLiteral("unreplied"), tr("Only the comments no user of the blog has answered yet.")},
        {QStringLiteral("mine"), tr("Only the comments on your own posts.")},
        {QStringLiteral("type"), tr("Only comments of this type: comment, pingback or trackback (posts list: post or page)."), QStringLiteral("TYPE")},
        {QStringLiteral("author-name"), tr("The commenter's name (comments edit)."), QStringLiteral("N")},
        {QStringLiteral("author-email"), tr("The commenter's email address (comments edit)."), QStringLiteral("E")},
        {QStringLiteral("author-url"), tr("The commenter's web address (comments edit)."), QStringLiteral("U")},
        {QStringLiteral("text"), tr("The comment's new text, or - to read it from standard input (comments edit)."),
         QStringLiteral("T")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see above)."));
}

// The status command's lines.
QString statusText(const Profile& profile, int schema)
{
    return tr("Profile: %1").arg(profile.rootPath()) + QLatin1Char('\n')
        + tr("Database: %1 (schema %2)").arg(profile.databasePath()).arg(schema);
}

} // namespace
} // namespace longhand

// How long a command that sends waits for another sender of the same profile to finish.
constexpr int kOutboxWaitMs = 5 * 60 * 1000;

int main(int argc, char* argv[])
{
    Profile::makeProcessPrivate(); // before anything can create a file in the profile
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("longhand"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    // Progress and results go to the terminal; the library's info logging stays quiet here.
    QLoggingCategory::setFilterRules(QStringLiteral("longhand.*.info=false\nlonghand.*.debug=false"));
    // The system's language, as in the app; English (which holds the plural forms) otherwise.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("longhand"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("longhand_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("longhand", "Longhand command-line tool: works on the same offline cache as the Longhand app.") +
                                     QStringLiteral("\n\n") + QString::fromUtf8(kUsage));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(Profile::commandLineOption());
    addOptions(parser);
    parser.process(app);

    const Profile profile = Profile::fromOption(parser.value(Profile::commandLineOption()));
    if (auto ok = profile.ensureExists(); !ok) {
        QTextStream(stderr) << ok.error().message << Qt::endl;
        return 1;
    }
    // Open (and migrate) before anything else so a refused database fails with its own message.
    {
        auto database = Database::open(profile.databasePath(), -1, [](int from, int to) {
            // A large cache's upgrade takes a while (a minute or more at a million comments): said before it starts.
            QTextStream(stderr) << tr("Upgrading the cache from schema %1 to %2; a large cache takes a minute or more…")
                                       .arg(from)
                                       .arg(to)
                                << Qt::endl;
        });
        if (!database) {
            QTextStream(stderr) << database.error().message << Qt::endl;
            return 1;
        }
        const QString command = parser.positionalArguments().value(0, QStringLiteral("status"));
        if (command == QLatin1String("status")) {
            QTextStream(stdout) << statusText(profile, (*database)->schemaVersion()) << Qt::endl;
            return 0;
        }
    }

    const QString command = parser.positionalArguments().value(0);
    // One sender per profile: these commands may send the outbox, so they hold the profile's outbox lock
    // for the whole run; a second run (or the app) waits instead of sending the same entry again.
    OutboxLock outbox(profile.rootPath());
    if (command == QLatin1String("sync") || command == QLatin1String("publish") || command == QLatin1String("comments")) {
        if (!outbox.tryLock(0)) {
            QTextStream(stderr) << QCoreApplication::translate("longhand", "Waiting for another Longhand (%1) to finish "
                                                                            "sending this profile's queue…")
                                       .arg(outbox.holder())
                                << Qt::endl;
            if (!outbox.tryLock(kOutboxWaitMs)) {
                QTextStream(stderr) << QCoreApplication::translate("longhand", "Another Longhand (%1) is still sending this "
                                                                                "profile's queue; nothing was done. Try again "
                                                                                "when it has finished.")
                                           .arg(outbox.holder())
                                    << Qt::endl;
                return 1;
            }
        }
    }
    CliContext context(parser, profile);
    QTimer::singleShot(0, &app, [&context, command] {
        if (command == QLatin1String("account")) {
            runAccountCommand(context);
        } else if (command == QLatin1String("sync")) {
            runSyncCommand(context);
        } else if (command == QLatin1String("posts")) {
            runPostsCommand(context);
        } else if (command == QLatin1String("publish")) {
            runPublishCommand(context);
        } else if (command == QLatin1String("export")) {
            runExportCommand(context);
        } else if (command == QLatin1String("comments")) {
            runCommentsCommand(context);
        } else if (command == QLatin1String("media")) {
            runMediaCommand(context);
        } else {
            context.fail(QCoreApplication::translate("longhand", "Unknown command: %1 (see --help)").arg(command), 2);
        }
    });
    const int code = app.exec();
    return code;
}
