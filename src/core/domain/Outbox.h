#pragma once

#include <QString>
#include <QStringView>

#include <functional>

namespace longhand {

// What an outbox entry asks the blog to do. Stored as outbox.entity + outbox.operation ('post'/'publish',
// 'comment'/'status', …); everything that differs between them is in the table of kinds (outboxKind), not in
// comparisons of those names.
enum class OutboxOperation {
    Unknown,       // a row this version does not know: shown, never sent
    Publish,       // a review: create or update the post
    CommentStatus, // approve, hold, spam, trash
    CommentDelete, // delete for good
    CommentReply,  // a reply written here
    CommentEdit,   // the text or the commenter's name, email or URL
};

struct OutboxKind
{
    OutboxOperation operation = OutboxOperation::Unknown;
    const char* entity = "";    // outbox.entity: "post" or "comment"
    const char* name = "";      // outbox.operation
    // A decision on a comment's status: one per comment (a later one replaces it; a push rebases the rest on the
    // status written), and the web's decision made meanwhile overrules it.
    bool decidesStatus = false;
    // Creates something on the blog: a lost answer may have created it already, so it is looked for before it is
    // sent again; discarding the entry drops what only it would have made (a reply never sent).
    bool createsOnBlog = false;
    // Changes fields of what exists (an edit): each is decided against the server value it was based on.
    bool changesFields = false;
};

const OutboxKind& outboxKind(OutboxOperation operation);
OutboxOperation outboxOperation(QStringView entity, QStringView name);
// The stored name (outbox.operation).
QString outboxOperationName(OutboxOperation operation);
// The stored names of the comment operations the predicate holds for, quoted for an SQL IN list: "'status', 'delete'".
QString commentOperationSqlList(const std::function<bool(const OutboxKind&)>& predicate);

} // namespace longhand
