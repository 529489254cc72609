#include "core/sync/TextMerge.h"

#include <QLoggingCategory>

#include <git2.h>

#include <algorithm>
#include <limits>
#include <optional>

namespace longhand {

namespace {

// core/Logging.h has no sync category yet; this one uses the name it will have.
Q_LOGGING_CATEGORY(lcTextMerge, "longhand.sync")

constexpr int kMinMarkerSize = 32;
constexpr char16_t kMarkerChars[] = { u'<', u'|', u'=', u'>' };

bool libgit2Ready()
{
    // Thread-safe once-only initialisation; libgit2 stays initialised for the life of the process.
    static const int initCount = git_libgit2_init();
    return initCount > 0;
}

QString withLfEndings(const QString& text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return out;
}

// xdiff copies a last line that has no "\n" into a conflict with a "\n" added, which would lose the difference
// between "end\n" and "end". So a text without a final newline gets this mark (and a "\n") on its last line: the
// line still differs from the same words with a newline, and the mark is taken out of every piece of the result.
QString noEolMark(const QString& base, const QString& local, const QString& remote)
{
    for (int attempt = 0;; ++attempt) {
        QString mark = QStringLiteral("\uE000longhand-no-eol-%1\uE001").arg(attempt);
        if (!base.contains(mark) && !local.contains(mark) && !remote.contains(mark)) {
            return mark;
        }
    }
}

QByteArray mergeInput(const QString& text, const QString& mark)
{
    if (text.isEmpty() || text.endsWith(u'\n')) {
        return text.toUtf8();
    }
    return QString(text + mark + u'\n').toUtf8();
}

// Longer than any run of marker characters that starts a line of the texts, so that a marker line in the output
// can never be a line of the review (a setext heading "=====", a quoted ">>>>").
int markerSizeFor(const QList<const QString*>& texts)
{
    qsizetype longestRun = 0;
    for (const QString* text : texts) {
        bool lineStart = true;
        for (qsizetype i = 0; i < text->size(); ++i) {
            const QChar ch = text->at(i);
            if (lineStart
                && std::find(std::begin(kMarkerChars), std::end(kMarkerChars), ch.unicode())
                    != std::end(kMarkerChars)) {
                qsizetype run = 1;
                while (i + run < text->size() && text->at(i + run) == ch) {
                    ++run;
                }
                longestRun = std::max(longestRun, run);
                i += run - 1;
            }
            lineStart = ch == u'\n';
        }
    }
    return int(std::clamp<qsizetype>(longestRun + 1, kMinMarkerSize, std::numeric_limits<unsigned short>::max()));
}

struct MergeFileResult
{
    git_merge_file_result result {};
    ~MergeFileResult() { git_merge_file_result_free(&result); }
};

// The merge when libgit2 cannot do it: everything is one conflict, so nothing is lost.
MergeResult wholeTextConflict(const QString& base, const QString& local, const QString& remote)
{
    MergeResult result;
    result.clean = false;
    result.merged = local;
    result.hunks.append(MergeHunk { MergeHunk::Kind::Conflict, QString(), base, local, remote });
    return result;
}

MergeResult cleanResult(const QString& text)
{
    MergeResult result;
    result.merged = text;
    if (!text.isEmpty()) {
        result.hunks.append(MergeHunk { MergeHunk::Kind::Resolved, text, {}, {}, {} });
    }
    return result;
}

// Splits "git merge-file --diff3" output into hunks; nullopt if the markers do not nest as expected.
std::optional<QList<MergeHunk>> parseMergeOutput(const QString& output, int markerSize, const QString& noEol)
{
    enum class Section { Resolved, Local, Base, Remote };
    const auto markerOf = [markerSize](QStringView line) -> QChar {
        if (line.size() < markerSize || (line.size() > markerSize && line.at(markerSize) != u' ')) {
            return {};
        }
        const QChar ch = line.at(0);
        if (std::find(std::begin(kMarkerChars), std::end(kMarkerChars), ch.unicode()) == std::end(kMarkerChars)) {
            return {};
        }
        for (int i = 1; i < markerSize; ++i) {
            if (line.at(i) != ch) {
                return {};
            }
        }
        return ch;
    };

    QList<MergeHunk> hunks;
    Section section = Section::Resolved;
    MergeHunk current;
    const auto flushResolved = [&hunks, &current] {
        if (!current.text.isEmpty()) {
            hunks.append(current);
        }
        current = MergeHunk();
    };

    qsizetype pos = 0;
    while (pos < output.size()) {
        const qsizetype end = output.indexOf(u'\n', pos);
        const qsizetype next = end < 0 ? output.size() : end + 1;
        const QStringView line = QStringView(output).sliced(pos, (end < 0 ? output.size() : end) - pos);
        const QStringView lineWithEnd = QStringView(output).sliced(pos, next - pos);
        pos = next;

        const QChar marker = markerOf(line);
        if (section == Section::Resolved && marker == u'<') {
            flushResolved();
            current.kind = MergeHunk::Kind::Conflict;
            section = Section::Local;
        } else if (section == Section::Local && marker == u'|') {
            section = Section::Base;
        } else if ((section == Section::Local || section == Section::Base) && marker == u'=') {
            section = Section::Remote;
        } else if (section == Section::Remote && marker == u'>') {
            hunks.append(current);
            current = MergeHunk();
            section = Section::Resolved;
        } else if (!marker.isNull()) {
            return std::nullopt; // a marker out of place: do not guess
        } else {
            switch (section) {
            case Section::Resolved:
                current.text += lineWithEnd;
                break;
            case Section::Local:
                current.local += lineWithEnd;
                break;
            case Section::Base:
                current.base += lineWithEnd;
                break;
            case Section::Remote:
                current.remote += lineWithEnd;
                break;
            }
        }
    }
    if (section != Section::Resolved) {
        return std::nullopt;
    }
    flushResolved();

    const QString markLine = noEol + u'\n';
    for (MergeHunk& hunk : hunks) {
        for (QString* text : { &hunk.text, &hunk.base, &hunk.local, &hunk.remote }) {
            text->remove(markLine);
        }
    }
    return hunks;
}

} // namespace

int MergeResult::conflictCount() const
{
    return int(std::count_if(
        hunks.cbegin(), hunks.cend(), [](const MergeHunk& hunk) { return hunk.kind == MergeHunk::Kind::Conflict; }));
}

MergeResult mergeText(const QString& baseText, const QString& localText, const QString& remoteText)
{
    const QString base = withLfEndings(baseText);
    const QString local = withLfEndings(localText);
    const QString remote = withLfEndings(remoteText);

    if (local == remote || remote == base) {
        return cleanResult(local);
    }
    if (local == base) {
        return cleanResult(remote);
    }
    if (!libgit2Ready()) {
        qCWarning(lcTextMerge) << "libgit2 could not be initialised; the whole text is one conflict";
        return wholeTextConflict(base, local, remote);
    }

    const QString noEol = noEolMark(base, local, remote);
    const QByteArray baseUtf8 = mergeInput(base, noEol);
    const QByteArray localUtf8 = mergeInput(local, noEol);
    const QByteArray remoteUtf8 = mergeInput(remote, noEol);
    const int markerSize = markerSizeFor({ &base, &local, &remote });

    git_merge_file_input baseInput;
    git_merge_file_input localInput;
    git_merge_file_input remoteInput;
    git_merge_file_options options;
    if (git_merge_file_input_init(&baseInput, GIT_MERGE_FILE_INPUT_VERSION) < 0
        || git_merge_file_input_init(&localInput, GIT_MERGE_FILE_INPUT_VERSION) < 0
        || git_merge_file_input_init(&remoteInput, GIT_MERGE_FILE_INPUT_VERSION) < 0
        || git_merge_file_options_init(&options, GIT_MERGE_FILE_OPTIONS_VERSION) < 0) {
        return wholeTextConflict(base, local, remote);
    }
    baseInput.ptr = baseUtf8.constData();
    baseInput.size = size_t(baseUtf8.size());
    localInput.ptr = localUtf8.constData();
    localInput.size = size_t(localUtf8.size());
    remoteInput.ptr = remoteUtf8.constData();
    remoteInput.size = size_t(remoteUtf8.size());
    options.ancestor_label = "base";
    options.our_label = "local";
    options.their_label = "remote";
    options.favor = GIT_MERGE_FILE_FAVOR_NORMAL;
    options.flags = GIT_MERGE_FILE_STYLE_DIFF3;
    options.marker_size = static_cast<unsigned short>(markerSize);

    MergeFileResult merged;
    if (git_merge_file(&merged.result, &baseInput, &localInput, &remoteInput, &options) < 0) {
        const git_error* error = git_error_last();
        qCWarning(lcTextMerge) << "git_merge_file failed:" << (error && error->message ? error->message : "unknown");
        return wholeTextConflict(base, local, remote);
    }
    const QString output = QString::fromUtf8(merged.result.ptr, qsizetype(merged.result.len));
    const std::optional<QList<MergeHunk>> hunks = parseMergeOutput(output, markerSize, noEol);
    if (!hunks) {
        qCWarning(lcTextMerge) << "unexpected conflict markers in the merge output; the whole text is one conflict";
        return wholeTextConflict(base, local, remote);
    }

    MergeResult result;
    result.hunks = *hunks;
    result.clean = result.conflictCount() == 0;
    result.merged = resolveHunks(result.hunks, {});
    return result;
}

QString resolveHunks(const QList<MergeHunk>& hunks, const QList<ConflictChoice>& choices)
{
    QString out;
    qsizetype conflict = 0;
    for (const MergeHunk& hunk : hunks) {
        if (hunk.kind == MergeHunk::Kind::Resolved) {
            out += hunk.text;
            continue;
        }
        const ConflictChoice choice = conflict < choices.size() ? choices.at(conflict) : ConflictChoice();
        ++conflict;
        switch (choice.side) {
        case ConflictChoice::Side::Local:
            out += hunk.local;
            break;
        case ConflictChoice::Side::Remote:
            out += hunk.remote;
            break;
        case ConflictChoice::Side::Base:
            out += hunk.base;
            break;
        case ConflictChoice::Side::Custom:
            out += choice.custom;
            break;
        }
    }
    return out;
}

} // namespace longhand
