#include "gui/editor/PageFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace longhand {

PageFields::PageFields(QWidget* parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_parentLabel(new QLabel(tr("Parent page:"), this))
    , m_parent(new QComboBox(this))
    , m_orderLabel(new QLabel(tr("Order:"), this))
    , m_order(new QSpinBox(this))
    , m_templateLabel(new QLabel(tr("Template:"), this))
    , m_template(new QLabel(this))
{
    setObjectName(QStringLiteral("pageFields"));
    m_type->setObjectName(QStringLiteral("postTypeCombo"));
    m_type->addItem(tr("Post"), postTypeToString(PostType::Post));
    m_type->addItem(tr("Page"), postTypeToString(PostType::Page));
    m_parent->setObjectName(QStringLiteral("pageParentCombo"));
    m_parent->setToolTip(tr("The page this page sits under on the blog"));
    m_order->setObjectName(QStringLiteral("pageOrderSpin"));
    m_order->setRange(-99999, 99999);
    m_order->setToolTip(tr("Where the page comes among its siblings (WordPress's menu order)"));
    m_template->setObjectName(QStringLiteral("pageTemplateValue"));
    m_template->setTextFormat(Qt::PlainText); // the blog's text
    m_template->setToolTip(tr("The theme's template for this page, as the blog has it; change it on the blog"));
    auto* typeLabel = new QLabel(tr("Type:"), this);
    typeLabel->setBuddy(m_type);
    m_parentLabel->setBuddy(m_parent);
    m_orderLabel->setBuddy(m_order);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(typeLabel, m_type);
    form->addRow(m_parentLabel, m_parent);
    form->addRow(m_orderLabel, m_order);
    form->addRow(m_templateLabel, m_template);
    const auto edited = [this] {
        if (!m_loading) {
            Q_EMIT changed();
        }
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, edited] {
        showPageRows();
        edited();
    });
    connect(m_parent, &QComboBox::currentIndexChanged, this, [this, edited] {
        m_parentId = m_parent->currentData().toLongLong();
        edited();
    });
    connect(m_order, &QSpinBox::valueChanged, this, edited);
    showPageRows();
}

void PageFields::setPost(const Post& post)
{
    m_loading = true;
    m_type->setCurrentIndex(post.type == PostType::Page ? 1 : 0);
    // WordPress cannot change a post's type: once the review is on the blog (or on its way there), it stays.
    const bool locked = post.remoteId != 0 || post.publicationQueued;
    m_type->setEnabled(!locked);
    m_type->setToolTip(locked ? tr("WordPress cannot turn a post into a page or back once it is on the blog.")
                              : tr("A post appears in the blog's stream; a page stands on its own (About, Contact)"));
    m_remoteId = post.remoteId;
    m_parentId = post.parentId;
    m_order->setValue(post.menuOrder);
    m_template->setText(post.pageTemplate.isEmpty() ? tr("Default") : post.pageTemplate);
    showParents();
    showPageRows();
    m_loading = false;
}

void PageFields::applyTo(Post& post) const
{
    post.type = m_type->currentIndex() == 1 ? PostType::Page : PostType::Post;
    if (post.type == PostType::Page) {
        post.parentId = m_parentId;
        post.menuOrder = m_order->value();
    }
}

void PageFields::setBlogPages(const QList<std::pair<qint64, QString>>& pages)
{
    m_pages = pages;
    const bool loading = std::exchange(m_loading, true);
    showParents();
    m_loading = loading;
}

void PageFields::showParents()
{
    const QSignalBlocker blocker(m_parent);
    m_parent->clear();
    m_parent->addItem(tr("None (top level)"), qint64(0));
    bool listed = m_parentId == 0;
    for (const auto& [id, title] : std::as_const(m_pages)) {
        if (id == m_remoteId) {
            continue;
        }
        m_parent->addItem(title.isEmpty() ? tr("Page %1").arg(id) : title, id); // titles are plain text in a combo
        listed = listed || id == m_parentId;
    }
    if (!listed) {
        m_parent->addItem(tr("Page %1").arg(m_parentId), m_parentId); // not synced (yet): kept as it is
    }
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(m_parentId)));
}

bool PageFields::isPage() const
{
    return m_type->currentIndex() == 1;
}

void PageFields::showPageRows()
{
    const bool page = isPage();
    for (QWidget* widget : {static_cast<QWidget*>(m_parentLabel), static_cast<QWidget*>(m_parent), static_cast<QWidget*>(m_orderLabel),
                            static_cast<QWidget*>(m_order), static_cast<QWidget*>(m_templateLabel), static_cast<QWidget*>(m_template)}) {
        widget->setVisible(page);
    }
    Q_EMIT typeShown(page);
}

} // namespace longhand
