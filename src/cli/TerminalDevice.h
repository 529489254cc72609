#pragma once

#include <QIODevice>

#include <cstdio>

namespace longhand {

// Standard output or error for the CLI's text streams, with every control character a blog could use
// to drive the terminal written as \u00XX (TerminalText::escapeControls). Newlines and tabs pass.
class TerminalDevice final : public QIODevice
{
public:
    explicit TerminalDevice(std::FILE* file);
    ~TerminalDevice() override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    std::FILE* m_file;
    bool m_pendingC2 = false;
};

} // namespace longhand
