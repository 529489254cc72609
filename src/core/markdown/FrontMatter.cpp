#include "core/markdown/FrontMatter.h"

#include "core/domain/Post.h"
#include "core/markdown/FrontMatterOptions.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <sstream>
#include <string>
#include <vector>

namespace longhand {

using frontmatter::quoted;
using frontmatter::quotedList;

namespace {

// The YAML text starts on the line after the opening "---".
constexpr int kFirstYamlLine = 2;
// Front matter holds a handful of keys; anything this large is a mistake (or hostile), not metadata.
constexpr qsizetype kMaxFrontMatterChars = 1024 * 1024;
// yaml-cpp parses nested collections recursively. 0.7 gives up at 500 levels, which still costs a few hundred KB
// of stack on any thread we run on; Longhand's keys need two levels (a list in the mapping), and front matter of
// other tools rarely more than four, so anything past this is refused before yaml-cpp sees it.
constexpr int kMaxNesting = 32;

const QString kSyntaxHint = QStringLiteral(
    "Write one \"key: value\" per line, and put a value in double quotes if it contains \": \" or \" #\" "
    "or starts with a character such as - [ { # & * ! | > ' \" % @ or `.");

Error frontMatterError(int line, const QString& what)
{
    return Error::make(
        Error::Code::InvalidInput, QStringLiteral("Front matter, line %1: %2").arg(QString::number(line), what));
}

QString normalizedText(const QString& input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

bool isDelimiter(QStringView line, bool closing)
{
    while (!line.isEmpty() && (line.back() == u' ' || line.back() == u'\t')) {
        line.chop(1);
    }
    return line == QLatin1String("---") || (closing && line == QLatin1String("..."));
}

bool isBlank(QChar ch)
{
    return ch == u' ' || ch == u'\t';
}

bool isFlowIndicator(QChar ch)
{
    return ch == u',' || ch == u'[' || ch == u']' || ch == u'{' || ch == u'}';
}

// What a quick look at the YAML text finds before yaml-cpp parses it. Line indexes are 0-based, -1 = none.
struct YamlScan
{
    qsizetype tooDeepLine = -1; // the first line that nests past kMaxNesting
    qsizetype openQuoteLine = -1; // where a quote that is never closed starts (yaml-cpp accepts those)
    qsizetype openBracketLine = -1; // where the outermost "[" or "{" that is never closed is
};

// A conservative estimate of how deeply the YAML nests collections, from its indentation, compact "- - a"
// entries and flow brackets outside quotes, comments and block scalars. It never needs to be exact: it only has
// to see every level a legitimate document has, and it must not be fooled into missing thousands of brackets.
YamlScan scanYaml(const QList<QStringView>& lines)
{
    YamlScan scan;
    int flowDepth = 0;
    int blockDepth = 0;
    QChar quote; // the open quote of a quoted scalar, which may span lines
    qsizetype quoteLine = -1;
    qsizetype blockScalarIndent = -1; // indentation of the line that opened a "|" or ">" scalar
    std::vector<qsizetype> indents;
    std::vector<qsizetype> bracketLines;

    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QStringView line = lines.at(index);
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == u' ') {
            ++indent;
        }
        qsizetype pos = indent;
        while (pos < line.size() && isBlank(line.at(pos))) {
            ++pos;
        }
        const bool blank = pos == line.size();
        if (blockScalarIndent >= 0) {
            if (blank || indent > blockScalarIndent) {
                continue; // text of the block scalar
            }
            blockScalarIndent = -1;
        }

        if (quote.isNull() && flowDepth == 0) {
            if (blank || line.at(pos) == u'#') {
                continue;
            }
            while (!indents.empty() && indents.back() >= indent) {
                indents.pop_back();
            }
            indents.push_back(indent);
            blockDepth = int(indents.size());
            // Each compact indicator ("- - a", "? a", ": a") opens a level without a new line.
            pos = indent;
            while (pos < line.size() && (line.at(pos) == u'-' || line.at(pos) == u'?' || line.at(pos) == u':')
                && (pos + 1 == line.size() || isBlank(line.at(pos + 1)))) {
                ++blockDepth;
                ++pos;
                while (pos < line.size() && isBlank(line.at(pos))) {
                    ++pos;
                }
            }
            if (blockDepth > kMaxNesting) {
                scan.tooDeepLine = index;
                return scan;
            }
        } else {
            pos = 0;
        }

        bool inPlain = false;
        for (; pos < line.size(); ++pos) {
            const QChar ch = line.at(pos);
            const bool followedByBlank = pos + 1 == line.size() || isBlank(line.at(pos + 1));
            if (!quote.isNull()) {
                if (quote == u'"' && ch == u'\\') {
                    ++pos;
                } else if (ch == quote) {
                    if (quote == u'\'' && pos + 1 < line.size() && line.at(pos + 1) == u'\'') {
                        ++pos; // '' is an escaped quote
                    } else {
                        quote = QChar();
                    }
                }
                continue;
            }
            if (ch == u'#' && (pos == 0 || isBlank(line.at(pos - 1)))) {
                break; // comment
            }
            if (inPlain) {
                if (ch == u':' && followedByBlank) {
                    inPlain = false;
                } else if (flowDepth > 0 && isFlowIndicator(ch)) {
                    inPlain = false;
                    --pos; // let the indicator be handled below
                }
                continue;
            }
            if (isBlank(ch)) {
                continue;
            }
            switch (ch.unicode()) {
            case u'"':
            case u'\'':
                quote = ch;
                quoteLine = index;
                break;
            case u'[':
            case u'{':
                ++flowDepth;
                bracketLines.push_back(index);
                if (blockDepth + flowDepth > kMaxNesting) {
                    scan.tooDeepLine = index;
                    return scan;
                }
                break;
            case u']':
            case u'}':
                if (flowDepth > 0) {
                    --flowDepth;
                    bracketLines.pop_back();
                }
                break;
            case u',':
                break;
            case u'|':
            case u'>':
                if (flowDepth == 0) {
                    blockScalarIndent = indent;
                    pos = line.size(); // the rest is the block scalar header
                } else {
                    inPlain = true;
                }
                break;
            case u'!':
            case u'&':
            case u'*':
                // A tag, an anchor or an alias: a word that precedes (or replaces) the value.
                while (pos + 1 < line.size() && !isBlank(line.at(pos + 1))
                    && !(flowDepth > 0 && isFlowIndicator(line.at(pos + 1)))) {
                    ++pos;
                }
                break;
            case u'-':
            case u'?':
            case u':':
                if (!followedByBlank) {
                    inPlain = true;
                }
                break;
            default:
                inPlain = true;
            }
        }
    }
    if (!quote.isNull()) {
        scan.openQuoteLine = quoteLine;
    }
    if (!bracketLines.empty()) {
        scan.openBracketLine = bracketLines.front();
    }
    return scan;
}

// The line of a "---" or "..." that yaml-cpp takes as the start or end of another document.
qsizetype documentMarkerLine(const QList<QStringView>& lines)
{
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QStringView line = lines.at(index);
        if ((line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String("...")))
            && (line.size() == 3 || isBlank(line.at(3)))) {
            return index;
        }
    }
    return -1;
}

// Only notes where each YAML document starts; YAML::Load builds the tree.
class DocumentStarts final : public YAML::EventHandler
{
public:
    std::vector<YAML::Mark> marks;

    void OnDocumentStart(const YAML::Mark& mark) override { marks.push_back(mark); }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }
};

int fileLine(const YAML::Mark& mark, int fallback)
{
    return mark.line >= 0 ? mark.line + kFirstYamlLine : fallback;
}

QString fromYaml(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// One "key: value" entry of the mapping, with what an error message needs.
struct Entry
{
    QString key;
    YAML::Node value;
    int keyLine = 0;
    int line = 0; // of the value if it has one, else of the key
};

QString kindOf(const YAML::Node& node)
{
    if (node.IsSequence()) {
        return QStringLiteral("a list");
    }
    if (node.IsMap()) {
        return QStringLiteral("a set of key: value pairs");
    }
    return QStringLiteral("an unreadable value");
}

Status readText(const Entry& entry, std::optional<QString>& out)
{
    if (entry.value.IsNull()) {
        out.reset();
        return {};
    }
    if (!entry.value.IsScalar()) {
        return frontMatterError(entry.line,
            QStringLiteral("\"%1\" must be a single piece of text, but it is %2. "
                           "If the text contains brackets or commas, put it in "
                           "double quotes.")
                .arg(entry.key, kindOf(entry.value)));
    }
    out = fromYaml(entry.value.Scalar());
    return {};
}

Status readList(const Entry& entry, std::optional<QStringList>& out)
{
    if (entry.value.IsNull()) {
        out.reset();
        return {};
    }
    if (entry.value.IsScalar()) {
        out = QStringList { fromYaml(entry.value.Scalar()) };
        return {};
    }
    if (!entry.value.IsSequence()) {
        return frontMatterError(entry.line,
            QStringLiteral("\"%1\" must be a list such as [one, two], but it is %2.")
                .arg(entry.key, kindOf(entry.value)));
    }
    QStringList items;
    items.reserve(qsizetype(entry.value.size()));
    int position = 0;
    for (const YAML::Node& item : entry.value) {
        ++position;
        if (item.IsNull()) {
            // yaml-cpp marks an empty entry where the next one starts, so name the key's line instead.
            return frontMatterError(entry.keyLine,
                QStringLiteral("entry %1 of \"%2\" is empty; remove it or write a name.")
                    .arg(QString::number(position), entry.key));
        }
        if (!item.IsScalar()) {
            return frontMatterError(fileLine(item.Mark(), entry.line),
                QStringLiteral("entry %1 of \"%2\" must be a name, but it is %3.")
                    .arg(QString::number(position), entry.key, kindOf(item)));
        }
        items.append(fromYaml(item.Scalar()));
    }
    out = std::move(items);
    return {};
}

// ISO 8601 as people write it in front matter: a date, optionally a time ("T" or spaces between), optionally
// seconds and a fraction, optionally "Z" or an offset.
std::optional<QDateTime> parseDate(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                       "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
                       "[ \\t]*(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const auto number = [&match](int group) { return match.captured(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    QTime time(0, 0);
    if (match.hasCaptured(4)) {
        int msecs = 0;
        if (match.hasCaptured(7)) {
            msecs = match.captured(7).left(3).leftJustified(3, u'0').toInt();
        }
        time = QTime(number(4), number(5), match.hasCaptured(6) ? number(6) : 0, msecs);
    }
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    QDateTime result;
    if (match.hasCaptured(8)) {
        result = QDateTime(date, time, QTimeZone::utc());
    } else if (match.hasCaptured(9)) {
        const int hours = number(10);
        const int minutes = match.hasCaptured(11) ? number(11) : 0;
        if (hours > 14 || minutes > 59) {
            return std::nullopt;
        }
        const int sign = match.captured(9) == QLatin1String("-") ? -1 : 1;
        result = QDateTime(date, time, QTimeZone(sign * (hours * 3600 + minutes * 60)));
    } else {
        result = QDateTime(date, time); // local time, as the writer's clock shows it
    }
    if (!result.isValid()) {
        return std::nullopt;
    }
    // Kept and written back in UTC with a four-digit year: a zone must not push the date outside 0001-9999,
    // where Qt writes no ISO date at all and the date would be lost on the way back.
    const QDateTime utc = result.toUTC();
    if (utc.date().year() < 1 || utc.date().year() > 9999) {
        return std::nullopt;
    }
    return utc;
}

Status readDate(const Entry& entry, std::optional<QDateTime>& out)
{
    std::optional<QString> text;
    if (Status status = readText(entry, text); !status) {
        return status;
    }
    if (!text) {
        out.reset();
        return {};
    }
    const std::optional<QDateTime> date = parseDate(*text);
    if (!date) {
        return frontMatterError(entry.line,
            QStringLiteral("\"%1\" is not a date Longhand can read; write it as "
                           "2024-05-17, 2024-05-17 20:30 or "
                           "2024-05-17T20:30:00+02:00.")
                .arg(*text));
    }
    out = date;
    return {};
}

Status readId(const Entry& entry, std::optional<qint64>& out)
{
    std::optional<QString> text;
    if (Status status = readText(entry, text); !status) {
        return status;
    }
    if (!text) {
        out.reset();
        return {};
    }
    bool ok = false;
    const qint64 id = text->trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        return frontMatterError(entry.line,
            QStringLiteral("%1 is a number the blog gave (such as 42), not \"%2\".").arg(entry.key, *text));
    }
    out = id;
    return {};
}

Status readStatus(const Entry& entry, std::optional<QString>& out)
{
    std::optional<QString> text;
    if (Status status = readText(entry, text); !status) {
        return status;
    }
    if (!text) {
        out.reset();
        return {};
    }
    const std::optional<PostStatus> status = postStatusFromString(text->trimmed().toLower());
    if (!status) {
        return frontMatterError(entry.line,
            QStringLiteral("the status \"%1\" is not one WordPress knows; use draft, "
                           "pending, private, publish or future.")
                .arg(*text));
    }
    out = postStatusToString(*status);
    return {};
}

Status readMapping(const YAML::Node& root, FrontMatter& meta)
{
    QHash<QString, int> seen; // key -> line
    // By value: yaml-cpp's iterators hand out temporaries, and a reference into it->first would dangle.
    for (const auto& pair : root) {
        const YAML::Node keyNode = pair.first;
        const YAML::Node value = pair.second;
        const int keyLine = fileLine(keyNode.Mark(), kFirstYamlLine);
        if (!keyNode.IsScalar()) {
            return frontMatterError(keyLine,
                QStringLiteral("a key must be a plain name such as title, but this one "
                               "is %1.")
                    .arg(keyNode.IsNull() ? QStringLiteral("missing") : kindOf(keyNode)));
        }
        Entry entry { fromYaml(keyNode.Scalar()), value, keyLine, keyLine };
        if (value.IsDefined() && !value.IsNull()) {
            entry.line = fileLine(value.Mark(), keyLine);
        }
        if (const auto previous = seen.constFind(entry.key); previous != seen.constEnd()) {
            return frontMatterError(keyLine,
                QStringLiteral("\"%1\" is already set on line %2; keep only one of them.")
                    .arg(entry.key, QString::number(*previous)));
        }
        seen.insert(entry.key, keyLine);

        Status status;
        if (entry.key == QLatin1String("title")) {
            status = readText(entry, meta.title);
        } else if (entry.key == QLatin1String("slug")) {
            status = readText(entry, meta.slug);
        } else if (entry.key == QLatin1String("excerpt")) {
            status = readText(entry, meta.excerpt);
        } else if (entry.key == QLatin1String("featured")) {
            status = readText(entry, meta.featured);
        } else if (entry.key == QLatin1String("status")) {
            status = readStatus(entry, meta.status);
        } else if (entry.key == QLatin1String("date")) {
            status = readDate(entry, meta.date);
        } else if (entry.key == QLatin1String("categories")) {
            status = readList(entry, meta.categories);
        } else if (entry.key == QLatin1String("tags")) {
            status = readList(entry, meta.tags);
        } else if (entry.key == QLatin1String("blog")) {
            status = readText(entry, meta.blog);
        } else if (entry.key == QLatin1String("id")) {
            status = readId(entry, meta.id);
        } else if (entry.key == QLatin1String("featured_media")) {
            status = readId(entry, meta.featuredMedia);
        } else if (entry.key == QLatin1String("modified")) {
            status = readDate(entry, meta.modified);
        } else if (auto option = frontmatter::readOption(entry.key, entry.value, entry.line, meta)) {
            status = *option;
        } else {
            meta.unknownKeys.append(entry.key);
        }
        if (!status) {
            return status;
        }
    }
    return {};
}

Status parseYaml(const QString& yaml, int closingLine, FrontMatter& meta)
{
    const QList<QStringView> lines = QStringView(yaml).split(u'\n');
    const YamlScan scan = scanYaml(lines);
    if (scan.tooDeepLine >= 0) {
        return frontMatterError(int(scan.tooDeepLine) + kFirstYamlLine,
            QStringLiteral("the values are nested more than %1 levels deep; front matter only "
                           "needs text and lists of text.")
                .arg(kMaxNesting));
    }
    if (scan.openQuoteLine >= 0) {
        return frontMatterError(int(scan.openQuoteLine) + kFirstYamlLine,
            QStringLiteral("a quote that starts on this line is never closed; end the value with "
                           "the same quote mark it starts with."));
    }

    const auto clampLine = [closingLine](int line) { return std::clamp(line, kFirstYamlLine, closingLine); };
    try {
        const std::string utf8 = yaml.toStdString();
        // Never YAML::LoadAll: on text it cannot start a document with (a stray ",") it loops forever, adding
        // empty documents. YAML::Load stops after one document and silently ignores such text, so a first pass
        // checks that exactly one document uses up the whole text.
        std::istringstream stream(utf8);
        YAML::Parser parser(stream);
        DocumentStarts starts;
        parser.HandleNextDocument(starts);
        if (parser.HandleNextDocument(starts)) {
            if (const qsizetype marker = documentMarkerLine(lines); marker >= 0) {
                return frontMatterError(int(marker) + kFirstYamlLine,
                    QStringLiteral("a second YAML document starts here; the front matter must be "
                                   "one block of key: value lines."));
            }
            return frontMatterError(clampLine(fileLine(starts.marks.back(), kFirstYamlLine)),
                QStringLiteral("this is not valid YAML (text where a new key should start). %1").arg(kSyntaxHint));
        }

        const YAML::Node root = YAML::Load(utf8);
        if (root.IsNull()) {
            return {}; // empty, or only comments
        }
        if (!root.IsMap()) {
            return frontMatterError(clampLine(fileLine(root.Mark(), kFirstYamlLine)),
                QStringLiteral("the front matter must be key: value lines such as "
                               "title: \"Alien\", but it is %1.")
                    .arg(root.IsScalar() ? QStringLiteral("plain text") : kindOf(root)));
        }
        return readMapping(root, meta);
    } catch (const YAML::Exception& e) {
        if (scan.openBracketLine >= 0) {
            // yaml-cpp notices at the end of the text; the writer needs the line the list starts on.
            return frontMatterError(int(scan.openBracketLine) + kFirstYamlLine,
                QStringLiteral("a list or mapping that starts on this line with [ or { is never "
                               "closed (%1); end it with ] or }.")
                    .arg(fromYaml(e.msg)));
        }
        return frontMatterError(clampLine(fileLine(e.mark, kFirstYamlLine)),
            QStringLiteral("this is not valid YAML (%1). %2").arg(fromYaml(e.msg), kSyntaxHint));
    } catch (const std::exception& e) {
        return frontMatterError(kFirstYamlLine - 1,
            QStringLiteral("the front matter could not be read (%1).").arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace

Result<MarkdownDocument> parseMarkdownDocument(const QString& input)
{
    const QString text = normalizedText(input);
    MarkdownDocument document;

    const qsizetype firstEnd = text.indexOf(u'\n');
    if (!isDelimiter(QStringView(text).left(firstEnd < 0 ? text.size() : firstEnd), false)) {
        document.body = text;
        return document;
    }

    const qsizetype yamlStart = firstEnd < 0 ? text.size() : firstEnd + 1;
    qsizetype pos = yamlStart;
    int lineNumber = kFirstYamlLine;
    qsizetype yamlEnd = -1;
    qsizetype bodyStart = -1;
    while (pos < text.size()) {
        const qsizetype end = text.indexOf(u'\n', pos);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        if (isDelimiter(QStringView(text).sliced(pos, (end < 0 ? text.size() : end) - pos), true)) {
            yamlEnd = pos;
            bodyStart = next;
            break;
        }
        pos = next;
        ++lineNumber;
    }
    if (yamlEnd < 0) {
        return frontMatterError(1,
            QStringLiteral("the front matter that starts here is never closed. Add a line "
                           "with --- after its last key (or, if the review starts with a "
                           "horizontal rule, put a blank line before it)."));
    }

    const QString yaml = text.sliced(yamlStart, yamlEnd - yamlStart);
    if (yaml.size() > kMaxFrontMatterChars) {
        return frontMatterError(1,
            QStringLiteral("the front matter runs to line %1 and is over 1 MB; keep it to the "
                           "review's details and move long text into the body.")
                .arg(lineNumber));
    }
    if (Status status = parseYaml(yaml, lineNumber, document.meta); !status) {
        return status.error();
    }

    document.body = text.sliced(bodyStart);
    if (document.body.startsWith(u'\n')) {
        document.body.remove(0, 1); // the blank line that separates the block from the text
    }
    return document;
}

QString writeMarkdownDocument(const FrontMatter& meta, const QString& body)
{
    QString out = QStringLiteral("---\n");
    const auto writeText = [&out](QLatin1String key, const std::optional<QString>& value) {
        if (value) {
            out += key + QLatin1String(": ") + quoted(*value) + QLatin1Char('\n');
        }
    };
    const auto writeList = [&out](QLatin1String key, const std::optional<QStringList>& value) {
        if (value) {
            out += key + QLatin1String(": ") + quotedList(*value) + QLatin1Char('\n');
        }
    };

    const auto writeDate = [&out](QLatin1String key, const std::optional<QDateTime>& value) {
        if (value && value->isValid()) {
            const QDateTime utc = value->toUTC();
            const Qt::DateFormat format = utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate;
            out += key + QLatin1String(": ") + utc.toString(format) + QLatin1Char('\n');
        }
    };
    const auto writeId = [&out](QLatin1String key, const std::optional<qint64>& value) {
        if (value) {
            out += key + QLatin1String(": ") + QString::number(*value) + QLatin1Char('\n');
        }
    };

    writeText(QLatin1String("title"), meta.title);
    writeText(QLatin1String("slug"), meta.slug);
    writeDate(QLatin1String("date"), meta.date);
    writeText(QLatin1String("status"), meta.status);
    writeList(QLatin1String("categories"), meta.categories);
    writeList(QLatin1String("tags"), meta.tags);
    writeText(QLatin1String("featured"), meta.featured);
    writeId(QLatin1String("featured_media"), meta.featuredMedia);
    writeText(QLatin1String("excerpt"), meta.excerpt);
    writeText(QLatin1String("blog"), meta.blog);
    writeId(QLatin1String("id"), meta.id);
    writeDate(QLatin1String("modified"), meta.modified);
    frontmatter::writeOptions(meta, out);
    out += QLatin1String("---\n\n") + body;
    return out;
}

Result<QString> linkFrontMatter(const QString& input, const QString& blog, qint64 id, const QDateTime& modifiedGmt,
                                std::optional<qint64> author)
{
    const bool crlf = input.contains(QLatin1String("\r\n"));
    const bool bom = input.startsWith(QChar(0xFEFF));
    QString text = normalizedText(input);
    const QDateTime utc = modifiedGmt.toUTC();
    QList<std::pair<QString, QString>> wanted {
        {QStringLiteral("blog"), quoted(blog)},
        {QStringLiteral("id"), QString::number(id)},
        {QStringLiteral("modified"), utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate)},
    };
    if (author) {
        wanted.append({QStringLiteral("author"), QString::number(*author)}); // a name given there becomes the blog's id
    }
    QStringList lines = text.split(u'\n');
    qsizetype closing = -1;
    if (!lines.isEmpty() && isDelimiter(lines.first(), false)) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (isDelimiter(lines.at(i), true)) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            return frontMatterError(1, QStringLiteral("the front matter is never closed."));
        }
    } else {
        lines.prepend(QString());
        lines.prepend(QStringLiteral("---"));
        lines.prepend(QStringLiteral("---"));
        closing = 1;
    }
    for (const auto& [key, value] : wanted) {
        const QString line = key + QLatin1String(": ") + value;
        bool replaced = false;
        for (qsizetype i = 1; i < closing; ++i) {
            if (lines.at(i).startsWith(key + QLatin1Char(':'))) {
                lines[i] = line;
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            lines.insert(closing, line);
            ++closing;
        }
    }
    text = lines.join(u'\n');
    const auto check = parseMarkdownDocument(text);
    if (!check || check->meta.blog != blog || check->meta.id != id || !check->meta.modified || *check->meta.modified != utc
        || (author && check->meta.author != author)) {
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("its front matter could not be updated without changing more than blog, id and modified."));
    }
    if (crlf) {
        text.replace(u'\n', QLatin1String("\r\n"));
    }
    return bom ? QChar(0xFEFF) + text : text;
}

} // namespace longhand
