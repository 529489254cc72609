#pragma once

// SyncEngine's private state for one list of one run, shared by its two source files (SyncEngine.cpp and
// SyncEngineSchedule.cpp). Not for use elsewhere.
#include "core/storage/SyncRepository.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncResource.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace longhand {

struct SyncEngine::Stage
{
    int generation = 0;
    SyncResource resource = SyncResource::Posts;
    SyncState state;
    QDateTime after;        // modified_after of this run (invalid = everything)
    QDateTime newest;       // newest modified_gmt stored in this run
    int totalPages = 0;
    int nextToFetch = 0;
    int inFlight = 0;
    QSet<int> stored;       // pages stored, to advance the resume point over a contiguous prefix
    int resumeFrom = 1;     // every page before this one is stored
    QDateTime askedAt;      // when this list was last pulled whole (users, terms, media)
    QSet<qint64> listedIds; // pages: the ids this run listed
    bool listedWhole = true; // pages: this run listed every page from the first (not resumed, the blog has pages)
};

} // namespace longhand
