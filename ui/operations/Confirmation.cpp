// SPDX-License-Identifier: MIT
#include "operations/Confirmation.h"

#include <QMessageBox>

namespace retort {

bool askWithMessageBox(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(
               parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace retort
