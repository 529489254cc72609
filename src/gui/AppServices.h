#pragma once

#include "core/Clock.h"
#include "core/Profile.h"

#include <QSettings>

#include <memory>

namespace longhand {

class AccountService;
class MediaStore;
class ReviewLibrary;
class SpellChecker;
class StorageExecutor;

// The core services one running app uses, built from a profile and handed to the widgets.
// No globals: tests build their own over a temporary profile.
class AppServices final
{
public:
    explicit AppServices(Profile profile, std::shared_ptr<Clock> clock = Clock::system());
    ~AppServices();

    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;

    const Profile& profile() const { return m_profile; }
    std::shared_ptr<Clock> clock() const { return m_clock; }
    StorageExecutor& storage() { return *m_storage; }
    ReviewLibrary& reviews() { return *m_reviews; }
    MediaStore& media() { return *m_media; }
    SpellChecker& spelling() { return *m_spelling; }
    // Shared so that a background dictionary load keeps it alive past the services.
    std::shared_ptr<SpellChecker> sharedSpelling() const { return m_spelling; }
    QSettings& settings() { return *m_settings; }
    AccountService& accounts() { return *m_accounts; }

    // Runs every queued storage task (pending saves); called before quitting.
    void flush();

private:
    Profile m_profile;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<StorageExecutor> m_storage;
    std::unique_ptr<ReviewLibrary> m_reviews;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<MediaStore> m_media;
    std::shared_ptr<SpellChecker> m_spelling;
};

} // namespace longhand
