#pragma once

#include "core/domain/Post.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace longhand {

// What a writer should look at before a review goes out (issue 15, item 7; the core of the check, without its
// screen yet): images without alt text, links that point at the writer's own machine, and spoiler lint — a name
// the review hides inside a spoiler block, or a word such as "ending", "twist" or "dies", standing in the title,
// slug, excerpt, tags or an image's alt text, where no spoiler block protects it. Spoiler lint applies to a review
// with a spoiler block or filed under film (a category or tag naming film, movie, cinema or Kino).
struct PrePublishFinding
{
    enum class Kind { ImageWithoutAlt, LocalLink, SpoilerOutside, NewTerm };
    // Where it is fixed (an image's alt text: in the text).
    enum class Where { Text, Title, Slug, Excerpt, Tags, Categories };
    Kind kind = Kind::ImageWithoutAlt;
    QString subject; // the image's address, the link, the name or word that gives something away, the new term
    QString field;   // SpoilerOutside: where it stands ("title", "slug", "excerpt", "tags", "image alt text")
    QString message; // a sentence for the writer
    Where where = Where::Text;

    bool operator==(const PrePublishFinding&) const = default;
};

class PrePublishCheck final
{
    Q_DECLARE_TR_FUNCTIONS(longhand::PrePublishCheck)

public:
    // Markdown reviews only: a web post's HTML is the web's, and yields nothing.
    static QList<PrePublishFinding> run(const Post& post);

    // The review's categories and tags the blog does not have yet (publishing creates them there), compared as
    // WordPress compares names: trimmed, case-insensitive. One finding per taxonomy, its subject the first name.
    static QList<PrePublishFinding> newTerms(const Post& post, const QStringList& blogCategories, const QStringList& blogTags);
    static QStringList missingFrom(const QStringList& names, const QStringList& blogNames);

    // localhost, 127.x.x.x, [::1], 0.0.0.0, *.localhost, *.local, file: and absolute paths of this machine.
    static bool pointsAtThisMachine(const QString& address);
};

} // namespace longhand
