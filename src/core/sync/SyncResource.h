#pragma once

#include "core/blog/BlogClient.h"

#include <QLatin1String>
#include <QString>

#include <array>

namespace longhand {

// The lists a sync pulls from a blog. What differs between them is in the table (syncResourceKind), not in
// comparisons of their names; the name is what sync_state and the progress call them.
enum class SyncResource { Users, Categories, Tags, Media, Posts, Comments, Pages };

struct SyncResourceKind
{
    SyncResource resource;
    const char* name;           // sync_state.resource; the progress's word
    ListKind list;              // what the backend is asked to list
    bool byModifiedDate;        // asked for what changed since the newest stored (the backend's changedSince)
    bool shortList;             // rarely changes: after a complete pull asked again only when posts changed, or when due
    bool storedBeforePosts;     // the terms posts name: a page of posts is stored once these are
    const char* taxonomy;       // terms: WordPress's taxonomy; else empty
};

// In the order their states are read and stored.
inline constexpr std::array<SyncResourceKind, 7> kSyncResources {{
    {SyncResource::Users, "users", ListKind::Users, false, true, false, ""},
    {SyncResource::Categories, "categories", ListKind::Categories, false, true, true, "category"},
    {SyncResource::Tags, "tags", ListKind::Tags, false, true, true, "post_tag"},
    {SyncResource::Media, "media", ListKind::Media, true, true, false, ""},
    {SyncResource::Posts, "posts", ListKind::Posts, true, false, false, ""},
    {SyncResource::Comments, "comments", ListKind::Comments, false, false, false, ""},
    // Pages (issue 15 item 1) are few: listed whole each sync, by id, and stored as posts of type page. They have no
    // modified mark or probe; a complete listing tells which cached pages are gone (PageReconciler).
    {SyncResource::Pages, "pages", ListKind::Pages, false, false, false, ""},
}};

// The order a sync starts them: the long lists first, so their first pages (which say how many more there are) are
// not queued behind the short ones.
inline constexpr std::array<SyncResource, 7> kSyncLaunchOrder {
    SyncResource::Posts,     SyncResource::Comments, SyncResource::Pages, SyncResource::Categories,
    SyncResource::Tags,      SyncResource::Media,    SyncResource::Users,
};

constexpr const SyncResourceKind& syncResourceKind(SyncResource resource)
{
    return kSyncResources[static_cast<std::size_t>(resource)]; // the table is in the enum's order (checked below)
}

inline QString syncResourceName(SyncResource resource)
{
    return QLatin1String(syncResourceKind(resource).name);
}

static_assert([] {
    for (std::size_t i = 0; i < kSyncResources.size(); ++i) {
        if (static_cast<std::size_t>(kSyncResources[i].resource) != i) {
            return false;
        }
    }
    return true;
}(), "kSyncResources is in the order of SyncResource");

} // namespace longhand
