#include "core/domain/Outbox.h"

#include <QStringList>

#include <array>

namespace longhand {

namespace {

// operation, entity, name, decidesStatus, createsOnBlog, changesFields
constexpr std::array<OutboxKind, 6> kKinds {{
    {OutboxOperation::Unknown, "", "", false, false, false},
    {OutboxOperation::Publish, "post", "publish", false, true, false},
    {OutboxOperation::CommentStatus, "comment", "status", true, false, false},
    {OutboxOperation::CommentDelete, "comment", "delete", true, false, false},
    {OutboxOperation::CommentReply, "comment", "reply", false, true, false},
    {OutboxOperation::CommentEdit, "comment", "edit", false, false, true},
}};

} // namespace

const OutboxKind& outboxKind(OutboxOperation operation)
{
    for (const OutboxKind& kind : kKinds) {
        if (kind.operation == operation) {
            return kind;
        }
    }
    return kKinds[0];
}

OutboxOperation outboxOperation(QStringView entity, QStringView name)
{
    for (const OutboxKind& kind : kKinds) {
        if (kind.operation != OutboxOperation::Unknown && entity == QLatin1String(kind.entity) && name == QLatin1String(kind.name)) {
            return kind.operation;
        }
    }
    return OutboxOperation::Unknown;
}

QString outboxOperationName(OutboxOperation operation)
{
    return QLatin1String(outboxKind(operation).name);
}

QString commentOperationSqlList(const std::function<bool(const OutboxKind&)>& predicate)
{
    QStringList names;
    for (const OutboxKind& kind : kKinds) {
        if (qstrcmp(kind.entity, "comment") == 0 && predicate(kind)) {
            names.append(QStringLiteral("'%1'").arg(QLatin1String(kind.name)));
        }
    }
    return names.join(QStringLiteral(", "));
}

} // namespace longhand
