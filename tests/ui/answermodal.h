#pragma once
// Answering the modal dialogs a widget test drives (file dialogs, confirmations, wizards):
// answerNext<T>(act) runs `act` on the next modal dialog of type T once it is shown. After 10 s
// without it, whatever modal widget blocks the test is rejected and the test fails, naming it;
// a dialog answered but still open is answered again (file dialogs) or rejected (after 15 s).
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <type_traits>

namespace zxtest {

template <typename T>
void answerNext(std::function<void(T *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto deadline = std::make_shared<QDeadlineTimer>(10000);
    auto answered = std::make_shared<QPointer<T>>();
    auto retry = std::make_shared<QDeadlineTimer>();
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (*tries > 0) {
            // Answered: done once the dialog has gone. A file dialog that stays (its directory
            // model was still loading under a busy machine and took the name back) is answered
            // again; anything else still open after 15 s is rejected and fails the test, so a
            // test never hangs on a modal nobody answers.
            T *dialog = answered->data();
            if (!dialog || !dialog->isVisible() || modal != dialog) {
                timer->stop();
                timer->deleteLater();
            } else if (retry->hasExpired()) {
                if (*tries < 5 && std::is_base_of_v<QFileDialog, T>) {
                    ++*tries;
                    *retry = QDeadlineTimer(2000);
                    act(dialog);
                } else {
                    timer->stop();
                    timer->deleteLater();
                    ADD_FAILURE() << "the " << T::staticMetaObject.className()
                                  << " answered stayed open";
                    if (auto *d = qobject_cast<QDialog *>(static_cast<QWidget *>(dialog)))
                        d->reject();
                }
            }
            return;
        }
        if (auto *dialog = qobject_cast<T *>(modal)) {
            *answered = dialog;
            *tries = 1;
            *retry = QDeadlineTimer(std::is_base_of_v<QFileDialog, T> ? 2000 : 15000);
            act(dialog);
        } else if (deadline->hasExpired()) {
            timer->stop();
            timer->deleteLater();
            ADD_FAILURE() << "no " << T::staticMetaObject.className() << " came; the modal widget is "
                          << (modal ? modal->metaObject()->className() : "none");
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
        }
    });
    timer->start();
}

// Accepts a file dialog with `path` as a user would: chosen and typed into the name field, which
// holds it whatever the directory model (still loading on a busy or slow machine) does to the
// selection afterwards.
inline void acceptTyped(QFileDialog *dialog, const QString &path)
{
    dialog->selectFile(path);
    if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        edit->setText(path);
    QMetaObject::invokeMethod(dialog, "accept"); // a protected slot
}

} // namespace zxtest
