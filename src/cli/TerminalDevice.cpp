#include "TerminalDevice.h"

#include "core/TerminalText.h"

namespace longhand {

TerminalDevice::TerminalDevice(std::FILE* file)
    : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalDevice::~TerminalDevice()
{
    if (m_pendingC2) {
        std::fputc(0xc2, m_file); // a lone lead byte at the very end: passed on as it came
    }
    std::fflush(m_file);
}

qint64 TerminalDevice::writeData(const char* data, qint64 size)
{
    const QByteArray safe = TerminalText::escapeControls(QByteArray(data, size), m_pendingC2);
    if (!safe.isEmpty() && std::fwrite(safe.constData(), 1, size_t(safe.size()), m_file) != size_t(safe.size())) {
        return -1;
    }
    std::fflush(m_file);
    return size;
}

} // namespace longhand
