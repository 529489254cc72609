#include "core/domain/BlockSupport.h"

#include <QRegularExpression>

namespace longhand {

BlockSupport BlockSupport::forVersion(const QString& version)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,4})\\.(\\d{1,4})"));
    const QRegularExpressionMatch m = pattern.match(version);
    BlockSupport support;
    if (!m.hasMatch()) {
        return support;
    }
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    const auto atLeast = [major, minor](int wantMajor, int wantMinor) {
        return major > wantMajor || (major == wantMajor && minor >= wantMinor);
    };
    support.headingClass = atLeast(6, 2);
    support.detailsBlock = atLeast(6, 3);
    return support;
}

} // namespace longhand
