// SPDX-License-Identifier: MIT
#include "cli/CliOutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace retort::CliOutput {

namespace {

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void out(const QString &text)
{
    write(stdout, text);
}

void err(const QString &text)
{
    write(stderr, text);
}

void json(const QJsonObject &object)
{
    write(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void failed(const QString &message)
{
    write(stderr, QStringLiteral("FAILED: %1\n").arg(message));
}

} // namespace retort::CliOutput
