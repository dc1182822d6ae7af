// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace retort {

/// Asks the user to confirm something: true to go ahead. Panes default to a question box;
/// tests and scripted use put their own answer in.
using Confirmation
    = std::function<bool(QWidget *parent, const QString &title, const QString &question)>;

/// A question box with Yes and No (No by default).
bool askWithMessageBox(QWidget *parent, const QString &title, const QString &question);

} // namespace retort
