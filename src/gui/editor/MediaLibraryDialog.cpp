#include "gui/editor/MediaLibraryDialog.h"

#include "core/FutureUtils.h"
#include "core/library/ReviewLibrary.h"
#include "core/media/ThumbnailCache.h"
#include "gui/SafeText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace longhand {

namespace {

constexpr int kItemRole = Qt::UserRole + 1; // index into m_items

QString keyOf(qint64 siteId, qint64 remoteId)
{
    return QStringLiteral("%1-%2").arg(siteId).arg(remoteId);
}

QIcon placeholderIcon(const QPalette& palette)
{
    QPixmap pixmap(ThumbnailCache::kEdge, ThumbnailCache::kEdge);
    pixmap.fill(palette.color(QPalette::AlternateBase));
    QPainter painter(&pixmap);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    painter.drawText(pixmap.rect(), Qt::AlignCenter, MediaLibraryDialog::tr("No preview"));
    return QIcon(pixmap);
}

} // namespace

MediaLibraryDialog::MediaLibraryDialog(ReviewLibrary& library, ThumbnailCache* thumbnails, qint64 siteId, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_thumbnails(thumbnails)
    , m_siteId(siteId)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_insert(new QPushButton(tr("&Insert"), this))
    , m_featured(new QPushButton(tr("Set as &Featured Image"), this))
    , m_more(new QPushButton(tr("Show &More"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("mediaLibraryDialog"));
    setWindowTitle(tr("Media Library"));
    resize(820, 600);

    m_search->setObjectName(QStringLiteral("mediaSearchEdit"));
    m_search->setPlaceholderText(tr("Search by name or alt text, or a month (2026-12) or day (2026-12-07)"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_list->setObjectName(QStringLiteral("mediaList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(ThumbnailCache::kEdge, ThumbnailCache::kEdge));
    m_list->setGridSize(QSize(ThumbnailCache::kEdge + 40, ThumbnailCache::kEdge + 56));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_details->setObjectName(QStringLiteral("mediaDetails"));
    m_details->setTextFormat(Qt::PlainText); // the blog's text
    m_details->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("mediaStatus"));
    m_status->setTextFormat(Qt::PlainText);

    m_insert->setObjectName(QStringLiteral("mediaInsertButton"));
    m_insert->setToolTip(tr("Insert the image at the cursor, with its alt text; it is not uploaded again."));
    m_featured->setObjectName(QStringLiteral("mediaFeaturedButton"));
    m_featured->setToolTip(tr("Make it the review's featured image; it is not uploaded again."));
    m_more->setObjectName(QStringLiteral("mediaMoreButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_insert, QDialogButtonBox::ActionRole);
    buttons->addButton(m_featured, QDialogButtonBox::ActionRole);
    // No default button: Return in the search field goes to the results (whose list may still be coming), Return
    // on an image inserts it.
    for (QPushButton* button : {m_insert, m_featured, m_more, buttons->button(QDialogButtonBox::Close)}) {
        button->setAutoDefault(false);
    }

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_more);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
    setTabOrder(m_search, m_list);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &MediaLibraryDialog::search);
    // Down from the search field goes to the images.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        search();
        m_list->setFocus();
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &MediaLibraryDialog::showCurrent);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_insert->click(); });
    connect(m_insert, &QPushButton::clicked, this, [this] {
        if (const MediaItem* item = currentItem()) {
            Q_EMIT insertRequested(*item);
            accept();
        }
    });
    connect(m_featured, &QPushButton::clicked, this, [this] {
        if (const MediaItem* item = currentItem()) {
            Q_EMIT featuredRequested(*item);
            accept();
        }
    });
    connect(m_more, &QPushButton::clicked, this, [this] {
        MediaFilter filter = filterFor(m_search->text(), m_siteId);
        filter.offset = int(m_items.size());
        filter.limit = kPageSize;
        onFinished(m_library.mediaLibrary(filter), this, [this, generation = m_generation](const Result<QList<MediaItem>>& items) {
            if (generation == m_generation) {
                if (items) {
                    showItems(items.value(), true);
                } else {
                    m_status->setText(items.error().message);
                }
            }
        });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &MediaLibraryDialog::showThumbnail);
    }
    connect(&m_library, &ReviewLibrary::mediaChanged, this, [this](qint64 siteId) {
        if (m_siteId == 0 || siteId == m_siteId) {
            refresh();
        }
    });
    showCurrent();
    search();
}

MediaFilter MediaLibraryDialog::filterFor(const QString& text, qint64 siteId)
{
    MediaFilter filter;
    filter.siteId = siteId;
    filter.limit = kPageSize;
    const QString trimmed = text.trimmed();
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (const auto m = month.match(trimmed); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (first.isValid()) {
            filter.from = first;
            filter.to = first.addMonths(1).addDays(-1);
            return filter;
        }
    }
    if (day.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid()) {
            filter.from = date;
            filter.to = date;
            return filter;
        }
    }
    filter.search = trimmed;
    return filter;
}

int MediaLibraryDialog::shownCount() const
{
    return m_list->count();
}

void MediaLibraryDialog::search()
{
    const int generation = ++m_generation;
    m_status->setText(tr("Searching…"));
    onFinished(m_library.mediaLibrary(filterFor(m_search->text(), m_siteId)), this,
               [this, generation](const Result<QList<MediaItem>>& items) {
                   if (generation != m_generation) {
                       return; // a newer search is under way
                   }
                   if (!items) {
                       m_status->setText(items.error().message);
                       return;
                   }
                   showItems(items.value(), false);
               });
}

// The same search again (as many items as are shown, "Show More" included): new uploads appear, the search text stays,
// and the image selected stays selected when it is still listed. An unchanged list is left as it is (no flicker, the
// scroll position kept).
void MediaLibraryDialog::refresh()
{
    const int generation = ++m_generation;
    MediaFilter filter = filterFor(m_search->text(), m_siteId);
    filter.limit = std::clamp(int(m_items.size()), kPageSize, 1000);
    onFinished(m_library.mediaLibrary(filter), this, [this, generation, limit = filter.limit](const Result<QList<MediaItem>>& items) {
        if (generation != m_generation) {
            return; // a search typed meanwhile wins
        }
        if (!items) {
            m_status->setText(items.error().message);
            return;
        }
        const auto same = [](const MediaItem& a, const MediaItem& b) {
            return a.siteId == b.siteId && a.remoteId == b.remoteId && a.title == b.title && a.fileName == b.fileName
                   && a.altText == b.altText && a.uploadedGmt == b.uploadedGmt && a.width == b.width && a.height == b.height;
        };
        if (items->size() == m_items.size() && std::equal(items->cbegin(), items->cend(), m_items.cbegin(), same)) {
            m_items = items.value(); // the rest (a thumbnail address) may have changed
            Q_EMIT listShown(m_list->count());
            return;
        }
        const MediaItem* current = currentItem();
        const QString selected = current ? keyOf(current->siteId, current->remoteId) : QString();
        showItems(items.value(), false, selected);
        m_more->setVisible(items->size() >= limit);
    });
}

void MediaLibraryDialog::showItems(const QList<MediaItem>& items, bool append, const QString& selectKey)
{
    if (!append) {
        m_list->clear();
        m_items.clear();
        m_byKey.clear();
    }
    const QIcon placeholder = placeholderIcon(m_list->palette());
    const QLocale locale;
    for (const MediaItem& item : items) {
        const int index = int(m_items.size());
        m_items.append(item);
        const QString date = item.uploadedGmt.isValid() ? locale.toString(item.uploadedGmt.toLocalTime().date(), QLocale::ShortFormat)
                                                        : QString();
        QString label = item.label();
        if (label.size() > 60) {
            label = label.left(60) + QStringLiteral("…");
        }
        auto* entry = new QListWidgetItem(placeholder, date.isEmpty() ? label : label + QLatin1Char('\n') + date, m_list);
        entry->setData(kItemRole, index);
        entry->setToolTip(SafeText::toolTip(item.altText.isEmpty() ? item.fileName : QStringLiteral("%1\n%2").arg(item.fileName, item.altText)));
        m_byKey.insert(keyOf(item.siteId, item.remoteId), entry);
        if (m_thumbnails) {
            m_thumbnails->request(item);
        }
    }
    m_more->setVisible(items.size() >= kPageSize);
    m_status->setText(m_items.isEmpty() ? tr("No images found. A sync brings the blog's media library into the cache.")
                                        : tr("%n image(s)", nullptr, int(m_items.size())));
    if (QListWidgetItem* keep = m_byKey.value(selectKey); keep && !selectKey.isEmpty()) {
        m_list->setCurrentItem(keep);
        m_list->scrollToItem(keep);
    } else if (!append && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    showCurrent();
    Q_EMIT listShown(m_list->count());
}

const MediaItem* MediaLibraryDialog::currentItem() const
{
    const QListWidgetItem* entry = m_list->currentItem();
    if (!entry) {
        return nullptr;
    }
    const int index = entry->data(kItemRole).toInt();
    return index >= 0 && index < m_items.size() ? &m_items.at(index) : nullptr;
}

void MediaLibraryDialog::showCurrent()
{
    const MediaItem* item = currentItem();
    m_insert->setEnabled(item != nullptr);
    m_featured->setEnabled(item != nullptr);
    if (!item) {
        m_details->clear();
        return;
    }
    QString text = item->fileName;
    if (item->width > 0 && item->height > 0) {
        text += QStringLiteral(" — %1 × %2").arg(item->width).arg(item->height);
    }
    text += QLatin1Char('\n') + (item->altText.isEmpty() ? tr("No alt text") : tr("Alt text: %1").arg(item->altText));
    m_details->setText(text);
}

void MediaLibraryDialog::showThumbnail(qint64 siteId, qint64 remoteId, const QImage& image)
{
    if (QListWidgetItem* entry = m_byKey.value(keyOf(siteId, remoteId))) {
        // Centred in a square, so that every caption lines up whatever the image's shape.
        QPixmap square(ThumbnailCache::kEdge, ThumbnailCache::kEdge);
        square.fill(Qt::transparent);
        QPainter painter(&square);
        const QImage shown = image.width() > square.width() || image.height() > square.height()
            ? image.scaled(square.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
        painter.drawImage((square.width() - shown.width()) / 2, (square.height() - shown.height()) / 2, shown);
        painter.end();
        entry->setIcon(QIcon(square));
    }
}

} // namespace longhand
