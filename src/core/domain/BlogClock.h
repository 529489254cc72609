#pragma once

#include <QString>

namespace longhand {

// The blog's clock as WordPress reports it in its REST index: its named time zone (empty for a manual offset
// such as UTC+5) and its offset from UTC now. WordPress compares "modified after" dates in this local time
// against dates stored in whatever local time was in force when each post was saved, so a change of zone, of
// offset or of daylight-saving time moves what a sync asks for.
struct BlogClock
{
    QString timeZone;   // "Europe/Berlin", or empty
    int offsetSecs = 0; // the blog's offset from UTC now

    bool operator==(const BlogClock&) const = default;
};

} // namespace longhand
