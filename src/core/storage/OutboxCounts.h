#pragma once

#include "core/Error.h"

#include <QHash>

namespace longhand {

class Database;

// How much waits in the outbox, for the status bar: publications and moderation actions, and of
// those, how many failed and wait for the user.
struct OutboxCounts
{
    int posts = 0;
    int comments = 0;
    int failed = 0;

    int total() const { return posts + comments; }
    bool operator==(const OutboxCounts&) const = default;
};

// One grouped COUNT over the outbox (it is small: what has not reached a blog yet).
Result<OutboxCounts> countOutbox(Database& database);

} // namespace longhand
