#include "core/markdown/FrontMatterOptions.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

#include <yaml-cpp/yaml.h>

namespace longhand::frontmatter {

namespace {

Error optionError(int line, const QString& what)
{
    return Error::make(Error::Code::InvalidInput, QStringLiteral("Front matter, line %1: %2").arg(QString::number(line), what));
}

QString text(const YAML::Node& node)
{
    const std::string& scalar = node.Scalar();
    return QString::fromUtf8(scalar.data(), qsizetype(scalar.size()));
}

// A scalar as JSON: plain (unquoted) true/false and whole numbers as such, everything else as text.
QJsonValue jsonScalar(const YAML::Node& node)
{
    const QString value = text(node);
    if (node.Tag() != "!") { // plain: not quoted
        if (value == QLatin1String("true") || value == QLatin1String("false")) {
            return value == QLatin1String("true");
        }
        static const QRegularExpression number(QStringLiteral("^-?[0-9]{1,15}$"));
        if (number.match(value).hasMatch()) {
            return value.toLongLong();
        }
    }
    return value;
}

Status readScalar(const QString& key, const YAML::Node& value, int line, std::optional<QString>& out)
{
    if (value.IsNull()) {
        out.reset();
        return {};
    }
    if (!value.IsScalar()) {
        return optionError(line, QStringLiteral("\"%1\" must be a single piece of text.").arg(key));
    }
    out = text(value);
    return {};
}

Status readOpenClosed(const QString& key, const YAML::Node& value, int line, std::optional<QString>& out)
{
    if (Status read = readScalar(key, value, line, out); !read || !out) {
        return read;
    }
    *out = out->trimmed().toLower();
    if (*out != QLatin1String("open") && *out != QLatin1String("closed")) {
        return optionError(line, QStringLiteral("%1 is open or closed, not \"%2\".").arg(key, *out));
    }
    return {};
}

Status readMeta(const YAML::Node& value, int line, std::optional<QJsonObject>& out)
{
    if (value.IsNull()) {
        out.reset();
        return {};
    }
    if (!value.IsMap()) {
        return optionError(line, QStringLiteral("meta is a set of key: value pairs, such as {rating: \"4\"}."));
    }
    QJsonObject fields;
    for (const auto& pair : value) {
        const YAML::Node key = pair.first;
        const YAML::Node item = pair.second;
        if (!key.IsScalar() || text(key).isEmpty()) {
            return optionError(line, QStringLiteral("a key of meta must be a plain name."));
        }
        if (item.IsScalar()) {
            fields.insert(text(key), jsonScalar(item));
        } else if (item.IsSequence()) {
            QJsonArray values;
            for (const YAML::Node& entry : item) {
                if (!entry.IsScalar()) {
                    return optionError(line, QStringLiteral("meta %1 holds something that is not text.").arg(text(key)));
                }
                values.append(jsonScalar(entry));
            }
            fields.insert(text(key), values);
        } else if (item.IsNull()) {
            fields.insert(text(key), QString());
        } else {
            return optionError(line, QStringLiteral("meta %1 must be text or a list of text.").arg(text(key)));
        }
    }
    out = fields;
    return {};
}

QString scalarText(const QJsonValue& value)
{
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return quoted(value.toString());
}

} // namespace

const QStringList& postFormats()
{
    static const QStringList formats {QStringLiteral("standard"), QStringLiteral("aside"), QStringLiteral("chat"),
                                      QStringLiteral("gallery"),  QStringLiteral("link"),  QStringLiteral("image"),
                                      QStringLiteral("quote"),    QStringLiteral("status"), QStringLiteral("video"),
                                      QStringLiteral("audio")};
    return formats;
}

std::optional<Status> readOption(const QString& key, const YAML::Node& value, int line, FrontMatter& meta)
{
    if (key == QLatin1String("format")) {
        Status read = readScalar(key, value, line, meta.format);
        if (read && meta.format) {
            *meta.format = meta.format->trimmed().toLower();
            if (!postFormats().contains(*meta.format)) {
                return optionError(line, QStringLiteral("the format \"%1\" is not one WordPress knows; use %2.")
                                             .arg(*meta.format, postFormats().join(QStringLiteral(", "))));
            }
        }
        return read;
    }
    if (key == QLatin1String("sticky")) {
        std::optional<QString> word;
        Status read = readScalar(key, value, line, word);
        if (read && word) {
            const QString lower = word->trimmed().toLower();
            if (lower != QLatin1String("true") && lower != QLatin1String("false")) {
                return optionError(line, QStringLiteral("sticky is true or false, not \"%1\".").arg(*word));
            }
            meta.sticky = lower == QLatin1String("true");
        } else if (read) {
            meta.sticky.reset();
        }
        return read;
    }
    if (key == QLatin1String("password")) {
        Status read = readScalar(key, value, line, meta.password);
        if (read && !meta.password && value.IsDefined() && value.IsNull() && value.Tag() == "!") {
            meta.password = QString(); // password: "" (no password), as written back
        }
        return read;
    }
    if (key == QLatin1String("author")) {
        // WordPress's author is a user id; a login or display name is taken too, and resolved against the blog's users
        // when the file is published. A mapping (Hugo's) or a list is not Longhand's: an unknown key, never sent.
        if (!value.IsScalar()) {
            return std::nullopt;
        }
        const QString written = text(value).trimmed();
        bool ok = false;
        const qint64 id = written.toLongLong(&ok);
        if (ok) {
            if (id <= 0) {
                return std::nullopt;
            }
            meta.author = id;
            return Status();
        }
        if (written.isEmpty() || written.size() > 200) {
            return std::nullopt;
        }
        meta.authorName = written;
        return Status();
    }
    if (key == QLatin1String("comment_status")) {
        return readOpenClosed(key, value, line, meta.commentStatus);
    }
    if (key == QLatin1String("ping_status")) {
        return readOpenClosed(key, value, line, meta.pingStatus);
    }
    if (key == QLatin1String("meta")) {
        return readMeta(value, line, meta.meta);
    }
    if (key == QLatin1String("type")) {
        const QString type = value.IsScalar() ? text(value).trimmed().toLower() : QString();
        if (type != QLatin1String("post") && type != QLatin1String("page")) {
            return std::nullopt; // another tool's type (Hugo: a layout): not Longhand's
        }
        meta.type = type;
        return Status();
    }
    if (key == QLatin1String("parent") || key == QLatin1String("menu_order")) {
        if (value.IsNull()) {
            return Status();
        }
        bool ok = false;
        const qint64 number = value.IsScalar() ? text(value).trimmed().toLongLong(&ok) : 0;
        const bool parent = key == QLatin1String("parent");
        if (!ok || (parent && number < 0) || number > std::numeric_limits<int>::max() || number < std::numeric_limits<int>::min()) {
            return optionError(line, parent ? QStringLiteral("parent is the id of a page on the blog (0 for none).")
                                            : QStringLiteral("menu_order is a whole number."));
        }
        if (parent) {
            meta.parent = number;
        } else {
            meta.menuOrder = int(number);
        }
        return Status();
    }
    if (key == QLatin1String("template")) {
        Status read = readScalar(key, value, line, meta.pageTemplate);
        if (read && !meta.pageTemplate && value.IsDefined() && value.IsNull() && value.Tag() == "!") {
            meta.pageTemplate = QString(); // template: "" (the theme's default)
        }
        return read;
    }
    return std::nullopt;
}

void writeOptions(const FrontMatter& meta, QString& out)
{
    if (meta.type) {
        out += QLatin1String("type: ") + *meta.type + QLatin1Char('\n');
    }
    if (meta.parent) {
        out += QLatin1String("parent: ") + QString::number(*meta.parent) + QLatin1Char('\n');
    }
    if (meta.menuOrder) {
        out += QLatin1String("menu_order: ") + QString::number(*meta.menuOrder) + QLatin1Char('\n');
    }
    if (meta.pageTemplate) {
        out += QLatin1String("template: ") + quoted(*meta.pageTemplate) + QLatin1Char('\n');
    }
    if (meta.format) {
        out += QLatin1String("format: ") + quoted(*meta.format) + QLatin1Char('\n');
    }
    if (meta.sticky) {
        out += QLatin1String("sticky: ") + (*meta.sticky ? QLatin1String("true") : QLatin1String("false")) + QLatin1Char('\n');
    }
    if (meta.password) {
        out += QLatin1String("password: ") + quoted(*meta.password) + QLatin1Char('\n');
    }
    if (meta.author) {
        out += QLatin1String("author: ") + QString::number(*meta.author) + QLatin1Char('\n');
    }
    if (meta.commentStatus) {
        out += QLatin1String("comment_status: ") + quoted(*meta.commentStatus) + QLatin1Char('\n');
    }
    if (meta.pingStatus) {
        out += QLatin1String("ping_status: ") + quoted(*meta.pingStatus) + QLatin1Char('\n');
    }
    if (meta.meta) {
        QStringList pairs;
        for (auto it = meta.meta->begin(); it != meta.meta->end(); ++it) {
            QString value;
            if (it->isArray()) {
                QStringList items;
                for (const QJsonValue& item : it->toArray()) {
                    items.append(scalarText(item));
                }
                value = QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
            } else {
                value = scalarText(*it);
            }
            pairs.append(quoted(it.key()) + QLatin1String(": ") + value);
        }
        out += QLatin1String("meta: {") + pairs.join(QLatin1String(", ")) + QLatin1String("}\n");
    }
}

// A double-quoted YAML scalar that reads back as exactly the same text.
QString quoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        switch (code) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            // Control characters, and the characters YAML or our reader would take as a line break or a BOM.
            if (code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x2028 || code == 0x2029 || code == 0xFEFF) {
                out += QLatin1String("\\u") + QString::number(code, 16).rightJustified(4, u'0');
            } else {
                out += ch;
            }
        }
    }
    out += u'"';
    return out;
}

QString quotedList(const QStringList& items)
{
    QStringList parts;
    parts.reserve(items.size());
    for (const QString& item : items) {
        parts.append(quoted(item));
    }
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

} // namespace longhand::frontmatter
