#include "gui/AppServices.h"

#include "core/accounts/AccountService.h"
#include "core/library/ReviewLibrary.h"
#include "core/spelling/SpellChecker.h"
#include "core/storage/MediaStore.h"
#include "core/storage/StorageExecutor.h"

namespace longhand {

AppServices::AppServices(Profile profile, std::shared_ptr<Clock> clock)
    : m_profile(std::move(profile))
    , m_clock(std::move(clock))
    , m_settings(std::make_unique<QSettings>(m_profile.settingsPath(), QSettings::IniFormat))
    , m_storage(std::make_unique<StorageExecutor>(m_profile.databasePath()))
    , m_reviews(std::make_unique<ReviewLibrary>(*m_storage, m_clock))
    , m_accounts(std::make_unique<AccountService>(*m_storage, m_profile.rootPath(), m_clock))
    , m_media(std::make_unique<MediaStore>(m_profile.rootPath()))
    , m_spelling(std::make_shared<SpellChecker>(m_profile.personalDictionaryPath()))
{
}

AppServices::~AppServices()
{
    // Queued tasks refer to the library and the accounts: drain and stop the storage thread first.
    m_storage.reset();
    m_accounts.reset();
    m_reviews.reset();
}

void AppServices::flush()
{
    m_storage->waitForIdle();
    m_settings->sync();
}

} // namespace longhand
