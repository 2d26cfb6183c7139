#pragma once
// Answering the modal dialogs a widget test drives (file dialogs, confirmations, wizards):
// answerNext<T>(act) runs `act` on the next modal dialog of type T once it is shown. After 10 s
// without it, whatever modal widget blocks the test is rejected and the test fails, naming it.
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace zxtest {

template <typename T>
void answerNext(std::function<void(T *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto deadline = std::make_shared<QDeadlineTimer>(10000);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, deadline] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<T *>(modal)) {
            timer->stop();
            timer->deleteLater();
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

} // namespace zxtest
