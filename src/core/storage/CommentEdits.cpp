// CommentRepository: editing a comment's text and commenter (wp-admin's Quick Edit), queued like every other
// action, and how an edit meets the blog's state when it is replayed.
#include "core/storage/CommentRepository.h"

#include "core/markdown/CommentSanitizer.h"
#include "core/storage/CommentOutbox.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace longhand {

using namespace commentoutbox;

namespace {

// The REST names of the fields an edit may change, with the payload key of each one's base. "base" is the
// text's, as in entries queued before the commenter could be edited.
struct EditField
{
    QLatin1String key;
    QLatin1String baseKey;
    const char* column;
};
constexpr EditField kEditFields[] = {
    {QLatin1String("content"), QLatin1String("base"), "content_raw"},
    {QLatin1String("author_name"), QLatin1String("base_author_name"), "author_name"},
    {QLatin1String("author_email"), QLatin1String("base_author_email"), "author_email"},
    {QLatin1String("author_url"), QLatin1String("base_author_url"), "author_url"},
};

std::optional<QString> editValue(const CommentEdit& edit, int field)
{
    switch (field) {
    case 0:
        return edit.text;
    case 1:
        return edit.authorName;
    case 2:
        return edit.authorEmail;
    default:
        return edit.authorUrl;
    }
}

QString rowValue(const Row& row, int field)
{
    switch (field) {
    case 0:
        return row.content;
    case 1:
        return row.authorName;
    case 2:
        return row.authorEmail;
    default:
        return row.authorUrl;
    }
}

// The blog's answer to an email or URL it would refuse (rest_invalid_param), said before anything is queued.
std::optional<Error> invalidCommenter(const CommentEdit& edit)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (edit.authorEmail && !edit.authorEmail->isEmpty() && !email.match(*edit.authorEmail).hasMatch()) {
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("CommentRepository", "\"%1\" is not an email address.").arg(*edit.authorEmail));
    }
    if (edit.authorUrl && !edit.authorUrl->isEmpty()) {
        const QUrl url(*edit.authorUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            return Error::make(Error::Code::InvalidInput,
                               QCoreApplication::translate("CommentRepository", "\"%1\" is not a web address (http or https).")
                                   .arg(*edit.authorUrl));
        }
    }
    return std::nullopt;
}

} // namespace

namespace commentoutbox {

Status setCommenter(const QSqlDatabase& db, qint64 id, const CommentEdit& edit)
{
    for (int field = 1; field < 4; ++field) {
        if (const auto value = editValue(edit, field)) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE comments SET %1 = ?, notice = '' WHERE id = ?").arg(QLatin1String(kEditFields[field].column)));
            q.addBindValue(notNullText(*value));
            q.addBindValue(id);
            if (auto s = exec(q, "update comments"); !s) {
                return s;
            }
        }
    }
    return {};
}

Status queueEdit(const QSqlDatabase& db, const Row& row, const CommentEdit& edit, const QDateTime& now)
{
    if (edit.text) {
        if (auto s = setContent(db, row.id, *edit.text); !s) {
            return s;
        }
    }
    if (auto s = setCommenter(db, row.id, edit); !s) {
        return s;
    }
    if (row.remoteId == 0) {
        // Not on the blog yet: the reply goes out with the new text.
        auto reply = findEntry(db, row.id, [](const OutboxKind& k) { return k.createsOnBlog; });
        if (!reply) {
            return reply.error();
        }
        if (reply.value() && edit.text) {
            QJsonObject payload = reply.value()->payload;
            payload.insert(QStringLiteral("content"), *edit.text);
            if (auto s = putEntry(db, reply.value(), row.siteId, row.id, OutboxOperation::CommentReply, payload, now); !s) {
                return s;
            }
        }
        return {};
    }
    auto existing = findEntry(db, row.id, [](const OutboxKind& k) { return k.changesFields; });
    if (!existing) {
        return existing.error();
    }
    // Each field keeps the server value it was first changed against; a field back at its base is not sent.
    QJsonObject payload = existing.value() ? existing.value()->payload : QJsonObject {};
    bool anyField = false;
    for (int field = 0; field < 4; ++field) {
        const EditField& f = kEditFields[field];
        if (const auto value = editValue(edit, field)) {
            const QString base = payload.contains(f.baseKey) ? payload.value(f.baseKey).toString() : rowValue(row, field);
            if (*value == base) {
                payload.remove(f.key);
                payload.remove(f.baseKey);
            } else {
                payload.insert(f.key, *value);
                payload.insert(f.baseKey, base);
            }
        }
        anyField = anyField || payload.contains(f.key);
    }
    if (!anyField) {
        if (existing.value()) {
            if (auto s = deleteEntry(db, existing.value()->id); !s) {
                return s;
            }
        }
    } else if (auto s = putEntry(db, existing.value(), row.siteId, row.id, OutboxOperation::CommentEdit, payload, now); !s) {
        return s;
    }
    return refreshPending(db, row.id);
}

void readEditFields(const QJsonObject& payload, CommentAction& action)
{
    for (const EditField& f : kEditFields) {
        if (payload.contains(f.key)) {
            action.fields.insert(f.key, payload.value(f.key));
            action.fieldBase.insert(f.key, payload.value(f.baseKey));
        }
    }
}

CommentEdit commenterBases(const QJsonObject& payload)
{
    CommentEdit back;
    for (int field = 1; field < 4; ++field) {
        const EditField& f = kEditFields[field];
        if (payload.contains(f.key)) {
            const QString base = payload.value(f.baseKey).toString();
            (field == 1 ? back.authorName : field == 2 ? back.authorEmail : back.authorUrl) = base;
        }
    }
    return back;
}

} // namespace commentoutbox

Result<ModerationChange> CommentRepository::edit(qint64 id, const QString& text)
{
    CommentEdit change;
    change.text = text;
    return edit(id, change);
}

Result<ModerationChange> CommentRepository::edit(qint64 id, const CommentEdit& wanted)
{
    ModerationChange change;
    change.kind = ModerationChange::Kind::Edit;
    change.editedId = id;
    if (auto invalid = invalidCommenter(wanted)) {
        return *invalid;
    }
    const QSqlDatabase db = m_database.connection();
    auto status = m_database.transaction([&]() -> Status {
        auto row = loadRow(db, id);
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return gone(id);
        }
        const Row& r = *row.value();
        change.previousContent = r.content;
        CommentEdit edit = wanted;
        if (edit.authorName) {
            edit.authorName = edit.authorName->trimmed();
        }
        if (edit.authorEmail) {
            edit.authorEmail = edit.authorEmail->trimmed();
        }
        if (edit.authorUrl) {
            edit.authorUrl = edit.authorUrl->trimmed();
        }
        if (r.remoteId == 0 && (edit.authorName || edit.authorEmail || edit.authorUrl)) {
            return Status(Error::make(Error::Code::InvalidInput,
                                      QCoreApplication::translate("CommentRepository",
                                                                  "A reply not yet on the blog is yours; its commenter cannot be changed.")));
        }
        if (edit.text) {
            // What the moderator saves is cleaned like what is shown: only the comment tags survive.
            CommentSanitizer::Options options;
            options.paragraphs = false;
            options.showLinkTargets = false;
            const QString clean = CommentSanitizer::sanitize(*edit.text, options);
            if (clean.trimmed().isEmpty() && !edit.text->trimmed().isEmpty()) {
                return Status(Error::make(Error::Code::InvalidInput,
                                          QCoreApplication::translate("CommentRepository",
                                                                      "Nothing is left of the text once unsafe markup is removed.")));
            }
            edit.text = clean;
        }
        for (int field = 0; field < 4; ++field) {
            if (editValue(edit, field)) {
                const QString before = rowValue(r, field);
                (field == 0 ? change.previous.text : field == 1 ? change.previous.authorName
                                                   : field == 2 ? change.previous.authorEmail
                                                                : change.previous.authorUrl) = before;
            }
        }
        return queueEdit(db, r, edit, m_clock->nowUtc());
    });
    if (!status) {
        return status.error();
    }
    return change;
}

CommentEditPlan CommentEditPlan::make(const CommentAction& action, const RemoteComment& server)
{
    CommentEditPlan plan;
    const QString serverValues[] = {server.content, server.authorName, server.authorEmail, server.authorUrl};
    for (int field = 0; field < 4; ++field) {
        const EditField& f = kEditFields[field];
        if (!action.fields.contains(f.key)) {
            continue;
        }
        const QString wanted = action.fields.value(f.key).toString();
        const QString& now = serverValues[field];
        if (now != action.fieldBase.value(f.key).toString()) {
            if (now != wanted) {
                plan.overruled.append(f.key);
            }
        } else if (now != wanted) {
            plan.send.insert(f.key, wanted);
        }
    }
    if (plan.overruled == QStringList {QStringLiteral("content")} && action.fields.size() == 1) {
        plan.notice = QCoreApplication::translate(
            "longhand::CommentReplayer", "The comment was edited on the blog meanwhile; the blog's text stands and your edit was not sent.");
    } else if (!plan.overruled.isEmpty()) {
        QStringList names;
        for (const QString& key : std::as_const(plan.overruled)) {
            names.append(key == QLatin1String("content")        ? QCoreApplication::translate("CommentRepository", "text")
                         : key == QLatin1String("author_name")  ? QCoreApplication::translate("CommentRepository", "name")
                         : key == QLatin1String("author_email") ? QCoreApplication::translate("CommentRepository", "email")
                                                                : QCoreApplication::translate("CommentRepository", "web address"));
        }
        plan.notice = QCoreApplication::translate("CommentRepository",
                                                  "Changed on the blog meanwhile: %1; the blog's stands, the rest of your edit was sent.")
                          .arg(names.join(QStringLiteral(", ")));
    }
    return plan;
}

Status CommentRepository::editOverruled(const CommentAction& action, const RemoteComment& server, const QString& notice)
{
    const QSqlDatabase db = m_database.connection();
    return m_database.transaction([&]() -> Status {
        const qint64 id = action.comment.id;
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM outbox WHERE entity = 'comment' AND entity_id = ? AND operation IN (%1)")
                         .arg(commentOperationSqlList([](const OutboxKind& k) { return k.changesFields; })));
        drop.addBindValue(id);
        if (auto s = exec(drop, "update outbox"); !s) {
            return s;
        }
        if (auto s = setContent(db, id, server.content); !s) {
            return s;
        }
        if (auto s = setCommenter(db, id, CommentEdit {{}, server.authorName, server.authorEmail, server.authorUrl}); !s) {
            return s;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE comments SET notice = ?, remote_content = NULL WHERE id = ?"));
        q.addBindValue(notNullText(notice));
        q.addBindValue(id);
        if (auto s = exec(q, "update comments"); !s) {
            return s;
        }
        return refreshPending(db, id);
    });
}

} // namespace longhand
